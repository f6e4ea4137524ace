"""The demo corpus as a news site: a local HTTP server (a thread, 127.0.0.1, a free port) that
serves `articles.jsonl` as an RSS feed, one HTML page per article and a `robots.txt`, for
`manage.py demo --feeds` to show the feed fetcher at work without the internet."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from articles.publication_dates import PublicationDateError, parse_publication_date

DEMO_ARTICLES = Path(__file__).resolve().parent / "demo" / "articles.jsonl"


def demo_items(path: Path = DEMO_ARTICLES) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def page_html(item: dict[str, Any]) -> str:
    title = escape(str(item.get("title") or ""))
    paragraphs = "".join(
        f"<p>{escape(part.strip())}</p>" for part in str(item["text"]).split("\n") if part.strip()
    )
    meta = ""
    if item.get("outlet"):
        meta += f'<meta property="og:site_name" content="{escape(str(item["outlet"]))}">'
    return (
        f'<!doctype html><html lang="de"><head><meta charset="utf-8"><title>{title}</title>'
        f"{meta}</head><body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )


def feed_xml(items: list[dict[str, Any]], base: str) -> str:
    entries = []
    for number, item in enumerate(items, start=1):
        date = ""
        if item.get("published_at"):
            try:
                moment = parse_publication_date(str(item["published_at"]))
                date = f"<pubDate>{format_datetime(moment)}</pubDate>"
            except PublicationDateError:
                pass
        entries.append(
            f"<item><title>{escape(str(item.get('title') or ''))}</title>"
            f"<link>{base}/artikel/{number}</link><guid>{base}/artikel/{number}</guid>"
            f"{date}</item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Ereignischronik-Demo</title><link>{base}/</link>"
        f"<description>Die Demo-Artikel als Feed</description>{''.join(entries)}"
        "</channel></rss>"
    )


@contextmanager
def demo_site(items: list[dict[str, Any]] | None = None) -> Iterator[str]:
    """Serve the demo articles while the block runs; yields the feed's URL."""
    articles = items if items is not None else demo_items()
    site: dict[str, str] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            base = site["base"]
            if self.path == "/feed.xml":
                self._send(feed_xml(articles, base), "application/rss+xml")
            elif self.path == "/robots.txt":
                self._send("User-agent: *\nAllow: /\n", "text/plain")
            elif self.path.startswith("/artikel/") and self.path[9:].isdigit():
                number = int(self.path[9:])
                if 1 <= number <= len(articles):
                    self._send(page_html(articles[number - 1]), "text/html")
                    return
                self.send_error(404)
            else:
                self.send_error(404)

        def _send(self, text: str, kind: str) -> None:
            body = text.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", f"{kind}; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # quiet: the command reports what it fetched

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    site["base"] = f"http://127.0.0.1:{server.server_port}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"{site['base']}/feed.xml"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
