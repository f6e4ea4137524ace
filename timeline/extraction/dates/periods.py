"""Resolvers of periods: months, years and decades named by their relation to publication ("im
vergangenen Monat", "nächstes Jahr", "in diesem Jahrzehnt"), vague spans ("in den kommenden
Wochen", "demnächst"), quarters and half-years, compared periods ("im Vorjahreszeitraum"),
holidays."""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.extraction.dates.absolute import (
    _day_resolution,
    _explicit_year,
    _group,
    _related_year,
)
from timeline.extraction.dates.context import (
    UNRESOLVED_RELATIVE,
    Resolution,
    ResolutionContext,
    add_months,
    easter_sunday,
    month_span,
    number_value,
    year_for_span,
    year_span,
)
from timeline.extraction.dates.vocabulary import (
    MONTH_PART_DAYS,
    NEXT,
    PERIOD_ORDINALS,
    PERIOD_UNIT_MONTHS,
    PREV,
    YEAR_PART_MONTHS,
)
from timeline.extraction.types import Precision


def resolve_relative_month(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "vergangenen Monat", "im kommenden Monat", "Ende des Monats"."""
    if context.narrative:
        return None
    if context.published is None:
        return UNRESOLVED_RELATIVE
    modifier = (_group(match, "mod") or "").lower()
    shift = -1 if re.match(PREV, modifier) else 1 if re.match(NEXT, modifier) else 0
    if _group(match, "prev_month"):
        shift = -1
    reference = add_months(context.published.replace(day=1), shift)
    first, last = month_span(reference.year, reference.month)
    part = (_group(match, "part") or _group(match, "part2") or "").lower()
    part = part or {"anfang": "anfang", "beginn": "beginn", "mitte": "mitte", "ende": "ende"}.get(
        (_group(match, "part4") or "").lower(), ""
    )
    if part:
        low, high = MONTH_PART_DAYS[part]
        return Resolution(first.replace(day=low), last.replace(day=min(high, last.day)),
                          Precision.APPROXIMATE, relative=True)  # fmt: skip
    return Resolution(first, last, Precision.MONTH, relative=True)


def resolve_relative_year(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "im vergangenen Jahr", "nächstes Jahr", "diesjährigen", "Anfang nächsten Jahres"."""
    phrase = match.group(0).lower()
    modifier = (_group(match, "mod") or "").lower()
    narrative_words = ("selb", "gleich", "folgend", "folgejahr", "darauf", "später", "danach",
                       "zuvor", "neue", "vorangegangen", "vorhergehend")  # fmt: skip
    if context.narrative or any(w in phrase for w in narrative_words):
        base_year = context.last_year
        if base_year is None and not context.narrative and context.published is not None:
            base_year = context.published.year  # news without a year in view: publication's
        if base_year is None:
            return None if context.narrative else UNRESOLVED_RELATIVE
        base = base_year
        later = ("folgend", "folgejahr", "darauf", "später", "danach", "neue")
        earlier = (
            "zuvor",
            "vorjahr",
            "vorig",
            "vergangen",
            "vorangegangen",
            "vorhergehend",
            "letzt",
        )
        if any(w in phrase for w in later) or re.match(NEXT, modifier):
            base += 1
            context.last_year = base  # the story moves on to the next year
        elif any(w in phrase for w in earlier):
            base -= 1  # a look back: the story's year stays
        relative = False
    else:
        if context.published is None:
            return UNRESOLVED_RELATIVE
        base = context.published.year
        if re.match(PREV, modifier) or "vorjahr" in phrase or "letztjährig" in phrase:
            base -= 1
        elif re.match(NEXT, modifier):
            base += 1
        relative = True
    part = (_group(match, "part") or _group(match, "part2") or "").lower()
    part = part or {"jahresende": "ende", "jahresmitte": "mitte", "": ""}.get(
        (_group(match, "part3") or "").lower(), "anfang"
    )
    if part:
        low, high = YEAR_PART_MONTHS[part]
        return Resolution(date(base, low, 1), month_span(base, high)[1], Precision.APPROXIMATE,
                          relative)  # fmt: skip
    return Resolution(*year_span(base), Precision.YEAR, relative)


def resolve_relative_decade(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "in diesem Jahrzehnt" (2020–2029 in 2024), "im vergangenen Jahrzehnt", "bis Mitte des
    Jahrhunderts" (the middle of this one), "zur Jahrtausendwende" (1999–2001)."""
    if context.narrative:
        return None
    if context.published is None:
        return UNRESOLVED_RELATIVE
    if _group(match, "millennium"):
        return Resolution(date(1999, 1, 1), date(2001, 12, 31), Precision.APPROXIMATE, True)
    unit = (_group(match, "unit") or _group(match, "unit2") or "").lower()
    modifier = (_group(match, "mod") or _group(match, "mod2") or "").lower()
    shift = -1 if re.match(PREV, modifier) else 1 if re.match(NEXT, modifier) else 0
    year = context.published.year
    if unit.startswith("jahrzehnt"):
        first = year // 10 * 10 + 10 * shift
        last = first + 9
    else:
        first = (year - 1) // 100 * 100 + 1 + 100 * shift
        last = first + 99
    part = (_group(match, "part") or "").lower()
    if not part:
        return Resolution(date(first, 1, 1), date(last, 12, 31), Precision.RANGE, True)
    length = last - first + 1
    low, high = {"anf": (0, 0.3), "beg": (0, 0.3), "mit": (0.35, 0.65), "end": (0.7, 1.0)}[part[:3]]
    return Resolution(date(first + int(length * low), 1, 1),
                      date(first + max(int(length * high) - 1, int(length * low)), 12, 31),
                      Precision.APPROXIMATE, True)  # fmt: skip


def resolve_fuzzy_span(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "in den kommenden Wochen", "in den vergangenen Tagen", "demnächst"."""
    if context.narrative:
        return None
    if context.published is None:
        return UNRESOLVED_RELATIVE
    published = context.published
    unit = (_group(match, "unit") or "woche").lower()
    modifier = (_group(match, "mod") or "kommend").lower()
    length = {"t": timedelta(days=7), "w": timedelta(weeks=4), "m": timedelta(days=91)}.get(
        unit[0], timedelta(days=3 * 365)
    )
    if count_word := _group(match, "count"):
        count = 2 if count_word.lower() == "beiden" else number_value(count_word)
        if count is None or count > 100:
            return None
        if unit.startswith("tag"):  # counted days are known days: a range
            if re.match(PREV, modifier):
                first, last = published - timedelta(days=count), published - timedelta(days=1)
            else:
                first, last = published + timedelta(days=1), published + timedelta(days=count)
            return Resolution(first, last, Precision.RANGE, relative=True)
        months = {"w": 0, "m": count}.get(unit[0], 12 * count)
        back = re.match(PREV, modifier) is not None
        if months:
            other = add_months(published, -months if back else months)
        else:
            other = published + timedelta(weeks=-count if back else count)
        low, high = sorted((published, other))
        return Resolution(low, high, Precision.APPROXIMATE, relative=True)
    if re.match(PREV, modifier):
        return Resolution(published - length, published, Precision.APPROXIMATE, relative=True)
    return Resolution(published, published + length, Precision.APPROXIMATE, relative=True)


def resolve_quarter(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "im ersten Quartal", "im dritten Quartal 2023", "im letzten Quartal des vergangenen
    Jahres", "im zweiten und dritten Quartal", "in den ersten beiden Quartalen", "im zweiten
    Halbjahr", "in der ersten Jahreshälfte", "im vergangenen Quartal": the months as a range."""
    unit = next(u for u in PERIOD_UNIT_MONTHS if u in match["unit"].lower())
    length = PERIOD_UNIT_MONTHS[unit]
    per_year = 12 // length
    first_word = (_group(match, "q1") or "").lower()
    year = _explicit_year(match, "year", context) or _related_year(match, context)
    relative = (_group(match, "qrel") or "").lower()
    if relative or (first_word == "letzten" and year is None):
        if context.published is None:
            return UNRESOLVED_RELATIVE
        current = (context.published.month - 1) // length
        if first_word == "letzten" or re.match(PREV, relative) or "abgelaufen" in relative:
            current -= 1
        elif re.match(NEXT, relative):
            current += 1
        start = add_months(date(context.published.year, 1, 1), current * length)
        end = add_months(start, length - 1)
        return Resolution(start, month_span(end.year, end.month)[1], Precision.RANGE, True)
    if count_word := _group(match, "qcount"):
        first, last = 1, number_value(count_word) or 2
    else:
        first = per_year if first_word == "letzten" else PERIOD_ORDINALS.get(first_word, 0)
        second = (_group(match, "q2") or "").lower()
        last = per_year if second == "letzten" else PERIOD_ORDINALS.get(second, first)
    if not 1 <= first <= last <= per_year:
        return None
    low, high = (first - 1) * length + 1, last * length
    if year is None:
        year = year_for_span((low, 1), (high, 28), match.start(), context)
        if year is None:
            return None
    return Resolution(date(year, low, 1), month_span(year, high)[1], Precision.RANGE)


def resolve_compared_period(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "im Vorjahreszeitraum", "gegenüber dem Vorjahresquartal", "im Vorquartal": the period
    the report is about, a year (or a quarter) earlier."""
    word = match["cmp"].lower()
    period = context.report_period
    if period is None:
        if context.published is None:
            return UNRESOLVED_RELATIVE
        if "monat" in word:
            first = add_months(context.published.replace(day=1), -12)
            return Resolution(*month_span(first.year, first.month), Precision.MONTH, True)
        return Resolution(*year_span(context.published.year - 1), Precision.YEAR, True)
    start, end = period
    months = -3 if word.startswith("vorquartal") else -12
    first = add_months(start, months)
    last_month = add_months(end.replace(day=1), months)
    last = month_span(last_month.year, last_month.month)[1]
    one_month = first.year == last.year and first.month == last.month
    return Resolution(first, last, Precision.MONTH if one_month else Precision.RANGE, True)


HOLIDAYS_FIXED = {
    "heiligabend": (12, 24), "heiligen abend": (12, 24), "silvester": (12, 31),
    "silvestertag": (12, 31), "tag des sieges": (5, 9), "tag der befreiung": (5, 8),
    "frauentag": (3, 8), "weltfrauentag": (3, 8), "internationalen frauentag": (3, 8),
    "reformationstag": (10, 31), "valentinstag": (2, 14), "nikolaustag": (12, 6),
    "neujahr": (1, 1), "neujahrstag": (1, 1), "tag der deutschen einheit": (10, 3),
    "tag der arbeit": (5, 1), "allerheiligen": (11, 1),
}  # fmt: skip
HOLIDAYS_EASTER = {
    "ostersonntag": 0, "ostern": 0, "ostermontag": 1, "karfreitag": -2, "gründonnerstag": -3,
    "karsamstag": -1, "palmsonntag": -7, "christi himmelfahrt": 39, "pfingstsonntag": 49,
    "pfingsten": 49, "pfingstmontag": 50, "fronleichnam": 60, "aschermittwoch": -46,
}  # fmt: skip


def resolve_holiday(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "am Ostersonntag", "Weihnachten 2022", "an Silvester", "Neujahr"."""
    name = re.sub(r"\s+", " ", match["holiday"].lower())
    year = _explicit_year(match, "year", context)
    if name.startswith("weihnacht"):
        month_day, last_day = (12, 24), (12, 26)
    elif name in HOLIDAYS_FIXED:
        month_day = last_day = HOLIDAYS_FIXED[name]
    else:
        # Easter moves with the year: its day in the year of publication decides the year
        reference = context.published.year if context.published else 2000
        day = easter_sunday(reference) + timedelta(days=HOLIDAYS_EASTER[name])
        month_day = last_day = (day.month, day.day)
    if year is None:
        year = year_for_span(month_day, last_day, match.start(), context)
        if year is None:
            return None
    if name in HOLIDAYS_EASTER:
        day = easter_sunday(year) + timedelta(days=HOLIDAYS_EASTER[name])
        return _day_resolution(day, relative=not _group(match, "year"))
    first, last = date(year, *month_day), date(year, *last_day)
    precision = Precision.DAY if first == last else Precision.RANGE
    return Resolution(first, last, precision, relative=not _group(match, "year"))
