"""Throughput of the date tagger against the blank German tokenizer (the floor)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from timeline.extraction.corpus import CorpusDocument
from timeline.extraction.dates import tag_dates
from timeline.extraction.nlp import german_tokenizer_only


@dataclass(frozen=True, slots=True)
class BenchResult:
    articles: int
    tagger_seconds: float
    tokenizer_seconds: float

    @property
    def tagger_rate(self) -> float:
        return self.articles / self.tagger_seconds if self.tagger_seconds else 0.0

    @property
    def tokenizer_rate(self) -> float:
        return self.articles / self.tokenizer_seconds if self.tokenizer_seconds else 0.0

    @property
    def ratio(self) -> float:
        """Tagger throughput as a share of the tokenizer's (1.0 = as fast as tokenising)."""
        return self.tagger_rate / self.tokenizer_rate if self.tokenizer_rate else 0.0


def _timed_loop(work: Callable[[], None], min_seconds: float) -> tuple[int, float]:
    rounds = 0
    started = time.perf_counter()
    while True:
        work()
        rounds += 1
        elapsed = time.perf_counter() - started
        if elapsed >= min_seconds:
            return rounds, elapsed


def bench(documents: list[CorpusDocument], min_seconds: float = 3.0) -> BenchResult:
    """Loops over the corpus for at least `min_seconds` per side, on one core."""
    tokenizer = german_tokenizer_only()
    texts = [(d.text, d.published) for d in documents]
    tag_dates(texts[0][0], texts[0][1]) if texts else None  # warm up caches

    def run_tagger() -> None:
        for text, published in texts:
            tag_dates(text, published)

    def run_tokenizer() -> None:
        for text, _ in texts:
            tokenizer(text)

    tagger_rounds, tagger_seconds = _timed_loop(run_tagger, min_seconds)
    tokenizer_rounds, tokenizer_seconds = _timed_loop(run_tokenizer, min_seconds)
    per_round = len(texts)
    # Normalise to the same article count: seconds per article times the tagger's count.
    tokenizer_seconds_scaled = tokenizer_seconds / tokenizer_rounds * tagger_rounds
    return BenchResult(per_round * tagger_rounds, tagger_seconds, tokenizer_seconds_scaled)
