"""Merging event candidates across articles, and editors' work surviving re-extraction."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from articles.models import Article
from timeline.extraction.types import DateBasis, EventCandidate, EventType, Precision, Status
from timeline.models import Actor, ActorAlias, Event, Place
from timeline.services import candidates_merge

pytestmark = pytest.mark.django_db
BERLIN = ZoneInfo("Europe/Berlin")


def make_article(n: int, published: date | None = date(2024, 5, 24)) -> Article:
    return Article.objects.create(
        title=f"Bericht {n}",
        body=f"Text {n}",
        raw_content=f"Text {n}",
        input_format="text",
        content_hash=f"hash-{n}",
        published_at=datetime(published.year, published.month, published.day, 9, tzinfo=BERLIN)
        if published
        else None,
    )


def visit(
    start: date | None,
    end: date | None = None,
    precision: Precision = Precision.DAY,
    actors: tuple[str, ...] = ("Wladimir Putin", "Alexander Lukaschenko"),
    location: str | None = "Belarus",
    status: Status = Status.OCCURRED,
    evidence_start: int = 0,
) -> EventCandidate:
    return EventCandidate(
        type=EventType.VISIT,
        actors=list(actors),
        location=location,
        date_start=start,
        date_end=end or start,
        precision=precision,
        status=status,
        evidence="Der Präsident reiste zu einem Besuch.",
        evidence_start=evidence_start,
        evidence_end=evidence_start + 38,
        date_text="am Donnerstag",
        date_basis=DateBasis.RELATIVE if start else DateBasis.NONE,
        confidence=0.8,
        summary="Putin besucht Belarus",
    )


@pytest.fixture
def lexicon() -> None:
    putin = Actor.objects.create(name="Wladimir Putin", country="RU")
    ActorAlias.objects.create(actor=putin, alias="Putin")
    luka = Actor.objects.create(name="Alexander Lukaschenko", country="BY")
    ActorAlias.objects.create(actor=luka, alias="Lukaschenko")
    Place.objects.create(name="Belarus", kind=Place.Kind.COUNTRY, country="BY")
    Place.objects.create(name="Minsk", kind=Place.Kind.CITY, country="BY")


def test_the_same_event_from_two_articles_is_one_event_with_two_sources(lexicon: None) -> None:
    candidates_merge(article=make_article(1), candidates=[visit(date(2024, 5, 23))])
    candidates_merge(article=make_article(2), candidates=[visit(date(2024, 5, 23))])
    event = Event.objects.get()
    assert event.sources.count() == 2
    assert {a.name for a in event.actors.all()} == {"Wladimir Putin", "Alexander Lukaschenko"}
    assert event.place is not None and event.place.name == "Belarus"


def test_a_more_precise_date_refines_a_vaguer_one(lexicon: None) -> None:
    candidates_merge(
        article=make_article(1),
        candidates=[visit(date(2024, 5, 1), date(2024, 5, 31), Precision.MONTH)],
    )
    candidates_merge(article=make_article(2), candidates=[visit(date(2024, 5, 23))])
    event = Event.objects.get()
    assert (event.date_start, event.date_end, event.precision) == (
        date(2024, 5, 23),
        date(2024, 5, 23),
        "day",
    )
    assert not event.date_conflict


def test_conflicting_dates_stay_visible_and_are_flagged(lexicon: None) -> None:
    candidates_merge(article=make_article(1), candidates=[visit(date(2024, 5, 23))])
    candidates_merge(article=make_article(2), candidates=[visit(date(2024, 5, 24))])
    event = Event.objects.get()
    assert event.date_conflict
    assert event.review == Event.Review.NEEDS_REVIEW
    assert sorted(s.date_start for s in event.sources.all() if s.date_start) == [
        date(2024, 5, 23),
        date(2024, 5, 24),
    ]


def test_different_dates_far_apart_are_different_events(lexicon: None) -> None:
    candidates_merge(article=make_article(1), candidates=[visit(date(2024, 5, 23))])
    candidates_merge(article=make_article(2), candidates=[visit(date(2022, 12, 19))])
    assert Event.objects.count() == 2


def test_different_actors_are_different_events(lexicon: None) -> None:
    candidates_merge(article=make_article(1), candidates=[visit(date(2024, 5, 23))])
    candidates_merge(
        article=make_article(2),
        candidates=[visit(date(2024, 5, 23), actors=("Olaf Scholz",), location="Minsk")],
    )
    assert Event.objects.count() == 2
    assert Actor.objects.get(name="Olaf Scholz").status == Actor.Status.CANDIDATE


def test_re_extraction_is_idempotent(lexicon: None) -> None:
    article = make_article(1)
    candidates_merge(article=article, candidates=[visit(date(2024, 5, 23))])
    candidates_merge(article=article, candidates=[visit(date(2024, 5, 23))])
    event = Event.objects.get()
    assert event.sources.count() == 1
    article.refresh_from_db()
    assert article.extraction_status == Article.ExtractionStatus.DONE


def test_an_event_no_longer_extracted_disappears(lexicon: None) -> None:
    article = make_article(1)
    candidates_merge(article=article, candidates=[visit(date(2024, 5, 23))])
    candidates_merge(article=article, candidates=[])
    assert Event.objects.count() == 0


def test_an_editors_date_survives_re_extraction(lexicon: None) -> None:
    article = make_article(1)
    candidates_merge(article=article, candidates=[visit(date(2024, 5, 23))])
    event = Event.objects.get()
    event.date_start, event.date_end = date(2024, 5, 23), date(2024, 5, 24)
    event.precision = Event.Precision.RANGE
    event.date_basis = Event.DateBasis.EDITOR
    event.locked_fields = ["date_start", "date_end", "precision"]
    event.save()
    candidates_merge(article=article, candidates=[visit(date(2024, 5, 22))])
    event = Event.objects.get()
    assert (event.date_start, event.date_end, event.precision, event.date_basis) == (
        date(2024, 5, 23),
        date(2024, 5, 24),
        "range",
        "editor",
    )


def test_an_edited_event_is_kept_even_when_no_longer_extracted(lexicon: None) -> None:
    article = make_article(1)
    candidates_merge(article=article, candidates=[visit(date(2024, 5, 23))])
    Event.objects.update(review=Event.Review.VERIFIED)
    candidates_merge(article=article, candidates=[])
    assert Event.objects.get().review == Event.Review.VERIFIED


def test_a_rejected_event_does_not_come_back(lexicon: None) -> None:
    article = make_article(1)
    candidates_merge(article=article, candidates=[visit(date(2024, 5, 23))])
    Event.objects.update(review=Event.Review.REJECTED)
    candidates_merge(article=article, candidates=[visit(date(2024, 5, 23))])
    candidates_merge(article=make_article(2), candidates=[visit(date(2024, 5, 23))])
    event = Event.objects.get()
    assert event.review == Event.Review.REJECTED
    assert event.sources.count() == 2


def test_planned_becomes_occurred_when_a_source_reports_it(lexicon: None) -> None:
    candidates_merge(
        article=make_article(1, date(2024, 5, 20)),
        candidates=[visit(date(2024, 5, 23), status=Status.PLANNED)],
    )
    assert Event.objects.get().status == Event.Status.PLANNED
    candidates_merge(article=make_article(2), candidates=[visit(date(2024, 5, 23))])
    assert Event.objects.get().status == Event.Status.OCCURRED


def test_a_fuzzy_date_sends_the_event_to_review(lexicon: None) -> None:
    candidates_merge(
        article=make_article(1),
        candidates=[visit(date(2024, 5, 21), date(2024, 5, 31), Precision.APPROXIMATE)],
    )
    assert Event.objects.get().review == Event.Review.NEEDS_REVIEW


def test_protests_without_actors_merge_by_place(lexicon: None) -> None:
    protest = EventCandidate(
        type=EventType.PROTEST,
        actors=[],
        location="Minsk",
        date_start=date(2020, 8, 16),
        date_end=date(2020, 8, 16),
        precision=Precision.DAY,
        status=Status.OCCURRED,
        evidence="Zehntausende demonstrierten in Minsk.",
    )
    candidates_merge(article=make_article(1), candidates=[protest])
    candidates_merge(article=make_article(2), candidates=[protest])
    assert Event.objects.get().sources.count() == 2


def test_an_undated_report_does_not_join_a_dated_event(lexicon: None) -> None:
    candidates_merge(article=make_article(1), candidates=[visit(date(2024, 5, 23))])
    candidates_merge(article=make_article(2), candidates=[visit(None, precision=Precision.UNKNOWN)])
    assert Event.objects.count() == 2


def test_calls_with_different_partners_stay_apart(lexicon: None) -> None:
    merkel = Actor.objects.create(name="Angela Merkel", country="DE")

    def call(actors: tuple[str, ...], day: date) -> EventCandidate:
        return EventCandidate(
            type=EventType.CALL,
            actors=list(actors),
            location=None,
            date_start=day,
            date_end=day,
            precision=Precision.DAY,
            status=Status.OCCURRED,
            evidence="Sie telefonierten.",
        )

    candidates_merge(
        article=make_article(1),
        candidates=[call(("Wladimir Putin", "Alexander Lukaschenko"), date(2020, 8, 16))],
    )
    candidates_merge(
        article=make_article(2),
        candidates=[call(("Wladimir Putin", "Angela Merkel"), date(2020, 8, 18))],
    )
    candidates_merge(
        article=make_article(3),
        candidates=[call(("Wladimir Putin", "Angela Merkel"), date(2020, 8, 18))],
    )
    assert Event.objects.count() == 2
    assert Event.objects.get(actors=merkel).sources.count() == 2


def test_an_editors_merge_holds_when_the_article_is_re_extracted(lexicon: None) -> None:
    first, second = make_article(1), make_article(2)
    candidates_merge(article=first, candidates=[visit(date(2024, 5, 23))])
    # The extractor saw no common ground (different places in far-apart countries)...
    candidates_merge(
        article=second,
        candidates=[visit(date(2024, 5, 23), actors=("Putin",), location="Peking")],
    )
    kept, other = Event.objects.order_by("pk")
    # ...an editor merges them (as timeline.editorial does: move the sources, lock, verify).
    other.sources.update(event=kept)
    other.delete()
    Event.objects.filter(pk=kept.pk).update(review=Event.Review.VERIFIED)
    candidates_merge(
        article=second,
        candidates=[visit(date(2024, 5, 23), actors=("Putin",), location="Peking")],
    )
    assert Event.objects.count() == 1
    assert Event.objects.get().sources.count() == 2
