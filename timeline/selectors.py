"""Reads on the timeline side: the filtered, time-ordered events and what the pages show
beside them (overview counts, counterparts, nearby events; the time axis: `axis_data`).

Every function here issues a fixed number of queries whatever the number of events.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from django.contrib.postgres.search import SearchQuery
from django.core.cache import cache
from django.db import connection
from django.db.models import (
    Count,
    DateField,
    Exists,
    F,
    FilteredRelation,
    IntegerField,
    Max,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce, Trunc

from articles.models import Article
from timeline.models import (
    LOW_CONFIDENCE,
    UNDATED_FIRST_DAY,
    Actor,
    Event,
    EventActor,
    EventSource,
)

PAGE_SIZE = 50
# Undated events sort after every dated one (the `event_sort_idx` expression index).
UNDATED = date(9999, 12, 31)
SORT_DAY = Coalesce("date_start", Value(UNDATED))
# The "newest first" order: undated events last there too (the `event_sort_desc_idx` index).
SORT_DAY_DESC = Coalesce("date_start", Value(UNDATED_FIRST_DAY))
# The orders of the timeline (the `sort` parameter), each a keyset on (key, id): time order
# (the default), newest first, most sources first, most certain first.
SORTS = ("date", "date_desc", "sources", "confidence")
DESCENDING = frozenset({"date_desc", "sources", "confidence"})
# Orders by a day: the list shows year and month headings, and a cursor holds a day.
DATE_SORTS = frozenset({"date", "date_desc"})
# The period filter keeps events that overlap the period. So that the time-ordered index can
# start near the period, events are assumed to span at most this long (a "year" precision
# event spans 366 days; reported multi-year events are not political events of EVENTS.md).
MAX_EVENT_SPAN = timedelta(days=366)
NEARBY_DAYS = 14
# The overview band draws at most this many months; a longer span is drawn in years.
MAX_BARS = 240


@dataclass(slots=True)
class TimelineFilters:
    actors: Sequence[Actor] = ()
    match: str = "any"  # "any" | "all"
    types: Sequence[str] = ()
    status: str = ""
    start: date | None = None
    end: date | None = None
    place_id: int | None = None
    outlet_id: int | None = None
    verified: bool = False
    # Hide doubtful events: sources disagree on the date, or confidence below LOW_CONFIDENCE.
    no_doubtful: bool = False
    q: str = ""
    # Not a filter: the order of the list and its exports (one of SORTS).
    sort: str = "date"

    @classmethod
    def from_cleaned(cls, data: dict[str, Any]) -> TimelineFilters:
        place, outlet = data.get("place"), data.get("outlet")
        return cls(
            actors=list(data.get("actor") or []),
            match=data.get("match") or "any",
            types=list(data.get("type") or []),
            status=data.get("status") or "",
            start=data.get("start"),
            end=data.get("end"),
            place_id=place.pk if place is not None else None,
            outlet_id=outlet.pk if outlet is not None else None,
            verified=bool(data.get("verified")),
            no_doubtful=bool(data.get("no_doubtful")),
            q=(data.get("q") or "").strip(),
            sort=data.get("sort") or "date",
        )

    @property
    def is_empty(self) -> bool:
        return not (
            self.actors
            or self.types
            or self.status
            or self.start
            or self.end
            or self.place_id
            or self.outlet_id
            or self.verified
            or self.no_doubtful
            or self.q
        )


def visible_events() -> QuerySet[Event]:
    """Events a reader may see: everything but what an editor rejected."""
    return Event.objects.exclude(review=Event.Review.REJECTED)


def _text_filter(text: str) -> Q:
    """Full-text search over the summary and the evidence of the sources: on PostgreSQL the
    stored German tsvector `Event.search` (GIN index `event_search_idx`; with its statistics
    the planner walks the timeline index for a common word and reads the GIN index for a rare
    one), elsewhere (SQLite in development and tests) a case-insensitive substring match."""
    if connection.vendor == "postgresql":
        return Q(search=SearchQuery(text, config="german", search_type="websearch"))
    evidence = EventSource.objects.filter(event=OuterRef("pk"), evidence__icontains=text)
    return Q(summary__icontains=text) | Q(Exists(evidence))


def _walks_actor_links(filters: TimelineFilters) -> bool:
    """On PostgreSQL an actor filter that needs every selected actor (one actor, or "all
    of") is answered from the actors' links in time order (`EventActor.sort_day`, index
    `event_actor_timeline_idx`): the first actor's links are walked in time order and each
    further actor is one probe of `event_actor_unique` per link, so a page stops after a few
    hundred links instead of joining every event of both actors. (Stating that the links'
    sort days are equal too would let the planner walk any actor's links, but it then
    multiplies both selectivities, expects one row and hash-joins everything.)"""
    return (
        connection.vendor == "postgresql"
        and filters.sort == "date"
        and (len(filters.actors) == 1 or (len(filters.actors) > 1 and filters.match == "all"))
    )


def event_list(*, filters: TimelineFilters) -> QuerySet[Event, Any]:
    """Visible events matching `filters`, in the order of `filters.sort` (time order by
    default, undated last in both time orders), not yet paged. Each has its `sort_key`."""
    events = visible_events()
    if _walks_actor_links(filters):
        for i, actor in enumerate(filters.actors):
            link = f"actor_link{i}"
            events = events.alias(
                **{link: FilteredRelation("event_actors", condition=Q(event_actors__actor=actor))}
            ).filter(**{f"{link}__actor": actor})
        # The link's copy of the event's sort day: the same order, read from the link index.
        events = events.annotate(sort_day=F("actor_link0__sort_day"))
    else:
        events = events.annotate(sort_day=SORT_DAY)
        if filters.actors:
            if filters.match == "all":
                # Every selected actor takes part: one semi-join per actor.
                for actor in filters.actors:
                    events = events.filter(
                        Exists(EventActor.objects.filter(event=OuterRef("pk"), actor=actor))
                    )
            else:
                events = events.filter(
                    Exists(
                        EventActor.objects.filter(
                            event=OuterRef("pk"), actor__in=[a.pk for a in filters.actors]
                        )
                    )
                )
    if filters.types:
        events = events.filter(type__in=filters.types)
    if filters.status:
        events = events.filter(status=filters.status)
    if filters.start:
        events = events.filter(
            date_end__gte=filters.start, sort_day__gte=filters.start - MAX_EVENT_SPAN
        )
    if filters.end:
        events = events.filter(sort_day__lte=filters.end)
    if filters.place_id:
        events = events.filter(place_id=filters.place_id)
    if filters.outlet_id:
        events = events.filter(
            Exists(
                EventSource.objects.filter(
                    event=OuterRef("pk"), article__outlet_id=filters.outlet_id
                )
            )
        )
    if filters.verified:
        events = events.filter(review=Event.Review.VERIFIED)
    if filters.no_doubtful:
        events = events.filter(date_conflict=False, confidence__gte=LOW_CONFIDENCE)
    if filters.q:
        events = events.filter(_text_filter(filters.q))
    if filters.sort == "date_desc":
        events = events.annotate(sort_key=SORT_DAY_DESC)
    elif filters.sort == "sources":
        events = events.annotate(sort_key=Coalesce(_source_count(), 0))
    elif filters.sort == "confidence":
        events = events.annotate(sort_key=F("confidence"))
    else:
        events = events.annotate(sort_key=F("sort_day"))
    if filters.sort in DESCENDING:
        return events.order_by("-sort_key", "-id")
    return events.order_by("sort_key", "id")


def _source_count() -> Subquery:
    return Subquery(
        EventSource.objects.filter(event=OuterRef("pk"))
        .order_by()
        .values("event")
        .annotate(n=Count("*"))
        .values("n"),
        output_field=IntegerField(),
    )


def with_display_data(events: QuerySet[Event]) -> QuerySet[Event]:
    """What a timeline entry shows: place, actors (in role order) and the number of sources."""
    return (
        events.select_related("place")
        .annotate(source_count=Coalesce(_source_count(), 0))
        .prefetch_related(
            Prefetch(
                "event_actors",
                queryset=EventActor.objects.select_related("actor").order_by("role", "actor__name"),
            )
        )
    )


# ------------------------------------------------------------------------------ paging


# A position in the list: the sort key of the last event shown (a day or None for undated
# in the time orders, a number of sources, a confidence) and its id.
Cursor = tuple[date | int | float | None, int]


@dataclass(slots=True)
class EventRow:
    """What a timeline entry shows, as plain values (no model instances on the hot path)."""

    pk: int
    date_start: date | None
    date_end: date | None
    precision: str
    type: str
    status: str
    review: str
    summary: str
    place: str | None
    source_count: int
    confidence: float
    date_conflict: bool
    actors: list[tuple[int, str]] = field(default_factory=list)  # (id, name), in role order


def cursor_token(event: Event | EventRow, sort: str = "date") -> str:
    """The cursor after `event` in the order `sort`: "<key>.<id>", the key a day ("x" when
    undated), a number of sources or a confidence (exact: Python's shortest repr)."""
    if sort == "sources":
        key = str(event.source_count)  # type: ignore[union-attr]
    elif sort == "confidence":
        key = repr(float(event.confidence))
    else:
        key = event.date_start.isoformat() if event.date_start else "x"
    return f"{key}.{event.pk}"


# The page query in SQL, written out. It is the statement the ORM builds from `event_list` +
# the row columns (same joins, conditions, order and indexes: the page's plan is the one
# `event_list` gets), but building and compiling that queryset cost ~1 ms of Python per query,
# several times the query itself on a warm database. The filters' meaning stays defined by
# `event_list`: tests/test_timeline_queries.py checks that both return the same rows, in the
# same order, for every filter on SQLite and PostgreSQL.
_PAGE_SELECT = (
    "SELECT e.id, e.date_start, e.date_end, e.precision, e.type, e.status, e.review, "
    "e.summary, p.name, (SELECT COUNT(*) FROM timeline_eventsource s WHERE s.event_id = e.id), "
    "e.confidence, e.date_conflict FROM timeline_event e"
)
_PAGE_ACTORS = (
    "SELECT ea.event_id, ea.actor_id, a.name FROM timeline_eventactor ea "
    "INNER JOIN timeline_actor a ON a.id = ea.actor_id WHERE ea.event_id IN ({}) "
    "ORDER BY ea.event_id, ea.role, a.name"
)


def _page_sql(
    filters: TimelineFilters, after: Cursor | None, limit: int, *, select: str = _PAGE_SELECT
) -> tuple[str, list[Any]]:
    """`event_list(filters=filters)` after the cursor, `limit` rows of `select`'s columns
    (`EventRow`'s by default)."""
    postgres = connection.vendor == "postgresql"
    # The literal of `event_sort_idx`'s expression, so the planner can use that index.
    undated = "'9999-12-31'::date" if postgres else "'9999-12-31'"
    undated_first = "'0001-01-01'::date" if postgres else "'0001-01-01'"
    joins: list[str] = []
    where = ["NOT (e.review = %s)"]
    join_params: list[Any] = []
    params: list[Any] = [Event.Review.REJECTED.value]
    if _walks_actor_links(filters):
        for i, actor in enumerate(filters.actors):
            joins.append(
                f"INNER JOIN timeline_eventactor l{i} "
                f"ON (e.id = l{i}.event_id AND l{i}.actor_id = %s)"
            )
            join_params.append(actor.pk)
            where.append(f"l{i}.actor_id = %s")
            params.append(actor.pk)
        sort_day = "l0.sort_day"
    else:
        sort_day = f"COALESCE(e.date_start, {undated})"
        if filters.actors and filters.match == "all":
            for actor in filters.actors:
                where.append(
                    "EXISTS(SELECT 1 FROM timeline_eventactor ea "
                    "WHERE ea.event_id = e.id AND ea.actor_id = %s)"
                )
                params.append(actor.pk)
        elif filters.actors:
            where.append(
                "EXISTS(SELECT 1 FROM timeline_eventactor ea WHERE ea.event_id = e.id "
                f"AND ea.actor_id IN ({', '.join(['%s'] * len(filters.actors))}))"
            )
            params += [actor.pk for actor in filters.actors]
    joins.append("LEFT OUTER JOIN timeline_place p ON (e.place_id = p.id)")
    if filters.types:
        where.append(f"e.type IN ({', '.join(['%s'] * len(filters.types))})")
        params += list(filters.types)
    if filters.status:
        where.append("e.status = %s")
        params.append(filters.status)
    if filters.start:
        where.append(f"e.date_end >= %s AND {sort_day} >= %s")
        params += [filters.start, filters.start - MAX_EVENT_SPAN]
    if filters.end:
        where.append(f"{sort_day} <= %s")
        params.append(filters.end)
    if filters.place_id:
        where.append("e.place_id = %s")
        params.append(filters.place_id)
    if filters.outlet_id:
        where.append(
            "EXISTS(SELECT 1 FROM timeline_eventsource os INNER JOIN articles_article oa "
            "ON os.article_id = oa.id WHERE os.event_id = e.id AND oa.outlet_id = %s)"
        )
        params.append(filters.outlet_id)
    if filters.verified:
        where.append("e.review = %s")
        params.append(Event.Review.VERIFIED.value)
    if filters.no_doubtful:
        where.append("NOT e.date_conflict AND e.confidence >= %s")
        params.append(LOW_CONFIDENCE)
    if filters.q:
        if postgres:
            where.append("e.search @@ websearch_to_tsquery('german'::regconfig, %s)")
            params.append(filters.q)
        else:
            # Django's `icontains` on SQLite.
            pattern = f"%{connection.ops.prep_for_like_query(filters.q)}%"
            where.append(
                "(e.summary LIKE %s ESCAPE '\\' OR EXISTS(SELECT 1 FROM timeline_eventsource ts "
                "WHERE ts.event_id = e.id AND ts.evidence LIKE %s ESCAPE '\\'))"
            )
            params += [pattern, pattern]
    # The sort key, as `event_list` annotates it (the indexes' expressions).
    key = {
        "date_desc": f"COALESCE(e.date_start, {undated_first})",
        "sources": "(SELECT COUNT(*) FROM timeline_eventsource sk WHERE sk.event_id = e.id)",
        "confidence": "e.confidence",
    }.get(filters.sort, sort_day)
    descending = filters.sort in DESCENDING
    if after is not None:
        value, pk = after
        if filters.sort in DATE_SORTS and value is None:
            value = UNDATED_FIRST_DAY if descending else UNDATED
        # (key, id) after (value, pk), written so the index range starts at `value`.
        if descending:
            where.append(f"{key} <= %s AND NOT ({key} = %s AND e.id >= %s)")
        else:
            where.append(f"{key} >= %s AND NOT ({key} = %s AND e.id <= %s)")
        params += [value, value, pk]
    direction = "DESC" if descending else "ASC"
    sql = (
        f"{select} {' '.join(joins)} WHERE {' AND '.join(where)} "
        f"ORDER BY {key} {direction}, e.id {direction} LIMIT {int(limit)}"
    )
    return sql, join_params + params


def event_page(
    *, filters: TimelineFilters, after: Cursor | None = None, size: int = PAGE_SIZE
) -> tuple[list[EventRow], str | None]:
    """One page of the timeline after `after` (keyset paging on (sort key, id): the
    `event_sort_idx` index in time order, `event_sort_desc_idx` newest first,
    `event_confidence_idx` by confidence) and the cursor of the next page, or None when this
    is the last.
    Two queries of plain tuples: the page's events, then their actors."""
    sql, params = _page_sql(filters, after, size + 1)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = [EventRow(*values) for values in cursor.fetchall()]
        page = rows[:size]
        if page:
            by_id = {row.pk: row for row in page}
            cursor.execute(_PAGE_ACTORS.format(", ".join(["%s"] * len(by_id))), list(by_id))
            for event_id, actor_id, name in cursor.fetchall():
                by_id[event_id].actors.append((actor_id, name))
    if len(rows) > size:
        return page, cursor_token(page[-1], filters.sort)
    return page, None


# ------------------------------------------------------------------------------ overview


@dataclass(slots=True)
class Bar:
    start: date
    unit: str  # "year" | "month"
    count: int
    level: int  # 0..10, the bar's height class
    href: str = ""  # set by the view: the timeline filtered to this bar's period
    label: str = ""

    @property
    def param(self) -> str:
        """The period filter value that selects this bar ("2024" or "2024-05")."""
        return f"{self.start:%Y}" if self.unit == "year" else f"{self.start:%Y-%m}"


@dataclass(slots=True)
class Overview:
    unit: str
    bars: list[Bar]
    total: int
    undated: int
    peak: int


def _next(day: date, unit: str) -> date:
    if unit == "year":
        return date(day.year + 1, 1, 1)
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


@dataclass(slots=True)
class _Counts:
    """The filtered events per month of their start, the undated ones, and per type."""

    months: dict[date, int]
    undated: int
    types: Counter[str]


def _counts(filters: TimelineFilters) -> _Counts:
    """One grouped query over the filtered events, by month of their start and type."""
    rows = (
        event_list(filters=filters)
        .order_by()
        .annotate(bucket=Trunc("date_start", "month", output_field=DateField()))
        .values("bucket", "type")
        .annotate(n=Count("id"))
        .values_list("bucket", "type", "n")
    )
    counts = _Counts({}, 0, Counter())
    for bucket, kind, n in rows:
        counts.types[kind] += n
        if bucket is None:
            counts.undated += n
        else:
            day = _as_date(bucket)
            counts.months[day] = counts.months.get(day, 0) + n
    return counts


def _bucket(day: date, unit: str) -> date:
    return date(day.year, 1 if unit == "year" else day.month, 1)


def _overview(months: dict[date, int], undated: int, unit: str) -> Overview:
    """Events per year or month (`_counts`, no query of its own); its sum is the number of
    results, so the page needs no separate COUNT."""
    counts: dict[date, int] = {}
    for month, n in months.items():
        key = _bucket(month, unit)
        counts[key] = counts.get(key, 0) + n
    total = undated + sum(counts.values())
    if not counts:
        return Overview(unit, [], total, undated, 0)
    first, last = min(counts), max(counts)
    if unit == "month" and (last.year - first.year) * 12 + last.month - first.month >= MAX_BARS:
        # Decades of months would be thousands of hairline bars: years instead.
        return _overview(months, undated, "year")
    peak = max(counts.values())
    bars: list[Bar] = []
    day, last = min(counts), max(counts)
    while day <= last:
        n = counts.get(day, 0)
        level = 0 if n == 0 else max(1, round(10 * n / peak))
        bars.append(Bar(day, unit, n, level))
        day = _next(day, unit)
    return Overview(unit, bars, total, undated, peak)


def _as_date(value: Any) -> date:
    """A truncated date: a date from PostgreSQL, sometimes a datetime from SQLite."""
    day: date = value.date() if hasattr(value, "date") and callable(value.date) else value
    return day


# ------------------------------------------------------------------------------ summary

# The summary of a filter set (count and time axis: `timeline.axis_data`) and an actor page's
# overview aggregate over every matching
# event, so it is cached per normalised filter set and data version. The version is the
# latest change of any event (index `event_updated_idx`) and the newest event id; changes
# that touch no event row (a deleted event that was not the newest) show after SUMMARY_TTL.
SUMMARY_TTL = 600


def data_version() -> str:
    """One index-only query: changes whenever an event is added or saved."""
    row = Event.objects.order_by().aggregate(changed=Max("updated_at"), newest=Max("id"))
    return f"{row['changed']}/{row['newest']}"


def _filters_key(filters: TimelineFilters) -> str:
    parts = [
        ",".join(str(pk) for pk in sorted(a.pk for a in filters.actors)),
        filters.match if len(filters.actors) > 1 else "",
        ",".join(sorted(filters.types)),
        filters.status,
        str(filters.start or ""),
        str(filters.end or ""),
        str(filters.place_id or ""),
        str(filters.outlet_id or ""),
        "v" if filters.verified else "",
        "d" if filters.no_doubtful else "",
        filters.q,
    ]
    return "|".join(parts)


def _cached[T](name: str, compute: Callable[[], T]) -> T:
    """`compute()`, from the cache while the data version is the one it was computed at."""
    raw = f"{name}#{connection.vendor}#{data_version()}"
    key = "timeline-summary:" + hashlib.sha256(raw.encode()).hexdigest()
    cached = cache.get(key)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    result = compute()
    cache.set(key, result, SUMMARY_TTL)
    return result


@dataclass(frozen=True, slots=True)
class PlaceOption:
    name: str
    count: int


def place_options() -> list[PlaceOption]:
    """The places that have visible events, most events first (then by name), each with
    its count: the place field's suggestions. One grouped query, cached as `summary` is."""

    def compute() -> list[PlaceOption]:
        rows = (
            visible_events()
            .filter(place__isnull=False)
            .order_by()
            .values("place__name")
            .annotate(n=Count("*"))
            .order_by("-n", "place__name")
            .values_list("place__name", "n")
        )
        return [PlaceOption(name, n) for name, n in rows]

    return _cached("places", compute)


@dataclass(slots=True)
class ActorSummary:
    overview: Overview  # events per year
    types: Counter[str]
    counterparts: list[Counterpart]


def actor_summary(*, actor: Actor) -> ActorSummary:
    """What an actor page shows beside their events: events per year and per type (one
    grouped query) and their most frequent counterparts; cached as `summary` is."""

    def compute() -> ActorSummary:
        counts = _counts(TimelineFilters(actors=[actor]))
        overview = _overview(counts.months, counts.undated, "year")
        return ActorSummary(overview, counts.types, counterparts(actor=actor))

    return _cached(f"actor:{actor.pk}", compute)


# ------------------------------------------------------------------------------ pages


def event_detail(*, pk: int) -> Event:
    """One visible event with its actors, place and sources (with their articles)."""
    return (
        visible_events()
        .select_related("place", "edited_by")
        .prefetch_related(
            Prefetch(
                "event_actors",
                queryset=EventActor.objects.select_related("actor").prefetch_related(
                    "actor__aliases"
                ),
            ),
            Prefetch(
                "sources",
                queryset=EventSource.objects.select_related("article__outlet").order_by(
                    "article__published_at", "id"
                ),
            ),
        )
        .get(pk=pk)
    )


def nearby_events(*, event: Event, days: int = NEARBY_DAYS, limit: int = 20) -> list[Event]:
    """Other events of the same actors within ±`days` of this one."""
    if event.date_start is None:
        return []
    actor_ids = [link.actor_id for link in event.event_actors.all()]
    if not actor_ids:
        return []
    window = timedelta(days=days)
    end = event.date_end or event.date_start
    events = (
        visible_events()
        .annotate(sort_day=SORT_DAY)
        .filter(
            Exists(EventActor.objects.filter(event=OuterRef("pk"), actor_id__in=actor_ids)),
            date_start__gte=event.date_start - window,
            date_start__lte=end + window,
        )
        .exclude(pk=event.pk)
        .order_by("sort_day", "id")
    )
    return list(with_display_data(events)[:limit])


@dataclass(slots=True)
class Counterpart:
    actor_id: int
    name: str
    count: int


def counterparts(*, actor: Actor, limit: int = 12) -> list[Counterpart]:
    """The actors who most often share an event with `actor` (one grouped query)."""
    events = visible_events().filter(
        Exists(EventActor.objects.filter(event=OuterRef("pk"), actor=actor))
    )
    rows = (
        EventActor.objects.filter(event__in=events.values("pk"))
        .exclude(actor=actor)
        .values("actor_id", "actor__name")
        .annotate(n=Count("event_id"))
        .order_by("-n", "actor__name")[:limit]
    )
    return [Counterpart(r["actor_id"], r["actor__name"], r["n"]) for r in rows]


def article_events(*, article: Article) -> list[Event]:
    """The visible events this article attests, in time order."""
    events = (
        visible_events()
        .annotate(sort_day=SORT_DAY)
        .filter(Exists(EventSource.objects.filter(event=OuterRef("pk"), article=article)))
        .order_by("sort_day", "id")
    )
    return list(with_display_data(events))


def actor_search(*, text: str, limit: int = 10) -> list[Actor]:
    from timeline.forms import actor_lookup

    if len(text.strip()) < 2:
        return []
    return actor_lookup(text, limit=limit)
