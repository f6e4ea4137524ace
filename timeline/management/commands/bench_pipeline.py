"""Benchmark the pipeline, article files to events, in its own PostgreSQL database.

    DEBUG=1 manage.py bench_pipeline --articles 2000
    DEBUG=1 manage.py bench_pipeline --articles 10000 --keep

N German articles are generated from templates written for this (actors and places from the
lexicon the app loads, dates, visits, meetings, calls, elections, protests, summits,
agreements), written as JSON-lines files of one batch each and ingested through the service
`manage.py ingest` uses (`articles_ingest`), then extracted through the path of `extract --all`
(`articles_extract`: `nlp.pipe` batches, then resolving and merging), batch after batch, so
the later batches meet a growing database. The extractor alone is then timed on the same
texts. The database is created afresh for every run and dropped afterwards unless `--keep`.
"""

from __future__ import annotations

import cProfile
import io
import json
import pstats
import random
import resource
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.db import connection

from articles.models import Article
from articles.services import articles_ingest
from timeline.bench_workers import workers_extract
from timeline.management.commands.bench_timeline import leave_bench_database, use_bench_database
from timeline.models import Actor, Event, EventSource, Place
from timeline.services import articles_extract, current_extractor, publication_day

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/ereignischronik_bench_pipeline"

# Issue 16's targets: end to end on one core, and as a share of the extractor's own rate.
END_TO_END_RATE = 150.0
END_TO_END_SHARE = 1 / 3

MONTHS = [
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember",
]  # fmt: skip
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
TOPICS = [
    "die Energieversorgung", "den Handel", "die Sicherheitslage", "die Migration",
    "den Klimaschutz", "Gaslieferungen", "den Getreideexport", "neue Sanktionen",
    "die Grenzsicherung", "die Zusammenarbeit in der Forschung", "den Ausbau der Bahn",
    "die Lage im Nahen Osten", "Rüstungsexporte", "die Schuldenkrise", "Flüchtlingshilfe",
]  # fmt: skip
# The event sentences: {a}, {b} people, {city}, {country} places, {when} a date phrase,
# {topic}, {n} a number. Written for this benchmark, in the register of news reports.
EVENT_SENTENCES = [
    "{a} ist {when} zu einem zweitägigen Besuch in {city} eingetroffen.",
    "{a} reiste {when} nach {city} und wurde dort von {b} empfangen.",
    "{when_cap} besuchte {a} {country}, um über {topic} zu sprechen.",
    "{a} und {b} trafen sich {when} in {city} zu Gesprächen über {topic}.",
    "{when_cap} kam {a} in {city} mit {b} zusammen.",
    "Das Treffen von {a} mit {b} {when} in {city} dauerte knapp {n} Stunden.",
    "{a} telefonierte {when} mit {b}; es ging vor allem um {topic}.",
    "{when_cap} sprach {a} nach Angaben eines Sprechers am Telefon mit {b}.",
    "Bei der Präsidentenwahl in {country} {when} hat sich {a} durchgesetzt.",
    "{a} wurde {when} mit {n} Prozent der Stimmen zum Präsidenten von {country} gewählt.",
    "{when_cap} wurde {a} in {city} als Staatsoberhaupt vereidigt.",
    "In {city} demonstrierten {when} mehrere tausend Menschen gegen {a}.",
    "{when_cap} gingen in {city} Tausende gegen die Regierung von {a} auf die Straße.",
    "{a} und {b} nahmen {when} am Gipfeltreffen in {city} teil.",
    "{a} und {b} unterzeichneten {when} in {city} ein Abkommen über {topic}.",
    "{a} will {when} nach {city} reisen und dort {b} treffen.",
]  # fmt: skip
FILLER_SENTENCES = [
    "Ein Regierungssprecher wollte sich zu Einzelheiten zunächst nicht äußern.",
    "Beobachter werten das als Zeichen einer vorsichtigen Annäherung.",
    "Im Mittelpunkt stand nach offiziellen Angaben {topic}.",
    "Die Opposition kritisierte das Vorgehen als überhastet.",
    "Nach Angaben der Veranstalter nahmen rund {n} Menschen teil.",
    "Beide Seiten betonten anschließend, man wolle im Gespräch bleiben.",
    "Konkrete Ergebnisse wurden nicht bekannt.",
    "Zuletzt hatte es in der Frage {topic_gen} wiederholt Streit gegeben.",
    "Die Gespräche sollen in den kommenden Wochen fortgesetzt werden.",
    "Mehrere Minister begleiteten die Delegation.",
]  # fmt: skip
TITLES = [
    "{a} in {city}", "Gespräche über {topic_short}", "Treffen in {city}",
    "{a} und {b} beraten", "Proteste in {city}", "Wahl in {country}",
]  # fmt: skip


@dataclass(slots=True)
class GeneratedArticle:
    title: str
    text: str
    url: str
    published_at: datetime

    def record(self) -> dict[str, str]:
        return {
            "title": self.title,
            "text": self.text,
            "url": self.url,
            "published_at": self.published_at.isoformat(),
            "outlet": "Bench-Nachrichten",
        }


def _when(rng: random.Random, published: date) -> str:
    """A date phrase the tagger reads against the publication day."""
    back = rng.randrange(1, 7)
    day = published - timedelta(days=back)
    choice = rng.randrange(5)
    if choice == 0:
        return f"am {WEEKDAYS[day.weekday()]}"
    if choice == 1:
        return f"am {day.day}. {MONTHS[day.month - 1]}"
    if choice == 2:
        return f"am {day.day}. {MONTHS[day.month - 1]} {day.year}"
    if choice == 3:
        return "am gestrigen Tag" if back == 1 else f"vor {back} Tagen"
    return f"am {day.strftime('%d.%m.%Y')}"


def generate_articles(
    count: int,
    *,
    people: list[str],
    cities: list[str],
    countries: list[str],
    seed: int = 20260523,
) -> Iterator[GeneratedArticle]:
    """`count` distinct German articles of 4–10 sentences, each with 1–4 event sentences
    naming people from `people` (popularity skewed, as in real news) and places."""
    if len(people) < 2 or not cities or not countries:
        raise ValueError("need at least two people, a city and a country")
    rng = random.Random(seed)
    weights = [1 / (i + 1) ** 0.7 for i in range(len(people))]
    first = datetime(2015, 1, 1, 8, tzinfo=UTC)
    span_hours = int((datetime(2025, 12, 31, tzinfo=UTC) - first).total_seconds() // 3600)
    seen: set[str] = set()
    made = 0
    while made < count:
        published_at = first + timedelta(hours=rng.randrange(span_hours))
        published = published_at.date()
        a, b = rng.choices(people, weights=weights, k=2)
        if a == b:
            b = people[(people.index(a) + 1) % len(people)]
        topic = rng.choice(TOPICS)
        values = {
            "a": a,
            "b": b,
            "city": rng.choice(cities),
            "country": rng.choice(countries),
            "topic": topic,
            "topic_short": topic.split(" ", 1)[-1],
            "topic_gen": topic.split(" ", 1)[-1],
            "n": str(rng.randrange(2, 60)),
        }
        title = rng.choice(TITLES).format(**values)
        sentences: list[str] = []
        for _ in range(rng.randrange(1, 5)):
            when = _when(rng, published)
            picks = dict(values)
            # Later sentences often bring in someone else, somewhere else.
            if sentences and rng.random() < 0.6:
                picks["b"] = rng.choices(people, weights=weights)[0]
                picks["city"] = rng.choice(cities)
            picks["n"] = str(rng.randrange(2, 60))
            text = rng.choice(EVENT_SENTENCES).format(
                when=when, when_cap=when[0].upper() + when[1:], **picks
            )
            sentences.append(text)
            sentences.extend(
                rng.choice(FILLER_SENTENCES).format(**{**values, "n": str(rng.randrange(50, 9000))})
                for _ in range(rng.randrange(0, 3))
            )
        body = " ".join(sentences)
        if body in seen:
            continue
        seen.add(body)
        made += 1
        yield GeneratedArticle(title, body, f"https://bench.example/meldung/{made}", published_at)


# ------------------------------------------------------------------------------ counting


@dataclass(slots=True)
class QueryCount:
    """SQL statements run on the default connection while `counting()` is active, by their
    template (parameters apart), so that a statement run once per row shows up."""

    total: int = 0
    by_statement: Counter[str] = field(default_factory=Counter)

    @contextmanager
    def counting(self) -> Iterator[None]:
        def wrapper(
            execute: Callable[..., Any], sql: str, params: Any, many: bool, context: Any
        ) -> Any:
            self.total += 1
            self.by_statement[" ".join(sql.split())] += 1
            return execute(sql, params, many, context)

        with connection.execute_wrapper(wrapper):
            yield

    def per(self, items: int) -> float:
        return self.total / items if items else 0.0

    def top(self, k: int = 5) -> list[tuple[str, int]]:
        return self.by_statement.most_common(k)


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclass(slots=True)
class Batch:
    articles: int
    ingest_s: float
    extract_s: float
    extract_cpu_s: float
    events_after: int
    sources_after: int


class Command(BaseCommand):
    help = "Ingest and extract N generated articles in a PostgreSQL database of its own; time it."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--articles", type=int, default=2000)
        parser.add_argument("--batch", type=int, default=1000, help="articles per timed batch")
        parser.add_argument("--extract-batch-size", type=int, default=64, help="as extract's")
        parser.add_argument("--database-url", default=DEFAULT_URL)
        parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
        parser.add_argument(
            "--extractor-sample",
            type=int,
            default=2000,
            help="articles (spread over the run) the extractor alone is timed on",
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=0,
            help="extract by this many db_worker processes sharing the queue (0: in this one)",
        )
        parser.add_argument(
            "--per-task",
            type=int,
            default=1,
            help="with --workers: articles per extraction task (1: one task per article)",
        )
        parser.add_argument(
            "--profile",
            action="store_true",
            help="profile extraction (cProfile; slower) and print where its time goes",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        previous = use_bench_database(options["database_url"], fresh=True)
        debug = settings.DEBUG
        settings.DEBUG = False  # as in production: no per-query log
        try:
            self._run(options)
        finally:
            settings.DEBUG = debug
            leave_bench_database(previous, drop=not options["keep"])

    def _run(self, options: dict[str, Any]) -> None:
        out = self.stdout.write
        started = time.perf_counter()
        call_command("load_lexicon", stdout=io.StringIO())
        current_extractor()  # built once, as a worker builds it
        out(f"lexicon loaded and extractor built in {time.perf_counter() - started:.1f} s")
        people = list(
            Actor.objects.filter(kind=Actor.Kind.PERSON, status=Actor.Status.CONFIRMED)
            .order_by("pk")
            .values_list("name", flat=True)
        )
        cities = list(Place.objects.filter(kind=Place.Kind.CITY).values_list("name", flat=True))
        countries = list(
            Place.objects.filter(kind=Place.Kind.COUNTRY).values_list("name", flat=True)
        )
        out(f"{len(people)} people, {len(cities)} cities, {len(countries)} countries")
        rss_start = peak_rss_mib()

        n: int = options["articles"]
        size: int = options["batch"]
        generated = generate_articles(n, people=people, cities=cities, countries=countries)
        ingest_q, extract_q = QueryCount(), QueryCount()
        batches: list[Batch] = []
        profiler = cProfile.Profile() if options["profile"] else None
        failed = duplicates = mentions = 0
        queued: list[int] = []
        with tempfile.TemporaryDirectory(prefix="bench_pipeline_") as folder:
            for number in range(0, n, size):
                path = Path(folder) / f"batch{number // size:05d}.jsonl"
                records = [next(generated).record() for _ in range(min(size, n - number))]
                path.write_text(
                    "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8",
                )
                t0 = time.perf_counter()
                with ingest_q.counting():
                    report = articles_ingest(paths=[path])
                t1 = time.perf_counter()
                failed += len(report.failed)
                duplicates += len(report.duplicates)
                ids = [a.pk for a in report.ingested]
                if options["workers"]:
                    queued.extend(ids)
                    batches.append(Batch(len(ids), t1 - t0, 0.0, 0.0, 0, 0))
                    continue
                cpu0 = time.process_time()
                t2 = time.perf_counter()
                with extract_q.counting(), profiler or nullcontext():
                    done, found = articles_extract(
                        articles=Article.objects.filter(pk__in=ids)
                        .order_by("pk")
                        .iterator(chunk_size=500),
                        batch_size=options["extract_batch_size"],
                    )
                t3 = time.perf_counter()
                mentions += found
                batches.append(
                    Batch(
                        done,
                        t1 - t0,
                        t3 - t2,
                        time.process_time() - cpu0,
                        Event.objects.count(),
                        EventSource.objects.count(),
                    )
                )
                row = batches[-1]
                out(
                    f"  batch {len(batches)}: {done} articles, ingest {row.ingest_s:.1f} s, "
                    f"extract {row.extract_s:.1f} s, {row.events_after:,} events"
                )
        if options["workers"]:
            self._workers_report(options, queued, batches)
            return
        self._report(options, batches, ingest_q, extract_q, failed, duplicates, mentions)
        if profiler is not None:
            out("\nextraction profile (cumulative, top 25):")
            text = io.StringIO()
            pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(25)
            out(text.getvalue())
        out(f"peak memory (max RSS): {peak_rss_mib():.0f} MiB ({rss_start:.0f} MiB before the run)")

    def _workers_report(
        self, options: dict[str, Any], queued: list[int], batches: list[Batch]
    ) -> None:
        out = self.stdout.write
        ingest_s = sum(b.ingest_s for b in batches)
        out(f"ingest:              {len(queued) / ingest_s if ingest_s else 0:8.1f} articles/s")
        out(f"starting {options['workers']} db_worker processes (each builds its extractor) ...")
        run = workers_extract(
            queued,
            workers=options["workers"],
            database_url=options["database_url"],
            per_task=options["per_task"],
        )
        out(
            f"extract by {run.workers} workers: {run.rate:8.1f} articles/s "
            f"({run.articles:,} articles in {run.tasks:,} tasks, {run.seconds:.1f} s)"
        )
        out(
            f"tasks: {run.succeeded:,} done, {run.failed} failed, {run.claimed_twice} claimed "
            f"twice; per worker: "
            + ", ".join(f"{w} {n:,}" for w, n in sorted(run.by_worker.items()))
        )
        out(f"events: {Event.objects.count():,}, sources {EventSource.objects.count():,}")

    def _extractor_rate(self, sample: int) -> tuple[float, float, int]:
        """The extractor alone on stored texts spread over the run: (wall, CPU) articles/s."""
        ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))
        step = max(1, len(ids) // max(sample, 1))
        articles = list(Article.objects.filter(pk__in=ids[::step][:sample]).order_by("pk"))
        items = [(a.analysis_text, publication_day(a)) for a in articles]
        extractor: Any = current_extractor()
        cpu0, t0 = time.process_time(), time.perf_counter()
        for _ in extractor.extract_many(items, batch_size=64):
            pass
        wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
        return len(items) / wall, len(items) / cpu, len(items)

    def _report(
        self,
        options: dict[str, Any],
        batches: list[Batch],
        ingest_q: QueryCount,
        extract_q: QueryCount,
        failed: int,
        duplicates: int,
        mentions: int,
    ) -> None:
        out = self.stdout.write
        total = sum(b.articles for b in batches)
        ingest_s = sum(b.ingest_s for b in batches)
        extract_s = sum(b.extract_s for b in batches)
        extract_cpu = sum(b.extract_cpu_s for b in batches)
        alone, alone_cpu, sampled = self._extractor_rate(options["extractor_sample"])
        ingest_rate = total / ingest_s if ingest_s else 0.0
        e2e_rate = total / extract_s if extract_s else 0.0
        share = e2e_rate / alone if alone else 0.0
        events = batches[-1].events_after if batches else 0
        sources = batches[-1].sources_after if batches else 0
        out(
            f"\narticles: {total:,} stored ({duplicates} duplicates, {failed} failed), "
            f"{mentions:,} event mentions, {sources:,} sources, {events:,} events"
        )
        out(f"ingest:              {ingest_rate:8.1f} articles/s")
        out(
            f"extract end to end:  {e2e_rate:8.1f} articles/s "
            f"({total / extract_cpu if extract_cpu else 0:.1f} per CPU-second of this process)"
        )
        out(
            f"extractor alone:     {alone:8.1f} articles/s ({alone_cpu:.1f} per CPU-second; "
            f"{sampled:,} of the same texts)"
        )
        out(f"end to end / alone:  {share:8.3f}")
        met = e2e_rate >= END_TO_END_RATE and share >= END_TO_END_SHARE
        out(
            f"target (end to end ≥ {END_TO_END_RATE:.0f} articles/s and ≥ 1/3 of the extractor "
            f"alone): {'met' if met else 'MISSED'}"
        )
        out(
            f"queries per article: ingest {ingest_q.per(total):.1f}, "
            f"extract {extract_q.per(total):.1f}"
        )
        for name, count in (("ingest", ingest_q), ("extract", extract_q)):
            out(f"  most frequent statements in {name} (per article):")
            for sql, times in count.top(5):
                out(f"    {times / max(total, 1):7.2f}  {sql[:110]}")
        out(f"\nper batch of {options['batch']:,} articles, as the database grows:")
        out(
            f"{'batch':>5} │ {'ingest s':>8} │ {'extract s':>9} │ {'s / 1,000':>9} │ "
            f"{'events after':>12}"
        )
        for k, b in enumerate(batches, start=1):
            per_thousand = (b.ingest_s + b.extract_s) / b.articles * 1000 if b.articles else 0.0
            out(
                f"{k:>5} │ {b.ingest_s:8.2f} │ {b.extract_s:9.2f} │ {per_thousand:9.2f} │ "
                f"{b.events_after:>12,}"
            )
