"""The editors' desk speaks German and is branded as the product: no Django defaults left in
English ("Filter by", "Run", "- Select an option -", "Task Results"), no "Django-Verwaltung",
field names as labels, each inline-editable field named, and the review queue shows each
event's source sentence."""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from tests.editorial_helpers import editor_client, make_event
from timeline.models import Actor, Event

pytestmark = pytest.mark.django_db

QUEUE = reverse("admin:timeline_event_changelist")


def test_the_queue_is_german_and_branded() -> None:
    client, _user = editor_client()
    make_event(summary="Putin besucht Minsk")
    html = client.get(QUEUE).content.decode()
    assert "Ereignischronik – Redaktion" in html
    assert "Django" not in re.sub(r"<script[^>]*>|<link[^>]*>", "", html).split("<body")[1]
    for english in ("Filter by", ">Run<", "Select an option", "Task Results"):
        assert english not in html, english
    assert "Filtern nach Beginn" in html
    assert ">Ausführen<" in html
    assert "– Bitte wählen –" in html


def test_the_start_page_names_the_task_queue_in_german() -> None:
    admin = User.objects.create_superuser("chefin", password="pw-for-tests-only")
    client = Client()
    client.force_login(admin)
    html = client.get(reverse("admin:index")).content.decode()
    assert "Ereignischronik – Redaktion" in html
    assert "Task Results" not in html
    assert "Hintergrundaufgaben" in html


def test_the_queue_shows_each_events_source_sentence_with_the_date_phrase_marked() -> None:
    client, _user = editor_client()
    make_event(summary="Putin besucht Minsk")
    html = client.get(QUEUE).content.decode()
    assert "Satz 0 zu Putin besucht Minsk <mark>am 9. Mai</mark>." in html
    assert ">Beleg<" in html


def test_the_inline_editable_fields_of_each_row_are_named() -> None:
    client, _user = editor_client()
    make_event(summary="Putin besucht Minsk", date_start=date(2024, 5, 9))
    html = client.get(QUEUE).content.decode()
    assert 'aria-label="Beginn: Putin besucht Minsk"' in html
    assert 'aria-label="Ende: Putin besucht Minsk"' in html
    assert 'aria-label="Genauigkeit: Putin besucht Minsk"' in html


def test_the_actor_inline_has_a_german_column() -> None:
    client, _user = editor_client()
    putin = Actor.objects.create(name="Wladimir Putin")
    event = make_event(actors=[putin])
    html = client.get(reverse("admin:timeline_event_change", args=[event.pk])).content.decode()
    assert re.search(r"<th[^>]*>\s*Akteur", html)
    assert not re.search(r"<th[^>]*>\s*actor\b", html, re.IGNORECASE)


def test_the_history_shows_no_none_for_a_missing_reason() -> None:
    client, _user = editor_client()
    event = make_event()
    event.summary = "Putin besucht Minsk erneut"
    event.save()  # a change without a reason
    html = client.get(reverse("admin:timeline_event_history", args=[event.pk])).content.decode()
    table = html[html.index('id="change-history"') :]
    assert "<td>None</td>" not in re.sub(r"\s+", "", table)
    assert Event.objects.get(pk=event.pk).summary.endswith("erneut")
