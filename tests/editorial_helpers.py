"""Shared builders for the editors' desk tests: articles, hand-made extraction candidates,
editors and analysts, and the admin change form as a browser would post it."""

from __future__ import annotations

import hashlib
import itertools
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from django.contrib.auth.models import User
from django.test import Client

from articles.models import Article, Outlet
from timeline.editorial import ANALYST_GROUP, EDITOR_GROUP, roles_setup
from timeline.extraction.types import DateBasis, EventCandidate, EventType, Precision, Status
from timeline.models import Actor, Event, EventActor, EventSource

BERLIN = ZoneInfo("Europe/Berlin")
_counter = itertools.count(1)


def make_article(
    *, title: str = "", published: date | None = date(2024, 5, 10), outlet: str = "news.de"
) -> Article:
    n = next(_counter)
    body = f"Artikel {n}: {title}"
    return Article.objects.create(
        title=title or f"Artikel {n}",
        body=body,
        raw_content=body,
        input_format=Article.InputFormat.TEXT,
        content_hash=hashlib.sha256(f"{n}-{title}".encode()).hexdigest(),
        published_at=datetime.combine(published, time(9), tzinfo=BERLIN) if published else None,
        outlet=Outlet.objects.get_or_create(name=outlet)[0],
    )


def candidate(**overrides: Any) -> EventCandidate:
    values: dict[str, Any] = {
        "type": EventType.VISIT,
        "actors": ["Wladimir Putin"],
        "location": "Minsk",
        "date_start": date(2024, 5, 9),
        "date_end": date(2024, 5, 9),
        "precision": Precision.DAY,
        "status": Status.OCCURRED,
        "evidence": "Putin reiste am 9. Mai nach Minsk.",
        "date_text": "am 9. Mai",
        "date_basis": DateBasis.EXPLICIT,
        "confidence": 0.8,
    }
    values.update(overrides)
    return EventCandidate(**values)


def make_event(*, actors: list[Actor] | None = None, sources: int = 1, **fields: Any) -> Event:
    values: dict[str, Any] = {
        "type": Event.Type.VISIT,
        "date_start": date(2024, 5, 9),
        "date_end": date(2024, 5, 9),
        "precision": Event.Precision.DAY,
        "date_basis": Event.DateBasis.EXPLICIT,
        "confidence": 0.8,
        "summary": "Putin besucht Minsk",
    }
    values.update(fields)
    event = Event.objects.create(**values)
    for actor in actors or []:
        EventActor.objects.create(event=event, actor=actor)
    for i in range(sources):
        EventSource.objects.create(
            event=event,
            article=make_article(),
            evidence=f"Satz {i} zu {event.summary} am 9. Mai.",
            date_text="am 9. Mai",
            date_start=event.date_start,
            date_end=event.date_end,
            precision=event.precision,
            date_basis=event.date_basis,
        )
    return event


def make_user(username: str, group: str | None, *, superuser: bool = False) -> User:
    roles_setup()
    user = User.objects.create_user(username, password="pw-for-tests-only", is_staff=True)
    if superuser:
        user.is_superuser = True
        user.save()
    if group:
        from django.contrib.auth.models import Group

        user.groups.add(Group.objects.get(name=group))
    return user


def editor_client(username: str = "redakteurin") -> tuple[Client, User]:
    user = make_user(username, EDITOR_GROUP)
    client = Client()
    client.force_login(user)
    return client, user


def analyst_client(username: str = "analyst") -> tuple[Client, User]:
    user = make_user(username, ANALYST_GROUP)
    client = Client()
    client.force_login(user)
    return client, user


def _plain(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return [str(v) for v in value]
    return value


def form_data(response: Any) -> dict[str, Any]:
    """The change form's current values as a browser would post them (inlines included)."""
    data: dict[str, Any] = {}
    form = response.context["adminform"].form
    for name in form.fields:
        value = form[name].value()
        if value is False:
            continue
        data[form.add_prefix(name)] = _plain(value)
        if form.fields[name].show_hidden_initial:
            data[form.add_initial_prefix(name)] = _plain(form[name].initial)
    inlines = response.context.get("inline_admin_formsets") or []
    for inline in inlines:
        formset = inline.formset
        management = formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = _plain(management[name].value())
        for subform in formset.forms:
            for name in subform.fields:
                value = subform[name].value()
                if value is False:
                    continue
                data[subform.add_prefix(name)] = _plain(value)
    return data
