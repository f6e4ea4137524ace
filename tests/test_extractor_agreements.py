"""Parties to agreements as the extractor reads them (shipped lexicon, sentences written for
these tests)."""

from __future__ import annotations

from datetime import date

from timeline.extraction.events import EventExtractor
from timeline.extraction.lexicon import Lexicon
from timeline.extraction.types import EventType


def test_states_named_beside_a_body_are_parties() -> None:
    text = (
        "Die USA haben im Sommer ohne Wissen der EU mit Japan und Kanada ein Handelsabkommen "
        "unterzeichnet."
    )
    found = EventExtractor(Lexicon.from_files()).extract(text, date(2024, 9, 1)).events
    agreements = [e for e in found if e.type is EventType.AGREEMENT]
    assert len(agreements) == 1
    assert {"USA", "Japan", "Kanada"} <= set(agreements[0].actors)


def test_capitals_acting_stand_for_their_states() -> None:
    extractor = EventExtractor(Lexicon.from_files())
    text = "Moskau und Kiew einigten sich am Freitag auf einen Austausch von Gefangenen."
    found = extractor.extract(text, date(2024, 5, 12)).events
    assert [(e.type, e.actors, e.location) for e in found] == [
        (EventType.AGREEMENT, ["Russland", "Ukraine"], None)
    ]
    # a dateline names where the report comes from
    text = (
        "Minsk (dpa) - Die Konfliktparteien haben sich am Freitag auf einen Fahrplan verständigt."
    )
    found = extractor.extract(text, date(2024, 5, 12)).events
    assert [e.actors for e in found if e.type is EventType.AGREEMENT] == []
    # after "in" a capital is where it happened, not a party
    text = "In Berlin unterzeichneten Polen und Litauen am Montag ein Abkommen über Energie."
    found = extractor.extract(text, date(2024, 5, 12)).events
    agreement = next(e for e in found if e.type is EventType.AGREEMENT)
    assert (agreement.actors, agreement.location) == (["Polen", "Litauen"], "Berlin")


def test_a_signing_without_parties_is_by_those_who_had_just_met() -> None:
    extractor = EventExtractor(Lexicon.from_files())
    text = (
        "Olaf Scholz empfing am Montag Li Qiang im Kanzleramt in Berlin. "
        "Dabei wurden mehrere Abkommen über Klimaschutz unterzeichnet."
    )
    found = extractor.extract(text, date(2024, 6, 11)).events
    agreements = [e for e in found if e.type is EventType.AGREEMENT]
    assert [(set(e.actors), e.location, e.date_start) for e in agreements] == [
        ({"Olaf Scholz", "Li Qiang"}, "Berlin", date(2024, 6, 10))
    ]
    # nothing told before: no parties, no agreement
    text = "Dabei wurden mehrere Abkommen über Klimaschutz unterzeichnet."
    found = extractor.extract(text, date(2024, 6, 11)).events
    assert [e for e in found if e.type is EventType.AGREEMENT] == []


def test_a_signing_by_some_who_had_just_met_is_where_and_when_they_met() -> None:
    extractor = EventExtractor(Lexicon.from_files())
    text = (
        "Olaf Scholz traf am Montag Emmanuel Macron in Paris. "
        "Die beiden unterzeichneten ein Abkommen über Energie."
    )
    found = extractor.extract(text, date(2024, 6, 11)).events
    assert [
        (set(e.actors), e.location, e.date_start) for e in found if e.type is EventType.AGREEMENT
    ] == [({"Olaf Scholz", "Emmanuel Macron"}, "Paris", date(2024, 6, 10))]
    # "er" beside the one person named is the second party
    text = (
        "Olaf Scholz reiste am Montag nach Peking. Dort unterzeichnete er mit Li Qiang ein "
        "Abkommen über Handel."
    )
    found = extractor.extract(text, date(2024, 6, 11)).events
    assert [
        (set(e.actors), e.location, e.date_start) for e in found if e.type is EventType.AGREEMENT
    ] == [({"Olaf Scholz", "Li Qiang"}, "Peking", date(2024, 6, 10))]


def test_a_signing_planned_during_a_visit_takes_no_day_from_it() -> None:
    extractor = EventExtractor(Lexicon.from_files())
    text = (
        "Olaf Scholz ist am Montag in Peking eingetroffen. "
        "Während seines Aufenthalts sollen Abkommen über Handel unterzeichnet werden."
    )
    found = extractor.extract(text, date(2024, 6, 10)).events
    agreements = [e for e in found if e.type is EventType.AGREEMENT]
    assert [(e.location, e.date_start, e.status.value) for e in agreements] == [
        ("Peking", None, "planned")
    ]


def test_a_signing_in_a_clause_referring_back_is_by_those_named_before() -> None:
    extractor = EventExtractor(Lexicon.from_files())
    text = (
        "Olaf Scholz und Emmanuel Macron trafen sich am Montag in Paris, wo sie ein Abkommen "
        "über Wasserstoff unterzeichneten."
    )
    found = extractor.extract(text, date(2024, 6, 11)).events
    assert [
        (set(e.actors), e.location, e.date_start) for e in found if e.type is EventType.AGREEMENT
    ] == [({"Olaf Scholz", "Emmanuel Macron"}, "Paris", date(2024, 6, 10))]


def test_the_states_of_a_compound_adjective_are_parties() -> None:
    extractor = EventExtractor(Lexicon.from_files())
    text = "Der polnisch-litauische Vertrag über Energie wurde am Montag in Vilnius unterzeichnet."
    found = extractor.extract(text, date(2024, 6, 11)).events
    assert [(e.actors, e.location) for e in found if e.type is EventType.AGREEMENT] == [
        (["Polen", "Litauen"], "Vilnius")
    ]


def test_both_states_named_are_the_parties_and_an_anniversary_dates_no_signing() -> None:
    extractor = EventExtractor(Lexicon.from_files())
    text = (
        "Olaf Scholz traf am Montag Donald Tusk in Warschau. "
        "Beide Länder unterzeichneten ein Abkommen über Energie."
    )
    found = extractor.extract(text, date(2024, 6, 11)).events
    assert [
        (e.actors, e.location, e.date_start) for e in found if e.type is EventType.AGREEMENT
    ] == [(["Deutschland", "Polen"], "Warschau", date(2024, 6, 10))]
    text = (
        "Olaf Scholz traf am Sonntag Donald Tusk in Warschau. Am Montag feiern sie den "
        "zehnten Jahrestag eines Nachbarschaftsvertrags beider Länder."
    )
    found = extractor.extract(text, date(2024, 6, 9)).events
    assert [
        (e.actors, e.location, e.date_start) for e in found if e.type is EventType.AGREEMENT
    ] == [(["Deutschland", "Polen"], None, None)]


SIGNED_THEN_SPOKEN_OF = (
    "Wladimir Putin und Xi Jinping unterzeichneten am Dienstag in Moskau ein Abkommen über "
    "Gaslieferungen.\n\n"
    "Joe Biden kritisierte das Abkommen am Mittwoch scharf. UN-Generalsekretär António "
    "Guterres begrüßte dagegen die Einigung."
)


def test_the_treaty_spoken_of_again_is_no_new_agreement(
    shipped_extractor: EventExtractor,
) -> None:
    found = shipped_extractor.extract(SIGNED_THEN_SPOKEN_OF, date(2024, 5, 23)).events
    agreements = [e for e in found if e.type is EventType.AGREEMENT]
    assert [(sorted(a.actors), a.date_start) for a in agreements] == [
        (["Wladimir Putin", "Xi Jinping"], date(2024, 5, 21))
    ]


def test_the_treaty_as_subject_of_a_dated_clause_still_dates_it(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Russland vermittelte zwischen Armenien und Aserbaidschan ein Abkommen.\n\n"
        "Das Abkommen war am 9. November in Kraft getreten."
    )
    found = shipped_extractor.extract(text, date(2021, 6, 21)).events
    assert [a.date_start for a in found if a.type is EventType.AGREEMENT] == [date(2020, 11, 9)]
