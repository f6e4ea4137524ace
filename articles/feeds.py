"""Fetching news feeds: an RSS or Atom feed's new entries become articles.

For each due `Feed`: a conditional GET of the feed (ETag, Last-Modified; 304 is "nothing
new"), `feedparser` on the bytes, and for each entry whose URL is not stored yet its page,
fetched politely (timeouts, a size cap, `robots.txt`, an honest User-Agent, a minimum interval
between requests to one host) and stored through the same path as an HTML file from `ingest`
(`draft_from_html`: trafilatura, furniture removal; `article_store`: dedupe by URL and text).
The publication date comes from the entry (`published`, else `updated`) or else the page.

A feed that fails (no connection, an HTTP error, a timeout, not a feed, only pages that are not
articles) records the error and backs off exponentially, capped; the next feed goes on.
Nothing already stored is changed.
"""

from __future__ import annotations

import logging
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import Message
from http.client import HTTPMessage
from typing import IO, Any
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from django.conf import settings
from django.db import DatabaseError
from django.utils import timezone

from articles.ingestion import (
    IngestError,
    decode_bytes,
    draft_from_html,
    url_problem,
)
from articles.models import Article, Feed
from articles.publication_dates import PublicationDateError, parse_publication_date
from articles.services import ArticleHook, article_store

logger = logging.getLogger(__name__)

Clock = Callable[[], float]
Sleep = Callable[[float], None]

CHUNK = 64 * 1024
ERROR_MAX = 2000
MAX_REDIRECTS = 5


class FetchError(Exception):
    """A request that gave nothing usable; the message says why (in English, like ingest's)."""


# ---------------------------------------------------------------------------- HTTP


class HostThrottle:
    """At most `per_minute` requests to one host a minute: each waits until 60/per_minute
    seconds have passed since the host's previous one. Clock and sleep are injectable."""

    def __init__(
        self, per_minute: int, *, clock: Clock = time.monotonic, sleep: Sleep = time.sleep
    ) -> None:
        self.interval = 60.0 / per_minute
        self.clock = clock
        self.sleep = sleep
        self._last: dict[str, float] = {}

    def wait(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        last = self._last.get(host)
        if last is not None:
            delay = last + self.interval - self.clock()
            if delay > 0:
                self.sleep(delay)
        self._last[host] = self.clock()


@dataclass(slots=True)
class Response:
    status: int
    url: str  # after redirects
    headers: Message
    body: bytes = b""


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http(s) only (urllib's own would follow ftp:// too), at most
    MAX_REDIRECTS."""

    max_redirections = MAX_REDIRECTS

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise FetchError(f"redirect to a non-http(s) address: {newurl[:200]}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class HttpClient:
    """GET with the User-Agent, timeouts (per read and for the whole body), a size cap and the
    per-host throttle. 304 is returned as a response; other HTTP errors raise FetchError."""

    def __init__(
        self,
        *,
        user_agent: str,
        timeout: float,
        max_bytes: int,
        throttle: HostThrottle,
        clock: Clock = time.monotonic,
    ) -> None:
        self.user_agent = user_agent
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.throttle = throttle
        self.clock = clock
        self._opener = urllib.request.build_opener(_HttpOnlyRedirects())

    @classmethod
    def from_settings(cls, **overrides: Any) -> HttpClient:
        options: dict[str, Any] = {
            "user_agent": settings.FEED_USER_AGENT,
            "timeout": float(settings.FEED_TIMEOUT_SECONDS),
            "max_bytes": settings.ARTICLE_MAX_BYTES,
            "throttle": HostThrottle(settings.FEED_REQUESTS_PER_HOST_PER_MINUTE),
        }
        options.update(overrides)
        return cls(**options)

    def get(self, url: str, *, headers: dict[str, str] | None = None) -> Response:
        self.throttle.wait(url)
        request = urllib.request.Request(
            url, headers={"User-Agent": self.user_agent, **(headers or {})}
        )
        started = self.clock()
        try:
            with self._opener.open(request, timeout=self.timeout) as answer:
                length = answer.headers.get("Content-Length")
                if length and length.isdigit() and int(length) > self.max_bytes:
                    raise FetchError(
                        f"{int(length):,} bytes, over the limit of {self.max_bytes:,} bytes"
                    )
                body = self._read(answer, started)
                return Response(answer.status, answer.geturl(), answer.headers, body)
        except urllib.error.HTTPError as error:
            if error.code == 304:
                return Response(304, url, error.headers)
            raise FetchError(f"HTTP {error.code} {error.reason}".strip()) from None
        except urllib.error.URLError as error:
            reason = error.reason
            if isinstance(reason, TimeoutError):
                raise FetchError(f"timed out after {self.timeout:g} s") from None
            raise FetchError(f"cannot connect: {reason}") from None
        except TimeoutError:
            raise FetchError(f"timed out after {self.timeout:g} s") from None
        except (OSError, ValueError) as error:
            raise FetchError(f"request failed: {error}") from None

    def _read(self, answer: IO[bytes], started: float) -> bytes:
        chunks: list[bytes] = []
        size = 0
        while chunk := answer.read(CHUNK):
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(f"over the limit of {self.max_bytes:,} bytes")
            if self.clock() - started > self.timeout * 3:
                raise FetchError(f"timed out: the body took over {self.timeout * 3:g} s")
            chunks.append(chunk)
        return b"".join(chunks)


class Robots:
    """`robots.txt` per host, read once a run: missing (4xx) allows everything, 401/403 and an
    unreachable or failing (5xx) server allow nothing."""

    def __init__(self, client: HttpClient) -> None:
        self.client = client
        self._parsers: dict[str, RobotFileParser | None] = {}

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        if origin not in self._parsers:
            self._parsers[origin] = self._load(f"{origin}/robots.txt")
        parser = self._parsers[origin]
        return parser is not None and parser.can_fetch(self.client.user_agent, url)

    def _load(self, robots_url: str) -> RobotFileParser | None:
        parser = RobotFileParser(robots_url)
        try:
            answer = self.client.get(robots_url)
        except FetchError as error:
            text = str(error)
            if text.startswith("HTTP 4") and not text.startswith(("HTTP 401", "HTTP 403")):
                parser.parse([])  # no robots.txt: everything allowed
                return parser
            return None
        parser.parse(answer.body.decode("utf-8", errors="replace").splitlines())
        return parser


# ---------------------------------------------------------------------------- one feed


@dataclass(slots=True)
class FeedReport:
    feed: Feed
    status: int | None = None
    not_modified: bool = False
    entries: int = 0
    new: list[Article] = field(default_factory=list)
    seen: int = 0  # entries whose article is stored already
    entry_errors: list[tuple[str, str]] = field(default_factory=list)  # (url, why)
    error: str = ""  # the feed itself failed

    @property
    def failed(self) -> bool:
        return bool(self.error)


def backoff_delay(feed: Feed, failures: int) -> timedelta:
    """Twice the interval after the first failure, four times after the second, …, capped."""
    minutes = min(feed.interval_minutes * 2 ** min(failures, 20), settings.FEED_BACKOFF_MAX_MINUTES)
    return timedelta(minutes=max(minutes, feed.interval_minutes))


def entry_published(entry: Any, *, languages: tuple[str, ...]) -> tuple[datetime | None, str]:
    """The entry's `published` (else `updated`) date, and a note when it was unreadable."""
    for key in ("published", "updated"):
        value = entry.get(key)
        if not value:
            continue
        try:
            return parse_publication_date(str(value), languages=languages), ""
        except PublicationDateError as error:
            return None, f"the feed entry's date ignored: {error}"
    return None, ""


def feed_fetch(
    feed: Feed,
    *,
    client: HttpClient,
    robots: Robots | None = None,
    on_created: ArticleHook | None = None,
    now: datetime | None = None,
) -> FeedReport:
    """Fetch one feed and store its new entries; record the outcome on the feed. Never raises
    for what the network or the feed does."""
    import feedparser

    report = FeedReport(feed=feed)
    robots = robots or Robots(client)
    headers: dict[str, str] = {}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    try:
        answer = client.get(feed.url, headers=headers)
        report.status = answer.status
        if answer.status == 304:
            report.not_modified = True
        else:
            parsed = feedparser.parse(answer.body)
            usable = [entry for entry in parsed.entries if entry.get("link")]
            # feedparser reads broken XML loosely: that counts when it yields linked entries.
            if (parsed.get("bozo") and not usable) or (
                not parsed.get("version") and not parsed.entries
            ):
                why = parsed.get("bozo_exception")
                raise FetchError(f"not an RSS or Atom feed{f' ({why})' if why else ''}")
            etag = answer.headers.get("ETag") or ""
            modified = answer.headers.get("Last-Modified") or ""
            entries = parsed.entries[: settings.FEED_MAX_ENTRIES]
            report.entries = len(entries)
            _entries_store(feed, entries, client, robots, on_created, report)
            feed.etag, feed.last_modified = etag[:500], modified[:100]
    except FetchError as error:
        report.error = str(error)
        if report.status is None and str(error).startswith("HTTP "):
            code = str(error).split()[1]
            report.status = int(code) if code.isdigit() else None
    if not report.error and report.entry_errors and not report.new and not report.seen:
        # Every entry failed: the feed is of no use now; back off as for a failure.
        report.error = "no entry could be stored"
    _record(feed, report, now or timezone.now())
    return report


def _entries_store(
    feed: Feed,
    entries: Iterable[Any],
    client: HttpClient,
    robots: Robots,
    on_created: ArticleHook | None,
    report: FeedReport,
) -> None:
    outlet = feed.outlet.name if feed.outlet_id and feed.outlet else None
    languages = (feed.language, "de", *settings.PUBLICATION_DATE_LANGUAGES)
    for entry in entries:
        link = str(entry.get("link") or "").strip()
        if not link:
            report.entry_errors.append(("?", "the entry has no link"))
            continue
        problem = url_problem(link)
        if problem:
            report.entry_errors.append((link[:200], problem))
            continue
        if Article.objects.filter(url=link).exists():
            report.seen += 1
            continue
        try:
            article, created = _entry_store(
                link,
                entry,
                client=client,
                robots=robots,
                outlet=outlet,
                languages=languages,
                on_created=on_created,
                feed=feed,
            )
        except (FetchError, IngestError) as error:
            report.entry_errors.append((link, str(error)))
            continue
        except DatabaseError as error:
            logger.exception("storing %s failed", link)
            report.entry_errors.append((link, f"not stored: {type(error).__name__}: {error}"))
            continue
        if created:
            report.new.append(article)
        else:
            report.seen += 1


def _entry_store(
    link: str,
    entry: Any,
    *,
    client: HttpClient,
    robots: Robots,
    outlet: str | None,
    languages: tuple[str, ...],
    on_created: ArticleHook | None,
    feed: Feed,
) -> tuple[Article, bool]:
    if not robots.allowed(link):
        raise FetchError("robots.txt does not allow fetching this page")
    page = client.get(link)
    kind = (page.headers.get("Content-Type") or "text/html").split(";")[0].strip().lower()
    if kind not in ("text/html", "application/xhtml+xml"):
        raise FetchError(f"not an HTML page ({kind})")
    html, notes = decode_bytes(page.body, name=link)
    published, date_note = entry_published(entry, languages=languages)
    draft = draft_from_html(
        html, outlet=outlet, published_at=published, source_name=f"Feed {feed.pk}: {feed}"
    )
    # The entry's link is the article's address (dedupe looks it up before fetching).
    draft.url = link
    if not draft.title and entry.get("title"):
        draft.title = str(entry["title"]).strip()
    draft.notes.extend(notes)
    if date_note:
        draft.notes.append(date_note)
    return article_store(draft=draft, on_created=on_created)


def _record(feed: Feed, report: FeedReport, now: datetime) -> None:
    feed.last_fetched_at = now
    feed.last_status = report.status
    feed.entries_seen = report.entries
    feed.articles_new = len(report.new)
    feed.articles_total += len(report.new)
    errors = [f"{url}: {why}" for url, why in report.entry_errors]
    if report.error:
        feed.failures += 1
        feed.last_error = "; ".join([report.error, *errors[:5]])[:ERROR_MAX]
        feed.next_fetch_at = now + backoff_delay(feed, feed.failures)
    else:
        feed.failures = 0
        shown = errors[:5] + ([f"… and {len(errors) - 5} more"] if len(errors) > 5 else [])
        feed.last_error = "; ".join(shown)[:ERROR_MAX]
        feed.next_fetch_at = now + timedelta(minutes=feed.interval_minutes)
    feed.save(
        update_fields=[
            "last_fetched_at",
            "last_status",
            "entries_seen",
            "articles_new",
            "articles_total",
            "failures",
            "last_error",
            "next_fetch_at",
            "etag",
            "last_modified",
        ]
    )


# ---------------------------------------------------------------------------- many feeds


def feeds_due(*, now: datetime | None = None) -> list[Feed]:
    from django.db.models import Q

    moment = now or timezone.now()
    return list(
        Feed.objects.filter(active=True)
        .filter(Q(next_fetch_at__isnull=True) | Q(next_fetch_at__lte=moment))
        .select_related("outlet")
        .order_by("next_fetch_at", "pk")
    )


def next_due_at() -> datetime | None:
    """When the next active feed is due (None: no active feed)."""
    feed = Feed.objects.filter(active=True).order_by("next_fetch_at").only("next_fetch_at").first()
    if feed is None:
        return None
    return feed.next_fetch_at or timezone.now()


# A loop fetching a feed moves its next fetch this far on first (`feed_claim`): another
# `fetch_feeds` loop (a second scheduler, another machine) then finds it not due; should the
# first die mid-fetch, the feed falls due again when the lease is over.
FETCH_LEASE = timedelta(minutes=10)


def feed_claim(feed: Feed, *, now: datetime | None = None) -> bool:
    """Take the feed for one fetch, unless another loop took it since `feed` was read: its
    next fetch moves from the value read to the end of the lease in one conditional UPDATE,
    which only one of two loops can win."""
    from django.db.models import Q

    read = feed.next_fetch_at
    unchanged = Q(next_fetch_at__isnull=True) if read is None else Q(next_fetch_at=read)
    lease_end = (now or timezone.now()) + FETCH_LEASE
    return Feed.objects.filter(unchanged, pk=feed.pk).update(next_fetch_at=lease_end) == 1


def feeds_fetch(
    feeds: Iterable[Feed],
    *,
    client: HttpClient | None = None,
    on_created: ArticleHook | None = None,
    on_report: Callable[[FeedReport], None] | None = None,
    claim: bool = False,
) -> list[FeedReport]:
    """Fetch each feed in turn; one feed's failure (even an unforeseen one) never stops the
    others. Robots rules are read once for the whole run. With `claim`, a feed another loop
    has taken since it was read (`feed_claim`) is skipped."""
    client = client or HttpClient.from_settings()
    robots = Robots(client)
    reports: list[FeedReport] = []
    for feed in feeds:
        if claim and not feed_claim(feed):
            logger.info("feed %s is being fetched by another loop; skipped", feed.pk)
            continue
        try:
            report = feed_fetch(feed, client=client, robots=robots, on_created=on_created)
        except Exception as error:  # a bug in one feed must not stop the rest
            logger.exception("fetching feed %s failed", feed.pk)
            report = FeedReport(feed=feed, error=f"{type(error).__name__}: {error}"[:ERROR_MAX])
            try:
                _record(feed, report, timezone.now())
            except DatabaseError:
                logger.exception("recording the failure of feed %s failed", feed.pk)
        reports.append(report)
        if on_report is not None:
            on_report(report)
    return reports
