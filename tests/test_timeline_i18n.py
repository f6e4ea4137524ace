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
    assert response.status_code == 400
    assert "“yesterday” is not a period" in response.content.decode()
