"""Reading the period a reader types ("2020", "Mai 2024", "05.2024", "2024-05-23"; through
dateparser also "23. Mai 2024") and showing an event's date as precisely as it is known
("Ende Mai 2024 (ungefähr)")."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from django.utils import formats, timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

# German month names and their common abbreviations (and English ones, for English readers).
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        ("januar", "jan", "jänner", "january"),
        ("februar", "feb", "february"),
        ("märz", "mär", "maerz", "march", "mar"),
        ("april", "apr"),
        ("mai", "may"),
        ("juni", "jun", "june"),
        ("juli", "jul", "july"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("oktober", "okt", "october", "oct"),
        ("november", "nov"),
        ("dezember", "dez", "december", "dec"),
    ],
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number

_YEAR = re.compile(r"^(\d{4})$")
_MONTH_NAME_YEAR = re.compile(r"^([a-zäöü]+)\.?\s+(\d{4})$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})\s*[./]\s*(\d{4})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_GERMAN_DAY = re.compile(r"^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})$")
# "Sommer 2020" (meteorological seasons: "Winter 2020" is December 2020 to February 2021).
_SEASONS = {
    "frühling": 3,
    "frühjahr": 3,
    "fruehling": 3,
    "fruehjahr": 3,
    "spring": 3,
    "sommer": 6,
    "summer": 6,
    "herbst": 9,
    "autumn": 9,
    "fall": 9,
    "winter": 12,
}
_SEASON = re.compile(r"^([a-zäöü]+)\s+(\d{4})$")
# "Q3 2020", "3. Quartal 2020", "2020-Q3".
_QUARTER = re.compile(r"^(?:q\s*([1-4])|([1-4])\.\s*quartal)\s+(\d{4})$|^(\d{4})\s*-?\s*q([1-4])$")
# "2. Halbjahr 2021", "H2 2021", "zweites Halbjahr 2021", "erste Hälfte 2021".
_HALF = re.compile(
    r"^(?:([12])\.|(erstes|erste|zweites|zweite)|h([12]))\s*(?:halbjahr|hälfte)?\s*(\d{4})$"
)
# "letzte 30 Tage", "letzten 2 Wochen", "letzte 6 Monate", "letzte 2 Jahre" (up to today;
# without a number, "letzte Woche" would rather mean the calendar week before).
_LAST = re.compile(
    r"^(?:die\s+)?letzte[nrs]?\s+(\d{1,4})\s+(tag|tage|woche|wochen|monat|monate|jahr|jahre)$"
)


@dataclass(frozen=True, slots=True)
class Period:
    """An inclusive span of days and the unit the reader typed."""

    start: date
    end: date
    unit: str  # "year" | "month" | "day"


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _months_back(day: date, months: int) -> date:
    month = day.year * 12 + day.month - 1 - months
    year, month = divmod(month, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _named_span(value: str, today: date) -> Period | None:
    """Seasons, quarters, half years and "letzte N Tage" (None: not one of these)."""
    if (m := _SEASON.match(value)) and m[1] in _SEASONS:
        year, first = int(m[2]), _SEASONS[m[1]]
        if first == 12:
            return Period(date(year, 12, 1), _month_end(year + 1, 2), "month")
        return Period(date(year, first, 1), _month_end(year, first + 2), "month")
    if m := _QUARTER.match(value):
        quarter, year = (int(m[1] or m[2]), int(m[3])) if m[3] else (int(m[5]), int(m[4]))
        return Period(date(year, 3 * quarter - 2, 1), _month_end(year, 3 * quarter), "month")
    if m := _HALF.match(value):
        if not (m[1] or m[2] or m[3]):
            return None
        second = m[1] == "2" or m[3] == "2" or (m[2] or "").startswith("zweit")
        year = int(m[4])
        if second:
            return Period(date(year, 7, 1), date(year, 12, 31), "month")
        return Period(date(year, 1, 1), date(year, 6, 30), "month")
    if m := _LAST.match(value):
        n = int(m[1])
        unit = m[2]
        if not 1 <= n <= 1000:
            raise ValueError("span out of range")
        if unit.startswith("tag"):
            start = today - timedelta(days=n - 1)
        elif unit.startswith("woche"):
            start = today - timedelta(weeks=n) + timedelta(days=1)
        elif unit.startswith("monat"):
            start = _months_back(today, n) + timedelta(days=1)
        else:
            start = _months_back(today, 12 * n) + timedelta(days=1)
        return Period(start, today, "day")
    return None


def parse_period(text: str, *, today: date | None = None) -> Period:
    """The span a typed period names; raises ValueError for anything else.

    >>> parse_period("Mai 2024")
    Period(start=datetime.date(2024, 5, 1), end=datetime.date(2024, 5, 31), unit='month')
    >>> parse_period("Q3 2020")
    Period(start=datetime.date(2020, 7, 1), end=datetime.date(2020, 9, 30), unit='month')
    """
    value = " ".join(text.strip().casefold().split())
    if not value:
        raise ValueError("empty period")
    if m := _YEAR.match(value):
        year = int(m[1])
        return Period(date(year, 1, 1), date(year, 12, 31), "year")
    named = _named_span(value, today or timezone.localdate())
    if named is not None:
        return named
    if m := _MONTH_NAME_YEAR.match(value):
        if m[1] not in _MONTHS:
            raise ValueError(f"unknown month {m[1]!r}")
        year, month = int(m[2]), _MONTHS[m[1]]
        return Period(date(year, month, 1), _month_end(year, month), "month")
    if m := (_MONTH_YEAR.match(value) or None):
        month, year = int(m[1]), int(m[2])
        if not 1 <= month <= 12:
            raise ValueError("month out of range")
        return Period(date(year, month, 1), _month_end(year, month), "month")
    if m := _ISO_MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        if not 1 <= month <= 12:
            raise ValueError("month out of range")
        return Period(date(year, month, 1), _month_end(year, month), "month")
    if m := _ISO_DAY.match(value):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return Period(day, day, "day")
    if m := _GERMAN_DAY.match(value):
        day = date(int(m[3]), int(m[2]), int(m[1]))
        return Period(day, day, "day")
    return _dateparser_period(text)


def _dateparser_period(text: str) -> Period:
    """What the grammar above does not know, dateparser may: "23. Mai 2024", "May 23, 2024",
    "Freitag, 24. Mai 2024". Only absolute days and months: "gestern" stays no period."""
    try:
        found = _period_parser().get_date_data(text)
    except (ValueError, OverflowError):
        found = None
    if found is None or found.date_obj is None:
        raise ValueError(f"not a period: {text!r}")
    day = found.date_obj.date()
    if found.period == "month":
        return Period(day.replace(day=1), _month_end(day.year, day.month), "month")
    return Period(day, day, "day")


@lru_cache(maxsize=1)
def _period_parser() -> DateDataParser:
    from dateparser.date import DateDataParser  # slow to import; most periods never need it

    return DateDataParser(
        languages=["de", "en"],
        try_previous_locales=False,
        settings={
            "DATE_ORDER": "DMY",
            "PARSERS": ["absolute-time"],
            "REQUIRE_PARTS": ["month", "year"],
            "PREFER_DAY_OF_MONTH": "first",
        },
    )


# ------------------------------------------------------------------------------ display


def _day(d: date) -> str:
    return d.strftime("%d.%m.%Y")


@lru_cache(maxsize=16)
def _calendar_names(language: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The localised month names ("F") and weekday names ("l", Monday first): Django's
    `date_format` costs ~30 µs a call, and a timeline page formats dozens of headings."""
    months = tuple(formats.date_format(date(2001, m, 1), "F") for m in range(1, 13))
    weekdays = tuple(formats.date_format(date(2001, 1, d), "l") for d in range(1, 8))
    return months, weekdays


def month_label(d: date) -> str:
    """`date_format(d, "F Y")`: "Mai 2024" / "May 2024"."""
    return f"{_calendar_names(get_language())[0][d.month - 1]} {d.year:04d}"


def day_label(d: date) -> str:
    """`date_format(d, "l, j. F Y")`: "Freitag, 24. Mai 2024"."""
    months, weekdays = _calendar_names(get_language())
    return f"{weekdays[d.weekday()]}, {d.day}. {months[d.month - 1]} {d.year:04d}"


def date_label(start: date | None, end: date | None, precision: str) -> str:
    """An event's date as precisely as it is known, in the reader's language."""
    if start is None:
        return _("Datum unbekannt")
    end = end or start
    if precision == "day":
        return _day(start)
    if precision == "month":
        return month_label(start)
    if precision == "year":
        return str(start.year)
    if precision == "range":
        return range_label(start, end)
    if precision == "approximate":
        return _("%(span)s (ungefähr)") % {"span": _approximate_span(start, end)}
    return range_label(start, end) if end != start else _day(start)


def range_label(start: date, end: date) -> str:
    if start == end:
        return _day(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start:%d.}–{_day(end)}"
    if start.year == end.year:
        return f"{start:%d.%m.}–{_day(end)}"
    return f"{_day(start)}–{_day(end)}"


def _approximate_span(start: date, end: date) -> str:
    same_month = (start.year, start.month) == (end.year, end.month)
    last = calendar.monthrange(start.year, start.month)[1]
    if same_month:
        month = month_label(start)
        if start.day == 1 and end.day == last:
            return month
        if start.day == 1 and end.day <= 10:
            return _("Anfang %(month)s") % {"month": month}
        if start.day >= 11 and end.day <= 20:
            return _("Mitte %(month)s") % {"month": month}
        if start.day >= 21 and end.day == last:
            return _("Ende %(month)s") % {"month": month}
    if start == end:
        return _("um den %(day)s") % {"day": _day(start)}
    if start.day == 1 and end == _month_end(end.year, end.month):
        return f"{month_label(start)} – {month_label(end)}"
    return range_label(start, end)


def machine_date(start: date | None, precision: str) -> str:
    """The `datetime` attribute of <time>: as precise as the date is known."""
    if start is None:
        return ""
    if precision == "year":
        return f"{start:%Y}"
    if precision == "month":
        return f"{start:%Y-%m}"
    return start.isoformat()
