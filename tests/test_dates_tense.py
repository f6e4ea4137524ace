"""Tense and direction of dates without a year or week: the clause decides (own sentences)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.strings import hash_string  # type: ignore[attr-defined]

from timeline.extraction.dates import Tense, sentence_around, sentence_tense, tag_dates
from timeline.extraction.nlp import lemma_table, regular_forms
from timeline.extraction.types import DateMention

# A Thursday.
PUBLISHED = date(2024, 5, 23)


def only(text: str, published: date = PUBLISHED) -> DateMention:
    mentions = tag_dates(text, published)
    assert len(mentions) == 1, mentions
    return mentions[0]


def last(text: str, published: date = PUBLISHED) -> DateMention:
    return tag_dates(text, published)[-1]


def test_a_sentence_initial_date_is_read_in_its_own_sentence() -> None:
    text = "Die Gäste hatten lange beraten. Am Samstag will die Delegation abreisen."
    start, end = sentence_around(text, text.index("Am Samstag"))
    assert text[start:end] == "Am Samstag will die Delegation abreisen."
    assert last(text).start == date(2024, 5, 25)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Sprecherin teilte mit, dass der Minister am Samstag nach Rom fliegen wolle.",
        "Im Ministerium hieß es, dass die Delegation am Samstag in Bern lande.",
        "Es wurde bekannt, dass die Kommission am Samstag tagen solle.",
        "Offen blieb, ob der Kanzler am Samstag, dem Tag der Eröffnung, teilnehmen werde.",
    ],
)
def test_reported_plans_point_forward_whatever_the_tense_of_saying(sentence: str) -> None:
    assert sentence_tense(sentence, sentence.index("am Samstag")) is Tense.FUTURE
    assert only(sentence).start == date(2024, 5, 25)


def test_a_subordinate_clause_of_its_own_is_not_the_dates_clause() -> None:
    sentence = "Am Montag, als der Regen einsetzte, reisten die Minister ab."
    assert sentence_tense(sentence, 0) is Tense.PAST


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Delegationen haben vereinbart, ihre Beratungen am 2. Juni fortzusetzen.",
        "Die Regierung kündigte an, am 2. Juni einen Entwurf vorzulegen.",
        "Die Gewerkschaft drohte, am 2. Juni die Arbeit niederzulegen.",
        "Die Minister beschlossen, sich am 2. Juni erneut zu treffen.",
    ],
)
def test_a_zu_infinitive_after_a_plan_verb_points_forward(sentence: str) -> None:
    # Published 23 May: a past tense alone would put 2 June a year back.
    assert only(sentence).start == date(2024, 6, 2)


def test_a_zu_infinitive_after_other_verbs_keeps_the_tense_of_the_sentence() -> None:
    assert only("Er versuchte am Montag, die Grenze zu überqueren.").start == date(2024, 5, 20)


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # A past sentence about a coming vote.
        (
            "Meinungsforscher sagten für die Landtagswahl am 8. September einen knappen Ausgang "
            "voraus.",
            date(2024, 6, 20),
            date(2024, 9, 8),
        ),
        # A plan about a summit gone by.
        (
            "Der Ausschuss will die Folgen der Konferenz von Brüssel im Dezember auswerten.",
            date(2025, 1, 8),
            date(2024, 12, 1),
        ),
        ("Die Reise soll den Besuch im März erwidern.", date(2023, 9, 1), date(2023, 3, 1)),
    ],
)
def test_a_date_after_an_event_noun_is_the_occurrence_nearest_to_publication(
    sentence: str, published: date, expected: date
) -> None:
    assert only(sentence, published).start == expected


def test_after_an_event_noun_governed_by_nach_the_tense_still_counts() -> None:
    # "nach dem Besuch" orders the visit before a past event: the March gone by.
    sentence = "Nach dem Besuch im Oktober hatte sich das Verhältnis gebessert."
    assert only(sentence, date(2024, 9, 20)).start == date(2023, 10, 1)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # PUBLISHED is a Thursday; these are told on the Monday after it.
        ("Am Mittwoch versammeln sich die Außenminister in Genf, wie verlautete.", 22 + 7),
        ("Am Mittwoch trifft der Kanzler den Premier, hieß es.", 22 + 7),
        ("Am Mittwoch kann der Ausschuss entscheiden, sagte ein Sprecher.", 22 + 7),
        ("Am Freitag lud der Präsident zu Gesprächen ein, wie bekannt wurde.", 24),
        ("Am Freitag warfen Demonstranten Steine, wie die Polizei meldet.", 24),
        ("Am Freitag sagte der Minister ab, wie man hört.", 24),
    ],
)
def test_the_verb_after_a_fronted_date_decides(sentence: str, expected: int) -> None:
    assert only(sentence, date(2024, 5, 27)).start == date(2024, 5, expected)


def test_weekdays_after_a_named_week_lie_in_it() -> None:
    text = (
        "Kommende Woche reist die Kanzlerin nach Asien. Am Dienstag trifft sie den Premier, "
        "am Freitag den Präsidenten."
    )
    mentions = tag_dates(text, PUBLISHED)
    assert [(m.text, m.start) for m in mentions[1:]] == [
        ("Am Dienstag", date(2024, 5, 28)),
        ("am Freitag", date(2024, 5, 31)),
    ]
    text = "Vergangene Woche war der Minister in Kiew. Am Freitag sprach er vor dem Parlament."
    assert tag_dates(text, date(2024, 5, 21))[-1].start == date(2024, 5, 17)


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("Gewählt wird am 6. Januar, einem Sonntag.", date(2024, 12, 20), (2025, 1, 6)),
        ("Die Wahl fand am 6. Januar, einem Samstag, statt.", date(2024, 12, 20), (2024, 1, 6)),
        ("Am Montag (6. Mai) begann der Streik.", date(2024, 5, 9), (2024, 5, 6)),
        ("Der Streik begann am 6. Mai (Montag).", date(2024, 5, 9), (2024, 5, 6)),
    ],
)
def test_a_weekday_in_apposition_is_part_of_the_date_and_tells_its_year(
    sentence: str, published: date, expected: tuple[int, int, int]
) -> None:
    assert only(sentence, published).start == date(*expected)


def test_a_weekday_after_a_planned_date_follows_it() -> None:
    sentence = (
        "Die Ministerin beginnt ihre Reise am 3. Juni, einem Montag, in Lima; am Mittwoch "
        "fliegt sie nach Quito."
    )
    assert [m.start for m in tag_dates(sentence, PUBLISHED)] == [
        date(2024, 6, 3),
        date(2024, 6, 5),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # PUBLISHED is a Thursday.
        ("Seit Dienstag gilt eine Waffenruhe.", date(2024, 5, 21)),
        ("Er kandidiere am Samstag, sagte sein Sprecher.", date(2024, 5, 25)),
        (
            "Der Minister reist am Dienstag nach Kiew, teilte das Ministerium mit.",
            date(2024, 5, 28),
        ),
        ("Die Sanktionen treten am Montag in Kraft.", date(2024, 5, 27)),
        ("Die Delegationen halten am Montag eine Pressekonferenz ab.", date(2024, 5, 27)),
        ("Der Gipfel am Montag brachte keine Einigung.", date(2024, 5, 20)),
        ("Die Kommission machte am Montag Vorschläge.", date(2024, 5, 20)),
        ("Beide unterzeichneten ein Abkommen, das am Montag in Kraft tritt.", date(2024, 5, 27)),
        ("Das Treffen ist für Samstag angesetzt.", date(2024, 5, 25)),
    ],
)
def test_more_tense_cues(sentence: str, expected: date) -> None:
    assert tag_dates(sentence, PUBLISHED)[-1].start == expected


def test_a_dateline_with_the_publication_day_keeps_a_portrait_news() -> None:
    from timeline.extraction.dates import is_narrative

    text = (
        "23.05.2024 Porträt\n"
        "Die Ministerin wurde 1961 geboren, studierte ab 1980, promovierte 1987, ging 1990 in "
        "die Politik, wurde 1998 Abgeordnete und 2005 Ministerin. Anfang Mai trat sie zurück."
    )
    assert not is_narrative(text, PUBLISHED)
    assert tag_dates(text, PUBLISHED)[-1].start == date(2024, 5, 1)


def test_an_event_named_in_a_past_sentence_is_past() -> None:
    assert only("Die Wahlen im Herbst gewann die Opposition.").start == date(2023, 9, 1)
    # Told in the past, but forecast: the coming one.
    assert only("Alle rechneten mit einem Sieg bei der Wahl im Herbst.").start == date(2024, 9, 1)


def test_a_forecast_event_on_a_weekday_lies_ahead() -> None:
    sentence = "Die Beobachter rechneten mit einer Sondersitzung am Samstag."
    assert only(sentence).start == date(2024, 5, 25)


@pytest.mark.parametrize(
    "sentence",
    [
        "Es regnete, als beide am Montag in Rom zusammenkamen.",
        "Als beide am Montag in Rom zusammenkamen, regnete es.",
        "Der Streit begann, bevor der Gipfel am Montag stattfand.",
    ],
)
def test_a_separable_verb_in_a_subordinate_clause_keeps_its_tense(sentence: str) -> None:
    assert only(sentence).start == date(2024, 5, 20)


@pytest.mark.parametrize(
    "sentence",
    [
        "Man erwarte die Delegation im Herbst in Rom, sagte der Sprecher.",
        "Der Sprecher sagte, man erwarte den Gast im Herbst in Rom.",
    ],
)
def test_an_expectation_in_reported_speech_looks_ahead(sentence: str) -> None:
    """ "Man erwarte ... im Herbst": what is expected lies ahead, though the report is past."""
    assert only(sentence, date(2024, 12, 30)).start == date(2025, 9, 1)


def test_regular_subjunctive_forms_have_their_verbs_lemma() -> None:
    table = lemma_table()
    assert "reise" in regular_forms("reisen")
    assert table[hash_string("besuche")] == "besuchen"
    assert table[hash_string("empfange")] == "empfangen"
    assert table[hash_string("kündige")] == "kündigen"  # "kündige ... an"


@pytest.mark.parametrize(
    "sentence",
    ["Nachdem Putin am Montag Minsk besucht hatte.", "Am Montag wurde Minsk besucht."],
)
def test_a_form_of_present_and_participle_after_a_past_auxiliary_is_past(sentence: str) -> None:
    assert sentence_tense(sentence, sentence.index("Montag")) is Tense.PAST


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # preterites that only end like a verb with a t-stem ("gelten")
        ("Die beiden besiegelten am Montag eine Allianz.", date(2024, 5, 20)),
        ("Die Minister regelten am Montag den Streit.", date(2024, 5, 20)),
        # a present plural of a t-stem verb points forward
        ("Die Minister halten am Montag eine Konferenz ab.", date(2024, 5, 27)),
        ("Die Minister verwalten am Montag den Haushalt.", date(2024, 5, 27)),
    ],
)
def test_a_weekday_follows_the_tense_of_verbs_with_a_t_stem(sentence: str, day: date) -> None:
    assert only(sentence).start == day


@pytest.mark.parametrize(
    "word", ["aufrechterhalten", "bereithalten", "zurückhalten", "verwalten", "halten"]
)
def test_t_stem_presents_after_particles_and_prefixes(word: str) -> None:
    from timeline.extraction.dates.tense import _t_stem_present

    assert _t_stem_present(word)


@pytest.mark.parametrize("word", ["besiegelten", "regelten", "einpegelten"])
def test_preterites_ending_like_a_t_stem_verb(word: str) -> None:
    from timeline.extraction.dates.tense import _t_stem_present

    assert not _t_stem_present(word)


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Kanzler bricht am Sonntag zu einer Reise nach Indien auf.",
        "Die Ministerin nimmt am Sonntag am Treffen in Rom teil.",
        "Der neue Präsident tritt am Sonntag sein Amt an.",
        "Der Minister fährt am Sonntag nach Prag.",
    ],
)
def test_a_present_with_a_changed_vowel_points_forward(sentence: str) -> None:
    # PUBLISHED is a Thursday: the coming Sunday, not the one before.
    assert only(sentence).start == date(2024, 5, 26)
