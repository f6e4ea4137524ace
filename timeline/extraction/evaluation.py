"""Evaluation reports with a blind part: scores of the tuning part with their details, and of
the blind part as aggregate numbers only.

`--blind-every N` on `evaluate_events` and `evaluate_dates` sets documents whose id (or file
name) ends in a number divisible by N apart (`t005`, `t010`, ...). Their misses, false events,
wrong dates and per-document lines must never be shown, so the blind part (and the whole, which
contains it) is kept here as numbers only: `blind_aggregate` and `date_aggregate` drop every
per-document record right after scoring, and the report functions below have nothing else to
print from. Only the tuning part keeps its details.

Pure Python: no Django.
"""

from __future__ import annotations

import re
from argparse import ArgumentTypeError
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from timeline.extraction.corpus import CorpusDocument
from timeline.extraction.event_scoring import EventScores, GoldEvent, date_right, score_events
from timeline.extraction.scoring import (
    CorpusScore,
    DateScore,
    format_errors,
    format_score_line,
    score_corpus,
)
from timeline.extraction.types import DateMention, EventCandidate

EventRow = tuple[str, Sequence[EventCandidate], Sequence[GoldEvent]]

_TRAILING_NUMBER = re.compile(r"(\d+)$")


def is_blind(name: str, every: int) -> bool:
    """Whether a document id or file stem ("t005", "t010.json" without its suffix) ends in a
    number divisible by `every`."""
    if every < 1:
        raise ValueError(f"--blind-every must be a positive number, not {every}")
    found = _TRAILING_NUMBER.search(name.strip())
    return found is not None and int(found.group(1)) % every == 0


def positive_int(value: str) -> int:
    """An argument type for `--blind-every`: a whole number of at least 1."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise ArgumentTypeError(f"expected a positive whole number, not {value!r}")
    return number


def document_is_blind(document: CorpusDocument, every: int) -> bool:
    """Blind when its id or its file name says so: a file whose `id` field differs from its
    name stays blind if either is."""
    return is_blind(document.id, every) or bool(
        document.source and is_blind(document.source, every)
    )


def split_blind[Item](
    items: Iterable[Item], blind: Callable[[Item], bool]
) -> tuple[list[Item], list[Item]]:
    """(tuning, blind), each in the given order."""
    tuning_part: list[Item] = []
    blind_part: list[Item] = []
    for item in items:
        (blind_part if blind(item) else tuning_part).append(item)
    return tuning_part, blind_part


# --- events ---------------------------------------------------------------------------------


def blind_aggregate(scores: EventScores) -> EventScores:
    """The same numbers without the per-document records (pairs, misses, false events)."""
    return replace(scores, documents=[])


@dataclass(frozen=True, slots=True)
class EventEvaluation:
    """`tuning` keeps its documents' details; `blind` and `whole` hold numbers only when there
    is a blind part (`blind_every` set). Without one, `tuning` is the whole corpus."""

    tuning: EventScores
    tuning_documents: int
    blind: EventScores | None = None
    blind_documents: int = 0
    whole: EventScores | None = None
    blind_every: int | None = None


def evaluate_events(
    documents: Sequence[CorpusDocument],
    extracted: Sequence[Sequence[EventCandidate]],
    blind_every: int | None = None,
) -> EventEvaluation:
    """Score each document's extracted events against its gold ones, split into a tuning and
    a blind part when `blind_every` is set."""
    rows: list[EventRow] = [
        (d.id, events, [GoldEvent.from_json(e) for e in d.events])
        for d, events in zip(documents, extracted, strict=True)
    ]
    if blind_every is None:
        return EventEvaluation(tuning=score_events(rows), tuning_documents=len(rows))
    flags = [document_is_blind(d, blind_every) for d in documents]
    tuning_rows = [row for row, blind in zip(rows, flags, strict=True) if not blind]
    blind_rows = [row for row, blind in zip(rows, flags, strict=True) if blind]
    return EventEvaluation(
        tuning=score_events(tuning_rows),
        tuning_documents=len(tuning_rows),
        blind=blind_aggregate(score_events(blind_rows)),
        blind_documents=len(blind_rows),
        whole=blind_aggregate(score_events(rows)),
        blind_every=blind_every,
    )


def event_summary_lines(scores: EventScores, documents: int) -> list[str]:
    """The aggregate numbers: overall and per-type P/R/F1, date accuracy, actor F1."""
    o = scores.overall
    lines = [
        f"documents: {documents}   gold events: {o.tp + o.fn}   extracted: {o.tp + o.fp}",
        f"events    P {o.precision:.3f}  R {o.recall:.3f}  F1 {o.f1:.3f}",
    ]
    lines += [
        f"  {kind:<13} P {c.precision:.3f}  R {c.recall:.3f}  "
        f"F1 {c.f1:.3f}   (tp {c.tp}, fp {c.fp}, fn {c.fn})"
        for kind, c in sorted(scores.per_type.items())
    ]
    lines.append(
        f"date accuracy {scores.date_accuracy:.3f} "
        f"({scores.dates_right}/{scores.dated} matched events; dated gold only: "
        f"{scores.dated_only_accuracy:.3f}, {scores.gold_dated_right}/{scores.gold_dated})"
    )
    lines.append(f"actor F1      {scores.actors.f1:.3f}")
    return lines


def event_detail_lines(scores: EventScores) -> list[str]:
    """Wrong dates, misses and false events per document (tuning part only)."""
    lines: list[str] = []
    for doc in scores.documents:
        for e, g in doc.pairs:
            if not date_right(e, g):
                lines.append(
                    f"\n[{doc.doc_id}] WRONG DATE {g.type}: extracted "
                    f"{e.date_start}..{e.date_end}, gold {g.start}..{g.end}\n"
                    f"    {e.evidence}"
                )
        for g in doc.misses:
            lines.append(
                f"\n[{doc.doc_id}] MISS {g.type} {g.actors} {g.location} "
                f"{g.start}..{g.end}\n    {g.evidence}"
            )
        for e in doc.false_events:
            lines.append(
                f"\n[{doc.doc_id}] FALSE {e.type} {e.actors} {e.location} "
                f"{e.date_start}..{e.date_end}\n    {e.evidence}"
            )
    return lines


def event_report_lines(evaluation: EventEvaluation) -> list[str]:
    """The text report. Without a blind part, the command's original output; with one, the
    tuning part (numbers and details), then the blind part and the whole as numbers only."""
    if evaluation.blind is None or evaluation.whole is None:
        return event_summary_lines(evaluation.tuning, evaluation.tuning_documents) + (
            event_detail_lines(evaluation.tuning)
        )
    whole_documents = evaluation.tuning_documents + evaluation.blind_documents
    return [
        f"== tuning part (document numbers not divisible by {evaluation.blind_every})",
        *event_summary_lines(evaluation.tuning, evaluation.tuning_documents),
        "",
        f"== blind part (document numbers divisible by {evaluation.blind_every}): "
        "aggregate scores only",
        *event_summary_lines(evaluation.blind, evaluation.blind_documents),
        "",
        "== whole corpus: aggregate scores only",
        *event_summary_lines(evaluation.whole, whole_documents),
        "",
        "== tuning part: wrong dates, misses and false events",
        *event_detail_lines(evaluation.tuning),
    ]


def event_report_json(evaluation: EventEvaluation) -> dict[str, object]:
    """Without a blind part, the scores as before; with one, `tuning`, `blind` and `whole`."""
    if evaluation.blind is None or evaluation.whole is None:
        return evaluation.tuning.as_json()
    return {
        "blind_every": evaluation.blind_every,
        "tuning": {"documents": evaluation.tuning_documents, **evaluation.tuning.as_json()},
        "blind": {"documents": evaluation.blind_documents, **evaluation.blind.as_json()},
        "whole": {
            "documents": evaluation.tuning_documents + evaluation.blind_documents,
            **evaluation.whole.as_json(),
        },
    }


# --- dates ----------------------------------------------------------------------------------


def date_aggregate(score: DateScore) -> DateScore:
    """The same counts without the misses, spurious mentions and wrong values."""
    return replace(score, misses=[], spurious=[], wrong_values=[])


def date_score_json(score: DateScore) -> dict[str, object]:
    return {
        "precision": round(score.precision, 3),
        "recall": round(score.recall, 3),
        "f1": round(score.f1, 3),
        "value_accuracy": round(score.value_accuracy, 3),
        "gold": score.gold_scored,
        "tp": score.true_positives,
        "fp": score.false_positives,
        "fn": score.false_negatives,
        "values_right": score.values_right,
    }


@dataclass(frozen=True, slots=True)
class DateEvaluation:
    """`tuning` keeps its per-document scores; `blind` and `whole` are totals without
    details when there is a blind part. Without one, `tuning` is the whole corpus."""

    tuning: CorpusScore
    blind: DateScore | None = None
    blind_documents: int = 0
    whole: DateScore | None = None
    blind_every: int | None = None


def evaluate_dates(
    documents: Sequence[CorpusDocument],
    tagger: Callable[[CorpusDocument], list[DateMention]],
    blind_every: int | None = None,
) -> DateEvaluation:
    if blind_every is None:
        return DateEvaluation(tuning=score_corpus(documents, tagger))
    tuning_docs, blind_docs = split_blind(documents, lambda d: document_is_blind(d, blind_every))
    tuning = score_corpus(tuning_docs, tagger)
    blind = date_aggregate(score_corpus(blind_docs, tagger).total)
    whole = DateScore()
    whole.add(date_aggregate(tuning.total))
    whole.add(blind)
    return DateEvaluation(
        tuning=tuning,
        blind=blind,
        blind_documents=len(blind_docs),
        whole=whole,
        blind_every=blind_every,
    )


def date_report_lines(
    ours: DateEvaluation,
    *,
    texts: dict[str, str] | None = None,
    theirs: DateEvaluation | None = None,
) -> list[str]:
    """Per-document lines (with errors when `texts` is given) for the tuning part, then
    totals; with a blind part, its totals and the whole's, numbers only. `theirs`: the same
    for HeidelTime, shown beside ours."""
    lines: list[str] = []
    for index, (doc_id, score) in enumerate(ours.tuning.per_document):
        lines.append(format_score_line(doc_id, score))
        if theirs is not None:
            lines.append(format_score_line("  HeidelTime", theirs.tuning.per_document[index][1]))
        if texts is not None:
            lines += format_errors(texts[doc_id], score)
    if ours.blind is None or ours.whole is None:
        lines.append(format_score_line("TOTAL", ours.tuning.total))
        if theirs is not None:
            lines.append(format_score_line("TOTAL HeidelTime", theirs.tuning.total))
        return lines
    parts: list[tuple[str, DateScore, DateScore | None]] = [
        (
            f"TOTAL tuning ({len(ours.tuning.per_document)} docs)",
            ours.tuning.total,
            theirs.tuning.total if theirs else None,
        ),
        (
            f"TOTAL blind ({ours.blind_documents} docs)",
            ours.blind,
            theirs.blind if theirs else None,
        ),
        ("TOTAL whole", ours.whole, theirs.whole if theirs else None),
    ]
    for label, score, their_score in parts:
        lines.append(format_score_line(label, score))
        if their_score is not None:
            lines.append(format_score_line("  HeidelTime", their_score))
    return lines


def date_report_json(evaluation: DateEvaluation) -> dict[str, object]:
    if evaluation.blind is None or evaluation.whole is None:
        return {
            "documents": len(evaluation.tuning.per_document),
            **date_score_json(evaluation.tuning.total),
        }
    return {
        "blind_every": evaluation.blind_every,
        "tuning": {
            "documents": len(evaluation.tuning.per_document),
            **date_score_json(evaluation.tuning.total),
        },
        "blind": {"documents": evaluation.blind_documents, **date_score_json(evaluation.blind)},
        "whole": {
            "documents": len(evaluation.tuning.per_document) + evaluation.blind_documents,
            **date_score_json(evaluation.whole),
        },
    }
