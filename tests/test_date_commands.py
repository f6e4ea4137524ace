"""The date management commands, run through call_command (no database needed)."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

from django.core.management import call_command


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
