"""What `ingest` does with new articles (extracts them, or queues them and says so), names its
duplicates, and completes a stored article with `--update`; the article page says when its
extraction is pending or failed."""

from __future__ import annotations

from datetime import date, datetime
from io import StringIO
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.test import Client, override_settings

from articles.models import Article
from timeline.models import Actor, ActorAlias, Event, Place

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

# Written for this test: a meeting dated only by its weekday ("am Dienstag").
MEETING = """Kanzler empfängt Präsidenten

Bundeskanzler Olaf Scholz hat am Dienstag den französischen Präsidenten Emmanuel Macron in Berlin empfangen. Die beiden sprachen über die Lage in der Ukraine und über Fragen der Energieversorgung.
"""


@pytest.fixture
def meeting(tmp_path: Path) -> Path:
    scholz = Actor.objects.create(name="Olaf Scholz", country="DE")
    ActorAlias.objects.create(actor=scholz, alias="Scholz")
    macron = Actor.objects.create(name="Emmanuel Macron", country="FR")
    ActorAlias.objects.create(actor=macron, alias="Macron")
    Place.objects.create(name="Berlin", kind=Place.Kind.CITY, country="DE")
    path = tmp_path / "treffen.txt"
    path.write_text(MEETING, encoding="utf-8")
    return path


def ingest(*args: str) -> str:
    out = StringIO()
    call_command("ingest", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_without_a_worker_it_extracts_the_new_articles_itself(meeting: Path) -> None:
    # The suite's task backend is `immediate`, as in the local .env: no worker runs.
    out = ingest(str(meeting))
    assert out.splitlines()[-1].startswith("extracted 1 articles, ")
    article = Article.objects.get()
    assert article.extraction_status == Article.ExtractionStatus.DONE
    assert Event.objects.filter(sources__article=article).exists()


@override_settings(TASKS=DATABASE_TASKS)
def test_with_a_worker_it_queues_and_says_how_to_run_it(meeting: Path) -> None:
    out = ingest(str(meeting))
    assert out.splitlines()[-2:] == [
        "ingested 1, duplicates 0, failed 0",
        "queued 1 for extraction: run `./manage db_worker` to extract them (or ingest with --now)",
    ]
    article = Article.objects.get()
    assert article.extraction_status == Article.ExtractionStatus.QUEUED
    assert not Event.objects.exists()


@override_settings(TASKS=DATABASE_TASKS)
def test_now_extracts_even_when_a_worker_is_configured(meeting: Path) -> None:
    out = ingest("--now", str(meeting))
    assert "extracted 1 articles" in out
    assert Article.objects.get().extraction_status == Article.ExtractionStatus.DONE


def test_no_extract_stores_only_and_says_so(meeting: Path) -> None:
    out = ingest("--no-extract", str(meeting))
    assert out.splitlines()[-1] == (
        "not extracted: 1 (--no-extract; `./manage extract --pending` does it)"
    )
    assert Article.objects.get().extraction_status == Article.ExtractionStatus.PENDING


def test_a_duplicate_is_named(meeting: Path) -> None:
    ingest(str(meeting))
    article = Article.objects.get()
    out = ingest(str(meeting))
    assert (
        f"duplicate: {meeting.name}: already stored as article {article.pk} "
        "«Kanzler empfängt Präsidenten»"
    ) in out
    assert "--update fills in what a stored article lacks" in out
    assert "ingested 0, duplicates 1, failed 0" in out
    assert "extracted" not in out


def test_update_sets_a_missing_publication_date_and_extracts_again(meeting: Path) -> None:
    ingest(str(meeting))
    article = Article.objects.get()
    assert article.published_at is None
    events = Event.objects.filter(sources__article=article)
    assert {e.type for e in events} == {"meeting", "visit"}
    assert {e.date_start for e in events} == {None}  # "am Dienstag" of an unknown week

    out = ingest("--update", "--published-at", "2024-05-23T18:30", str(meeting))
    assert (
        f"updated: {meeting.name}: article {article.pk} «Kanzler empfängt Präsidenten»: "
        "published_at"
    ) in out
    assert "ingested 0, duplicates 0, failed 0, updated 1" in out
    assert "extracted 1 articles" in out
    article.refresh_from_db()
    assert article.published_at == datetime(2024, 5, 23, 18, 30, tzinfo=BERLIN)
    assert article.published_basis == Article.PublishedBasis.GIVEN
    # The same events (re-extraction keeps them), now dated: the Tuesday before Thursday 23 May.
    assert {(e.pk, e.date_start) for e in Event.objects.filter(sources__article=article)} == {
        (e.pk, date(2024, 5, 21)) for e in events
    }

    # What is there stays: a second --update with another date changes nothing.
    again = ingest("--update", "--published-at", "2024-06-01", str(meeting))
    assert "kept the stored publication date" in again
    assert "ingested 0, duplicates 1, failed 0, updated 0" in again
    article.refresh_from_db()
    assert article.published_at == datetime(2024, 5, 23, 18, 30, tzinfo=BERLIN)


@override_settings(TASKS=DATABASE_TASKS)
def test_update_queues_the_article_again_when_a_worker_is_configured(meeting: Path) -> None:
    ingest("--now", str(meeting))
    out = ingest("--update", "--outlet", "Beispielblatt", str(meeting))
    assert "outlet" in out
    assert "queued 1 for extraction" in out
    article = Article.objects.select_related("outlet").get()
    assert article.outlet is not None and article.outlet.name == "Beispielblatt"
    assert article.extraction_status == Article.ExtractionStatus.QUEUED


@pytest.mark.parametrize(
    ("status", "error", "shown"),
    [
        ("queued", "", "Extraktion ausstehend: Der Artikel wartet auf den Task-Worker"),
        ("pending", "", "Extraktion ausstehend: Der Artikel ist noch nicht extrahiert"),
        ("failed", "MemoryError()", "Extraktion fehlgeschlagen: MemoryError()"),
    ],
)
def test_the_article_page_says_why_it_has_no_events(
    client: Client, meeting: Path, status: str, error: str, shown: str
) -> None:
    ingest("--no-extract", str(meeting))
    article = Article.objects.get()
    Article.objects.filter(pk=article.pk).update(extraction_status=status, extraction_error=error)
    page = client.get(f"/artikel/{article.pk}/")
    text = " ".join(page.content.decode().replace("<strong>", "").replace("</strong>", "").split())
    assert shown in text
    assert "0 Ereignisse" not in text
    assert "keine Ereignisse gewonnen" not in text


def test_the_article_page_of_an_extracted_article_counts_its_events(
    client: Client, meeting: Path
) -> None:
    ingest(str(meeting))
    text = client.get(f"/artikel/{Article.objects.get().pk}/").content.decode()
    assert "2 Ereignisse aus diesem Artikel" in text
    assert "Extraktion" not in text


@override_settings(TASKS=DATABASE_TASKS)
def test_queued_articles_go_to_the_worker_several_to_a_task(
    meeting: Path, django_capture_on_commit_callbacks: Any
) -> None:
    from django_tasks_db.models import DBTaskResult

    from timeline.services import ARTICLES_PER_TASK
    from timeline.tasks import EXTRACT_MANY_TASK_PATH, articles_extract_many

    for n in range(2):
        (meeting.parent / f"treffen{n}.txt").write_text(
            MEETING.replace("Dienstag", ["Montag", "Mittwoch"][n]), encoding="utf-8"
        )
    with django_capture_on_commit_callbacks(execute=True):
        out = ingest(str(meeting.parent))
    assert "queued 3 for extraction" in out
    [task] = DBTaskResult.objects.all()
    assert task.task_path == EXTRACT_MANY_TASK_PATH
    ids = sorted(Article.objects.values_list("pk", flat=True))
    assert task.args_kwargs["args"] == [ids]
    assert ARTICLES_PER_TASK >= 3
    articles_extract_many.call(ids)
    assert set(Article.objects.values_list("extraction_status", flat=True)) == {"done"}
    assert Event.objects.count() >= 2
