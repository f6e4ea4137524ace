from __future__ import annotations

import time
from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from articles.feeds import FeedReport, HttpClient, feeds_due, feeds_fetch, next_due_at
from articles.management.commands.ingest import worker_configured
from articles.models import Article, Feed

# The longest sleep between two rounds: a feed an editor adds is picked up within this.
IDLE_SECONDS = 60


class Command(BaseCommand):
    help = (
        "Fetch the active feeds that are due (RSS/Atom, added in the admin) and ingest their new "
        "entries' pages like HTML files; then extract them, or queue them for the worker. "
        "Without --once it runs on, fetching each feed at its interval."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--feed",
            type=int,
            action="append",
            metavar="ID",
            help="fetch this feed now (due or not, active or not) and stop; may be repeated",
        )
        parser.add_argument(
            "--once", action="store_true", help="one round of the due feeds, then stop"
        )
        parser.add_argument(
            "--no-extract", action="store_true", help="store only; neither extract nor queue"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        self.queue = not options["no_extract"] and worker_configured()
        self.extract_now = not options["no_extract"] and not self.queue
        self.client = HttpClient.from_settings()
        if options["feed"]:
            feeds = list(Feed.objects.filter(pk__in=options["feed"]).select_related("outlet"))
            missing = set(options["feed"]) - {feed.pk for feed in feeds}
            if missing:
                raise CommandError(f"no feed with id {', '.join(map(str, sorted(missing)))}")
            self._round(feeds, claim=False)  # asked for by id: fetched now, due or not
            return
        if options["once"]:
            self._round(feeds_due())
            return
        self.stdout.write(
            f"fetching feeds as they fall due (checking at least every {IDLE_SECONDS} s)"
        )
        while True:
            self._round(feeds_due())
            due = next_due_at()
            wait = IDLE_SECONDS if due is None else (due - timezone.now()).total_seconds()
            time.sleep(min(max(wait, 1.0), IDLE_SECONDS))

    def _round(self, feeds: list[Feed], *, claim: bool = True) -> None:
        if not feeds:
            self.stdout.write("no feed is due")
            return
        reports = feeds_fetch(feeds, client=self.client, on_report=self._report, claim=claim)
        new = [article.pk for report in reports for article in report.new]
        failed = sum(report.failed for report in reports)
        self.stdout.write(f"feeds {len(reports)}, new articles {len(new)}, failed feeds {failed}")
        if not new:
            return
        if self.queue:
            from timeline.services import extraction_enqueue_many

            extraction_enqueue_many(new)
            self.stdout.write(f"queued {len(new)} for extraction (`./manage db_worker`)")
        elif self.extract_now:
            from timeline.services import articles_extract

            articles = Article.objects.filter(pk__in=new).order_by("pk")
            done, events = articles_extract(articles=articles)
            self.stdout.write(f"extracted {done} articles, {events} event mentions")

    def _report(self, report: FeedReport) -> None:
        feed = report.feed
        label = f"feed {feed.pk} «{str(feed)[:80]}»"
        if report.failed:
            self.stderr.write(f"error: {label}: {report.error} (next try {_when(feed)})")
        elif report.not_modified:
            self.stdout.write(f"{label}: not modified (304)")
        else:
            self.stdout.write(
                f"{label}: {report.entries} entries, new {len(report.new)}, "
                f"seen {report.seen}, errors {len(report.entry_errors)}"
            )
        for url, why in report.entry_errors[:10]:
            self.stderr.write(f"  error: {url}: {why}")


def _when(feed: Feed) -> str:
    if feed.next_fetch_at is None:
        return "next run"
    return timezone.localtime(feed.next_fetch_at).strftime("%Y-%m-%d %H:%M")
