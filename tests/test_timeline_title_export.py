"""The page title and the export's file name say what is filtered; no export links for an
empty result; a print stylesheet that leaves the filter form out."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from django.test import Client

from tests.factories import make_actor, make_event

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


def title(html: str) -> str:
    found = re.search(r"<title>(.*?)</title>", html, re.S)
    assert found is not None
    return " ".join(found[1].split())


def test_the_title_names_the_filters(client: Client) -> None:
    putin = make_actor(name="Wladimir Putin")
    make_event(actors=[putin], type="visit", date_start=date(2024, 5, 9))
    html = client.get(f"/?actor={putin.pk}&type=visit&start=Mai+2024&end=Mai+2024").content
    assert title(html.decode()) == "Wladimir Putin, Besuch, Mai 2024 – Chronik · Ereignischronik"
    assert title(client.get("/").content.decode()) == "Chronik · Ereignischronik"
    # The list fragment brings the title along for htmx.
    fragment = client.get(f"/?actor={putin.pk}", headers=HTMX).content.decode()
    assert title(fragment) == "Wladimir Putin – Chronik · Ereignischronik"


def test_the_export_file_is_named_after_the_filters(client: Client) -> None:
    putin = make_actor(name="Wladimir Putin")
    make_event(actors=[putin], type="visit", date_start=date(2024, 5, 9))
    response = client.get(f"/export/?actor={putin.pk}&type=visit&start=2024&format=csv")
    disposition = response["Content-Disposition"]
    assert re.fullmatch(
        r'attachment; filename="ereignisse-wladimir-putin-besuch-2024-\d{8}-\d{4}\.csv"',
        disposition,
    ), disposition
    plain = client.get("/export/?format=json")["Content-Disposition"]
    assert re.fullmatch(r'attachment; filename="ereignisse-\d{8}-\d{4}\.json"', plain), plain


def test_no_export_links_for_no_results(client: Client) -> None:
    make_event(summary="Ein Besuch", date_start=date(2024, 5, 9))
    assert "export-links" in client.get("/").content.decode()
    empty = client.get("/?start=1950&end=1950").content.decode()
    assert "Keine Ereignisse für diese Auswahl." in empty
    assert "export-links" not in empty


def test_printing_leaves_the_filter_form_out() -> None:
    css = (Path(__file__).resolve().parent.parent / "static/css/timeline.css").read_text()
    rules = css[css.index("@media print") :]
    assert ".filters" in rules.split("{")[1]
