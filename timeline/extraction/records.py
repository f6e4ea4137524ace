"""What the stages of the extractor hand each other: segments of the text, the persons, places
and trigger words found in them, and the drafts of events being built and merged.

The stages (`events` runs them): analysis (segments, clauses) → mentions (persons, places) →
triggers → arguments (who, where, when of a trigger group) → scope (planned, did not happen) →
coreference (who "er" is, which event "das Treffen" is) → merging.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from timeline.extraction.lexicon import PlaceEntry
from timeline.extraction.types import (
    ActorCandidate,
    DateBasis,
    DateMention,
    EventCandidate,
    EventType,
    Precision,
    Status,
)

T = EventType
PRECISION_RANK = {
    Precision.DAY: 6, Precision.RANGE: 6, Precision.MONTH: 4, Precision.APPROXIMATE: 3,
    Precision.YEAR: 2, Precision.UNKNOWN: 0,
}  # fmt: skip
# Types that need two named participants, and types that need at least one.
NEEDS_TWO = frozenset({T.MEETING, T.CALL})
NEEDS_ACTOR = frozenset({T.VISIT, T.MEETING, T.CALL, T.INAUGURATION})


@dataclass(frozen=True, slots=True)
class MarkedSpan:
    """A recognised stretch of the text, for highlighting: actor, place, trigger or date."""

    start_char: int
    end_char: int
    kind: str  # "actor" | "place" | "trigger" | "date"
    text: str
    value: str = ""  # canonical actor/place, event type, or ISO date span

    def as_json(self) -> dict[str, object]:
        return {
            "start_char": self.start_char, "end_char": self.end_char, "kind": self.kind,
            "text": self.text, "value": self.value,
        }  # fmt: skip


@dataclass(slots=True)
class ExtractionResult:
    events: list[EventCandidate]
    actor_candidates: list[ActorCandidate]
    dates: list[DateMention]
    spans: list[MarkedSpan]


@dataclass(slots=True)
class Person:
    """An actor as referred to in a sentence."""

    name: str
    country: str | None
    start_char: int
    end_char: int
    kind: str = "person"  # person | organisation | unknown | ref | country
    title: str = ""
    speaker: bool = False
    negated: bool = False  # "nicht X, sondern Y"


@dataclass(slots=True)
class Place:
    """A place as named in a sentence, with the preposition that governs it."""

    entry: PlaceEntry
    start_char: int
    end_char: int
    form: str  # "name" | "genitive" | "adjective" | "demonym"
    prep: str  # the lower-cased word before it


@dataclass(slots=True)
class Trigger:
    """A word that states an event of `type` (a verb or a noun)."""

    type: EventType
    start_char: int
    end_char: int
    text: str
    verbal: bool
    token_i: int
    attendance: bool = False
    # The type its rule gave before its clause made it another ("zum Kanzler gewählt": an
    # election made an inauguration); nouns of that type in the clause follow it.
    retyped_from: EventType | None = None


@dataclass(slots=True)
class Segment:
    """A sentence, or a line of one: the unit events are read from."""

    start: int  # token
    end: int
    start_char: int
    end_char: int
    text: str
    headline: bool
    index: int


@dataclass(slots=True)
class Draft:
    """An event while it is being built and merged."""

    type: EventType
    actors: list[str]
    countries: dict[str, str | None]
    location: PlaceEntry | None
    mention: DateMention | None
    basis: DateBasis
    status: Status
    segment: Segment
    trigger: Trigger
    confidence: float
    start: date | None = None
    end: date | None = None
    precision: Precision = Precision.UNKNOWN
    candidates: list[ActorCandidate] = field(default_factory=list)
    inherited: bool = False  # the date was taken over from the context (visit told before)
    duration: int = 0  # days the text says it lasted ("drei Tage lang", "zweitägig")
    closing: bool = False  # the date phrase dates its end ("zum Abschluss am Donnerstag")
    # Segments this event was told in besides its own (kept through merging).
    told_in: list[Segment] = field(default_factory=list)


def draft_copy(d: Draft) -> Draft:
    """A shallow copy (as `dataclasses.replace(d)`, at a fraction of its cost)."""
    return Draft(
        d.type, d.actors, d.countries, d.location, d.mention, d.basis, d.status, d.segment,
        d.trigger, d.confidence, d.start, d.end, d.precision, d.candidates, d.inherited,
        d.duration, d.closing, d.told_in,
    )  # fmt: skip


def draft_derive(base: Draft, actors: list[str], countries: dict[str, str | None]) -> Draft:
    """A copy of `base` with other participants."""
    d = draft_copy(base)
    d.actors, d.countries = actors, countries
    return d


def unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))
