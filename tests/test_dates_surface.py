"""Surface forms: bylines and page furniture, numbers that are no years, sets and adverbs that
are no dates (own sentences)."""

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


@pytest.mark.parametrize(
    ("text", "span", "day"),
    [
        ("veröffentlicht: Mittwoch, 22. Mai 2024 / 09:15 Uhr", "Mittwoch, 22. Mai 2024", 22),
        ("Stand: Dienstag, 21. Mai 2024", "Dienstag, 21. Mai 2024", 21),
        ("erschienen: Montag, 20. Mai 2024 / 18:02 Uhr", "Montag, 20. Mai 2024", 20),
        ("geändert: Freitag, 17. Mai 2024, 7:30", "Freitag, 17. Mai 2024", 17),
    ],
)
def test_full_bylines_are_one_date(text: str, span: str, day: int) -> None:
    mention = only(text)
    assert (mention.text, mention.start) == (span, date(2024, 5, day))


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Veröffentlicht: Mittwoch, 22. Mai 2024 – 09:15", "Mittwoch, 22. Mai 2024", (2024, 5, 22)),
        ("Stand: 3. Dez 2023 / 10:00", "3. Dez 2023", (2023, 12, 3)),
        ("Berlin, den 14. Jan 2022", "14. Jan 2022", (2022, 1, 14)),
        ("Eine Analyse von Hanna Beispiel17. März 2024", "17. März 2024", (2024, 3, 17)),
        ("Meldung vom 09-02-2021 Wirtschaft", "09-02-2021", (2021, 2, 9)),
        ("March 4, 2023, 10:12 a.m.", "March 4, 2023", (2023, 3, 4)),
        ("Updated 4 March 2023", "4 March 2023", (2023, 3, 4)),
    ],
)
def test_byline_dates_in_other_writings(
    text: str, span: str, expected: tuple[int, int, int]
) -> None:
    mention = only(text)
    assert (mention.text, mention.start, mention.end) == (span, date(*expected), date(*expected))


def test_a_bare_month_abbreviation_needs_a_full_date() -> None:
    assert tag_dates("Der Pilot Jan Muster flog 2022 nach Paris.", PUBLISHED)[0].text == "2022"


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Kanzlerin sprach vor 1800 Zuhörern im Saal.",
        "Die Armee rückte mit 2000 Soldaten vor.",
        "Unter 1200 Teilnehmern war kein Minister.",
        "Der Rat berief sich auf die Resolution 2139 des Sicherheitsrats.",
        "Nach Artikel 1949 des Katalogs ist das erlaubt.",
        "Flug 1738 landete pünktlich.",
    ],
)
def test_counts_and_labels_are_no_years(sentence: str) -> None:
    assert tag_dates(sentence, PUBLISHED) == []


def test_years_after_the_same_prepositions_stay_years() -> None:
    assert only("Vor 1989 war die Grenze geschlossen.").start == date(1989, 1, 1)
    assert only("Das Abkommen von 1997 gilt weiter.").start == date(1997, 1, 1)


def test_a_year_before_a_participle_dates_it() -> None:
    mention = only("Beide berufen sich auf das 1975 unterzeichnete Abkommen.")
    assert (mention.text, mention.start) == ("1975", date(1975, 1, 1))
    assert tag_dates("Dort standen 1500 bewaffnete Männer.", PUBLISHED) == []


def test_numbers_no_news_year_can_be_before_a_noun_are_counts() -> None:
    assert tag_dates("Rund um den Platz standen 1200 Demonstranten.", PUBLISHED) == []
    assert only("Die Burg wurde im Jahr 1200 erbaut.").start == date(1200, 1, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "Etwa 2000 Demonstranten zogen durch die Stadt.",
        "Die Polizei zählte 2000 Teilnehmer.",
        "Gemäß der UN-Resolution 2231 gilt das Embargo.",
    ],
)
def test_more_counts_and_labels(sentence: str) -> None:
    assert tag_dates(sentence, PUBLISHED) == []


def test_two_years_with_a_spaced_dash_are_a_span() -> None:
    mention = only("Der Haushalt für 2026 – 2030 wurde beschlossen.")
    assert (mention.start, mention.end, str(mention.precision)) == (
        date(2026, 1, 1), date(2030, 12, 31), "range",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aktualisiert vor 3 Std.", (2024, 5, 23)),
        ("Stand: 20/05/2022 10:00", (2022, 5, 20)),
        ("Updated 5/20/2022", (2022, 5, 20)),
    ],
)
def test_more_page_furniture(text: str, expected: tuple[int, int, int]) -> None:
    assert only(text).start == date(*expected)


def test_a_past_day_just_after_publication_is_still_this_years() -> None:
    # A late edition or a publication day known only roughly.
    assert only("Der Vertrag wurde am 24. Mai unterzeichnet.").start == date(2024, 5, 24)
    assert only("Der Vertrag wurde am 28. Mai unterzeichnet.").start == date(2023, 5, 28)
