from __future__ import annotations

import json
import sys
from argparse import ArgumentParser
from datetime import date
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from timeline.extraction.dates import tag_dates


class Command(BaseCommand):
    help = "Print the date expressions of a German text, one JSON object a line."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("file", nargs="?", default="-", help="a text file, or - for stdin")
        parser.add_argument("--published-at", help="publication date YYYY-MM-DD")

    def handle(self, *args: Any, **options: Any) -> None:
        published: date | None = None
        if options["published_at"]:
            try:
                published = date.fromisoformat(options["published_at"])
            except ValueError:
                raise CommandError("--published-at must be YYYY-MM-DD") from None
        source = options["file"]
        if source == "-":
            text = sys.stdin.read()
        else:
            try:
                text = Path(source).read_text(encoding="utf-8")
            except OSError as error:
                raise CommandError(str(error)) from error
        for mention in tag_dates(text, published):
            self.stdout.write(json.dumps(mention.as_json(), ensure_ascii=False))
