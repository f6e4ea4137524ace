"""The public pages under bad input: any parameter gives a page or a 400 with a message,
never a 500; dates the timeline cannot draw are refused where they are typed; only http(s)
links; the site's own German 404 and 500 pages."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.test import Client, override_settings
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.models import Article
from tests.editorial_helpers import editor_client, form_data, make_event
from tests.factories import make_actor
from tests.factories import make_event as make_plain_event
from timeline import selectors
from timeline.models import Event

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}
PUBLIC_PATHS = ["/", "/export/", "/akteure/suche/"]


@pytest.mark.parametrize("path", PUBLIC_PATHS)
@pytest.mark.parametrize(
    "query",
    [
        "start=0001",
        "start=Januar+0001",
        "end=0001-01-01",
        "start=1899",
        "start=9999",
        "end=31.12.9999",
        "after=0001-01-01.5",
        "after=2024-01-01.99999999999999999999",
        "add_actor=a%00b",
        "q=%00",
        "actor=99999999999999999999999",
        "place=99999999999999999999999",
        "type=nonsense",
    ],
)
def test_bad_parameters_are_a_400_with_a_message(client: Client, path: str, query: str) -> None:
    for headers in ({}, HTMX):
        response = client.get(f"{path}?{query}", headers=headers)
        assert response.status_code in (200, 400), (path, query, response.status_code)
    if path == "/" and query.startswith(("start", "end")):
        # A bad period marks its field; the list is shown without it.
        assert response.status_code == 200
        body = response.content.decode()
        assert "Zeitr" in body and 'aria-invalid="true"' in body


def test_the_summary_part_ignores_a_period_before_1900_as_the_list_does(client: Client) -> None:
    response = client.get("/?start=0001&part=summary", headers=HTMX)
    assert response.status_code == 200
    # The export refuses it rather than export something else than asked.
    assert client.get("/export/?start=0001").status_code == 400


@pytest.mark.parametrize("path", ["/ereignis/", "/akteur/", "/artikel/"])
def test_ids_beyond_the_database_range_are_not_found(client: Client, path: str) -> None:
    assert client.get(f"{path}99999999999999999999999/").status_code == 404


_params = st.dictionaries(
    st.sampled_from(
        [
            "actor",
            "add_actor",
            "match",
            "type",
            "status",
            "start",
            "end",
            "place",
            "outlet",
            "verified",
            "q",
            "scale",
            "after",
            "part",
            "format",
            "excel",
            "page",
        ]
    ),
    st.one_of(
        st.text(max_size=24),
        st.integers(min_value=-(10**22), max_value=10**22).map(str),
        st.sampled_from(["0001", "9999", "Mai 0001", "31.12.9999", "2024-02-30", "x.1"]),
    ),
    max_size=4,
)


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(path=st.sampled_from([*PUBLIC_PATHS, "/artikel/"]), params=_params, htmx=st.booleans())
def test_any_parameters_of_any_public_page_are_answered(
    path: str, params: dict[str, str], htmx: bool
) -> None:
    response = Client().get(path, params, headers=HTMX if htmx else {})
    assert response.status_code in (200, 400), (path, params, response.status_code)


# ------------------------------------------------------------------------------ event dates


@pytest.mark.parametrize(
    ("start", "end"), [("9999-12-31", "9999-12-31"), ("0001-01-01", "0001-01-01")]
)
def test_the_admin_refuses_an_event_date_the_timeline_cannot_draw(start: str, end: str) -> None:
    client, _user = editor_client()
    event = make_event()
    url = reverse("admin:timeline_event_change", args=[event.pk])
    data = form_data(client.get(url))
    data.update(date_start=start, date_end=end, precision="day")
    response = client.post(url, data)
    assert response.status_code == 200
    assert "außerhalb des erlaubten Bereichs" in response.content.decode()
    event.refresh_from_db()
    assert event.date_start == date(2024, 5, 9)


def test_the_model_validation_and_the_database_hold_the_range() -> None:
    event = Event(type=Event.Type.VISIT, date_start=date(1899, 12, 31), date_end=date(1900, 1, 2))
    with pytest.raises(ValidationError) as refused:
        event.full_clean()
    assert "date_start" in refused.value.error_dict
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Event.objects.create(
            type=Event.Type.VISIT, date_start=date(9999, 12, 31), date_end=date(9999, 12, 31)
        )


def test_a_century_spanning_axis_is_drawn_in_years(client: Client) -> None:
    from timeline.axis_data import axis_data

    make_plain_event(date_start=date(1901, 3, 1), date_end=date(1901, 3, 1))
    make_plain_event(date_start=date(2024, 5, 1), date_end=date(2024, 5, 1))
    data = axis_data(filters=selectors.TimelineFilters())
    assert (data.window.start, data.window.end) == (date(1901, 3, 1), date(2024, 5, 31))
    assert data.fetch == "month" and data.total == 2
    body = client.get("/").content.decode()
    assert 'data-start="1901-03-01"' in body and body.count('class="ax-bin') == 2


def test_an_extracted_date_out_of_range_leaves_the_event_undated() -> None:
    from tests.editorial_helpers import candidate, make_article
    from timeline.services import candidates_merge

    [event] = candidates_merge(
        article=make_article(),
        candidates=[candidate(date_start=date(1848, 3, 18), date_end=date(1848, 3, 18))],
    )
    assert event.date_start is None and event.precision == Event.Precision.UNKNOWN


# ------------------------------------------------------------------------------ links, pages


def test_a_stored_javascript_url_is_never_a_link(client: Client) -> None:
    putin = make_actor(name="Wladimir Putin")
    event = make_plain_event(actors=[putin])
    article = event.sources.get().article
    Article.objects.filter(pk=article.pk).update(url="javascript:alert(document.domain)")
    for path in (f"/ereignis/{event.pk}/", f"/artikel/{article.pk}/"):
        body = client.get(path).content.decode()
        assert "javascript:" not in body, path


def test_an_http_url_is_a_link(client: Client) -> None:
    putin = make_actor(name="Wladimir Putin")
    event = make_plain_event(actors=[putin])
    article = event.sources.get().article
    Article.objects.filter(pk=article.pk).update(url="https://beispiel.de/meldung")
    body = client.get(f"/ereignis/{event.pk}/").content.decode()
    assert 'href="https://beispiel.de/meldung"' in body


def test_not_found_is_the_sites_german_page(client: Client) -> None:
    response = client.get("/ereignis/424242/")
    assert response.status_code == 404
    body = response.content.decode()
    assert "Diese Seite gibt es nicht" in body and "Zur Chronik" in body
    assert "Traceback" not in body


@override_settings(DEBUG=False)
def test_a_server_error_is_the_sites_german_page_without_detail(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(**kwargs: object) -> None:
        raise RuntimeError("geheimes Detail")

    monkeypatch.setattr(selectors, "event_page", broken)
    client = Client(raise_request_exception=False)
    response = client.get("/")
    assert response.status_code == 500
    body = response.content.decode()
    assert "Ein Fehler ist aufgetreten" in body
    assert "geheimes Detail" not in body and "RuntimeError" not in body
