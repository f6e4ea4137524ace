"""Score the event extractor on a folder of gold files (shared/EVENTS.md matching rules)."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from timeline.extraction.corpus import load_corpus
from timeline.extraction.event_scoring import GoldEvent, date_right, score_events
from timeline.extraction.events import EventExtractor
from timeline.extraction.lexicon import Lexicon


class Command(BaseCommand):
    help = "Event P/R/F1 overall and per type, date accuracy, actor F1; misses and false events."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="folder of gold JSON files (e.g. shared/corpus/dev)")
        parser.add_argument("--json", action="store_true", help="print the scores as JSON only")

    def handle(self, *args: Any, **options: Any) -> None:
        documents = load_corpus(options["path"])
        extractor = EventExtractor(Lexicon.from_files())
        results = extractor.extract_many([(d.text, d.published) for d in documents])
        rows = [
            (d.id, r.events, [GoldEvent.from_json(e) for e in d.events])
            for d, r in zip(documents, results, strict=True)
        ]
        scores = score_events(rows)
        summary = scores.as_json()
        if options["json"]:
            self.stdout.write(json.dumps(summary, indent=2))
            return
        o = scores.overall
        self.stdout.write(
            f"documents: {len(documents)}   gold events: {o.tp + o.fn}   extracted: {o.tp + o.fp}"
        )
        self.stdout.write(f"events    P {o.precision:.3f}  R {o.recall:.3f}  F1 {o.f1:.3f}")
        for kind, c in sorted(scores.per_type.items()):
            self.stdout.write(
                f"  {kind:<13} P {c.precision:.3f}  R {c.recall:.3f}  "
                f"F1 {c.f1:.3f}   (tp {c.tp}, fp {c.fp}, fn {c.fn})"
            )
        self.stdout.write(
            f"date accuracy {scores.date_accuracy:.3f} "
            f"({scores.dates_right}/{scores.dated} matched events; dated gold only: "
            f"{scores.dated_only_accuracy:.3f}, {scores.gold_dated_right}/{scores.gold_dated})"
        )
        self.stdout.write(f"actor F1      {scores.actors.f1:.3f}")
        for doc in scores.documents:
            for e, g in doc.pairs:
                if not date_right(e, g):
                    self.stdout.write(
                        f"\n[{doc.doc_id}] WRONG DATE {g.type}: extracted "
                        f"{e.date_start}..{e.date_end}, gold {g.start}..{g.end}\n"
                        f"    {e.evidence}"
                    )
            for g in doc.misses:
                self.stdout.write(
                    f"\n[{doc.doc_id}] MISS {g.type} {g.actors} {g.location} "
                    f"{g.start}..{g.end}\n    {g.evidence}"
                )
            for e in doc.false_events:
                self.stdout.write(
                    f"\n[{doc.doc_id}] FALSE {e.type} {e.actors} {e.location} "
                    f"{e.date_start}..{e.date_end}\n    {e.evidence}"
                )
