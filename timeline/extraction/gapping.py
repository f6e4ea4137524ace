"""Gapped coordination: one verb, two conjuncts with their own day, place and partner ("Scholz
traf am Montag in Paris Macron und am Dienstag in Rom Meloni", "besuchte am Montag Warschau
und am Dienstag Prag"). The second conjunct lacks the verb and the subject; it states a second
event of the verb's type with the subject, its own day and its own place and partners."""

from __future__ import annotations

import bisect

from timeline.extraction import dating
from timeline.extraction.article import Article
from timeline.extraction.records import Draft, Person, Place, Segment, T, Trigger, draft_copy
from timeline.extraction.types import DateBasis, DateMention
from timeline.extraction.visits import implied_visits

_GAPPED_TYPES = frozenset({T.VISIT, T.MEETING, T.CALL})
# Words that may stand between "und" and the second conjunct's day.
_BRIDGES = frozenset(
    {"erneut", "dann", "danach", "anschließend", "später", "schließlich", "wieder", "noch"}
)
_CONJUNCT_END = frozenset({",", ";", ":", "–", "—", "(", ")"})


def _second_conjunct(
    article: Article, seg: Segment, trigger: Trigger
) -> tuple[int, int, DateMention, DateMention] | None:
    """The characters of a verbless conjunct after the trigger that opens with its own day,
    that day and the first conjunct's; None when the sentence has none."""
    toks = article.toks
    lo = bisect.bisect_left(article.date_starts, seg.start_char)
    hi = bisect.bisect_left(article.date_starts, seg.end_char)
    in_seg = article.dates[lo:hi]
    if len(in_seg) < 2 or not any(
        d.start_char > trigger.end_char or d.end_char < trigger.start_char for d in in_seg
    ):
        return None
    triggers = article.seg_triggers(seg)
    for j in range(trigger.token_i + 1, seg.end):
        if toks.word(j).lower() != "und":
            continue
        k = j + 1
        while k < seg.end and toks.word(k).lower() in _BRIDGES:
            k += 1
        if k >= seg.end:
            return None
        day = next((d for d in in_seg if d.start_char == toks.idx[k]), None)
        if day is None:
            continue
        first_day = next((d for d in in_seg if d.end_char <= toks.idx[j]), None)
        if first_day is None or day.start is None:
            return None
        end = seg.end
        for m in range(k, seg.end):
            if toks.word(m) in _CONJUNCT_END:
                end = m
                break
        start_char, end_char = toks.idx[j], toks.end[end - 1]
        if any(start_char <= t.start_char < end_char for t in triggers):
            return None  # a clause of its own verb ("und reiste am Dienstag weiter")
        return start_char, end_char, day, first_day
    return None


def split_gapped(
    article: Article,
    seg: Segment,
    group: list[Trigger],
    drafts: list[Draft],
    persons: list[Person],
    places: list[Place],
) -> list[Draft]:
    """The drafts of the first conjunct without what the second names, plus the second
    conjunct's events."""
    first = next((t for t in group if t.verbal), None)
    if first is None or first.type not in _GAPPED_TYPES or not drafts:
        return drafts
    found = _second_conjunct(article, seg, first)
    if found is None:
        return drafts
    lo, hi, day, first_day = found
    later_people = [p for p in persons if lo <= p.start_char < hi]
    later_places = [p for p in places if lo <= p.start_char < hi and p.form == "name"]
    if not later_people and not later_places:
        if first.type is not T.CALL or first_day.start is None:
            return drafts
        # "telefonierten am Montag und am Mittwoch miteinander": two calls
        calls = []
        for d in drafts:
            for when in (first_day, day):
                call = draft_copy(d)
                call.mention = when
                call.basis = DateBasis.RELATIVE if when.relative else DateBasis.EXPLICIT
                dating.set_dates(article, call, when, call.basis, seg)
                calls.append(call)
        return calls
    later_names = {p.name for p in later_people}
    subject = next((p for p in persons if p.start_char < lo and p.name not in later_names), None)
    out: list[Draft] = []
    for d in drafts:
        kept = [a for a in d.actors if a not in later_names]
        d.actors = kept
        if d.actors or not later_people:
            out.append(d)
    if subject is None:
        return out
    second = draft_copy(next(d for d in drafts))
    second.actors = [subject.name, *(p.name for p in later_people if p.name != subject.name)]
    second.countries = {p.name: p.country for p in [subject, *later_people]}
    second.location = later_places[0].entry if later_places else None
    if first.type is T.CALL:
        second.location = None
    second.mention = day
    second.basis = DateBasis.RELATIVE if day.relative else DateBasis.EXPLICIT
    second.inherited = False
    dating.set_dates(article, second, day, second.basis, seg)
    if first.type is T.VISIT and second.location is None:
        return out
    if first.type is not T.VISIT and len(second.actors) < 2:
        return out
    out.append(second)
    if second.type is T.MEETING:
        out += implied_visits(second, {subject.name})
    return out
