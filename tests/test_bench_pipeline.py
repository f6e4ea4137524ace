"""bench_pipeline: the generated articles, the query counter, and a tiny run on PostgreSQL."""

from __future__ import annotations

import io
import re

import pytest
from django.core.management import call_command
from django.db import connection, connections

from articles.models import Article
from timeline.management.commands.bench_pipeline import QueryCount, generate_articles

PEOPLE = ["Olaf Scholz", "Emmanuel Macron", "Joe Biden", "Xi Jinping"]


def test_generated_articles_are_distinct_german_reports_with_dates() -> None:
    articles = list(
        generate_articles(200, people=PEOPLE, cities=["Paris", "Kiew"], countries=["Polen"])
    )
    assert len(articles) == 200
    assert len({a.text for a in articles}) == 200
    assert len({a.url for a in articles}) == 200
    assert all(any(p in a.text for p in PEOPLE) for a in articles)
    assert sum(bool(re.search(r"\bam \w+", a.text)) for a in articles) > 150
    record = articles[0].record()
    assert set(record) == {"title", "text", "url", "published_at", "outlet"}
    # The same seed gives the same articles (runs are comparable).
    again = next(generate_articles(1, people=PEOPLE, cities=["Paris", "Kiew"], countries=["Polen"]))
    assert again.text == articles[0].text


def test_generator_needs_people_and_places() -> None:
    with pytest.raises(ValueError):
        next(generate_articles(1, people=["Olaf Scholz"], cities=["Paris"], countries=["Polen"]))


@pytest.mark.django_db
def test_query_count_counts_statements_by_template() -> None:
    count = QueryCount()
    with count.counting():
        for _ in range(3):
            Article.objects.filter(pk=1).exists()
        Article.objects.count()
    assert count.total == 4
    assert count.top(1)[0][1] == 3
    assert count.per(2) == 2.0
    Article.objects.count()  # outside: not counted
    assert count.total == 4


def _bench_url() -> str:
    url = "postgres://postgres@127.0.0.1:5432/ereignischronik_bench_pipeline_test"
    settings_url = connections.settings["default"]
    if settings_url["HOST"] or settings_url["USER"]:
        url = (
            f"postgres://{settings_url['USER'] or 'postgres'}"
            + (f":{settings_url['PASSWORD']}" if settings_url["PASSWORD"] else "")
            + f"@{settings_url['HOST'] or '127.0.0.1'}:{settings_url['PORT'] or 5432}"
            + "/ereignischronik_bench_pipeline_test"
        )
    return url


@pytest.mark.django_db(transaction=True)
def test_two_workers_share_the_queue_without_double_work_on_postgresql() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("bench_pipeline needs PostgreSQL")
    out = io.StringIO()
    call_command(
        "bench_pipeline",
        "--articles=40",
        "--batch=40",
        "--workers=2",
        f"--database-url={_bench_url()}",
        stdout=out,
    )
    text = out.getvalue()
    found = re.search(
        r"extract by 2 workers:\s+([\d.]+) articles/s \(40 articles in 40 tasks", text
    )
    assert found and float(found.group(1)) > 0, text
    assert "tasks: 40 done, 0 failed, 0 claimed twice" in text
    assert re.search(r"per worker: bench-0 \d+, bench-1 \d+", text), text


@pytest.mark.django_db(transaction=True)
def test_bench_pipeline_prints_positive_numbers_on_postgresql() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("bench_pipeline needs PostgreSQL")
    before = connections.settings["default"]["NAME"]
    out = io.StringIO()
    url = _bench_url()
    call_command(
        "bench_pipeline",
        "--articles=20",
        "--batch=10",
        "--extractor-sample=20",
        f"--database-url={url}",
        stdout=out,
    )
    text = out.getvalue()
    # Back on the test database afterwards.
    assert connections.settings["default"]["NAME"] == before

    def number(pattern: str) -> float:
        found = re.search(pattern, text)
        assert found, f"{pattern!r} not in:\n{text}"
        return float(found.group(1).replace(",", ""))

    assert number(r"articles: ([\d,]+) stored") == 20
    assert number(r"ingest:\s+([\d.]+) articles/s") > 0
    assert number(r"extract end to end:\s+([\d.]+) articles/s") > 0
    assert number(r"extractor alone:\s+([\d.]+) articles/s") > 0
    assert number(r"end to end / alone:\s+([\d.]+)") > 0
    assert number(r"queries per article: ingest ([\d.]+)") > 0
    assert number(r"queries per article: .*extract ([\d.]+)") > 0
    assert number(r"peak memory \(max RSS\): ([\d.]+) MiB") > 0
    assert re.search(r"target .*: (met|MISSED)", text)
    rows = re.findall(r"^\s+(\d+) │\s+([\d.]+) │\s+([\d.]+) │\s+([\d.]+) │", text, flags=re.M)
    assert len(rows) == 2
    assert all(float(per_thousand) > 0 for *_, per_thousand in rows)
