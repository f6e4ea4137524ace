"""Grammar the extractor reads (shipped lexicon, sentences written for these tests): "sein"
with a participle is a perfect only for verbs of motion and change, a participle used as an
adjective states its verb's event where its phrase says when or where, a separable particle
after an inserted clause joins its verb, "kein" reaches over adjectives and quotation marks,
and a summit told again takes the people who attend it."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extraction.dates.tense import Tense, sentence_tense
from timeline.extraction.events import EventExtractor
from timeline.extraction.types import EventCandidate, EventType

PUBLISHED = date(2024, 12, 20)  # a Friday


def events_of(
    extractor: EventExtractor, text: str, kind: EventType, published: date = PUBLISHED
) -> list[EventCandidate]:
    return [e for e in extractor.extract(text, published).events if e.type is kind]


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("Am Sonntag sind die Wähler zur Abstimmung aufgerufen.", Tense.FUTURE),
        ("Am Sonntag ist die Grenze wieder geöffnet.", Tense.FUTURE),
        ("Am Sonntag ist der Kanzler nach Paris gereist.", Tense.PAST),
        ("Am Sonntag ist die Präsidentin in Kiew eingetroffen.", Tense.PAST),
        ("Am Sonntag ist das Parlament zusammengetreten.", Tense.PAST),
        ("Am Sonntag ist die Präsidentin vereidigt worden.", Tense.PAST),
        ("Am Sonntag hat die Präsidentin den Eid abgelegt.", Tense.PAST),
    ],
)
def test_sein_with_a_participle_is_a_perfect_only_for_verbs_that_take_sein(
    sentence: str, tense: Tense
) -> None:
    assert sentence_tense(sentence, 3) is tense


def test_voters_called_to_the_polls_on_a_day_go_there_on_the_coming_one(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Am 23. Februar sind rund 59 Millionen Deutsche zur vorgezogenen Bundestagswahl aufgerufen."
    )
    [vote] = events_of(shipped_extractor, text, EventType.ELECTION)
    assert (vote.date_start, vote.status) == (date(2025, 2, 23), "planned")


def test_a_participle_before_its_noun_tells_the_arrival_with_its_day_and_place(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Der am Donnerstagabend in Astana eingetroffene Bundeskanzler Olaf Scholz hat "
        "Kasachstan eine engere Zusammenarbeit angeboten."
    )
    [visit] = events_of(shipped_extractor, text, EventType.VISIT)
    assert (visit.actors, visit.location, visit.date_start) == (
        ["Olaf Scholz"],
        "Astana",
        date(2024, 12, 19),
    )


def test_a_participle_that_only_says_what_kind_states_nothing(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Luiz Inácio Lula da Silva ist der erste demokratisch gewählte Präsident, der das schafft."
    )
    assert events_of(shipped_extractor, text, EventType.ELECTION) == []


def test_a_particle_after_an_inserted_clause_joins_its_verb(
    shipped_extractor: EventExtractor,
) -> None:
    arrived = "Emmanuel Macron traf am Dienstag, wie geplant, in Berlin ein."
    [visit] = events_of(shipped_extractor, arrived, EventType.VISIT)
    assert (visit.location, visit.date_start) == ("Berlin", date(2024, 12, 17))
    ruled_out = (
        "Wolodymyr Selenskyj schloss ein Treffen mit Wladimir Putin, das Viktor Orbán "
        "vorgeschlagen hatte, am Dienstag aus."
    )
    assert events_of(shipped_extractor, ruled_out, EventType.MEETING) == []


@pytest.mark.parametrize(
    ("text", "took_place"),
    [
        (
            "Donald Trump sagte am Mittwoch, er wolle kein „verschwendetes Treffen“ mit Wladimir Putin.",
            False,
        ),
        (
            "Das Treffen von Olaf Scholz und Emmanuel Macron am Montag war kein leichtes Treffen.",
            True,
        ),
    ],
)
def test_kein_before_adjectives_negates_the_noun_unless_it_is_a_predicate(
    shipped_extractor: EventExtractor, text: str, took_place: bool
) -> None:
    assert bool(events_of(shipped_extractor, text, EventType.MEETING)) is took_place


def test_a_host_receiving_leaders_right_after_a_summit_tells_its_people(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "In Kasan hat am Dienstag der dreitägige Brics-Gipfel begonnen. Gastgeber Wladimir Putin "
        "empfing unter anderem Chinas Staatschef Xi Jinping und Indiens Premierminister "
        "Narendra Modi."
    )
    published = date(2024, 10, 23)
    assert events_of(shipped_extractor, text, EventType.MEETING, published) == []
    [summit] = events_of(shipped_extractor, text, EventType.SUMMIT, published)
    assert set(summit.actors) >= {"Wladimir Putin", "Xi Jinping", "Narendra Modi"}
    assert summit.location == "Kasan"


def test_two_who_attend_the_summit_told_again_are_its_participants(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Zum Auftakt des Nato-Gipfels in Washington hat US-Präsident Joe Biden am Dienstag neue "
        "Hilfen angekündigt. An dem dreitägigen Treffen nehmen auch Bundeskanzler Olaf Scholz "
        "und der ukrainische Präsident Wolodymyr Selenskyj teil."
    )
    published = date(2024, 7, 10)
    assert events_of(shipped_extractor, text, EventType.MEETING, published) == []
    [summit] = events_of(shipped_extractor, text, EventType.SUMMIT, published)
    assert set(summit.actors) == {"Joe Biden", "Olaf Scholz", "Wolodymyr Selenskyj"}


def test_he_who_travels_on_is_the_subject_not_whom_he_met(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "US-Außenminister Antony Blinken ist am Sonntagabend in Tel Aviv eingetroffen. Am Montag "
        "will er in Jerusalem mit Benjamin Netanjahu zusammenkommen, am Dienstag reist er weiter "
        "nach Ägypten."
    )
    visits = events_of(shipped_extractor, text, EventType.VISIT, date(2024, 8, 19))
    assert {(v.location, tuple(v.actors)) for v in visits} == {
        ("Tel Aviv", ("Antony Blinken",)),
        ("Ägypten", ("Antony Blinken",)),
    }


def test_a_clause_that_goes_on_with_und_keeps_its_subject(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Friedrich Merz hat seine ersten Antrittsbesuche absolviert. Am Mittwoch flog er nach "
        "Paris, wo er mit Präsident Emmanuel Macron zusammenkam, und reiste am Nachmittag "
        "weiter nach Warschau."
    )
    visits = events_of(shipped_extractor, text, EventType.VISIT, date(2024, 8, 19))
    assert [v.actors for v in visits if v.location == "Warschau"] == [["Friedrich Merz"]]


def test_the_ceremony_told_again_is_the_same_taking_office_and_dates_it(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Luiz Inácio Lula da Silva ist zum dritten Mal als Präsident Brasiliens vereidigt worden. "
        "Bei der Amtseinführung in Brasília am Neujahrstag fehlte sein Vorgänger Jair Bolsonaro."
    )
    [taking_office] = events_of(shipped_extractor, text, EventType.INAUGURATION, date(2023, 1, 2))
    assert (taking_office.actors, taking_office.location, taking_office.date_start) == (
        ["Luiz Inácio Lula da Silva"],
        "Brasília",
        date(2023, 1, 1),
    )


def test_a_second_call_with_another_partner_is_another_call(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Donald Trump hat am Mittwoch mit Wladimir Putin telefoniert. Im Anschluss an das "
        "Gespräch mit Putin telefonierte Trump auch mit dem ukrainischen Präsidenten Wolodymyr "
        "Selenskyj."
    )
    calls = events_of(shipped_extractor, text, EventType.CALL, date(2025, 2, 13))
    assert sorted(sorted(c.actors) for c in calls) == [
        ["Donald Trump", "Wladimir Putin"],
        ["Donald Trump", "Wolodymyr Selenskyj"],
    ]
    assert events_of(shipped_extractor, text, EventType.MEETING, date(2025, 2, 13)) == []


def test_a_meeting_named_with_its_partner_beside_a_call(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Nach einem Treffen mit Emmanuel Macron telefonierte Olaf Scholz am Montag mit Joe Biden."
    )
    [meeting] = events_of(shipped_extractor, text, EventType.MEETING)
    [call] = events_of(shipped_extractor, text, EventType.CALL)
    assert sorted(meeting.actors) == ["Emmanuel Macron", "Olaf Scholz"]
    assert sorted(call.actors) == ["Joe Biden", "Olaf Scholz"]


def test_a_sentence_ends_after_a_regnal_number_before_a_sentence_opener(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Joe Biden traf am Montag auf Schloss Windsor König Charles III. Am Donnerstag reist "
        "Biden weiter nach Helsinki."
    )
    visits = events_of(shipped_extractor, text, EventType.VISIT, date(2023, 7, 11))
    assert [(v.actors, v.location) for v in visits if v.location == "Helsinki"] == [
        (["Joe Biden"], "Helsinki")
    ]


def test_a_summit_named_as_the_time_of_another_event_is_no_new_summit(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Der Nato-Gipfel in Vilnius beginnt am Dienstag. Vor dem Gipfel war Joe Biden am Montag "
        "in London von Rishi Sunak empfangen worden."
    )
    summits = events_of(shipped_extractor, text, EventType.SUMMIT, date(2023, 7, 10))
    assert [s.location for s in summits] == ["Vilnius"]


def test_an_alliance_in_a_title_makes_no_meeting_a_summit(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Recep Tayyip Erdoğan traf am Montag in Vilnius Ulf Kristersson und "
        "Nato-Generalsekretär Jens Stoltenberg."
    )
    published = date(2023, 7, 11)
    assert events_of(shipped_extractor, text, EventType.SUMMIT, published) == []
    assert events_of(shipped_extractor, text, EventType.MEETING, published)


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("Scholz, der sich am 23. Februar um eine zweite Amtszeit bewirbt, warnte.", Tense.FUTURE),
        ("Scholz, der am 23. Februar in Paris empfangen wurde, warnte.", Tense.PAST),
    ],
)
def test_a_subordinate_clause_ending_in_a_present_is_told_ahead(
    sentence: str, tense: Tense
) -> None:
    assert sentence_tense(sentence, sentence.index("am 23.")) is tense


def test_a_participle_with_its_agent_only_states_nothing(
    shipped_extractor: EventExtractor,
) -> None:
    text = "Sie sei die einzige vom belarussischen Volk gewählte Anführerin, erklärte sie."
    assert events_of(shipped_extractor, text, EventType.ELECTION) == []


def test_und_before_a_finite_verb_opens_a_clause_with_its_own_day_and_place(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Antony Blinken war am Sonntagabend in Israel eingetroffen und traf am Montag in Tel Aviv "
        "Ministerpräsident Benjamin Netanjahu."
    )
    visits = events_of(shipped_extractor, text, EventType.VISIT, date(2024, 1, 9))
    assert ("Israel", date(2024, 1, 7)) in {(v.location, v.date_start) for v in visits}
    [meeting] = events_of(shipped_extractor, text, EventType.MEETING, date(2024, 1, 9))
    assert (meeting.location, meeting.date_start) == ("Tel Aviv", date(2024, 1, 8))


def test_guests_listed_after_a_comma_travel_to_the_ceremony_told_before(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Luiz Inácio Lula da Silva ist am Sonntag in Brasília als Präsident vereidigt worden. "
        "Zu der Zeremonie waren Delegationen aus mehr als 60 Ländern angereist, darunter "
        "Spaniens König Felipe VI., Argentiniens Präsident Alberto Fernández und Chiles "
        "Staatschef Gabriel Boric."
    )
    visits = events_of(shipped_extractor, text, EventType.VISIT, date(2023, 1, 2))
    assert {(v.actors[0], v.location, v.date_start) for v in visits} == {
        ("König Felipe VI.", "Brasília", date(2023, 1, 1)),
        ("Alberto Fernández", "Brasília", date(2023, 1, 1)),
        ("Gabriel Boric", "Brasília", date(2023, 1, 1)),
    }


def test_a_headline_that_names_the_states_tells_the_agreement_of_their_leaders(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Putin in Minsk: Russland und Belarus unterzeichnen Vertrag über Sicherheitsgarantien\n\n"
        "Wladimir Putin und Alexander Lukaschenko haben am Freitag in Minsk einen Vertrag über "
        "Sicherheitsgarantien unterzeichnet."
    )
    [treaty] = events_of(shipped_extractor, text, EventType.AGREEMENT, date(2024, 12, 7))
    assert {"Wladimir Putin", "Alexander Lukaschenko"} <= set(treaty.actors)


def test_the_host_and_who_joins_by_video_take_part_in_the_summit_not_who_is_without(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Ohne Chinas Staatschef Xi Jinping ist am Sonntag in Rio de Janeiro der Brics-Gipfel "
        "eröffnet worden. Kremlchef Wladimir Putin war per Video zugeschaltet. Gastgeber Luiz "
        "Inácio Lula da Silva verteidigte in seiner Rede den Multilateralismus."
    )
    [summit] = events_of(shipped_extractor, text, EventType.SUMMIT, date(2025, 7, 7))
    assert set(summit.actors) == {"Wladimir Putin", "Luiz Inácio Lula da Silva"}


def test_without_an_announcement_is_no_person_left_out(
    shipped_extractor: EventExtractor,
) -> None:
    text = "Ohne Ankündigung reiste Olaf Scholz am Montag nach Kiew."
    [visit] = events_of(shipped_extractor, text, EventType.VISIT)
    assert visit.actors == ["Olaf Scholz"]


def test_a_sentence_opening_with_kurz_names_no_one(shipped_extractor: EventExtractor) -> None:
    text = "Schon die Anreise verlief holprig: Kurz nach dem Start musste die Maschine umkehren."
    assert all(
        "Sebastian Kurz" not in e.actors for e in shipped_extractor.extract(text, PUBLISHED).events
    )


def test_protest_leaders_are_named_where_the_leading_is_told(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "In Tiflis haben am Donnerstag Zehntausende Menschen gegen Präsident Michail "
        "Saakaschwili demonstriert. Angeführt wurde der Protest von Oppositionsführerin Nino "
        "Burdschanadse. Saakaschwili hatte im November 2003 die Proteste angeführt, die "
        "Präsident Eduard Schewardnadse zum Rücktritt zwangen."
    )
    protests = events_of(shipped_extractor, text, EventType.PROTEST, date(2009, 4, 10))
    assert all("Eduard Schewardnadse" not in p.actors for p in protests)
    assert any("Nino Burdschanadse" in p.actors for p in protests)


def test_the_leaders_at_a_summit_named_in_the_sentence_tell_that_summit_once(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Beim EU-Gipfel am 24. und 25. September in Brüssel wollen die Staats- und "
        "Regierungschefs auch über Sanktionen gegen Verantwortliche in Belarus beraten."
    )
    summits = events_of(shipped_extractor, text, EventType.SUMMIT, date(2020, 9, 1))
    assert [s.location for s in summits] == ["Brüssel"]


@pytest.mark.parametrize(
    "text",
    [
        "Dort traf Wolodymyr Selenskyj am Sonntag Viktor Orbán, der die EU-Hilfen blockiert.",
        "Wolodymyr Selenskyj traf am Sonntag Viktor Orbán, der die Nato-Mitgliedschaft ablehnt.",
    ],
)
def test_an_alliance_named_in_a_compound_of_things_makes_no_meeting_a_summit(
    shipped_extractor: EventExtractor, text: str
) -> None:
    assert events_of(shipped_extractor, text, EventType.SUMMIT) == []
    assert events_of(shipped_extractor, text, EventType.MEETING)


def test_the_ministers_of_an_alliance_meeting_are_a_summit(
    shipped_extractor: EventExtractor,
) -> None:
    text = "Die Nato-Außenminister kamen am Dienstag in Brüssel zusammen."
    [summit] = events_of(shipped_extractor, text, EventType.SUMMIT)
    assert summit.location == "Brüssel"


def test_talks_in_a_wo_clause_are_at_the_place_it_stands_for(
    shipped_extractor: EventExtractor,
) -> None:
    text = "Olaf Scholz reiste am Dienstag nach Moskau weiter, wo er mit Wladimir Putin sprach."
    [meeting] = events_of(shipped_extractor, text, EventType.MEETING, date(2022, 2, 16))
    assert (meeting.actors, meeting.location, meeting.date_start) == (
        ["Olaf Scholz", "Wladimir Putin"],
        "Moskau",
        date(2022, 2, 15),
    )


@pytest.mark.parametrize(
    ("published", "text", "kind"),
    [
        (date(2019, 5, 15), "Kurz war am Montag in Berlin zu Gast bei Angela Merkel.", "meeting"),
        (date(2019, 5, 15), "Kurz ist am Montag nach Washington gereist.", "visit"),
        (
            PUBLISHED,
            "Olaf Scholz ist am Montag in Kiew auf Kritik gestoßen, als er Wolodymyr Selenskyj traf.",
            "meeting",
        ),
        (
            date(2025, 3, 3),
            "Donald Trump und Wolodymyr Selenskyj hatten am Freitag kein gutes Treffen.",
            "meeting",
        ),
        (
            PUBLISHED,
            "Olaf Scholz und Xi Jinping führten am Dienstag keine einfachen Gespräche.",
            "meeting",
        ),
        (PUBLISHED, "Robert Fico wurde am Montag ernannt und vereidigt.", "inauguration"),
        (
            PUBLISHED,
            "Olaf Scholz flog am Montag nach Kiew, Annalena Baerbock ebenfalls mit.",
            "visit",
        ),
        (PUBLISHED, "Die meist jungen Demonstranten zogen am Sonntag durch Tiflis.", "protest"),
        (
            PUBLISHED,
            "Olaf Scholz wartete die Zusage ab, erst dann reiste er am Montag nach Kiew.",
            "visit",
        ),
        (
            PUBLISHED,
            "Bei dem Treffen von Olaf Scholz und Emmanuel Macron am Montag stand die Migration nicht auf der Tagesordnung.",
            "meeting",
        ),
    ],
)
def test_what_a_review_found_still_states_its_event(
    shipped_extractor: EventExtractor, published: date, text: str, kind: str
) -> None:
    found = events_of(shipped_extractor, text, EventType(kind), published)
    assert found and all(str(e.status) == "occurred" for e in found)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Die am Montag in Brüssel getroffenen Entscheidungen begrüßten Olaf Scholz und Emmanuel Macron.",
            "meeting",
        ),
        (
            "Olaf Scholz fährt nach Ansicht von Friedrich Merz einen falschen Kurs gegenüber Wladimir Putin.",
            "visit",
        ),
        (
            "Olaf Scholz diskutierte am Donnerstag im Bundestag mit Friedrich Merz über den Haushalt.",
            "meeting",
        ),
    ],
)
def test_what_a_review_found_states_no_event(
    shipped_extractor: EventExtractor, text: str, kind: str
) -> None:
    assert events_of(shipped_extractor, text, EventType(kind)) == []


def test_the_next_host_of_a_summit_takes_no_part_in_it(shipped_extractor: EventExtractor) -> None:
    text = (
        "Der G20-Gipfel in Rio de Janeiro ist am Dienstag zu Ende gegangen. Nächster Gastgeber "
        "ist US-Präsident Donald Trump."
    )
    [summit] = events_of(shipped_extractor, text, EventType.SUMMIT, date(2024, 11, 20))
    assert "Donald Trump" not in summit.actors
