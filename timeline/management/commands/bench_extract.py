"""Articles per second on one core: the full extractor beside the blank tokenizer alone."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from timeline.extraction.corpus import load_corpus
from timeline.extraction.events import EventExtractor
from timeline.extraction.lexicon import Lexicon
from timeline.extraction.nlp import german_tokenizer_only


def _rates(runs: list[Callable[[], int]], seconds: float) -> list[float]:
    """Articles per CPU-second of each run, measured in alternating slices so that both see
    the same machine load; CPU time of this process (one core), not wall time, so that other
    processes on a shared machine do not count against either side."""
    done = [0] * len(runs)
    spent = [0.0] * len(runs)
    while min(spent) < seconds:
        for k, run in enumerate(runs):
            started = time.process_time()
            slice_end = started + min(0.5, seconds)
            while (now := time.process_time()) < slice_end:
                done[k] += run()
            spent[k] += now - started
    return [d / s for d, s in zip(done, spent, strict=True)]


class Command(BaseCommand):
    help = "Benchmark the event extractor (nlp.pipe batches) against the blank tokenizer."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="folder of corpus files whose texts are used")
        parser.add_argument("--seconds", type=float, default=3.0)
        parser.add_argument("--batch-size", type=int, default=32)
        parser.add_argument(
            "--min-chars",
            type=int,
            default=0,
            help="only the corpus's articles of at least this many characters",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        documents = [d for d in load_corpus(options["path"]) if len(d.text) >= options["min_chars"]]
        if not documents:
            raise CommandError(f"no article of at least {options['min_chars']} characters")
        items = [(d.text, d.published) for d in documents]
        texts = [t for t, _ in items]
        extractor = EventExtractor(Lexicon.from_files())
        tokenizer = german_tokenizer_only()
        batch = options["batch_size"]
        seconds = options["seconds"]

        def full() -> int:
            return sum(1 for _ in extractor.extract_many(items, batch_size=batch))

        def blank() -> int:
            return sum(1 for _ in tokenizer.pipe(texts, batch_size=batch))

        # The extractor's own tokenizer (the blank one without its whitespace special cases,
        # `nlp.without_whitespace_cases`), shown beside the floor so that what the extractor
        # gains by tokenising faster than the blank tokenizer stays visible.
        own_tokenizer = extractor.nlp.tokenizer

        def own() -> int:
            for text in texts:
                own_tokenizer(text)
            return len(texts)

        full()  # warm up
        extractor_rate, blank_rate, own_rate = _rates([full, blank, own], seconds)
        chars = sum(len(t) for t in texts) / max(len(texts), 1)
        self.stdout.write(f"articles: {len(texts)} (mean {chars:.0f} characters)")
        self.stdout.write(f"extractor:          {extractor_rate:8.1f} articles/s")
        self.stdout.write(f"blank tokenizer:    {blank_rate:8.1f} articles/s")
        self.stdout.write(f"ratio:              {extractor_rate / blank_rate:8.3f}")
        self.stdout.write(
            f"extractor's own tokenizer: {own_rate:8.1f} articles/s "
            f"(ratio to it {extractor_rate / own_rate:.3f})"
        )
