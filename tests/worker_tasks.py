"""A task for the worker-recovery test: the first run marks that it started and then waits to
be killed; any later run finds the mark and finishes at once."""

from __future__ import annotations

import time
from pathlib import Path

from django.tasks import task


@task()
def hold_until_killed(marker: str) -> str:
    path = Path(marker)
    if path.exists():
        return "finished on a later attempt"
    path.write_text("started", encoding="utf-8")
    time.sleep(120)
    return "not killed"
