"""Ingestion record by record: a bad record is refused with its reason, never stops the batch,
never leaves a row the app cannot read back (NUL, lone surrogates, long or javascript: URLs,
publication dates out of range)."""

from __future__ import annotations

import json
from datetime import date, datetime
from io import StringIO
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.date_bounds import publication_problem
from articles.ingestion import ArticleDraft, IngestError, draft_check, text_sanitize
from articles.models import Article

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")
GOOD = "Die Außenministerin reiste am Montag zu Gesprächen nach Warschau."


def _line(**fields: object) -> str:
    return json.dumps({"text": GOOD, **fields}, ensure_ascii=True)


def _ingest(tmp_path: Path, lines: list[str]) -> tuple[str, str, int]:
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out, err = StringIO(), StringIO()
    code = 0
    try:
        call_command("ingest", "--no-extract", str(path), stdout=out, stderr=err)
    except CommandError as exc:
        code = exc.returncode
    return out.getvalue(), err.getvalue(), code


def _good(n: int) -> str:
    return json.dumps({"text": f"{GOOD} Meldung {n}.", "outlet": "beispiel.de"})


@pytest.mark.parametrize(
    "bad",
    [
        _line(text="Der Kanzler\u0000 reiste nach Paris."),
        _line(outlet="beispiel\u0000.de"),
        _line(title="Titel mit \ud800 Rest"),
        _line(text="Text mit einem kaputten \udc80 Zeichen."),
    ],
    ids=["nul-text", "nul-outlet", "surrogate-title", "surrogate-text"],
)
def test_it_cleans_nul_and_surrogates_and_stores_the_rest_of_the_batch(
    tmp_path: Path, bad: str
) -> None:
    out, _err, code = _ingest(tmp_path, [_good(1), bad, _good(2)])
    assert code == 0, out
    assert "ingested 3" in out
    assert "removed NUL characters or broken (surrogate) characters" in out
    for article in Article.objects.all():
        for value in (article.body, article.title, article.raw_content):
            assert "\x00" not in value
            value.encode("utf-8")  # no lone surrogate left
        assert article.outlet is None or "\x00" not in article.outlet.name


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        (_line(url="https://beispiel.de/" + "a" * 3000), "over the limit of 2,000"),
        (_line(url="javascript:alert(document.domain)"), "must be an http(s) address"),
        (_line(url="ftp://beispiel.de/datei"), "must be an http(s) address"),
        (_line(published_at="0001-01-01"), "before 1900-01-01"),
        (_line(published_at="9999-12-31T23:30:00-05:00"), "lies after"),
        (_line(published_at="1899-12-31"), "before 1900-01-01"),
    ],
    ids=["long-url", "javascript-url", "ftp-url", "year-1", "year-9999", "1899"],
)
def test_a_bad_record_is_refused_with_its_reason_and_the_next_one_is_stored(
    tmp_path: Path, bad: str, reason: str
) -> None:
    out, err, code = _ingest(tmp_path, [_good(1), bad, _good(2)])
    assert code == 1
    assert "ingested 2, duplicates 0, failed 1" in out
    assert "batch.jsonl:2" in err and reason in err
    assert Article.objects.count() == 2
    # Nothing stored that the pages and the admin cannot read back.
    for article in Article.objects.all():
        assert article.published_at is None or article.published_at.year >= 1900
        assert article.url is None


def test_the_pages_still_work_after_a_batch_with_bad_records(tmp_path: Path) -> None:
    _ingest(
        tmp_path,
        [_line(published_at="0001-01-01"), _line(published_at="9999-12-31T23:30:00-05:00")],
    )
    assert Client().get("/artikel/").status_code == 200
    call_command("extract", "--all", stdout=StringIO())


def test_a_wrong_guessed_url_or_date_is_dropped_with_a_note() -> None:
    draft = ArticleDraft(
        raw_content="<html>…</html>",
        input_format="html",
        body=GOOD,
        url="javascript:void(0)",
        published_at=datetime(1066, 10, 14, tzinfo=BERLIN),
        published_basis="metadata",
    )
    checked = draft_check(draft)
    assert checked.url is None
    assert checked.published_at is None and checked.published_basis == "unknown"
    assert any("URL not stored" in n for n in checked.notes)
    assert any("publication date ignored" in n for n in checked.notes)


def test_a_given_date_out_of_range_is_refused() -> None:
    draft = ArticleDraft(
        raw_content=GOOD,
        input_format="jsonl",
        body=GOOD,
        published_at=datetime(2999, 1, 1, tzinfo=BERLIN),
        published_basis="given",
    )
    with pytest.raises(IngestError, match="lies after"):
        draft_check(draft)


def test_the_command_line_date_is_checked(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    with pytest.raises(CommandError, match="before 1900"):
        call_command("ingest", "--published-at", "0001-01-01", str(tmp_path / "a.txt"))
    assert Article.objects.count() == 0


def test_publication_bounds() -> None:
    today = date(2026, 12, 3)
    assert publication_problem(date(1900, 1, 1), today=today) is None
    assert publication_problem(date(2027, 12, 4), today=today) is None
    assert publication_problem(date(2027, 12, 5), today=today)
    assert publication_problem(date(1899, 12, 31), today=today)


@given(st.text())
def test_sanitized_text_always_encodes(value: str) -> None:
    cleaned, _changed = text_sanitize(value)
    cleaned.encode("utf-8")
    assert "\x00" not in cleaned


_field_values = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.integers(),
    st.sampled_from(
        ["0001-01-01", "9999-12-31T23:30:00-05:00", "2024-05-23", "javascript:x", "\x00"]
    ),
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    records=st.lists(
        st.fixed_dictionaries(
            {"text": st.text(min_size=0, max_size=60)},
            optional={
                "title": _field_values,
                "url": _field_values,
                "published_at": _field_values,
                "outlet": _field_values,
            },
        ),
        max_size=4,
    )
)
def test_any_batch_stores_every_good_record(
    tmp_path: Path, records: list[dict[str, object]]
) -> None:
    Article.objects.all().delete()
    lines = [json.dumps(r) for r in records]
    good = _good(999)
    _ingest(tmp_path, [*lines, good])
    assert Article.objects.filter(body__contains="Meldung 999").exists()
    assert Client().get("/artikel/").status_code == 200
