"""Scoring date mentions against gold expressions: span P/R/F1 and value accuracy.

A predicted span matches a gold span when they overlap; matching is one-to-one (greedy by
overlap size, then position). Value accuracy is over the scored gold expressions: start and end
exactly right, or for approximate gold, overlapping spans; unmatched gold counts as wrong. Gold
marked `skip_kind` (WikiWarsDE values that are no day, month or year) is not scored, and a
prediction overlapping one is neither a true nor a false positive.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from timeline.extraction.corpus import CorpusDocument, CorpusFormat, GoldTimex
from timeline.extraction.dates import tag_dates, tag_dates_split
from timeline.extraction.types import DateMention, Precision


@dataclass(slots=True)
class DateScore:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    values_right: int = 0
    gold_scored: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    misses: list[GoldTimex] = field(default_factory=list)
    spurious: list[DateMention] = field(default_factory=list)
    wrong_values: list[tuple[GoldTimex, DateMention]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.values_right / self.gold_scored if self.gold_scored else 1.0

    def add(self, other: DateScore) -> None:
        self.true_positives += other.true_positives
        self.false_positives += other.false_positives
        self.false_negatives += other.false_negatives
        self.values_right += other.values_right
        self.gold_scored += other.gold_scored
        self.skipped.update(other.skipped)
        self.misses.extend(other.misses)
        self.spurious.extend(other.spurious)
        self.wrong_values.extend(other.wrong_values)


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def value_matches(gold: GoldTimex, predicted: DateMention) -> bool:
    if gold.start is None or gold.end is None:
        return predicted.start is None and predicted.end is None
    if predicted.start is None or predicted.end is None:
        return False
    if gold.precision is Precision.APPROXIMATE:
        return predicted.start <= gold.end and gold.start <= predicted.end
    return predicted.start == gold.start and predicted.end == gold.end


def match_spans(gold: list[GoldTimex], predicted: list[DateMention]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs of overlapping spans, largest overlap
    first."""
    pairs = [
        (overlap(g.start_char, g.end_char, p.start_char, p.end_char), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(predicted)
        if overlap(g.start_char, g.end_char, p.start_char, p.end_char) > 0
    ]
    pairs.sort(key=lambda pair: (-pair[0], pair[1], pair[2]))
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    matched: list[tuple[int, int]] = []
    for _, gi, pi in pairs:
        if gi in used_gold or pi in used_predicted:
            continue
        used_gold.add(gi)
        used_predicted.add(pi)
        matched.append((gi, pi))
    return matched


def score_document(gold: Iterable[GoldTimex], predicted: Iterable[DateMention]) -> DateScore:
    gold_all = list(gold)
    scored = [g for g in gold_all if g.skip_kind is None]
    skipped = [g for g in gold_all if g.skip_kind is not None]
    predictions = list(predicted)
    score = DateScore(skipped=Counter(g.skip_kind for g in skipped if g.skip_kind))
    matched = match_spans(scored, predictions)
    matched_gold = {gi for gi, _ in matched}
    matched_predicted = {pi for _, pi in matched}
    score.true_positives = len(matched)
    score.gold_scored = len(scored)
    score.false_negatives = len(scored) - len(matched)
    score.misses = [g for gi, g in enumerate(scored) if gi not in matched_gold]
    for gi, pi in matched:
        if value_matches(scored[gi], predictions[pi]):
            score.values_right += 1
        else:
            score.wrong_values.append((scored[gi], predictions[pi]))
    for pi, prediction in enumerate(predictions):
        if pi in matched_predicted:
            continue
        if any(
            overlap(s.start_char, s.end_char, prediction.start_char, prediction.end_char)
            for s in skipped
        ):
            continue
        score.false_positives += 1
        score.spurious.append(prediction)
    return score


@dataclass(slots=True)
class CorpusScore:
    """Scores of one tagger over a corpus: per document and in total."""

    per_document: list[tuple[str, DateScore]] = field(default_factory=list)
    total: DateScore = field(default_factory=DateScore)


def score_corpus(
    documents: Iterable[CorpusDocument], tagger: Callable[[CorpusDocument], list[DateMention]]
) -> CorpusScore:
    result = CorpusScore()
    for document in documents:
        score = score_document(document.timexes, tagger(document))
        result.per_document.append((document.id, score))
        result.total.add(score)
    return result


def our_tagger(document: CorpusDocument) -> list[DateMention]:
    """The tagger as each corpus's annotation convention wants it: WikiWarsDE (TIMEX2) marks the
    two ends of "10. Juli bis 31. Oktober" as two expressions, the dev corpus as one range."""
    if document.format is CorpusFormat.WIKIWARS:
        return tag_dates_split(document.text, document.published)
    return tag_dates(document.text, document.published)


def format_score_line(label: str, score: DateScore) -> str:
    return (
        f"{label:30} P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f} "
        f"value={score.value_accuracy:.3f} (gold {score.gold_scored})"
    )


def format_errors(document_text: str, score: DateScore) -> list[str]:
    """Human-readable misses, false positives and wrong values, with a little context."""

    def context(start: int, end: int) -> str:
        return document_text[max(0, start - 40) : end + 30].replace("\n", " ")

    lines = [
        f"  MISS  {g.text!r} {g.start}..{g.end} {g.precision} | {context(g.start_char, g.end_char)}"
        for g in score.misses
    ]
    lines += [
        f"  FP    {p.text!r} {p.start}..{p.end} {p.precision} | {context(p.start_char, p.end_char)}"
        for p in score.spurious
    ]
    lines += [
        f"  VALUE {g.text!r} gold {g.start}..{g.end} {g.precision}, got {p.start}..{p.end} "
        f"{p.precision} | {context(g.start_char, g.end_char)}"
        for g, p in score.wrong_values
    ]
    return lines
