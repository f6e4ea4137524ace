"""Publication dates in every shape sources write them, read through dateparser: formats,
languages, time zones, relative dates against the crawl time, refusals. Dates and texts are
written for these tests."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from datetime import UTC, date, datetime
from email.utils import format_datetime
from io import StringIO
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.core.management import CommandError, call_command
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.cleaning import clean_text, find_date_line
from articles.models import Article
from articles.publication_dates import PublicationDateError, parse_publication_date

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 12, 3)
CRAWLED = datetime(2024, 5, 23, 16, 0, tzinfo=BERLIN)


def parse(value: str, **options: object) -> datetime:
    return parse_publication_date(value, today=TODAY, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("23.05.2024 14:05", datetime(2024, 5, 23, 14, 5, tzinfo=BERLIN)),
        ("Donnerstag, 23. Mai 2024, 14:05 Uhr", datetime(2024, 5, 23, 14, 5, tzinfo=BERLIN)),
        ("Donnerstag, den 23. Mai 2024 um 14:05 Uhr", datetime(2024, 5, 23, 14, 5, tzinfo=BERLIN)),
        ("2024-05-23T14:05:00+02:00", datetime(2024, 5, 23, 14, 5, tzinfo=BERLIN)),
        ("Thu, 23 May 2024 12:05:00 GMT", datetime(2024, 5, 23, 14, 5, tzinfo=BERLIN)),
        ("23 mai 2024", datetime(2024, 5, 23, tzinfo=BERLIN)),
        ("jeudi 23 mai 2024 à 14h05", datetime(2024, 5, 23, 14, 5, tzinfo=BERLIN)),
        ("2024-05-23", datetime(2024, 5, 23, tzinfo=BERLIN)),
        # German order for numbers: the 5th of June, not the 6th of May.
        ("05.06.2024", datetime(2024, 6, 5, tzinfo=BERLIN)),
    ],
)
def test_each_source_format_is_read_with_its_time_of_day(value: str, expected: datetime) -> None:
    found = parse(value)
    assert found == expected
    assert found.tzinfo == BERLIN


def test_a_late_evening_article_stays_on_its_day_in_berlin() -> None:
    for value in (
        "2024-05-23T23:30:00+02:00",
        "2024-05-23T21:30:00Z",
        "Thu, 23 May 2024 21:30:00 GMT",
    ):
        found = parse(value)
        assert (found.date(), found.hour, found.minute) == (date(2024, 5, 23), 23, 30), value


def test_a_winter_evening_is_read_in_central_european_time() -> None:
    found = parse("14.12.2023 23:45")
    assert found.utcoffset() is not None and found.utcoffset().total_seconds() == 3600  # type: ignore[union-attr]
    assert found.astimezone(UTC) == datetime(2023, 12, 14, 22, 45, tzinfo=UTC)


def test_a_wall_clock_time_is_read_in_the_sources_time_zone() -> None:
    found = parse("23.05.2024 23:30", zone="America/New_York")
    assert found.tzinfo == ZoneInfo("America/New_York")
    assert found.astimezone(BERLIN) == datetime(2024, 5, 24, 5, 30, tzinfo=BERLIN)


def test_a_relative_date_counts_back_from_the_crawl_time() -> None:
    assert parse("vor 3 Stunden", crawled_at=CRAWLED) == datetime(2024, 5, 23, 13, tzinfo=BERLIN)
    # The crawl time in UTC is the same moment.
    in_utc = CRAWLED.astimezone(UTC)
    assert parse("vor 3 Stunden", crawled_at=in_utc) == datetime(2024, 5, 23, 13, tzinfo=BERLIN)
    assert parse("gestern", crawled_at=CRAWLED).date() == date(2024, 5, 22)


@pytest.mark.parametrize("value", ["vor 3 Stunden", "gestern", "heute, 14:05 Uhr"])
def test_a_relative_date_without_a_crawl_time_is_refused(value: str) -> None:
    with pytest.raises(PublicationDateError, match="relative to when it was read"):
        parse(value)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("31.02.2024", "no date"),
        ("2024-02-31", "no date"),
        ("30. Februar 2024", "no date"),
        ("Mai 2024", "needs day, month and year"),
        ("der Kanzler reist ab", "no date"),
        ("1716466500", "no date"),
        ("", "empty"),
        ("23.05.2024 " * 20, "too long"),
        ("1899-12-31", "before 1900-01-01"),
        ("0001-01-01", "before 1900-01-01"),
        ("15. März 1848", "before 1900-01-01"),
        ("31.12.2999", "after 2027-12-04"),
        ("9999-12-31T23:30:00-05:00", "after"),
    ],
)
def test_impossible_out_of_range_and_garbage_are_refused(value: str, reason: str) -> None:
    with pytest.raises(PublicationDateError, match=reason):
        parse(value)


def test_an_unknown_time_zone_is_refused() -> None:
    with pytest.raises(PublicationDateError, match="unknown time zone"):
        parse("23.05.2024", zone="Europe/Atlantis")


GERMAN_WEEKDAYS = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()
GERMAN_MONTHS = (
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)
FRENCH_MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()

minutes = st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(2026, 11, 30)).map(
    lambda moment: moment.replace(second=0, microsecond=0)
)


@settings(max_examples=40, deadline=None)
@given(minutes)
def test_a_wall_clock_time_round_trips_through_every_written_form(moment: datetime) -> None:
    forms = [
        f"{moment:%d.%m.%Y %H:%M}",
        f"{GERMAN_WEEKDAYS[moment.weekday()]}, {moment.day}. {GERMAN_MONTHS[moment.month - 1]} "
        f"{moment.year}, {moment:%H:%M} Uhr",
        f"{moment.day} {FRENCH_MONTHS[moment.month - 1]} {moment.year} {moment:%H:%M}",
        moment.isoformat(timespec="minutes"),
    ]
    for form in forms:
        assert parse(form).replace(tzinfo=None) == moment, form


@settings(max_examples=40, deadline=None)
@given(minutes)
def test_a_moment_with_its_offset_round_trips(moment: datetime) -> None:
    instant = moment.replace(tzinfo=UTC)
    for form in (instant.isoformat(), format_datetime(instant), format_datetime(instant, True)):
        assert parse(form).astimezone(UTC) == instant, form


# ------------------------------------------------------------------ date lines in scraped text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Freitag, 16. Dezember 2022, 11:35 Uhr", datetime(2022, 12, 16, 11, 35)),
        ("Stand: 23.05.2024, 14:05 Uhr | Lesezeit 3 Minuten", datetime(2024, 5, 23, 14, 5)),
        ("Aktualisiert am 23.05.2024 um 11:35", datetime(2024, 5, 23, 11, 35)),
        ("Donnerstag, den 23. Mai 2024", datetime(2024, 5, 23)),
        ("Veröffentlicht: 2024-05-23T14:05:00+02:00", datetime(2024, 5, 23, 14, 5)),
        # Spellings the hand-written pattern knew: Austrian months, Sonnabend, "Maerz".
        ("Montag, 15. Jänner 2024", datetime(2024, 1, 15)),
        ("3. Feber 2024", datetime(2024, 2, 3)),
        ("Sonnabend, 16. März 2024, 11:35 Uhr", datetime(2024, 3, 16, 11, 35)),
        ("5. Maerz 2024", datetime(2024, 3, 5)),
        # Shapes the hand-written pattern before dateparser missed.
        ("24.6.2023 - 09:48", datetime(2023, 6, 24, 9, 48)),
        ("publiziert: Mittwoch, 13. Dez 2023 / 18:40 Uhr", datetime(2023, 12, 13, 18, 40)),
        ("06.08.2019 · 23:04 Uhr", datetime(2019, 8, 6, 23, 4)),
        ("- Dienstag, 9. Juli 2024", datetime(2024, 7, 9)),
        # A date line is furniture whatever its year: the article's check drops the date.
        ("14.10.1066", datetime(1066, 10, 14)),
    ],
)
def test_a_date_line_is_read(line: str, expected: datetime) -> None:
    assert find_date_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Am 23. Mai 2024 trat der Minister nach langem Streit zurück.",
        "Olympia 2024",
        "Haushalt 2024 bis 2026",
        "31.02.2024",
        "vor 3 Stunden",
    ],
)
def test_other_lines_are_no_date_lines(line: str) -> None:
    assert find_date_line(line) is None


def test_the_date_line_becomes_the_cleaned_texts_date() -> None:
    cleaned = clean_text(
        "Gespräch in Wien\n\nDonnerstag, den 23. Mai 2024 um 14:05 Uhr\n\n"
        "Der Bundeskanzler hat am Donnerstag in Wien den Ministerpräsidenten empfangen.\n"
    )
    assert cleaned.published_at == datetime(2024, 5, 23, 14, 5)
    assert "Donnerstag, den 23. Mai 2024 um 14:05 Uhr" in cleaned.removed_lines


# ------------------------------------------------------------------ ingestion

TEXT = "Die Außenministerin reiste am Montag zu Gesprächen nach Warschau."


def _ingest_lines(tmp_path: Path, *records: dict[str, object]) -> tuple[str, str]:
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    out, err = StringIO(), StringIO()
    with contextlib.suppress(CommandError):  # a refused line makes the exit code non-zero
        call_command("ingest", "--no-extract", str(path), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.mark.django_db
def test_a_json_line_in_its_sources_shape_and_time_zone(tmp_path: Path) -> None:
    _ingest_lines(
        tmp_path,
        {"text": TEXT, "published_at": "Thu, 23 May 2024 21:30:00 GMT"},
        {
            "text": TEXT + " Eins.",
            "published_at": "vor 3 Stunden",
            "crawled_at": "23.05.2024 16:00",
        },
        {"text": TEXT + " Zwei.", "published_at": "23 mai 2024 23:30", "time_zone": "Europe/Paris"},
    )
    stored = [a.published_at for a in Article.objects.order_by("id")]
    assert stored == [
        datetime(2024, 5, 23, 23, 30, tzinfo=BERLIN),
        datetime(2024, 5, 23, 13, 0, tzinfo=BERLIN),
        datetime(2024, 5, 23, 23, 30, tzinfo=BERLIN),
    ]


@pytest.mark.django_db
def test_a_relative_json_date_without_crawl_time_refuses_the_line(tmp_path: Path) -> None:
    _out, err = _ingest_lines(tmp_path, {"text": TEXT, "published_at": "vor 3 Stunden"})
    assert "relative to when it was read" in err
    assert Article.objects.count() == 0


@pytest.mark.django_db
def test_the_command_line_date_may_be_written_in_german(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    call_command(
        "ingest",
        "--no-extract",
        "--published-at",
        "23. Mai 2024, 18:30 Uhr",
        str(tmp_path / "a.txt"),
        stdout=StringIO(),
    )
    assert Article.objects.get().published_at == datetime(2024, 5, 23, 18, 30, tzinfo=BERLIN)


@pytest.mark.django_db
def test_a_page_date_in_rfc_2822_keeps_its_time(tmp_path: Path) -> None:
    html = (
        '<!doctype html><html lang="de"><head><title>Gespräch in Wien</title>'
        '<meta name="pubdate" content="Thu, 23 May 2024 12:05:00 GMT"></head><body><article>'
        f"<p>{TEXT} Die beiden sprachen nach Angaben der Regierung lange über Energiefragen "
        "und die Lage an der Grenze, wie ein Sprecher am Abend mitteilte.</p>"
        "</article></body></html>"
    )
    (tmp_path / "seite.html").write_text(html, encoding="utf-8")
    call_command("ingest", "--no-extract", str(tmp_path / "seite.html"), stdout=StringIO())
    article = Article.objects.get()
    assert article.published_at == datetime(2024, 5, 23, 14, 5, tzinfo=BERLIN)
    assert article.published_basis == Article.PublishedBasis.METADATA


@pytest.mark.django_db
def test_a_page_date_that_is_no_date_is_noted_and_ignored(tmp_path: Path) -> None:
    html = (
        '<!doctype html><html lang="de"><head><title>Gespräch in Wien</title>'
        '<meta name="pubdate" content="vor 3 Stunden"></head><body><article>'
        f"<p>{TEXT} Die beiden sprachen nach Angaben der Regierung lange über Energiefragen "
        "und die Lage an der Grenze, wie ein Sprecher am Abend mitteilte.</p>"
        "</article></body></html>"
    )
    (tmp_path / "seite.html").write_text(html, encoding="utf-8")
    out = StringIO()
    call_command("ingest", "--no-extract", str(tmp_path / "seite.html"), stdout=out)
    assert "publication date ignored" in out.getvalue()
    assert "relative to when it was read" in out.getvalue()
    assert Article.objects.get().published_at is None


def test_reading_dates_needs_no_network() -> None:
    """dateparser's language data comes with the package: a fresh interpreter without sockets
    reads a date in each configured language."""
    script = (
        "import socket\n"
        "def refuse(*args, **kwargs):\n"
        "    raise OSError('no network')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "from dateparser.date import DateDataParser\n"
        "parser = DateDataParser(languages=['de', 'en', 'fr'])\n"
        "for text in ('23. Mai 2024', 'Thu, 23 May 2024 12:05:00 GMT', 'jeudi 23 mai 2024'):\n"
        "    assert parser.get_date_data(text).date_obj is not None, text\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=120)
