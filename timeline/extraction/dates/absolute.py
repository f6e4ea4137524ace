"""Resolvers of expressions that name their calendar unit: a day and month (with or without a year,
numeric, ISO, English, a range of days), a day alone (in a narrative, of the month in view), a
month and a pair of months, parts of months, a year and a pair of years (not a count or a label:
"2000 Demonstranten", "Resolution 2139"), a season, a decade, a century."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from timeline.extraction.dates.context import (
    Resolution,
    ResolutionContext,
    month_number,
    month_span,
    safe_date,
    two_digit_year,
    year_for_span,
    year_span,
)
from timeline.extraction.dates.sentences import _WORD_BEFORE
from timeline.extraction.dates.vocabulary import (
    _PARTICIPLE_ADJECTIVE,
    DECADE_WORDS,
    ENGLISH_MONTHS,
    MONTH_ABBREVIATIONS_BARE,
    MONTH_PART_DAYS,
    NEXT,
    PREV,
    SEASON_MONTHS,
    WEEKDAY_NUMBERS,
    YEAR_PART_MONTHS,
    _alternation,
)
from timeline.extraction.types import Precision


def _group(match: re.Match[str], name: str) -> str | None:
    value = match.groupdict().get(name)
    return value if value else None


def _explicit_year(match: re.Match[str], name: str, context: ResolutionContext) -> int | None:
    text = _group(match, name)
    if text is None:
        return None
    value = int(text)
    if len(text) == 2:
        return two_digit_year(value, context)
    return value


def _note_year(context: ResolutionContext, year: int, month: int | None = None) -> None:
    """Make `year` the narrative's current year, unless it is an aside: a section headed
    "Kriegsjahr 1915" that mentions "im April 1917" in passing stays in 1915."""
    section = context.section
    aside = section is not None and not section[0] <= year <= section[1]
    if aside and not context.sentence_initial:
        return
    context.last_year = year
    context.last_month = month


def _day_resolution(day: date, relative: bool = False) -> Resolution:
    return Resolution(day, day, Precision.DAY, relative)


_SET_FOR = re.compile(r"\b(?:[Ff]ür|[Aa]uf)\s+(?:den\s+)?$")


def _related_year(match: re.Match[str], context: ResolutionContext) -> int | None:
    """The year of a `_YEAR_REL` suffix ("vergangenen Jahres", "des Vorjahres", "von 2012"):
    counted from publication in news, from the story's year in a narrative."""
    if explicit := _group(match, "year_of"):
        return int(explicit)
    word = (_group(match, "yrel") or _group(match, "yprev") or "").lower()
    if not word:
        return None
    base = context.last_year
    if context.published is not None and (not context.narrative or base is None):
        base = context.published.year
    if base is None:
        return None
    if word.startswith("vorjahr") or re.match(PREV, word):
        return base - 1
    if word.startswith("folgejahr") or re.match(NEXT, word):
        return base + 1
    return base


def _month_of(match: re.Match[str]) -> int:
    if number := _group(match, "mnum"):
        return int(number)
    if bare := _group(match, "mbare"):
        return MONTH_ABBREVIATIONS_BARE[bare.lower()]
    if english := _group(match, "english"):
        return ENGLISH_MONTHS[english.lower()]
    return month_number(match["month"])


def resolve_slashed_date(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "20/05/2022" (day first, as in Europe) or "5/20/2022" (month first, where the second
    number cannot be a month)."""
    first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
    day, month = (second, first) if second > 12 else (first, second)
    resolved = safe_date(year, month, day)
    return _day_resolution(resolved) if resolved else None


def resolve_day_month(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "9. Mai 2024", "am 9. Mai", "Montag, dem 19. Dezember", "09.05.2024", "9.5."."""
    day = int(match["day"])
    month = _month_of(match)
    year = _explicit_year(match, "year", context) or _related_year(match, context)
    if year is None:
        target = bool(_SET_FOR.search(match.string, max(0, match.start() - 12), match.start()))
        year = year_for_span((month, day), (month, day), match.start(), context, target=target)
        if year is None:
            return None
    weekday_name = _group(match, "wd") or _group(match, "wd2") or _group(match, "wd3")
    if weekday_name and not _group(match, "year"):
        # The year (nearest the one chosen) in which the day falls on the weekday named.
        weekday = WEEKDAY_NUMBERS[weekday_name.lower()]
        year = next(
            (y for y in (year, year + 1, year - 1) if (d := safe_date(y, month, day)) and
             d.weekday() == weekday),
            year,
        )  # fmt: skip
    resolved = safe_date(year, month, day)
    if resolved is None:
        return None
    if _group(match, "year"):
        _note_year(context, year, month)
    return _day_resolution(resolved)


def resolve_day_only(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "am 24." in a narrative: the day of the month in view."""
    anchor = context.last_day
    if anchor is None or not context.narrative:
        return None
    resolved = safe_date(anchor.year, anchor.month, int(match["day"]))
    return _day_resolution(resolved) if resolved else None


def resolve_same_month(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "im selben Monat": the month of the date in view (narratives)."""
    anchor = context.last_day
    if anchor is None or not context.narrative or "selb" not in match.group(0) + "gleich":
        return None
    return Resolution(*month_span(anchor.year, anchor.month), Precision.MONTH)


def _part_offsets(match: re.Match[str], first: str, second: str) -> tuple[int, int, int, int]:
    return match.start(first), match.end(first), match.start(second), match.end(second)


def resolve_day_range(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "vom 23. bis 24. Mai", "1.–3. Juni 2024", "10. Juli bis 31. Oktober 1940"."""
    month2 = month_number(match["month2"])
    month1 = month_number(match["month1"]) if _group(match, "month1") else month2
    year2 = _explicit_year(match, "year2", context)
    year1 = _explicit_year(match, "year1", context)
    if year2 is None:
        year2 = year_for_span((month1, int(match["day1"])), (month2, int(match["day2"])),
                              match.start(), context)  # fmt: skip
        if year2 is None:
            return None
    if year1 is None:
        year1 = year2 if month1 <= month2 else year2 - 1
    first = safe_date(year1, month1, int(match["day1"]))
    last = safe_date(year2, month2, int(match["day2"]))
    if first is None or last is None or last < first:
        return None
    if _group(match, "year2"):
        _note_year(context, year2, month2)
    s1, e1, s2, e2 = _part_offsets(match, "first", "second")
    parts = ((s1, e1, first, first, Precision.DAY), (s2, e2, last, last, Precision.DAY))
    return Resolution(first, last, Precision.RANGE, parts=parts)


def resolve_month(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "Mai 2024", "im Mai", "Anfang/Mitte/Ende Mai"."""
    month = month_number(match["month"])
    part = (_group(match, "part") or "").lower()
    year = _explicit_year(match, "year", context)
    related = _related_year(match, context)
    if related is not None:
        year = related
    elif year is None:
        year = year_for_span((month, 1), (month, 28), match.start(), context)
        if year is None:
            return None
    else:
        _note_year(context, year, month)
    first, last = month_span(year, month)
    if part:
        low, high = MONTH_PART_DAYS["ende" if "ende" in part else part.split()[-1]]
        return Resolution(first.replace(day=low), last.replace(day=min(high, last.day)),
                          Precision.APPROXIMATE)  # fmt: skip
    return Resolution(first, last, Precision.MONTH)


def resolve_month_pair(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "Mai/Juni 1940", "September bis November 2023": a range of two months; "im Juli oder
    August" the span of both, approximate."""
    month1, month2 = month_number(match["month1"]), month_number(match["month2"])
    year2 = _explicit_year(match, "year2", context)
    if year2 is None:
        year2 = year_for_span((month1, 1), (month2, 28), match.start(), context)
        if year2 is None:
            return None
    else:
        _note_year(context, year2, month2)
    year1 = _explicit_year(match, "year1", context) or (year2 if month1 <= month2 else year2 - 1)
    first_span, last_span = month_span(year1, month1), month_span(year2, month2)
    if _group(match, "either"):  # "im Juli oder August": one of them, not both
        return Resolution(first_span[0], last_span[1], Precision.APPROXIMATE)
    s1, e1, s2, e2 = _part_offsets(match, "first", "second")
    parts = (
        (s1, e1, *first_span, Precision.MONTH),
        (s2, e2, *last_span, Precision.MONTH),
    )
    return Resolution(first_span[0], last_span[1], Precision.RANGE, parts=parts)


# Nouns that a number labels rather than dates: "Resolution 2139", "Artikel 1999", "Flug 1738".
NUMBER_LABELS = (
    "Resolution", "Resolutionen", "Nummer", "Nr.", "Artikel", "Art.", "Paragraf", "Paragraph",
    "§", "Absatz", "Abs.", "Ziffer", "Kapitel", "Seite", "Seiten", "Band", "Flug", "Linie",
    "Sure", "Vers", "Zimmer", "Hausnummer", "Kanal", "Code", "Punkt", "Punkte", "Platz", "Rang",
    "Startnummer", "Drucksache", "Aktenzeichen", "Az.", "Konto", "Akte", "Buslinie",
)  # fmt: skip
_LABEL_BEFORE = re.compile(r"(?:^|(?<=[\s(-]))(?:" + _alternation(list(NUMBER_LABELS)) + r")\s*$")
# A number between a preposition and a plural noun in the dative is a count: "vor 1800 Zuhörern",
# "mit 2000 Soldaten", "unter 1200 Teilnehmern" (a year there would be "vor 1989").
_COUNT_PREPOSITIONS = frozenset("vor mit von bei unter aus gegenüber zu".split())
_DATIVE_PLURAL_AFTER = re.compile(r"\s+[A-ZÄÖÜ][a-zäöüß]+(?:en|ern|eln|n)(?![\w-])")


_PARTICIPLE_AFTER = re.compile(rf"\s+{_PARTICIPLE_ADJECTIVE}\s+[A-ZÄÖÜ]")


_NOUN_AFTER = re.compile(r"\s+[A-ZÄÖÜ][a-zäöüß]{2,}(?![\w-])")


def _counts_or_labels(match: re.Match[str]) -> bool:
    """Whether the four digits of a year match count things or label one."""
    text = match.string
    start = match.start("year")
    if _LABEL_BEFORE.search(text, max(0, start - 20), start):
        return True
    if int(match["year"]) < 1800 and _PARTICIPLE_AFTER.match(text, match.end()):
        return True  # "1500 bewaffnete Männer"
    before = _WORD_BEFORE.search(text, max(0, start - 20), start - 1)
    preposition = before.group(1).lower() if before and text[start - 1] == " " else ""
    return preposition in _COUNT_PREPOSITIONS and bool(
        _DATIVE_PLURAL_AFTER.match(text, match.end())
    )


def resolve_part_pair(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "Ende April/Anfang Mai", "Mitte bis Ende Juni": from the first part to the second."""
    month2 = month_number(match["month2"])
    month1 = month_number(match["month1"]) if _group(match, "month1") else month2
    year = _explicit_year(match, "year", context)
    if year is None:
        year = year_for_span((month1, 1), (month2, 28), match.start(), context)
        if year is None:
            return None
    else:
        _note_year(context, year, month2)
    year1 = year if month1 <= month2 else year - 1
    part1, part2 = match["part1"].lower(), match["part2"].lower()
    low = MONTH_PART_DAYS[part1][0]
    first = date(year1, month1, low)
    last_of_month = month_span(year, month2)[1]
    last = last_of_month.replace(day=min(MONTH_PART_DAYS[part2][1], last_of_month.day))
    if last < first:
        return None
    if not _group(match, "month1"):
        return Resolution(first, last, Precision.APPROXIMATE)
    # Two expressions as TIMEX2 marks them (`tag_dates_split`).
    end1 = month_span(year1, month1)[1]
    start2 = date(year, month2, MONTH_PART_DAYS[part2][0])
    s1, e1, s2, e2 = _part_offsets(match, "first", "second")
    parts = (
        (s1, e1, first, end1.replace(day=min(MONTH_PART_DAYS[part1][1], end1.day)),
         Precision.APPROXIMATE),
        (s2, e2, start2, last, Precision.APPROXIMATE),
    )  # fmt: skip
    return Resolution(first, last, Precision.APPROXIMATE, parts=parts)


def resolve_year(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "2020", "im Jahr 2020", "Anfang 2020", "im Frühjahr 2023"."""
    if _counts_or_labels(match):
        return None
    year = int(match["year"])
    if (
        context.published is not None
        and not context.narrative
        and not (_group(match, "prep") or _group(match, "part") or _group(match, "season"))
        and not 1900 <= year <= context.published.year + 30
        and _NOUN_AFTER.match(match.string, match.end())
    ):
        return None  # news: "1200 Demonstranten", a number no news year can be, before a noun
    part = (_group(match, "part") or "").lower()
    season = (_group(match, "season") or "").lower()
    if part or season or _sets_narrative_year(match, context):
        _note_year(context, year)
    if season:
        return season_resolution(season, year)
    first, last = year_span(year)
    if part:
        word = part.split()[0] if part.split()[0] in YEAR_PART_MONTHS else part.split()[-1]
        word = word.removeprefix("jahres")
        low, high = YEAR_PART_MONTHS["ende" if "ende" in word else word]
        return Resolution(date(year, low, 1), month_span(year, high)[1], Precision.APPROXIMATE)
    return Resolution(first, last, Precision.YEAR)


_STRONG_YEAR_PREPOSITIONS = frozenset({"im jahr", "im jahre", "jahr", "des jahres", "anno", "im"})


def _sets_narrative_year(match: re.Match[str], context: ResolutionContext) -> bool:
    """Whether a bare year moves the narrative's current year.

    "im Jahr 1940" or a heading year does; "die Deklaration von 1856" in a text about 1914 is an
    aside and must not pull the following "am 2. September" back into 1856.
    """
    if context.last_year is None:
        return True
    section = context.section
    if section is not None:
        return section[0] <= int(match["year"]) <= section[1]
    preposition = re.sub(r"\s+", " ", (_group(match, "prep") or "").lower())
    if preposition in _STRONG_YEAR_PREPOSITIONS:
        return True
    text = match.string
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return len(line) < 80 and not line.rstrip().endswith(".")


def resolve_year_pair(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "2022/23", "1870/71", "1926–28", "1914–1918", "Winter 1941/42": a span of years."""
    year1 = int(match["year1"])
    digits = match["year2"]
    year2 = int(digits) if len(digits) == 4 else year1 // 100 * 100 + int(digits)
    if not year1 < year2 <= year1 + 100:
        return None
    _note_year(context, year1)
    parts = (
        (match.start("year1"), match.end("year1"), *year_span(year1), Precision.YEAR),
        (match.start("year2"), match.end("year2"), *year_span(year2), Precision.YEAR),
    )
    season = (_group(match, "season") or "").lower()
    if season and year2 == year1 + 1:
        return replace(season_resolution(season, year1), parts=parts)
    return Resolution(date(year1, 1, 1), date(year2, 12, 31), Precision.RANGE, parts=parts)


def season_resolution(season: str, year: int) -> Resolution:
    key = next(name for name in SEASON_MONTHS if name in season)
    low, high = SEASON_MONTHS[key]
    if "früh" in season and key != "frühjahr" and key != "frühling":
        high = low + 1 if low < 12 else 1
    if "spät" in season:
        low = high - 1 if high > 1 else 1
    end_year = year + 1 if high < low else year
    return Resolution(date(year, low, 1), month_span(end_year, high)[1], Precision.APPROXIMATE)


def resolve_season(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "im Frühjahr", "im Herbst" without a year."""
    season = match["season"].lower()
    related = _related_year(match, context)
    if related is not None:
        return replace(season_resolution(season, related), relative=not context.narrative)
    modifier = (_group(match, "smod") or _group(match, "smod2") or "").lower()
    anchor = context.published if not context.narrative else context.last_day
    if modifier and anchor is not None:
        # "im vergangenen Herbst": the last one over by then; "im kommenden Frühjahr": the
        # next one not yet begun.
        backwards = re.match(PREV, modifier) is not None
        year = anchor.year if backwards else anchor.year - 1
        for _ in range(3):
            found = season_resolution(season, year)
            assert found.start is not None and found.end is not None
            if (found.end < anchor) if backwards else (found.start > anchor):
                return replace(found, relative=True)
            year += -1 if backwards else 1
    key = next(name for name in SEASON_MONTHS if name in season)
    low, high = SEASON_MONTHS[key]
    found_year = year_for_span((low, 1), (high if high > low else 12, 28), match.start(), context)
    if found_year is None:
        return None
    return replace(season_resolution(season, found_year), relative=not context.narrative)


def resolve_decade(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "der 1990er Jahre", "Ende der neunziger Jahre"."""
    digits = _group(match, "decade")
    if digits:
        start = int(digits) if len(digits) == 4 else 1900 + int(digits)
    else:
        century = (context.last_year or 1950) // 100 * 100
        if not context.narrative:
            century = 1900
        start = century + DECADE_WORDS[match["decade_word"].lower()]
    part = (_group(match, "part") or "").lower()
    if part:
        if "anfang" in part or "beginn" in part:
            return Resolution(date(start, 1, 1), date(start + 3, 12, 31), Precision.APPROXIMATE)
        if "mitte" in part:
            return Resolution(date(start + 3, 1, 1), date(start + 6, 12, 31), Precision.APPROXIMATE)
        return Resolution(date(start + 7, 1, 1), date(start + 9, 12, 31), Precision.APPROXIMATE)
    return Resolution(date(start, 1, 1), date(start + 9, 12, 31), Precision.RANGE)


def resolve_century(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "des 20. Jahrhunderts" (1901–2000)."""
    number = int(match["century"])
    if not 1 <= number <= 21:
        return None
    first_year, last_year = (number - 1) * 100 + 1, number * 100
    part = (_group(match, "part") or "").lower()
    if part:
        if "anfang" in part or "beginn" in part:
            last_year = first_year + 24
        elif "mitte" in part:
            first_year, last_year = first_year + 35, first_year + 64
        elif "ende" in part:
            first_year = last_year - 24
        return Resolution(date(first_year, 1, 1), date(last_year, 12, 31), Precision.APPROXIMATE)
    return Resolution(date(first_year, 1, 1), date(last_year, 12, 31), Precision.RANGE)
