"""Background work: extracting one article; and recovering what a dead worker left behind.

`django-tasks-db` marks a task RUNNING when a worker claims it and never looks at it again: a
worker killed mid-task (`kill -9`, an OOM, a lost machine) leaves it RUNNING forever and its
article "queued" with no events. Every task here is idempotent (re-extracting an article gives
the same events and ids), so a claim older than the lease (`TASK_LEASE_SECONDS`, far longer
than any extraction takes) is taken to be dead and the task goes back to the queue; after
`TASK_MAX_ATTEMPTS` claims it is failed instead, so one poisonous article cannot kill every
worker in turn. `manage.py db_worker` (timeline's override) sweeps at start and every minute.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.tasks import task
from django.utils import timezone

logger = logging.getLogger(__name__)

EXTRACT_TASK_PATH = "timeline.tasks.article_extract"
EXTRACT_MANY_TASK_PATH = "timeline.tasks.articles_extract_many"


@task()
def article_extract(article_id: int) -> None:
    """Extract the events of one article (background task)."""
    from timeline.services import article_events_extract

    article_events_extract(article_id=article_id)


@task()
def articles_extract_many(article_ids: list[int]) -> None:
    """Extract several articles in one task (background): `nlp.pipe` and the batch merge
    over all of them, several times faster per article than one task each."""
    from articles.models import Article
    from timeline.services import articles_extract

    articles_extract(articles=Article.objects.filter(pk__in=article_ids).order_by("pk"))


def _task_articles(task_path: str, args_kwargs: dict[str, object]) -> list[int]:
    """The articles an extraction task is for (none for other tasks)."""
    args = args_kwargs.get("args") or []
    if not isinstance(args, list) or not args:
        return []
    if task_path == EXTRACT_TASK_PATH and isinstance(args[0], int):
        return [args[0]]
    if task_path == EXTRACT_MANY_TASK_PATH and isinstance(args[0], list):
        return [pk for pk in args[0] if isinstance(pk, int)]
    return []


@dataclass(slots=True)
class Recovery:
    requeued: int = 0
    failed: int = 0


def _lease() -> timedelta:
    return timedelta(seconds=settings.TASK_LEASE_SECONDS)


def stale_tasks_recover(*, now: datetime | None = None) -> Recovery:
    """Re-queue the tasks whose claim is older than the lease (their worker died); fail those
    already claimed `TASK_MAX_ATTEMPTS` times, and their articles with them."""
    from django.tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    from articles.models import Article

    cutoff = (now or timezone.now()) - _lease()
    recovery = Recovery()
    with transaction.atomic():
        stale = DBTaskResult.objects.select_for_update(skip_locked=True).filter(
            status=TaskResultStatus.RUNNING, started_at__lt=cutoff
        )
        for result in stale:
            attempts = len(result.worker_ids or [])
            if attempts >= settings.TASK_MAX_ATTEMPTS:
                result.status = TaskResultStatus.FAILED
                result.finished_at = timezone.now()
                result.exception_class_path = "timeline.tasks.WorkerDied"
                result.traceback = (
                    f"The worker running this task stopped without finishing it, "
                    f"{attempts} times (workers {', '.join(result.worker_ids)})."
                )
                result.save(
                    update_fields=["status", "finished_at", "exception_class_path", "traceback"]
                )
                if ids := _task_articles(result.task_path, result.args_kwargs):
                    Article.objects.filter(pk__in=ids).update(
                        extraction_status=Article.ExtractionStatus.FAILED,
                        extraction_error=(
                            f"the worker died {attempts} times while extracting this article"
                        ),
                    )
                recovery.failed += 1
                continue
            result.status = TaskResultStatus.READY
            result.started_at = None
            result.save(update_fields=["status", "started_at"])
            recovery.requeued += 1
    if recovery.requeued or recovery.failed:
        logger.warning(
            "recovered tasks of dead workers: %s re-queued, %s failed after %s attempts",
            recovery.requeued,
            recovery.failed,
            settings.TASK_MAX_ATTEMPTS,
        )
    return recovery


def articles_with_live_task() -> set[int]:
    """Articles whose extraction task is waiting or running within its lease (with the
    database task backend; with another backend there is no queue to ask)."""
    from django.tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    if "django_tasks_db" not in settings.TASKS["default"]["BACKEND"]:
        return set()
    cutoff = timezone.now() - _lease()
    paths = (EXTRACT_TASK_PATH, EXTRACT_MANY_TASK_PATH)
    live = DBTaskResult.objects.filter(task_path__in=paths).filter(
        status=TaskResultStatus.READY
    ) | DBTaskResult.objects.filter(
        task_path__in=paths, status=TaskResultStatus.RUNNING, started_at__gte=cutoff
    )
    ids: set[int] = set()
    for path, args_kwargs in live.values_list("task_path", "args_kwargs"):
        ids.update(_task_articles(path, args_kwargs))
    return ids
