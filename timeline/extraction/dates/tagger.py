"""The date tagger's entry point: `tag_dates` resolves the candidates in text order against a
`ResolutionContext` (section years, sets, the day, period and vote in view), stretches a day
after "zweitägig" into the days it lasts, and returns `DateMention`s; `tag_dates_split` gives a
range as its two dates; `refers_to_future` tells whether a mention points at a plan."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc

from timeline.extraction.dates.candidates import find_candidates
from timeline.extraction.dates.context import Candidate, Resolution, ResolutionContext, number_value
from timeline.extraction.dates.sentences import (
    _opens_sentence,
    is_narrative,
    section_headings,
    sentence_bounds,
)
from timeline.extraction.dates.tense import SentenceIndex, Tense, _tense_lookup, sentence_tense
from timeline.extraction.dates.vocabulary import MONTH, NUMBER_WORDS, WEEKDAY, _alternation
from timeline.extraction.types import DateMention, Precision

_VOTE_BEFORE = re.compile(r"[Ww]ahl\w{0,3}\s+(?:am|vom)?\s*$")

# Words before a day that make it recur (EVENTS.md: sets are no dates); "wie jedes Jahr am
# 9. Mai" still tells of this year's.
_SET_BEFORE = re.compile(
    r"(?<![Ww]ie )(?:\b[Jj]edes\s+Jahr|\b(?:all)?[Jj]ährlich|\b[Jj]eweils|\b[Jj]eden"
    r"|\b[Ii]mmer)\s+$"
)

_UNTIL = re.compile(r"[Bb]is\b")

_DAY_RULES = frozenset(
    {"day_month", "numeric_date", "iso_date", "day_range", "byline_date", "glued_date",
     "dashed_date", "english_date", "english_date_dmy", "slashed_date"}
)  # fmt: skip
# Rules naming the period a report is about (see `ResolutionContext.report_period`).
_PERIOD_RULES = frozenset({"quarter", "month_pair", "month_year", "month_prep", "month_bare"})


MAX_TEXT_CHARS = 2_000_000


def tag_dates(text: str, published: date | None, *, doc: Doc | None = None) -> list[DateMention]:
    """Every date or period expression in `text`, resolved against `published`.

    Offsets are character offsets into `text`. With `published` None, relative expressions are
    returned unresolved (precision unknown). `doc` may be a parse of the same text by
    `german_pipeline()`, to share its sentence boundaries.
    """
    return [
        mention
        for candidate, resolution in _resolved_candidates(text, published, doc)
        for mention in [_mention(text, candidate, resolution)]
    ]


def tag_dates_split(
    text: str, published: date | None, *, doc: Doc | None = None
) -> list[DateMention]:
    """Like `tag_dates`, but a range of two dates ("10. Juli bis 31. Oktober 1940", "Mai/Juni")
    comes back as its two dates, as TIMEX2 annotations (WikiWarsDE) mark them."""
    mentions: list[DateMention] = []
    for candidate, resolution in _resolved_candidates(text, published, doc):
        if not resolution.parts:
            mentions.append(_mention(text, candidate, resolution))
            continue
        for start_char, end_char, first, last, precision in resolution.parts:
            mentions.append(DateMention(start_char, end_char, text[start_char:end_char],
                                        first, last, precision, resolution.relative))  # fmt: skip
    return mentions


def _mention(text: str, candidate: Candidate, resolution: Resolution) -> DateMention:
    return DateMention(
        start_char=candidate.start,
        end_char=candidate.end,
        text=text[candidate.start : candidate.end],
        start=resolution.start,
        end=resolution.end,
        precision=resolution.precision,
        relative=resolution.relative,
    )


def _resolved_candidates(
    text: str, published: date | None, doc: Doc | None
) -> Iterator[tuple[Candidate, Resolution]]:
    if not text or not isinstance(text, str):
        return
    text = text[:MAX_TEXT_CHARS]
    candidates = find_candidates(text)
    if not candidates:
        return
    bounds = sentence_bounds(text, doc)
    narrative = is_narrative(text, published)
    ends = {candidate.start: candidate.end for candidate in candidates}
    sentences = SentenceIndex(text)
    context = ResolutionContext(
        published,
        narrative,
        _tense_lookup(text, bounds, ends, sentences),
        text=text,
        sentences=sentences,
    )
    if not narrative and published is not None:
        context.last_day = context.last_point = published
    headings = section_headings(text) if narrative else []
    heading_starts = [offset for offset, _ in headings]
    heading_index = -1
    for candidate in candidates:
        if headings:
            index = bisect.bisect_right(heading_starts, candidate.start) - 1
            if index != heading_index:
                # A new section starts a new thread of the story: no month order carries over.
                heading_index, context.last_month = index, None
                span = headings[index][1] if index >= 0 else None
                context.section = span or context.section
            # A full date opening its sentence ("Am 23. August 1942 begannen ...") sets the
            # story's year even outside the section's years; anything else there is an aside.
            context.sentence_initial = candidate.rule.name in _DAY_RULES and _opens_sentence(
                text, candidate.start
            )
        if _SET_BEFORE.search(text, max(0, candidate.start - 30), candidate.start):
            continue  # "jedes Jahr am 1. Mai", "jeweils am Montag": a set, no date
        try:
            resolution = candidate.rule.resolve(candidate.match, context)
        except (ValueError, OverflowError, KeyError):
            resolution = None
        if resolution is None:
            continue
        if resolution.precision is Precision.DAY and resolution.start is not None:
            resolution = _lasting_days(text, candidate, resolution)
        if (
            resolution.precision is Precision.DAY
            and resolution.start is not None
            and not _UNTIL.match(text, candidate.start)  # a deadline is no day in view
        ):
            context.last_day = context.last_point = resolution.start
            context.last_month_span = None
            context.days_named.append((resolution.start, candidate.start))
            if (
                candidate.rule.name in _DAY_RULES
                and published is not None
                and resolution.start > published
            ):
                context.plan_day = (resolution.start, context.sentences.around(candidate.end)[1])
            if _VOTE_BEFORE.search(text, max(0, candidate.start - 24), candidate.start):
                context.election_day = resolution.start
        elif resolution.precision is Precision.RANGE and resolution.parts:
            context.last_day = context.last_point = resolution.end
            context.last_month_span = None
        elif resolution.precision is Precision.MONTH and resolution.start is not None:
            context.last_point = resolution.start
            if candidate.rule.name in _PERIOD_RULES and resolution.end is not None:
                context.last_month_span = (resolution.start, resolution.end)
        if (
            resolution.precision is Precision.RANGE
            and resolution.start is not None
            and resolution.end is not None
            and (resolution.end - resolution.start).days < 14
        ):
            context.last_range = (resolution.start, resolution.end)
        if (
            candidate.rule.name in _PERIOD_RULES
            and resolution.start is not None
            and resolution.end is not None
            and (published is None or resolution.start <= published)  # reported, not forecast
        ):
            period = context.report_period
            if period is None or resolution.end >= period[1]:
                context.report_period = (resolution.start, resolution.end)
        yield candidate, resolution


# "ein zweitägiger Besuch ab Donnerstag": the days it lasts, from (or, "endet am", to) the day.
_LASTING = re.compile(
    rf"\b(?P<count>{_alternation([w for w in NUMBER_WORDS if NUMBER_WORDS[w] <= 14])}|\d{{1,2}})"
    r"-?tägige?[nmrs]?\b(?P<between>[^.!?;]{0,60})$",
    re.IGNORECASE,
)
_ENDS = re.compile(
    r"\b(?:endet|enden|endete|endeten|beendet|abgeschlossen|schließt|bis)\b|\bzu\s+Ende\b"
)
_CLAUSE_REST = re.compile(r"[^.!?;,]{0,50}")


def _lasting_days(text: str, candidate: Candidate, resolution: Resolution) -> Resolution:
    """A day after "zwei-/dreitägig ..." in its sentence: the range of days the event lasts."""
    if candidate.rule.name not in _LASTING_DAY_RULES or resolution.start is None:
        return resolution
    if "tägig" not in text[max(0, candidate.start - 90) : candidate.start]:
        return resolution
    lasting = _LASTING.search(text, max(0, candidate.start - 90), candidate.start)
    if lasting is None or _DATE_WORD.search(lasting["between"]):
        return resolution
    count = number_value(lasting["count"])
    if count is None or not 2 <= count <= 14:
        return resolution
    length = timedelta(days=count - 1)
    day = resolution.start
    rest = _CLAUSE_REST.match(text, candidate.end)
    around = lasting["between"] + " " + candidate.match.group(0) + (rest.group() if rest else "")
    if _ENDS.search(around):
        return replace(resolution, start=day - length, precision=Precision.RANGE)
    return replace(resolution, end=day + length, precision=Precision.RANGE)


_LASTING_DAY_RULES = frozenset({"weekday", "day_month", "numeric_date"})
_DATE_WORD = re.compile(rf"\d\.|{WEEKDAY}|{MONTH}")


def refers_to_future(mention: DateMention, text: str, published: date | None) -> bool:
    """Whether `mention` points at a plan: it lies after publication, or (unresolved) its
    sentence speaks of the future."""
    if published is not None and mention.start is not None:
        return mention.start > published
    start = text.rfind(".", 0, mention.start_char) + 1
    end = text.find(".", mention.end_char)
    sentence = text[start : end if end >= 0 else len(text)]
    return sentence_tense(sentence, mention.start_char - start) is Tense.FUTURE
