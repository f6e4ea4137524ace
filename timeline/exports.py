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

from django.db import connection, transaction
from django.db.models import F, QuerySet

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


# ------------------------------------------------------------------------------ PostgreSQL

# On PostgreSQL the CSV is written by the server: `COPY (SELECT …) TO STDOUT WITH CSV`,
# streamed through psycopg's cursor.copy(). The rows are the filtered events' SQL (the same
# queryset as everywhere else) joined to their place, with the actors and the sources
# aggregated per event in SQL; formula cells are neutralised in SQL as `neutralise` does.
_NEUTRAL_SQL = (
    "CASE WHEN left({0}, 1) IN ('=', '+', '-', '@', E'\\t', E'\\r') "
    "THEN '''' || {0} ELSE NULLIF({0}, '') END"
)
_CAMEO_SQL = (
    "CASE {0} "
    + " ".join(f"WHEN '{kind}' THEN '{code}'" for kind, code in CAMEO.items() if code)
    + " ELSE NULL END"
)


def _copy_sql(events: QuerySet[Event], *, excel: bool) -> tuple[str, tuple[Any, ...]]:
    """COPY of the filtered events (their own SQL, unordered, as a subquery) with the place, the
    actors and the sources of each row; in the list's order (sort key, id).

    The actors and the sources are aggregated once per export, grouped by event over the
    filtered ids and hash-joined to the rows: a lookup per row (a LATERAL subquery) costs
    two index probes per event and halves the throughput at a million rows."""
    inner, params = (
        events.order_by()
        .annotate(place_name=F("place__name"))
        .values_list(
            "id", "sort_key", "date_start", "date_end", "precision", "date_basis", "type",
            "status", "summary", "review", "confidence", "place_name",
        )
        .query.sql_with_params()
    )  # fmt: skip
    text = _NEUTRAL_SQL.format
    # The list's order (`selectors.event_list` orders by its `sort_key`, then the id).
    order = events.query.order_by
    direction = "DESC" if order and order[0] == "-sort_key" else "ASC"
    select = f"""
        WITH ac AS (
            SELECT ea.event_id, string_agg(a.name, '; ' ORDER BY ea.role, a.name) AS names
            FROM timeline_eventactor ea JOIN timeline_actor a ON a.id = ea.actor_id
            WHERE ea.event_id IN (SELECT fa.id FROM ({inner}) fa)
            GROUP BY ea.event_id
        ),
        src AS (
            SELECT s.event_id, count(*) AS n,
                   (array_agg(s.evidence ORDER BY ar.published_at, s.id))[1] AS evidence,
                   string_agg(NULLIF(ar.url, ''), ' ' ORDER BY ar.published_at, s.id) AS urls
            FROM timeline_eventsource s JOIN articles_article ar ON ar.id = s.article_id
            WHERE s.event_id IN (SELECT fs.id FROM ({inner}) fs)
            GROUP BY s.event_id
        )
        SELECT f.id, to_char(f.date_start, 'YYYY-MM-DD'), to_char(f.date_end, 'YYYY-MM-DD'),
               f.precision, f.date_basis, f.type, f.status,
               {text("ac.names")}, {text("f.place_name")}, {text("f.summary")},
               {text("src.evidence")}, coalesce(src.n, 0), {text("src.urls")},
               CASE WHEN f.review = 'verified' THEN 1 ELSE 0 END,
               round(f.confidence::numeric, 3)::float8, {_CAMEO_SQL.format("f.type")}
        FROM ({inner}) f
        LEFT JOIN ac ON ac.event_id = f.id
        LEFT JOIN src ON src.event_id = f.id
        ORDER BY f.sort_key {direction}, f.id {direction}"""
    delimiter = ";" if excel else ","
    # The filter appears three times (not one CTE: a CTE read thrice is materialised and
    # hides its row count from the planner, which then probes the links row by row).
    return f"COPY ({select}) TO STDOUT WITH (FORMAT csv, DELIMITER '{delimiter}')", params * 3


def csv_copy_stream(events: QuerySet[Event], *, excel: bool = False) -> Iterator[bytes]:
    """The CSV of `csv_stream`, written by PostgreSQL (LF line ends), in ~64 KiB chunks."""
    writer = csv.writer(_Echo(), delimiter=";" if excel else ",", lineterminator="\n")
    head = ("\ufeff" if excel else "") + writer.writerow(COLUMNS)
    sql, params = _copy_sql(events, excel=excel)
    buffer = bytearray(head.encode())
    # One transaction for the COPY so its settings stay local: JIT compilation costs more
    # than it saves on a streamed per-row plan, and the final sort fits in memory.
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "SET LOCAL jit = off; SET LOCAL work_mem = '128MB';"
            # Parallel workers would each aggregate every actor and source again.
            " SET LOCAL max_parallel_workers_per_gather = 0"
        )
        raw: Any = cursor.cursor  # psycopg's own cursor: Django's wrapper has no copy()
        with raw.copy(sql, params) as copy:
            for block in copy:
                buffer += block
                if len(buffer) >= 64 * 1024:
                    yield bytes(buffer)
                    buffer.clear()
    if buffer:
        yield bytes(buffer)


def csv_response_stream(events: QuerySet[Event], *, excel: bool = False) -> Iterator[bytes]:
    """The fastest CSV stream this database offers (the COPY above on PostgreSQL)."""
    if connection.vendor == "postgresql":
        return csv_copy_stream(events, excel=excel)
    return buffered(csv_stream(events, excel=excel))
