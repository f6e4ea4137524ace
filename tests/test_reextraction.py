"""Re-extraction is idempotent: on unchanged articles `extract --all` keeps every event id
(links in analysts' notes and exports stay valid) and writes no history."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from timeline.models import Event, EventActor

pytestmark = pytest.mark.django_db


def _state() -> tuple[dict[int, tuple[object, ...]], int, int]:
    events: dict[int, tuple[object, ...]] = {
        e["id"]: (e["type"], e["date_start"], e["date_end"], e["status"], e["place_id"])
        for e in Event.objects.values("id", "type", "date_start", "date_end", "status", "place_id")
    }
    return events, Event.history.count(), EventActor.history.count()


def test_extracting_everything_again_changes_nothing() -> None:
    call_command("demo", stdout=StringIO())
    before, history, link_history = _state()
    assert len(before) >= 40
    for _ in range(2):
        call_command("extract", "--all", stdout=StringIO())
        assert _state() == (before, history, link_history)


def test_a_changed_statement_updates_its_event_in_place() -> None:
    from datetime import date

    from tests.editorial_helpers import candidate, make_article
    from timeline.services import candidates_merge

    article = make_article()
    [event] = candidates_merge(article=article, candidates=[candidate()])
    records = event.history.count()
    [again] = candidates_merge(
        article=article,
        candidates=[candidate(date_start=date(2024, 5, 10), date_end=date(2024, 5, 10))],
    )
    assert again.pk == event.pk
    assert again.date_start == date(2024, 5, 10)
    assert again.history.count() == records + 1  # the one real change
