"""The batch merge (`timeline.batch_merge`) decides exactly as `candidates_merge` article after
article: the same events, fields, participants and sources, in the same order, over a
database that already holds events (some of them corrected by editors), with re-extracted
articles between new ones, on SQLite and PostgreSQL."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection, transaction

from articles.models import Article, Outlet
from timeline.batch_merge import articles_merge
from timeline.extraction.types import EventCandidate
from timeline.management.commands.bench_pipeline import generate_articles
from timeline.models import Actor, Event, EventActor, EventSource, Place
from timeline.services import _actor_index, candidates_merge, current_extractor, publication_day

pytestmark = pytest.mark.django_db

type Extracted = list[tuple[Article, list[EventCandidate]]]


def _articles(count: int) -> Extracted:
    """Generated articles by a few people, published within three weeks: many of their
    statements are of the same events."""
    call_command("load_lexicon", stdout=io.StringIO())
    people = list(
        Actor.objects.filter(kind=Actor.Kind.PERSON, status=Actor.Status.CONFIRMED)
        .order_by("pk")
        .values_list("name", flat=True)[:6]
    )
    cities = list(Place.objects.filter(kind=Place.Kind.CITY).values_list("name", flat=True)[:3])
    countries = list(
        Place.objects.filter(kind=Place.Kind.COUNTRY).values_list("name", flat=True)[:2]
    )
    outlet = Outlet.objects.create(name="Batch-Nachrichten")
    first = datetime(2024, 5, 1, 8, tzinfo=UTC)
    articles = []
    for n, generated in enumerate(
        generate_articles(count, people=people, cities=cities, countries=countries, seed=16)
    ):
        published = first + timedelta(hours=(n * 37) % (21 * 24))
        if n % 29 == 0:
            published = generated.published_at
        articles.append(
            Article.objects.create(
                outlet=outlet,
                title=generated.title,
                body=generated.text,
                raw_content=generated.text,
                input_format=Article.InputFormat.TEXT,
                url=generated.url,
                content_hash=f"batch-{n}",
                published_at=None if n % 31 == 0 else published,
            )
        )
    extractor: Any = current_extractor()
    results = extractor.extract_many(
        [(a.analysis_text, publication_day(a)) for a in articles], batch_size=32
    )
    return [(a, list(r.events)) for a, r in zip(articles, results, strict=True)]


def _one_by_one(extracted: Extracted) -> None:
    index = _actor_index()
    for article, candidates in extracted:
        candidates_merge(article=article, candidates=candidates, actor_index=index)


def _batched(extracted: Extracted, size: int) -> None:
    for start in range(0, len(extracted), size):
        articles_merge(results=extracted[start : start + size], actor_index=_actor_index())


def _state() -> list[tuple[object, ...]]:
    """Every event by id order, with its participants and sources, ids left out."""
    actors: dict[int, list[str]] = {}
    for event_id, name in EventActor.objects.order_by("pk").values_list("event_id", "actor__name"):
        actors.setdefault(event_id, []).append(name)
    sources: dict[int, list[tuple[object, ...]]] = {}
    for row in EventSource.objects.order_by("pk").values_list(
        "event_id", "article__content_hash", "evidence_start", "trigger", "date_start", "status"
    ):
        sources.setdefault(row[0], []).append(row[1:])
    return [
        (
            e.type,
            e.status,
            e.date_start,
            e.date_end,
            e.precision,
            e.date_basis,
            e.date_conflict,
            e.place.name if e.place else None,
            e.summary,
            e.confidence,
            e.review,
            e.locked_fields,
            actors.get(e.pk, []),
            sources.get(e.pk, []),
        )
        for e in Event.objects.select_related("place").order_by("pk")
    ] + [
        ("article", a.content_hash, a.extraction_status)
        for a in Article.objects.order_by("content_hash")
    ]


def _compare(before: Extracted, after: Extracted, size: int) -> int:
    """Merge `before` one by one (the stored state), then `after` both ways; the states."""
    _one_by_one(before)
    _editors_correct()
    savepoint = transaction.savepoint_create()
    _one_by_one(after)
    expected = _state()
    transaction.savepoint_rollback(savepoint)
    _batched(after, size)
    assert _state() == expected
    _history_is_current()
    return len(expected)


def _history_is_current() -> None:
    """Every event's and participation's last history record holds what is stored."""
    for model in (Event, EventActor):
        fields = [f.attname for f in model.history.model.tracked_fields]
        stored = {row["id"]: row for row in model.objects.values(*fields)}
        recorded: dict[int, dict[str, object]] = {}
        for row in model.history.order_by("history_id").values(*fields, "history_type"):
            recorded[row["id"]] = row
        assert stored
        for pk, row in stored.items():
            assert {k: v for k, v in recorded[pk].items() if k != "history_type"} == row


def _editors_correct() -> None:
    """Some stored events corrected: verified, a date or place locked, a source added."""
    events = list(Event.objects.order_by("pk"))
    for n, event in enumerate(events):
        if n % 7 == 0:
            event.review = Event.Review.VERIFIED
        elif n % 7 == 1:
            event.locked_fields = ["date_start", "date_end", "precision", "place", "actors"]
            event.date_start = event.date_end = date(2024, 5, 3)
            event.precision = Event.Precision.DAY
        elif n % 7 == 2:
            event.locked_fields = ["status", "summary"]
            event.status = Event.Status.PLANNED
            event.summary = "Von der Redaktion"
        else:
            continue
        event.save()
    for event in events[3::11]:
        source = event.sources.first()
        if source is not None:
            EventSource.objects.create(
                event=event,
                article=source.article,
                evidence="Von der Redaktion ergänzt.",
                added_by_editor=True,
                confidence=0.3,
            )
    Actor.objects.filter(pk__in=EventActor.objects.order_by("pk").values("actor_id")[:2]).update(
        status=Actor.Status.DISMISSED
    )


def test_a_batch_merges_as_one_article_after_another() -> None:
    extracted = _articles(160)
    # an undated statement at a place, a statement of an unknown person
    article, candidates = extracted[-1]
    extra = [
        replace(c, date_start=None, date_end=None, actors=[]) for c in candidates if c.location
    ]
    extra += [replace(c, actors=[*c.actors, "Erika Unbekannt"]) for c in candidates[:1]]
    extracted[-1] = (article, candidates + extra)
    before, after = extracted[:80], extracted[80:]
    # articles extracted before come again among the new ones
    after = after[:20] + before[5:8] + after[20:40] + before[40:41] + after[40:]
    rows = _compare(before, after, size=32)
    assert rows > 200


def test_a_batch_merges_the_same_event_told_by_several_new_articles() -> None:
    extracted = _articles(60)
    # the same statements told again by other articles of the same batch
    copies = [
        (article, [replace(c, evidence_start=c.evidence_start + 1) for c in candidates])
        for article, candidates in extracted[:20]
    ]
    _compare([], extracted[20:] + list(reversed(copies)), size=64)
    if connection.vendor == "postgresql":
        # the search vector of every event holds the evidence of all its sources (inserted
        # together: one statement trigger, migration 0012)
        with connection.cursor() as cursor:
            cursor.execute(
                """SELECT count(*), count(*) FILTER (WHERE e.search IS DISTINCT FROM
                       to_tsvector('german'::regconfig, coalesce(e.summary, ''))
                       || coalesce((SELECT to_tsvector('german'::regconfig,
                                                       string_agg(s.evidence, ' '))
                                    FROM timeline_eventsource s WHERE s.event_id = e.id),
                                   ''::tsvector))
                   FROM timeline_event e"""
            )
            events, stale = cursor.fetchone()
        assert events > 50
        assert stale == 0


def test_a_batch_of_one_article_whose_statements_name_nobody() -> None:
    from tests.editorial_helpers import candidate, make_article

    article = make_article()
    nobody = candidate(type="protest", actors=[], evidence="In Minsk wurde demonstriert.")
    nowhere = candidate(type="summit", actors=[], location=None, evidence="Ein Gipfel.")
    articles_merge(results=[(article, [nobody, nowhere])], actor_index=_actor_index())
    again = make_article()
    articles_merge(results=[(again, [nobody])], actor_index=_actor_index())
    [event] = Event.objects.filter(type="protest")
    assert Event.objects.filter(type="summit").count() == 1
    assert event.place is not None and event.place.name == "Minsk"
    assert event.sources.count() == 2
