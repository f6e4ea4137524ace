"""German on the reader's pages: one qualifier for an approximate date, an office's period as
one range, the article before a place that takes one, counts with their noun, and no promise
the page without JavaScript cannot keep."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import Client

from tests.factories import make_actor, make_event, make_place
from timeline.models import ActorRole, Event

pytestmark = pytest.mark.django_db


def test_an_approximate_date_says_ungefaehr_once(client: Client) -> None:
    event = make_event(
        date_start=date(2022, 3, 1),
        date_end=date(2022, 5, 31),
        precision=Event.Precision.APPROXIMATE,
    )
    html = client.get(f"/ereignis/{event.pk}/").content.decode()
    assert "März 2022 – Mai 2022 (ungefähr)" in html
    assert "(ungefähr) (ungefähr)" not in " ".join(html.split())


def test_an_office_with_start_and_end_is_one_range(client: Client) -> None:
    putin = make_actor(name="Wladimir Putin")
    ActorRole.objects.create(
        actor=putin, office="Premierminister", start=date(1999, 8, 16), end=date(2000, 5, 7)
    )
    ActorRole.objects.create(actor=putin, office="Präsident", start=date(2012, 5, 7))
    html = " ".join(client.get(f"/akteur/{putin.pk}/").content.decode().split())
    assert "Premierminister 16.08.1999–07.05.2000" in html
    assert "seit 16.08.1999 bis" not in html
    assert "Präsident seit 07.05.2012" in html


def test_shared_events_are_counted_with_their_noun(client: Client) -> None:
    putin, luka = make_actor(name="Wladimir Putin"), make_actor(name="Alexander Lukaschenko")
    make_event(actors=[putin, luka])
    make_event(actors=[putin, luka])
    html = client.get(f"/akteur/{putin.pk}/").content.decode()
    assert "2 gemeinsame Ereignisse" in html


@pytest.mark.parametrize(
    ("place", "line"),
    [("Ukraine", "in der Ukraine"), ("USA", "in den USA"), ("Minsk", "in Minsk")],
)
def test_the_card_line_puts_the_article_before_a_place(
    client: Client, place: str, line: str
) -> None:
    make_event(summary="Ein Besuch", place=make_place(name=place))
    html = client.get("/").content.decode()
    assert f'<span class="place">{line}</span>' in html


def test_the_intro_promises_nothing_the_page_without_javascript_cannot_keep(
    client: Client,
) -> None:
    assert "folgt sofort" not in client.get("/").content.decode()
