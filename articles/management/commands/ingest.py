from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from articles.date_bounds import publication_problem
from articles.ingestion import IngestError, parse_published
from articles.services import articles_ingest


class Command(BaseCommand):
    help = (
        "Ingest German news articles from files and folders: plain scraped text, HTML pages, "
        "JSON lines (text, title, url, published_at, outlet). Re-ingesting is a no-op."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("paths", nargs="+", type=Path, help="files or folders")
        parser.add_argument(
            "--published-at", help="publication date (YYYY-MM-DD[THH:MM]) for all articles"
        )
        parser.add_argument("--outlet", help="outlet name for all articles")
        parser.add_argument(
            "--no-extract", action="store_true", help="store only; do not enqueue extraction"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        published_at = None
        if options["published_at"]:
            try:
                published_at = parse_published(options["published_at"], field_name="--published-at")
            except IngestError as exc:
                raise CommandError(str(exc)) from None
            problem = publication_problem(published_at)
            if problem:
                raise CommandError(f"--published-at: {problem}")
        on_created = None
        if not options["no_extract"]:
            from timeline.services import extraction_enqueue_on_commit

            on_created = extraction_enqueue_on_commit
        report = articles_ingest(
            paths=options["paths"],
            outlet=options["outlet"],
            published_at=published_at,
            on_created=on_created,
            progress=lambda files: tqdm(files, desc="ingest", unit="file", disable=None),
        )
        for where, note in report.notes:
            self.stdout.write(f"note: {where}: {note}")
        for where, why in report.failed:
            self.stderr.write(f"error: {where}: {why}")
        self.stdout.write(
            f"ingested {len(report.ingested)}, duplicates {report.duplicates}, "
            f"failed {len(report.failed)}"
        )
        if not report.ok:
            raise CommandError(f"{len(report.failed)} input(s) failed", returncode=1)
