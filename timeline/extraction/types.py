"""The records the extractor produces, shaped as `shared/EVENTS.md` defines them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"
    APPROXIMATE = "approximate"
    UNKNOWN = "unknown"


class EventType(StrEnum):
    VISIT = "visit"
    MEETING = "meeting"
    CALL = "call"
    ELECTION = "election"
    INAUGURATION = "inauguration"
    SUMMIT = "summit"
    PROTEST = "protest"
    AGREEMENT = "agreement"


class Status(StrEnum):
    OCCURRED = "occurred"
    PLANNED = "planned"


class DateBasis(StrEnum):
    """How an event's date was obtained."""

    EXPLICIT = "explicit"  # an absolute date in the text ("am 9. Mai 2024")
    RELATIVE = "relative"  # a relative phrase resolved against the publication date
    PUBLICATION = "publication"  # no phrase of its own: the publication day (present tense)
    NONE = "none"  # the text gives no time for it
    EDITOR = "editor"  # set by an editor


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or period expression found in a text, with its resolution.

    `start`/`end` are inclusive ISO days; both are None when precision is UNKNOWN (a relative
    expression with no publication date to resolve it against).
    """

    start_char: int
    end_char: int
    text: str
    start: date | None
    end: date | None
    precision: Precision
    relative: bool = False

    def as_json(self) -> dict[str, object]:
        return {
            "start_char": self.start_char,
            "end_char": self.end_char,
            "text": self.text,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "precision": str(self.precision),
        }


@dataclass(slots=True)
class ActorCandidate:
    """A person named with a title whom the lexicon does not know ("Kremlsprecher Dmitri
    Peskow"): an editor may confirm them as an actor."""

    name: str
    title: str
    start_char: int
    end_char: int


@dataclass(slots=True)
class EventCandidate:
    """One event as one article states it (the record of EVENTS.md plus provenance)."""

    type: EventType
    actors: list[str]
    location: str | None
    date_start: date | None
    date_end: date | None
    precision: Precision
    status: Status
    evidence: str
    evidence_start: int = 0
    evidence_end: int = 0
    date_text: str = ""
    date_start_char: int | None = None
    date_basis: DateBasis = DateBasis.NONE
    trigger: str = ""
    confidence: float = 0.5
    summary: str = ""
    actor_candidates: list[ActorCandidate] = field(default_factory=list)

    def as_record(self) -> dict[str, object]:
        """The record form of EVENTS.md, as `extract_events` prints it."""
        return {
            "type": str(self.type),
            "actors": list(self.actors),
            "location": self.location,
            "date_start": self.date_start.isoformat() if self.date_start else None,
            "date_end": self.date_end.isoformat() if self.date_end else None,
            "precision": str(self.precision),
            "status": str(self.status),
            "evidence": self.evidence,
        }
