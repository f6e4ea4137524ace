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


def test_one_sentence_stating_an_event_twice_keeps_each_on_its_day() -> None:
    """ "telefonierten am Montag und erneut am Mittwoch": two statements with the same
    sentence, trigger, type and people return to their own events, whatever another article
    tells of the same days."""
    from datetime import date

    from tests.editorial_helpers import candidate, make_article
    from timeline.extraction.types import EventCandidate
    from timeline.services import candidates_merge

    def calls(*days: tuple[date, date]) -> list[EventCandidate]:
        return [
            candidate(type="call", location=None, date_start=a, date_end=b, trigger="telefonierten")
            for a, b in days
        ]

    monday, wednesday = date(2024, 5, 6), date(2024, 5, 8)
    first = make_article()
    second = make_article(title="Zweiter Bericht")
    events = candidates_merge(
        article=first, candidates=calls((monday, monday), (wednesday, wednesday))
    )
    candidates_merge(article=second, candidates=calls((monday, wednesday)))
    days = {e.pk: (e.date_start, e.date_end) for e in Event.objects.all()}
    for _ in range(2):
        again = candidates_merge(
            article=first, candidates=calls((monday, monday), (wednesday, wednesday))
        )
        assert [e.pk for e in again] == [e.pk for e in events]
        assert {e.pk: (e.date_start, e.date_end) for e in Event.objects.all()} == days
