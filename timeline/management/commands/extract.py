from __future__ import annotations

from argparse import ArgumentParser
from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from articles.models import Article
from timeline.services import articles_extract
from timeline.tasks import articles_with_live_task


class Command(BaseCommand):
    help = (
        "(Re-)extract events from articles in batches. Idempotent: an article's extracted "
        "sources are replaced; editors' corrections, confirmations and rejections stay."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("article_ids", nargs="*", type=int, help="article ids")
        parser.add_argument("--all", action="store_true", help="every article")
        parser.add_argument("--since", help="articles published on or after YYYY-MM-DD")
        parser.add_argument(
            "--pending",
            action="store_true",
            help=(
                "articles not yet extracted, failed, or queued for a task that is gone "
                "(its worker died); articles whose task is still waiting are left to it"
            ),
        )
        parser.add_argument("--batch-size", type=int, default=64)

    def handle(self, *args: Any, **options: Any) -> None:
        articles = Article.objects.order_by("pk")
        if options["since"]:
            try:
                since = date.fromisoformat(options["since"])
            except ValueError:
                raise CommandError(
                    f"--since must be YYYY-MM-DD, got {options['since']!r}"
                ) from None
            articles = articles.filter(published_at__date__gte=since)
        elif options["article_ids"]:
            articles = articles.filter(pk__in=options["article_ids"])
            missing = set(options["article_ids"]) - set(articles.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"no articles with ids {sorted(missing)}")
        elif options["pending"]:
            articles = articles.exclude(extraction_status=Article.ExtractionStatus.DONE).exclude(
                pk__in=articles_with_live_task()
            )
        elif not options["all"]:
            raise CommandError("say which articles: ARTICLE_ID…, --all, --since DATE or --pending")
        total = articles.count()
        with tqdm(total=total, desc="extract", unit="article", disable=None) as bar:
            done, events = articles_extract(
                articles=articles.iterator(chunk_size=500),
                batch_size=options["batch_size"],
                progress=bar.update,
            )
        self.stdout.write(f"extracted {done} articles, {events} event mentions")
