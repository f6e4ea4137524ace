"""Correcting an event beside its evidence: the change form, list edits, locking against
re-extraction, and no lost updates between two editors."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from articles.models import Article
from tests.editorial_helpers import candidate, editor_client, form_data, make_article, make_event
from timeline import editorial
from timeline.extraction.types import DateBasis, Precision
from timeline.models import Actor, Event, EventActor, EventSource
from timeline.services import candidates_merge

pytestmark = pytest.mark.django_db


def change_url(event: Event) -> str:
    return reverse("admin:timeline_event_change", args=[event.pk])


def extracted_event() -> tuple[Event, Article]:
    """An event as extraction leaves it: date from the publication-day fallback."""
    article = make_article(title="Putin in Minsk", outlet="Keystone-SDA")
    [event] = candidates_merge(
        article=article,
        candidates=[
            candidate(
                date_start=date(2024, 5, 10),
                date_end=date(2024, 5, 10),
                date_basis=DateBasis.PUBLICATION,
                date_text="",
                evidence="Putin ist in Minsk eingetroffen.",
            )
        ],
    )
    event.refresh_from_db()
    return event, article


def test_it_shows_each_source_sentence_with_the_date_phrase_marked() -> None:
    client, _user = editor_client()
    article = make_article(title="Gipfel", outlet="Keystone-SDA", published=date(2024, 5, 12))
    [event] = candidates_merge(
        article=article,
        candidates=[candidate(evidence="Putin <b>reiste</b> am 9. Mai nach Minsk.")],
    )
    response = client.get(change_url(event))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Putin &lt;b&gt;reiste&lt;/b&gt; <mark>am 9. Mai</mark> nach Minsk." in html
    assert "Keystone-SDA" in html
    assert "12.05.2024" in html
    assert 'name="loaded_version"' in html


def test_it_records_a_date_correction_as_the_editors_and_locks_it() -> None:
    client, user = editor_client()
    event, _article = extracted_event()
    assert event.review == Event.Review.NEEDS_REVIEW
    data = form_data(client.get(change_url(event)))
    data.update(date_start="2024-05-09", date_end="2024-05-09", precision="day")
    response = client.post(change_url(event), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    event.refresh_from_db()
    assert event.date_start == date(2024, 5, 9)
    assert event.date_basis == Event.DateBasis.EDITOR
    assert {"date_start", "date_end", "precision"} <= set(event.locked_fields)
    # Correcting the date is not confirming the event: that stays the editor's explicit act.
    assert event.review == Event.Review.NEEDS_REVIEW
    assert event.edited_by == user
    assert event.edited_at is not None
    assert event.version == 2
    latest = event.history.latest()
    assert latest.history_user == user
    assert latest.date_start == date(2024, 5, 9)


def test_a_corrected_date_is_not_announced_as_confirmed() -> None:
    client, _user = editor_client()
    event, _article = extracted_event()
    data = form_data(client.get(change_url(event)))
    data.update(date_start="2024-05-09", date_end="2024-05-09", precision="day")
    assert client.post(change_url(event), data).status_code == 302
    page = client.get(reverse("timeline:event", args=[event.pk])).content.decode()
    assert "09.05.2024" in page
    assert "von der Redaktion bestätigt" not in page
    assert "von der Redaktion korrigiert" in page

    # Confirming is a separate, explicit act.
    response = client.post(
        reverse("admin:timeline_event_changelist"),
        {"action": "confirm_events", "_selected_action": [event.pk]},
    )
    assert response.status_code == 302
    page = client.get(reverse("timeline:event", args=[event.pk])).content.decode()
    assert "von der Redaktion bestätigt" in page


def test_the_editor_can_set_the_review_state_in_the_form() -> None:
    client, _user = editor_client()
    event, _article = extracted_event()
    data = form_data(client.get(change_url(event)))
    data.update(date_start="2024-05-09", date_end="2024-05-09", review="verified")
    assert client.post(change_url(event), data).status_code == 302
    event.refresh_from_db()
    assert event.review == Event.Review.VERIFIED

    # A second look asked for: back into the queue, her date kept as hers.
    data = form_data(client.get(change_url(event)))
    data.update(review="needs_review")
    response = client.post(change_url(event), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    event.refresh_from_db()
    assert event.review == Event.Review.NEEDS_REVIEW
    assert event.date_basis == Event.DateBasis.EDITOR

    data = form_data(client.get(change_url(event)))
    data.update(review="rejected")
    assert client.post(change_url(event), data).status_code == 302
    event.refresh_from_db()
    assert event.review == Event.Review.REJECTED
    assert "review" not in event.locked_fields


def test_a_date_correction_survives_re_extraction() -> None:
    client, _user = editor_client()
    event, article = extracted_event()
    data = form_data(client.get(change_url(event)))
    data.update(date_start="2024-05-09", date_end="", precision="day")
    assert client.post(change_url(event), data).status_code == 302

    # The same article re-extracted with (again) the wrong date: the source is replaced, the
    # editor's date stays.
    [again] = candidates_merge(
        article=article,
        candidates=[
            candidate(
                date_start=date(2024, 5, 10),
                date_end=date(2024, 5, 10),
                date_basis=DateBasis.PUBLICATION,
                evidence="Putin ist in Minsk eingetroffen (neu).",
            )
        ],
    )
    assert again.pk == event.pk
    event.refresh_from_db()
    assert (event.date_start, event.date_end) == (date(2024, 5, 9), date(2024, 5, 9))
    assert event.date_basis == Event.DateBasis.EDITOR
    assert event.review == Event.Review.NEEDS_REVIEW
    assert list(event.sources.values_list("evidence", flat=True)) == [
        "Putin ist in Minsk eingetroffen (neu)."
    ]


def test_re_extraction_while_an_editor_works_leaves_the_editors_fields_alone() -> None:
    client, _user = editor_client()
    event, article = extracted_event()
    data = form_data(client.get(change_url(event)))  # the editor opens the form …

    # … meanwhile the article is re-extracted with a vaguer date and a second report arrives
    candidates_merge(
        article=article,
        candidates=[
            candidate(
                date_start=date(2024, 5, 1),
                date_end=date(2024, 5, 31),
                precision=Precision.MONTH,
                date_text="im Mai",
                evidence="Putin reist im Mai nach Minsk.",
            )
        ],
    )
    event.refresh_from_db()
    assert event.precision == Event.Precision.MONTH

    # … and the editor saves a summary only: the extractor's new date is not overwritten by
    # the stale form values, and no conflict is raised (extraction never touches her fields).
    data["summary"] = "Putin besucht Lukaschenko in Minsk"
    assert client.post(change_url(event), data).status_code == 302
    event.refresh_from_db()
    assert event.summary == "Putin besucht Lukaschenko in Minsk"
    assert event.precision == Event.Precision.MONTH
    assert "summary" in event.locked_fields

    # Re-extraction once more: her summary stays.
    candidates_merge(article=article, candidates=[candidate(summary="Extraktor-Text")])
    event.refresh_from_db()
    assert event.summary == "Putin besucht Lukaschenko in Minsk"


@pytest.mark.parametrize(
    ("start", "end", "precision", "field", "message"),
    [
        ("2024-05-10", "2024-05-09", "range", "date_end", "Ende"),
        ("2024-05-09", "2024-05-10", "day", "date_end", "Tag"),
        ("2024-05-09", "", "month", "date_end", "Monat"),
        ("", "", "day", "date_start", "Beginn"),
        ("2024-05-09", "", "unknown", "precision", "unbekannt"),
    ],
)
def test_it_refuses_inconsistent_dates(
    start: str, end: str, precision: str, field: str, message: str
) -> None:
    client, _user = editor_client()
    event = make_event()
    data = form_data(client.get(change_url(event)))
    data.update(date_start=start, date_end=end, precision=precision)
    response = client.post(change_url(event), data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert field in errors
    assert message in str(errors[field])
    event.refresh_from_db()
    assert event.version == 1


def test_it_fills_the_end_from_the_precision() -> None:
    client, _user = editor_client()
    event = make_event()
    data = form_data(client.get(change_url(event)))
    data.update(date_start="2024-02-01", date_end="", precision="month")
    assert client.post(change_url(event), data).status_code == 302
    event.refresh_from_db()
    assert (event.date_start, event.date_end) == (date(2024, 2, 1), date(2024, 2, 29))


def test_changing_the_actors_locks_them() -> None:
    client, _user = editor_client()
    putin = Actor.objects.create(name="Wladimir Putin")
    lukaschenko = Actor.objects.create(name="Alexander Lukaschenko")
    event = make_event(actors=[putin])
    data = form_data(client.get(change_url(event)))
    data["event_actors-TOTAL_FORMS"] = "2"
    data.update(
        {
            "event_actors-1-actor": str(lukaschenko.pk),
            "event_actors-1-role": "host",
            "event_actors-1-event": str(event.pk),
        }
    )
    response = client.post(change_url(event), data)
    assert response.status_code == 302, response.context["errors"]
    event.refresh_from_db()
    assert set(event.actors.all()) == {putin, lukaschenko}
    assert "actors" in event.locked_fields
    assert event.version == 2


# ------------------------------------------------------------------------------ no lost updates


def test_the_second_of_two_editors_is_told_and_shown_the_others_change() -> None:
    anna, _anna_user = editor_client("anna")
    ben, _ben_user = editor_client("ben")
    event = make_event(date_start=date(2024, 5, 10), date_end=date(2024, 5, 10))
    form_anna = form_data(anna.get(change_url(event)))
    form_ben = form_data(ben.get(change_url(event)))

    form_anna.update(date_start="2024-05-09", date_end="2024-05-09")
    assert anna.post(change_url(event), form_anna).status_code == 302

    form_ben.update(date_start="2024-05-11", date_end="2024-05-11", summary="Bens Fassung")
    response = ben.post(change_url(event), form_ben)
    assert response.status_code == 200
    errors = response.context["adminform"].form.non_field_errors()
    message = str(errors)
    assert "anna" in message
    assert "Beginn: 10.05.2024 → 09.05.2024" in message
    assert "Jetzt gespeichert" in message
    event.refresh_from_db()
    assert event.date_start == date(2024, 5, 9)
    assert event.summary == "Putin besucht Minsk"

    # Having seen Anna's change, Ben may deliberately save his version.
    again = form_data(response)
    assert str(again["loaded_version"]) == "2"
    assert ben.post(change_url(event), again).status_code == 302
    event.refresh_from_db()
    assert (event.date_start, event.summary, event.version) == (
        date(2024, 5, 11),
        "Bens Fassung",
        3,
    )


def test_after_a_conflict_the_form_holds_the_stored_values_and_ones_own_changes() -> None:
    anna, _anna_user = editor_client("anna")
    ben, _ben_user = editor_client("ben")
    event = make_event(date_start=date(2024, 5, 10), date_end=date(2024, 5, 10))
    form_anna = form_data(anna.get(change_url(event)))
    form_ben = form_data(ben.get(change_url(event)))
    form_anna.update(date_start="2024-05-09", date_end="2024-05-09")
    assert anna.post(change_url(event), form_anna).status_code == 302

    form_ben["summary"] = "Putin trifft Lukaschenko"
    response = ben.post(change_url(event), form_ben)
    assert response.status_code == 200
    shown = form_data(response)
    assert shown["date_start"] == "09.05.2024"  # Anna's date, not Ben's stale one
    assert shown["summary"] == "Putin trifft Lukaschenko"  # Ben's own change
    assert ben.post(change_url(event), shown).status_code == 302
    event.refresh_from_db()
    assert (event.date_start, event.summary) == (date(2024, 5, 9), "Putin trifft Lukaschenko")
    assert event.date_basis == Event.DateBasis.EDITOR


def test_an_action_in_between_also_counts_as_a_change() -> None:
    client, user = editor_client()
    event = make_event()
    data = form_data(client.get(change_url(event)))
    editorial.event_reject(event=Event.objects.get(pk=event.pk), user=user)
    data["summary"] = "anders"
    response = client.post(change_url(event), data)
    assert response.status_code == 200
    assert "verworfen" in str(response.context["adminform"].form.non_field_errors())


def list_post(event: Event, *, loaded_version: int, **values: str) -> dict[str, str]:
    data = {
        "form-TOTAL_FORMS": "1",
        "form-INITIAL_FORMS": "1",
        "form-MIN_NUM_FORMS": "0",
        "form-MAX_NUM_FORMS": "1000",
        "form-0-id": str(event.pk),
        "form-0-loaded_version": str(loaded_version),
        "form-0-date_start": event.date_start.isoformat() if event.date_start else "",
        "form-0-date_end": event.date_end.isoformat() if event.date_end else "",
        "form-0-precision": event.precision,
        "_save": "Sichern",
    }
    for name in ("date_start", "date_end", "precision"):
        data[f"initial-form-0-{name}"] = data[f"form-0-{name}"]
    data.update({f"form-0-{k}": v for k, v in values.items()})
    return data


def test_a_quick_fix_in_the_list_is_an_editor_correction() -> None:
    client, user = editor_client()
    event = make_event(date_basis=Event.DateBasis.PUBLICATION)
    url = reverse("admin:timeline_event_changelist")
    page = client.get(url).content.decode()
    assert 'name="form-0-loaded_version"' in page
    assert 'name="initial-form-0-date_start"' in page
    response = client.post(
        url, list_post(event, loaded_version=1, date_start="2024-05-08", date_end="2024-05-08")
    )
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.date_start == date(2024, 5, 8)
    assert event.date_basis == Event.DateBasis.EDITOR
    assert "date_start" in event.locked_fields
    assert event.review == Event.Review.NEW  # corrected, not confirmed
    assert event.edited_by == user


def test_a_stale_quick_fix_in_the_list_is_refused() -> None:
    client, user = editor_client()
    event = make_event()
    editorial.event_correct_date(
        event=Event.objects.get(pk=event.pk),
        date_start=date(2024, 5, 7),
        date_end=None,
        precision="day",
        user=user,
    )
    response = client.post(
        reverse("admin:timeline_event_changelist"),
        list_post(event, loaded_version=1, date_start="2024-05-08", date_end="2024-05-08"),
    )
    assert response.status_code == 200
    assert "redakteurin" in response.content.decode()
    event.refresh_from_db()
    assert event.date_start == date(2024, 5, 7)


def test_a_list_fix_with_inconsistent_dates_is_refused() -> None:
    client, _user = editor_client()
    event = make_event()
    response = client.post(
        reverse("admin:timeline_event_changelist"),
        list_post(event, loaded_version=1, date_start="2024-05-08", date_end="2024-05-01"),
    )
    assert response.status_code == 200
    event.refresh_from_db()
    assert event.date_start == date(2024, 5, 9)


# ------------------------------------------------------------------------------ actions


def test_confirm_locks_everything_as_it_is() -> None:
    client, user = editor_client()
    event = make_event(review=Event.Review.NEEDS_REVIEW)
    response = client.post(
        reverse("admin:timeline_event_changelist"),
        {"action": "confirm_events", "_selected_action": [event.pk]},
    )
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.review == Event.Review.VERIFIED
    assert set(event.locked_fields) == set(Event.EDITABLE_FIELDS)
    assert event.edited_by == user
    assert event.date_basis == Event.DateBasis.EXPLICIT


def test_a_rejected_event_stays_rejected_when_re_extraction_reports_it_again() -> None:
    client, _user = editor_client()
    article = make_article()
    [event] = candidates_merge(article=article, candidates=[candidate()])
    response = client.post(
        reverse("admin:timeline_event_changelist"),
        {"action": "reject_events", "_selected_action": [event.pk]},
    )
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.review == Event.Review.REJECTED

    # The article re-extracted, and another article reports the same event.
    candidates_merge(article=article, candidates=[candidate()])
    other = make_article(title="Noch einmal")
    [again] = candidates_merge(
        article=other, candidates=[candidate(evidence="Putin war am 9. Mai in Minsk.")]
    )
    assert again.pk == event.pk
    assert Event.objects.count() == 1
    event.refresh_from_db()
    assert event.review == Event.Review.REJECTED
    assert event.sources.count() == 2
    assert not Event.objects.exclude(review=Event.Review.REJECTED).exists()


def test_an_editor_can_add_an_event_that_extraction_then_leaves_alone() -> None:
    client, user = editor_client()
    url = reverse("admin:timeline_event_add")
    data = form_data(client.get(url))
    data.update(
        type="meeting",
        status="occurred",
        date_start="2024-03-01",
        date_end="",
        precision="month",
        summary="Treffen in Sotschi",
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    event = Event.objects.get(summary="Treffen in Sotschi")
    assert event.created_by_editor
    assert event.date_end == date(2024, 3, 31)
    assert event.date_basis == Event.DateBasis.EDITOR
    assert event.edited_by == user
    assert EventActor.objects.filter(event=event).count() == 0
    assert EventSource.objects.filter(event=event).count() == 0
