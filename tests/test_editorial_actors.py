"""Actors: merging two, confirming or dismissing candidates (and re-extracting their articles)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import Article
from tests.editorial_helpers import editor_client, make_event
from timeline import services
from timeline.models import Actor, ActorAlias, ActorRole, Event, EventActor

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:timeline_actor_changelist")


@pytest.fixture
def queued(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Re-extraction requests, recorded instead of run (the extractor is not under test)."""
    calls: list[int] = []
    monkeypatch.setattr(services, "extraction_enqueue_on_commit", lambda a: calls.append(a.pk))
    return calls


def test_merging_actors_moves_links_aliases_and_roles_and_keeps_the_old_name() -> None:
    client, user = editor_client()
    keep = Actor.objects.create(name="Alexander Lukaschenko")
    ActorAlias.objects.create(actor=keep, alias="Lukaschenko")
    dupe = Actor.objects.create(name="Aljaksandr Lukaschenka", status=Actor.Status.CANDIDATE)
    ActorAlias.objects.create(actor=dupe, alias="Lukaschenka")
    ActorAlias.objects.create(actor=dupe, alias="Lukaschenko")
    ActorRole.objects.create(actor=dupe, office="Präsident", country="BY")
    both = make_event(actors=[keep, dupe])
    only_dupe = make_event(actors=[dupe])
    page = client.post(
        CHANGELIST, {"action": "merge_actors", "_selected_action": [keep.pk, dupe.pk]}
    )
    assert page.status_code == 200
    assert page.context["best"] == keep
    response = client.post(
        CHANGELIST,
        {
            "action": "merge_actors",
            "_selected_action": [keep.pk, dupe.pk],
            "post": "yes",
            "target": str(keep.pk),
        },
    )
    assert response.status_code == 302
    assert list(Actor.objects.all()) == [keep]
    assert set(keep.aliases.values_list("alias", flat=True)) == {
        "Lukaschenko",
        "Lukaschenka",
        "Aljaksandr Lukaschenka",
    }
    assert keep.roles.get().office == "Präsident"
    assert list(both.actors.all()) == [keep]
    assert list(only_dupe.actors.all()) == [keep]
    assert Actor.history.filter(id=dupe.pk, history_type="-").get().history_user == user


def test_candidates_are_listed_with_counts() -> None:
    client, _user = editor_client()
    Actor.objects.create(name="Dmitri Peskow", status=Actor.Status.CANDIDATE)
    Actor.objects.create(name="Wladimir Putin")
    response = client.get(CHANGELIST, {"status__exact": "candidate"})
    assert [a.name for a in response.context["cl"].result_list] == ["Dmitri Peskow"]
    assert "Kandidat (vom Extraktor vorgeschlagen) (1)" in response.content.decode()


def test_confirming_a_candidate_re_extracts_the_articles_that_named_them(queued: list[int]) -> None:
    client, user = editor_client()
    peskow = Actor.objects.create(name="Dmitri Peskow", status=Actor.Status.CANDIDATE)
    event = make_event(actors=[peskow], sources=2)
    make_event(summary="anderes")
    response = client.post(
        CHANGELIST, {"action": "confirm_candidates", "_selected_action": [peskow.pk]}
    )
    assert response.status_code == 302
    peskow.refresh_from_db()
    assert peskow.status == Actor.Status.CONFIRMED
    assert sorted(queued) == sorted(
        Article.objects.filter(event_sources__event=event).values_list("pk", flat=True)
    )
    assert peskow.history.latest().history_user == user


def test_dismissing_a_candidate_unlinks_them_except_where_an_editor_set_the_actors(
    queued: list[int],
) -> None:
    client, _user = editor_client()
    peskow = Actor.objects.create(name="Dmitri Peskow", status=Actor.Status.CANDIDATE)
    extracted = make_event(actors=[peskow])
    edited = make_event(actors=[peskow], locked_fields=["actors"])
    response = client.post(
        CHANGELIST, {"action": "dismiss_candidates", "_selected_action": [peskow.pk]}
    )
    assert response.status_code == 302
    peskow.refresh_from_db()
    assert peskow.status == Actor.Status.DISMISSED
    assert not EventActor.objects.filter(event=extracted).exists()
    assert EventActor.objects.filter(event=edited, actor=peskow).exists()
    assert len(queued) == 2
    assert Event.objects.count() == 2
