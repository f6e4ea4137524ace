"""Roles: "Redaktion" edits, "Analyse" only reads; setup_roles; the public timeline's login."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth.models import AnonymousUser, Group, User
from django.core.management import CommandError, call_command
from django.http import HttpRequest, HttpResponse
from django.test import RequestFactory, override_settings
from django.urls import reverse

from tests.editorial_helpers import (
    analyst_client,
    editor_client,
    form_data,
    make_article,
    make_event,
)
from timeline.access import timeline_access_required
from timeline.models import Event

pytestmark = pytest.mark.django_db


def test_setup_roles_is_idempotent_and_creates_a_first_editor(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("EDITOR_PASSWORD", "ein-langes-passwort")
    out = StringIO()
    for _ in range(2):
        call_command(
            "setup_roles",
            "--editor",
            "chefin",
            "--email",
            "chefin@example.org",
            "--password-from-env",
            "EDITOR_PASSWORD",
            stdout=out,
        )
    assert Group.objects.filter(name__in=["Redaktion", "Analyse"]).count() == 2
    editors = Group.objects.get(name="Redaktion")
    analysts = Group.objects.get(name="Analyse")
    codes = set(editors.permissions.values_list("codename", flat=True))
    assert {
        "change_event",
        "delete_event",
        "add_actor",
        "change_place",
        "view_eventsource",
    } <= codes
    assert "view_article" in codes and "change_article" not in codes
    assert all(
        code.startswith("view_") for code in analysts.permissions.values_list("codename", flat=True)
    )
    user = User.objects.get(username="chefin")
    assert user.is_staff and not user.is_superuser
    assert user.email == "chefin@example.org"
    assert user.check_password("ein-langes-passwort")
    assert list(user.groups.all()) == [editors]
    assert "Redakteur chefin bereit" in out.getvalue()


def test_setup_roles_refuses_an_empty_password_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_SUCH_PASSWORD", raising=False)
    with pytest.raises(CommandError, match="NO_SUCH_PASSWORD"):
        call_command("setup_roles", "--editor", "x", "--password-from-env", "NO_SUCH_PASSWORD")


def test_editors_change_events_and_only_view_articles() -> None:
    client, _user = editor_client()
    event = make_event()
    article = make_article()
    assert client.get(reverse("admin:timeline_event_changelist")).status_code == 200
    url = reverse("admin:timeline_event_change", args=[event.pk])
    data = form_data(client.get(url))
    data["summary"] = "geändert"
    assert client.post(url, data).status_code == 302
    for name in ("actor", "place", "eventsource"):
        assert client.get(reverse(f"admin:timeline_{name}_add")).status_code == 200
    article_url = reverse("admin:articles_article_change", args=[article.pk])
    page = client.get(article_url)
    assert page.status_code == 200
    assert not page.context["has_change_permission"]
    assert client.post(article_url, {"title": "x"}).status_code == 403
    assert (
        client.get(reverse("admin:articles_article_delete", args=[article.pk])).status_code == 403
    )


def test_analysts_only_read() -> None:
    client, _user = analyst_client()
    event = make_event()
    changelist = client.get(reverse("admin:timeline_event_changelist"))
    assert changelist.status_code == 200
    assert changelist.context["cl"].formset is None  # no list edits
    assert "confirm_events" not in changelist.content.decode()  # no actions
    url = reverse("admin:timeline_event_change", args=[event.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert not page.context["has_change_permission"]
    assert client.post(url, {"summary": "x"}).status_code == 403
    assert client.post(
        reverse("admin:timeline_event_changelist"),
        {"action": "confirm_events", "_selected_action": [event.pk]},
    ).status_code in (200, 302)
    event.refresh_from_db()
    assert event.review == Event.Review.NEW
    assert client.get(reverse("admin:timeline_event_add")).status_code == 403
    assert client.get(reverse("admin:timeline_actor_changelist")).status_code == 200
    assert client.get(reverse("admin:articles_article_changelist")).status_code == 200
    assert client.get(reverse("admin:timeline_event_history", args=[event.pk])).status_code == 200
    split = reverse("admin:timeline_event_split", args=[event.pk, event.sources.get().pk])
    assert client.post(split).status_code == 403


# ------------------------------------------------------------------------------ public access


@override_settings(TIMELINE_LOGIN_REQUIRED=True)
def test_with_login_required_anonymous_readers_are_sent_to_the_login(client) -> None:
    response = client.get("/artikel/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    assert "next=/artikel/" in response["Location"]
    assert client.get(reverse("admin:login")).status_code == 200
    assert client.get("/static/admin/css/base.css").status_code != 302


@override_settings(TIMELINE_LOGIN_REQUIRED=True)
def test_with_login_required_logged_in_readers_pass() -> None:
    client, _user = analyst_client()
    assert client.get("/artikel/").status_code == 200


@override_settings(TIMELINE_LOGIN_REQUIRED=False)
def test_without_the_setting_the_timeline_is_public(client) -> None:
    assert client.get("/artikel/").status_code == 200


def test_the_decorator_follows_the_setting() -> None:
    @timeline_access_required
    def view(request: HttpRequest) -> HttpResponse:
        return HttpResponse("ok")

    request = RequestFactory().get("/zeitleiste/")
    request.user = AnonymousUser()
    with override_settings(TIMELINE_LOGIN_REQUIRED=True):
        assert view(request).status_code == 302
    with override_settings(TIMELINE_LOGIN_REQUIRED=False):
        assert view(request).status_code == 200
