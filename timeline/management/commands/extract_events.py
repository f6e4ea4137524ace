"""Print the events of one text as JSON lines, in the record form of shared/EVENTS.md."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from timeline.extraction.events import EventExtractor
from timeline.extraction.lexicon import Lexicon


class Command(BaseCommand):
    help = "Extract events from one German text (FILE or - for stdin); touches no database."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", nargs="?", default="-", help="text file, or - for stdin")
        parser.add_argument(
            "--published-at", dest="published", default=None, help="publication date YYYY-MM-DD"
        )
        parser.add_argument(
            "--details",
            action="store_true",
            help="also print date basis, trigger, confidence and summary",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        published = None
        if options["published"]:
            try:
                published = date.fromisoformat(options["published"])
            except ValueError as exc:
                raise CommandError(f"--published-at: {exc}") from exc
        name = options["file"]
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
        extractor = EventExtractor(Lexicon.from_files())
        result = extractor.extract(text, published)
        for event in result.events:
            record = event.as_record()
            if options["details"]:
                record.update(
                    date_basis=str(event.date_basis),
                    date_text=event.date_text,
                    trigger=event.trigger,
                    confidence=event.confidence,
                    summary=event.summary,
                )
            self.stdout.write(json.dumps(record, ensure_ascii=False))
