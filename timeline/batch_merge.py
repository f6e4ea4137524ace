"""Merging a batch of freshly extracted articles at once (issue 16, §2).

The decisions are `services.candidates_merge`'s, article after article in the batch's order:
the same event matched, created or refreshed, the same fields left alone when an editor locked
them. Only the reads and writes are set-based: the events a batch's statements may join are
read in one query (with their participants and sources), matched and refreshed in memory, and
written at the end with `bulk_create`/`bulk_update`, one history record per event that really
changed (a new event's record holds its state after the batch, not the half-merged ones in
between).

Only articles without extracted sources take this path: re-extraction (statements that return
to the event they attested before, events left without sources) stays with
`candidates_merge`, one article at a time, between the batch's segments.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from django.db import connection, transaction
from django.db.models import Model
from django.db.models.functions import Substr
from django.utils import timezone

from articles.models import Article
from timeline.extraction import EXTRACTOR_VERSION
from timeline.extraction.types import EventCandidate
from timeline.models import LOW_CONFIDENCE, Actor, Event, EventActor, EventSource, Place
from timeline.services import (
    CONFLICT_TOLERANCE,
    EXACT_PRECISIONS,
    REFRESHED_FIELDS,
    _resolve_actors,
    _spans_compatible,
    candidate_within_bounds,
    candidates_merge,
    derive_from_sources,
    new_event,
    new_source,
)

# The advisory lock key of merging (any constant no other part of the app uses).
MERGE_LOCK = 16_0002

# A statement with its participants and place, resolved against the database.
type _Resolved = tuple[EventCandidate, list[Actor], Place | None]

# Sources stored before the batch sort by their id; the batch's own come after them, in order.
_NEW_SOURCE_BASE = 1 << 62


@dataclass(slots=True)
class _Source:
    """What `event_refresh` reads of a source."""

    sort_id: int
    article_id: int
    published_at: datetime | None
    evidence: str
    evidence_start: int
    date_start: date | None
    date_end: date | None
    precision: str
    date_basis: str
    status: str
    confidence: float


@dataclass(slots=True)
class _EventState:
    """An event as the batch sees it: `event` holds its fields as they are after the last
    refresh (what the database would hold had each article been written on its own)."""

    event: Event
    sort_id: int  # its id, or (new) one after every stored id, in order of creation
    actor_ids: set[int]
    sources: list[_Source]
    stored: dict[str, object] | None  # REFRESHED_FIELDS as read; None for a new event
    matched_place_id: int | None  # the place as last written (a refresh writes it)


@dataclass(slots=True)
class _Pending:
    """The batch's writes, done at its end."""

    sources: list[tuple[_EventState, EventSource]] = field(default_factory=list)
    new_events: list[_EventState] = field(default_factory=list)
    links: list[tuple[_EventState, int]] = field(default_factory=list)
    done_articles: list[int] = field(default_factory=list)


def articles_merge(
    *, results: Sequence[tuple[Article, Sequence[EventCandidate]]], actor_index: dict[str, Actor]
) -> None:
    """Merge the candidates of each article, in order; articles extracted before go through
    `candidates_merge` one at a time, the others together.

    One merge at a time: two workers merging at once would each miss the event the other is
    creating and make it twice (on PostgreSQL a transaction lock; extraction itself, most of
    the time, stays parallel; SQLite writes one at a time anyway)."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [MERGE_LOCK])
        extracted_before = set(
            EventSource.objects.filter(
                article_id__in=[a.pk for a, _ in results], added_by_editor=False
            ).values_list("article_id", flat=True)
        )
        for again, group in itertools.groupby(results, key=lambda r: r[0].pk in extracted_before):
            if again:
                for article, candidates in group:
                    candidates_merge(
                        article=article, candidates=candidates, actor_index=actor_index
                    )
            else:
                _BatchMerger(actor_index).merge(list(group))


class _BatchMerger:
    def __init__(self, actor_index: dict[str, Actor]) -> None:
        self.index = actor_index
        self.places: dict[str, Place] = {}
        self.place_by_id: dict[int, Place] = {}
        self.actor_status: dict[int, str] = {a.pk: a.status for a in actor_index.values()}
        self.states: dict[int, _EventState] = {}  # by sort_id
        self.created = itertools.count(_NEW_SOURCE_BASE)
        self.new_source_ids = itertools.count(_NEW_SOURCE_BASE)
        self.nulls_first = connection.vendor == "sqlite"

    # -------------------------------------------------------------------------- reading

    def _resolve_places(self, names: list[str]) -> None:
        found = {p.name: p for p in Place.objects.filter(name__in=names)}
        for name in names:
            place = found.get(name) or Place.objects.get_or_create(name=name)[0]
            self.places[name] = place
            self.place_by_id[place.pk] = place

    def _place(self, place_id: int | None) -> Place | None:
        if place_id is None:
            return None
        if place_id not in self.place_by_id:
            self.place_by_id[place_id] = Place.objects.get(pk=place_id)
        return self.place_by_id[place_id]

    def _read_events(self, resolved: list[_Resolved]) -> None:
        """Every stored event one of the statements may join: the union of what
        `_find_matching_event` asks for each of them, in one query."""
        rows: list[tuple[int | None, str, date | None, date | None, int | None]] = []
        for candidate, actors, place in resolved:
            place_id = place.pk if place else None
            last = candidate.date_end or candidate.date_start
            low = candidate.date_start - CONFLICT_TOLERANCE if candidate.date_start else None
            high = last + CONFLICT_TOLERANCE if last else None
            kind = str(candidate.type)
            if actors:
                rows.extend((a.pk, kind, low, high, place_id) for a in actors)
            elif place_id is not None:
                rows.append((None, kind, low, high, place_id))
        ids = self._matching_ids(rows)
        if not ids:
            return
        links: dict[int, set[int]] = {}
        for event_id, actor_id, status in EventActor.objects.filter(event_id__in=ids).values_list(
            "event_id", "actor_id", "actor__status"
        ):
            links.setdefault(event_id, set()).add(actor_id)
            self.actor_status[actor_id] = status
        sources: dict[int, list[_Source]] = {}
        for row in EventSource.objects.filter(event_id__in=ids).values_list(
            "event_id",
            "pk",
            "article_id",
            "article__published_at",
            Substr("evidence", 1, 300),
            "evidence_start",
            "date_start",
            "date_end",
            "precision",
            "date_basis",
            "status",
            "confidence",
        ):
            sources.setdefault(row[0], []).append(_Source(*row[1:]))
        events = list(Event.objects.filter(pk__in=ids).defer("search"))
        missing = {e.place_id for e in events if e.place_id is not None} - self.place_by_id.keys()
        self.place_by_id.update(Place.objects.in_bulk(missing))
        for event in events:
            self.states[event.pk] = _EventState(
                event=event,
                sort_id=event.pk,
                actor_ids=links.get(event.pk, set()),
                sources=sources.get(event.pk, []),
                stored={f: getattr(event, f) for f in REFRESHED_FIELDS},
                matched_place_id=event.place_id,
            )

    def _matching_ids(
        self, rows: list[tuple[int | None, str, date | None, date | None, int | None]]
    ) -> set[int]:
        """Events matching one of `rows` (actor or none, type, low, high, place): of the type,
        with the actor (or with no actor, at the place), and undated at the statement's place
        (undated statement, or a place) or within low…high (dated statement)."""
        if not rows:
            return set()
        ids: set[int] = set()
        # PostgreSQL types a VALUES column of parameters as text unless told (SQLite compares
        # them as they come)
        if self.nulls_first:
            row_sql = "(%s, %s, %s, %s, %s)"
        else:
            row_sql = (
                "(CAST(%s AS bigint), %s, CAST(%s AS date), CAST(%s AS date), CAST(%s AS bigint))"
            )
        for chunk in itertools.batched(rows, 300):
            values = ", ".join(row_sql for _ in chunk)
            params = [value for row in chunk for value in row]
            dates = """(
                (c.low IS NULL AND e.date_start IS NULL
                    AND (e.place_id = c.place_id OR (e.place_id IS NULL AND c.place_id IS NULL)))
                OR (c.low IS NOT NULL AND (
                    (e.date_start <= c.high AND e.date_end >= c.low)
                    OR (c.place_id IS NOT NULL AND e.date_start IS NULL
                        AND e.place_id = c.place_id)))
            )"""
            sql = f"""
                WITH c(actor_id, type, low, high, place_id) AS (VALUES {values})
                SELECT e.id FROM c
                JOIN timeline_eventactor ea ON ea.actor_id = c.actor_id
                JOIN timeline_event e ON e.id = ea.event_id AND e.type = c.type
                WHERE {dates}
                UNION
                SELECT e.id FROM c
                JOIN timeline_event e ON e.place_id = c.place_id AND e.type = c.type
                WHERE c.actor_id IS NULL AND {dates} AND NOT EXISTS (
                    SELECT 1 FROM timeline_eventactor ea WHERE ea.event_id = e.id)
            """
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                ids.update(row[0] for row in cursor.fetchall())
        return ids

    # -------------------------------------------------------------------------- matching

    def _selected(
        self, candidate: EventCandidate, actor_ids: set[int], place_id: int | None
    ) -> list[_EventState]:
        """What `_find_matching_event`'s query returns: its filters, its order, its limit."""
        found: list[_EventState] = []
        for state in self.states.values():
            event = state.event
            if event.type != candidate.type:
                continue
            if actor_ids:
                if not actor_ids & state.actor_ids:
                    continue
            elif state.matched_place_id != place_id or state.actor_ids:
                continue
            if candidate.date_start is None:
                if event.date_start is not None or state.matched_place_id != place_id:
                    continue
            else:
                last = candidate.date_end or candidate.date_start
                undated_here = (
                    place_id is not None
                    and event.date_start is None
                    and state.matched_place_id == place_id
                )
                overlapping = (
                    event.date_start is not None
                    and event.date_end is not None
                    and event.date_start <= last + CONFLICT_TOLERANCE
                    and event.date_end >= candidate.date_start - CONFLICT_TOLERANCE
                )
                if not (undated_here or overlapping):
                    continue
            found.append(state)

        def order(state: _EventState) -> tuple[int, date, int]:
            start = state.event.date_start
            undated_rank = 0 if self.nulls_first else 1
            if start is None:
                return (undated_rank, date.min, state.sort_id)
            return (1 - undated_rank, start, state.sort_id)

        found.sort(key=order)
        return found[:50]

    def _match(
        self, candidate: EventCandidate, actors: list[Actor], place: Place | None
    ) -> _EventState | None:
        if not actors and place is None:
            return None
        actor_ids = {a.pk for a in actors}
        place_id = place.pk if place else None
        best: _EventState | None = None
        best_score = -1.0
        for state in self._selected(candidate, actor_ids, place_id):
            event = state.event
            shared = len(actor_ids & state.actor_ids)
            smaller = min(len(actor_ids), len(state.actor_ids))
            if actor_ids and shared < min(2, smaller):
                continue
            same_place = place_id is not None and state.matched_place_id == place_id
            event_place = self._place(state.matched_place_id)
            if (
                place is not None
                and event_place is not None
                and not same_place
                and place.country != event_place.country
            ):
                continue
            overlapping = _spans_compatible(
                candidate.date_start, candidate.date_end, event.date_start, event.date_end
            )
            if not overlapping and not (
                str(candidate.precision) in EXACT_PRECISIONS and same_place and shared >= smaller
            ):
                continue
            score = shared + (0.5 if same_place else 0) + (0.25 if overlapping else 0)
            if score > best_score:
                best, best_score = state, score
        return best

    # -------------------------------------------------------------------------- merging

    def merge(self, results: list[tuple[Article, Sequence[EventCandidate]]]) -> None:
        names = {
            c.location: None
            for _, candidates in results
            for c in map(candidate_within_bounds, candidates)
            if c.location
        }
        with transaction.atomic():
            self._resolve_places(list(names))
            self._merge_all(results)

    def _merge_all(self, results: list[tuple[Article, Sequence[EventCandidate]]]) -> None:
        prepared: list[tuple[Article, list[_Resolved]]] = []
        for article, candidates in results:
            resolved: list[_Resolved] = []
            for candidate in map(candidate_within_bounds, candidates):
                titles = {c.name: c.title for c in candidate.actor_candidates}
                actors = _resolve_actors(candidate.actors, self.index, titles)
                for actor in actors:
                    self.actor_status[actor.pk] = actor.status
                place = self.places.get(candidate.location) if candidate.location else None
                resolved.append((candidate, actors, place))
            prepared.append((article, resolved))
        self._read_events([r for _, resolved in prepared for r in resolved])
        pending = _Pending()
        for article, resolved in prepared:
            self._merge_article(article, resolved, pending)
        self._write(pending)

    def _merge_article(
        self,
        article: Article,
        resolved: list[_Resolved],
        pending: _Pending,
    ) -> None:
        touched: dict[int, _EventState] = {}
        for candidate, actors, place in resolved:
            state = self._match(candidate, actors, place)
            if state is None:
                state = _EventState(
                    event=new_event(candidate, place),
                    sort_id=next(self.created),
                    actor_ids=set(),
                    sources=[],
                    stored=None,
                    matched_place_id=place.pk if place else None,
                )
                self.states[state.sort_id] = state
                pending.new_events.append(state)
            touched.setdefault(state.sort_id, state)
            event = state.event
            pending.sources.append((state, new_source(candidate, article)))
            state.sources.append(
                _Source(
                    next(self.new_source_ids),
                    article.pk,
                    article.published_at,
                    candidate.evidence[:300],
                    candidate.evidence_start,
                    candidate.date_start,
                    candidate.date_end,
                    str(candidate.precision),
                    str(candidate.date_basis),
                    str(candidate.status),
                    candidate.confidence,
                )
            )
            if not event.is_locked("actors"):
                for actor in actors:
                    if actor.pk not in state.actor_ids:
                        state.actor_ids.add(actor.pk)
                        pending.links.append((state, actor.pk))
            if place is not None and event.place_id is None and not event.is_locked("place"):
                event.place = place
        for state in touched.values():
            self._refresh(state)
        pending.done_articles.append(article.pk)

    def _refresh(self, state: _EventState) -> None:
        """`services.event_refresh` on the batch's view of the event's sources."""
        event, sources = state.event, state.sources
        derive_from_sources(
            event,
            sources,
            tie_break=lambda s: s.sort_id,
            first=self._first_source(sources),
            needs_review=lambda: self._needs_review(state),
        )
        state.matched_place_id = event.place_id

    def _first_source(self, sources: list[_Source]) -> _Source:
        """The first of `event.sources.all()` (ordered by the article's publication, then id;
        undated articles first on SQLite, last on PostgreSQL)."""

        def order(s: _Source) -> tuple[int, datetime, int]:
            undated_rank = 0 if self.nulls_first else 1
            if s.published_at is None:
                return (undated_rank, datetime.min.replace(tzinfo=UTC), s.sort_id)
            return (1 - undated_rank, s.published_at, s.sort_id)

        return min(sources, key=order)

    def _needs_review(self, state: _EventState) -> bool:
        """`services.review_reasons(event)` is not empty."""
        event = state.event
        return (
            event.date_conflict
            or event.date_basis == Event.DateBasis.PUBLICATION
            or event.precision in (Event.Precision.APPROXIMATE, Event.Precision.UNKNOWN)
            or event.confidence < LOW_CONFIDENCE
            or any(self.actor_status.get(a) == Actor.Status.CANDIDATE for a in state.actor_ids)
        )

    # -------------------------------------------------------------------------- writing

    def _write(self, pending: _Pending) -> None:
        now = timezone.now()
        new_events = [s.event for s in pending.new_events]
        Event.objects.bulk_create(new_events)
        _history_copy(Event, [e.pk for e in new_events], "+", now)
        changed = [
            s.event
            for s in self.states.values()
            if s.stored is not None
            and any(getattr(s.event, f) != s.stored[f] for f in REFRESHED_FIELDS)
        ]
        if changed:
            for event in changed:
                event.updated_at = now
            Event.objects.bulk_update(
                changed,
                [f.removesuffix("_id") for f in REFRESHED_FIELDS] + ["updated_at"],
                batch_size=500,
            )
            _history_copy(Event, [e.pk for e in changed], "~", now)
        sources = []
        for state, source in pending.sources:
            source.event = state.event
            sources.append(source)
        EventSource.objects.bulk_create(sources, batch_size=500)
        links = [EventActor(event=s.event, actor_id=actor_id) for s, actor_id in pending.links]
        EventActor.objects.bulk_create(links, batch_size=500)
        _history_copy(EventActor, [link.pk for link in links], "+", now)
        Article.objects.filter(pk__in=pending.done_articles).update(
            extraction_status=Article.ExtractionStatus.DONE,
            extraction_error="",
            extracted_at=now,
            extractor_version=EXTRACTOR_VERSION,
        )


def _history_copy(model: type[Model], ids: list[int], history_type: str, when: datetime) -> None:
    """The history records `save()` writes, copied by the database from the rows just written
    (a model instance per record was a third of the time of writing)."""
    history: Any = model.history.model  # type: ignore[attr-defined]
    user = history.get_default_history_user(None)
    qn = connection.ops.quote_name
    columns = ", ".join(qn(f.column) for f in history.tracked_fields)
    extra = ", ".join(
        qn(history._meta.get_field(name).column)
        for name in ("history_date", "history_change_reason", "history_type", "history_user")
    )
    when_value = connection.ops.adapt_datetimefield_value(when)
    pk = qn(str(model._meta.pk.column))
    with connection.cursor() as cursor:
        for chunk in itertools.batched(ids, 500):
            cursor.execute(
                f"INSERT INTO {qn(history._meta.db_table)} ({columns}, {extra}) "
                f"SELECT {columns}, %s, NULL, %s, %s FROM {qn(model._meta.db_table)} "
                f"WHERE {pk} IN ({', '.join(['%s'] * len(chunk))}) ORDER BY {pk}",
                [when_value, history_type, user.pk if user else None, *chunk],
            )
