"""The time axis's reads: counts of the filtered events at the resolution of the window, and
the events themselves only when few enough are in view (`axis.MAX_MARKS`).

A fixed number of queries whatever the number of events: counts per month (or, for a given
period, per day or month) and type; per day again when the data's own extent is short; per
lane actor and bucket; and at most MAX_MARKS events with their lane actors. Cached per filter
set and data version like the rest of the summary (`selectors._cached`).
"""

from __future__ import annotations

import calendar
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from django.db.models import Count, DateField, F, Q, QuerySet
from django.db.models.functions import Trunc
from django.utils.translation import gettext as _

from articles import date_bounds
from timeline import selectors
from timeline.axis import (
    MAX_MARKS,
    AxisData,
    AxisEvent,
    FetchUnit,
    LaneData,
    Window,
    fetch_unit,
)
from timeline.models import Event, EventActor
from timeline.selectors import TimelineFilters

BOUNDS = Window(date_bounds.EARLIEST, date_bounds.DB_LATEST)
_EVENT_FIELDS = ("id", "date_start", "date_end", "precision", "type", "status", "summary")


def _grouped(events: QuerySet[Event, Any], unit: FetchUnit) -> list[tuple[Any, str, int]]:
    rows = (
        events.order_by()
        .annotate(bucket=Trunc("date_start", unit, output_field=DateField()))
        .values("bucket", "type")
        .annotate(n=Count("id"))
        .values_list("bucket", "type", "n")
    )
    return list(rows)


def _by_bucket(rows: list[tuple[Any, str, int]]) -> tuple[dict[date, dict[str, int]], int]:
    counts: dict[date, dict[str, int]] = {}
    undated = 0
    for bucket, kind, n in rows:
        if bucket is None:
            undated += n
            continue
        per_type = counts.setdefault(selectors._as_date(bucket), {})
        per_type[kind] = per_type.get(kind, 0) + n
    return counts, undated


def _month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _in_window(events: QuerySet[Event, Any], window: Window) -> QuerySet[Event, Any]:
    return events.filter(date_start__lte=window.end, date_end__gte=window.start)


def axis_data(*, filters: TimelineFilters, today: date | None = None) -> AxisData:
    """The axis over the filtered events: the period of the filters, or where they have
    dates (the missing end of a half-open period too)."""
    filters = replace(filters, sort="date")
    return selectors._cached(
        f"axis#{selectors._filters_key(filters)}", lambda: _compute(filters, today)
    )


def _compute(filters: TimelineFilters, today: date | None) -> AxisData:
    events = selectors.event_list(filters=filters)
    if filters.start and filters.end:
        window = Window(filters.start, filters.end)
        fetch = fetch_unit(window)
        counts, undated = _by_bucket(_grouped(events, fetch))
    else:
        # One pass by month gives the extent, the total and the undated events; a short
        # extent is counted again by day (few rows: the index is walked over its days only).
        counts, undated = _by_bucket(_grouped(events, "month"))
        if counts:
            first, last = min(counts), _month_end(max(counts))
        else:
            day = today or date.today()
            first, last = date(day.year, 1, 1), date(day.year, 12, 31)
        window = Window(filters.start or first, max(filters.end or last, filters.start or first))
        fetch = fetch_unit(window)
        if fetch == "day" and counts:
            counts, _undated = _by_bucket(_grouped(_in_window(events, window), "day"))
    total = undated + sum(sum(per_type.values()) for per_type in counts.values())
    if len(filters.actors) == 1:
        # One actor: the lane is the filtered set, counted already.
        [actor] = filters.actors
        per_bucket = {day: sum(per_type.values()) for day, per_type in counts.items()}
        lanes = [LaneData(actor.pk, actor.name, per_bucket, undated)]
    else:
        lanes = _lanes(filters, window, fetch)
    in_view = sum(sum(lane.counts.values()) for lane in lanes) if lanes else total - undated
    marks: list[AxisEvent] | None = None
    if in_view <= MAX_MARKS:
        marks = _events(filters, window)
        if lanes and marks:
            lanes = _with_counterparts(lanes, marks)
        if not lanes and marks:
            dated: dict[date, int] = {}
            for per_day, per_type in counts.items():
                dated[per_day] = sum(per_type.values())
            lanes = [LaneData(0, str(_("Alle Ereignisse")), dated, undated)]
    return AxisData(
        window=window,
        bounds=BOUNDS,
        fetch=fetch,
        counts=counts,
        total=total,
        undated=undated,
        lanes=lanes,
        events=marks,
    )


def _lane_events(filters: TimelineFilters) -> QuerySet[Event, Any]:
    """Every lane shows its actor's events under the other filters, whatever the match mode,
    so that a dyad's own and shared events are seen side by side."""
    return selectors.event_list(filters=replace(filters, actors=[], match="any")).order_by()


def _lanes(filters: TimelineFilters, window: Window, fetch: FetchUnit) -> list[LaneData]:
    if not filters.actors:
        return []
    ids = [a.pk for a in filters.actors]
    rows = (
        _lane_events(filters)
        .filter(event_actors__actor__in=ids)
        .annotate(
            lane=F("event_actors__actor"),
            bucket=Trunc("date_start", fetch, output_field=DateField()),
        )
        .values("lane", "bucket")
        .annotate(n=Count("*"))
        .values_list("lane", "bucket", "n")
    )
    counts: dict[int, dict[date, int]] = {pk: {} for pk in ids}
    undated: dict[int, int] = dict.fromkeys(ids, 0)
    first = window.start - timedelta(days=366) if filters.start else window.start
    for lane, bucket, n in rows:
        if bucket is None:
            undated[lane] += n
            continue
        day = selectors._as_date(bucket)
        # Outside the window: the other lanes' actors may act before or after the events the
        # filters select (events reaching into the window from before it stay).
        if first.replace(day=1) <= day <= window.end:
            counts[lane][day] = counts[lane].get(day, 0) + n
    return [LaneData(a.pk, a.name, counts[a.pk], undated[a.pk]) for a in filters.actors]


COUNTERPARTS = 3


def _with_counterparts(lanes: list[LaneData], marks: list[AxisEvent]) -> list[LaneData]:
    """Each lane with whom its actor meets most in the marked events (one query: the actors
    of at most MAX_MARKS events)."""
    names: dict[int, dict[int, str]] = {}
    rows = EventActor.objects.filter(event_id__in=[e.pk for e in marks]).values_list(
        "event_id", "actor_id", "actor__name"
    )
    for event_id, actor_id, name in rows:
        names.setdefault(event_id, {})[actor_id] = name
    result: list[LaneData] = []
    for lane in lanes:
        met: Counter[str] = Counter()
        for event in marks:
            if lane.key in event.actors:
                cast = names.get(event.pk, {})
                met.update(name for pk, name in cast.items() if pk != lane.key)
        result.append(replace(lane, counterparts=tuple(met.most_common(COUNTERPARTS))))
    return result


def _events(filters: TimelineFilters, window: Window) -> list[AxisEvent]:
    """The events in the window (at most MAX_MARKS per lane), each with its lane actors."""
    planned = Event.Status.PLANNED
    if not filters.actors:
        rows = _in_window(selectors.event_list(filters=filters), window).values_list(
            *_EVENT_FIELDS
        )[: MAX_MARKS + 1]
        return [
            AxisEvent(pk, start, end or start, precision, kind, status == planned, summary)
            for pk, start, end, precision, kind, status, summary in rows
        ]
    ids = [a.pk for a in filters.actors]
    pairs = (
        _in_window(_lane_events(filters), window)
        .filter(Q(event_actors__actor__in=ids))
        .order_by("date_start", "id")
        .values_list(*_EVENT_FIELDS, "event_actors__actor")[: (MAX_MARKS + 1) * len(ids)]
    )
    found: dict[int, tuple[Any, ...]] = {}
    actors: dict[int, set[int]] = {}
    for *fields, actor in pairs:
        found.setdefault(fields[0], tuple(fields))
        actors.setdefault(fields[0], set()).add(actor)
    return [
        AxisEvent(pk, start, end or start, precision, kind, status == planned, summary,
                  frozenset(actors[pk]))
        for pk, start, end, precision, kind, status, summary in found.values()
    ]  # fmt: skip
