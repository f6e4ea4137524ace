"""Ingestion: each input kind, each bad input, and idempotence — with inputs written here."""

from __future__ import annotations

import json
from datetime import datetime
from io import StringIO
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")

SCRAPED = """Erstellt von - Uhr

Staatsbesuch: Kanzlerin reist nach Warschau

Die Bundeskanzlerin will in Warschau über die Zusammenarbeit beider Länder sprechen.

Die Kanzlerin beim Verlassen des Flugzeugs. (Foto) Suche
Die Kanzlerin beim Verlassen des Flugzeugs. Bild: picture alliance/dpa | Erika Beispiel

Die Bundeskanzlerin ist am Dienstag zu einem eintägigen Besuch nach Polen gereist. Dort traf sie den polnischen Regierungschef zu einem Gespräch über Handel und Sicherheit.

Folgen Sie Beispiel.de schon bei Facebook und WhatsApp? Hier gibt es mehr.

+++ Redaktioneller Hinweis: Diese Meldung beruht auf Agenturmaterial. +++

Kommentare

Weiterlesen

12 Interaktionen
Neuer Streit
3 Interaktionen
Wetterlage

MEHR IN NEWS

Sport
Fussball
"""


def run_ingest(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("ingest", "--no-extract", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_it_cleans_scraped_text_and_keeps_the_raw(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SCRAPED, encoding="utf-8")
    out, _ = run_ingest(str(tmp_path / "a.txt"))
    assert "ingested 1, duplicates 0, failed 0" in out
    article = Article.objects.get()
    assert article.title == "Staatsbesuch: Kanzlerin reist nach Warschau"
    assert "am Dienstag zu einem eintägigen Besuch nach Polen" in article.body
    for furniture in (
        "Weiterlesen",
        "Interaktionen",
        "Folgen Sie",
        "Bild:",
        "(Foto)",
        "Redaktioneller Hinweis",
        "MEHR IN",
        "Erstellt von",
        "Kommentare",
    ):
        assert furniture not in article.body
    assert article.raw_content == SCRAPED
    assert article.published_at is None
    assert article.published_basis == Article.PublishedBasis.UNKNOWN
    assert article.language == "de"


def test_it_is_a_no_op_the_second_time(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SCRAPED, encoding="utf-8")
    run_ingest(str(tmp_path))
    out, _ = run_ingest(str(tmp_path))
    assert "ingested 0, duplicates 1, failed 0" in out
    assert Article.objects.count() == 1


def test_it_reads_the_date_line(tmp_path: Path) -> None:
    text = "Freitag, 16. Dezember 2022, 11:35 Uhr\n\nGipfel in Brüssel\n\n" + (
        "Die Staats- und Regierungschefs der EU haben am Donnerstag in Brüssel beraten."
    )
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    run_ingest(str(tmp_path / "b.txt"))
    article = Article.objects.get()
    assert article.published_at == datetime(2022, 12, 16, 11, 35, tzinfo=BERLIN)
    assert article.published_basis == Article.PublishedBasis.TEXT
    assert "16. Dezember 2022" not in article.body


def test_it_reads_a_numeric_date_line(tmp_path: Path) -> None:
    text = "23.05.2024\n\nDer Präsident empfing am Mittwoch seinen Amtskollegen in der Hauptstadt."
    (tmp_path / "c.txt").write_text(text, encoding="utf-8")
    run_ingest(str(tmp_path / "c.txt"))
    assert Article.objects.get().published_at == datetime(2024, 5, 23, tzinfo=BERLIN)


def test_the_options_override(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SCRAPED, encoding="utf-8")
    run_ingest("--published-at", "2024-05-21", "--outlet", "Testblatt", str(tmp_path))
    article = Article.objects.get()
    assert article.published_at == datetime(2024, 5, 21, tzinfo=BERLIN)
    assert article.published_basis == Article.PublishedBasis.GIVEN
    assert article.outlet is not None and article.outlet.name == "Testblatt"


def test_a_bad_published_at_option_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="--published-at"):
        run_ingest("--published-at", "gestern", str(tmp_path))


def test_it_reads_html_pages(tmp_path: Path) -> None:
    html = """<!doctype html><html lang="de"><head>
    <title>Treffen in Genf | Beispielzeitung</title>
    <meta property="og:title" content="Treffen in Genf">
    <meta property="article:published_time" content="2021-06-16T18:30:00+02:00">
    <link rel="canonical" href="https://example.org/politik/treffen-in-genf">
    </head><body><nav><ul><li>Startseite</li><li>Politik</li></ul></nav>
    <article><h1>Treffen in Genf</h1>
    <p>Die Präsidenten der beiden Staaten sind am Mittwoch in Genf zu ihrem ersten Gipfeltreffen
    zusammengekommen. Die Gespräche in einer Villa am Seeufer dauerten mehrere Stunden.</p>
    <p>Beide Seiten vereinbarten, ihre Botschafter wieder in die jeweiligen Hauptstädte zu
    entsenden und Gespräche über Rüstungskontrolle aufzunehmen.</p>
    </article><footer>Impressum · Datenschutz</footer></body></html>"""
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    run_ingest(str(tmp_path / "page.html"))
    article = Article.objects.get()
    assert article.input_format == Article.InputFormat.HTML
    assert article.title == "Treffen in Genf"
    assert "ersten Gipfeltreffen" in article.body
    assert "Impressum" not in article.body
    assert article.url == "https://example.org/politik/treffen-in-genf"
    assert article.published_at is not None
    assert article.published_at.astimezone(BERLIN).date().isoformat() == "2021-06-16"
    assert article.published_basis == Article.PublishedBasis.METADATA
    assert article.raw_content == html


def test_it_reads_json_lines_and_reports_a_broken_line(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "text": "Der Außenminister reiste am Montag nach Peking und traf dort "
                "seinen Amtskollegen.",
                "title": "Reise nach Peking",
                "url": "https://example.org/1",
                "published_at": "2024-04-08T10:00:00+02:00",
                "outlet": "Beispielagentur",
            }
        ),
        '{"text": "kaputt", ',
        json.dumps(
            {
                "text": "Die Regierungschefs unterzeichneten am Freitag ein Abkommen über "
                "die Zusammenarbeit in der Energiepolitik.",
                "url": "https://example.org/2",
            }
        ),
        json.dumps({"title": "ohne Text"}),
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = StringIO()
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("ingest", "--no-extract", str(tmp_path), stdout=out, stderr=err)
    assert "ingested 2, duplicates 0, failed 2" in out.getvalue()
    assert "line 2: broken JSON" in err.getvalue()
    assert "line 4: the 'text' field is missing or empty" in err.getvalue()
    first = Article.objects.get(url="https://example.org/1")
    assert first.title == "Reise nach Peking"
    assert first.outlet is not None and first.outlet.name == "Beispielagentur"
    assert first.published_basis == Article.PublishedBasis.GIVEN
    second = Article.objects.get(url="https://example.org/2")
    assert second.published_at is None


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    ],
)
def test_bad_files_are_reported_and_store_nothing(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    (tmp_path / "bad.txt").write_bytes(content)
    (tmp_path / "good.txt").write_text(SCRAPED, encoding="utf-8")
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError):
        call_command("ingest", "--no-extract", str(tmp_path), stdout=out, stderr=err)
    assert "bad.txt" in err.getvalue() and reason in err.getvalue()
    assert "ingested 1, duplicates 0, failed 1" in out.getvalue()
    assert Article.objects.count() == 1


def test_a_file_over_the_size_cap_is_refused(tmp_path: Path, settings) -> None:
    settings.ARTICLE_MAX_BYTES = 2048
    (tmp_path / "big.txt").write_text("Der Präsident reiste ab. " * 200, encoding="utf-8")
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError):
        call_command("ingest", "--no-extract", str(tmp_path), stdout=out, stderr=err)
    assert "over the limit" in err.getvalue()
    assert Article.objects.count() == 0


def test_windows_1252_is_decoded(tmp_path: Path) -> None:
    text = (
        "Gespräche in Moskau\n\n"
        "Die Außenminister trafen sich am Donnerstag zu Gesprächen über die Lage."
    )
    (tmp_path / "latin.txt").write_bytes(text.encode("cp1252"))
    out, _ = run_ingest(str(tmp_path))
    article = Article.objects.get()
    assert "Außenminister" in article.body
    assert "Windows-1252" in article.ingest_notes
    assert "Windows-1252" in out


def test_mixed_encodings_are_decoded_line_by_line(tmp_path: Path) -> None:
    good = "Die Außenminister trafen sich am Donnerstag zu Gesprächen.\n".encode()
    bad = "Die Gespräche über Zölle dauern an und werden fortgesetzt.\n".encode("cp1252")
    (tmp_path / "mixed.txt").write_bytes(good + bad)
    run_ingest(str(tmp_path))
    article = Article.objects.get()
    assert "Gespräche über Zölle" in article.body
    assert "mixed encodings: lines 2" in article.ingest_notes


def test_non_german_text_is_stored_and_flagged(tmp_path: Path) -> None:
    text = (
        "The president travelled to the capital on Thursday for talks with the prime "
        "minister of the neighbouring country, and the two leaders signed an agreement."
    )
    (tmp_path / "en.txt").write_text(text, encoding="utf-8")
    out, _ = run_ingest(str(tmp_path))
    article = Article.objects.get()
    assert article.language == "en"
    assert not article.is_german
    assert "not German" in out


def test_a_missing_path_fails_without_stopping_the_batch(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SCRAPED, encoding="utf-8")
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError):
        call_command(
            "ingest",
            "--no-extract",
            str(tmp_path / "nope.txt"),
            str(tmp_path / "a.txt"),
            stdout=out,
            stderr=err,
        )
    assert "no such file" in err.getvalue()
    assert Article.objects.count() == 1


def test_only_furniture_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "f.txt").write_text("Weiterlesen\n\n12 Interaktionen\nSport\n", encoding="utf-8")
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError):
        call_command("ingest", "--no-extract", str(tmp_path), stdout=out, stderr=err)
    assert "no article text" in err.getvalue()
