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
        # Its summary, the time axis: the data version, the counts per month and type, the
        # events to mark (at most axis.MAX_MARKS; a second time: from the cache).
        ("", 2, 3),
        # + the form's actor lookup, + the actors of the marked events (the lanes' partners);
        # one actor's lane is the filtered set, counted already.
        ("actor={0}", 3, 5),
        # Several: + the counts per lane actor (whatever the match mode).
        ("actor={0}&actor={1}&match=all", 3, 6),
        ("actor={0}&actor={1}&actor={2}", 3, 6),
        ("start=2021&end=2023&type=meeting&q=Ereignis", 2, 3),
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
    with django_assert_num_queries(1 + ("actor" in query)):
        assert client.get(url + "&part=summary", HTTP_HX_REQUEST="true").status_code == 200
    # The full page: the list, the (cached) summary inline, the place suggestions (the data
    # version and the places with events, then from the cache) and the outlet choices.
    with django_assert_num_queries(fragment + 1 + 3):
        assert client.get(url).status_code == 200
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
    # Actor, aliases, offices, the page and its actors, the data version, events per month
    # and type, counterparts; then the aggregates come from the cache until the data changes.
    with django_assert_num_queries(8):
        client.get(f"/akteur/{ids[0]}/")
    with django_assert_num_queries(6):
        body = client.get(f"/akteur/{ids[0]}/").content.decode()
    assert "Häufigste Gegenüber" in body
    # Scrolling on: the next rows only (actor, aliases, offices, rows, their actors).
    if n > 50:
        cursor = body.split('hx-get="/akteur/')[1].split("after=")[1].split('"')[0]
        with django_assert_num_queries(5):
            more = client.get(f"/akteur/{ids[0]}/?after={cursor}", HTTP_HX_REQUEST="true")
        assert '<li class="event ' in more.content.decode()


def test_the_page_query_returns_the_rows_of_event_list_for_every_filter() -> None:
    """`selectors.event_page` writes its SQL out (the ORM's Python cost per request was
    several times the query's); `event_list` defines what each filter keeps. Paging through
    every filter, alone and combined, gives event_list's rows in its order, with the same
    actors (role order), places and source counts, on SQLite and on PostgreSQL."""
    from django.http import QueryDict

    from tests.factories import make_article, make_outlet, make_source
    from timeline.forms import TimelineFilterForm
    from timeline.models import Event, EventActor
    from timeline.selectors import TimelineFilters, event_list, event_page, with_display_data

    actors = [make_actor(name=f"Akteur {c}") for c in "DBCA"]
    places = [make_place(name="Minsk"), make_place(name="Kiew")]
    outlet = make_outlet(name="Agentur")
    types = [Event.Type.VISIT, Event.Type.CALL, Event.Type.MEETING, Event.Type.SUMMIT]
    for i in range(40):
        day = None if i % 9 == 0 else date(2022 + i % 3, 1 + i * 5 % 12, 1 + i * 7 % 28)
        event = make_event(
            date_start=day,
            date_end=day if day is None or i % 4 else date(day.year, 12, 31),
            precision=Event.Precision.UNKNOWN if day is None else Event.Precision.DAY,
            type=types[i % 4],
            status=Event.Status.PLANNED if i % 5 == 0 else Event.Status.OCCURRED,
            review=[Event.Review.NEW, Event.Review.VERIFIED, Event.Review.REJECTED][i % 7 % 3],
            summary=f"Treffen zu {'Energie' if i % 3 else 'Handel'} Nummer {i}",
            place=places[i % 3] if i % 3 < 2 else None,
            actors=[actors[(i + k) % 4] for k in range(i % 3)],
            sources=i % 3,
            # Confidences and conflicts that tie and differ ("no_doubtful", "sort=confidence").
            confidence=[0.3, 0.5, 0.8, 0.95][i % 4],
            date_conflict=i % 5 == 3,
        )
        if i % 4 == 1:
            make_source(event=event, article=make_article(outlet=outlet), evidence="Gas und Öl")
        if i % 6 == 2:  # a visitor: role order differs from name order
            EventActor.objects.filter(event=event).update(role=EventActor.Role.VISITOR)
    a, b = actors[0].pk, actors[1].pk
    queries = [
        "",
        f"actor={a}",
        f"actor={a}&actor={b}",
        f"actor={a}&actor={b}&match=all",
        "type=visit&type=call",
        "status=planned",
        "start=2023",
        "end=Mai+2023",
        "start=03.2022&end=2023-10-15",
        f"place={places[0].pk}",
        f"outlet={outlet.pk}",
        "verified=on",
        "q=Energie",
        "q=Gas",
        f"actor={a}&start=2023&q=Energie",
        f"actor={a}&actor={b}&match=all&type=visit&end=2024",
        f"actor={b}&actor={a}&status=occurred&place={places[1].pk}",
        "no_doubtful=on",
        # Every order, alone and with filters (ties within a sort key broken by the id).
        "sort=date_desc",
        "sort=sources",
        "sort=confidence",
        f"actor={a}&sort=date_desc",
        f"actor={a}&actor={b}&match=all&sort=sources",
        "start=2023&sort=confidence&no_doubtful=on",
        f"place={places[1].pk}&sort=date_desc&q=Energie",
    ]
    for query in queries:
        form = TimelineFilterForm(QueryDict(query))
        assert form.is_valid(), (query, form.errors)
        filters = TimelineFilters.from_cleaned(form.cleaned_data)
        expected = [
            (
                e.pk,
                e.date_start,
                e.summary,
                e.place.name if e.place else None,
                e.source_count,  # type: ignore[attr-defined]
                [(link.actor_id, link.actor.name) for link in e.event_actors.all()],
            )
            for e in with_display_data(event_list(filters=filters))
        ]
        got: list[tuple[object, ...]] = []
        after = None
        while True:
            rows, cursor = event_page(filters=filters, after=after, size=4)
            got += [
                (r.pk, r.date_start, r.summary, r.place, r.source_count, r.actors) for r in rows
            ]
            if cursor is None:
                break
            paging = TimelineFilterForm(QueryDict(f"after={cursor}&sort={filters.sort}"))
            assert paging.is_valid()
            after = paging.cleaned_data["after"]
        assert got == expected, query
        assert expected, f"{query} selects nothing: a weak check"
