"""Visits as the argument stage derives them: one per visiting delegation with the hosts
named (`visit_drafts`), and the trip implied by a meeting or signing abroad (`implied_visits`)."""

from __future__ import annotations

import re

from timeline.extraction import coreference
from timeline.extraction import triggers as trg
from timeline.extraction.article import Article
from timeline.extraction.lexicon import PlaceEntry
from timeline.extraction.records import (
    Draft,
    Person,
    Place,
    Segment,
    T,
    Trigger,
    draft_derive,
    unique,
)
from timeline.extraction.types import Status

# What a guest attends, told again ("zur Amtseinführung", "daran"): the ceremony told before.
_CEREMONY_REF = re.compile(
    r"amtseinführung|vereidigung|zeremonie|feier|gipfel|amtsantritt|dafür|daran|dazu|dabei",
    re.IGNORECASE,
)


def visit_drafts(
    article: Article, base: Draft, people: list[Person], group: list[Trigger], seg: Segment
) -> list[Draft]:
    """One visit per visiting delegation (persons of one country); hosts join each."""
    attendance = group[0].attendance
    location = base.location
    if attendance:
        anchor = (
            coreference.anchor(article)
            if _CEREMONY_REF.search(seg.text) or (location is None and base.mention is None)
            else None
        )
        if anchor is not None:
            if location is None:
                location = anchor.location
            if base.mention is None and anchor.mention is not None:
                # the trip to a summit still ahead is ahead too
                coreference.take_time_and_place(base, anchor)
            people = [p for p in people if p.name not in anchor.actors]
            host_country = (location.country if location else None) or next(
                (anchor.countries.get(a) for a in anchor.actors if anchor.countries.get(a)),
                None,
            )
        else:
            if location is None:
                return []
            host_country = location.country
    else:
        host_country = location.country if location else None
    if not people:
        return []
    hosts = [p for p in people if host_country and p.country == host_country]
    visitors = [p for p in people if p not in hosts]
    if not visitors and _domestic_trip(group[0], location):
        # "Selenskyj besuchte Charkiw": a trip to another city of one's own country is a visit
        # too (EVENTS.md), but never one to the seat of government, where a leader is at home.
        visitors, hosts = hosts, []
    if not visitors:
        return []
    # Possessive noun trigger ("nach seinem Staatsbesuch in Peking"): the subject alone.
    t = group[0]
    if not t.verbal and t.token_i > 0 and article.doc[t.token_i - 1].lower_ in trg.POSSESSIVES:
        before = [p for p in visitors if p.start_char < t.start_char] or visitors[:1]
        visitors = before[-1:]
    # One visit per delegation (the visitors of one country): "Macron, Scholz und Draghi sind
    # in Kiew eingetroffen" are three visits, "Putin und Lawrow reisten nach Minsk" one; each
    # with the hosts named.
    # Where the host's country is unknown, who is host and who guest is too: one visit.
    delegations: dict[str | None, list[Person]] = {}
    for visitor in unique_persons(visitors):
        delegations.setdefault(visitor.country if host_country else None, []).append(visitor)
    drafts = []
    for members in delegations.values():
        names = unique([p.name for p in members] + [h.name for h in hosts])
        d = draft_derive(base, names, {p.name: p.country for p in members + hosts})
        d.location = location
        drafts.append(d)
    return drafts


def unique_persons(persons: list[Person]) -> list[Person]:
    """The persons, each name once, in order."""
    seen: set[str] = set()
    out = []
    for p in persons:
        if p.name not in seen:
            seen.add(p.name)
            out.append(p)
    return out


def implied_visits(event: Draft, persons: set[str]) -> list[Draft]:
    """A meeting or a signing in a named place, with a host of the place's country, is also
    the trip there of each participant from another country ("Xi traf Putin in Moskau",
    "Merkel und Macron unterzeichnen in Aachen"): one visit per guest, the hosts beside them.
    Only `persons` travel (not the states that are parties to a treaty)."""
    place = event.location
    if place is None or not place.country or event.status is not Status.OCCURRED:
        return []  # a planned meeting's place is a proposal more often than a trip
    countries = {a: event.countries.get(a) for a in event.actors if a in persons}
    hosts = [a for a, c in countries.items() if c == place.country]
    if not hosts:
        return []
    guests = [a for a, c in countries.items() if c and c != place.country]
    visits = []
    for guest in guests:
        visit = draft_derive(event, [guest, *hosts], dict(event.countries))
        visit.type = T.VISIT
        visit.confidence = event.confidence - 0.1
        visits.append(visit)
    return visits


def _domestic_trip(trigger: Trigger, location: PlaceEntry | None) -> bool:
    """A travel verb to a city that is not its country's capital."""
    return (
        trigger.verbal
        and not trigger.attendance
        and location is not None
        and location.kind == "city"
        and not location.capital
    )


def accompanying(trigger: Trigger) -> bool:
    """The verb "begleiten": someone goes along on a trip."""
    return trigger.verbal and trigger.text.lower().startswith("begleit")


def trip_accompanied(
    article: Article, seg: Segment, places: list[Place], clause: tuple[int, int]
) -> Draft | None:
    """The trip told just before that "Er wird von Außenministerin X begleitet" joins her to;
    none where the clause tells a trip of its own ("Am Freitag wird ihn X nach London
    begleiten")."""
    if coreference.own_time_or_place(article, places, clause):
        return None
    return coreference.visit_under_way(article, seg)
