"""Actor suggestions ranked as a reader expects: a word of the name or a spelling starting with
what was typed first, then by number of events, actors without events last; each suggestion
with its kind and event count. The no-JavaScript path (`?add_actor=`) picks the same actor."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.factories import make_actor, make_event
from timeline.forms import actor_lookup
from timeline.models import Actor, ActorAlias, Event

pytestmark = pytest.mark.django_db


@pytest.fixture
def people() -> dict[str, Actor]:
    czaputowicz = make_actor(name="Jacek Czaputowicz")
    caputova = make_actor(name="Zuzana Čaputová")
    putin = make_actor(name="Wladimir Putin")
    putna = make_actor(name="Karel Putna")  # a prefix, but no events
    make_event(summary="Czaputowicz in Warschau", actors=[czaputowicz])
    for i in range(3):
        make_event(summary=f"Putin {i}", actors=[putin])
    make_event(summary="Verworfen", actors=[putna], review=Event.Review.REJECTED)
    return {"putin": putin, "czaputowicz": czaputowicz, "caputova": caputova, "putna": putna}


def test_a_surname_prefix_ranks_first_then_by_events(people: dict[str, Actor]) -> None:
    names = [a.name for a in actor_lookup("Put")]
    assert names[0] == "Wladimir Putin"
    assert names.index("Jacek Czaputowicz") < names.index("Karel Putna")  # no events: last
    assert actor_lookup("Put")[0].event_count == 3  # type: ignore[attr-defined]


def test_an_alias_prefix_counts_as_a_name(people: dict[str, Actor]) -> None:
    ActorAlias.objects.create(actor=people["czaputowicz"], alias="Minister Czapu")
    ActorAlias.objects.create(actor=people["putin"], alias="Kremlchef")
    assert actor_lookup("Kreml")[0] == people["putin"]
    assert actor_lookup("czapu")[0] == people["czaputowicz"]


def test_an_exact_spelling_wins(people: dict[str, Actor]) -> None:
    assert actor_lookup("Karel Putna")[0] == people["putna"]


def test_the_suggestions_show_kind_and_event_count(
    client: Client, people: dict[str, Actor]
) -> None:
    html = client.get("/akteure/suche/?add_actor=Put").content.decode()
    first = html.index("Wladimir Putin")
    assert first < html.index("Jacek Czaputowicz") < html.index("Karel Putna")
    assert "Person · 3 Ereignisse" in html
    assert "Person · 0 Ereignisse" in html


def test_without_javascript_add_actor_picks_the_best_match(
    client: Client, people: dict[str, Actor]
) -> None:
    response = client.get("/?add_actor=Put")
    assert response.status_code == 200
    assert response.context["form"].cleaned_data["actor"] == [people["putin"]]
    assert "Putin 0" in response.content.decode()
