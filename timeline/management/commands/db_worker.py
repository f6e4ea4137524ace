"""`db_worker` of django-tasks-db, plus recovery of the tasks that dead workers left RUNNING
(`timeline.tasks.stale_tasks_recover`): once at start, then every `SWEEP_SECONDS` in a
background thread, so a worker restarted after a crash picks its lost task up again."""

from __future__ import annotations

import logging
import threading
from typing import Any

from django.db import connection
from django_tasks_db.management.commands import db_worker

from timeline.tasks import stale_tasks_recover
from timeline.warmup import extractor_preload

logger = logging.getLogger(__name__)

SWEEP_SECONDS = 60.0


def _sweep_forever(stop: threading.Event) -> None:
    while not stop.wait(SWEEP_SECONDS):
        try:
            stale_tasks_recover()
        except Exception:  # the worker keeps working; the next sweep tries again
            logger.exception("recovering stale tasks failed")
        finally:
            connection.close()


class Command(db_worker.Command):
    help = (
        "Run a database background worker; tasks whose worker died (a claim older than "
        "TASK_LEASE_SECONDS) are re-queued at start and every minute."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        # Built before the first claim: a claimed task does not wait for spaCy and the lexicon.
        extractor_preload()
        recovery = stale_tasks_recover()
        if recovery.requeued or recovery.failed:
            self.stdout.write(
                f"recovered tasks of dead workers: {recovery.requeued} re-queued, "
                f"{recovery.failed} failed"
            )
        stop = threading.Event()
        sweeper = threading.Thread(
            target=_sweep_forever, args=(stop,), name="stale-task-sweeper", daemon=True
        )
        sweeper.start()
        try:
            super().handle(*args, **options)
        finally:
            stop.set()
