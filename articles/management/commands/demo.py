from __future__ import annotations

from argparse import ArgumentParser
from io import StringIO
from pathlib import Path
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand

DEMO_DIR = Path(__file__).resolve().parents[2] / "demo"
DEMO_FEED_NAME = "Ereignischronik-Demo (lokal)"


class Command(BaseCommand):
    help = (
        "Load the demo corpus (short German articles written for the project about real, "
        "public events) with the lexicons, and extract its events. Safe to run again. "
        "With --feeds the articles come in as a news feed served on this machine."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--feeds",
            action="store_true",
            help="serve the demo articles as a local RSS feed and fetch it like any feed",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("load_lexicon", stdout=self.stdout)
        if options["feeds"]:
            self._from_feed()
        else:
            out = StringIO()
            call_command("ingest", "--no-extract", str(DEMO_DIR / "articles.jsonl"), stdout=out)
            summary = [line for line in out.getvalue().splitlines() if line.startswith("ingested")]
            self.stdout.write(summary[-1])
        call_command("extract", "--pending", stdout=self.stdout)

    def _from_feed(self) -> None:
        from articles.demo_feed import demo_site
        from articles.feeds import HostThrottle, HttpClient, feed_fetch
        from articles.models import Feed

        with demo_site() as url:
            # The port is new each time: the feed keeps its name and takes the new address.
            feed, _ = Feed.objects.update_or_create(
                name=DEMO_FEED_NAME, defaults={"url": url, "active": False}
            )
            # Our own server: no need to space the requests.
            client = HttpClient.from_settings(throttle=HostThrottle(60_000))
            report = feed_fetch(feed, client=client)
        if report.failed:
            self.stderr.write(f"error: demo feed: {report.error}")
        for link, why in report.entry_errors:
            self.stderr.write(f"  error: {link}: {why}")
        self.stdout.write(
            f"demo feed {url}: {report.entries} entries, new {len(report.new)}, "
            f"seen {report.seen}, errors {len(report.entry_errors)} "
            f"(feed {feed.pk} in the admin, inactive: its server is gone)"
        )
