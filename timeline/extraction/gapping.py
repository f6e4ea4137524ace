"""Gapped coordination: one verb, two conjuncts with their own day, place and partner ("Scholz
traf am Montag in Paris Macron und am Dienstag in Rom Meloni", "besuchte am Montag Warschau
und am Dienstag Prag"). The second conjunct lacks the verb and the subject; it states a second
event of the verb's type with the subject, its own day and its own place and partners."""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from timeline.extraction import dating
from timeline.extraction.article import Article
from timeline.extraction.nlp import TokenArrays
from timeline.extraction.records import Draft, Person, Place, Segment, T, Trigger, draft_copy
from timeline.extraction.types import DateBasis, DateMention
from timeline.extraction.visits import implied_visits

_GAPPED_TYPES = frozenset({T.VISIT, T.MEETING, T.CALL})
# Words that may stand between "und" and the second conjunct's day.
_BRIDGES = frozenset(
    {"erneut", "dann", "danach", "anschließend", "später", "schließlich", "wieder", "noch"}
)
# "und am Dienstag in Rom Meloni", "sowie am Dienstag ...", or asyndetic ", am Dienstag Alijew"
_JOINS = frozenset({"und", "sowie", ",", ";"})
_CONJUNCT_END = frozenset({",", ";", ":", "–", "—", "(", ")"})
# The lower-case words a verbless conjunct is made of besides its day and its names: articles,
# prepositions, possessives and adjectives of countries ("mit dem polnischen Präsidenten").
# Any other lower-case word may be a verb: "und am Dienstag sprach Tusk in Prag" is a clause.
_CONJUNCT_WORDS = frozenset(
    "in im nach mit zu zum zur bei beim den dem der die das des von vom aus auf und sowie "
    "seinem seiner seinen ihrem ihrer ihren dessen deren auch erneut wieder noch dann "
    "schließlich anschließend später danach".split()
)
_ADJECTIVE = re.compile(r"[a-zäöüß]+(?:isch|ig|lich|er)(?:e[nmrs]?)?")


# A conjunct may open with its own place instead of its own day: "traf am Donnerstag in
# Sofia X, in Prag Y".
_PLACE_OPENERS = frozenset({"in", "im", "nach"})


class _Conjunct(NamedTuple):
    start_char: int
    end_char: int
    day: DateMention | None  # its own day; None: the first conjunct's
    first_day: DateMention | None  # the day named last before it


def _conjuncts(article: Article, seg: Segment, trigger: Trigger) -> list[_Conjunct]:
    """The verbless conjuncts after the trigger, each opening with its own day or place ("und
    am Dienstag in Rom Meloni", ", in Prag Präsident Pavel"), in order; [] at the first one
    that has a verb of its own ("und am Dienstag sprach Tusk in Prag")."""
    toks = article.toks
    in_seg = article.seg_dates(seg)
    days = {d.start_char: d for d in in_seg}
    places = [m for m in article.seg_mentions(seg) if m.kind == "place"]
    names = {m.start_char for m in places if m.form == "name"}
    any_place = {m.start_char for m in places}
    found: list[_Conjunct] = []
    j = trigger.token_i + 1
    while j < seg.end:
        if toks.word(j).lower() not in _JOINS:
            j += 1
            continue
        opening = _opening(toks, j, seg, days, names)
        if opening is None:
            break
        k, day, placed = opening
        first_day = next((d for d in reversed(in_seg) if d.end_char <= toks.idx[j]), None)
        led_by_place = placed and bool(
            found or first_day is not None or toks.word(j) in _CONJUNCT_END
        )
        if day is None and not led_by_place:
            j += 1
            continue
        if day is not None:
            if first_day is None or day.start is None:
                return found
            if toks.word(j) in _CONJUNCT_END and (first_day.start, first_day.end) == (
                day.start,
                day.end,
            ):
                j += 1
                continue  # an apposition naming the same day again ("am Montag, dem 13. Mai")
        end = next(
            (
                m
                for m in range(k + 1, seg.end)
                if toks.word(m) in _CONJUNCT_END
                or (
                    toks.word(m).lower() in ("und", "sowie")
                    and (nxt := _opening(toks, m, seg, days, any_place)) is not None
                    and (nxt[1] is not None or nxt[2])
                )
            ),
            seg.end,
        )
        after = day.end_char if day is not None else toks.end[k]
        rest = [
            toks.word(m)
            for m in range(k, end)
            if toks.idx[m] >= after and toks.word(m)[:1].isalpha()
        ]
        if any(
            w[:1].islower() and w not in _CONJUNCT_WORDS and not _ADJECTIVE.fullmatch(w)
            for w in rest
        ):
            return found  # a clause of its own verb ("und am Dienstag sprach Tusk in Prag")
        found.append(_Conjunct(toks.idx[j], toks.end[end - 1], day, first_day))
        j = end
    return found


def _opening(
    toks: TokenArrays, j: int, seg: Segment, days: dict[int, DateMention], places: set[int]
) -> tuple[int, DateMention | None, bool] | None:
    """What follows the join at token j, past words such as "erneut": its first token, the day
    that starts there, and whether a place phrase starts there instead ("in Prag"); None at
    the segment's end."""
    k = j + 1
    while k < seg.end and toks.word(k).lower() in _BRIDGES:
        k += 1
    if k >= seg.end:
        return None
    day = days.get(toks.idx[k])
    placed = (
        day is None
        and toks.word(k).lower() in _PLACE_OPENERS
        and k + 1 < seg.end
        and toks.idx[k + 1] in places
    )
    return k, day, placed


_PREPOSITIONS = frozenset(
    "mit von bei beim zu zum zur nach für gegen ohne über vom an am dem den der des".split()
)


def _subject(
    article: Article,
    seg: Segment,
    verb: Trigger,
    told: set[str],
    persons: list[Person],
    later: set[str],
) -> Person | None:
    """Who does what the verb says: one of the first event's people, named right after the
    verb ("besuchte Olaf Scholz am Montag ...") or before it and not in a phrase of its own
    ("Nach dem Gespräch mit Biden besuchte ...")."""
    toks = article.toks
    own = [p for p in persons if p.name in told and p.name not in later]
    after = next((p for p in own if verb.end_char < p.start_char <= verb.end_char + 2), None)
    if after is not None:
        return after

    def free(p: Person) -> bool:
        at = next((k for k in range(seg.start, seg.end) if toks.idx[k] == p.start_char), None)
        return at is None or at == seg.start or toks.word(at - 1).lower() not in _PREPOSITIONS

    before = [p for p in own if p.start_char < verb.start_char and free(p)]
    return before[-1] if before else next((p for p in own if p.start_char > verb.start_char), None)


# "am Samstag und erneut am Sonntag": the same thing done again on another day
_AGAIN_BETWEEN = re.compile(r"\s*und\s+(?:erneut|wieder|nochmals|noch einmal)\s*", re.IGNORECASE)


def _repeated_days(article: Article, seg: Segment) -> tuple[DateMention, DateMention] | None:
    """Two days joined as a repetition ("Am Samstag und erneut am Sonntag telefonierte er")."""
    days = article.seg_dates(seg)
    for a, b in itertools.pairwise(days):
        if (
            a.start is not None
            and b.start is not None
            and _AGAIN_BETWEEN.fullmatch(article.text, a.end_char, b.start_char)
        ):
            return a, b
    return None


def _one_per_day(
    article: Article, seg: Segment, drafts: list[Draft], days: tuple[DateMention, DateMention]
) -> list[Draft]:
    """Each draft once on each of two days."""
    out = []
    for d in drafts:
        for when in days:
            copy = draft_copy(d)
            copy.actors, copy.countries = list(d.actors), dict(d.countries)
            _dated(article, seg, copy, when)
            out.append(copy)
    return out


def _dated(article: Article, seg: Segment, d: Draft, when: DateMention) -> None:
    d.mention = when
    d.basis = DateBasis.RELATIVE if when.relative else DateBasis.EXPLICIT
    d.inherited = False
    dating.set_dates(article, d, when, d.basis, seg)


def split_gapped(
    article: Article,
    seg: Segment,
    group: list[Trigger],
    drafts: list[Draft],
    persons: list[Person],
    places: list[Place],
) -> list[Draft]:
    """The drafts of the first conjunct without what the later ones name, plus an event of
    each later conjunct."""
    first = next((t for t in group if t.verbal), None)
    if first is None or first.type not in _GAPPED_TYPES or not drafts:
        return drafts
    # "am Montag und erneut am Mittwoch mit Biden": the same people on each day
    repeated = _repeated_days(article, seg) if first.type is not T.VISIT else None
    if repeated:
        return _one_per_day(article, seg, drafts, repeated)
    conjuncts = _conjuncts(article, seg, first)
    if not conjuncts:
        return drafts
    if len(conjuncts) == 1:
        c = conjuncts[0]
        in_it = [p for p in persons if c.start_char <= p.start_char < c.end_char]
        places_in_it = [
            p for p in places if c.start_char <= p.start_char < c.end_char and p.form == "name"
        ]
        comma = article.text[c.start_char] in ",;"
        if not in_it and not places_in_it:
            if comma or first.type is not T.CALL or c.day is None or c.first_day is None:
                return drafts
            if c.first_day.start is None:
                return drafts
            # "telefonierten am Montag und erneut am Mittwoch": two calls
            return _one_per_day(article, seg, drafts, (c.first_day, c.day))
    lo = conjuncts[0].start_char
    later_people = [p for p in persons if p.start_char >= lo]
    later_places = [p for p in places if p.start_char >= lo and p.form == "name"]
    later_names = {p.name for p in later_people}
    later_entries = {p.entry.canonical for p in later_places}
    subject = _subject(
        article, seg, first, {a for d in drafts for a in d.actors}, persons, later_names
    )
    earlier_places = [p for p in places if p.start_char < lo and p.form == "name"]
    out: list[Draft] = []
    for d in drafts:
        if d.location is not None and d.location.canonical in later_entries:
            # a later conjunct's place is not the first's: "traf am Montag X und am
            # Dienstag in Rom Y"
            if d.type is T.VISIT and first.type is not T.VISIT:
                continue  # a trip implied by the first meeting to the second's place
            d.location = next(
                (p.entry for p in reversed(earlier_places) if p.start_char > first.start_char),
                None,
            )
        d.actors = [a for a in d.actors if a not in later_names]
        d.countries = {a: c for a, c in d.countries.items() if a in d.actors}
        if d.actors or not later_people:
            out.append(d)
    if subject is None:
        return out
    model = next((d for d in drafts if subject.name in d.actors), drafts[0])
    for c in conjuncts:
        out += _conjunct_event(article, seg, first, model, subject, c, persons, places)
    return out


def _conjunct_event(
    article: Article,
    seg: Segment,
    verb: Trigger,
    model: Draft,
    subject: Person,
    conjunct: _Conjunct,
    persons: list[Person],
    places: list[Place],
) -> list[Draft]:
    """The event a later conjunct states: the verb's subject with the conjunct's people, at
    its place, on its day (or the day of the conjunct before)."""
    lo, hi = conjunct.start_char, conjunct.end_char
    people = [p for p in persons if lo <= p.start_char < hi and p.name != subject.name]
    at = [p for p in places if lo <= p.start_char < hi and p.form == "name"]
    location = at[0].entry if at and verb.type is not T.CALL else None
    if (verb.type is T.VISIT and location is None) or (verb.type is not T.VISIT and not people):
        return []
    event = draft_copy(model)
    event.actors = [subject.name, *(p.name for p in people)]
    event.countries = {p.name: p.country for p in [subject, *people]}
    event.location = location
    if conjunct.day is not None:
        _dated(article, seg, event, conjunct.day)
    out = [event]
    if event.type is T.MEETING:
        out += implied_visits(event, set(event.actors))
    return out
