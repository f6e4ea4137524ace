"""CSV and JSON exports of exactly the rows a filtered timeline shows, streamed.

The events are read with `.iterator(chunk_size=CHUNK)`; for every chunk the actors and the
sources of its events are fetched in one query each (a hand-made prefetch over plain tuples,
no model instances), so memory stays flat and the number of queries is 1 + 2 per chunk
whatever the number of rows.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import batched
from typing import Any

from django.db.models import QuerySet

from timeline.models import Event, EventActor, EventSource

CHUNK = 2000

# CAMEO verb codes (Conflict and Mediation Event Observations, version 1.1b3) for our types:
#   visit     042 Make a visit
#   meeting   040 Consult, not specified (no visitor/host perspective on the event as a whole;
#             a meeting at a visit is its own event beside the 042 visit)
#   call      041 Discuss by telephone
#   summit    040 Consult, not specified (multilateral consultation; CAMEO has no summit verb)
#   agreement 057 Sign formal agreement
#   protest   141 Demonstrate or rally
#   election, inauguration: no CAMEO verb (CAMEO codes interactions between actors) — empty.
CAMEO = {
    Event.Type.VISIT: "042",
    Event.Type.MEETING: "040",
    Event.Type.CALL: "041",
    Event.Type.SUMMIT: "040",
    Event.Type.AGREEMENT: "057",
    Event.Type.PROTEST: "141",
    Event.Type.ELECTION: "",
    Event.Type.INAUGURATION: "",
}

COLUMNS = [
    "id",
    "date_start",
    "date_end",
    "precision",
    "date_basis",
    "type",
    "status",
    "actors",
    "place",
    "summary",
    "evidence",
    "source_count",
    "source_urls",
    "verified",
    "confidence",
    "cameo",
]

_EVENT_FIELDS = (
    "id",
    "date_start",
    "date_end",
    "precision",
    "date_basis",
    "type",
    "status",
    "place__name",
    "summary",
    "review",
    "confidence",
)
_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """A cell a spreadsheet would read as a formula gets a leading apostrophe (OWASP)."""
    return "'" + value if value.startswith(_DANGEROUS) else value


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def export_rows(events: QuerySet[Event]) -> Iterator[dict[str, Any]]:
    """One dict per event, in the queryset's order, with its actors and sources."""
    rows = events.values_list(*_EVENT_FIELDS).iterator(chunk_size=CHUNK)
    for chunk in batched(rows, CHUNK):
        ids = [row[0] for row in chunk]
        actors: dict[int, list[str]] = defaultdict(list)
        for event_id, name in (
            EventActor.objects.filter(event_id__in=ids)
            .order_by("event_id", "role", "actor__name")
            .values_list("event_id", "actor__name")
        ):
            actors[event_id].append(name)
        sources: dict[int, list[tuple[str, str]]] = defaultdict(list)
        for event_id, evidence, url in (
            EventSource.objects.filter(event_id__in=ids)
            .order_by("event_id", "article__published_at", "id")
            .values_list("event_id", "evidence", "article__url")
        ):
            sources[event_id].append((evidence, url or ""))
        for pk, start, end, precision, basis, kind, status, place, summary, review, conf in chunk:
            event_sources = sources.get(pk, [])
            yield {
                "id": pk,
                "date_start": _iso(start),
                "date_end": _iso(end),
                "precision": precision,
                "date_basis": basis,
                "type": kind,
                "status": status,
                "actors": actors.get(pk, []),
                "place": place or "",
                "summary": summary,
                "evidence": event_sources[0][0] if event_sources else "",
                "source_count": len(event_sources),
                "source_urls": [url for _, url in event_sources if url],
                "verified": review == Event.Review.VERIFIED,
                "confidence": round(conf, 3),
                "cameo": CAMEO.get(kind, ""),
            }


class _Echo:
    """A file-like object whose write returns the line (the csv module needs a file)."""

    def write(self, value: str) -> str:
        return value


def _cell(value: Any, separator: str = "; ") -> str:
    if isinstance(value, list):
        value = separator.join(value)
    elif isinstance(value, bool):
        value = "1" if value else "0"
    return neutralise(str(value))


def csv_stream(events: QuerySet[Event], *, excel: bool = False) -> Iterator[str]:
    """CSV lines: comma-separated UTF-8, or for German Excel `;`-separated with a BOM."""
    writer = csv.writer(_Echo(), delimiter=";" if excel else ",")
    if excel:
        yield "\ufeff"
    yield writer.writerow(COLUMNS)
    for row in export_rows(events):
        yield writer.writerow([_cell(row[c], " " if c == "source_urls" else "; ") for c in COLUMNS])


def jsonl_stream(events: QuerySet[Event]) -> Iterator[str]:
    for row in export_rows(events):
        yield json.dumps(row, ensure_ascii=False) + "\n"


def json_stream(events: QuerySet[Event]) -> Iterator[str]:
    """One JSON array, written element by element."""
    yield "["
    first = True
    for row in export_rows(events):
        yield ("\n" if first else ",\n") + json.dumps(row, ensure_ascii=False)
        first = False
    yield "\n]\n"


def buffered(lines: Iterable[str], size: int = 64 * 1024) -> Iterator[bytes]:
    """Join small pieces into ~64 KiB writes (a write per row would dominate the time)."""
    buffer: list[str] = []
    length = 0
    for line in lines:
        buffer.append(line)
        length += len(line)
        if length >= size:
            yield "".join(buffer).encode()
            buffer.clear()
            length = 0
    if buffer:
        yield "".join(buffer).encode()
