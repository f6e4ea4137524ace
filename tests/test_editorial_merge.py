"""Merging duplicate events, splitting a source off, and re-extraction afterwards."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from tests.editorial_helpers import candidate, editor_client, make_article, make_event
from timeline import editorial
from timeline.extraction.types import DateBasis, Precision
from timeline.models import Actor, Event, EventSource
from timeline.services import candidates_merge

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:timeline_event_changelist")


def duplicates() -> tuple[Event, Event, Actor, Actor]:
    putin = Actor.objects.create(name="Wladimir Putin")
    lukaschenko = Actor.objects.create(name="Alexander Lukaschenko")
    vague = make_event(
        summary="Putin reist nach Minsk",
        actors=[putin],
        date_start=date(2024, 5, 1),
        date_end=date(2024, 5, 31),
        precision="month",
        review=Event.Review.NEEDS_REVIEW,
    )
    exact = make_event(summary="Lukaschenko empfängt Putin", actors=[lukaschenko], sources=2)
    return vague, exact, putin, lukaschenko


def test_the_merge_action_asks_which_event_stays_and_proposes_the_best_dated() -> None:
    client, _user = editor_client()
    vague, exact, _putin, _lukaschenko = duplicates()
    response = client.post(
        CHANGELIST, {"action": "merge_events", "_selected_action": [vague.pk, exact.pk]}
    )
    assert response.status_code == 200
    assert response.context["best"] == exact
    html = response.content.decode()
    assert f'value="{exact.pk}" checked' in html


def test_the_merge_confirmation_warns_of_different_types_dates_and_actors() -> None:
    client, _user = editor_client()
    putin = Actor.objects.create(name="Wladimir Putin")
    xi = Actor.objects.create(name="Xi Jinping")
    visit = make_event(actors=[putin], date_start=date(2024, 5, 9), date_end=date(2024, 5, 9))
    call = make_event(
        type=Event.Type.CALL,
        actors=[xi],
        date_start=date(2024, 6, 20),
        date_end=date(2024, 6, 20),
    )
    response = client.post(
        CHANGELIST, {"action": "merge_events", "_selected_action": [visit.pk, call.pk]}
    )
    warnings = response.context["warnings"]
    assert len(warnings) == 3
    assert "Besuch" in warnings[0] and "Telefonat" in warnings[0]
    assert "42 Tage" in warnings[1]
    assert "keinen Akteur gemeinsam" in warnings[2]
    assert "merge-warnings" in response.content.decode()


def test_likely_duplicates_merge_without_warnings() -> None:
    client, _user = editor_client()
    putin = Actor.objects.create(name="Wladimir Putin")
    first = make_event(actors=[putin])
    second = make_event(actors=[putin], date_start=date(2024, 5, 10), date_end=date(2024, 5, 10))
    response = client.post(
        CHANGELIST, {"action": "merge_events", "_selected_action": [first.pk, second.pk]}
    )
    assert response.context["warnings"] == []


def test_merging_combines_sources_and_actors_into_one_event() -> None:
    client, user = editor_client()
    vague, exact, putin, lukaschenko = duplicates()
    response = client.post(
        CHANGELIST,
        {
            "action": "merge_events",
            "_selected_action": [vague.pk, exact.pk],
            "post": "yes",
            "target": str(exact.pk),
        },
    )
    assert response.status_code == 302
    assert list(Event.objects.all()) == [exact]
    exact.refresh_from_db()
    assert set(exact.actors.all()) == {putin, lukaschenko}
    assert exact.sources.count() == 3
    assert (exact.date_start, exact.precision) == (date(2024, 5, 9), Event.Precision.DAY)
    assert exact.review == Event.Review.VERIFIED
    assert set(exact.locked_fields) == set(Event.EDITABLE_FIELDS)
    assert exact.edited_by == user
    # The deleted duplicate's history is kept, with who deleted it.
    deleted = Event.history.filter(id=vague.pk, history_type="-").get()
    assert deleted.history_user == user


def test_a_merge_of_conflicting_dates_goes_back_to_the_queue() -> None:
    _client, user = editor_client()
    first = make_event(summary="A", date_start=date(2024, 5, 9), date_end=date(2024, 5, 9))
    second = make_event(summary="B", date_start=date(2024, 5, 20), date_end=date(2024, 5, 20))
    merged = editorial.events_merge(events=[first, second], user=user)
    assert merged.date_conflict
    assert merged.review == Event.Review.NEEDS_REVIEW
    assert {"type", "actors"} <= set(merged.locked_fields)
    assert "date_start" not in merged.locked_fields


def test_a_merged_event_keeps_its_dates_when_an_article_is_re_extracted() -> None:
    _client, user = editor_client()
    article_a = make_article(title="A")
    article_b = make_article(title="B")
    [a] = candidates_merge(article=article_a, candidates=[candidate()])
    [b] = candidates_merge(
        article=article_b,
        candidates=[
            candidate(
                type="meeting",
                evidence="Putin traf im Mai Lukaschenko.",
                date_start=date(2024, 5, 1),
                date_end=date(2024, 5, 31),
                precision=Precision.MONTH,
                date_basis=DateBasis.EXPLICIT,
            )
        ],
    )
    assert a.pk != b.pk
    merged = editorial.events_merge(events=[a, b], user=user)
    candidates_merge(
        article=article_a,
        candidates=[candidate(date_start=date(2024, 5, 8), date_end=date(2024, 5, 8))],
    )
    merged.refresh_from_db()
    assert merged.date_start == date(2024, 5, 9)
    assert merged.review == Event.Review.VERIFIED


def test_a_source_can_be_split_off_into_its_own_event() -> None:
    client, user = editor_client()
    putin = Actor.objects.create(name="Wladimir Putin")
    lukaschenko = Actor.objects.create(name="Alexander Lukaschenko")
    event = make_event(actors=[putin, lukaschenko], sources=2)
    source = EventSource.objects.filter(event=event).order_by("pk").last()
    assert source is not None
    EventSource.objects.filter(pk=source.pk).update(
        actor_names=["Lukaschenko"],
        date_start=date(2024, 6, 1),
        date_end=date(2024, 6, 1),
    )
    from timeline.models import ActorAlias

    ActorAlias.objects.create(actor=lukaschenko, alias="Lukaschenko")
    url = reverse("admin:timeline_event_split", args=[event.pk, source.pk])
    change_page = client.get(reverse("admin:timeline_event_change", args=[event.pk]))
    assert url in change_page.content.decode()
    assert client.get(url).status_code == 200
    response = client.post(url)
    assert response.status_code == 302
    new = Event.objects.exclude(pk=event.pk).get()
    assert response["Location"] == reverse("admin:timeline_event_change", args=[new.pk])
    assert list(new.actors.all()) == [lukaschenko]
    assert new.date_start == date(2024, 6, 1)
    assert new.created_by_editor
    assert new.edited_by == user
    assert list(new.sources.all()) == [EventSource.objects.get(pk=source.pk)]
    assert EventSource.objects.get(pk=source.pk).added_by_editor
    event.refresh_from_db()
    assert event.sources.count() == 1
    assert event.version == 2


def test_the_only_source_cannot_be_split_off() -> None:
    client, _user = editor_client()
    event = make_event()
    source = event.sources.get()
    response = client.post(reverse("admin:timeline_event_split", args=[event.pk, source.pk]))
    assert response.status_code == 302
    assert Event.objects.count() == 1
