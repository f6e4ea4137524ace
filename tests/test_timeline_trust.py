"""Trust at a glance (issue 15, §3): each card's review state and confidence, the filter
"Zweifelhafte ausblenden", and the list's orders (date both ways, sources, confidence) in the
page, its htmx fragments, its infinite scroll and its exports."""

from __future__ import annotations

import csv
import io
import re
from datetime import date

import pytest
from django.test import Client

from tests.factories import make_event
from timeline.models import LOW_CONFIDENCE, Event

pytestmark = pytest.mark.django_db


def _cards(body: str) -> list[tuple[str, str]]:
    return re.findall(r'<li class="event [^"]*" id="event-(\d+)">(.*?)</li>', body, re.S)


def _ids(body: str) -> list[int]:
    return [int(pk) for pk in re.findall(r'<li class="event [^"]*" id="event-(\d+)"', body)]


def test_each_card_says_its_review_state_and_confidence_in_words(client: Client) -> None:
    verified = make_event(summary="Geprüft", review=Event.Review.VERIFIED, confidence=0.9)
    conflict = make_event(summary="Strittig", date_conflict=True, confidence=0.6)
    unchecked = make_event(summary="Offen", review=Event.Review.NEEDS_REVIEW, confidence=0.3)
    cards = dict(_cards(client.get("/").content.decode()))
    assert "✓ bestätigt" in cards[str(verified.pk)]
    assert "Sicherheit: hoch" in cards[str(verified.pk)]
    assert 'title="Sicherheit der Erkennung: 0,90"' in cards[str(verified.pk)]
    assert "⚠ Datum strittig" in cards[str(conflict.pk)]
    assert "Sicherheit: mittel" in cards[str(conflict.pk)]
    assert "ungeprüft" in cards[str(unchecked.pk)]
    assert "Sicherheit: niedrig" in cards[str(unchecked.pk)]
    # The number is there for screen readers too, not only on hover.
    assert '<span class="visually-hidden"> (0,30)</span>' in cards[str(unchecked.pk)]
    assert "ungeprüft" not in cards[str(verified.pk)]


def test_hiding_doubtful_events_drops_date_conflicts_and_low_confidence(client: Client) -> None:
    sure = make_event(summary="Sicher", confidence=LOW_CONFIDENCE)
    make_event(summary="Strittig", date_conflict=True, confidence=0.9)
    make_event(summary="Unsicher", confidence=LOW_CONFIDENCE - 0.01)
    assert len(_ids(client.get("/").content.decode())) == 3
    response = client.get("/?no_doubtful=on")
    body = response.content.decode()
    assert _ids(body) == [sure.pk]
    assert "Zweifelhafte ausblenden" in body
    assert "ohne Zweifelhafte" in body.split("</title>")[0]
    # The export follows.
    rows = list(csv.DictReader(io.StringIO(_text(client.get("/export/?no_doubtful=on")))))
    assert [row["summary"] for row in rows] == ["Sicher"]


def _text(response: object) -> str:
    return b"".join(response.streaming_content).decode()  # type: ignore[attr-defined]


@pytest.fixture
def ranked() -> dict[str, Event]:
    return {
        "old": make_event(summary="Alt", date_start=date(2020, 1, 1), sources=1, confidence=0.6),
        "new": make_event(summary="Neu", date_start=date(2024, 1, 1), sources=3, confidence=0.4),
        "mid": make_event(summary="Mitte", date_start=date(2022, 1, 1), sources=2, confidence=0.9),
        "undated": make_event(summary="Ohne", date_start=None, sources=0, confidence=0.7),
    }


@pytest.mark.parametrize(
    ("sort", "order"),
    [
        ("", ["old", "mid", "new", "undated"]),
        ("date", ["old", "mid", "new", "undated"]),
        # Newest first, undated still last.
        ("date_desc", ["new", "mid", "old", "undated"]),
        ("sources", ["new", "mid", "old", "undated"]),
        ("confidence", ["mid", "undated", "old", "new"]),
    ],
)
def test_the_list_and_its_csv_follow_the_chosen_order(
    client: Client, ranked: dict[str, Event], sort: str, order: list[str]
) -> None:
    expected = [ranked[name].pk for name in order]
    assert _ids(client.get(f"/?sort={sort}").content.decode()) == expected
    fragment = client.get(f"/?sort={sort}", HTTP_HX_REQUEST="true")
    assert _ids(fragment.content.decode()) == expected
    # Kept in the URL, the default left out.
    pushed = fragment["HX-Push-Url"]
    assert (f"sort={sort}" in pushed) == (sort not in ("", "date"))
    for path in (f"/export/?sort={sort}", f"/export/?sort={sort}&format=json"):
        body = _text(client.get(path))
        if "json" in path:
            import json

            assert [row["id"] for row in json.loads(body)] == expected
        else:
            assert [int(r["id"]) for r in csv.DictReader(io.StringIO(body))] == expected


def test_a_list_not_in_time_order_has_no_date_headings(
    client: Client, ranked: dict[str, Event]
) -> None:
    assert 'class="group group-3"' in client.get("/?sort=date_desc").content.decode()
    assert 'class="group group-3"' not in client.get("/?sort=sources").content.decode()


def test_the_sort_is_a_choice_in_the_form_and_works_without_javascript(
    client: Client, ranked: dict[str, Event]
) -> None:
    body = client.get("/?sort=confidence").content.decode()
    assert '<select name="sort" id="id_sort">' in body
    assert '<option value="confidence" selected>Sicherheit</option>' in body


@pytest.mark.parametrize("path", ["/?sort=beliebt", "/export/?sort=beliebt"])
def test_an_unknown_order_is_refused_with_a_message(client: Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 400
    text = response.content.decode()
    assert "Sortierung" in text and "beliebt" in text


@pytest.mark.parametrize(
    "query",
    ["sort=sources&after=2024-01-01.5", "sort=confidence&after=x.5", "sort=date&after=0.5.3"],
)
def test_a_cursor_of_another_order_is_refused(client: Client, query: str) -> None:
    response = client.get(f"/?{query}", HTTP_HX_REQUEST="true")
    assert response.status_code == 400
    assert "Fortsetzungsmarke" in response.content.decode()


@pytest.mark.parametrize("sort", ["date_desc", "sources", "confidence"])
def test_infinite_scroll_pages_through_every_order_without_gaps_or_repeats(
    client: Client, sort: str
) -> None:
    """Keyset paging on (sort key, id): many ties in the key (equal counts, confidences,
    days) across page boundaries."""
    for i in range(63):
        make_event(
            date_start=None if i % 10 == 0 else date(2020 + i % 3, 1 + i % 4, 1),
            sources=i % 3,
            confidence=[0.2, 0.55, 0.9][i % 3],
        )
    first = client.get(f"/?sort={sort}")
    body = first.content.decode()
    seen = _ids(body)
    assert len(seen) == 50
    while 'class="load-more"' in body:
        more = re.search(r'<li class="load-more">\s*<a href="([^"]+)"', body)
        assert more is not None
        url = more[1].replace("&amp;", "&")
        assert f"sort={sort}" in url
        body = client.get(url, HTTP_HX_REQUEST="true").content.decode()
        seen += _ids(body)
    assert len(seen) == len(set(seen)) == 63
    from timeline.selectors import TimelineFilters, event_list

    assert seen == [e.pk for e in event_list(filters=TimelineFilters(sort=sort))]
