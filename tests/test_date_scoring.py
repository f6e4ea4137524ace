"""Scoring and corpus loading on tiny synthetic data."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from timeline.extraction.corpus import GoldTimex, load_corpus, nth_occurrence
from timeline.extraction.scoring import score_document
from timeline.extraction.types import DateMention, Precision


def gold(start: int, end: int, first: date | None, last: date | None,
         precision: Precision = Precision.DAY, skip: str | None = None) -> GoldTimex:  # fmt: skip
    return GoldTimex(start, end, "x", first, last, precision, skip_kind=skip)


def mention(start: int, end: int, first: date | None, last: date | None) -> DateMention:
    return DateMention(start, end, "x", first, last, Precision.DAY)


D1, D2 = date(2024, 5, 1), date(2024, 5, 2)


def test_overlap_matching_is_one_to_one() -> None:
    score = score_document(
        [gold(0, 10, D1, D1), gold(12, 20, D2, D2)],
        [mention(0, 15, D1, D1)],  # overlaps both gold spans, matches only one
    )
    assert (score.true_positives, score.false_positives, score.false_negatives) == (1, 0, 1)
    assert score.value_accuracy == 0.5
    assert round(score.f1, 3) == round(2 * 1.0 * 0.5 / 1.5, 3)


def test_approximate_gold_needs_overlap_only() -> None:
    approximate = gold(0, 8, date(2024, 5, 21), date(2024, 5, 31), Precision.APPROXIMATE)
    right = score_document([approximate], [mention(0, 8, date(2024, 5, 25), date(2024, 6, 2))])
    wrong = score_document([approximate], [mention(0, 8, D1, D2)])
    assert right.value_accuracy == 1.0 and wrong.value_accuracy == 0.0


def test_skipped_gold_is_neutral() -> None:
    score = score_document(
        [gold(0, 5, None, None, Precision.UNKNOWN, skip="duration"), gold(10, 15, D1, D1)],
        [mention(0, 5, D1, D1), mention(10, 15, D1, D1), mention(30, 35, D2, D2)],
    )
    assert (score.true_positives, score.false_positives, score.false_negatives) == (1, 1, 0)
    assert score.skipped == {"duration": 1}


def test_dev_corpus_occurrence_rule(tmp_path: Path) -> None:
    text = "Am Donnerstagabend und am Donnerstag."
    assert nth_occurrence(text, "am Donnerstag", 1) == text.index("am Donnerstag")
    (tmp_path / "x.json").write_text(
        json.dumps({
            "id": "x", "text": text, "published_at": "2024-05-23", "events": [],
            "timexes": [{"text": "Donnerstag", "occurrence": 2, "start": "2024-05-23",
                         "end": "2024-05-23", "precision": "day"}],
        }),
        encoding="utf-8",
    )  # fmt: skip
    (document,) = load_corpus(tmp_path)
    (timex,) = document.timexes
    assert text[timex.start_char : timex.end_char] == "Donnerstag"
    assert timex.start_char == text.rindex("Donnerstag")


def test_wikiwars_inline_format(tmp_path: Path) -> None:
    folder = tmp_path / "keyinline"
    folder.mkdir()
    markup = (
        '<DOC>\n<DOCID>t</DOCID>\n<DATETIME> <TIMEX2 val="2011-02-16">2011-02-16</TIMEX2> '
        '</DATETIME>\n<TEXT>\nAm <TIMEX2 val="1940-05-10">10. Mai 1940</TIMEX2> begann es, '
        '<TIMEX2 val="P3D">drei Tage</TIMEX2> lang, <TIMEX2 val="1941" mod="END">Ende '
        "1941</TIMEX2>.\n</TEXT>\n</DOC>\n"
    )
    (folder / "t.key.xml").write_text(markup, encoding="utf-8")
    (document,) = load_corpus(tmp_path)
    assert document.published == date(2011, 2, 16)
    day, duration, late = document.timexes
    assert document.text[day.start_char : day.end_char] == "10. Mai 1940"
    assert (day.start, day.precision) == (date(1940, 5, 10), Precision.DAY)
    assert duration.skip_kind == "duration"
    assert late.precision is Precision.APPROXIMATE
