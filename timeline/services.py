"""Writes on the timeline side: extracting articles into events, merging what several
articles say about one event, and keeping every editor's decision intact."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from articles import date_bounds
from articles.models import Article
from timeline.extraction import EXTRACTOR_VERSION
from timeline.extraction.types import DateBasis, EventCandidate, Precision
from timeline.lexicon_db import lexicon_fingerprint, lexicon_from_db
from timeline.models import (
    LOW_CONFIDENCE,
    Actor,
    ActorAlias,
    Event,
    EventActor,
    EventSource,
    Place,
)

logger = logging.getLogger(__name__)

# How precise a date is, most precise first: a better-ranked source refines a vaguer one.
PRECISION_RANK = {
    Event.Precision.DAY: 0,
    Event.Precision.RANGE: 1,
    Event.Precision.MONTH: 2,
    Event.Precision.APPROXIMATE: 3,
    Event.Precision.YEAR: 4,
    Event.Precision.UNKNOWN: 5,
}
EXACT_PRECISIONS = frozenset({"day", "range"})
# Two reports of the same event may disagree on an exact day by this much and still be one
# event (the disagreement is then flagged for review).
CONFLICT_TOLERANCE = timedelta(days=3)


# ------------------------------------------------------------------------------ enqueueing


def extraction_enqueue_on_commit(article: Article) -> None:
    """Queue extraction of a stored article once the storing transaction commits."""
    from timeline.tasks import article_extract

    Article.objects.filter(pk=article.pk).update(extraction_status=Article.ExtractionStatus.QUEUED)
    article_id = article.pk
    transaction.on_commit(lambda: article_extract.enqueue(article_id))


# Articles per queued extraction task (`extraction_enqueue_many`): nlp.pipe and the batch
# merge over them make a worker several times faster than a task per article.
ARTICLES_PER_TASK = 64


def extraction_enqueue_many(article_ids: Sequence[int]) -> int:
    """Queue the extraction of stored articles, `ARTICLES_PER_TASK` to a task, marked queued
    in the same transaction; returns the number of tasks."""
    import functools
    import itertools

    from timeline.tasks import articles_extract_many

    chunks = list(itertools.batched(sorted(article_ids), ARTICLES_PER_TASK))
    with transaction.atomic():
        Article.objects.filter(pk__in=article_ids).update(
            extraction_status=Article.ExtractionStatus.QUEUED
        )
        for chunk in chunks:
            transaction.on_commit(functools.partial(articles_extract_many.enqueue, list(chunk)))
    return len(chunks)


# ------------------------------------------------------------------------------ extraction

_cached_extractor: tuple[tuple[object, ...], object] | None = None


def current_extractor(key: tuple[object, ...] | None = None) -> object:
    """The extractor built from the database lexicon, rebuilt when editors change it."""
    global _cached_extractor
    from timeline.extraction.events import EventExtractor

    key = key or lexicon_fingerprint()
    if _cached_extractor is None or _cached_extractor[0] != key:
        _cached_extractor = (key, EventExtractor(lexicon_from_db()))
    return _cached_extractor[1]


def publication_day(article: Article) -> date | None:
    if article.published_at is None:
        return None
    return timezone.localtime(article.published_at).date()


def article_events_extract(*, article_id: int) -> int:
    """Extract one article and merge its events; returns the number of its candidates."""
    article = Article.objects.get(pk=article_id)
    key = lexicon_fingerprint()  # one reading for the extractor and the actor index
    extractor = current_extractor(key)
    try:
        result = extractor.extract(article.analysis_text, publication_day(article))  # type: ignore[attr-defined]
    except Exception as exc:
        logger.exception("extraction of article %s failed", article_id)
        Article.objects.filter(pk=article_id).update(
            extraction_status=Article.ExtractionStatus.FAILED, extraction_error=repr(exc)[:2000]
        )
        raise
    from timeline.batch_merge import articles_merge

    try:
        articles_merge(results=[(article, result.events)], actor_index=_batch_actor_index(key))
    except BaseException:
        _forget_actor_index()
        raise
    return len(result.events)


def articles_extract(
    *,
    articles: Iterable[Article],
    batch_size: int = 64,
    progress: Callable[[int], object] | None = None,
) -> tuple[int, int]:
    """Re-extract many articles through `nlp.pipe` batches; returns (articles, events)."""
    from timeline.batch_merge import articles_merge

    extractor = current_extractor()
    done = events = 0
    batch: list[Article] = []

    def flush() -> None:
        nonlocal done, events
        texts = [(a.analysis_text, publication_day(a)) for a in batch]
        results = extractor.extract_many(texts, batch_size=batch_size)  # type: ignore[attr-defined]
        # actors created on the way are added to it
        index = _batch_actor_index()
        merged = [(a, r.events) for a, r in zip(batch, results, strict=True)]
        try:
            articles_merge(results=merged, actor_index=index)
        except BaseException:
            _forget_actor_index()  # it may hold actors of the rolled-back transaction
            raise
        events += sum(len(candidates) for _, candidates in merged)
        done += len(batch)
        if progress is not None:
            progress(len(batch))
        batch.clear()

    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return done, events


# ------------------------------------------------------------------------------ merging


@dataclass(slots=True)
class ResolvedCandidate:
    candidate: EventCandidate
    actors: list[Actor]
    place: Place | None


_cached_actor_index: tuple[tuple[object, ...], dict[str, Actor]] | None = None


def _batch_actor_index(key: tuple[object, ...] | None = None) -> dict[str, Actor]:
    """`_actor_index()`, read again only when editors (or extraction, adding candidates)
    changed actors or aliases: reading it was most of a batch's merging time."""
    global _cached_actor_index
    key = key or lexicon_fingerprint()
    if _cached_actor_index is None or _cached_actor_index[0] != key:
        _cached_actor_index = (key, _actor_index())
    return _cached_actor_index[1]


def _forget_actor_index() -> None:
    global _cached_actor_index
    _cached_actor_index = None


def _actor_index() -> dict[str, Actor]:
    index: dict[str, Actor] = {}
    for alias in ActorAlias.objects.select_related("actor"):
        index.setdefault(alias.alias.casefold(), alias.actor)
    for actor in Actor.objects.all():
        index[actor.name.casefold()] = actor
    return index


def _resolve_actors(
    names: Sequence[str], index: dict[str, Actor], titles: dict[str, str]
) -> list[Actor]:
    actors: list[Actor] = []
    for name in dict.fromkeys(names):
        actor = index.get(name.casefold())
        if actor is None:
            # An unknown named participant: a candidate an editor can confirm or dismiss.
            actor, _ = Actor.objects.get_or_create(
                name=name,
                defaults={
                    "status": Actor.Status.CANDIDATE,
                    "candidate_title": titles.get(name, ""),
                },
            )
            index[name.casefold()] = actor
        if actor.status != Actor.Status.DISMISSED and actor not in actors:
            actors.append(actor)
    return actors


def _resolve_place(name: str | None, cache: dict[str, Place | None]) -> Place | None:
    if not name:
        return None
    if name not in cache:
        place = Place.objects.filter(name=name).first()
        if place is None:
            place, _ = Place.objects.get_or_create(name=name)
        cache[name] = place
    return cache[name]


def _spans_compatible(
    a_start: date | None,
    a_end: date | None,
    b_start: date | None,
    b_end: date | None,
    *,
    tolerance: timedelta = timedelta(0),
) -> bool:
    if a_start is None or b_start is None:
        return True
    a_end = a_end or a_start
    b_end = b_end or b_start
    return a_start <= b_end + tolerance and b_start <= a_end + tolerance


def _find_matching_event(resolved: ResolvedCandidate) -> Event | None:
    """An existing event that is the same event: same type, the same participants (all of the
    smaller side, at least two where both name two), compatible dates and places.

    Dates that do not overlap but lie within CONFLICT_TOLERANCE still match when everything
    else agrees, place included: the event is then flagged as a date conflict. An undated
    report joins only an undated event at the same place.
    """
    candidate = resolved.candidate
    events = Event.objects.filter(type=candidate.type)
    if resolved.actors:
        events = events.filter(event_actors__actor__in=resolved.actors).distinct()
    elif resolved.place is not None:
        events = events.filter(place=resolved.place, event_actors__isnull=True)
    else:
        return None
    place_id = resolved.place.pk if resolved.place else None
    if candidate.date_start is None:
        events = events.filter(date_start__isnull=True)
        if place_id is None:
            events = events.filter(place__isnull=True)
        else:
            events = events.filter(place_id=place_id)
    else:
        window = CONFLICT_TOLERANCE
        last = candidate.date_end or candidate.date_start
        events = events.filter(
            Q(date_start__isnull=True, place_id=place_id) if place_id is not None else Q(pk__in=[]),
        ) | events.filter(
            date_start__lte=last + window, date_end__gte=candidate.date_start - window
        )
    actor_ids = {a.pk for a in resolved.actors}
    best: Event | None = None
    best_score = -1.0
    for event in events.select_related("place").prefetch_related("event_actors")[:50]:
        event_actor_ids = {link.actor_id for link in event.event_actors.all()}
        shared = len(actor_ids & event_actor_ids)
        smaller = min(len(actor_ids), len(event_actor_ids))
        if actor_ids and shared < min(2, smaller):
            continue
        same_place = place_id is not None and event.place_id == place_id
        if (
            place_id is not None
            and event.place_id is not None
            and not same_place
            and event.place is not None
            and resolved.place is not None
            and resolved.place.country != event.place.country
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
            best, best_score = event, score
    return best


def candidate_within_bounds(candidate: EventCandidate) -> EventCandidate:
    """The candidate, undated when its date lies outside what the timeline accepts
    (`articles.date_bounds`: "die Revolution von 1848"); its date phrase stays as evidence."""
    days = [d for d in (candidate.date_start, candidate.date_end) if d is not None]
    if not any(date_bounds.event_date_problem(d) for d in days):
        return candidate
    return dataclasses.replace(
        candidate,
        date_start=None,
        date_end=None,
        precision=Precision.UNKNOWN,
        date_basis=DateBasis.NONE,
    )


@transaction.atomic
def candidates_merge(
    *,
    article: Article,
    candidates: Sequence[EventCandidate],
    actor_index: dict[str, Actor] | None = None,
) -> list[Event]:
    """Replace the article's extracted sources by `candidates`, merging each into the event it
    reports (from any article) or a new one. Editors' fields, sources and decisions stay.

    Re-extraction is idempotent: a statement goes back to the event it attested before (same
    sentence, trigger and type), so event ids stay stable, and an event is saved (and a
    history record written) only when one of its fields really changes. `actor_index` (from
    `actor_index()`) lets a batch of articles share one reading of the actors."""
    old_sources = list(
        EventSource.objects.filter(article=article, added_by_editor=False)
        .order_by("pk")
        .values_list(
            "event_id", "evidence_start", "trigger", "event__type", "location_name", "actor_names"
        )
    )
    touched_before = {row[0] for row in old_sources}
    # Where each statement of this article went last time (an editor may also have merged it
    # into another event or split it off into its own): it returns to that event. One sentence
    # may state the same kind of event twice with the same people ("telefonierten am Montag
    # und erneut am Mittwoch"): the n-th such statement returns to the n-th one's event.
    previous_events: dict[tuple[int, str, str, str, tuple[str, ...]], list[int]] = {}
    for event_id, start, trigger, kind, place, actors in old_sources:
        previous_events.setdefault(_statement_key(start, trigger, kind, place, actors), []).append(
            event_id
        )
    EventSource.objects.filter(article=article, added_by_editor=False).delete()
    index = actor_index if actor_index is not None else _actor_index()
    place_cache: dict[str, Place | None] = {}
    # One instance per event, refreshed once all of the article's statements are attached: a
    # refresh in between would see some of them and save a state that is undone a moment later.
    touched: dict[int, Event] = {}
    order: list[int] = []
    for candidate in map(candidate_within_bounds, candidates):
        titles = {c.name: c.title for c in candidate.actor_candidates}
        resolved = ResolvedCandidate(
            candidate=candidate,
            actors=_resolve_actors(candidate.actors, index, titles),
            place=_resolve_place(candidate.location, place_cache),
        )
        statement = _statement_key(
            candidate.evidence_start,
            candidate.trigger[:100],
            str(candidate.type),
            candidate.location or "",
            candidate.actors,
        )
        earlier = previous_events.get(statement)
        event = _previous_event(earlier.pop(0) if earlier else None, resolved) or (
            _find_matching_event(resolved)
        )
        if event is None:
            # Created with the statement's date, so that the article's later statements of
            # the same event find it before the refresh at the end.
            event = new_event(candidate, resolved.place)
            event.save()
        event = touched.setdefault(event.pk, event)
        order.append(event.pk)
        source = new_source(candidate, article)
        source.event = event
        source.save()
        if not event.is_locked("actors"):
            for actor in resolved.actors:
                EventActor.objects.get_or_create(event=event, actor=actor)
        if resolved.place is not None and event.place_id is None and not event.is_locked("place"):
            event.place = resolved.place
    for event in touched.values():
        event_refresh(event)
    # Events this article attested before and no longer does: refreshed from the sources they
    # keep, or gone when none is left (unless an editor touched them).
    for event in Event.objects.filter(pk__in=touched_before - touched.keys()).distinct():
        if event.sources.exists():
            event_refresh(event)
    for event in Event.objects.filter(pk__in=touched_before, sources__isnull=True):
        if _editor_touched(event):
            continue
        event.delete()
    Article.objects.filter(pk=article.pk).update(
        extraction_status=Article.ExtractionStatus.DONE,
        extraction_error="",
        extracted_at=timezone.now(),
        extractor_version=EXTRACTOR_VERSION,
    )
    return [touched[pk] for pk in order]


def _statement_key(
    start: int, trigger: str, kind: str, place: str, actors: Sequence[str]
) -> tuple[int, str, str, str, tuple[str, ...]]:
    """What identifies one statement of an article across extractions (one sentence and
    trigger may state several events: a visit and a meeting, protests in two places)."""
    return (start, trigger, kind, place, tuple(actors))


def _previous_event(event_id: int | None, resolved: ResolvedCandidate) -> Event | None:
    """The event this statement attested at the last extraction, if it is still the right one:
    an editor's decision (a merge, a split) always is; otherwise it is when no other article
    attests the event any more or its date still agrees with this statement's."""
    if event_id is None:
        return None
    event = Event.objects.filter(pk=event_id).first()
    if event is None:
        return None
    candidate = resolved.candidate
    if _editor_touched(event):
        return event if event.type == candidate.type or event.is_locked("type") else None
    if event.type != candidate.type:
        return None
    if not event.sources.exists():
        return event
    compatible = _spans_compatible(
        candidate.date_start,
        candidate.date_end,
        event.date_start,
        event.date_end,
        tolerance=CONFLICT_TOLERANCE,
    )
    return event if compatible else None


def _editor_touched(event: Event) -> bool:
    return (
        event.created_by_editor
        or bool(event.locked_fields)
        or event.review in (Event.Review.VERIFIED, Event.Review.REJECTED)
        or event.sources.filter(added_by_editor=True).exists()
    )


# What `event_refresh` derives from the sources (and what the caller may have set before).
REFRESHED_FIELDS = (
    "date_start",
    "date_end",
    "precision",
    "date_basis",
    "date_conflict",
    "status",
    "confidence",
    "summary",
    "review",
    "place_id",
)


def _save_if_changed(event: Event, *, force: bool = False) -> None:
    """Save only a real change: every save writes a history record and moves the timeline's
    data version (which drops its cached summaries)."""
    if force or event.pk is None:
        event.save()
        return
    stored = Event.objects.filter(pk=event.pk).values(*REFRESHED_FIELDS).first()
    if stored is None or any(getattr(event, f) != stored[f] for f in REFRESHED_FIELDS):
        event.save()


class SourceFacts(Protocol):
    """What deriving an event's fields reads of a source (a stored `EventSource` or a batch's
    view of one)."""

    article_id: int
    evidence: str
    evidence_start: int
    date_start: date | None
    date_end: date | None
    precision: str
    date_basis: str
    status: str
    confidence: float


def derive_from_sources[S: SourceFacts](
    event: Event,
    sources: Sequence[S],
    *,
    tie_break: Callable[[S], int],
    first: S,
    needs_review: Callable[[], bool],
) -> None:
    """Set an event's derived fields from its (non-empty) sources, leaving locked fields
    alone: the most precise date (ties to the earliest article's statement, then
    `tie_break`), a conflict flag, the status, the confidence, a summary from `first`, and
    the review state (`needs_review` is asked after the other fields are set)."""
    dated = [s for s in sources if s.date_start is not None]
    exact = [s for s in dated if s.precision in EXACT_PRECISIONS]
    conflict = any(
        not _spans_compatible(a.date_start, a.date_end, b.date_start, b.date_end)
        for i, a in enumerate(exact)
        for b in exact[i + 1 :]
    )
    if dated and not event.is_locked("date_start"):
        # Ties go to the earliest article's statement: stable when an article's sources are
        # replaced by re-extraction (their ids change, their article and place do not).
        best = min(
            dated,
            key=lambda s: (
                PRECISION_RANK[Event.Precision(s.precision)],
                s.article_id,
                s.evidence_start,
                tie_break(s),
            ),
        )
        event.date_start, event.date_end = best.date_start, best.date_end
        event.precision = best.precision
        event.date_basis = best.date_basis
    elif not dated and not event.is_locked("date_start"):
        event.date_start = event.date_end = None
        event.precision = Event.Precision.UNKNOWN
        event.date_basis = Event.DateBasis.NONE
    event.date_conflict = conflict
    if not event.is_locked("status"):
        occurred = any(s.status == Event.Status.OCCURRED for s in sources)
        event.status = Event.Status.OCCURRED if occurred else Event.Status.PLANNED
    event.confidence = max(s.confidence for s in sources)
    if not event.is_locked("summary") and not event.summary:
        event.summary = first.evidence[:300]
    if event.review in (Event.Review.NEW, Event.Review.NEEDS_REVIEW):
        event.review = Event.Review.NEEDS_REVIEW if needs_review() else Event.Review.NEW


def new_event(candidate: EventCandidate, place: Place | None) -> Event:
    """An unsaved event as one statement tells it (its date that statement's, so that the
    article's later statements of the same event find it before the refresh)."""
    return Event(
        type=candidate.type,
        status=candidate.status,
        place=place,
        summary=candidate.summary[:300],
        confidence=candidate.confidence,
        date_start=candidate.date_start,
        date_end=candidate.date_end,
        precision=candidate.precision,
        date_basis=candidate.date_basis,
    )


def new_source(candidate: EventCandidate, article: Article) -> EventSource:
    """An unsaved source: what `article` says of an event (its event still to be set)."""
    return EventSource(
        article=article,
        evidence=candidate.evidence,
        evidence_start=candidate.evidence_start,
        evidence_end=candidate.evidence_end,
        date_text=candidate.date_text[:200],
        date_start=candidate.date_start,
        date_end=candidate.date_end,
        precision=candidate.precision,
        date_basis=candidate.date_basis,
        status=candidate.status,
        trigger=candidate.trigger[:100],
        actor_names=list(candidate.actors),
        location_name=candidate.location or "",
        confidence=candidate.confidence,
        extractor_version=EXTRACTOR_VERSION,
    )


def event_refresh(event: Event, *, force_save: bool = False) -> None:
    """Recompute an event's derived fields from its sources, leaving locked fields alone;
    saved only when something changed (or always, with `force_save`: an editor's action
    whose other changes, and history record, are in the same save)."""
    sources = list(event.sources.all())
    if not sources:
        _save_if_changed(event, force=force_save)
        return
    derive_from_sources(
        event,
        sources,
        tie_break=lambda s: s.pk,
        first=sources[0],
        needs_review=lambda: bool(review_reasons(event)),
    )
    _save_if_changed(event, force=force_save)


def review_reasons(event: Event) -> list[str]:
    """Why an event needs a human, most pressing first (the review queue's order)."""
    reasons: list[str] = []
    if event.date_conflict:
        reasons.append("date_conflict")
    if event.date_basis == Event.DateBasis.PUBLICATION:
        reasons.append("publication_fallback")
    if event.precision in (Event.Precision.APPROXIMATE, Event.Precision.UNKNOWN):
        reasons.append("fuzzy_date")
    if event.confidence < LOW_CONFIDENCE:
        reasons.append("low_confidence")
    if event.pk and event.event_actors.filter(actor__status=Actor.Status.CANDIDATE).exists():
        reasons.append("actor_candidate")
    return reasons
