"""A worker killed mid-task loses nothing: its claim expires, the task runs again on the next
worker, and `extract --pending` covers articles whose task is gone."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.tasks.base import TaskResultStatus
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from articles.models import Article
from tests.editorial_helpers import make_article
from timeline.tasks import EXTRACT_TASK_PATH, articles_with_live_task, stale_tasks_recover

ROOT = Path(__file__).resolve().parent.parent
DATABASE_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def _task_row(article_id: int, *, status: str, started_minutes_ago: float | None, workers: int):
    started = (
        timezone.now() - timedelta(minutes=started_minutes_ago)
        if started_minutes_ago is not None
        else None
    )
    return DBTaskResult.objects.create(
        status=status,
        started_at=started,
        args_kwargs={"args": [article_id], "kwargs": {}},
        task_path=EXTRACT_TASK_PATH,
        worker_ids=[f"worker-{n}" for n in range(workers)],
        backend_name="default",
        run_after=timezone.now(),
    )


@pytest.mark.django_db
@override_settings(TASK_LEASE_SECONDS=600, TASK_MAX_ATTEMPTS=3)
def test_a_claim_older_than_the_lease_goes_back_to_the_queue() -> None:
    article = make_article()
    dead = _task_row(article.pk, status="RUNNING", started_minutes_ago=30, workers=1)
    alive = _task_row(article.pk, status="RUNNING", started_minutes_ago=1, workers=1)
    recovery = stale_tasks_recover()
    assert (recovery.requeued, recovery.failed) == (1, 0)
    dead.refresh_from_db()
    alive.refresh_from_db()
    assert dead.status == TaskResultStatus.READY and dead.started_at is None
    assert alive.status == TaskResultStatus.RUNNING


@pytest.mark.django_db
@override_settings(TASK_LEASE_SECONDS=600, TASK_MAX_ATTEMPTS=3)
def test_a_task_that_killed_its_worker_three_times_fails_with_its_article() -> None:
    article = make_article()
    Article.objects.filter(pk=article.pk).update(extraction_status=Article.ExtractionStatus.QUEUED)
    poisonous = _task_row(article.pk, status="RUNNING", started_minutes_ago=30, workers=3)
    recovery = stale_tasks_recover()
    assert (recovery.requeued, recovery.failed) == (0, 1)
    poisonous.refresh_from_db()
    article.refresh_from_db()
    assert poisonous.status == TaskResultStatus.FAILED
    assert article.extraction_status == Article.ExtractionStatus.FAILED
    assert "died 3 times" in article.extraction_error


@pytest.mark.django_db
@override_settings(TASKS=DATABASE_BACKEND, TASK_LEASE_SECONDS=600)
def test_extract_pending_takes_queued_articles_whose_task_is_gone() -> None:
    orphan, waiting = make_article(title="verwaist"), make_article(title="wartet")
    Article.objects.filter(pk__in=[orphan.pk, waiting.pk]).update(
        extraction_status=Article.ExtractionStatus.QUEUED
    )
    _task_row(waiting.pk, status="READY", started_minutes_ago=None, workers=0)
    _task_row(orphan.pk, status="RUNNING", started_minutes_ago=60, workers=1)  # dead claim
    assert articles_with_live_task() == {waiting.pk}
    call_command("extract", "--pending", stdout=StringIO())
    orphan.refresh_from_db()
    waiting.refresh_from_db()
    assert orphan.extraction_status == Article.ExtractionStatus.DONE
    assert waiting.extraction_status == Article.ExtractionStatus.QUEUED  # left to its worker


def _manage(env: dict[str, str], *args: str, timeout: float = 120) -> None:
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=timeout,
        capture_output=True,
    )


def _status(database: Path) -> str:
    with sqlite3.connect(database) as db:
        row = db.execute("SELECT status FROM django_tasks_database_dbtaskresult").fetchone()
    return str(row[0])


@pytest.mark.slow
def test_a_killed_worker_s_task_is_run_again_by_the_next_worker(tmp_path: Path) -> None:
    database, marker = tmp_path / "queue.sqlite3", tmp_path / "started"
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "TASKS_BACKEND": "database",
        "TASK_LEASE_SECONDS": "1",
    }
    _manage(env, "migrate", "-v", "0")
    _manage(
        env,
        "shell",
        "-c",
        f"from tests.worker_tasks import hold_until_killed; hold_until_killed.enqueue({str(marker)!r})",
    )
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--no-reload", "--no-startup-delay"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert marker.exists(), "the worker never started the task"
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=10)
    assert _status(database) == "RUNNING"  # what django-tasks-db leaves behind

    time.sleep(1.2)  # the lease of the dead claim runs out
    _manage(env, "db_worker", "--batch", "--no-reload", "--no-startup-delay")
    assert _status(database) == "SUCCESSFUL"
