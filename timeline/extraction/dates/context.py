"""What resolution works with: `ResolutionContext` (what is known at a point of the text,
updated as mentions are resolved), `Resolution`, `Rule` and `Candidate`; calendar arithmetic
(month and year spans, `add_months`, Easter); and `year_for_span`, the year of a day or month
given without one, by the tense of its clause and its distance from publication."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from timeline.extraction.dates.tense import SentenceIndex, Tense, _names_an_event
from timeline.extraction.dates.vocabulary import MONTH_NUMBERS, NUMBER_WORDS
from timeline.extraction.types import Precision

# --- resolution context ---------------------------------------------------------------------


@dataclass(slots=True)
class ResolutionContext:
    """What the resolver knows at a point of the text, updated as mentions are resolved."""

    published: date | None
    narrative: bool
    tense_at: Callable[[int], Tense]
    last_year: int | None = None
    last_month: int | None = None
    last_day: date | None = None
    last_point: date | None = None  # the last day or month resolved ("drei Monate später")
    # The years a narrative's current section heading names ("Kriegsjahr 1915", "1940–1943").
    section: tuple[int, int] | None = None
    sentence_initial: bool = False  # whether the mention being resolved opens its sentence
    election_day: date | None = None  # the day of a vote named so far ("Wahl am 25. September")
    # The latest-ending month, quarter or span of months named so far that has begun by
    # publication: the period a report is about, which "im Vorjahreszeitraum" compares with.
    report_period: tuple[date, date] | None = None
    # A day after publication named by its date, and the end of its sentence: the plan that
    # later weekdays of the sentence follow.
    plan_day: tuple[date, int] | None = None
    # The month last named when no day was named after it: "am Tag davor" then lies in it.
    last_month_span: tuple[date, date] | None = None
    # The days named so far and where: a sentence after a flashback (a pluperfect sentence)
    # returns to the last day of the main line (`_main_line_day`).
    days_named: list[tuple[date, int]] = field(default_factory=list)  # (day, offset)
    # The range of days last named ("vom 22. bis 24. August"): the days of an event.
    last_range: tuple[date, date] | None = None
    # The Monday of a week named before ("nächste Woche") and how far its scope reaches.
    week_in_view: tuple[date, int] | None = None
    text: str = ""
    sentences: SentenceIndex = field(default_factory=lambda: SentenceIndex(""))


@dataclass(frozen=True, slots=True)
class Resolution:
    start: date | None
    end: date | None
    precision: Precision
    relative: bool = False
    parts: tuple[tuple[int, int, date, date, Precision], ...] = ()


UNRESOLVED_RELATIVE = Resolution(None, None, Precision.UNKNOWN, relative=True)
Resolver = Callable[[re.Match[str], ResolutionContext], Resolution | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """A pattern and its resolver. `keyword` is a cheap pattern every match contains: the full
    pattern only runs in windows around keyword hits (that keeps the tagger fast)."""

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    priority: int
    keyword: re.Pattern[str]


@dataclass(order=True, slots=True)
class Candidate:
    start: int
    end: int
    priority: int
    rule: Rule = field(compare=False)
    match: re.Match[str] = field(compare=False)


# --- calendar helpers ---------------------------------------------------------------------


def month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def year_span(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def add_years(day: date, years: int) -> date:
    return add_months(day, 12 * years)


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def easter_sunday(year: int) -> date:
    """Gregorian Easter (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_offset = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_offset) // 451
    month, day = divmod(h + weekday_offset - 7 * m + 114, 31)
    return date(year, month, day + 1)


def number_value(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word.lower())


def month_number(word: str) -> int:
    return MONTH_NUMBERS[word.lower()]


def two_digit_year(value: int, context: ResolutionContext) -> int:
    if context.narrative and context.last_year:
        century = context.last_year // 100 * 100
        return century + value
    reference = context.published.year if context.published else 2000
    candidate = reference // 100 * 100 + value
    return candidate - 100 if candidate > reference + 10 else candidate


# --- year choice for dates without a year -----------------------------------------------------


def year_for_span(
    first: tuple[int, int],
    last: tuple[int, int],
    at: int,
    context: ResolutionContext,
    *,
    target: bool = False,
) -> int | None:
    """The year of a month/day span given without a year (`first`/`last` are month, day).

    Narrative texts take the year last mentioned; news take the publication year, moved one year
    back when a past-tense mention would land after publication (or forward for a plan that would
    lie before it); without a tense cue the occurrence nearest to publication wins.
    """
    if context.last_year is None and context.published is None:
        return None
    if context.last_year is not None and (context.narrative or context.published is None):
        year = context.last_year
        if context.last_month is not None and first[0] < context.last_month - 6:
            year += 1  # a narrative moving on from December to January
            context.last_year, context.last_month = year, first[0]
        return year
    published = context.published
    if published is None:
        return None
    year = published.year

    def bounds(y: int) -> tuple[date, date]:
        begin = safe_date(y, first[0], first[1]) or date(y, first[0], 28)
        finish = safe_date(y, last[0], last[1]) or month_span(y, last[0])[1]
        return begin, finish

    begin, finish = bounds(year)
    # A day set for something ("für den 23. Juli angesetzt") follows the plan, not the
    # tense of setting it: the occurrence nearest to publication.
    if target:
        tense = Tense.NONE
    elif _SINCE.match(context.text, at) or _SINCE_BEFORE.search(context.text, max(0, at - 12), at):
        tense = Tense.PAST  # "seit dem 3. Mai", "seit März": begun by publication
    elif _OF_THE_DAY.match(context.text, at) and context.tense_at(at) is not Tense.FUTURE:
        # "die Wahl vom 28. Juli", "das Abkommen vom 12. Februar": a day an event is named by
        # is one gone by, unless the sentence looks ahead ("will die Wahl vom 28. Juli
        # gewinnen")
        tense = Tense.PAST
    else:
        tense = context.tense_at(at)
        if _names_an_event(context.text, at) and (
            tense is Tense.FUTURE or (tense is Tense.PAST and context.sentences.predicts(at))
        ):
            # An event named inside a plan may be one gone by ("will die Folgen der Konferenz
            # im Dezember auswerten"); inside a forecast told in the past, one to come
            # ("sagten für die Landtagswahl am 8. September einen knappen Ausgang voraus"):
            # the occurrence nearest to publication.
            tense = Tense.NONE
    if tense is Tense.PAST:
        # A day or two after publication is still this year's (time zones, a late edition, a
        # publication day known only roughly); a past tense rules out only what lies further.
        return year - 1 if begin > published + timedelta(days=2) else year
    if tense is Tense.FUTURE:
        return year + 1 if finish < published - timedelta(days=31) else year
    candidates = [year - 1, year, year + 1]

    def distance(y: int) -> int:
        b, f = bounds(y)
        if b <= published <= f:
            return 0
        return min(abs((b - published).days), abs((f - published).days))

    best = min(candidates, key=distance)
    return best if distance(best) + 61 < distance(year) else year


_SINCE = re.compile(r"[Ss]eit\s")
_OF_THE_DAY = re.compile(r"vom\s+\d{1,2}\.\s*[A-ZÄÖÜ]\w+(?!\s+(?:bis|an)\b)")
_SINCE_BEFORE = re.compile(r"\b[Ss]eit\s+(?:dem|der|den|Anfang|Mitte|Ende)\s+$")
