"""The date management commands, run through call_command (no database needed)."""

from __future__ import annotations

import json
from datetime import date
from io import StringIO
from pathlib import Path

from django.core.management import call_command

from timeline.dateparser_compare import dateparser_mentions
from timeline.extraction.corpus import CorpusDocument
from timeline.extraction.types import Precision


def test_tag_dates_command_prints_json_lines(tmp_path: Path) -> None:
    source = tmp_path / "article.txt"
    source.write_text("Der Rat hatte am Montag getagt. Am 9. Mai 2024 war Wahl.", encoding="utf-8")
    out = StringIO()
    call_command("tag_dates", str(source), published_at="2024-05-23", stdout=out)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(r["text"], r["start"], r["precision"]) for r in rows] == [
        ("am Montag", "2024-05-20", "day"),
        ("Am 9. Mai 2024", "2024-05-09", "day"),
    ]
    assert set(rows[0]) == {"start_char", "end_char", "text", "start", "end", "precision"}


def test_evaluate_dates_command(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(
        json.dumps({"id": "a", "text": "Die Wahl war am 9. Mai 2024.", "published_at": None,
                    "timexes": [{"text": "9. Mai 2024", "start": "2024-05-09",
                                 "end": "2024-05-09", "precision": "day"}]}),
        encoding="utf-8",
    )  # fmt: skip
    out = StringIO()
    call_command("evaluate_dates", str(tmp_path), "--verbose", stdout=out)
    assert "TOTAL" in out.getvalue() and "F1=1.000" in out.getvalue()


def test_dateparser_mentions_find_days_months_and_its_false_alarms() -> None:
    def found(text: str) -> list[tuple[str, date | None, date | None, Precision]]:
        document = CorpusDocument("x", text, date(2024, 5, 23), None, [])
        return [(m.text, m.start, m.end, m.precision) for m in dateparser_mentions(document)]

    assert found("Im Mai 2024 reiste der Minister nach Rom.") == [
        ("Im Mai 2024", date(2024, 5, 1), date(2024, 5, 31), Precision.MONTH)
    ]
    assert found("Am Montag traf er den Präsidenten.") == [
        ("Am Montag", date(2024, 5, 20), date(2024, 5, 20), Precision.DAY)
    ]
    # Running text is not what it is built for: "Die" reads as "Di", Dienstag.
    assert [m[0] for m in found("Die Wahl war am 9. Mai 2024.")] == ["Die", "am 9. Mai 2024"]


def test_evaluate_dates_compares_dateparser(tmp_path: Path) -> None:
    for number, text, day in (
        ("t001", "Die Wahl war am 9. Mai 2024.", "2024-05-09"),
        ("t005", "Der Gipfel begann am 2. April 2024.", "2024-04-02"),
    ):
        phrase = text[text.index("am ") + 3 : -1]
        (tmp_path / f"{number}.json").write_text(
            json.dumps({"id": number, "text": text, "published_at": "2024-05-23",
                        "timexes": [{"text": phrase, "start": day, "end": day,
                                     "precision": "day"}]}),
            encoding="utf-8",
        )  # fmt: skip
    out = StringIO()
    call_command(
        "evaluate_dates", str(tmp_path), "--compare-dateparser", "--blind-every", "5", stdout=out
    )
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("t001") and lines[1].startswith("  dateparser")
    assert not any(line.startswith("t005") for line in lines)  # the blind part: totals only
    assert any(line.startswith("TOTAL blind (1 docs)") for line in lines)
    assert sum(line.startswith("  dateparser") for line in lines) == 4
    assert "HeidelTime" not in out.getvalue()

    out = StringIO()
    call_command("evaluate_dates", str(tmp_path), "--compare-dateparser", "--json", stdout=out)
    report = json.loads(out.getvalue())
    assert report["ours"]["f1"] == 1.0
    assert report["dateparser"]["gold"] == 2 and report["dateparser"]["fp"] >= 1
