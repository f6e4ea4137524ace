"""History: every change names who, when and what; an old version can be restored."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from tests.editorial_helpers import editor_client, form_data, make_event
from timeline.models import Actor, Event, Place

pytestmark = pytest.mark.django_db


def correct(client, event: Event, **values: str) -> None:
    url = reverse("admin:timeline_event_change", args=[event.pk])
    data = form_data(client.get(url))
    data.update(values)
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors


def test_the_history_page_shows_who_changed_what() -> None:
    client, _user = editor_client("anna")
    event = make_event(date_start=date(2024, 5, 10), date_end=date(2024, 5, 10))
    correct(client, event, date_start="2024-05-09", date_end="2024-05-09")
    response = client.get(reverse("admin:timeline_event_history", args=[event.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "anna" in html
    assert "Redaktion: Beginn, Ende" in html  # the change reason
    assert "Beginn" in html and "10. Mai 2024" in html and "9. Mai 2024" in html


def test_the_history_page_speaks_the_editors_language() -> None:
    client, _user = editor_client("anna")
    event = make_event(date_start=date(2024, 5, 10), date_end=date(2024, 5, 10))
    correct(
        client,
        event,
        date_start="2024-05-01",
        date_end="2024-05-31",
        precision="month",
        review="verified",
    )
    page = client.get(reverse("admin:timeline_event_history", args=[event.pk])).content.decode()
    html = " ".join(page.split())
    table = html[html.index('id="change-history"') :]
    headers = table[: table.index("</thead>")]
    assert "Genauigkeit" in headers and "Prüfstatus" in headers
    assert "date_start" not in headers and "precision" not in headers
    # Choices by their labels, empty values as a dash, field lists by their labels.
    assert "Tag &nbsp;&rarr;&nbsp;&nbsp;Monat" in html
    assert "neu &nbsp;&rarr;&nbsp;&nbsp;bestätigt" in html
    assert (
        "Von der Redaktion gesetzt:</strong> – &nbsp;&rarr;&nbsp;&nbsp;Beginn, Ende, Genauigkeit"
        in html
    )
    assert "pk=None" not in html


def test_reverting_restores_the_old_date_as_an_editors_decision() -> None:
    client, user = editor_client()
    event = make_event(date_start=date(2024, 5, 10), date_end=date(2024, 5, 10))
    original = event.history.earliest()
    correct(client, event, date_start="2024-05-09", date_end="2024-05-09")
    event.refresh_from_db()
    assert event.date_start == date(2024, 5, 9)

    url = reverse("admin:timeline_event_simple_history", args=[event.pk, original.history_id])
    page = client.get(url)
    assert page.status_code == 200
    data = form_data(page)
    assert data["date_start"] == "2024-05-10"
    assert str(data["loaded_version"]) == "2"  # the current version, not the old record's
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    event.refresh_from_db()
    assert event.date_start == date(2024, 5, 10)
    assert event.version == 3
    assert event.edited_by == user
    assert event.date_basis == Event.DateBasis.EDITOR
    assert "date_start" in event.locked_fields
    assert event.history.count() == 3


def test_actor_and_place_changes_are_recorded_with_the_editor() -> None:
    client, user = editor_client()
    actor = Actor.objects.create(name="Wladimir Putin")
    place = Place.objects.create(name="Minsk")
    url = reverse("admin:timeline_actor_change", args=[actor.pk])
    data = form_data(client.get(url))
    data["name"] = "Wladimir Wladimirowitsch Putin"
    data["aliases-0-alias"] = "Putin"
    assert client.post(url, data).status_code == 302
    actor.refresh_from_db()
    assert actor.history.latest().history_user == user
    assert actor.aliases.get().history.latest().history_user == user
    url = reverse("admin:timeline_place_change", args=[place.pk])
    data = form_data(client.get(url))
    data["country"] = "BY"
    assert client.post(url, data).status_code == 302
    assert place.history.latest().history_user == user
    assert client.get(reverse("admin:timeline_place_history", args=[place.pk])).status_code == 200
