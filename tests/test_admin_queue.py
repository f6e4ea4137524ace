"""The review queue: what most needs a human comes first, with counts per reason, filters,
search, and a constant number of queries."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Article, Outlet
from tests.editorial_helpers import editor_client, make_event
from timeline.models import Actor, Event, EventSource

pytestmark = pytest.mark.django_db

URL = reverse("admin:timeline_event_changelist")


def queue(client, **params: str) -> list[str]:
    response = client.get(URL, params)
    assert response.status_code == 200
    return [e.summary for e in response.context["cl"].result_list]


def build_queue() -> None:
    candidate = Actor.objects.create(name="Dmitri Peskow", status=Actor.Status.CANDIDATE)
    review = Event.Review.NEEDS_REVIEW
    make_event(summary="verworfen", review=Event.Review.REJECTED, date_conflict=True)
    make_event(summary="bestätigt", review=Event.Review.VERIFIED, date_conflict=True)
    make_event(summary="neu ohne Befund", review=Event.Review.NEW)
    make_event(summary="neu unscharf", review=Event.Review.NEW, precision="approximate")
    make_event(summary="Kandidat", review=review, actors=[candidate])
    make_event(summary="geringe Konfidenz", review=review, confidence=0.2)
    make_event(summary="unscharf", review=review, precision="approximate")
    make_event(summary="Veröffentlichungstag", review=review, date_basis="publication")
    make_event(summary="Konflikt", review=review, date_conflict=True)


def test_it_opens_on_what_most_needs_a_human() -> None:
    client, _user = editor_client()
    build_queue()
    assert queue(client) == [
        "Konflikt",
        "Veröffentlichungstag",
        "unscharf",
        "geringe Konfidenz",
        "Kandidat",
        "neu unscharf",
        "neu ohne Befund",
        "bestätigt",
        "verworfen",
    ]


def test_it_counts_and_filters_by_reason() -> None:
    client, _user = editor_client()
    build_queue()
    make_event(summary="zweiter Konflikt", review=Event.Review.NEEDS_REVIEW, date_conflict=True)
    response = client.get(URL)
    html = response.content.decode()
    assert "Grund der Prüfung" in html
    assert "widersprüchliche Daten (2)" in html  # the rejected and verified ones do not count
    assert "neuer Akteurskandidat (1)" in html
    assert queue(client, grund="date_conflict") == ["Konflikt", "zweiter Konflikt"] or queue(
        client, grund="date_conflict"
    ) == ["zweiter Konflikt", "Konflikt"]
    assert queue(client, grund="actor_candidate") == ["Kandidat"]
    assert queue(client, grund="none") == ["neu ohne Befund"]


def test_it_filters_by_review_type_actor_outlet_and_period() -> None:
    client, _user = editor_client()
    putin = Actor.objects.create(name="Wladimir Putin")
    make_event(summary="Besuch", actors=[putin], review=Event.Review.VERIFIED)
    call = make_event(
        summary="Telefonat", type="call", date_start=date(2015, 3, 1), date_end=date(2015, 3, 1)
    )
    outlet = Outlet.objects.create(name="Keystone-SDA")
    Article.objects.filter(event_sources__event=call).update(outlet=outlet)
    assert queue(client, review__exact="verified") == ["Besuch"]
    assert queue(client, type__exact="call") == ["Telefonat"]
    assert queue(client, akteur=str(putin.pk)) == ["Besuch"]
    assert queue(client, zeitraum="2010") == ["Telefonat"]
    assert queue(client, date_start__year="2015") == ["Telefonat"]
    assert queue(client, sources__article__outlet__id__exact=str(outlet.pk)) == ["Telefonat"]


def test_it_searches_summaries_actor_names_and_evidence() -> None:
    client, _user = editor_client()
    lukaschenko = Actor.objects.create(name="Alexander Lukaschenko")
    make_event(summary="Treffen in Minsk", actors=[lukaschenko])
    other = make_event(summary="Gipfel in Kasan")
    EventSource.objects.filter(event=other).update(evidence="Die BRICS trafen sich in Kasan.")
    assert queue(client, q="Lukaschenko") == ["Treffen in Minsk"]
    assert queue(client, q="BRICS") == ["Gipfel in Kasan"]
    assert queue(client, q="Kasan") == ["Gipfel in Kasan"]


def test_the_queue_runs_a_constant_number_of_queries() -> None:
    client, _user = editor_client()
    putin = Actor.objects.create(name="Wladimir Putin")
    make_event(actors=[putin])
    client.get(URL)  # warm caches (content types, session)
    with CaptureQueriesContext(connection) as few:
        assert client.get(URL).status_code == 200
    for i in range(12):
        actor = Actor.objects.create(name=f"Akteur {i}")
        make_event(summary=f"Ereignis {i}", actors=[putin, actor], sources=2)
    with CaptureQueriesContext(connection) as many:
        response = client.get(URL)
    assert len(response.context["cl"].result_list) == 13
    assert len(many) == len(few), [q["sql"] for q in many.captured_queries]
