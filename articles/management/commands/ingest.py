from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from articles.date_bounds import publication_problem
from articles.ingestion import IngestError, parse_published
from articles.models import Article
from articles.services import articles_ingest

# Duplicates named one by one up to this many; the rest are counted.
DUPLICATES_SHOWN = 20


def worker_configured() -> bool:
    """Whether a task worker is meant to extract (the database task backend); with the
    immediate or dummy backend nothing would extract queued articles later."""
    return "django_tasks_db" in str(settings.TASKS["default"]["BACKEND"])


def article_label(article: Article) -> str:
    title = article.title or article.body[:60]
    return f"article {article.pk} «{title[:80]}»"


class Command(BaseCommand):
    help = (
        "Ingest German news articles from files and folders: plain scraped text, HTML pages, "
        "JSON lines (text, title, url, published_at, outlet). New articles are extracted at "
        "once, or queued for the task worker when one is configured (TASKS_BACKEND=database). "
        "Re-ingesting names the duplicates; --update fills in what they lack."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("paths", nargs="+", type=Path, help="files or folders")
        parser.add_argument(
            "--published-at",
            help="publication date for all articles: 2024-05-23[T14:05], 23.05.2024 14:05, "
            "'23. Mai 2024, 14:05 Uhr' (Berlin time unless it names a zone)",
        )
        parser.add_argument("--outlet", help="outlet name for all articles")
        when = parser.add_mutually_exclusive_group()
        when.add_argument(
            "--now",
            action="store_true",
            help="extract the new articles here and now, even when a worker is configured",
        )
        when.add_argument(
            "--no-extract", action="store_true", help="store only; neither extract nor queue"
        )
        parser.add_argument(
            "--update",
            action="store_true",
            help=(
                "for articles already stored: fill in what they lack (publication date, "
                "outlet, URL) from this input and extract them again"
            ),
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
        queue = not options["no_extract"] and not options["now"] and worker_configured()
        report = articles_ingest(
            paths=options["paths"],
            outlet=options["outlet"],
            published_at=published_at,
            update=options["update"],
            progress=lambda files: tqdm(files, desc="ingest", unit="file", disable=None),
        )
        for where, note in report.notes:
            self.stdout.write(f"note: {where}: {note}")
        for where, why in report.failed:
            self.stderr.write(f"error: {where}: {why}")
        for where, article in report.duplicates[:DUPLICATES_SHOWN]:
            self.stdout.write(f"duplicate: {where}: already stored as {article_label(article)}")
        if len(report.duplicates) > DUPLICATES_SHOWN:
            self.stdout.write(f"duplicate: … and {len(report.duplicates) - DUPLICATES_SHOWN} more")
        if report.duplicates and not options["update"]:
            self.stdout.write("  (--update fills in what a stored article lacks)")
        for where, article, fields in report.updated:
            self.stdout.write(f"updated: {where}: {article_label(article)}: {', '.join(fields)}")
        summary = (
            f"ingested {len(report.ingested)}, duplicates {len(report.duplicates)}, "
            f"failed {len(report.failed)}"
        )
        if options["update"]:
            summary += f", updated {len(report.updated)}"
        self.stdout.write(summary)
        changed = [a.pk for a in report.ingested] + [a.pk for _, a, _ in report.updated]
        if changed:
            self._extract(changed, queue=queue, stored_only=options["no_extract"])
        if not report.ok:
            raise CommandError(f"{len(report.failed)} input(s) failed", returncode=1)

    def _extract(self, article_ids: list[int], *, queue: bool, stored_only: bool) -> None:
        count = len(article_ids)
        if stored_only:
            self.stdout.write(
                f"not extracted: {count} (--no-extract; `./manage extract --pending` does it)"
            )
            return
        if queue:
            from timeline.services import extraction_enqueue_many

            extraction_enqueue_many(article_ids)
            self.stdout.write(
                f"queued {count} for extraction: run `./manage db_worker` to extract them "
                "(or ingest with --now)"
            )
            return
        from timeline.services import articles_extract

        articles = Article.objects.filter(pk__in=article_ids).order_by("pk")
        with tqdm(total=count, desc="extract", unit="article", disable=None) as bar:
            done, events = articles_extract(articles=articles, progress=bar.update)
        self.stdout.write(f"extracted {done} articles, {events} event mentions")
