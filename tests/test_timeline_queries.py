"""A timeline page costs the same number of queries whatever the number of events."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import Client

from tests.factories import make_actor, make_event, make_place

pytestmark = pytest.mark.django_db


def _make(n: int) -> list[int]:
    actors = [make_actor() for _ in range(4)]
    place = make_place()
    for i in range(n):
        make_event(
            date_start=date(2020 + i % 5, 1 + i % 12, 1 + i % 28),
            actors=actors[: 1 + i % 4],
            place=place if i % 2 else None,
            sources=1 + i % 2,
        )
    return [a.pk for a in actors]


@pytest.mark.parametrize("n", [5, 120])
@pytest.mark.parametrize(
    ("query", "queries"),
    [
        # Events (with source counts and places), their actors, the overview.
        ("", 3),
        # + the form's actor lookup, the lane events and their actors.
        ("actor={0}&actor={1}&match=all", 6),
        ("start=2021&end=2023&type=meeting&q=Ereignis", 3),
    ],
)
def test_the_page_and_fragment_use_a_fixed_number_of_queries(
    client: Client, django_assert_num_queries, n: int, query: str, queries: int
) -> None:
    ids = _make(n)
    url = "/?" + query.format(*ids)
    with django_assert_num_queries(queries):
        assert client.get(url, HTTP_HX_REQUEST="true").status_code == 200


@pytest.mark.parametrize("n", [5, 120])
def test_the_event_and_actor_pages_use_a_fixed_number_of_queries(
    client: Client, django_assert_num_queries, n: int
) -> None:
    ids = _make(n)
    from timeline.models import Actor

    actor = Actor.objects.get(pk=ids[3])
    event = make_event(date_start=date(2024, 5, 1), actors=[actor])
    make_event(date_start=date(2024, 5, 3), actors=[actor])
    # Event (+ place), actors, their aliases, sources (+ articles, outlets), nearby events and
    # their actors.
    with django_assert_num_queries(6):
        client.get(f"/ereignis/{event.pk}/")
    with django_assert_num_queries(8):
        client.get(f"/akteur/{ids[0]}/")
