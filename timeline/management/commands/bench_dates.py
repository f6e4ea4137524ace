from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from timeline.extraction.bench import bench
from timeline.extraction.corpus import load_corpus


class Command(BaseCommand):
    help = "Articles per second of the date tagger beside spaCy's blank German tokenizer."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("path", help="corpus folder (dev JSON files or WikiWarsDE)")
        parser.add_argument("--seconds", type=float, default=3.0, help="minimum time per side")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            documents = load_corpus(options["path"])
        except (OSError, ValueError) as error:
            raise CommandError(str(error)) from error
        if not documents:
            raise CommandError("the corpus is empty")
        result = bench(documents, options["seconds"])
        self.stdout.write(f"articles:          {result.articles}")
        self.stdout.write(f"tag_dates:         {result.tagger_rate:10.1f} articles/s")
        self.stdout.write(f"blank tokenizer:   {result.tokenizer_rate:10.1f} articles/s")
        self.stdout.write(f"ratio (tagger/tokenizer): {result.ratio:.2f}")
