"""Scoring extracted events against gold events, as `shared/EVENTS.md` defines the matching.

A match: equal types; at least one shared actor (surnames compared after folding
transliterations), or, where the gold names no actor, the same location; where both have
dates, overlapping spans. One-to-one, greedy by best match. Pure Python: no Django.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from timeline.extraction.types import EventCandidate


def fold(text: str) -> str:
    """Case, diacritics and transliteration folded: "Lukaschenkos" ~ "Lukashenko",
    "Selenskyj" ~ "Zelensky", "Erdoğan" ~ "Erdogan", "Netanyahu" ~ "Netanjahu"."""
    s = text.lower()
    s = s.replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ae", "a").replace("oe", "o").replace("ue", "u")
    s = s.replace("sch", "sh").replace("tsch", "ch").replace("w", "v").replace("y", "j")
    s = s.replace("z", "s").replace("ij", "i").replace("kh", "h").replace("ch", "h")
    s = re.sub(r"[^a-z]", "", s)
    s = re.sub(r"(.)\1+", r"\1", s)
    return s


def surname_key(name: str) -> str:
    """The folded last word of a name, without a genitive -s."""
    words = [w for w in re.split(r"[\s]+", name.strip()) if w]
    if not words:
        return ""
    last = words[-1]
    key = fold(last)
    if len(key) > 4 and last.endswith("s") and not last.endswith(("ss", "us", "as", "is")):
        key = key[:-1]
    return key


def _surnames(names: Iterable[str]) -> set[str]:
    return {k for k in (surname_key(n) for n in names) if k}


@dataclass(slots=True)
class GoldEvent:
    type: str
    actors: list[str]
    location: str | None
    start: date | None
    end: date | None
    precision: str
    evidence: str = ""

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> GoldEvent:
        def day(v: object) -> date | None:
            return date.fromisoformat(str(v)[:10]) if v else None

        return cls(
            type=str(raw["type"]),
            actors=[str(a) for a in raw.get("actors") or []],
            location=raw.get("location"),
            start=day(raw.get("date_start")),
            end=day(raw.get("date_end")),
            precision=str(raw.get("precision") or "unknown"),
            evidence=str(raw.get("evidence") or ""),
        )


def _overlap(a0: date, a1: date | None, b0: date, b1: date | None) -> bool:
    return a0 <= (b1 or b0) and b0 <= (a1 or a0)


def match_score(extracted: EventCandidate, gold: GoldEvent) -> float:
    """0 when they do not match; otherwise higher for a closer match."""
    if str(extracted.type) != gold.type:
        return 0.0
    shared = _surnames(extracted.actors) & _surnames(gold.actors)
    if gold.actors:
        if not shared:
            return 0.0
    elif not (
        extracted.location and gold.location and fold(extracted.location) == fold(gold.location)
    ):
        return 0.0
    if (
        extracted.date_start
        and gold.start
        and not _overlap(extracted.date_start, extracted.date_end, gold.start, gold.end)
    ):
        return 0.0
    score = 1.0 + len(shared)
    if extracted.date_start == gold.start and extracted.date_end == gold.end:
        score += 1.0
    if extracted.location and gold.location and fold(extracted.location) == fold(gold.location):
        score += 0.5
    return score


def date_right(extracted: EventCandidate, gold: GoldEvent) -> bool:
    """EVENTS.md: start and end exactly right (for approximate gold: the spans overlap); an
    event the text gives no date for is right when the extracted one has none or is unknown."""
    if gold.start is None:
        return extracted.date_start is None or str(extracted.precision) == "unknown"
    if extracted.date_start is None:
        return False
    if gold.precision == "approximate":
        return _overlap(extracted.date_start, extracted.date_end, gold.start, gold.end)
    return extracted.date_start == gold.start and (extracted.date_end or extracted.date_start) == (
        gold.end or gold.start
    )


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class DocumentScore:
    doc_id: str
    pairs: list[tuple[EventCandidate, GoldEvent]]
    false_events: list[EventCandidate]
    misses: list[GoldEvent]


@dataclass(slots=True)
class EventScores:
    overall: Counts = field(default_factory=Counts)
    per_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    dated: int = 0  # matched events (undated gold ones included: EVENTS.md scores them too)
    dates_right: int = 0
    gold_dated: int = 0  # matched events whose gold has a date
    gold_dated_right: int = 0
    actors: Counts = field(default_factory=Counts)
    documents: list[DocumentScore] = field(default_factory=list)

    @property
    def date_accuracy(self) -> float:
        return self.dates_right / self.dated if self.dated else 0.0

    @property
    def dated_only_accuracy(self) -> float:
        """The same share over the matched events whose gold has a date only."""
        return self.gold_dated_right / self.gold_dated if self.gold_dated else 0.0

    def as_json(self) -> dict[str, object]:
        return {
            "precision": round(self.overall.precision, 3),
            "recall": round(self.overall.recall, 3),
            "f1": round(self.overall.f1, 3),
            "per_type": {
                t: {
                    "p": round(c.precision, 3),
                    "r": round(c.recall, 3),
                    "f1": round(c.f1, 3),
                    "tp": c.tp,
                    "fp": c.fp,
                    "fn": c.fn,
                }
                for t, c in sorted(self.per_type.items())
            },
            "date_accuracy": round(self.date_accuracy, 3),
            "dated": self.dated,
            "date_accuracy_dated_gold_only": round(self.dated_only_accuracy, 3),
            "gold_dated": self.gold_dated,
            "actor_f1": round(self.actors.f1, 3),
        }


def align(
    extracted: Sequence[EventCandidate], gold: Sequence[GoldEvent]
) -> tuple[list[tuple[EventCandidate, GoldEvent]], list[EventCandidate], list[GoldEvent]]:
    """One-to-one matching, greedy by best score."""
    scored = sorted(
        ((match_score(e, g), i, j) for i, e in enumerate(extracted) for j, g in enumerate(gold)),
        key=lambda x: (-x[0], x[1], x[2]),
    )
    used_e: set[int] = set()
    used_g: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for score, i, j in scored:
        if score <= 0 or i in used_e or j in used_g:
            continue
        used_e.add(i)
        used_g.add(j)
        pairs.append((i, j))
    pairs.sort(key=lambda p: p[1])
    return (
        [(extracted[i], gold[j]) for i, j in pairs],
        [e for i, e in enumerate(extracted) if i not in used_e],
        [g for j, g in enumerate(gold) if j not in used_g],
    )


def score_events(
    documents: Iterable[tuple[str, Sequence[EventCandidate], Sequence[GoldEvent]]],
) -> EventScores:
    scores = EventScores()
    for doc_id, extracted, gold in documents:
        pairs, false_events, misses = align(extracted, gold)
        scores.documents.append(DocumentScore(doc_id, pairs, false_events, misses))
        for e, g in pairs:
            scores.overall.tp += 1
            scores.per_type[g.type].tp += 1
            right = date_right(e, g)
            scores.dated += 1
            scores.dates_right += right
            if g.start is not None:
                scores.gold_dated += 1
                scores.gold_dated_right += right
            ex, gs = _surnames(e.actors), _surnames(g.actors)
            scores.actors.tp += len(ex & gs)
            scores.actors.fp += len(ex - gs)
            scores.actors.fn += len(gs - ex)
        for e in false_events:
            scores.overall.fp += 1
            scores.per_type[str(e.type)].fp += 1
        for g in misses:
            scores.overall.fn += 1
            scores.per_type[g.type].fn += 1
    return scores
