from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from timeline.extraction.lexicon import DATA_DIR, Lexicon
from timeline.lexicon_db import lexicon_load


class Command(BaseCommand):
    help = (
        "Load the actor and place lexicons (timeline/data/*.json) into the database. Adds what "
        "is missing; never removes or overwrites what editors changed."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--data-dir", type=Path, default=DATA_DIR)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            lexicon = Lexicon.from_files(options["data_dir"])
        except (OSError, ValueError, KeyError) as exc:
            raise CommandError(f"cannot read the lexicon files: {exc}") from None
        report = lexicon_load(lexicon=lexicon)
        self.stdout.write(
            f"actors created {report.actors_created}, aliases added {report.aliases_added}, "
            f"roles added {report.roles_added}, places created {report.places_created}, "
            f"places updated {report.places_updated}"
        )
