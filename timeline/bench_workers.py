"""`bench_pipeline --workers N`: N `db_worker` processes share the extraction queue.

The articles are stored first; then N workers are started on the benchmark's database
(`TASKS_BACKEND=database`), and once each has built its extractor and is polling, one
extraction task per article is queued in a single commit. The rate is the articles over the
time from that commit until the queue is empty. Afterwards it checks that no task ran twice:
a worker claims a task with `SELECT … FOR UPDATE SKIP LOCKED` and marks it running in the same
transaction (django-tasks-db), so another worker skips it.
"""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.test.utils import override_settings

from articles.models import Article
from timeline.tasks import EXTRACT_MANY_TASK_PATH, EXTRACT_TASK_PATH

READY_LINE = "Starting worker"
START_TIMEOUT = 300.0


@dataclass(slots=True)
class WorkersRun:
    workers: int
    articles: int
    tasks: int
    seconds: float
    succeeded: int
    failed: int
    claimed_twice: int
    by_worker: dict[str, int]

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def _start(
    count: int, folder: Path, database_url: str
) -> list[tuple[subprocess.Popen[bytes], Path]]:
    env = {**os.environ, "DATABASE_URL": database_url, "TASKS_BACKEND": "database"}
    manage = Path(settings.BASE_DIR) / "manage.py"
    workers = []
    for n in range(count):
        log = folder / f"worker{n}.log"
        with log.open("wb") as out:
            process = subprocess.Popen(
                [
                    *(sys.executable, str(manage), "db_worker", "--no-reload"),
                    *("--no-startup-delay", "--interval", "0.1", "--worker-id", f"bench-{n}"),
                ],
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        workers.append((process, log))
    deadline = time.monotonic() + START_TIMEOUT
    while not all(READY_LINE in log.read_text(errors="replace") for _, log in workers):
        if any(process.poll() is not None for process, _ in workers):
            raise RuntimeError(f"a worker stopped at start; see {folder}")
        if time.monotonic() > deadline:
            raise RuntimeError("the workers did not start in time")
        time.sleep(0.2)
    return workers


def _stop(workers: list[tuple[subprocess.Popen[bytes], Path]]) -> None:
    for process, _ in workers:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    for process, _ in workers:
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def workers_extract(
    article_ids: list[int], *, workers: int, database_url: str, per_task: int = 1
) -> WorkersRun:
    """Extract the stored articles `article_ids` by `workers` worker processes, `per_task`
    articles to a task; time it."""
    from django.tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    from timeline.tasks import article_extract, articles_extract_many

    tasks = DBTaskResult.objects.filter(task_path__in=(EXTRACT_TASK_PATH, EXTRACT_MANY_TASK_PATH))
    with tempfile.TemporaryDirectory(prefix="bench_workers_") as folder:
        started = _start(workers, Path(folder), database_url)
        try:
            backend = {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
            with override_settings(TASKS={"default": backend}), transaction.atomic():
                Article.objects.filter(pk__in=article_ids).update(
                    extraction_status=Article.ExtractionStatus.QUEUED
                )
                if per_task == 1:
                    for pk in article_ids:
                        article_extract.enqueue(pk)
                else:
                    for chunk in itertools.batched(article_ids, per_task):
                        articles_extract_many.enqueue(list(chunk))
            t0 = time.perf_counter()
            open_states = (TaskResultStatus.READY, TaskResultStatus.RUNNING)
            while tasks.filter(status__in=open_states).exists():
                if any(process.poll() is not None for process, _ in started):
                    raise RuntimeError(f"a worker stopped; see {folder}")
                time.sleep(0.05)
            seconds = time.perf_counter() - t0
        finally:
            _stop(started)
    claims = list(tasks.values_list("status", "worker_ids"))
    return WorkersRun(
        workers=workers,
        articles=len(article_ids),
        tasks=len(claims),
        seconds=seconds,
        succeeded=sum(1 for status, _ in claims if status == TaskResultStatus.SUCCESSFUL),
        failed=sum(1 for status, _ in claims if status == TaskResultStatus.FAILED),
        claimed_twice=sum(1 for _, ids in claims if len(ids or []) > 1),
        by_worker=dict(Counter(ids[0] for _, ids in claims if ids)),
    )
