"""Composed date expressions: a month, day or weekday with the year or week it lies in, quarters
and half-years, periods compared with the year before (own sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extraction.dates import tag_dates
from timeline.extraction.types import DateMention

# A Thursday.
PUBLISHED = date(2024, 5, 23)


def only(text: str, published: date = PUBLISHED) -> DateMention:
    mentions = tag_dates(text, published)
    assert len(mentions) == 1, mentions
    return mentions[0]


def resolved(text: str, published: date = PUBLISHED) -> tuple[str, str, str, str]:
    mention = only(text, published)
    return (
        mention.text,
        mention.start.isoformat() if mention.start else "",
        mention.end.isoformat() if mention.end else "",
        str(mention.precision),
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Im Februar vergangenen Jahres war der Streit eskaliert.",
            ("Im Februar vergangenen Jahres", "2023-02-01", "2023-02-28", "month"),
        ),
        (
            "Ende Juli des vergangenen Jahres trat die Reform in Kraft.",
            ("Ende Juli des vergangenen Jahres", "2023-07-21", "2023-07-31", "approximate"),
        ),
        (
            "Im November dieses Jahres wird gewählt.",
            ("Im November dieses Jahres", "2024-11-01", "2024-11-30", "month"),
        ),
        (
            "Die Kommission will im Sommer nächsten Jahres entscheiden.",
            ("im Sommer nächsten Jahres", "2025-06-01", "2025-08-31", "approximate"),
        ),
        (
            "Der Vertrag war am 3. März des Vorjahres unterzeichnet worden.",
            ("am 3. März des Vorjahres", "2023-03-03", "2023-03-03", "day"),
        ),
        (
            "Der Bau soll im Herbst diesen Jahres beginnen.",
            ("im Herbst diesen Jahres", "2024-09-01", "2024-11-30", "approximate"),
        ),
    ],
)
def test_a_month_day_or_season_with_its_year_named_relatively(
    sentence: str, expected: tuple[str, str, str, str]
) -> None:
    assert resolved(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Die Fraktion stimmte am Dienstag vergangener Woche ab.",
            ("am Dienstag vergangener Woche", "2024-05-14"),
        ),
        (
            "Der Streik endete am Freitag der vergangenen Woche.",
            ("am Freitag der vergangenen Woche", "2024-05-17"),
        ),
        (
            "Der Ausschuss tagt am Mittwoch kommender Woche.",
            ("am Mittwoch kommender Woche", "2024-05-29"),
        ),
        (
            "Die Fähre war am Sonntag vor einer Woche gesunken.",
            ("am Sonntag vor einer Woche", "2024-05-12"),
        ),
        (
            "Am Donnerstag vor zwei Wochen war die Koalition zerbrochen.",
            ("Am Donnerstag vor zwei Wochen", "2024-05-09"),
        ),
        ("Die Wahl ist am Montag in zwei Wochen.", ("am Montag in zwei Wochen", "2024-06-10")),
        (
            "Die Zahlen waren am Montag in der Vorwoche erschienen.",
            ("am Montag in der Vorwoche", "2024-05-13"),
        ),
    ],
)
def test_a_weekday_in_a_named_week(sentence: str, expected: tuple[str, str]) -> None:
    text, day = expected
    assert resolved(sentence) == (text, day, day, "day")


def test_the_week_and_month_before() -> None:
    assert resolved("Die Zölle waren in der Vorwoche angehoben worden.") == (
        "in der Vorwoche", "2024-05-13", "2024-05-19", "range",
    )  # fmt: skip
    assert resolved("Die Preise lagen über dem Vormonat.") == (
        "dem Vormonat", "2024-04-01", "2024-04-30", "month",
    )  # fmt: skip


def test_a_respective_week_before_is_no_date() -> None:
    assert (
        tag_dates("Die Listen erscheinen stets in der jeweiligen Vorwoche eines Spiels.", PUBLISHED) == []
    )
