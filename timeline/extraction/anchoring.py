"""An event noun dated by its distance to the time of its clause: "Eine Woche nach der
Präsidentenwahl haben Zehntausende demonstriert" puts the vote a week before the protest, which
is told as now; "heute, einen Tag nach der Wahl, vereidigt" puts the vote the day before
today. The date tagger finds no date in "eine Woche nach"; this is the event's own."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from timeline.extraction import triggers as trg
from timeline.extraction.article import Article
from timeline.extraction.dates import NUMBER_WORDS, add_months
from timeline.extraction.records import Segment, Trigger
from timeline.extraction.types import DateMention, Precision

# "<count> <unit> nach|vor [the noun's article or possessive] [up to two adjectives]", right
# before the trigger noun.
_OFFSET = re.compile(
    r"(?P<count>\d{1,3}|[A-Za-zäöüß]+)\s+(?P<unit>Tage?n?|Wochen?|Monate?n?|Jahre?n?)\s+"
    r"(?P<direction>nach|vor)\s+(?:(?:dem|der|den|des|seiner|seinem|seinen|ihrer|ihrem|ihren)\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_SAME_DAY = frozenset({Precision.DAY})
_SLACK_DAYS = {"day": 0, "week": 3, "month": 7, "year": 31}


@dataclass(frozen=True, slots=True)
class Offset:
    """How far the event lies from the clause's time: `sign` -1 before it, +1 after."""

    count: int
    unit: str  # "day" | "week" | "month" | "year"
    sign: int

    def apply(self, day: date) -> date:
        n = self.sign * self.count
        if self.unit == "day":
            return day + timedelta(days=n)
        if self.unit == "week":
            return day + timedelta(weeks=n)
        return add_months(day, n if self.unit == "month" else 12 * n)


def offset_before(text: str) -> tuple[Offset, int] | None:
    """The offset phrase that ends `text` (the words before an event noun) and where it
    starts, or None. "nach der Wahl": the clause's time is after the vote, so the vote lies
    before it."""
    match = _OFFSET.search(text)
    if match is None:
        return None
    word = match.group("count").lower()
    count = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    if not count:
        return None
    unit = match.group("unit").lower()
    kind = (
        "day"
        if unit.startswith("tag")
        else "week"
        if unit.startswith("woche")
        else "month"
        if unit.startswith("monat")
        else "year"
    )
    sign = -1 if match.group("direction").lower() == "nach" else 1
    return Offset(count, kind, sign), match.start()


def anchored_date(
    article: Article, seg: Segment, trigger: Trigger, clause_dates: list[DateMention]
) -> DateMention | None:
    """The date of a noun trigger told by its distance to the clause's time, or None: the
    clause's own day ("heute") is the time, else publication where the clause is told as now
    (no past auxiliary: "haben demonstriert", not "hatten demonstriert")."""
    if trigger.verbal:
        return None
    before = article.text[seg.start_char : trigger.start_char]
    found = offset_before(before)
    if found is None:
        return None
    offset, at = found
    phrase_start = seg.start_char + at
    reference = next(
        (
            m
            for m in clause_dates
            if m.precision in _SAME_DAY and m.start is not None and m.end_char <= phrase_start
        ),
        None,
    ) or next(
        (
            m
            for m in clause_dates
            if m.precision in _SAME_DAY and m.start is not None and m.start_char >= trigger.end_char
        ),
        None,
    )
    if reference is not None and reference.start is not None:
        day = reference.start
    elif article.published is not None and not _told_as_past(seg.text):
        day = article.published
    else:
        return None
    resolved = offset.apply(day)
    # "eine Woche nach", "knapp einen Monat nach": around that day.
    slack = timedelta(days=_SLACK_DAYS[offset.unit])
    return DateMention(
        phrase_start,
        trigger.start_char,
        article.text[phrase_start : trigger.end_char],
        resolved - slack,
        resolved + slack,
        Precision.DAY if offset.unit == "day" else Precision.APPROXIMATE,
        relative=True,
    )


def _told_as_past(sentence: str) -> bool:
    words = set(re.findall(r"\w+", sentence.lower()))
    return not words.isdisjoint(trg.PAST_AUX - {"worden"})
