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
    ("query", "fragment", "summary"),
    [
        # The list: events (with source counts and places), their actors.
        # Its summary: the data version, the overview (a second time: from the cache).
        ("", 2, 2),
        # + the form's actor lookup; the lanes: counts per month, first dots, shared events.
        ("actor={0}&actor={1}&match=all", 3, 6),
        ("start=2021&end=2023&type=meeting&q=Ereignis", 2, 2),
    ],
)
def test_the_page_and_fragment_use_a_fixed_number_of_queries(
    client: Client, django_assert_num_queries, n: int, query: str, fragment: int, summary: int
) -> None:
    ids = _make(n)
    url = "/?" + query.format(*ids)
    with django_assert_num_queries(fragment):
        assert client.get(url, HTTP_HX_REQUEST="true").status_code == 200
    with django_assert_num_queries(summary):
        assert client.get(url + "&part=summary", HTTP_HX_REQUEST="true").status_code == 200
    # Cached until the data changes: only the version query (and the form's actor lookup).
    with django_assert_num_queries(1 + (summary > 2)):
        assert client.get(url + "&part=summary", HTTP_HX_REQUEST="true").status_code == 200
    # The full page: the list, the (cached) summary inline, the place and outlet choices.
    with django_assert_num_queries(fragment + 1 + 2):
        assert client.get(url).status_code == 200


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
