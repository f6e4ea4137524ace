"""The range of dates the product accepts, for publication dates and event dates alike.

A date outside it is a typo or an attack, never news: year 1 makes the timeline draw 24,000
empty months, year 9999 overflows `date + 1 day`. Ingestion, the admin's forms, the models'
validation and the timeline's filters all check against these bounds; the database holds the
fixed backstop (`DB_LATEST`), since a CHECK constraint cannot read the clock.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from django.utils import timezone

EARLIEST = date(1900, 1, 1)
# An article is published today at the latest; a year of slack covers clocks and time zones.
PUBLICATION_AHEAD = timedelta(days=366)
# Events may be planned further ahead: the next term's election, a summit of 2030.
EVENT_AHEAD = timedelta(days=10 * 366)
# What the database's CHECK constraints enforce, whatever the day.
DB_LATEST = date(2199, 12, 31)


def _today() -> date:
    return timezone.localdate()


def latest_publication(today: date | None = None) -> date:
    return (today or _today()) + PUBLICATION_AHEAD


def latest_event(today: date | None = None) -> date:
    return (today or _today()) + EVENT_AHEAD


def publication_problem(value: datetime | date, *, today: date | None = None) -> str | None:
    """Why `value` cannot be a publication date, or None when it can."""
    day = _local_day(value)
    if day is None:  # out of Python's range once converted: judge by the year as written
        day = date.min if value.year < EARLIEST.year else date.max
    if day < EARLIEST:
        return f"the publication date lies before {EARLIEST.isoformat()}"
    if day > latest_publication(today):
        return f"the publication date lies after {latest_publication(today).isoformat()}"
    return None


def event_date_problem(value: date, *, today: date | None = None) -> str | None:
    """Why `value` cannot be an event's date, or None when it can."""
    if value < EARLIEST:
        return f"before {EARLIEST.isoformat()}"
    if value > latest_event(today):
        return f"after {latest_event(today).isoformat()}"
    return None


def _local_day(value: datetime | date) -> date | None:
    if not isinstance(value, datetime):
        return value
    try:
        # An aware timestamp is judged on its day in Berlin (9999-12-31T23:30-05:00 is
        # already year 10000 in UTC: converting it overflows).
        local = timezone.localtime(value) if timezone.is_aware(value) else value
    except (OverflowError, ValueError):
        return None
    return local.date()
