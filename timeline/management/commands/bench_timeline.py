"""Benchmark the timeline against a large synthetic dataset in its own PostgreSQL database.

    DEBUG=1 manage.py bench_timeline --events 100000 --articles 20000 --actors 2000
    DEBUG=1 manage.py bench_timeline            # 1,000,000 events, 200,000 articles

The dataset is generated once with COPY (ids assigned here, sequences reset afterwards) and
reused while it has the requested size. Timings go through the real view (django.test.Client,
HX-Request set: the fragment a filter change fetches) beside the bare SQL of every query that
request runs, replayed on a plain cursor.
"""

from __future__ import annotations

import random
import statistics
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from importlib import import_module
from typing import Any

import psycopg
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection, connections
from django.test import Client
from django.test.utils import CaptureQueriesContext

from config.env import database_from_url
from timeline.models import Event

_TRIGGERED = ("timeline_event", "timeline_eventactor", "timeline_eventsource")
_STORED_COLUMNS = "timeline.migrations.0005_timeline_search_vector"
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/ereignischronik_bench"
TYPES = [t.value for t in Event.Type]
TOPICS = [
    "Energie", "Handel", "Sicherheit", "Migration", "Klima", "Gas", "Getreide", "Sanktionen",
    "Grenze", "Atom", "Raumfahrt", "Eisenbahn", "Bildung", "Gesundheit", "Landwirtschaft",
    "Finanzen", "Technologie", "Kultur", "Sport", "Tourismus",
]  # fmt: skip
VERBS = {
    "visit": "besucht", "meeting": "trifft", "call": "telefoniert mit",
    "election": "gewinnt Wahl in", "inauguration": "wird vereidigt in",
    "summit": "beim Gipfel mit", "protest": "Proteste gegen",
    "agreement": "unterzeichnet Abkommen mit",
}  # fmt: skip


# Issue 5's targets.
FRAGMENT_P95_MS = 50.0
FRAGMENT_RATIO = 3.0
EXPORT_ROWS_PER_S = 50_000


@dataclass(slots=True)
class Row:
    name: str
    view50: float
    view95: float
    bare50: float
    bare95: float
    cold50: float
    cold95: float
    warm50: float
    axis_bare95: float


def _admin_connection(target: dict[str, Any]) -> psycopg.Connection[Any]:
    return psycopg.connect(
        host=target["HOST"] or None,
        port=target["PORT"] or None,
        user=target["USER"] or None,
        password=target["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )


def use_bench_database(url: str, *, fresh: bool = False) -> dict[str, Any]:
    """Point the default connection at the benchmark's own PostgreSQL database (created if
    missing; dropped and created again with `fresh`) and migrate it. Refuses the app's own
    database. Returns the settings it replaced, for `leave_bench_database`."""
    target = database_from_url(url, base_dir=settings.BASE_DIR)
    if target["ENGINE"] != "django.db.backends.postgresql":
        raise CommandError("the benchmark needs PostgreSQL (--database-url postgres://…)")
    current = connections.settings["default"]
    if current["ENGINE"] == target["ENGINE"] and current["NAME"] == target["NAME"]:
        raise CommandError("refusing to benchmark in the development database")
    with _admin_connection(target) as admin:
        if fresh:
            admin.execute(f'DROP DATABASE IF EXISTS "{target["NAME"]}" WITH (FORCE)')
        exists = admin.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [target["NAME"]]
        ).fetchone()
        if not exists:
            admin.execute(f'CREATE DATABASE "{target["NAME"]}"')
    connections["default"].close()
    connections.settings["default"] = {**current, **target}
    del connections["default"]
    call_command("migrate", verbosity=0)
    return dict(current)


def leave_bench_database(previous: dict[str, Any], *, drop: bool) -> None:
    """Point the default connection back at `previous`; drop the benchmark's database."""
    name = connections.settings["default"]["NAME"]
    target = dict(connections.settings["default"])
    connections["default"].close()
    connections.settings["default"] = previous
    del connections["default"]
    if drop:
        with _admin_connection(target) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


class Command(BaseCommand):
    help = "Time the timeline fragment and the CSV export on a large synthetic dataset."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--events", type=int, default=1_000_000)
        parser.add_argument("--articles", type=int, default=200_000)
        parser.add_argument("--actors", type=int, default=2_000)
        parser.add_argument("--places", type=int, default=300)
        parser.add_argument("--repeat", type=int, default=40, help="requests per scenario")
        parser.add_argument("--database-url", default=DEFAULT_URL)
        parser.add_argument("--regenerate", action="store_true")
        parser.add_argument("--skip-export", action="store_true")

    # ---------------------------------------------------------------------------- database

    def _use_database(self, url: str) -> None:
        use_bench_database(url)

    # ---------------------------------------------------------------------------- data

    def _generate(self, events: int, articles: int, actors: int, places: int) -> None:
        rng = random.Random(20240523)
        now = datetime.now(UTC)
        tables = [
            "timeline_eventsource", "timeline_eventactor", "timeline_event", "articles_article",
            "articles_outlet", "timeline_actoralias", "timeline_actor", "timeline_place",
        ]  # fmt: skip
        with connection.cursor() as cursor:
            cursor.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
            # The stored search vector and the links' sort days (migration 0005) are filled
            # set-based after the load; row by row through the triggers it takes much longer.
            for table in _TRIGGERED:
                cursor.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
        raw: Any = connection.connection
        surnames = [f"Name{i}" for i in range(actors)]
        place_names = [f"Stadt{i}" for i in range(places)]
        first_day = date(2000, 1, 1)
        span = (date(2025, 12, 31) - first_day).days

        def copy(table: str, columns: str, rows: Iterator[tuple[Any, ...]]) -> None:
            started = time.perf_counter()
            n = 0
            with raw.cursor() as cur, cur.copy(f"COPY {table} ({columns}) FROM STDIN") as cp:
                for row in rows:
                    cp.write_row(row)
                    n += 1
            self.stdout.write(f"  {table}: {n:,} rows in {time.perf_counter() - started:.1f} s")

        copy(
            "timeline_actor",
            "id, name, kind, country, status, candidate_title, created_at, updated_at",
            ((i + 1, f"Vorname {surnames[i]}", "person", "", "confirmed", "", now, now)
             for i in range(actors)),
        )  # fmt: skip
        copy(
            "timeline_place",
            "id, name, kind, country, variants, adjectives, genitive, demonyms, capital, "
            "updated_at",
            (
                (i + 1, place_names[i], "city", "", "[]", "[]", "", "[]", False, now)
                for i in range(places)
            ),
        )
        copy(
            "articles_outlet",
            "id, name, created_at",
            ((i + 1, f"Medium {i}", now) for i in range(20)),
        )
        copy(
            "articles_article",
            "id, outlet_id, title, body, raw_content, input_format, source_name, url, "
            "published_at, published_basis, language, content_hash, ingest_notes, "
            "extraction_status, extraction_error, extractor_version, created_at, updated_at",
            (
                (i + 1, i % 20 + 1, f"Meldung {i}", "Text.", "Text.", "text", "",
                 f"https://example.org/{i}",
                 datetime(2000, 1, 1, tzinfo=UTC) + timedelta(days=rng.randrange(span)),
                 "given", "de", f"{i:064x}", "", "done", "", "bench", now, now)
                for i in range(articles)
            ),
        )  # fmt: skip
        # Actor popularity is skewed (a few appear very often), as in real news.
        weights = [1 / (i + 1) ** 0.8 for i in range(actors)]
        picks = rng.choices(range(actors), weights=weights, k=events * 3)
        plan: list[tuple[int, list[int], int, str, date | None, int]] = []
        for i in range(events):
            kind = TYPES[i % len(TYPES)]
            cast = list(dict.fromkeys(picks[3 * i : 3 * i + 1 + i % 3]))
            day = None if i % 97 == 0 else first_day + timedelta(days=rng.randrange(span))
            plan.append((i + 1, cast, rng.randrange(places) + 1, kind, day, rng.randrange(20)))

        def summary(cast: list[int], kind: str, place: int, topic: int) -> str:
            names = [surnames[a] for a in cast]
            return (
                f"{names[0]} {VERBS[kind]} {' und '.join(names[1:]) or place_names[place - 1]}"
                f" – Thema {TOPICS[topic]}"
            )

        copy(
            "timeline_event",
            "id, type, status, date_start, date_end, precision, date_basis, date_conflict, "
            "place_id, summary, confidence, review, locked_fields, created_by_editor, version, "
            "created_at, updated_at",
            (
                (pk, kind, "planned" if pk % 10 == 0 else "occurred", day, day,
                 "day" if day else "unknown", "explicit" if day else "none", False, place,
                 summary(cast, kind, place, topic), 0.8,
                 "verified" if pk % 13 == 0 else ("rejected" if pk % 211 == 0 else "new"),
                 "[]", False, 1, now, now)
                for pk, cast, place, kind, day, topic in plan
            ),
        )  # fmt: skip
        copy(
            "timeline_eventactor",
            "event_id, actor_id, role",
            ((pk, a + 1, "participant") for pk, cast, *_ in plan for a in cast),
        )
        copy(
            "timeline_eventsource",
            "event_id, article_id, evidence, evidence_start, evidence_end, date_text, "
            "date_start, date_end, precision, date_basis, status, trigger, actor_names, "
            "location_name, confidence, extractor_version, added_by_editor, created_at",
            (
                (pk, (pk * 7 + k) % articles + 1,
                 f"Am Montag {summary(cast, kind, place, (topic + k) % 20)} in "
                 f"{place_names[place - 1]}.", 0, 0, "am Montag", day, day,
                 "day" if day else "unknown", "relative" if day else "none", "occurred", "",
                 "[]", place_names[place - 1], 0.8, "bench", False, now)
                for pk, cast, place, kind, day, topic in plan
                for k in range(1 + (pk % 4 == 0))
            ),
        )  # fmt: skip
        with connection.cursor() as cursor:
            self.stdout.write("  search vectors and link sort days …")
            cursor.execute(import_module(_STORED_COLUMNS).BACKFILL)
            for table in _TRIGGERED:
                cursor.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER")
            for table in tables:
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
                )
            self.stdout.write("  VACUUM ANALYZE …")
            for table in tables:
                cursor.execute(f"VACUUM ANALYZE {table}")

    # ---------------------------------------------------------------------------- timing

    def _time(self, fn: Callable[[], Any], repeat: int) -> list[float]:
        fn()  # warm-up (caches, plan)
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            fn()
            times.append((time.perf_counter() - started) * 1000)
        return times

    queries: dict[str, int]

    def _scenario(self, client: Client, name: str, query: str, repeat: int) -> Row:
        """The list fragment a filter change fetches, the bare SQL it runs for its rows, and
        the time axis (`part=summary`) it then loads (cold: cache cleared; warm: cached),
        with the bare SQL of a cold axis request."""
        url = f"/?{query}"

        def fetch(target: str) -> Callable[[], None]:
            def run() -> None:
                response = client.get(target, headers={"HX-Request": "true"})
                assert response.status_code == 200, response.content[:500]

            return run

        view = self._time(fetch(url), repeat)

        # The floor: exactly the SQL the view runs for this fragment (the filter form's
        # lookups, the page query and its actors: every query of the request, captured from
        # the view itself), replayed on a plain cursor and summed: the fragment without Django.
        with CaptureQueriesContext(connection) as captured:
            fetch(url)()
        statements = [q["sql"] for q in captured.captured_queries]
        self.queries[name] = len(statements)

        def bare() -> None:
            with connection.cursor() as cursor:
                for sql in statements:
                    cursor.execute(sql)
                    cursor.fetchall()

        floor = self._time(bare, repeat)

        summary_url = f"{url}&part=summary" if query else "/?part=summary"
        warm = self._time(fetch(summary_url), repeat)
        run_summary = fetch(summary_url)

        def cold_summary() -> None:
            cache.clear()
            run_summary()

        cold = self._time(cold_summary, max(5, repeat // 4))
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            run_summary()
        axis_statements = [q["sql"] for q in captured.captured_queries]

        def axis_bare() -> None:
            with connection.cursor() as cursor:
                for sql in axis_statements:
                    cursor.execute(sql)
                    cursor.fetchall()

        axis_floor = self._time(axis_bare, max(5, repeat // 4))
        return Row(
            name,
            statistics.median(view),
            _percentile(view, 95),
            statistics.median(floor),
            _percentile(floor, 95),
            statistics.median(cold),
            _percentile(cold, 95),
            statistics.median(warm),
            _percentile(axis_floor, 95),
        )

    def _export(self, client: Client, query: str, *, trace: bool) -> tuple[int, float, int]:
        if trace:
            tracemalloc.start()
        started = time.perf_counter()
        response: Any = client.get(f"/export/?format=csv{query}")
        rows = -1
        for chunk in response.streaming_content:
            rows += chunk.count(b"\n")
        elapsed = time.perf_counter() - started
        peak = 0
        if trace:
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        return rows, elapsed, peak

    def handle(self, *args: Any, **options: Any) -> None:
        self._use_database(options["database_url"])
        n_events: int = options["events"]
        have = Event.objects.count()
        if options["regenerate"] or abs(have - n_events) > 0:
            self.stdout.write(f"generating {n_events:,} events (found {have:,}) …")
            started = time.perf_counter()
            self._generate(n_events, options["articles"], options["actors"], options["places"])
            self.stdout.write(f"generated in {time.perf_counter() - started:.0f} s")
        else:
            self.stdout.write(f"reusing {have:,} events")

        # Time what production runs: no per-query logging (DEBUG keeps every SQL string).
        settings.DEBUG = False
        client = Client(SERVER_NAME="localhost")
        self.queries = {}
        repeat: int = options["repeat"]
        # Actor 1 is the most frequent, 2 the next: a realistic worst case for actor filters.
        scenarios = [
            ("one actor", "actor=1"),
            ("rare actor", "actor=1500"),
            ("two actors, all of", "actor=1&actor=2&match=all"),
            ("two actors, any of", "actor=1&actor=2"),
            ("period (May 2024)", "start=Mai+2024&end=Mai+2024"),
            ("text 'Energie'", "q=Energie"),
            ("text + period", "q=Energie&start=2024"),
            ("unfiltered", ""),
            # The time axis zoomed in: a year of the most frequent actor, a month of all.
            ("one actor, a year", "actor=1&start=2024&end=2024"),
            ("all, a month", "start=2024-05&end=2024-05"),
        ]
        self.stdout.write(f"\ntimings over {repeat} requests each (HX-Request), ms:")
        header = (
            f"{'scenario':<20} │ {'list fragment':>15} │ {'bare SQL':>13} │ {'ratio':>5} │ "
            f"{'axis cold':>15} │ {'bare':>6} │ {'warm':>5} │ SQL │ target"
        )
        self.stdout.write(header)
        self.stdout.write(
            f"{'':<20} │ {'p50':>7} {'p95':>7} │ {'p50':>6} {'p95':>6} │ {'p95':>5} │ "
            f"{'p50':>7} {'p95':>7} │ {'p95':>6} │ {'p50':>5} │   n │"
        )
        met_all = True
        for name, query in scenarios:
            row = self._scenario(client, name, query, repeat)
            ratio = row.view95 / max(row.bare95, 0.01)
            met = row.view95 <= FRAGMENT_P95_MS and ratio <= FRAGMENT_RATIO
            met_all &= met
            self.stdout.write(
                f"{row.name:<20} │ {row.view50:7.1f} {row.view95:7.1f} │ {row.bare50:6.1f} "
                f"{row.bare95:6.1f} │ {ratio:5.1f} │ {row.cold50:7.1f} {row.cold95:7.1f} │ "
                f"{row.axis_bare95:6.1f} │ {row.warm50:5.1f} │ {self.queries[row.name]:>3} │ "
                f"{'met' if met else 'MISSED'}"
            )
        self.stdout.write(
            f"fragment target (p95 ≤ {FRAGMENT_P95_MS:.0f} ms and ≤ {FRAGMENT_RATIO:.0f}× the bare "
            f"SQL): {'met' if met_all else 'MISSED'} in all scenarios"
            if met_all
            else f"fragment target (p95 ≤ {FRAGMENT_P95_MS:.0f} ms, ≤ {FRAGMENT_RATIO:.0f}× bare "
            "SQL): MISSED in some scenarios"
        )

        if options["skip_export"]:
            return
        self.stdout.write("\nCSV export (streamed through the view):")
        rows, elapsed, _ = self._export(client, "", trace=False)
        rate = rows / elapsed
        self.stdout.write(
            f"  all rows: {rows:,} rows in {elapsed:.1f} s = {rate:,.0f} rows/s "
            f"(target ≥ {EXPORT_ROWS_PER_S:,}: {'met' if rate >= EXPORT_ROWS_PER_S else 'MISSED'})"
        )
        peaks = []
        for label, query in (
            ("2024 only", "&start=2024&end=2024"),
            ("2015–2024", "&start=2015&end=2024"),
            ("all rows", ""),
        ):
            rows, elapsed, peak = self._export(client, query, trace=True)
            peaks.append((rows, peak))
            self.stdout.write(
                f"  {label}: {rows:,} rows, peak traced memory {peak / 2**20:.2f} MiB "
                f"({elapsed:.1f} s under tracemalloc)"
            )
        (few, few_peak), (many, many_peak) = peaks[0], peaks[-1]
        flat = many_peak <= 2 * few_peak + 2**20
        self.stdout.write(
            f"  memory flat in the row count ({few:,} → {many:,} rows: "
            f"{few_peak / 2**20:.2f} → {many_peak / 2**20:.2f} MiB): {'met' if flat else 'MISSED'}"
        )
