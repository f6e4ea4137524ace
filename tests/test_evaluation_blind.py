"""`--blind-every N` on the evaluation commands: the split, and that the blind part shows numbers
only (no misses, false events, wrong dates or per-document lines). A tiny synthetic corpus."""

from __future__ import annotations

import json
from argparse import ArgumentTypeError
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

from timeline.extraction.corpus import load_corpus
from timeline.extraction.evaluation import (
    date_aggregate,
    document_is_blind,
    evaluate_dates,
    evaluate_events,
    is_blind,
    positive_int,
    split_blind,
)
from timeline.extraction.events import EventExtractor
from timeline.extraction.lexicon import Lexicon
from timeline.extraction.scoring import our_tagger

# Things that only the blind documents hold: none may appear in any output with the flag.
BLIND_MARKS = ("[s005]", "[s010]", "[sonder]", "Blind-Fünf", "Blind-Zehn", "Blind-Fünfzehn",
               "Macron", "Paris", "Regen", "Rathaus")  # fmt: skip


def _event(kind: str, actors: list[str], evidence: str, day: str | None = None) -> dict[str, Any]:
    return {"type": kind, "actors": actors, "location": None, "date_start": day,
            "date_end": day, "precision": "day" if day else "unknown", "evidence": evidence}  # fmt: skip


def _timex(text: str, day: str) -> dict[str, Any]:
    return {"text": text, "start": day, "end": day, "precision": "day"}


def _write(folder: Path, stem: str, text: str, events: list[dict[str, Any]],
           timexes: list[dict[str, Any]], doc_id: str | None = None) -> None:  # fmt: skip
    data = {"id": doc_id or stem, "text": text, "published_at": "2024-05-09",
            "events": events, "timexes": timexes}  # fmt: skip
    (folder / f"{stem}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """s001 and s012 tune; s005, s010 and the file s015 (whose id is "sonder") are blind.
    Each of s001 and s005 has a wrong date (gold undated), a miss and a timex miss; s005 also
    a false event (the visit read from the meeting)."""
    _write(tmp_path, "s001", "Wladimir Putin empfing am Dienstag Alexander Lukaschenko in Sotschi.",
           [_event("meeting", ["Wladimir Putin", "Alexander Lukaschenko"], "(Beleg)"),
            _event("protest", [], "Erfundener Beleg Tuning-Eins", "2024-05-01")],
           [_timex("am Dienstag", "2024-05-07"), _timex("Sotschi", "2024-05-02")])  # fmt: skip
    _write(tmp_path, "s005", "Emmanuel Macron traf am 5. Mai 2024 in Paris den Bundeskanzler Olaf Scholz.",
           [_event("meeting", ["Emmanuel Macron", "Olaf Scholz"], "(Beleg)"),
            _event("protest", [], "Erfundener Beleg Blind-Fünf", "2024-05-01")],
           [_timex("5. Mai 2024", "2024-05-05"), _timex("Paris", "2024-05-03")])  # fmt: skip
    _write(tmp_path, "s010", "Der Regen hielt die ganze Woche an.",
           [_event("protest", [], "Erfundener Beleg Blind-Zehn", "2024-05-01")],
           [_timex("Regen", "2024-05-04")])  # fmt: skip
    _write(tmp_path, "s012", "Die Stadt blieb ruhig.", [], [])
    _write(tmp_path, "s015", "Vor dem Rathaus blieb es still.",
           [_event("protest", [], "Erfundener Beleg Blind-Fünfzehn", "2024-05-01")],
           [_timex("Rathaus", "2024-05-06")], doc_id="sonder")  # fmt: skip
    return tmp_path


def _run(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_it_splits_by_the_number_at_the_end_of_the_name() -> None:
    assert [n for n in ("t004", "t005", "t010", "t011", "t120", "a002") if is_blind(n, 5)] == [
        "t005",
        "t010",
        "t120",
    ]
    assert not is_blind("seed", 5)
    assert is_blind("t007", 1)
    assert split_blind(range(1, 8), lambda n: n % 3 == 0) == ([1, 2, 4, 5, 7], [3, 6])
    with pytest.raises(ValueError):
        is_blind("t005", 0)


def test_it_accepts_only_a_positive_blind_every() -> None:
    assert positive_int("5") == 5
    for bad in ("0", "-5", "fünf"):
        with pytest.raises(ArgumentTypeError):
            positive_int(bad)


def test_a_file_is_blind_by_its_id_or_its_file_name(corpus: Path) -> None:
    documents = load_corpus(corpus)
    assert [d.id for d in documents if document_is_blind(d, 5)] == ["s005", "s010", "sonder"]


def test_the_blind_part_keeps_numbers_only(corpus: Path) -> None:
    documents = load_corpus(corpus)
    results = EventExtractor(Lexicon.from_files()).extract_many(
        [(d.text, d.published) for d in documents]
    )
    evaluation = evaluate_events(documents, [r.events for r in results], 5)
    assert [doc.doc_id for doc in evaluation.tuning.documents] == ["s001", "s012"]
    assert evaluation.blind is not None and evaluation.whole is not None
    assert evaluation.blind.documents == [] and evaluation.whole.documents == []
    assert (evaluation.tuning_documents, evaluation.blind_documents) == (2, 3)
    blind = evaluation.blind.overall
    assert (blind.tp, blind.fn) == (1, 3)
    assert blind.fp >= 1  # the visit read from Macron's meeting
    whole = evaluation.whole.overall
    assert whole.tp == evaluation.tuning.overall.tp + blind.tp
    assert whole.fn == evaluation.tuning.overall.fn + blind.fn

    dates = evaluate_dates(documents, our_tagger, 5)
    assert [doc_id for doc_id, _ in dates.tuning.per_document] == ["s001", "s012"]
    assert dates.blind is not None and dates.blind == date_aggregate(dates.blind)
    assert (dates.blind.gold_scored, dates.blind.false_negatives) == (4, 3)


def test_evaluate_events_prints_blind_scores_but_no_blind_details(corpus: Path) -> None:
    out = _run("evaluate_events", str(corpus), "--blind-every", "5")
    assert "Erfundener Beleg Tuning-Eins" in out and "[s001] WRONG DATE meeting" in out
    for mark in BLIND_MARKS:
        assert mark not in out, mark
    tuning, blind, whole = out.split("\n== ")[:3]
    assert "documents: 2   gold events: 2" in tuning
    assert blind.startswith("blind part") and "documents: 3   gold events: 4" in blind
    assert "protest       P 0.000  R 0.000  F1 0.000   (tp 0, fp 0, fn 3)" in blind
    assert "documents: 5   gold events: 6" in whole


def test_evaluate_events_json_gives_both_parts(corpus: Path) -> None:
    data = json.loads(_run("evaluate_events", str(corpus), "--blind-every", "5", "--json"))
    assert set(data) == {"blind_every", "tuning", "blind", "whole"}
    assert [data[p]["documents"] for p in ("tuning", "blind", "whole")] == [2, 3, 5]
    assert data["blind"]["per_type"]["protest"]["fn"] == 3
    assert not any(mark in json.dumps(data, ensure_ascii=False) for mark in BLIND_MARKS)


def test_without_the_flag_evaluate_events_reports_every_document(corpus: Path) -> None:
    out = _run("evaluate_events", str(corpus))
    assert out.startswith("documents: 5   gold events: 6")
    assert "Erfundener Beleg Blind-Fünf" in out and "== " not in out


def test_evaluate_dates_prints_blind_totals_but_no_blind_lines(corpus: Path) -> None:
    out = _run("evaluate_dates", str(corpus), "--blind-every", "5", "--verbose")
    lines = out.splitlines()
    assert [line.split()[0] for line in lines if line.startswith("s")] == ["s001", "s012"]
    assert any("MISS  'Sotschi'" in line for line in lines)
    for mark in (*BLIND_MARKS, "s005", "s010", "s015"):
        assert mark not in out, mark
    assert any(line.startswith("TOTAL blind (3 docs)") and "(gold 4)" in line for line in lines)
    assert any(line.startswith("TOTAL whole") and "(gold 6)" in line for line in lines)

    data = json.loads(_run("evaluate_dates", str(corpus), "--blind-every", "5", "--json"))
    assert [data[p]["gold"] for p in ("tuning", "blind", "whole")] == [2, 4, 6]
    assert data["blind"]["fn"] == 3


def test_without_the_flag_evaluate_dates_lists_every_document(corpus: Path) -> None:
    out = _run("evaluate_dates", str(corpus))
    assert [line.split()[0] for line in out.splitlines()][:5] == [
        "s001",
        "s005",
        "s010",
        "s012",
        "sonder",
    ]
    assert "TOTAL " in out and "TOTAL blind" not in out
