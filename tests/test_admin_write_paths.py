"""Every write path of the admin needs change (or add/delete) permission: an "Analyse" user
who reads everything changes nothing, whatever they post. And odd ids or filter values in
admin URLs are a 404 or the admin's "invalid filter" page, never a 500."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.db.models import Model
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.models import Article, Outlet
from tests.editorial_helpers import (
    analyst_client,
    editor_client,
    form_data,
    make_event,
    make_user,
)
from timeline.editorial import EDITOR_GROUP
from timeline.models import Actor, Event, EventSource, Place

pytestmark = pytest.mark.django_db


def _snapshot(obj: Model) -> dict[str, Any]:
    fresh = type(obj)._default_manager.filter(pk=obj.pk).values().first()
    assert fresh is not None, f"{obj!r} was deleted"
    return {k: v for k, v in fresh.items() if k not in ("search",)}


@pytest.fixture
def objects() -> dict[str, Model]:
    actor = Actor.objects.create(name="Wladimir Putin")
    other_actor = Actor.objects.create(name="Alexander Lukaschenko")
    place = Place.objects.create(name="Minsk")
    event = make_event(actors=[actor], sources=2)
    other_event = make_event(actors=[actor], summary="Putin in Minsk, zweite Meldung")
    # A second history record of each, so there is an old version to revert to.
    for obj in (event, actor, place):
        obj.save()
    source = EventSource.objects.filter(event=event).first()
    assert source is not None
    article = source.article
    return {
        "event": event,
        "other_event": other_event,
        "actor": actor,
        "other_actor": other_actor,
        "place": place,
        "source": source,
        "article": article,
        "outlet": article.outlet or Outlet.objects.create(name="beispiel.de"),
    }


def _change_url(obj: Model) -> str:
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def _delete_url(obj: Model) -> str:
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_delete", args=[obj.pk])


def _changelist(model: type[Model]) -> str:
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")


def _revert_url(obj: Model) -> str:
    opts = obj._meta
    old = obj.history.earliest()  # type: ignore[attr-defined]
    return reverse(
        f"admin:{opts.app_label}_{opts.model_name}_simple_history", args=[obj.pk, old.history_id]
    )


EVENT_FIELDS = {
    "type": "meeting",
    "status": "planned",
    "date_start": "2030-01-01",
    "date_end": "2030-01-01",
    "precision": "day",
    "summary": "überschrieben",
    "review": "verified",
    "loaded_version": "1",
}

# (name, what to post as the analyst) for every write path; each returns (url, data).
Post = Callable[[dict[str, Model]], tuple[str, dict[str, Any]]]


def _action(model: type[Model], action: str, first: str, second: str) -> Post:
    """An admin action on two objects, confirmed (merges ask first; "post" answers)."""

    def post(objects: dict[str, Model]) -> tuple[str, dict[str, Any]]:
        return _changelist(model), {
            "action": action,
            "_selected_action": [objects[first].pk, objects[second].pk],
            "post": "yes",
            "target": str(objects[first].pk),
        }

    return post


WRITE_PATHS: list[tuple[str, Post]] = [
    ("event change", lambda o: (_change_url(o["event"]), EVENT_FIELDS)),
    ("event revert", lambda o: (_revert_url(o["event"]), EVENT_FIELDS)),
    ("event add", lambda o: (reverse("admin:timeline_event_add"), EVENT_FIELDS)),
    ("event delete", lambda o: (_delete_url(o["event"]), {"post": "yes"})),
    (
        "event list edit",
        lambda o: (
            _changelist(Event),
            {
                "form-TOTAL_FORMS": "1",
                "form-INITIAL_FORMS": "1",
                "form-0-id": str(o["event"].pk),
                "form-0-date_start": "2030-01-01",
                "form-0-date_end": "2030-01-01",
                "form-0-precision": "day",
                "_save": "Sichern",
            },
        ),
    ),
    *[
        (f"event action {action}", _action(Event, action, "event", "other_event"))
        for action in (
            "confirm_events",
            "reject_events",
            "merge_events",
            "mark_for_review",
            "delete_selected",
        )
    ],
    (
        "event split",
        lambda o: (
            reverse("admin:timeline_event_split", args=[o["event"].pk, o["source"].pk]),
            {},
        ),
    ),
    ("actor change", lambda o: (_change_url(o["actor"]), {"name": "X", "kind": "person"})),
    ("actor revert", lambda o: (_revert_url(o["actor"]), {"name": "X", "kind": "person"})),
    ("actor add", lambda o: (reverse("admin:timeline_actor_add"), {"name": "Neu"})),
    ("actor delete", lambda o: (_delete_url(o["actor"]), {"post": "yes"})),
    *[
        (f"actor action {action}", _action(Actor, action, "actor", "other_actor"))
        for action in (
            "confirm_candidates",
            "dismiss_candidates",
            "merge_actors",
            "delete_selected",
        )
    ],
    ("place change", lambda o: (_change_url(o["place"]), {"name": "Y", "kind": "city"})),
    ("place revert", lambda o: (_revert_url(o["place"]), {"name": "Y", "kind": "city"})),
    ("place add", lambda o: (reverse("admin:timeline_place_add"), {"name": "Z"})),
    ("place delete", lambda o: (_delete_url(o["place"]), {"post": "yes"})),
    ("source change", lambda o: (_change_url(o["source"]), {"evidence": "überschrieben"})),
    ("source delete", lambda o: (_delete_url(o["source"]), {"post": "yes"})),
    ("article change", lambda o: (_change_url(o["article"]), {"title": "überschrieben"})),
    ("article delete", lambda o: (_delete_url(o["article"]), {"post": "yes"})),
    ("outlet change", lambda o: (_change_url(o["outlet"]), {"name": "überschrieben"})),
]


@pytest.mark.parametrize(("name", "post"), WRITE_PATHS, ids=[n for n, _ in WRITE_PATHS])
def test_an_analyst_changes_nothing_on_any_write_path(
    objects: dict[str, Model], name: str, post: Post
) -> None:
    client, _user = analyst_client()
    before = {key: _snapshot(obj) for key, obj in objects.items()}
    counts = {m: m._default_manager.count() for m in (Event, Actor, Place, Article, EventSource)}
    url, data = post(objects)
    response = client.post(url, data)
    if "_selected_action" in data:
        # An action the analyst may not run is not offered; posted anyway, it is not run.
        assert response.status_code in (200, 302, 403), (name, response.status_code)
    else:
        assert response.status_code == 403, (name, response.status_code)
    assert {key: _snapshot(obj) for key, obj in objects.items()} == before, name
    assert {m: m._default_manager.count() for m in counts} == counts, name


def test_the_revert_form_still_reverts_for_an_editor(objects: dict[str, Model]) -> None:
    client, _user = editor_client()
    event = objects["event"]
    assert isinstance(event, Event)
    url = _revert_url(event)
    data = form_data(client.get(url))
    data["summary"] = "von der Redaktion zurückgesetzt"
    assert client.post(url, data).status_code == 302
    event.refresh_from_db()
    assert event.summary == "von der Redaktion zurückgesetzt"


def test_the_analyst_sees_the_revert_page_without_a_button(objects: dict[str, Model]) -> None:
    client, _user = analyst_client()
    page = client.get(_revert_url(objects["event"]))
    assert page.status_code == 200
    assert page.context["revert_disabled"]


@pytest.mark.parametrize(
    "path",
    [
        "/admin/timeline/event/?zeitraum=0",
        "/admin/timeline/event/?zeitraum=10000",
        "/admin/timeline/event/?zeitraum=99999",
        "/admin/timeline/event/?akteur=99999999999999999999999",
        "/admin/timeline/event/?akteur=abc",
        "/admin/timeline/event/?type__exact=%00",
        "/admin/timeline/event/?date_start__year=99999",
        "/admin/timeline/event/?date_start__year=2147483648",
        "/admin/timeline/event/?date_start__year=2024&date_start__month=-99999999999",
        "/admin/articles/article/?published_at__year=2147483648",
        "/admin/timeline/event/abc/quelle/1/abspalten/",
        "/admin/timeline/event/{event}/history/abc/",
        "/admin/timeline/event/abc/history/1/",
        "/admin/timeline/event/{event}/history/99999999999999999999999/",
        "/admin/timeline/event/99999999999999999999999/change/",
        "/admin/timeline/actor/99999999999999999999999/change/",
        "/admin/articles/article/99999999999999999999999/change/",
        "/admin/timeline/event/abc/history/",
    ],
)
def test_odd_admin_urls_are_never_a_500(objects: dict[str, Model], path: str) -> None:
    client, _user = editor_client()
    response = client.get(path.format(event=objects["event"].pk))
    assert response.status_code in (200, 302, 400, 404), (path, response.status_code)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    key=st.sampled_from(
        [
            "zeitraum",
            "akteur",
            "grund",
            "review__exact",
            "type__exact",
            "date_start__year",
            "date_start__month",
            "date_start__day",
            "q",
            "o",
            "p",
            "sources__article__outlet__id__exact",
        ]
    ),
    value=st.one_of(
        st.text(max_size=12),
        st.integers(min_value=-(10**25), max_value=10**25).map(str),
    ),
)
def test_any_filter_value_of_the_event_list_is_answered(key: str, value: str) -> None:
    client = Client()
    client.force_login(_fuzz_editor())
    expected = {400} if "\x00" in value else {200, 302}
    response = client.get(_changelist(Event), {key: value})
    assert response.status_code in expected, (key, value, response.status_code)


def _fuzz_editor() -> User:
    """One editor for all examples (Hypothesis runs them in the same test transaction)."""
    return User.objects.filter(username="fuzz").first() or make_user("fuzz", EDITOR_GROUP)
