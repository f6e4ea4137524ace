"""The timeline pages: each view as a full page and (htmx) as its fragment."""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.test import Client

from tests.factories import (
    make_actor,
    make_article,
    make_event,
    make_place,
    make_source,
)
from timeline.models import Event

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


@pytest.fixture
def putin():
    return make_actor(name="Wladimir Putin")


@pytest.fixture
def lukaschenko():
    return make_actor(name="Alexander Lukaschenko")


def test_it_serves_the_full_page_without_htmx(client: Client, putin) -> None:
    make_event(summary="Putin trifft Gäste", actors=[putin])
    response = client.get("/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "<html" in body
    assert 'id="filter-form"' in body
    assert "Putin trifft Gäste" in body
    assert response["Vary"].count("HX-Request") == 1


def test_it_serves_only_the_result_list_with_htmx(client: Client, putin) -> None:
    make_event(summary="Putin trifft Gäste", actors=[putin])
    response = client.get(f"/?actor={putin.pk}", headers={"HX-Request": "true"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "<html" not in body
    # The title first (htmx takes a top-level <title> for the document), then the list.
    assert re.match(r'\s*<title>[^<]*</title>\s*<section id="results"', body), body[:200]
    assert "Putin trifft Gäste" in body
    # The selected actors come along out of band; the count and the time axis follow in a
    # second request that the list's placeholder makes once swapped in.
    assert 'id="actor-picker" class="actor-picker" hx-swap-oob="true"' in body
    assert 'id="result-status"' not in body and 'id="axis"' not in body
    assert f'hx-get="/?actor={putin.pk}&amp;part=summary" hx-trigger="load"' in body
    assert response["HX-Push-Url"] == f"/?actor={putin.pk}"


def test_the_summary_partial_brings_count_and_axis(client: Client, putin) -> None:
    make_event(summary="Putin trifft Gäste", actors=[putin])
    response = client.get(f"/?actor={putin.pk}&part=summary", headers={"HX-Request": "true"})
    assert response.status_code == 200
    body = response.content.decode()
    assert body.lstrip().startswith('<div id="summary"')
    assert '<span id="result-count" hx-swap-oob="innerHTML">1 Ereignis</span>' in body
    assert '<p id="result-status" hx-swap-oob="innerHTML">1 Ereignis gefunden</p>' in body
    assert 'id="axis"' in body and body.count('<g class="ax-lane"') == 1
    assert '<li class="event ' not in body


def test_the_full_page_has_the_summary_inline(client: Client, putin) -> None:
    make_event(summary="Putin trifft Gäste", actors=[putin])
    body = client.get(f"/?actor={putin.pk}").content.decode()
    assert "part=summary" not in body
    assert 'id="axis"' in body and '<span id="result-count">1 Ereignis</span>' in body


def test_a_history_restore_gets_the_whole_page(client: Client) -> None:
    response = client.get("/", HTTP_HX_REQUEST="true", HTTP_HX_HISTORY_RESTORE_REQUEST="true")
    assert "<html" in response.content.decode()


def test_a_typed_actor_name_is_resolved_and_the_url_normalised(client: Client, putin) -> None:
    make_event(summary="Gespräch", actors=[putin])
    response = client.get("/?add_actor=putin", headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert response["HX-Push-Url"] == f"/?actor={putin.pk}"


@pytest.mark.parametrize(
    "query",
    [
        "actor=999999",
        "actor=abc",
        "type=krieg",
        "status=vielleicht",
        "place=abc",
        "after=kaputt",
        "add_actor=Niemand+Bekanntes",
        "scale=jahrhundert",
    ],
)
def test_a_bad_parameter_gives_a_message_and_400(client: Client, query: str) -> None:
    make_event(summary="Nicht zeigen")
    for headers in ({}, HTMX):
        response = client.get(f"/?{query}", headers=headers)
        assert response.status_code == 400
        body = response.content.decode()
        assert 'class="form-errors" role="alert"' in body
        assert "Nicht zeigen" not in body


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("start=gestern", "start"),
        ("start=Mitte+2024", "start"),
        ("start=31.02.2024", "start"),
        ("start=30.+Februar+2024", "start"),
        ("start=2024-13-45", "start"),
        ("start=2025&end=2024", "end"),
        ("type=visit&end=Mitte+2024", "end"),
    ],
)
def test_a_bad_period_marks_its_field_and_keeps_the_list(
    client: Client, query: str, field: str
) -> None:
    make_event(
        summary="Weiter sichtbar",
        type=Event.Type.VISIT,
        date_start=date(2025, 6, 1),
        date_end=date(2025, 6, 1),
    )
    for headers in ({}, HTMX):
        response = client.get(f"/?{query}", headers=headers)
        assert response.status_code == 200
        body = response.content.decode()
        assert "Weiter sichtbar" in body  # the list stays
        marked = re.search(rf'<input type="text" name="{field}"[^>]*>', body)
        assert marked is not None and 'aria-invalid="true"' in marked[0], body
        assert f'id="{field}-error"' in body
        assert "Die Liste ist nicht danach gefiltert." in body
        assert 'class="form-errors"' not in body


def test_a_bad_period_keeps_the_other_filters(client: Client) -> None:
    make_event(summary="Ein Besuch", type=Event.Type.VISIT)
    make_event(summary="Ein Telefonat", type=Event.Type.CALL)
    body = client.get("/?type=call&start=Mitte+2024").content.decode()
    assert "Ein Telefonat" in body and "Ein Besuch" not in body


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Sommer+2020", "Im Sommer"),
        ("Q3+2020", "Im Sommer"),
        ("2.+Halbjahr+2021", "Im Herbst 2021"),
    ],
)
def test_named_periods_filter_the_list(client: Client, text: str, shown: str) -> None:
    make_event(summary="Im Sommer", date_start=date(2020, 7, 15), date_end=date(2020, 7, 15))
    make_event(summary="Im Herbst 2021", date_start=date(2021, 10, 1), date_end=date(2021, 10, 1))
    make_event(summary="Im Winter", date_start=date(2019, 1, 10), date_end=date(2019, 1, 10))
    body = client.get(f"/?start={text}&end={text}").content.decode()
    assert shown in body and "Im Winter" not in body
    assert 'aria-invalid="true"' not in body


def test_rejected_events_never_show(client: Client, putin) -> None:
    make_event(summary="Sichtbar", actors=[putin])
    hidden = make_event(summary="Verworfen", actors=[putin], review=Event.Review.REJECTED)
    body = client.get("/").content.decode()
    assert "Sichtbar" in body and "Verworfen" not in body
    assert client.get(f"/ereignis/{hidden.pk}/").status_code == 404
    assert "Verworfen" not in client.get(f"/akteur/{putin.pk}/").content.decode()
    assert "Verworfen" not in client.get("/export/?format=csv").getvalue().decode()


def test_entries_show_date_type_status_sources_and_verified(client: Client, putin) -> None:
    make_event(
        summary="Geplanter Besuch",
        type=Event.Type.VISIT,
        status=Event.Status.PLANNED,
        date_start=date(2024, 5, 21),
        date_end=date(2024, 5, 31),
        precision=Event.Precision.APPROXIMATE,
        actors=[putin],
        sources=3,
        place=make_place(name="Minsk"),
    )
    make_event(summary="Bestätigt", review=Event.Review.VERIFIED, date_start=date(2024, 6, 1))
    body = client.get("/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "Ende Mai 2024 (ungefähr)" in body
    assert '<time class="event-date" datetime="2024-05-21">' in body
    assert "event event-planned type-visit" in body
    assert "3 Quellen" in body
    assert "in Minsk" in body
    assert "✓ bestätigt" in body
    assert '<h4><time datetime="2024-05">Mai 2024</time></h4>' in body


def test_each_bar_of_the_axis_links_to_its_period(client: Client) -> None:
    make_event(date_start=date(2020, 1, 5))
    make_event(date_start=date(2024, 5, 5))
    body = client.get("/?scale=year").content.decode()
    # Five years: a bar per quarter, its link the current filters narrowed to it (the axis
    # ends with the month of the last event).
    assert 'href="/?scale=year&amp;start=2024-04&amp;end=2024-05"' in body
    assert 'aria-label="2. Quartal 2024: 1 Ereignis (1 Treffen)"' in body


def test_lanes_show_one_row_per_selected_actor(client: Client, putin, lukaschenko) -> None:
    make_event(summary="Treffen in Minsk", actors=[putin, lukaschenko])
    make_event(summary="Putin allein", actors=[putin], date_start=date(2024, 7, 1))
    body = client.get(f"/?actor={putin.pk}&actor={lukaschenko.pk}").content.decode()
    assert body.count('<g class="ax-lane"') == 2 and body.count('class="ax-join"') == 1
    assert "Wladimir Putin · 2 Ereignisse · mit Alexander Lukaschenko 1" in body
    assert "1 gemeinsames Ereignis – senkrecht verbunden." in body


def test_load_more_returns_only_the_next_rows(client: Client) -> None:
    for day in range(1, 29):
        make_event(date_start=date(2024, 2, day))
        make_event(date_start=date(2024, 3, day))
    first = client.get("/", headers={"HX-Request": "true"}).content.decode()
    assert first.count('<li class="event ') == 50
    assert 'hx-trigger="revealed, click"' in first
    cursor = first.split('hx-get="/?after=')[1].split('"')[0]
    more = client.get(f"/?after={cursor}", headers={"HX-Request": "true"})
    body = more.content.decode()
    assert body.count('<li class="event ') == 6
    assert "<section" not in body and "load-more" not in body
    # The continued month gets no second heading.
    assert "März 2024" not in body
    # Without JavaScript the same link is a full page.
    assert "<html" in client.get(f"/?after={cursor}").content.decode()


def test_year_and_month_events_stand_under_their_year_and_month(client: Client) -> None:
    make_event(
        summary="Irgendwann 2015",
        date_start=date(2015, 1, 1),
        date_end=date(2015, 12, 31),
        precision=Event.Precision.YEAR,
    )
    make_event(summary="Im Januar", date_start=date(2015, 1, 20))
    make_event(
        summary="Im Mai",
        date_start=date(2015, 5, 1),
        date_end=date(2015, 5, 31),
        precision=Event.Precision.MONTH,
    )

    def order(body: str) -> list[str]:
        marks = [
            "2015</time></h3>",
            "Januar 2015",
            "Irgendwann 2015",
            "Im Januar",
            "Mai 2015",
            "Im Mai",
            "1. Mai",
        ]
        rows = body.split('<ol class="events"')[1].split("</ol>")[0]
        return sorted((m for m in marks if m in rows), key=rows.index)

    body = client.get("/?scale=month").content.decode()
    assert order(body) == [
        "2015</time></h3>",
        "Irgendwann 2015",
        "Januar 2015",
        "Im Januar",
        "Mai 2015",
        "Im Mai",
    ]
    # At day scale the month event has its month's heading, no day of its own.
    body = client.get("/?scale=day").content.decode()
    assert "Freitag, 1. Mai 2015" not in body
    assert order(body)[-2:] == ["Mai 2015", "Im Mai"]


def test_actor_suggestions_match_names_and_aliases(client: Client, putin) -> None:
    putin.aliases.create(alias="Wladimir Wladimirowitsch Putin")
    response = client.get("/akteure/suche/?add_actor=wladimirowitsch&type=visit")
    body = response.content.decode()
    assert "Wladimir Putin" in body
    assert f'href="/?type=visit&amp;actor={putin.pk}"' in body
    assert "<html" not in body


def test_event_page_and_its_fragment(client: Client, putin) -> None:
    event = make_event(summary="Putin reist nach Minsk", actors=[putin])
    page = client.get(f"/ereignis/{event.pk}/")
    assert page.status_code == 200
    assert "<html" in page.content.decode()
    fragment = client.get(f"/ereignis/{event.pk}/", headers={"HX-Request": "true"}).content.decode()
    assert "<html" not in fragment
    assert fragment.lstrip().startswith('<div class="event-detail">')


def test_event_page_highlights_and_escapes_the_evidence(client: Client, putin) -> None:
    event = make_event(actors=[putin], date_basis=Event.DateBasis.RELATIVE, sources=0, summary="x")
    make_source(
        event=event,
        evidence='<script>alert(1)</script> Putin traf am Donnerstag "Gäste" & Co.',
        date_text="am Donnerstag",
        date_basis=Event.DateBasis.RELATIVE,
    )
    body = client.get(f"/ereignis/{event.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert '<mark class="hl hl-actor" title="Wladimir Putin">Putin</mark>' in body
    assert '<mark class="hl hl-date" title="am Donnerstag">am Donnerstag</mark>' in body
    assert "&quot;Gäste&quot; &amp; Co." in body
    assert (
        "aus „am Donnerstag“ berechnet, bezogen auf das Veröffentlichungsdatum 23.05.2024" in body
    )


def test_event_page_says_when_an_editor_set_the_date(client: Client) -> None:
    from datetime import datetime

    from django.utils import timezone

    event = make_event(
        date_basis=Event.DateBasis.EDITOR,
        edited_at=timezone.make_aware(datetime(2024, 6, 2, 10)),
    )
    assert (
        "von der Redaktion korrigiert am 02.06.2024"
        in client.get(f"/ereignis/{event.pk}/").content.decode()
    )


def test_event_page_lists_events_of_the_same_actors_nearby(client: Client, putin) -> None:
    event = make_event(summary="Hauptereignis", actors=[putin])
    make_event(summary="Zehn Tage später", actors=[putin], date_start=date(2024, 6, 2))
    make_event(summary="Viel später", actors=[putin], date_start=date(2024, 8, 1))
    make_event(summary="Anderer Akteur", date_start=date(2024, 5, 24))
    body = client.get(f"/ereignis/{event.pk}/").content.decode()
    assert "Zehn Tage später" in body
    assert "Viel später" not in body and "Anderer Akteur" not in body


def test_actor_page_shows_their_counterparts(client: Client, putin, lukaschenko) -> None:
    xi = make_actor(name="Xi Jinping")
    make_event(actors=[putin, lukaschenko])
    make_event(actors=[putin, lukaschenko], date_start=date(2024, 6, 1))
    make_event(actors=[putin, xi], date_start=date(2024, 7, 1))
    make_event(actors=[putin, xi], review=Event.Review.REJECTED)
    make_event(actors=[putin, xi], review=Event.Review.REJECTED)
    response = client.get(f"/akteur/{putin.pk}/")
    assert response.status_code == 200
    body = response.content.decode()
    counterparts = body.split('class="counterparts"')[1].split("</ol>")[0]
    assert counterparts.index("Alexander Lukaschenko") < counterparts.index("Xi Jinping")
    assert "2 gemeinsame" in counterparts and "1 gemeinsames" in counterparts
    assert "3 Ereignisse" in body


def test_article_page_marks_the_stored_spans_and_lists_its_events(
    client: Client, putin, monkeypatch: pytest.MonkeyPatch
) -> None:
    import timeline.services

    def unavailable() -> object:
        raise RuntimeError("no extractor here")

    monkeypatch.setattr(timeline.services, "current_extractor", unavailable)
    article = make_article(title="Besuch", body="Putin reiste am Montag nach <Minsk>.")
    event = make_event(summary="Putin in Minsk", actors=[putin], sources=0)
    make_source(
        event=event,
        article=article,
        evidence="Putin reiste am Montag nach <Minsk>.",
        evidence_start=len("Besuch\n\n"),
        evidence_end=len("Besuch\n\n") + 36,
        date_text="am Montag",
        actor_names=["Wladimir Putin"],
        trigger="reiste",
    )
    body = client.get(f"/artikel/{article.pk}/").content.decode()
    assert '<mark class="hl hl-actor" title="Wladimir Putin">Putin</mark>' in body
    assert '<mark class="hl hl-date" title="am Montag">am Montag</mark>' in body
    assert '<mark class="hl hl-trigger" title="reiste">reiste</mark>' in body
    assert "&lt;Minsk&gt;" in body
    assert "Putin in Minsk" in body


def test_pages_carry_no_inline_style_or_script(client: Client, putin) -> None:
    event = make_event(actors=[putin])
    for url in ("/", f"/?actor={putin.pk}", f"/ereignis/{event.pk}/", f"/akteur/{putin.pk}/"):
        body = client.get(url).content.decode()
        assert " style=" not in body
        assert "<script>" not in body


def test_scale_and_actor_match_are_radio_buttons_showing_the_current_choice(
    client: Client, putin
) -> None:
    make_event(summary="Gespräch", actors=[putin])

    def checked(body: str, name: str) -> list[str]:
        return re.findall(rf'<input type="radio" name="{name}" value="(\w+)"[^>]* checked', body)

    body = client.get("/").content.decode()
    assert checked(body, "scale") == ["month"] and checked(body, "match") == ["any"]
    body = client.get("/?scale=year&match=all").content.decode()
    assert checked(body, "scale") == ["year"] and checked(body, "match") == ["all"]
    # The form sends the defaults along; the URL it pushes leaves them out.
    response = client.get(
        f"/?actor={putin.pk}&match=any&scale=month", headers={"HX-Request": "true"}
    )
    assert response["HX-Push-Url"] == f"/?actor={putin.pk}"
    assert (
        client.get("/?match=all&scale=day", headers={"HX-Request": "true"})["HX-Push-Url"]
        == "/?match=all&scale=day"
    )
