"""Score the event extractor on a folder of gold files (shared/EVENTS.md matching rules)."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from timeline.extraction.corpus import load_corpus
from timeline.extraction.evaluation import (
    evaluate_events,
    event_report_json,
    event_report_lines,
    positive_int,
)
from timeline.extraction.events import EventExtractor
from timeline.extraction.lexicon import Lexicon


class Command(BaseCommand):
    help = "Event P/R/F1 overall and per type, date accuracy, actor F1; misses and false events."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="folder of gold JSON files (e.g. shared/corpus/dev)")
        parser.add_argument("--json", action="store_true", help="print the scores as JSON only")
        parser.add_argument(
            "--blind-every",
            type=positive_int,
            metavar="N",
            help="documents whose number is divisible by N are a blind part: "
            "its scores are shown as aggregate numbers only, never its misses",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            documents = load_corpus(options["path"])
        except (OSError, ValueError) as error:
            raise CommandError(str(error)) from error
        extractor = EventExtractor(Lexicon.from_files())
        results = extractor.extract_many([(d.text, d.published) for d in documents])
        evaluation = evaluate_events(documents, [r.events for r in results], options["blind_every"])
        if options["json"]:
            self.stdout.write(json.dumps(event_report_json(evaluation), indent=2))
            return
        for line in event_report_lines(evaluation):
            self.stdout.write(line)
