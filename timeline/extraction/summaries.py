"""The short German line that names an event on the timeline: "Putin besucht Minsk",
"Treffen zwischen Putin und Lukaschenko in Sotschi", "NATO-Gipfel in Washington".

People are named as the news names them on second mention (the surname, or the short form
among their aliases: "Xi", "Lula", "von der Leyen"); organisations by their acronym when they
have one ("EU", "NATO"), else in full ("Europäischer Rat").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from timeline.extraction.lexicon import FAMILY_NAME_FIRST, ActorEntry
from timeline.extraction.types import EventType

T = EventType

_ACRONYM = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ0-9-]{1,7}$")
# Lower-case name particles that belong to the surname: "von der Leyen", "bin Salman".
_PARTICLES = frozenset(
    {
        "von",
        "van",
        "de",
        "der",
        "den",
        "da",
        "do",
        "dos",
        "di",
        "du",
        "la",
        "le",
        "bin",
        "al",
        "ibn",
    }
)
MAX_NAMED = 3

# Place names that take an article in German ("in der Ukraine", "besucht die USA", "im Iran"),
# by gender: f(eminine), m(asculine), n(euter), p(lural). Others go bare ("in Minsk").
_GENDER: dict[str, str] = {
    **dict.fromkeys(
        ("Ukraine", "Türkei", "Schweiz", "Slowakei", "Mongolei", "Elfenbeinküste", "Krim",
         "Dominikanische Republik", "Zentralafrikanische Republik", "Republik Moldau",
         "Demokratische Republik Kongo", "Republik Kongo", "Europäische Union", "Ostukraine",
         "Westukraine", "Ostsee", "Arktis", "Antarktis"),
        "f",
    ),
    **dict.fromkeys(
        ("USA", "Vereinigte Staaten", "Niederlande", "Vereinigte Arabische Emirate",
         "Philippinen", "Bahamas", "Malediven", "Seychellen", "Komoren", "Marshallinseln",
         "Salomonen", "Golanhöhen", "Palästinensischen Gebiete", "Palästinensische Gebiete",
         "Palästinensergebiete", "Palästinenser-Gebiete", "Kurilen", "Senkaku-Inseln"),
        "p",
    ),
    **dict.fromkeys(
        ("Iran", "Irak", "Libanon", "Sudan", "Südsudan", "Jemen", "Tschad", "Niger", "Kosovo",
         "Oman", "Senegal", "Vatikan", "Kongo", "Donbass", "Kaukasus", "Nordkaukasus", "Kreml",
         "Gazastreifen", "Sinai"),
        "m",
    ),
    **dict.fromkeys(("Westjordanland", "Vereinigte Königreich", "Baltikum", "Saarland"), "n"),
}  # fmt: skip
_IN_ARTICLE = {"f": "in der ", "p": "in den ", "m": "im ", "n": "im "}
_DATIVE_ARTICLE = {"f": "der ", "p": "den ", "m": "dem ", "n": "dem "}
_ACCUSATIVE_ARTICLE = {"f": "die ", "p": "die ", "m": "den ", "n": "das "}
# Peninsulas take "auf": "auf der Krim", "auf dem Sinai".
_ON = {"Krim": "auf der ", "Sinai": "auf dem "}


def in_place(name: str) -> str:
    """ "in Minsk", "in der Ukraine", "in den USA", "im Iran", "auf der Krim"."""
    if name in _ON:
        return f"{_ON[name]}{name}"
    gender = _GENDER.get(name)
    return f"{_IN_ARTICLE[gender]}{name}" if gender else f"in {name}"


def _dative(name: str) -> str:
    gender = _GENDER.get(name)
    return f"{_DATIVE_ARTICLE[gender]}{name}" if gender else name


def place_accusative(name: str) -> str:
    """The object of "besucht": "Minsk", "die Ukraine", "die USA", "den Iran"."""
    gender = _GENDER.get(name)
    return f"{_ACCUSATIVE_ARTICLE[gender]}{name}" if gender else name


def person_short_name(
    canonical: str, aliases: Iterable[str] = (), country: str | None = None
) -> str:
    """The shortest alias that is a run of whole words of the canonical name, else the
    family name: the last word with the lower-case particles before it, or the first word
    where names put it first."""
    words = canonical.split()
    if country in FAMILY_NAME_FIRST and len(words) > 1:
        return words[0]
    n = len(words)
    runs = {" ".join(words[i:j]) for i in range(n) for j in range(i + 1, n + 1)} - {canonical}
    inside = [alias for alias in aliases if alias in runs and not alias.islower()]
    if inside:
        return min(inside, key=lambda alias: (len(alias), -canonical.rfind(alias)))
    start = len(words) - 1
    while start > 1 and words[start - 1] in _PARTICLES:
        start -= 1
    return " ".join(words[start:]) if words else canonical


def organisation_short_name(canonical: str, aliases: Iterable[str] = ()) -> str:
    acronyms = [a for a in (canonical, *aliases) if _ACRONYM.match(a)]
    return min(acronyms, key=len) if acronyms else canonical


def _listed(names: Sequence[str]) -> str:
    if len(names) > MAX_NAMED:
        return ", ".join(names[:MAX_NAMED]) + " und weiteren"
    if len(names) > 1:
        return ", ".join(names[:-1]) + " und " + names[-1]
    return names[0] if names else ""


class Summaries:
    """Summary lines for events, naming actors by the short names of their lexicon entries
    (an actor not in the lexicon is taken to be a person)."""

    def __init__(self, actors: Iterable[ActorEntry]) -> None:
        self._short: dict[str, str] = {}
        self._organisations: set[str] = set()
        for entry in actors:
            if entry.kind == "organisation":
                self._organisations.add(entry.canonical)
                self._short[entry.canonical] = organisation_short_name(
                    entry.canonical, entry.aliases
                )
            else:
                self._short[entry.canonical] = person_short_name(
                    entry.canonical, entry.aliases, entry.country
                )

    def short_name(self, canonical: str) -> str:
        found = self._short.get(canonical)
        return found if found is not None else person_short_name(canonical)

    def summary(self, etype: EventType, actors: Sequence[str], location: str | None) -> str:
        """`actors` in role order (a visit's visitor first); `location` the place's name."""
        names = list(dict.fromkeys(self.short_name(a) for a in actors))
        people = [self.short_name(a) for a in actors if a not in self._organisations]
        bodies = [self.short_name(a) for a in actors if a in self._organisations]
        # "Abkommen der Ukraine in der Ukraine" says the place twice.
        where = f" {in_place(location)}" if location and location not in actors else ""
        who = _listed(names)
        # After "von" and "zwischen": "zwischen der Ukraine und Russland".
        with_whom = _listed([_dative(name) for name in names])
        if etype is T.VISIT:
            if names and location:
                return f"{names[0]} besucht {place_accusative(location)}"
            # the text names no destination: say so rather than leave the line unfinished
            return f"{names[0]} auf Reise (Ziel nicht genannt)" if names else f"Besuch{where}"
        if etype is T.MEETING:
            if len(names) == 2:
                return f"Treffen zwischen {with_whom}{where}"
            return (f"Treffen von {with_whom}" if names else "Treffen") + where
        if etype is T.CALL:
            if len(names) == 2:
                return f"Telefonat zwischen {with_whom}"
            return f"Telefonat von {with_whom}" if names else "Telefonat"
        if etype is T.INAUGURATION:
            return (f"Amtseinführung von {with_whom}" if names else "Amtseinführung") + where
        if etype is T.ELECTION:
            return f"Wahl{where}" + (f" ({who})" if who else "")
        if etype is T.SUMMIT:
            if len(bodies) == 1 and _ACRONYM.match(bodies[0]):
                title = f"{bodies[0]}-Gipfel{where}"
                return title + (f" ({_listed(people)})" if people else "")
            return f"Gipfel{where}" + (f" ({who})" if who else "")
        if etype is T.PROTEST:
            # Protesters' actors are often their target: the line names no one.
            return f"Proteste{where}"
        if len(names) >= 2:
            return f"Abkommen zwischen {with_whom}"
        # one party named: it concludes ("Putin schließt Abkommen in Moskau"), headline style
        return (f"{names[0]} schließt Abkommen" if names else "Abkommen") + where
