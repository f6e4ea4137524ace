"""An event noun dated by its distance to the time of its clause ("eine Woche nach der Wahl")."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extraction.anchoring import Offset, offset_before
from timeline.extraction.events import EventExtractor
from timeline.extraction.lexicon import Lexicon
from timeline.extraction.types import EventType


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor(Lexicon.from_files())


@pytest.mark.parametrize(
    ("words", "offset"),
    [
        ("Eine Woche nach der umstrittenen ", Offset(1, "week", -1)),
        ("heute, einen Tag nach der ", Offset(1, "day", -1)),
        ("Drei Monate vor seiner ", Offset(3, "month", 1)),
        ("Knapp 2 Jahre nach dem ", Offset(2, "year", -1)),
    ],
)
def test_the_offset_phrase_before_a_noun(words: str, offset: Offset) -> None:
    found = offset_before(words)
    assert found is not None
    assert found[0] == offset


@pytest.mark.parametrize("words", ["Nach der ", "Viele Menschen nach der ", "Seit Wochen vor der "])
def test_no_offset_without_a_count_and_unit(words: str) -> None:
    assert offset_before(words) is None


def test_a_vote_a_week_before_a_protest_told_as_now(extractor: EventExtractor) -> None:
    text = "Eine Woche nach der Präsidentenwahl haben in Belarus Zehntausende demonstriert."
    found = extractor.extract(text, date(2020, 8, 16)).events
    votes = [e for e in found if e.type is EventType.ELECTION]
    assert [(v.date_start, v.date_end, v.precision) for v in votes] == [
        (date(2020, 8, 6), date(2020, 8, 12), "approximate")
    ]


def test_a_vote_the_day_before_today(extractor: EventExtractor) -> None:
    text = (
        "Emmanuel Macron ist heute, einen Tag nach der Wahl in Frankreich, als Präsident "
        "vereidigt worden."
    )
    found = extractor.extract(text, date(2022, 5, 9)).events
    votes = [e for e in found if e.type is EventType.ELECTION]
    assert [(v.date_start, v.date_end) for v in votes] == [(date(2022, 5, 8), date(2022, 5, 8))]


def test_no_date_from_publication_for_a_clause_told_as_past(extractor: EventExtractor) -> None:
    """ "hatten ... demonstriert": some time back, not now; the vote's day is unknown."""
    text = "Eine Woche nach der Präsidentenwahl hatten in Belarus Zehntausende demonstriert."
    found = extractor.extract(text, date(2020, 8, 16)).events
    votes = [e for e in found if e.type is EventType.ELECTION]
    assert votes and all(v.date_start is None for v in votes)
