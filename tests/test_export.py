"""Exports of the current view: CSV (plain and for German Excel) and JSON, streamed."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import Any

import pytest
from django.test import Client

from tests.factories import make_actor, make_article, make_event, make_source
from timeline.exports import COLUMNS, neutralise
from timeline.models import Event

pytestmark = pytest.mark.django_db


def fetch(client: Client, query: str) -> tuple[int, str, dict[str, str]]:
    response: Any = client.get(f"/export/?{query}")
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response.status_code, body.decode("utf-8"), dict(response.headers)


@pytest.fixture
def sample():
    putin = make_actor(name="Wladimir Putin")
    luka = make_actor(name="Alexander Lukaschenko")
    event = make_event(
        summary='=HYPERLINK("http://böse")',
        type=Event.Type.VISIT,
        actors=[putin, luka],
        review=Event.Review.VERIFIED,
        sources=0,
    )
    make_source(
        event=event,
        evidence="-Putin reiste nach Minsk.",
        article=make_article(url="https://a.example/1"),
    )
    make_source(
        event=event, evidence="Zweiter Beleg", article=make_article(url="https://a.example/2")
    )
    make_event(
        summary="Telefonat", type=Event.Type.CALL, actors=[putin], date_start=date(2024, 6, 1)
    )
    make_event(summary="Verworfen", review=Event.Review.REJECTED)
    return putin, luka, event


def test_csv_has_the_columns_and_one_row_per_visible_event(client: Client, sample) -> None:
    status, body, headers = fetch(client, "format=csv")
    assert status == 200
    assert headers["Content-Type"] == "text/csv; charset=utf-8"
    assert headers["Content-Disposition"].startswith('attachment; filename="ereignisse-')
    assert not body.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert list(rows[0]) == COLUMNS
    assert [r["summary"] for r in rows] == ['\'=HYPERLINK("http://böse")', "Telefonat"]
    first = rows[0]
    assert first["date_start"] == "2024-05-23" and first["precision"] == "day"
    assert first["type"] == "visit" and first["cameo"] == "042"
    assert first["actors"] == "Alexander Lukaschenko; Wladimir Putin"
    assert first["evidence"] == "'-Putin reiste nach Minsk."
    assert first["source_count"] == "2"
    assert first["source_urls"] == "https://a.example/1 https://a.example/2"
    assert first["verified"] == "1" and first["confidence"] == "0.8"
    assert rows[1]["cameo"] == "041"


def test_csv_for_excel_has_a_bom_and_semicolons(client: Client, sample) -> None:
    _, body, _ = fetch(client, "format=csv&excel=1")
    assert body.startswith("\ufeffid;date_start;date_end;")
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff")), delimiter=";"))
    assert len(rows) == 3


def test_the_export_follows_the_filters(client: Client, sample) -> None:
    putin, luka, _ = sample
    _, body, _ = fetch(client, f"format=csv&actor={putin.pk}&actor={luka.pk}&match=all")
    assert len(list(csv.DictReader(io.StringIO(body)))) == 1
    _, body, _ = fetch(client, "format=csv&type=call")
    assert [r["summary"] for r in csv.DictReader(io.StringIO(body))] == ["Telefonat"]


def test_json_and_json_lines(client: Client, sample) -> None:
    status, body, headers = fetch(client, "format=json")
    assert status == 200 and headers["Content-Type"] == "application/json"
    data = json.loads(body)
    assert [d["summary"] for d in data] == ['=HYPERLINK("http://böse")', "Telefonat"]
    assert data[0]["actors"] == ["Alexander Lukaschenko", "Wladimir Putin"]
    assert data[0]["verified"] is True and data[0]["source_count"] == 2
    _, body, _ = fetch(client, "format=jsonl")
    lines = [json.loads(line) for line in body.splitlines()]
    assert [d["id"] for d in lines] == [d["id"] for d in data]


def test_an_empty_export_is_valid(client: Client) -> None:
    _, body, _ = fetch(client, "format=json")
    assert json.loads(body) == []
    _, body, _ = fetch(client, "format=csv")
    assert body.strip() == ",".join(COLUMNS)


def test_bad_parameters_and_formats_are_400(client: Client) -> None:
    assert fetch(client, "format=csv&start=nie")[0] == 400
    assert fetch(client, "format=xlsx")[0] == 400


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+49 30", "'+49 30"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Putin", "Putin"),
        ("", ""),
    ],
)
def test_formula_cells_are_neutralised(value: str, expected: str) -> None:
    assert neutralise(value) == expected


def _make(n: int) -> None:
    actors = [make_actor() for _ in range(3)]
    for i in range(n):
        make_event(date_start=date(2024, 1 + i % 12, 1 + i % 28), actors=actors[: 1 + i % 3])


@pytest.mark.parametrize("n", [3, 40])
def test_the_export_uses_a_fixed_number_of_queries(
    client: Client, django_assert_num_queries, n: int
) -> None:
    _make(n)
    # Form validation (none here), the events, and per chunk of 2000 their actors and sources;
    # on PostgreSQL one COPY (psycopg's copy(), which Django's query log misses) in a
    # savepoint with its local settings: savepoint, SET LOCAL, release.
    with django_assert_num_queries(3):
        status, body, _ = fetch(client, "format=csv")
    assert status == 200 and len(body.splitlines()) == n + 1
