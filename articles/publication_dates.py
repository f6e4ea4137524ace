"""Reading an article's publication date from whatever a source states: one function for page
metadata, JSON lines, the command line and date lines in scraped text.

Sources write "23.05.2024 14:05", "Donnerstag, 23. Mai 2024, 14:05 Uhr",
"2024-05-23T14:05:00+02:00", "Thu, 23 May 2024 12:05:00 GMT", "23 mai 2024" or "vor 3 Stunden"
beside the time they were crawled. dateparser reads them all (German first, then the
configured languages); ISO 8601 goes through `datetime.fromisoformat` first, which is exact,
about a thousand times faster and covers years dateparser cannot represent. The result keeps
its time of day, is aware, and lies within `date_bounds`' range, or the value is refused with
a `PublicationDateError` that says why.

dateparser is imported on first use: with its German data that costs about half a second,
and most processes never read a publication date. Its language data ships with the package;
nothing is downloaded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.conf import settings

from articles.date_bounds import EARLIEST, latest_publication, publication_problem

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

DEFAULT_ZONE = "Europe/Berlin"
# A date field, not an article: anything longer is text that happens to contain a date.
MAX_LENGTH = 120
_ISO_START = re.compile(r"^\d{4}-\d{2}-\d{2}")
# Filler words dateparser's German does not skip ("Donnerstag, den 23. Mai 2024 um 14:05 Uhr")
# and spellings it does not know.
_GERMAN_FILLER = re.compile(r"\b(?:den|dem)\b", re.IGNORECASE)
_GERMAN_SPELLINGS = {"sonnabend": "Samstag", "maerz": "März"}
_GERMAN_SPELLING = re.compile(rf"\b(?:{'|'.join(_GERMAN_SPELLINGS)})\b", re.IGNORECASE)


class PublicationDateError(ValueError):
    """A value that is no publication date; the message says why."""


def publication_languages() -> tuple[str, ...]:
    """German first, then `PUBLICATION_DATE_LANGUAGES` from the settings."""
    configured = getattr(settings, "PUBLICATION_DATE_LANGUAGES", ())
    return ("de", *(code for code in configured if code != "de"))


def parse_publication_date(
    value: str,
    *,
    crawled_at: datetime | None = None,
    zone: str = DEFAULT_ZONE,
    languages: Sequence[str] | None = None,
    today: date | None = None,
    check_range: bool = True,
) -> datetime:
    """The moment `value` states, aware, in the source's time zone `zone`.

    A value without a time zone is read as wall-clock time in `zone`; one with a zone or
    offset keeps its instant. Relative values ("vor 3 Stunden") count back from `crawled_at`
    and are refused without it. Raises PublicationDateError for anything that is no full date
    (day, month and year), no day of the calendar ("31.02.2024") or, unless `check_range` is
    off, out of range. Without the check, a moment Berlin's calendar cannot hold keeps its own
    offset, for the caller's range check to name.
    """
    text = " ".join(value.split())
    if not text:
        raise PublicationDateError("the publication date is empty")
    if len(text) > MAX_LENGTH:
        raise PublicationDateError(
            f"the publication date is {len(text)} characters long, too long to be a date"
        )
    tz = _zone(zone)
    found = _iso(text)
    if found is None:
        found = _dateparser(
            text, crawled_at, tz, tuple(languages or publication_languages()), today
        )
    problem = _range_problem(found, today) if check_range else None
    if problem:
        raise PublicationDateError(f"{problem}: {value.strip()!r}")
    try:
        return found.astimezone(tz) if found.tzinfo else found.replace(tzinfo=tz)
    except OverflowError:  # "9999-12-31T23:30-05:00" is year 10000 in Berlin
        if check_range:
            raise PublicationDateError(f"{_outside(today)}: {value.strip()!r}") from None
        return found


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise PublicationDateError(f"unknown time zone {name!r}") from None


def _iso(text: str) -> datetime | None:
    if not _ISO_START.match(text):
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None  # "2024-02-31", or ISO-like with more: dateparser judges it


def _range_problem(found: datetime, today: date | None) -> str | None:
    """`date_bounds`' verdict, the wall-clock time of a naive value taken as it is."""
    problem = publication_problem(found, today=today)
    if problem is None and found.tzinfo:
        try:
            found.astimezone(UTC)
        except OverflowError:  # "9999-12-31T23:30-05:00": in range by its wall clock only
            return _outside(today)
    return problem


def _outside(today: date | None) -> str:
    return (
        f"the publication date lies outside {EARLIEST.isoformat()} to "
        f"{latest_publication(today).isoformat()}"
    )


def _dateparser(
    text: str,
    crawled_at: datetime | None,
    tz: ZoneInfo,
    languages: tuple[str, ...],
    today: date | None,
) -> datetime:
    words = _GERMAN_SPELLING.sub(
        lambda found: _GERMAN_SPELLINGS[found[0].lower()], _GERMAN_FILLER.sub(" ", text)
    )
    # Without a crawl time only absolute dates count; they need no base, and with day, month
    # and year required none is filled in from it. Today's midnight keeps the parser cached.
    base = (
        _wall_clock(crawled_at, tz)
        if crawled_at is not None
        else datetime.combine(today or datetime.now(tz).date(), datetime.min.time())
    )
    try:
        found = _parse(words, languages, base, relative=crawled_at is not None)
        if found is None and crawled_at is None and _parse(words, languages, base, relative=True):
            raise PublicationDateError(
                f"{text!r} is relative to when it was read: without the crawl time it names no date"
            )
    except OverflowError:
        raise PublicationDateError(f"{_outside(today)}: {text!r}") from None
    if found is None:
        raise PublicationDateError(
            f"{text!r} is no date: a publication date needs day, month and year, and a day "
            "the calendar has"
        )
    return found


def _wall_clock(moment: datetime, tz: ZoneInfo) -> datetime:
    return moment.astimezone(tz).replace(tzinfo=None) if moment.tzinfo else moment


def _parse(
    text: str, languages: tuple[str, ...], base: datetime, *, relative: bool
) -> datetime | None:
    return _parser(languages, base, relative).get_date_data(text).date_obj


@lru_cache(maxsize=32)
def _parser(languages: tuple[str, ...], base: datetime, relative: bool) -> DateDataParser:
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=list(languages),
        try_previous_locales=False,
        settings={
            "PREFER_DATES_FROM": "past",
            "RELATIVE_BASE": base,
            # German numeric dates: 05.06.2024 is the 5th of June, whatever the language.
            "DATE_ORDER": "DMY",
            "REQUIRE_PARTS": ["day", "month", "year"],
            # No Unix timestamps or digit runs ("20240523"): a field holding those is no date
            # a source states in words, and digit runs would turn any number into a date.
            "PARSERS": ["relative-time", "absolute-time"] if relative else ["absolute-time"],
        },
    )
