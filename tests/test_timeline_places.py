"""The place filter (issue 15, §2): a searchable field whose suggestions are the places with
events, most first, with counts; a typed name works without JavaScript, an unknown one is
refused as an unknown actor is."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client

from tests.factories import make_event, make_place
from timeline.models import Event

pytestmark = pytest.mark.django_db


def _ids(body: str) -> list[int]:
    return [int(pk) for pk in re.findall(r'<li class="event [^"]*" id="event-(\d+)"', body)]


@pytest.fixture
def places() -> dict[str, Any]:
    minsk, kiew = make_place(name="Minsk"), make_place(name="Kiew")
    make_place(name="Ulan-Ude")  # in the lexicon, no event
    rejected = make_place(name="Oslo")
    events = [make_event(place=minsk) for _ in range(3)] + [make_event(place=kiew)]
    make_event(place=rejected, review=Event.Review.REJECTED)
    return {"minsk": minsk, "kiew": kiew, "events": events}


def test_the_suggestions_are_the_places_with_events_most_first_with_counts(
    client: Client, places: dict[str, Any]
) -> None:
    body = client.get("/").content.decode()
    assert '<select name="place"' not in body
    assert 'list="place-options"' in body
    options = re.findall(r'<option value="([^"]+)" label="[^"]*">([^<]+)</option>', body)
    assert options == [("Minsk", "Minsk (3)"), ("Kiew", "Kiew (1)")]
    assert 'label="3 Ereignisse"' in body


@pytest.mark.parametrize("typed", ["Minsk", "minsk", " Minsk ", "Minsk (3)"])
def test_a_typed_place_name_filters_without_javascript(
    client: Client, places: dict[str, Any], typed: str
) -> None:
    events = places["events"]
    response = client.get("/", {"place": typed})
    assert response.status_code == 200
    body = response.content.decode()
    assert _ids(body) == [e.pk for e in events[:3]]
    # The field shows the place's name; the page title names it.
    assert 'id="id_place" list="place-options"' in body
    assert re.search(r'id="id_place"[^>]*value="Minsk"', body, re.S)
    assert "<title>Minsk – Chronik" in body


def test_an_id_of_an_older_link_still_works_and_the_url_names_the_place(
    client: Client, places: dict[str, Any]
) -> None:
    minsk = places["minsk"]
    response = client.get(f"/?place={minsk.pk}", HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert len(_ids(response.content.decode())) == 3
    assert response["HX-Push-Url"] == "/?place=Minsk"


@pytest.mark.parametrize("headers", [{}, {"HX-Request": "true"}])
def test_an_unknown_place_is_a_clear_error(
    client: Client, places: dict[str, Any], headers: dict[str, str]
) -> None:
    response = client.get("/?place=Atlantis", headers=headers)
    assert response.status_code == 400
    body = response.content.decode()
    assert "Ort: Kein Ort „Atlantis“ bekannt." in body
    assert _ids(body) == []


def test_the_export_takes_a_place_name_too(client: Client, places: dict[str, Any]) -> None:
    response = client.get("/export/?place=Kiew&format=json")
    import json

    rows = json.loads(b"".join(response.streaming_content))  # type: ignore[attr-defined]
    assert [row["place"] for row in rows] == ["Kiew"]
    assert client.get("/export/?place=Atlantis").status_code == 400
