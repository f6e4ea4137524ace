"""Gapped coordination as the extractor reads it (shipped lexicon, sentences written for these
tests): one verb, two conjuncts with their own day, place and partner."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extraction.events import EventExtractor
from timeline.extraction.types import EventType

PUBLISHED = date(2024, 5, 10)  # a Friday


def told(extractor: EventExtractor, text: str, kind: EventType) -> list[tuple[object, ...]]:
    return sorted(
        (tuple(sorted(e.actors)), e.location, e.date_start)
        for e in extractor.extract(text, PUBLISHED).events
        if e.type is kind
    )


def test_two_destinations_with_their_own_days(shipped_extractor: EventExtractor) -> None:
    text = "Olaf Scholz besuchte am Montag Warschau und am Dienstag Prag."
    assert told(shipped_extractor, text, EventType.VISIT) == [
        (("Olaf Scholz",), "Prag", date(2024, 5, 7)),
        (("Olaf Scholz",), "Warschau", date(2024, 5, 6)),
    ]


def test_two_partners_in_two_cities(shipped_extractor: EventExtractor) -> None:
    text = (
        "Am Montag traf Olaf Scholz in Paris Emmanuel Macron und am Dienstag in Rom Giorgia Meloni."
    )
    assert told(shipped_extractor, text, EventType.MEETING) == [
        (("Emmanuel Macron", "Olaf Scholz"), "Paris", date(2024, 5, 6)),
        (("Giorgia Meloni", "Olaf Scholz"), "Rom", date(2024, 5, 7)),
    ]


def test_two_calls_with_two_partners(shipped_extractor: EventExtractor) -> None:
    text = (
        "Olaf Scholz telefonierte am Montag mit Emmanuel Macron und am Mittwoch mit Giorgia Meloni."
    )
    assert told(shipped_extractor, text, EventType.CALL) == [
        (("Emmanuel Macron", "Olaf Scholz"), None, date(2024, 5, 6)),
        (("Giorgia Meloni", "Olaf Scholz"), None, date(2024, 5, 8)),
    ]


def test_the_same_call_partners_on_two_days(shipped_extractor: EventExtractor) -> None:
    text = "Olaf Scholz und Emmanuel Macron telefonierten am Montag und erneut am Mittwoch."
    assert [d for _, _, d in told(shipped_extractor, text, EventType.CALL)] == [
        date(2024, 5, 6),
        date(2024, 5, 8),
    ]


def test_a_second_clause_with_its_own_verb_is_no_gap(shipped_extractor: EventExtractor) -> None:
    text = "Olaf Scholz besuchte am Montag Warschau und reiste am Dienstag nach Prag weiter."
    assert told(shipped_extractor, text, EventType.VISIT) == [
        (("Olaf Scholz",), "Prag", date(2024, 5, 7)),
        (("Olaf Scholz",), "Warschau", date(2024, 5, 6)),
    ]


def test_the_subject_is_not_the_one_named_in_a_phrase_before_the_verb(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "Nach dem Gespräch mit Joe Biden besuchte Olaf Scholz am Montag Warschau und am "
        "Dienstag Prag."
    )
    prague = [
        a for a, place, _ in told(shipped_extractor, text, EventType.VISIT) if place == "Prag"
    ]
    assert prague == [("Olaf Scholz",)]


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Scholz besuchte am Montag Warschau und am Dienstag sprach Donald Tusk in Prag.",
        "Olaf Scholz telefonierte am Montag mit Emmanuel Macron und am Mittwoch beginnt die Debatte.",
    ],
)
def test_a_clause_with_a_verb_of_its_own_is_no_gap(
    shipped_extractor: EventExtractor, text: str
) -> None:
    found = shipped_extractor.extract(text, PUBLISHED).events
    assert all(
        e.date_start != date(2024, 5, 7) and e.date_start != date(2024, 5, 15) for e in found
    )
    assert all(e.location != "Prag" for e in found)


def test_the_day_before_und_is_the_first_conjuncts(shipped_extractor: EventExtractor) -> None:
    text = (
        "Nach dem Streit am 2. Mai telefonierten Olaf Scholz und Emmanuel Macron am Montag und "
        "erneut am Mittwoch."
    )
    assert [d for _, _, d in told(shipped_extractor, text, EventType.CALL)] == [
        date(2024, 5, 6),
        date(2024, 5, 8),
    ]


def test_the_second_conjuncts_place_is_not_the_firsts(shipped_extractor: EventExtractor) -> None:
    text = "Olaf Scholz traf am Montag Emmanuel Macron und am Dienstag in Rom Giorgia Meloni."
    assert told(shipped_extractor, text, EventType.MEETING) == [
        (("Emmanuel Macron", "Olaf Scholz"), None, date(2024, 5, 6)),
        (("Giorgia Meloni", "Olaf Scholz"), "Rom", date(2024, 5, 7)),
    ]
    assert all(v[1] == "Rom" for v in told(shipped_extractor, text, EventType.VISIT))


def test_a_call_told_again_on_a_second_day_is_two_calls(shipped_extractor: EventExtractor) -> None:
    text = (
        "Olaf Scholz sprach am Donnerstag mit Emmanuel Macron. Am Montag und erneut am "
        "Mittwoch telefonierte er mit Emmanuel Macron."
    )
    calls = told(shipped_extractor, text, EventType.CALL)
    assert [(actors, day) for actors, _, day in calls] == [
        (("Emmanuel Macron", "Olaf Scholz"), date(2024, 5, 6)),
        (("Emmanuel Macron", "Olaf Scholz"), date(2024, 5, 8)),
    ]
