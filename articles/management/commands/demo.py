from __future__ import annotations

from io import StringIO
from pathlib import Path
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand

DEMO_DIR = Path(__file__).resolve().parents[2] / "demo"


class Command(BaseCommand):
    help = (
        "Load the demo corpus (short German articles written for the project about real, "
        "public events) with the lexicons, and extract its events. Safe to run again."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("load_lexicon", stdout=self.stdout)
        out = StringIO()
        call_command("ingest", "--no-extract", str(DEMO_DIR / "articles.jsonl"), stdout=out)
        summary = [line for line in out.getvalue().splitlines() if line.startswith("ingested")]
        self.stdout.write(summary[-1])
        call_command("extract", "--pending", stdout=self.stdout)
