"""The interface is German; English comes from the catalogue in locale/en."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import Client

from tests.factories import make_actor, make_event
from timeline.models import Event

pytestmark = pytest.mark.django_db


def test_the_timeline_renders_in_english(client: Client) -> None:
    putin = make_actor(name="Wladimir Putin")
    make_event(
        summary="Putin reist",
        type=Event.Type.VISIT,
        status=Event.Status.PLANNED,
        date_start=date(2024, 5, 21),
        date_end=date(2024, 5, 31),
        precision=Event.Precision.APPROXIMATE,
        actors=[putin],
    )
    body = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="en">' in body
    assert "Timeline of political events" in body
    assert "late May 2024 (approximately)" in body
    assert ">Visit</span>" in body and ">planned</span>" in body
    assert "1 event" in body and "Load more" not in body


def test_the_timeline_renders_in_german_by_default(client: Client) -> None:
    make_event(summary="x", type=Event.Type.VISIT)
    body = client.get("/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert '<html lang="de">' in body
    assert "Chronik politischer Ereignisse" in body and ">Besuch</span>" in body


def test_a_bad_period_is_explained_in_english(client: Client) -> None:
    response = client.get("/?start=yesterday", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200  # the field is marked, the list stays
    assert "“yesterday” is not a period" in response.content.decode()


def test_the_editors_desk_speaks_english_with_singular_and_plural() -> None:
    from django.urls import reverse

    from tests.editorial_helpers import editor_client
    from tests.editorial_helpers import make_event as make_reviewed_event

    client, _user = editor_client()
    url = reverse("admin:timeline_event_changelist")
    events = [make_reviewed_event(review=Event.Review.NEEDS_REVIEW) for _ in range(3)]
    changelist = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Merge selected events" in changelist
    done = client.post(
        url,
        {"action": "confirm_events", "_selected_action": [events[0].pk]},
        HTTP_ACCEPT_LANGUAGE="en",
        follow=True,
    ).content.decode()
    assert "1 event verified." in done
    done = client.post(
        url,
        {"action": "reject_events", "_selected_action": [e.pk for e in events[1:]]},
        HTTP_ACCEPT_LANGUAGE="en",
        follow=True,
    ).content.decode()
    assert "2 events rejected." in done
    german = client.get(url, HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "Ausgewählte Ereignisse zusammenführen" in german


@pytest.mark.parametrize("language", ["de", "en"])
def test_heading_labels_are_djangos_date_formats(language: str) -> None:
    from datetime import timedelta

    from django.utils import formats, translation

    from timeline.periods import day_label, month_label

    with translation.override(language):
        day = date(2023, 12, 20)
        for _ in range(400):
            assert month_label(day) == formats.date_format(day, "F Y")
            assert day_label(day) == formats.date_format(day, "l, j. F Y")
            day += timedelta(days=1)
        assert month_label(date(987, 5, 1)) == formats.date_format(date(987, 5, 1), "F Y")
