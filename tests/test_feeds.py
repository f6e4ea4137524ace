"""Feeds: an RSS/Atom feed's new entries become articles through the ingestion of HTML pages;
an unchanged feed (304) adds nothing; a failing feed records its error and backs off without
stopping the others. A local HTTP server (pytest-httpserver) serves feeds and pages written
for these tests; nothing touches the internet."""

from __future__ import annotations

import socket
import time
from datetime import UTC, datetime, timedelta
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from articles.feeds import (
    FETCH_LEASE,
    HostThrottle,
    HttpClient,
    Robots,
    feed_claim,
    feed_fetch,
    feeds_due,
    feeds_fetch,
)
from articles.models import Article, Feed, Outlet

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")
AGENT = "Ereignischronik-Test/1.0"

PAGES = {
    "/artikel/1": (
        "Neuer Hafen in Kiel",
        "Der Wirtschaftsminister von Schleswig-Holstein hat am Montag in Kiel einen neuen "
        "Anleger für Fähren eröffnet. Nach Angaben der Landesregierung kostete der Bau rund "
        "vierzig Millionen Euro und dauerte zwei Jahre.",
        "Die ersten Schiffe sollen noch im Sommer anlegen, sagte ein Sprecher des Hafens am "
        "Nachmittag. Anwohner hatten sich zuvor über den Lärm der Baustelle beklagt.",
    ),
    "/artikel/2": (
        "Gespräche über Windkraft in Husum",
        "Vertreter von drei Bundesländern haben am Dienstag in Husum über den Ausbau der "
        "Windkraft an der Küste beraten. Die Runde verständigte sich auf gemeinsame Regeln "
        "für die Genehmigung neuer Anlagen.",
        "Ein weiteres Treffen ist für den Herbst in Bremen geplant, teilte die gastgebende "
        "Behörde nach dem Ende der Beratungen am Abend mit.",
    ),
    "/artikel/3": (
        "Brücke über die Schlei gesperrt",
        "Wegen Rissen im Beton ist die Klappbrücke über die Schlei seit Mittwoch für Autos "
        "gesperrt. Das Verkehrsministerium in Kiel kündigte eine Prüfung durch Gutachter an, "
        "die mehrere Wochen dauern soll.",
        "Pendler müssen bis dahin einen Umweg von rund zwanzig Kilometern fahren, hieß es "
        "aus dem Landratsamt. Fußgänger dürfen die Brücke weiter benutzen.",
    ),
}


def page_html(title: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (
        f'<!doctype html><html lang="de"><head><title>{title}</title></head><body>'
        f'<nav><a href="/">Start</a></nav><article><h1>{title}</h1>{body}</article>'
        "</body></html>"
    )


def rss(server: HTTPServer, paths: list[str], *, dates: dict[str, str] | None = None) -> str:
    items = []
    for path in paths:
        title = PAGES[path][0] if path in PAGES else path
        date = (dates or {}).get(path, "Mon, 13 May 2024 08:30:00 GMT")
        items.append(
            f"<item><title>{title}</title><link>{server.url_for(path)}</link>"
            f"<pubDate>{date}</pubDate></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        "<title>Küstenbote</title><link>http://example.invalid/</link>"
        f"<description>Nachrichten</description>{''.join(items)}</channel></rss>"
    )


def serve_pages(server: HTTPServer, robots: str = "User-agent: *\nDisallow: /privat/\n") -> None:
    server.expect_request("/robots.txt").respond_with_data(robots, content_type="text/plain")
    for path, (title, *paragraphs) in PAGES.items():
        server.expect_request(path).respond_with_data(
            page_html(title, *paragraphs), content_type="text/html; charset=utf-8"
        )


def client(*, timeout: float = 2.0, max_bytes: int = 5 * 1024 * 1024) -> HttpClient:
    return HttpClient(
        user_agent=AGENT, timeout=timeout, max_bytes=max_bytes, throttle=HostThrottle(60_000)
    )


def make_feed(server: HTTPServer, path: str = "/feed.xml", **fields: object) -> Feed:
    values: dict[str, object] = {"url": server.url_for(path), "name": "Küstenbote"}
    values.update(fields)
    return Feed.objects.create(**values)


def test_new_entries_become_articles(httpserver: HTTPServer) -> None:
    serve_pages(httpserver)
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss(httpserver, ["/artikel/1", "/artikel/2"]),
        content_type="application/rss+xml",
        headers={"ETag": '"v1"'},
    )
    outlet = Outlet.objects.create(name="Küstenbote")
    feed = make_feed(httpserver, outlet=outlet)
    now = datetime(2024, 5, 13, 12, 0, tzinfo=UTC)

    report = feed_fetch(feed, client=client(), now=now)

    assert not report.failed, report.error
    assert len(report.new) == 2 and report.entries == 2
    article = Article.objects.get(url=httpserver.url_for("/artikel/1"))
    assert article.title == "Neuer Hafen in Kiel"
    assert "Anleger für Fähren" in article.body and "Start" not in article.body
    assert article.input_format == Article.InputFormat.HTML
    assert article.outlet == outlet
    # The entry's pubDate (GMT), in Berlin time.
    assert article.published_at == datetime(2024, 5, 13, 10, 30, tzinfo=BERLIN)
    assert article.published_basis == Article.PublishedBasis.GIVEN
    feed.refresh_from_db()
    assert feed.last_status == 200 and feed.etag == '"v1"'
    assert (feed.entries_seen, feed.articles_new, feed.articles_total) == (2, 2, 2)
    assert feed.last_error == "" and feed.failures == 0
    assert feed.next_fetch_at == now + timedelta(minutes=feed.interval_minutes)
    # The pages were asked for with the honest User-Agent.
    agents = {request.headers.get("User-Agent") for request, _ in httpserver.log}
    assert agents == {AGENT}


def _conditional(body: str) -> object:
    def handler(request: Request) -> Response:
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304)
        return Response(body, content_type="application/rss+xml", headers={"ETag": '"v1"'})

    return handler


def test_an_unchanged_feed_adds_nothing(httpserver: HTTPServer) -> None:
    serve_pages(httpserver)
    httpserver.expect_request("/feed.xml").respond_with_handler(
        _conditional(rss(httpserver, ["/artikel/1"]))  # type: ignore[arg-type]
    )
    feed = make_feed(httpserver)
    feed_fetch(feed, client=client())
    stored = Article.objects.get()
    before = (stored.updated_at, stored.body)

    report = feed_fetch(feed, client=client())

    assert report.not_modified and not report.new and not report.failed
    feed.refresh_from_db()
    assert feed.last_status == 304 and feed.articles_new == 0 and feed.articles_total == 1
    assert Article.objects.count() == 1
    stored.refresh_from_db()
    assert (stored.updated_at, stored.body) == before
    page_requests = [r for r, _ in httpserver.log if r.path == "/artikel/1"]
    assert len(page_requests) == 1


def test_changed_entries_add_only_the_new_pages_and_touch_nothing_stored(
    httpserver: HTTPServer,
) -> None:
    serve_pages(httpserver)
    feed = make_feed(httpserver)
    httpserver.expect_oneshot_request("/feed.xml").respond_with_data(
        rss(httpserver, ["/artikel/1"]), content_type="application/rss+xml"
    )
    feed_fetch(feed, client=client())
    first = Article.objects.get()
    # The feed changes: a new entry, and the old one with another date.
    httpserver.expect_oneshot_request("/feed.xml").respond_with_data(
        rss(
            httpserver,
            ["/artikel/3", "/artikel/1"],
            dates={"/artikel/1": "Tue, 14 May 2024 09:00:00 GMT"},
        ),
        content_type="application/rss+xml",
    )

    report = feed_fetch(feed, client=client())

    assert [a.title for a in report.new] == ["Brücke über die Schlei gesperrt"]
    assert report.seen == 1
    old = Article.objects.get(pk=first.pk)
    assert old.published_at == first.published_at and old.updated_at == first.updated_at
    assert Article.objects.count() == 2


def test_broken_xml_is_recorded_and_backs_off(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/feed.xml").respond_with_data(
        "<rss><channel><item><title>Abgebrochen", content_type="application/rss+xml"
    )
    feed = make_feed(httpserver, interval_minutes=30)
    now = datetime(2024, 5, 13, 12, 0, tzinfo=UTC)

    report = feed_fetch(feed, client=client(), now=now)

    assert report.failed
    feed.refresh_from_db()
    assert "not an RSS or Atom feed" in feed.last_error
    assert feed.failures == 1 and feed.next_fetch_at == now + timedelta(minutes=60)
    feed_fetch(feed, client=client(), now=now)
    feed.refresh_from_db()
    assert feed.failures == 2 and feed.next_fetch_at == now + timedelta(minutes=120)
    for _ in range(10):
        feed_fetch(feed, client=client(), now=now)
    feed.refresh_from_db()
    assert feed.next_fetch_at == now + timedelta(minutes=24 * 60)  # capped
    assert not feeds_due(now=now + timedelta(hours=1))


def test_a_web_page_is_not_a_feed(httpserver: HTTPServer) -> None:
    serve_pages(httpserver)
    feed = make_feed(httpserver, "/artikel/1")
    report = feed_fetch(feed, client=client())
    assert report.failed and "not an RSS or Atom feed" in report.error
    assert not Article.objects.exists()


def test_a_slow_server_times_out(httpserver: HTTPServer) -> None:
    def slow(request: Request) -> Response:
        time.sleep(1.5)
        return Response(rss(httpserver, []), content_type="application/rss+xml")

    httpserver.expect_request("/feed.xml").respond_with_handler(slow)
    feed = make_feed(httpserver)
    report = feed_fetch(feed, client=client(timeout=0.3))
    assert report.failed and "timed out" in report.error
    feed.refresh_from_db()
    assert "timed out" in feed.last_error and feed.failures == 1


def test_redirects_are_followed(httpserver: HTTPServer) -> None:
    serve_pages(httpserver)
    httpserver.expect_request("/alt/feed").respond_with_data(
        "", status=301, headers={"Location": httpserver.url_for("/feed.xml")}
    )
    httpserver.expect_request("/kurz/2").respond_with_data(
        "", status=302, headers={"Location": httpserver.url_for("/artikel/2")}
    )
    body = rss(httpserver, []).replace(
        "</channel>",
        f"<item><title>Windkraft</title><link>{httpserver.url_for('/kurz/2')}</link></item>"
        "</channel>",
    )
    httpserver.expect_request("/feed.xml").respond_with_data(
        body, content_type="application/rss+xml"
    )
    feed = make_feed(httpserver, "/alt/feed")

    report = feed_fetch(feed, client=client())

    assert not report.failed, report.error
    article = Article.objects.get()
    assert article.title == "Gespräche über Windkraft in Husum"
    assert article.url == httpserver.url_for("/kurz/2")  # the entry's link, deduped by it


def test_a_20_mb_page_is_refused(httpserver: HTTPServer) -> None:
    serve_pages(httpserver)
    huge = page_html("Sehr lang", *PAGES["/artikel/1"][1:]) + " " * (20 * 1024 * 1024)
    httpserver.expect_request("/gross").respond_with_data(huge, content_type="text/html")
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss(httpserver, ["/gross", "/artikel/2"]), content_type="application/rss+xml"
    )
    feed = make_feed(httpserver)

    report = feed_fetch(feed, client=client())

    assert [a.title for a in report.new] == ["Gespräche über Windkraft in Husum"]
    [(url, why)] = report.entry_errors
    assert url.endswith("/gross") and "over the limit" in why
    feed.refresh_from_db()
    assert feed.failures == 0 and "over the limit" in feed.last_error


def test_the_size_cap_holds_without_a_content_length(httpserver: HTTPServer) -> None:
    def stream(request: Request) -> Response:
        return Response((b"<p>" + b"x" * 65536 for _ in range(200)), content_type="text/html")

    httpserver.expect_request("/strom").respond_with_handler(stream)
    with pytest.raises(Exception, match="over the limit"):
        client(max_bytes=1024 * 1024).get(httpserver.url_for("/strom"))


def test_robots_txt_is_respected(httpserver: HTTPServer) -> None:
    serve_pages(httpserver)
    httpserver.expect_request("/privat/1").respond_with_data(
        page_html(*PAGES["/artikel/1"]), content_type="text/html"
    )
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss(httpserver, ["/privat/1"]), content_type="application/rss+xml"
    )
    feed = make_feed(httpserver)

    report = feed_fetch(feed, client=client())

    assert not Article.objects.exists()
    assert "robots.txt" in report.entry_errors[0][1]
    assert not [r for r, _ in httpserver.log if r.path == "/privat/1"]
    # Nothing could be stored: the feed backs off.
    feed.refresh_from_db()
    assert feed.failures == 1 and "robots.txt" in feed.last_error


def test_a_page_that_is_not_an_article_is_an_entry_error(httpserver: HTTPServer) -> None:
    serve_pages(httpserver)
    httpserver.expect_request("/leer").respond_with_data(
        "<html><body><nav><a href='/'>Start</a></nav></body></html>", content_type="text/html"
    )
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss(httpserver, ["/leer", "/artikel/1"]), content_type="application/rss+xml"
    )
    report = feed_fetch(make_feed(httpserver), client=client())
    assert len(report.new) == 1
    assert "no article text" in report.entry_errors[0][1]


def test_an_article_stored_already_is_not_fetched_again(httpserver: HTTPServer) -> None:
    serve_pages(httpserver)
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss(httpserver, ["/artikel/1"]), content_type="application/rss+xml"
    )
    Article.objects.create(
        title="Schon da",
        body="Bereits gespeichert.",
        raw_content="Bereits gespeichert.",
        input_format="text",
        url=httpserver.url_for("/artikel/1"),
        content_hash="0" * 64,
    )
    report = feed_fetch(make_feed(httpserver), client=client())
    assert report.seen == 1 and not report.new
    assert Article.objects.get().title == "Schon da"
    assert not [r for r, _ in httpserver.log if r.path == "/artikel/1"]


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_one_failing_feed_does_not_stop_another(httpserver: HTTPServer) -> None:
    serve_pages(httpserver)
    httpserver.expect_request("/kaputt.xml").respond_with_data("Fehler", status=500)
    httpserver.expect_request("/fehlt.xml").respond_with_data("Nicht da", status=404)
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss(httpserver, ["/artikel/2"]), content_type="application/rss+xml"
    )
    broken = make_feed(httpserver, "/kaputt.xml", name="Kaputt")
    missing = make_feed(httpserver, "/fehlt.xml", name="Fehlt")
    refused = Feed.objects.create(url=f"http://127.0.0.1:{_closed_port()}/feed.xml", name="Zu")
    good = make_feed(httpserver, name="Gut")

    reports = feeds_fetch([broken, missing, refused, good], client=client())

    assert [r.failed for r in reports] == [True, True, True, False]
    assert len(reports[3].new) == 1
    broken.refresh_from_db()
    missing.refresh_from_db()
    refused.refresh_from_db()
    assert broken.last_status == 500 and "HTTP 500" in broken.last_error
    assert missing.last_status == 404 and "HTTP 404" in missing.last_error
    assert "cannot connect" in refused.last_error and refused.last_status is None


def test_the_throttle_spaces_requests_to_one_host() -> None:
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    throttle = HostThrottle(6, clock=lambda: now[0], sleep=sleep)
    throttle.wait("http://a.example/1")
    throttle.wait("http://b.example/1")  # another host: no wait
    now[0] += 4
    throttle.wait("http://a.example/2")
    assert slept == [6.0]  # 10 s between two requests to a.example


def test_robots_rules_are_read_once_per_host(httpserver: HTTPServer) -> None:
    serve_pages(httpserver)
    robots = Robots(client())
    assert robots.allowed(httpserver.url_for("/artikel/1"))
    assert not robots.allowed(httpserver.url_for("/privat/2"))
    assert len([r for r, _ in httpserver.log if r.path == "/robots.txt"]) == 1


def test_the_command_prints_what_it_did_per_feed(httpserver: HTTPServer) -> None:
    serve_pages(httpserver)
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss(httpserver, ["/artikel/1", "/artikel/2"]), content_type="application/rss+xml"
    )
    httpserver.expect_request("/kaputt.xml").respond_with_data("<rss><chan", status=200)
    good = make_feed(httpserver)
    bad = make_feed(httpserver, "/kaputt.xml", name="Kaputt")
    Feed.objects.create(url="http://127.0.0.1:9/aus.xml", name="Aus", active=False)
    out, err = StringIO(), StringIO()

    call_command("fetch_feeds", "--once", "--no-extract", stdout=out, stderr=err)

    assert f"feed {good.pk} «Küstenbote»: 2 entries, new 2, seen 0, errors 0" in out.getvalue()
    assert f"error: feed {bad.pk} «Kaputt»: not an RSS or Atom feed" in err.getvalue()
    assert "feeds 2, new articles 2, failed feeds 1" in out.getvalue()
    # Nothing is due any more.
    out = StringIO()
    call_command("fetch_feeds", "--once", "--no-extract", stdout=out, stderr=StringIO())
    assert "no feed is due" in out.getvalue()


def test_the_admin_list_shows_each_feeds_state() -> None:
    admin = User.objects.create_superuser("chefin", password="pw-for-tests-only")
    browser = Client()
    browser.force_login(admin)
    Feed.objects.create(
        url="https://rundschau.example/feed.xml",
        name="Rundschau",
        last_fetched_at=datetime(2024, 5, 13, 12, 0, tzinfo=UTC),
        last_status=500,
        failures=2,
        last_error="HTTP 500 Internal Server Error",
    )
    Feed.objects.create(url="https://bote.example/rss", name="Bote")

    html = browser.get(reverse("admin:articles_feed_changelist")).content.decode()

    assert "Rundschau" in html and "Bote" in html
    assert "HTTP-Status" in html and "Nächster Abruf" in html
    assert "Fehler (2×): HTTP 500 Internal Server Error" in html
    assert "noch nie abgerufen" in html


def test_the_admin_refuses_a_feed_address_that_is_not_http() -> None:
    admin = User.objects.create_superuser("chefin", password="pw-for-tests-only")
    browser = Client()
    browser.force_login(admin)
    response = browser.post(
        reverse("admin:articles_feed_add"),
        {"url": "ftp://bote.example/rss", "language": "de", "active": "on", "interval_minutes": 30},
    )
    assert response.status_code == 200
    assert not Feed.objects.exists()


def test_the_demo_site_serves_the_demo_articles_as_a_feed() -> None:
    from articles.demo_feed import demo_items, demo_site

    # The last entry is the first article again under another address: deduped by its text.
    items = [*demo_items()[:3], {**demo_items()[0], "published_at": None}]
    with demo_site(items) as url:
        report = feed_fetch(Feed.objects.create(url=url, name="Demo"), client=client())
    assert not report.failed, report.error
    assert report.entries == 4 and len(report.new) == 3 and report.seen == 1  # same text
    article = Article.objects.select_related("outlet").get(title=items[0]["title"])
    assert article.outlet is not None and article.outlet.name == items[0]["outlet"]
    assert article.published_at == datetime(2014, 3, 18, 17, 45, tzinfo=BERLIN)
    assert "Krim" in article.body


def test_demo_feeds_fetches_the_demo_corpus_from_a_local_feed() -> None:
    out = StringIO()
    call_command("demo", "--feeds", stdout=out, stderr=StringIO())
    assert "demo feed http://127.0.0.1:" in out.getvalue()
    assert "26 entries, new 26, seen 0, errors 0" in out.getvalue()
    assert Article.objects.count() == 26
    assert not Article.objects.exclude(extraction_status=Article.ExtractionStatus.DONE).exists()
    out = StringIO()
    call_command("demo", "--feeds", stdout=out, stderr=StringIO())
    assert "new 0, seen 26" in out.getvalue() and Article.objects.count() == 26


def test_two_loops_do_not_fetch_the_same_feed(httpserver: HTTPServer) -> None:
    serve_pages(httpserver)
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss(httpserver, ["/artikel/1"]), content_type="application/rss+xml"
    )
    make_feed(httpserver)
    # Both loops read the due feeds; the first takes the feed, the second finds it taken.
    first, second = feeds_due(), feeds_due()
    assert [f.pk for f in first] == [f.pk for f in second]
    assert feed_claim(second[0])
    reports = feeds_fetch(first, client=client(), claim=True)
    assert reports == []
    assert not [r for r, _ in httpserver.log if r.path == "/feed.xml"]
    assert feeds_due() == []  # leased: not due for the other loops either
    # The loop that took it fetches it (reading it afresh) and sets its next fetch.
    taken = Feed.objects.get(pk=second[0].pk)
    [report] = feeds_fetch([taken], client=client())
    assert len(report.new) == 1
    taken.refresh_from_db()
    assert taken.next_fetch_at is not None
    assert taken.next_fetch_at > datetime.now(UTC) + timedelta(minutes=taken.interval_minutes - 1)
    assert not feed_claim(second[0])  # what it read is out of date


def test_a_feed_claim_lasts_the_lease(httpserver: HTTPServer) -> None:
    feed = make_feed(httpserver)
    now = datetime(2024, 5, 13, 12, 0, tzinfo=UTC)
    assert feed_claim(feed, now=now)
    feed.refresh_from_db()
    assert feed.next_fetch_at == now + FETCH_LEASE
    assert [f.pk for f in feeds_due(now=now + FETCH_LEASE)] == [feed.pk]
