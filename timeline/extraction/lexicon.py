"""The actor and place lexicons the extractor matches against.

Shipped as JSON data files in `timeline/data/` (loaded into the database, where editors change
them); the extractor receives a `Lexicon` built either from those files or from the database, so
it never imports Django itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


# Countries whose names put the family name first ("Kim Jong Un", "Xi Jinping").
FAMILY_NAME_FIRST = frozenset({"CN", "TW", "KP", "KR", "SG", "VN"})
# ... and where the words after it are given-name syllables that news never use alone ("Jung"
# of "Kim Dae Jung", "Jinping"); Vietnamese leaders are called by their last word ("Trong").
GIVEN_NAME_SYLLABLES = frozenset({"CN", "TW", "KP", "KR"})


@dataclass(frozen=True, slots=True)
class Role:
    """An office held for a period: lets "der Kremlchef" (2024) resolve to its holder.

    `office` is the generic title ("Präsident", "Bundeskanzler", "Außenminister"); with
    `country`, it yields the descriptive forms news use ("der russische Präsident", "Russlands
    Präsident"). `titles` are extra epithets that name the holder alone ("Kremlchef").
    """

    office: str
    country: str | None
    start: date | None
    end: date | None
    titles: tuple[str, ...] = ()

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    canonical: str
    kind: str  # "person" | "organisation"
    country: str | None  # ISO 3166-1 alpha-2, or None for organisations such as the EU
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    canonical: str
    kind: str  # "country" | "city" | "region"
    country: str | None  # ISO alpha-2 of the country it is, or lies in
    variants: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()  # adjective stems: "russisch", "belarussisch"
    genitive: str | None = None  # "Russlands"
    # Nouns for the country's people ("Slowake", "Slowaken", "Slowakin"); the matcher adds
    # the regular inflections. A country mention for elections and nationality, never a place
    # someone travels to.
    demonyms: tuple[str, ...] = ()
    # The seat of its country's government ("in der ukrainischen Hauptstadt": Kiew).
    capital: bool = False


@dataclass(slots=True)
class Lexicon:
    actors: list[ActorEntry] = field(default_factory=list)
    places: list[PlaceEntry] = field(default_factory=list)

    @classmethod
    def from_files(cls, data_dir: Path = DATA_DIR) -> Lexicon:
        actors_raw = json.loads((data_dir / "actors.json").read_text(encoding="utf-8"))
        places_raw = json.loads((data_dir / "places.json").read_text(encoding="utf-8"))
        return cls(
            actors=[actor_from_json(item) for item in actors_raw],
            places=[place_from_json(item) for item in places_raw],
        )


def _day(value: object) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def actor_from_json(item: dict[str, object]) -> ActorEntry:
    roles_raw = item.get("roles") or []
    assert isinstance(roles_raw, list)
    return ActorEntry(
        canonical=str(item["canonical"]),
        kind=str(item.get("kind", "person")),
        country=str(item["country"]) if item.get("country") else None,
        aliases=tuple(str(a) for a in item.get("aliases") or []),  # type: ignore[attr-defined]
        roles=tuple(
            Role(
                office=str(r["office"]),
                country=str(r["country"]) if r.get("country") else None,
                start=_day(r.get("start")),
                end=_day(r.get("end")),
                titles=tuple(str(t) for t in r.get("titles") or []),
            )
            for r in roles_raw
        ),
    )


def place_from_json(item: dict[str, object]) -> PlaceEntry:
    return PlaceEntry(
        canonical=str(item["canonical"]),
        kind=str(item.get("kind", "city")),
        country=str(item["country"]) if item.get("country") else None,
        variants=tuple(str(v) for v in item.get("variants") or []),  # type: ignore[attr-defined]
        adjectives=tuple(str(a) for a in item.get("adjectives") or []),  # type: ignore[attr-defined]
        genitive=str(item["genitive"]) if item.get("genitive") else None,
        demonyms=tuple(str(d) for d in item.get("demonyms") or []),  # type: ignore[attr-defined]
        capital=bool(item.get("capital")),
    )
