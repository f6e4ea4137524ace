"""Where a protest is when its sentence names no place of its own (shipped lexicon, sentences
written for these tests): at the venue of the summit told before, where another day's protest
of the paragraph was; never in the country it is against or whose embassy it is before."""

from __future__ import annotations

from datetime import date

from timeline.extraction.events import EventExtractor
from timeline.extraction.types import EventCandidate, EventType


def protests(extractor: EventExtractor, text: str) -> list[EventCandidate]:
    found = extractor.extract(text, date(2024, 5, 17)).events
    return sorted(
        (e for e in found if e.type is EventType.PROTEST), key=lambda e: e.date_start or date.min
    )


SUMMIT_WITH_PROTESTS = (
    "Die Staatschefs der Eurasischen Wirtschaftsunion kamen am Donnerstag zu einem Gipfel in "
    "Bischkek zusammen.\n\n"
    "Vor dem Tagungsort demonstrierten am Donnerstag einige Hundert Menschen gegen die "
    "russische Militärpräsenz. Schon am Mittwochabend hatten Studenten vor der russischen "
    "Botschaft protestiert."
)


def test_a_protest_before_the_venue_is_where_the_summit_is(
    shipped_extractor: EventExtractor,
) -> None:
    found = protests(shipped_extractor, SUMMIT_WITH_PROTESTS)
    assert [(p.date_start, p.location) for p in found] == [
        (date(2024, 5, 15), "Bischkek"),
        (date(2024, 5, 16), "Bischkek"),
    ]


def test_the_country_a_protest_is_against_is_not_where_it_is(
    shipped_extractor: EventExtractor,
) -> None:
    text = (
        "In Kirgistan wächst der Unmut. "
        "Am Donnerstag demonstrierten Tausende Studenten gegen die russische Militärpräsenz."
    )
    [protest] = protests(shipped_extractor, text)
    assert protest.location == "Kirgistan"
