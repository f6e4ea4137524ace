"""Trips told as legs: "besuchte am Montag Paris und reiste am Dienstag nach Madrid weiter"
states two visits, each with its own destination and day."""

from __future__ import annotations

import itertools
from typing import NamedTuple

from timeline.extraction.analysis import particle_verbs
from timeline.extraction.article import Article
from timeline.extraction.records import Place, Segment, T, Trigger
from timeline.extraction.types import DateMention


class Leg(NamedTuple):
    triggers: list[Trigger]
    places: list[Place]
    tokens: tuple[int, int] | None  # the leg's own words; None: the whole segment


_ORIGIN = frozenset({"aus", "von"})  # "aus Schottland angereist": no destination
# "sowohl am G20-Gipfel in Washington als auch am Apec-Gipfel in Lima": "als" joins too.
_LEG_JOINS = frozenset({"und", ",", "sowie", "dann", "danach", "anschließend", "als"})


def trip_legs(
    article: Article, seg: Segment, group: list[Trigger], places: list[Place]
) -> list[Leg]:
    """A trip told as coordinated legs, each with its own destination ("besuchte am Montag
    Paris und reiste am Dienstag nach Madrid weiter", "am G7-Gipfel in Cornwall, am Montag
    am Nato-Gipfel in Brüssel"): one event per leg, each with the places of its own words."""
    words = sorted(group, key=lambda t: t.token_i)
    if group[0].type not in (T.VISIT, T.SUMMIT) or len(words) < 2:
        return [Leg(group, places, None)]
    toks = article.toks
    cuts: list[int] = []  # tokens where a new leg begins
    for before, after in itertools.pairwise(words):
        between = range(before.token_i + 1, after.token_i)
        # the last join before the next leg's word: "am Gipfel über Finanzen und Handel in
        # Washington als auch am Gipfel in Lima" begins the second leg at "als"
        join = next((j for j in reversed(between) if toks.word(j).lower() in _LEG_JOINS), None)
        if join is not None:
            cuts.append(join)
    if not cuts:
        return [Leg(group, places, None)]
    bounds = [seg.start, *cuts, seg.end]
    legs: list[Leg] = []
    for lo, hi in itertools.pairwise(bounds):
        leg = [t for t in group if lo <= t.token_i < hi]
        char_lo, char_hi = toks.idx[lo], toks.end[hi - 1]
        leg_places = [p for p in places if char_lo <= p.start_char < char_hi]
        if leg:
            legs.append(Leg(leg, leg_places, (lo, hi)))
    if sum(1 for leg in legs if any(p.prep not in _ORIGIN for p in leg.places)) < 2:
        return [Leg(group, places, None)]  # one destination, told by several verbs
    return legs


_DEPARTURE_VERBS = frozenset(
    {"abreisen", "abfliegen", "heimreisen", "zurückreisen", "zurückfliegen"}
)


def stay(
    article: Article, seg: Segment, group: list[Trigger]
) -> tuple[DateMention, DateMention] | None:
    """The day of arrival and the day of departure of one stay told in one sentence ("trifft
    am 24. Mai in Rom ein und reist am Samstag wieder ab"): the dates before and after the
    departure verb's conjunction."""
    words = sorted((t for t in group if t.verbal), key=lambda t: t.token_i)
    if len(words) < 2:
        return None
    toks = article.toks
    particles = particle_verbs(article.doc)
    finder = article.finder
    for before, after in itertools.pairwise(words):
        lemma = (
            particles[after.token_i][0]
            if after.token_i in particles
            else finder.verb_forms.get(toks.orth[after.token_i], "")
        )
        if lemma not in _DEPARTURE_VERBS:
            continue
        between = range(before.token_i + 1, after.token_i)
        joins = [j for j in between if toks.word(j).lower() in _LEG_JOINS]
        if not joins:
            continue
        # the arrival's words end at the first join, the departure's begin at the last ("traf
        # am Montag ein, wurde am Dienstag empfangen und reiste am Mittwoch ab")
        first_cut, last_cut = toks.idx[joins[0]], toks.idx[joins[-1]]
        dated = [m for m in article.seg_dates(seg) if m.start is not None]
        arrival = [m for m in dated if m.start_char < first_cut]
        departure = [m for m in dated if m.start_char > last_cut]
        if arrival and departure:
            return arrival[-1], departure[0]
    return None
