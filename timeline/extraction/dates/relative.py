"""Resolvers of days and weeks counted from publication or from the day in view: "heute",
"gestern", "am Vortag", "am zweiten Tag des Gipfels", "drei Wochen später", "vor zwei Jahren",
weekdays (their direction by tense, plan and flashback), nights and times of day, "am
Wahlabend", weeks and weekends."""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.extraction.dates.absolute import (
    _day_resolution,
    _group,
    resolve_day_month,
    resolve_month,
)
from timeline.extraction.dates.context import (
    _SINCE,
    UNRESOLVED_RELATIVE,
    Resolution,
    ResolutionContext,
    add_months,
    add_years,
    month_span,
    number_value,
    week_start,
    year_span,
)
from timeline.extraction.dates.sentences import _opens_sentence
from timeline.extraction.dates.tense import Tense, _names_an_event
from timeline.extraction.dates.vocabulary import AND_A_HALF, NEXT, PREV, WEEKDAY_NUMBERS
from timeline.extraction.types import Precision


def _anchor_day(context: ResolutionContext) -> date | None:
    return context.last_day or context.published


# "heute" for nowadays, no day: "auch heute noch", "bis heute noch", "das heute unabhängige
# Land" (before an adjective and its noun; a present participle, "der heute beginnende
# Gipfel", names the day).
_NOWADAYS = re.compile(
    r"(?:[Aa]uch|[Bb]is|[Ss]elbst)\s+heute\s+noch\b"
    r"|[Hh]eute\s+(?![a-zäöüß]*end(?:e|en|er|es|em)\b)(?!noch\b)[a-zäöüß]{3,}(?:e|en|er|es|em)\s+[A-ZÄÖÜ]"
)


def resolve_now_relative(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "heute", "gestern Abend", "vorgestern", "morgen früh", "übermorgen", "am heutigen Tag"."""
    if context.narrative:
        return None
    if context.published is None:
        return UNRESOLVED_RELATIVE
    if match["word"] == "Morgen" and not _opens_sentence(match.string, match.start("word")):
        return None  # "Guten Morgen", "den Morgen über"
    if match["word"].lower() == "heute" and _NOWADAYS.search(
        match.string[max(0, match.start() - 12) : match.end() + 40]
    ):
        return None
    word = match["word"].lower()
    offsets = {"heut": 0, "gest": -1, "vorg": -2, "morg": 1, "über": 2}
    offset = next(v for k, v in offsets.items() if word.startswith(k))
    return _day_resolution(context.published + timedelta(days=offset), relative=True)


_OF_EVENT = re.compile(r"\s+(?:des|der)\s+(?:[a-zäöüß]+[en]\s+)?([A-ZÄÖÜ][\w-]+)")


def resolve_anaphoric_day(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "am Vortag", "am Vorabend", "tags darauf", "am folgenden Tag", "zwei Tage später"."""
    phrase = match.group(0).lower()
    event = _OF_EVENT.match(match.string, match.end())
    if event is not None and phrase.endswith(("vortag", "vorabend", "folgetag")):
        # "am Vorabend des Gipfels": the day before an event, known only for a vote named.
        if context.election_day is not None and "wahl" in event.group(1).lower():
            step = 1 if phrase.endswith("folgetag") else -1
            return _day_resolution(context.election_day + timedelta(days=step), True)
        return None
    anchor = _anchor_day(context)
    if anchor is None:
        return UNRESOLVED_RELATIVE
    count_word = _group(match, "count") or _group(match, "count2")
    count = number_value(count_word) if count_word else 1
    if count is None:
        return None
    backwards = any(w in phrase for w in ("vor", "zuvor", "davor", "vorher"))
    same = any(w in phrase for w in ("selbe", "gleiche", "diese", "jene"))
    offset = timedelta(days=0 if same else (-count if backwards else count))
    month = context.last_month_span
    if month is not None and not context.narrative:
        # "Im Februar wurde sie ernannt; das Amt war am Tag davor eingerichtet worden": a day of
        # that month, which one the text does not say.
        return Resolution(month[0] + offset, month[1] + offset, Precision.APPROXIMATE, True)
    return _day_resolution(anchor + offset, relative=True)


_DATE_APPOSITION = re.compile(r"\s*,?\s*(?:dem|den|am)?\s*\d{1,2}\.")


def resolve_event_day(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "am zweiten Tag des Gipfels": a day of the range last named ("vom 27. bis 29. Mai")
    counted from its start (the last from its end); without one, the day in view."""
    if _DATE_APPOSITION.match(match.string, match.end()):
        return None  # "am ersten Tag der Offensive, dem 9. März": the date says it
    nth = match["nth"].lower()
    span = context.last_range
    if span is not None:
        first, last = span
        if nth in ("letzten", "abschließenden"):
            return _day_resolution(last, relative=True)
        index = {"ersten": 0, "zweiten": 1, "dritten": 2, "vierten": 3}[nth]
        day = first + timedelta(days=index)
        return _day_resolution(day, relative=True) if day <= last else None
    anchor = _anchor_day(context)
    return _day_resolution(anchor, relative=True) if anchor else UNRESOLVED_RELATIVE


def resolve_later(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "drei Monate später", "eine Woche zuvor", "nach zwei Monaten", "zwei Jahre später",
    "ein halbes Jahr später": counted from the date in view (in news, from publication)."""
    phrase = match.group(0).lower()
    unit = (_group(match, "unit") or _group(match, "unit2") or "").lower()
    count_word = _group(match, "count") or _group(match, "count2")
    count: int | None = number_value(count_word) if count_word else 1
    if "halb" in phrase:
        count, unit = 6, "monat"
    if count is None or count > 100:
        return None
    backwards = any(w in phrase for w in ("zuvor", "davor", "vorher", "früher"))
    step = -count if backwards else count
    if unit.startswith("jahr"):
        base_year = context.last_year
        if base_year is None or not (context.narrative or context.published is None):
            anchor = _anchor_day(context)
            base_year = anchor.year if anchor else None
        if base_year is None:
            return UNRESOLVED_RELATIVE
        if step > 0:
            context.last_year = base_year + step  # the story moves on; a look back does not
        return Resolution(*year_span(base_year + step), Precision.YEAR, relative=True)
    if unit.startswith("woche"):
        anchor = _anchor_day(context)
        if anchor is None:
            return UNRESOLVED_RELATIVE
        return _day_resolution(anchor + timedelta(weeks=step), relative=True)
    point = context.last_point or context.published
    if point is None:
        return UNRESOLVED_RELATIVE
    target = add_months(point.replace(day=1), step)
    return Resolution(*month_span(target.year, target.month), Precision.MONTH, relative=True)


# "vor wenigen Tagen", "in einigen Wochen", "vor mehreren Jahren": how many units they may be.
VAGUE_COUNTS: dict[str, tuple[int, int]] = {
    "wenigen": (1, 4), "paar": (1, 4), "einigen": (2, 6), "mehreren": (2, 8),
}  # fmt: skip


def _vague_span(published: date, unit: str, low: int, high: int) -> Resolution:
    def shifted(count: int) -> date:
        if unit.startswith("tag"):
            return published + timedelta(days=count)
        if unit.startswith("woche"):
            return published + timedelta(weeks=count)
        if unit.startswith("monat"):
            return add_months(published, count)
        if unit.startswith("jahrzehnt"):
            return add_years(published, 10 * count)
        if unit.startswith(("stunde", "minute")):
            return published
        return add_years(published, count)

    first, last = sorted((shifted(low), shifted(high)))
    return Resolution(first, last, Precision.APPROXIMATE, relative=True)


_VAGUE_HEDGES = ("fast", "knapp", "rund", "etwa", "ungefähr", "weniger")


def resolve_ago(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "vor (genau) drei Wochen", "vor zwei Tagen", "in zwei Wochen", "vor 26 Jahren", "vor
    einem halben Jahr", "auf den Tag genau vor 50 Jahren", "vor 2 Stunden", "liegt sieben Jahre
    zurück"."""
    if context.published is None:
        return UNRESOLVED_RELATIVE
    unit = match["unit"].lower()
    if and_half := _group(match, "and_half"):
        count: int | None = AND_A_HALF[and_half.lower()]
        unit = "monat" if unit.startswith("jahr") else unit
    else:
        count = number_value(match["count"])
        if count is not None and _group(match, "half"):
            if not unit.startswith("jahr"):
                return None
            count, unit = 6 * count, "monat"
    if count is None or count > 5000:
        return None
    direction = -1 if (_group(match, "dir") or "vor").lower() == "vor" else 1
    count_word = (_group(match, "count") or "").lower()
    if count_word in VAGUE_COUNTS and not _group(match, "half"):
        if direction > 0 and context.tense_at(match.start()) is Tense.PAST:
            return None
        fewest, most = VAGUE_COUNTS[count_word]
        return _vague_span(context.published, unit, fewest * direction, most * direction)
    if direction > 0 and context.tense_at(match.start()) is Tense.PAST:
        return None  # "in zwei Tagen hatten sie ... erreicht": how long it took, no date
    hedge = (_group(match, "hedge") or "").lower()
    exact = (
        "genau" in hedge
        or "exakt" in hedge
        or "heute" in hedge
        or bool(_group(match, "exact") or _group(match, "exact_after"))
    )
    more_than = any(w in hedge for w in ("mehr", "über", "gut"))
    # "schon", "erst", "inzwischen" stress the distance without making it vague.
    vague = more_than or any(w in hedge for w in _VAGUE_HEDGES)
    published = context.published
    if unit.startswith(("stunde", "minute", "std", "min")):
        hours = count if unit.startswith(("stunde", "std")) else 0
        return _day_resolution(published + timedelta(days=direction * (hours // 24)), True)
    if unit.startswith("jahrzehnt"):
        unit, count = "jahr", count * 10
    if unit.startswith("tag"):
        return _day_resolution(published + timedelta(days=direction * count), relative=True)
    if unit.startswith("woche"):
        target = published + timedelta(weeks=direction * count)
    elif unit.startswith("monat"):
        target = add_months(published, direction * count)
    else:
        target = add_years(published, direction * count)
        if not exact and not vague:
            return Resolution(*year_span(target.year), Precision.YEAR, relative=True)
    if exact:
        return _day_resolution(target, relative=True)
    if more_than:
        if unit.startswith("woche"):
            further = target + timedelta(days=direction * 7)
        elif unit.startswith("monat"):
            further = add_months(target, direction)
        else:
            further = add_years(target, direction)
        low, high = sorted((target, further))
        return Resolution(low, high, Precision.APPROXIMATE, relative=True)
    return Resolution(target, target, Precision.APPROXIMATE, relative=True)


def _weekday_near(anchor: date, weekday: int, direction: Tense, modifier: str) -> date:
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if re.match(PREV, modifier):
        return anchor - timedelta(days=back or 7)
    if re.match(NEXT, modifier):
        return anchor + timedelta(days=ahead or 7)
    if back == 0:
        return anchor
    if direction is Tense.PAST:
        return anchor - timedelta(days=back)
    if direction is Tense.FUTURE:
        return anchor + timedelta(days=ahead)
    return anchor + timedelta(days=ahead) if ahead < back else anchor - timedelta(days=back)


def _weekday_resolution(
    match: re.Match[str], context: ResolutionContext, name: str, modifier_group: str = "mod"
) -> date | None:
    weekday = WEEKDAY_NUMBERS[match[name].lower()]
    modifier = (_group(match, modifier_group) or "").lower()
    relation = (_group(match, "rel") or "").lower()
    if relation.startswith("heut") and context.published is not None:
        return context.published
    in_week = _weekday_in_named_week(match, context, weekday)
    if in_week is not None:
        return in_week
    if context.narrative:
        anchor = context.last_day
        if anchor is None:
            return None
        return _weekday_near(anchor, weekday, Tense.FUTURE, modifier)
    if context.published is None:
        return None
    week = context.week_in_view
    if not modifier and week is not None and match.start() < week[1]:
        return week[0] + timedelta(days=weekday)
    tense = context.tense_at(match.start())
    if _SINCE.match(match.group(0)):
        tense = Tense.PAST  # "seit Dienstag": a day gone by, whatever the tense
    elif _FOR.match(match.group(0)) and tense is not Tense.FUTURE:
        was = _WAS.search(match.string, max(0, match.start() - 40), match.end() + 40)
        tense = Tense.NONE if was else (
            Tense.FUTURE)  # "für Freitag angesetzt": the day set for it, to come  # fmt: skip
    elif (
        tense is Tense.PAST
        and not modifier
        and _names_an_event(match.string, match.start())
        and context.sentences.predicts(match.start())
    ):
        tense = Tense.FUTURE  # "rechneten mit einer Sondersitzung am Samstag": one to come
    if not modifier and _FROM_DAY.match(match.group(0)):
        # "die Wahl vom Sonntag" names a day gone by; "vom Montag an", one to come.
        tense = Tense.FUTURE if _ON_FROM.match(match.string, match.end()) else Tense.PAST
    day = _weekday_near(context.published, weekday, tense, modifier)
    plan = context.plan_day
    if not modifier and plan is not None and match.start() < plan[1] and day < plan[0]:
        # "trifft am 24. September ein und reist am Dienstag ab": the Tuesday after the 24th.
        return _weekday_near(plan[0] + timedelta(days=1), weekday, Tense.FUTURE, "")
    return day


def _weekday_in_named_week(
    match: re.Match[str], context: ResolutionContext, weekday: int
) -> date | None:
    """The weekday of a `_WEEK_REL` suffix: in the week before, of or after the anchor's
    (publication's in news), or the occurrence that many weeks before or after the nearest."""
    week_word = (_group(match, "wrel") or _group(match, "wprev") or "").lower()
    direction = (_group(match, "wdir") or "").lower()
    if not week_word and not direction:
        return None
    anchor = context.published if not context.narrative else context.last_day
    if anchor is None:
        return None
    if week_word:
        modifier = "vergangene" if week_word.startswith("vorwoche") else week_word
        return _week_of(anchor, modifier) + timedelta(days=weekday)
    count = number_value(match["wcount"])
    if count is None or count > 52:
        return None
    if direction == "vor":
        latest = anchor - timedelta(days=(anchor.weekday() - weekday) % 7)
        return latest - timedelta(weeks=count)
    coming = anchor + timedelta(days=(weekday - anchor.weekday()) % 7)
    return coming + timedelta(weeks=count)


_FROM_DAY = re.compile(r"[Vv]om\s")
_WAS = re.compile(r"\b(?:war|waren|gewesen|hatte|hatten)\b")
_FOR = re.compile(r"[Ff]ür\s")
_ON_FROM = re.compile(r"\s+an\b")


def resolve_weekday(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "am Donnerstag", "Donnerstagabend", "am vergangenen Freitag", "am heutigen Montag"."""
    day = _weekday_resolution(match, context, "weekday")
    if day is None:
        return None if context.narrative and context.published else UNRESOLVED_RELATIVE
    return _day_resolution(day, relative=True)


def resolve_nth_weekday(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "am ersten Sonntag im Juni": that day of the month (the year as for "im Juni")."""
    month = resolve_month(match, context)
    if month is None or month.start is None or month.end is None:
        return month
    weekday = WEEKDAY_NUMBERS[match["weekday"].lower()]
    nth = match["nth"].lower()
    if nth == "letzten":
        day = month.end - timedelta(days=(month.end.weekday() - weekday) % 7)
    else:
        index = {"e": 1, "z": 2, "d": 3, "v": 4, "f": 5}.get(nth[0], 0) or int(nth[0])
        first = month.start + timedelta(days=(weekday - month.start.weekday()) % 7)
        day = first + timedelta(weeks=index - 1)
        if day > month.end:
            return None
    return _day_resolution(day, relative=not _group(match, "year"))


def resolve_weekday_pair(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "am Montag und Dienstag", "von Montag bis Mittwoch": a range."""
    first = _weekday_resolution(match, context, "weekday")
    if first is None:
        return None if context.narrative and context.published else UNRESOLVED_RELATIVE
    span = (WEEKDAY_NUMBERS[match["weekday2"].lower()] - first.weekday()) % 7
    return Resolution(first, first + timedelta(days=span), Precision.RANGE, relative=True)


def resolve_night_before(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "in der Nacht auf/zum Freitag": Thursday to Friday."""
    second = _weekday_resolution(match, context, "weekday")
    if second is None:
        return None if context.narrative and context.published else UNRESOLVED_RELATIVE
    return Resolution(second - timedelta(days=1), second, Precision.RANGE, relative=True)


def resolve_night(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "in der Nacht": from the evening of the day in context to the next morning; told in
    the past of the publication day, the night before it ("in der Nacht gesperrt").
    "in der vergangenen Nacht", "heute Nacht" (past: the last; else the coming one),
    "gestern Nacht", "morgen Nacht", "in der folgenden Nacht"."""
    published = context.published
    if context.narrative:
        anchor = context.last_day
        return _day_resolution(anchor, relative=True) if anchor else None
    if published is None:
        return UNRESOLVED_RELATIVE
    modifier = (_group(match, "mod") or _group(match, "mod2") or "").lower()
    now = (_group(match, "now") or "").lower()
    past = context.tense_at(match.start()) is Tense.PAST
    if now.startswith("gest") or re.match(PREV, modifier + "e"):
        evening = published - timedelta(days=1)
    elif now.startswith("morg"):
        evening = published + timedelta(days=1)
    elif now or re.match(NEXT, modifier + "e"):
        evening = published - timedelta(days=1) if past and now else published
    elif modifier:  # "in der folgenden/selben Nacht": after the day in context
        evening = _anchor_day(context) or published
        if "folgend" not in modifier:
            evening = evening if not past or evening != published else evening - timedelta(1)
    else:
        anchor = _anchor_day(context) or published
        evening = anchor - timedelta(days=1) if anchor == published and past else anchor
    return Resolution(evening, evening + timedelta(days=1), Precision.RANGE, relative=True)


def resolve_night_to_date(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "in der Nacht zum 3. Mai": 2 to 3 May."""
    day = resolve_day_month(match, context)
    if day is None or day.start is None:
        return day
    return Resolution(day.start - timedelta(days=1), day.start, Precision.RANGE)


def _main_line_day(context: ResolutionContext, offset: int, anchor: date) -> date:
    """The day in view for a sentence at `offset`: after a day named in a flashback (a
    pluperfect sentence), a sentence not told so returns to the last day of the main line."""
    named = context.days_named
    sentences = context.sentences
    if not named or not sentences.flashback(named[-1][1]) or sentences.flashback(offset):
        return anchor
    for day, at in reversed(named[:-1]):
        if not sentences.flashback(at):
            return day
    return anchor


def resolve_daypart(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "am Abend", "am frühen Vormittag", "im Laufe des Tages": the day in context; in news,
    a sentence told in the past does not mean a day after publication (the day in context
    was a plan: "Waffenruhe ab Sonntag. ... wollten noch am Nachmittag weiterfliegen"), nor a
    plan a day before it (the day in context was history: "vor genau 50 Jahren ... Am
    Nachmittag ist ein Empfang geplant")."""
    anchor = _anchor_day(context)
    if anchor is None:
        return UNRESOLVED_RELATIVE
    anchor = _main_line_day(context, match.start(), anchor)
    published = context.published
    if published is not None and anchor != published and not context.narrative:
        tense = context.tense_at(match.start())
        if (anchor > published and tense is Tense.PAST) or (
            anchor < published and tense is Tense.FUTURE
        ):
            anchor = published
    return _day_resolution(anchor, relative=True)


def resolve_daypart_adverb(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "abends", "morgens": in news the day in context (in a narrative they say nothing)."""
    return None if context.narrative else resolve_daypart(match, context)


def resolve_election_evening(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "am Wahlabend", "am Wahltag": the day of the vote the text has named; else, in news,
    the publication day, or the day before when told in the past (results come next morning)."""
    if context.election_day is not None:
        return _day_resolution(context.election_day, relative=True)
    if context.narrative:
        return None
    if context.published is None:
        return UNRESOLVED_RELATIVE
    past = context.tense_at(match.start()) is Tense.PAST
    return _day_resolution(context.published - timedelta(days=int(past)), relative=True)


def _week_of(reference: date, modifier: str) -> date:
    monday = week_start(reference)
    if re.match(PREV, modifier):
        return monday - timedelta(weeks=1)
    if re.match(NEXT, modifier):
        return monday + timedelta(weeks=1)
    return monday


def resolve_week(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "vergangene Woche" (Mon–Sun), "Anfang kommender Woche", "Mitte der Woche"."""
    if context.narrative:
        return None
    if context.published is None:
        return UNRESOLVED_RELATIVE
    modifier = (_group(match, "mod") or _group(match, "mod2") or "").lower()
    if _group(match, "prev_week"):
        modifier = "vergangene"
    part = (_group(match, "part") or _group(match, "part2") or "").lower()
    monday = _week_of(context.published, modifier)
    if monday != week_start(context.published):
        # Weekdays in this sentence and the next lie in the week named ("Kommende Woche reist
        # sie nach Rom, am Dienstag trifft sie ...").
        _, sentence_end = context.sentences.around(match.end())
        _, next_end = context.sentences.around(min(len(context.text) - 1, sentence_end + 1))
        context.week_in_view = (monday, max(sentence_end, next_end))
    if not part:
        return Resolution(monday, monday + timedelta(days=6), Precision.RANGE, relative=True)
    low, high = {"anf": (0, 2), "beg": (0, 2), "mit": (2, 3), "end": (4, 6)}[part[:3]]
    tense = Tense.NONE if modifier else context.tense_at(match.start())
    if tense is Tense.FUTURE and monday + timedelta(days=high) < context.published:
        monday += timedelta(weeks=1)
    elif tense is Tense.PAST and monday + timedelta(days=low) > context.published:
        monday -= timedelta(weeks=1)
    return Resolution(monday + timedelta(days=low), monday + timedelta(days=high),
                      Precision.APPROXIMATE, relative=True)  # fmt: skip


def resolve_later_in_week(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "später in der Woche": from the day after the one in view to its Sunday; "im Laufe
    der Woche": that day to Sunday."""
    if context.narrative:
        return None
    anchor = _anchor_day(context)
    if anchor is None:
        return UNRESOLVED_RELATIVE
    sunday = week_start(anchor) + timedelta(days=6)
    first = min(anchor + timedelta(days=1 if _group(match, "later") else 0), sunday)
    return Resolution(first, sunday, Precision.APPROXIMATE, relative=True)


def resolve_weekend(match: re.Match[str], context: ResolutionContext) -> Resolution | None:
    """ "am Wochenende", "vergangenes Wochenende": Saturday–Sunday."""
    if context.narrative:
        return None
    if context.published is None:
        return UNRESOLVED_RELATIVE
    published = context.published
    modifier = (_group(match, "mod") or "").lower()
    saturday = week_start(published) + timedelta(days=5)
    tense = context.tense_at(match.start())
    if re.match(PREV, modifier) and published.weekday() >= 5:
        # "vergangenes Wochenende" said on a Saturday or Sunday is the one before
        saturday -= timedelta(weeks=1)
    elif re.match(PREV, modifier) or (not modifier and tense is Tense.PAST):
        if saturday > published:
            saturday -= timedelta(weeks=1)
    elif re.match(NEXT, modifier) and published.weekday() >= 5:
        saturday += timedelta(weeks=1)
    return Resolution(saturday, saturday + timedelta(days=1), Precision.RANGE, relative=True)
