"""The German date tagger: phrase classes, false friends, robustness (own example sentences)."""

from __future__ import annotations

import time
from datetime import date
from itertools import pairwise

import pytest

from timeline.extraction.dates import (
    Tense,
    easter_sunday,
    refers_to_future,
    sentence_tense,
    tag_dates,
)
from timeline.extraction.types import DateMention, Precision

# A Thursday.
PUBLISHED = date(2024, 5, 23)


def only(text: str, published: date | None = PUBLISHED) -> DateMention:
    mentions = tag_dates(text, published)
    assert len(mentions) == 1, mentions
    return mentions[0]


def resolved(text: str, published: date | None = PUBLISHED) -> tuple[str, str, str]:
    mention = only(text, published)
    return (
        mention.start.isoformat() if mention.start else "",
        mention.end.isoformat() if mention.end else "",
        str(mention.precision),
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Der Vertrag wurde am 9. Mai 2024 unterzeichnet.", ("2024-05-09", "2024-05-09", "day")),
        ("Die Ministerin reiste am 9. Mai nach Wien.", ("2024-05-09", "2024-05-09", "day")),
        ("Das Schreiben ist auf den 09.05.2024 datiert.", ("2024-05-09", "2024-05-09", "day")),
        ("Die Frist lief am 9.5. ab.", ("2024-05-09", "2024-05-09", "day")),
        ("Das Gesetz trat im Mai 2023 in Kraft.", ("2023-05-01", "2023-05-31", "month")),
        ("Die Abgeordneten stimmten im März zu.", ("2024-03-01", "2024-03-31", "month")),
        ("Die Partei gewann 2020 die Wahl.", ("2020-01-01", "2020-12-31", "year")),
        ("Im Jahr 2020 begann die Reform.", ("2020-01-01", "2020-12-31", "year")),
        ("Der Gipfel tagte vom 23. bis 24. Mai.", ("2024-05-23", "2024-05-24", "range")),
        ("Die Messe lief vom 1.–3. Juni 2023.", ("2023-06-01", "2023-06-03", "range")),
        ("Anfang Mai gab es Streit.", ("2024-05-01", "2024-05-10", "approximate")),
        ("Mitte Mai gab es Streit.", ("2024-05-11", "2024-05-20", "approximate")),
        ("Ende Februar gab es Streit.", ("2024-02-21", "2024-02-29", "approximate")),
        ("Im Frühjahr 2023 gab es Neuwahlen.", ("2023-03-01", "2023-05-31", "approximate")),
        ("Ende der 1990er Jahre zerfiel das Bündnis.", ("1997-01-01", "1999-12-31", "approximate")),
        ("Er wuchs im Jänner 2001 in Graz auf.", ("2001-01-01", "2001-01-31", "month")),
        ("Die Sitzung am 3. Sept. 2022 war kurz.", ("2022-09-03", "2022-09-03", "day")),
        ("Montag, dem 19. Dezember 2022 war kalt.", ("2022-12-19", "2022-12-19", "day")),
    ],
)
def test_absolute_expressions(sentence: str, expected: tuple[str, str, str]) -> None:
    assert resolved(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Heute eröffnet die Kanzlerin die Messe.", "2024-05-23"),
        ("Gestern hatte der Rat getagt.", "2024-05-22"),
        ("Der Minister war vorgestern abgereist.", "2024-05-21"),
        ("Die Delegation reist morgen an.", "2024-05-24"),
        ("Übermorgen wird abgestimmt.", "2024-05-25"),
        ("Die Gespräche hatten am Donnerstag begonnen.", "2024-05-23"),
        ("Die Regierung trat am Montag zurück, teilte sie mit.", "2024-05-20"),
        ("Am Samstag wird der Präsident in Prag erwartet.", "2024-05-25"),
        ("Am Sonntagmorgen hatte die Polizei die Straße gesperrt.", "2024-05-19"),
        ("Das Treffen fand am vergangenen Freitag statt.", "2024-05-17"),
        ("Am kommenden Montag soll der Ausschuss tagen.", "2024-05-27"),
        ("Der Botschafter sprach am heutigen Donnerstagabend.", "2024-05-23"),
        ("Die Minister trafen sich vor zwei Tagen.", "2024-05-21"),
        ("Vor genau drei Wochen hatte das Parlament abgestimmt.", "2024-05-02"),
        ("Am Mittwochfrüh kam es zu Festnahmen.", "2024-05-22"),
    ],
)
def test_relative_days(sentence: str, expected: str) -> None:
    assert resolved(sentence) == (expected, expected, "day")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Vor drei Wochen hatte die Koalition gestritten.",
            ("2024-05-02", "2024-05-02", "approximate"),
        ),
        (
            "In den kommenden Wochen soll verhandelt werden.",
            ("2024-05-23", "2024-06-20", "approximate"),
        ),
        (
            "Vergangene Woche sprach die Kommission von Fortschritten.",
            ("2024-05-13", "2024-05-19", "range"),
        ),
        (
            "Letzte Woche sprach die Kommission von Fortschritten.",
            ("2024-05-13", "2024-05-19", "range"),
        ),
        ("Die Wahl im vergangenen Jahr war knapp.", ("2023-01-01", "2023-12-31", "year")),
        ("Nächstes Jahr soll gewählt werden.", ("2025-01-01", "2025-12-31", "year")),
        (
            "Der Bau soll Anfang nächsten Jahres beginnen.",
            ("2025-01-01", "2025-04-30", "approximate"),
        ),
        ("Die Preise stiegen vergangenen Monat.", ("2024-04-01", "2024-04-30", "month")),
        ("Am Wochenende wird demonstriert.", ("2024-05-25", "2024-05-26", "range")),
        ("In der Nacht zum Freitag wird Regen erwartet.", ("2024-05-23", "2024-05-24", "range")),
        (
            "Die Delegation wird am Montag und Dienstag bleiben.",
            ("2024-05-27", "2024-05-28", "range"),
        ),
        ("Der diesjährige Gipfel findet in Rom statt.", ("2024-01-01", "2024-12-31", "year")),
        ("Die Wahl vor 26 Jahren war ein Einschnitt.", ("1998-01-01", "1998-12-31", "year")),
        (
            "Er war vor mehr als zwei Jahren zurückgetreten.",
            ("2021-05-23", "2022-05-23", "approximate"),
        ),
    ],
)
def test_relative_periods(sentence: str, expected: tuple[str, str, str]) -> None:
    assert resolved(sentence) == expected


def test_holidays() -> None:
    assert resolved("Am Ostersonntag hatte der Papst gesprochen.", date(2019, 5, 20)) == (
        "2019-04-21", "2019-04-21", "day",
    )  # fmt: skip
    assert resolved("Die Ansprache zu Silvester war kurz.", date(2024, 1, 2))[0] == "2023-12-31"
    assert easter_sunday(2024) == date(2024, 3, 31)
    # A moveable feast still to come this year is this year's, whatever the year's Easter.
    assert resolved("Über Pfingsten reist er nach Rom.", date(2024, 5, 15))[0] == "2024-05-19"


def test_time_of_day_takes_the_day_in_context() -> None:
    mentions = tag_dates(
        "Der Kanzler landete am Dienstag in Riga. Am Abend traf er den Premier.", PUBLISHED
    )
    assert [m.start for m in mentions] == [date(2024, 5, 21), date(2024, 5, 21)]
    assert resolved("Am frühen Vormittag begannen die Gespräche.") == (
        "2024-05-23", "2024-05-23", "day",
    )  # fmt: skip


def test_past_tense_month_day_does_not_land_in_the_future() -> None:
    mention = only("Die Wahl hatte am 8. November stattgefunden.", date(2017, 1, 20))
    assert mention.start == date(2016, 11, 8)


def test_narrative_year_anchoring() -> None:
    text = (
        "Im März 1940 begann die Offensive. Im Mai rückten die Truppen vor. "
        "Am 12. Juni fiel die Stadt. 1941 folgte der Angriff im Osten. Die Armee siegte 1942. "
        "Im Jahr 1943 endete der Feldzug. 1944 kam die Wende. 1945 war der Krieg zu Ende."
    )
    mentions = tag_dates(text, date(2011, 2, 16))
    by_text = {m.text: m for m in mentions}
    assert by_text["Im Mai"].start == date(1940, 5, 1)
    assert by_text["Am 12. Juni"].start == date(1940, 6, 12)


def test_centuries_and_decades_are_found() -> None:
    mentions = tag_dates("Die Kriege des 20. Jahrhunderts und der 1990er Jahre.", PUBLISHED)
    assert [(m.start, m.end) for m in mentions] == [
        (date(1901, 1, 1), date(2000, 12, 31)),
        (date(1990, 1, 1), date(1999, 12, 31)),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sie kam mit dem Rad, die Sonne schien, so war es.",
        "Die Partei erhielt 80,1 Prozent der Stimmen.",
        "Er feierte seinen 66. Geburtstag im Kreis der Familie.",
        "Das Land ist seit 26 Jahren unabhängig.",
        "Das Manöver Sapad-2021 beunruhigte die Nachbarn.",
        "Rufen Sie 030 2250 1234 an.",
        "Die Sitzung beginnt um 14 Uhr.",
        "Der zweitägige Besuch dauerte drei Stunden.",
        "Das Treffen findet jährlich statt.",
        "Zurzeit verhandeln die Parteien, derzeit und aktuell auch nun noch, zuletzt am Rand.",
        "Die Armee schickte 2000 Soldaten an die Grenze.",
        "Nach Artikel 5 des Vertrags gilt der Beistand.",
        "Die Stationierung von 2000 russischen Soldaten wurde beschlossen.",
        "Das Wichtigste in Kürze",
    ],
)
def test_false_friends_are_not_dates(sentence: str) -> None:
    assert tag_dates(sentence, PUBLISHED) == []


def test_number_words_and_swiss_spelling() -> None:
    assert resolved("Vor zwölf Tagen hatte er gewarnt.") == ("2024-05-11", "2024-05-11", "day")
    assert resolved("Er war vor einem Jahr gewählt worden.") == (
        "2023-01-01", "2023-12-31", "year",
    )  # fmt: skip
    assert resolved("Die Strasse war am 9. Mai gesperrt worden.")[0] == "2024-05-09"


def test_unknown_publication_date_leaves_relative_expressions_unresolved() -> None:
    mentions = tag_dates("Am Donnerstag hatte der Rat getagt, am 9. Mai 2024 war Wahl.", None)
    assert [(m.text, m.precision) for m in mentions] == [
        ("Am Donnerstag", Precision.UNKNOWN),
        ("am 9. Mai 2024", Precision.DAY),
    ]
    assert mentions[0].start is None and mentions[0].relative


def test_offsets_point_into_the_text() -> None:
    text = "Kurz notiert: Am Freitag, 24. Mai 2024, berät der Rat."
    for mention in tag_dates(text, PUBLISHED):
        assert text[mention.start_char : mention.end_char] == mention.text


def test_empty_huge_and_foreign_input() -> None:
    assert tag_dates("", PUBLISHED) == []
    assert tag_dates("The committee met in London to discuss the budget.", PUBLISHED) == []
    huge = ("Die Debatte im Parlament zog sich hin, ohne Ergebnis und ohne Ende. " * 15_000)[
        :1_000_000
    ]
    started = time.perf_counter()
    tag_dates(huge + " Am 9. Mai 2024 wurde abgestimmt.", PUBLISHED)
    assert time.perf_counter() - started < 10


def test_shared_doc_gives_the_same_result() -> None:
    from timeline.extraction.nlp import german_pipeline

    text = "Die Kanzlerin reiste am Montag ab. Am Abend traf sie den Präsidenten."
    doc = german_pipeline()(text)
    assert tag_dates(text, PUBLISHED, doc=doc) == tag_dates(text, PUBLISHED)


def test_future_helper_and_tense() -> None:
    text = "Am Samstag wird der Präsident in Prag erwartet."
    mention = only(text)
    assert refers_to_future(mention, text, PUBLISHED)
    assert sentence_tense("Er hatte am Montag gesprochen.", 9) is Tense.PAST
    unresolved = tag_dates(text, None)[0]
    assert refers_to_future(unresolved, text, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Ministerin hat am Montag ihr Amt angetreten.",
        "Der Gast ist am Montag in der Hauptstadt eingetroffen.",
        "Der Regierungschef hat am Montag die Amtsgeschäfte übernommen.",
        "Die beiden Seiten haben am Montag das Papier unterzeichnet.",
        "Der neue Präsident ist am Montag vereidigt worden.",
        # Participles that are also a present tense or a preterite plural.
        "Die Kanzlerin hat am Montag die Hauptstadt des Nachbarlandes besucht.",
        "Die Außenminister haben am Montag lange über die Lage beraten.",
        "Der Präsident hat den Gast am Montag im Palast empfangen.",
        "Das Parlament hat am Montag beschlossen, die Wahl zu verschieben.",
        # A preterite whose stem ends in s (not a superlative in "-sten").
        "Die Kanzlerin reiste am Montag in die Hauptstadt des Nachbarlandes.",
    ],
)
def test_present_perfect_without_ge_prefix_points_back(sentence: str) -> None:
    assert sentence_tense(sentence, sentence.index("am Montag")) is Tense.PAST
    mention = only(sentence)
    assert mention.start is not None and mention.start <= PUBLISHED


def test_present_tense_with_auxiliary_still_points_forward() -> None:
    sentence = "Am Montag ist der Präsident in Prag."
    assert sentence_tense(sentence, 0) is Tense.FUTURE
    # Without an auxiliary the same forms are a present tense that announces a plan.
    for sentence in (
        "Die Kanzlerin besucht am Montag die Hauptstadt des Nachbarlandes.",
        "Die Außenminister beraten am Montag über die Lage.",
    ):
        assert sentence_tense(sentence, sentence.index("am Montag")) is Tense.FUTURE


# --- narrative anchoring (own history-style sentences) ---------------------------------------

HISTORY_PUBLISHED = date(2015, 6, 1)
HISTORY_FILLER = (
    "Der Bund der Städte wurde 1831 gegründet, 1832 erweitert, 1833 erneuert, 1834 gestärkt "
    "und 1835 bestätigt.\n"
)


def _by_text(text: str) -> dict[str, DateMention]:
    return {m.text: m for m in tag_dates(text, HISTORY_PUBLISHED)}


def test_section_heading_year_outweighs_an_aside_year() -> None:
    text = (
        HISTORY_FILLER + "Das Flottenjahr 1847\n"
        "Die Werft lieferte am 3. März ein Schiff, das erst im Oktober 1849 in Dienst ging. "
        "Am 9. April lief die zweite Fregatte vom Stapel.\n"
    )
    by_text = _by_text(text)
    assert by_text["im Oktober 1849"].start == date(1849, 10, 1)
    assert by_text["Am 9. April"].start == date(1847, 4, 9)


def test_a_full_date_opening_a_sentence_moves_the_story_year() -> None:
    text = (
        HISTORY_FILLER + "Die Belagerung 1848–1850\n"
        "Am 2. Mai 1847 zogen die ersten Regimenter vor die Mauern. Am 30. Mai folgte der Tross.\n"
    )
    assert _by_text(text)["Am 30. Mai"].start == date(1847, 5, 30)


def test_bare_year_inside_the_section_years_moves_the_story_year() -> None:
    text = (
        HISTORY_FILLER + "Der Küstenkrieg 1851 und 1852\n"
        "Am 4. Oktober 1851 landeten die Truppen. Die Freischärler banden 1852 viele Kräfte.\n"
        "Am 7. Februar kapitulierte die Festung.\n"
    )
    assert _by_text(text)["Am 7. Februar"].start == date(1852, 2, 7)


def test_a_new_section_starts_a_new_thread_of_months() -> None:
    text = (
        HISTORY_FILLER + "1853\n"
        "Am 20. Oktober 1853 begann der Marsch.\n"
        "Der Seekrieg\n"
        "Im Februar blockierte die Flotte den Hafen.\n"
    )
    assert _by_text(text)["Im Februar"].start == date(1853, 2, 1)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("drei Monate später", (date(1840, 6, 1), date(1840, 6, 30), Precision.MONTH)),
        ("Einen Monat später", (date(1840, 4, 1), date(1840, 4, 30), Precision.MONTH)),
        ("nach zwei Monaten", (date(1840, 5, 1), date(1840, 5, 31), Precision.MONTH)),
        ("Zwei Wochen später", (date(1840, 3, 26), date(1840, 3, 26), Precision.DAY)),
        ("Ein halbes Jahr später", (date(1840, 9, 1), date(1840, 9, 30), Precision.MONTH)),
        ("zwei Jahre später", (date(1842, 1, 1), date(1842, 12, 31), Precision.YEAR)),
        ("im folgenden Jahr", (date(1841, 1, 1), date(1841, 12, 31), Precision.YEAR)),
        ("im Folgejahr", (date(1841, 1, 1), date(1841, 12, 31), Precision.YEAR)),
        ("im Vorjahr", (date(1839, 1, 1), date(1839, 12, 31), Precision.YEAR)),
        ("im Laufe des Jahres", (date(1840, 1, 1), date(1840, 12, 31), Precision.YEAR)),
    ],
)
def test_narrative_offsets_count_from_the_date_in_view(
    sentence: str, expected: tuple[date, date, Precision]
) -> None:
    text = HISTORY_FILLER + f"Am 12. März 1840 brach der Damm. Der Bau ruhte {sentence}.\n"
    mention = tag_dates(text, HISTORY_PUBLISHED)[-1]
    assert mention.text.lower().endswith(sentence.lower()), mention
    assert (mention.start, mention.end, mention.precision) == expected


def test_a_look_back_does_not_move_the_story_year() -> None:
    text = HISTORY_FILLER + (
        "Im Mai 1860 tagte der Rat. Die Brücke war zwei Jahre zuvor eingestürzt. "
        "Am 3. Juli stimmte der Rat ab.\n"
    )
    by_text = _by_text(text)
    assert by_text["zwei Jahre zuvor"].start == date(1858, 1, 1)
    assert by_text["Am 3. Juli"].start == date(1860, 7, 3)


def test_the_next_year_moves_the_story_on() -> None:
    text = (
        HISTORY_FILLER
        + "Im Juni 1870 brach der Streit aus. Im folgenden Jahr kam es im März zum Frieden.\n"
    )
    assert _by_text(text)["im März"].start == date(1871, 3, 1)


def test_news_offsets_count_from_publication() -> None:
    assert resolved("Die Firma meldete zwei Wochen später Insolvenz an.") == (
        "2024-06-06",
        "2024-06-06",
        "day",
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Im Winter 1941/42 fror die Front ein.", ("1941-12-01", "1942-02-28", "approximate")),
        ("Der Krieg von 1914–1918 veränderte Europa.", ("1914-01-01", "1918-12-31", "range")),
        ("Die Reformen der Jahre 1926–28 scheiterten.", ("1926-01-01", "1928-12-31", "range")),
        ("Ende 1917 entspannte sich die Lage.", ("1917-09-01", "1917-12-31", "approximate")),
        (
            "Anfang 1949 versuchte der Rat einen Neuanfang.",
            ("1949-01-01", "1949-04-30", "approximate"),
        ),
        ("Nach dem Abkommen 1945 wurde Korea geteilt.", ("1945-01-01", "1945-12-31", "year")),
        ("Die Flut kam im Jahre 1962 mehrere Male.", ("1962-01-01", "1962-12-31", "year")),
        ("Das Amt dauerte vom Februar bis zum April 1988.", ("1988-02-01", "1988-04-30", "range")),
    ],
)
def test_year_spans_and_years_before_verbs(sentence: str, expected: tuple[str, str, str]) -> None:
    assert resolved(sentence) == expected


def test_counts_are_still_not_years() -> None:
    assert tag_dates("Die Armee griff mit 1500 schweren Panzern an.", PUBLISHED) == []


def test_morgens_in_a_history_text_keeps_it_a_narrative() -> None:
    text = (
        HISTORY_FILLER + "Am 14. Juli 1789 morgens zog die Menge los. Am 17. Juli floh der Graf.\n"
    )
    assert _by_text(text)["Am 17. Juli"].start == date(1789, 7, 17)


def test_keyword_hits_equal_a_scan_per_keyword() -> None:
    """The one-pass keyword hits (token cache and derived blank-spanning hits) are exactly
    what each keyword's own `finditer` over the text yields."""
    from timeline.extraction.dates import _KEYWORD_PATTERNS, keyword_hits

    texts = [
        "Am 9. Mai 2024 und am 09.05.2024, 2024-05-09, 1914–1918, 1870/71, 2022 / 23, am 24. "
        "Islam 5 vom 3. zum 4. Tag der Arbeit, Tag derFronleichnam, Heiligabend, Ostern.",
        "Drei Wochen später, nach zwei Monaten, Jahre danach, nach  etwa vier Wochen, "
        "Montag bis Mittwoch, Wochenende, heute, gestern, Jahrhundert, 1990er, zwanziger Jahre.",
        "1.2.3 4. 5 12345-6 1999 -2 ab 1.\u00a02. Monate sah er im Sommer nicht; Jh. heuer jährig",
    ]
    for text in texts:
        hits = keyword_hits(text)
        for name, pattern in _KEYWORD_PATTERNS.items():
            expected = [m.span() for m in pattern.finditer(text)]
            assert hits.get(name, []) == expected, name


def test_election_evening_is_the_day_of_the_named_vote() -> None:
    text = "Seit der Stichwahl am 12. Mai regiert sie. Am Wahlabend hatte sie gejubelt."
    evening = tag_dates(text, PUBLISHED)[-1]
    assert (evening.text, evening.start, evening.end) == ("Am Wahlabend", date(2024, 5, 12),
                                                          date(2024, 5, 12))  # fmt: skip


def test_election_evening_without_a_vote_date_is_told_the_morning_after() -> None:
    assert only("Am Wahlabend hatten beide Lager den Sieg beansprucht.").start == date(2024, 5, 22)
    assert only("Am Wahlabend feiern die Anhänger auf den Plätzen.").start == PUBLISHED


def test_sentence_around_skips_abbreviations_and_initials() -> None:
    from timeline.extraction.dates import sentence_around

    text = "Der Abg. Kurz sprach am Montag. Danach traf John F. Miller am Dienstag ein."
    start, end = sentence_around(text, text.index("Montag"))
    assert text[start:end] == "Der Abg. Kurz sprach am Montag."
    start, end = sentence_around(text, text.index("Dienstag"))
    assert text[start:end] == "Danach traf John F. Miller am Dienstag ein."


def test_parsed_sentences_split_after_a_closing_year() -> None:
    from timeline.extraction.nlp import TokenArrays, german_pipeline

    doc = german_pipeline()("Der Vertrag galt bis 1998. Danach sprach Präs. Ortner vor dem Rat.")
    starts = [*TokenArrays.of(doc).sent_starts, len(doc)]
    sentences = [doc[a:b].text for a, b in pairwise(starts)]
    assert sentences == ["Der Vertrag galt bis 1998.", "Danach sprach Präs. Ortner vor dem Rat."]


def test_a_daypart_takes_the_day_in_context_unless_told_in_the_past_after_a_plan() -> None:
    """ "am Abend" is the day last named; but a past-tense sentence after a planned day (a
    day after publication) tells of the publication day."""

    def daypart(text: str) -> date | None:
        mentions = tag_dates(text, PUBLISHED)
        return mentions[-1].start

    # The day last named, in the past and in the future.
    assert daypart("Am Dienstag landete die Delegation. Am Abend gab es ein Essen.") == date(
        2024, 5, 21
    )
    assert daypart("Am Samstag soll der Gipfel beginnen. Am Abend wird gefeiert.") == date(
        2024, 5, 25
    )
    # Told in the past after a plan for Saturday: the afternoon of the publication day.
    assert daypart(
        "Die Feuerpause soll ab Samstag gelten. Die Vermittler flogen noch am Nachmittag weiter."
    ) == date(2024, 5, 23)


def test_vom_weekday_is_a_day_gone_by_unless_from_then_on() -> None:
    # PUBLISHED is a Thursday.
    assert resolved("Das Ergebnis der Wahl vom Sonntag wurde verkündet.")[0] == "2024-05-19"
    assert (
        resolved("Die Kommission hat das Ergebnis der Wahl vom Sonntag bekanntgegeben.")[0]
        == "2024-05-19"
    )
    assert resolved("Vom Montag an gelten neue Regeln.")[0] == "2024-05-27"


@pytest.mark.parametrize(
    "sentence",
    ["Seit dem 1. Juni ist er im Amt.", "Er ist seit dem 1. Juni im Amt."],
)
def test_a_day_since_which_a_state_holds_lies_before_publication(sentence: str) -> None:
    assert resolved(sentence) == ("2023-06-01", "2023-06-01", "day")


def test_the_past_weekend_said_at_a_weekend_is_the_one_before() -> None:
    sunday = date(2023, 5, 21)
    assert resolved("Er war am vergangenen Wochenende in Rom.", sunday) == (
        "2023-05-13",
        "2023-05-14",
        "range",
    )
    assert resolved("Am Wochenende war er in Rom.", sunday) == ("2023-05-20", "2023-05-21", "range")
