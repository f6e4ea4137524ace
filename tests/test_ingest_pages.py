"""HTML pages: the outlet and the time of publication come from the page's own metadata; short
headlines and subheadings survive cleaning (texts written for these tests)."""

from __future__ import annotations

from datetime import datetime
from io import StringIO
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command

from articles.cleaning import clean_text
from articles.models import Article

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")

BODY = """<article><h1>Gespräch in Wien</h1>
<p>Der österreichische Bundeskanzler hat am Donnerstag in Wien den Ministerpräsidenten von Ungarn empfangen. Die beiden sprachen nach Angaben der Regierung über Energiefragen und die Lage an der Grenze.</p>
<h2>Treffen im Kanzleramt</h2>
<p>Das Treffen im Kanzleramt dauerte rund zwei Stunden, wie ein Sprecher am Abend mitteilte. Weitere Gespräche sollen im Herbst folgen, hieß es aus Regierungskreisen in Wien.</p>
</article>"""

OPEN_GRAPH = f"""<!doctype html><html lang="de"><head><title>Gespräch in Wien | Rundschau</title>
<meta property="og:site_name" content="Rundschau Online">
<meta property="article:published_time" content="2024-05-23T14:35:00+02:00">
</head><body><nav><a href="/">Start</a></nav>{BODY}</body></html>"""

JSON_LD = f"""<!doctype html><html lang="de"><head><title>Gespräch in Wien</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@graph": [
 {{"@type": "NewsArticle", "headline": "Gespräch in Wien",
   "datePublished": "2024-05-23T09:05:00+02:00",
   "publisher": {{"@type": "Organization", "name": "Donaukurier Beispiel"}}}}]}}</script>
</head><body>{BODY}</body></html>"""


def ingest_page(tmp_path: Path, html: str, *args: str) -> Article:
    path = tmp_path / "seite.html"
    path.write_text(html, encoding="utf-8")
    call_command("ingest", "--no-extract", *args, str(path), stdout=StringIO())
    return Article.objects.select_related("outlet").get()


def test_the_outlet_and_time_come_from_open_graph(tmp_path: Path) -> None:
    article = ingest_page(tmp_path, OPEN_GRAPH)
    assert article.outlet is not None and article.outlet.name == "Rundschau Online"
    assert article.published_at == datetime(2024, 5, 23, 14, 35, tzinfo=BERLIN)
    assert article.published_basis == Article.PublishedBasis.METADATA


def test_the_outlet_and_time_come_from_the_json_ld_publisher(tmp_path: Path) -> None:
    article = ingest_page(tmp_path, JSON_LD)
    assert article.outlet is not None and article.outlet.name == "Donaukurier Beispiel"
    assert article.published_at == datetime(2024, 5, 23, 9, 5, tzinfo=BERLIN)


def test_a_given_outlet_and_date_win_over_the_page(tmp_path: Path) -> None:
    article = ingest_page(
        tmp_path, OPEN_GRAPH, "--outlet", "Agentur", "--published-at", "2024-05-24"
    )
    assert article.outlet is not None and article.outlet.name == "Agentur"
    assert article.published_at == datetime(2024, 5, 24, tzinfo=BERLIN)


def test_short_headlines_stay_in_title_and_body(tmp_path: Path) -> None:
    article = ingest_page(tmp_path, OPEN_GRAPH)
    assert article.title == "Gespräch in Wien"
    assert "Treffen im Kanzleramt\n\nDas Treffen im Kanzleramt dauerte" in article.body


def test_a_short_headline_of_plain_text_is_the_title() -> None:
    cleaned = clean_text(
        "Gespräch in Wien\n\n23.05.2024\n\n"
        "Der Bundeskanzler hat am Donnerstag in Wien den Ministerpräsidenten empfangen.\n\n"
        "Treffen im Kanzleramt\n\n"
        "Das Treffen dauerte rund zwei Stunden, wie ein Sprecher am Abend mitteilte.\n"
    )
    assert cleaned.title == "Gespräch in Wien"
    assert cleaned.body.split("\n\n")[1] == "Treffen im Kanzleramt"
    assert cleaned.published_at == datetime(2024, 5, 23)


def test_navigation_section_names_and_bylines_still_go() -> None:
    cleaned = clean_text(
        "Politik\nAusland\nWirtschaft\n\nRegionales Wetter\n\nSport und Freizeit\n\n"
        "Von Anna Beispiel\n\n"
        "Gespräch in Wien\n\n"
        "Der Bundeskanzler hat am Donnerstag in Wien den Ministerpräsidenten empfangen.\n\n"
        "Politik\n\nTeilen\n"
    )
    assert cleaned.title == "Gespräch in Wien"
    assert cleaned.body == (
        "Der Bundeskanzler hat am Donnerstag in Wien den Ministerpräsidenten empfangen."
    )
    for gone in ("Politik", "Ausland", "Regionales Wetter", "Sport und Freizeit", "Von Anna"):
        assert gone in cleaned.removed_lines or any(gone in r for r in cleaned.removed_lines)
