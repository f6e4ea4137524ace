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
        tag_dates("Die Listen erscheinen stets in der jeweiligen Vorwoche eines Spiels.", PUBLISHED)
        == []
    )


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "Die Exporte stiegen im ersten Quartal um zwei Prozent.",
            PUBLISHED,
            ("im ersten Quartal", "2024-01-01", "2024-03-31"),
        ),
        (
            "Im dritten Quartal 2021 brach der Absatz ein.",
            PUBLISHED,
            ("Im dritten Quartal 2021", "2021-07-01", "2021-09-30"),
        ),
        (
            "Der Umsatz lag über dem vierten Quartal des vergangenen Jahres.",
            PUBLISHED,
            ("dem vierten Quartal des vergangenen Jahres", "2023-10-01", "2023-12-31"),
        ),
        (
            "Im letzten Quartal von 2019 war das anders.",
            PUBLISHED,
            ("Im letzten Quartal von 2019", "2019-10-01", "2019-12-31"),
        ),
        (
            "Im zweiten und dritten Quartal wuchs die Wirtschaft kaum.",
            date(2024, 10, 30),
            ("Im zweiten und dritten Quartal", "2024-04-01", "2024-09-30"),
        ),
        (
            "In den ersten drei Quartalen sank die Produktion.",
            date(2024, 10, 30),
            ("In den ersten drei Quartalen", "2024-01-01", "2024-09-30"),
        ),
        (
            "Im zweiten Halbjahr soll die Inflation sinken.",
            PUBLISHED,
            ("Im zweiten Halbjahr", "2024-07-01", "2024-12-31"),
        ),
        (
            "In der ersten Jahreshälfte 2022 stiegen die Preise.",
            PUBLISHED,
            ("In der ersten Jahreshälfte 2022", "2022-01-01", "2022-06-30"),
        ),
        (
            "Im vergangenen Quartal schrumpfte der Markt.",
            PUBLISHED,
            ("Im vergangenen Quartal", "2024-01-01", "2024-03-31"),
        ),
        # Told in the past in spring: the third quarter of the year before.
        (
            "Im dritten Quartal hatte die Bank Verluste gemacht.",
            date(2024, 4, 10),
            ("Im dritten Quartal", "2023-07-01", "2023-09-30"),
        ),
    ],
)
def test_quarters_and_half_years_are_ranges_of_their_months(
    sentence: str, published: date, expected: tuple[str, str, str]
) -> None:
    assert resolved(sentence, published) == (*expected, "range")


def test_a_period_compared_with_the_year_before_is_the_reported_period_a_year_back() -> None:
    text = (
        "Der Konzern verdiente im zweiten Quartal dieses Jahres weniger als im vierten Quartal "
        "des Vorjahres, aber mehr als im gleichen Vorjahreszeitraum. Für Juli oder August wird "
        "ein Rückgang erwartet."
    )
    mentions = tag_dates(text, PUBLISHED)
    compared = next(m for m in mentions if "Vorjahreszeitraum" in m.text)
    assert (compared.start, compared.end) == (date(2023, 4, 1), date(2023, 6, 30))
    forecast = mentions[-1]
    assert (forecast.text, forecast.start, forecast.end, str(forecast.precision)) == (
        "Juli oder August", date(2024, 7, 1), date(2024, 8, 31), "approximate",
    )  # fmt: skip


def test_the_months_between_two_months_are_compared_a_year_back() -> None:
    text = "Von Juli bis September sank der Absatz stärker als im Vorjahreszeitraum."
    compared = tag_dates(text, date(2024, 10, 20))[-1]
    assert (compared.start, compared.end) == (date(2023, 7, 1), date(2023, 9, 30))


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "Im vergangenen Herbst hatte die Partei verloren.",
            PUBLISHED,
            ("2023-09-01", "2023-11-30"),
        ),
        ("Im kommenden Frühjahr soll gewählt werden.", PUBLISHED, ("2025-03-01", "2025-05-31")),
        ("Im nächsten Winter droht Mangel.", date(2024, 1, 15), ("2024-12-01", "2025-02-28")),
        ("Der heiße Herbst steht bevor.", date(2024, 9, 10), ("2024-09-01", "2024-11-30")),
    ],
)
def test_a_season_named_relatively(
    sentence: str, published: date, expected: tuple[str, str]
) -> None:
    assert resolved(sentence, published)[1:] == (*expected, "approximate")


def test_the_prague_spring_is_no_season_of_a_year() -> None:
    assert tag_dates("Der Prager Frühling wurde niedergeschlagen.", PUBLISHED) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gewählt wird am ersten Sonntag im Juni.", ("am ersten Sonntag im Juni", "2024-06-02")),
        (
            "Am letzten Freitag im April streikten sie.",
            ("Am letzten Freitag im April", "2024-04-26"),
        ),
        (
            "Die Frist endet am zweiten Montag des Juli 2025.",
            ("am zweiten Montag des Juli 2025", "2025-07-14"),
        ),
    ],
)
def test_an_ordinal_weekday_of_a_month(sentence: str, expected: tuple[str, str]) -> None:
    text, day = expected
    assert resolved(sentence) == (text, day, day, "day")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Der zweitägige Besuch beginnt am Montag.", ("2024-05-27", "2024-05-28")),
        (
            "Sie reist zu einem dreitägigen Besuch ab Dienstag nach Seoul.",
            ("2024-05-28", "2024-05-30"),
        ),
        ("Der zweitägige Gipfel endet am Freitag.", ("2024-05-23", "2024-05-24")),
        ("Die 3-tägige Konferenz beginnt am 4. Juni in Genf.", ("2024-06-04", "2024-06-06")),
    ],
)
def test_an_event_lasting_days_from_or_to_a_day(sentence: str, expected: tuple[str, str]) -> None:
    assert resolved(sentence)[1:] == (*expected, "range")


def test_later_in_the_week_of_the_day_in_view() -> None:
    text = "Der Gast kommt am 3. Juni an, der Premier erst später in der Woche."
    later = tag_dates(text, PUBLISHED)[-1]
    assert (later.start, later.end, str(later.precision)) == (
        date(2024, 6, 4), date(2024, 6, 9), "approximate",
    )  # fmt: skip
    assert tag_dates("Im Laufe der Zeit änderte sich das.", PUBLISHED) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ende April/Anfang Mai soll gewählt werden.", ("2024-04-21", "2024-05-10")),
        ("Mitte bis Ende Juni wird entschieden.", ("2024-06-11", "2024-06-30")),
        ("Ende Dezember oder Anfang Januar 2025 reist er.", ("2024-12-21", "2025-01-10")),
    ],
)
def test_two_parts_of_months_are_one_span(sentence: str, expected: tuple[str, str]) -> None:
    assert resolved(sentence)[1:] == (*expected, "approximate")


def test_two_parts_of_months_split_as_timex2_marks_them() -> None:
    from timeline.extraction.dates import tag_dates_split

    mentions = tag_dates_split(
        "Zwischen Mitte März und Anfang April 1848 tagte der Rat.", PUBLISHED
    )
    assert [(m.text, m.start, m.end) for m in mentions] == [
        ("Mitte März", date(1848, 3, 11), date(1848, 3, 20)),
        ("Anfang April 1848", date(1848, 4, 1), date(1848, 4, 10)),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Zum Monatsende läuft die Frist ab.", ("2024-05-21", "2024-05-31")),
        ("Zur Jahresmitte soll der Bericht vorliegen.", ("2024-05-01", "2024-08-31")),
        ("Bis zur Jahresmitte 1999 lag der Bericht vor.", ("1999-05-01", "1999-08-31")),
        ("Zu Wochenbeginn hatte die Börse nachgegeben.", ("2024-05-20", "2024-05-22")),
        ("Zur Wochenmitte wird entschieden.", ("2024-05-22", "2024-05-23")),
    ],
)
def test_parts_of_a_month_week_or_year_in_one_word(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert resolved(sentence)[1:] == (*expected, "approximate")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Seit dem Frühjahr wird verhandelt.", ("2024-03-01", "2024-05-31")),
        ("Vor dem Winter muss die Brücke fertig sein.", ("2024-12-01", "2025-02-28")),
    ],
)
def test_a_season_after_a_preposition_and_article(sentence: str, expected: tuple[str, str]) -> None:
    assert resolved(sentence)[1:] == (*expected, "approximate")


def test_a_season_before_years_is_left_to_the_year_rules() -> None:
    mention = only("Über den Winter 1812/13 lag die Armee fest.")
    assert (mention.start, mention.end) == (date(1812, 12, 1), date(1813, 2, 28))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In diesem Jahrzehnt soll die Armut sinken.", ("2020-01-01", "2029-12-31", "range")),
        ("Im vergangenen Jahrzehnt wuchs die Stadt.", ("2010-01-01", "2019-12-31", "range")),
        (
            "Bis Mitte des Jahrhunderts will das Land klimaneutral sein.",
            ("2036-01-01", "2065-12-31", "approximate"),
        ),
        ("Zur Jahrtausendwende war das Land arm.", ("1999-01-01", "2001-12-31", "approximate")),
        ("Im Laufe des Monats wird entschieden.", ("2024-05-01", "2024-05-31", "month")),
    ],
)
def test_decades_centuries_and_the_month_in_view(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert resolved(sentence)[1:] == expected
