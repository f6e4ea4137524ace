"""Relative expressions anchored on publication or the day in view: nights, weekends, times
of day, spans counted from now, how long ago (own sentences)."""

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


def value(mention: DateMention) -> tuple[str, str, str]:
    return (
        mention.start.isoformat() if mention.start else "",
        mention.end.isoformat() if mention.end else "",
        str(mention.precision),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Told in the past on the publication day: the night before it.
        ("Der Flughafen wurde in der Nacht gesperrt.", ("2024-05-22", "2024-05-23")),
        # After a named day: the night that follows it.
        (
            "Am Dienstag wurde gewählt. Die Auszählung dauerte in der Nacht an.",
            ("2024-05-21", "2024-05-22"),
        ),
        ("In der Nacht sollen die Truppen abziehen.", ("2024-05-23", "2024-05-24")),
        ("In der vergangenen Nacht gab es Explosionen.", ("2024-05-22", "2024-05-23")),
        ("Letzte Nacht gab es Explosionen.", ("2024-05-22", "2024-05-23")),
        ("Heute Nacht soll es regnen.", ("2024-05-23", "2024-05-24")),
        ("Gestern Nacht brannte ein Lager.", ("2024-05-22", "2024-05-23")),
        ("In der Nacht von Samstag auf Sonntag wurde geschossen.", ("2024-05-18", "2024-05-19")),
        ("In der Nacht zum 2. Mai wurde geschossen.", ("2024-05-01", "2024-05-02")),
    ],
)
def test_a_night_is_a_range_of_two_days(text: str, expected: tuple[str, str]) -> None:
    assert value(tag_dates(text, PUBLISHED)[-1]) == (*expected, "range")


def test_a_weekend_named_without_a_preposition() -> None:
    mention = only("Das Wochenende wird für die Partei entscheidend.", date(2024, 5, 25))
    assert value(mention) == ("2024-05-25", "2024-05-26", "range")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Gast traf am Dienstag ein. Abends gab es ein Bankett.", "2024-05-21"),
        ("Die Minister reisten am Montag an. Nachmittags begannen die Gespräche.", "2024-05-20"),
        ("Er landete gestern. Morgen wird er den Premier treffen.", "2024-05-24"),
    ],
)
def test_adverbs_of_the_day_and_a_capitalised_tomorrow(text: str, expected: str) -> None:
    assert value(tag_dates(text, PUBLISHED)[-1]) == (expected, expected, "day")


@pytest.mark.parametrize(
    "text",
    [
        "Die Sitzung begann um 9 Uhr vormittags.",
        "Guten Morgen, sagte der Moderator.",
        "Am Morgen des Anschlags war es still.",
    ],
)
def test_times_and_greetings_are_no_days(text: str) -> None:
    assert all(m.text not in {"vormittags", "Morgen"} for m in tag_dates(text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In den vergangenen beiden Tagen kam es zu Krawallen.",
            ("2024-05-21", "2024-05-22", "range"),
        ),
        (
            "In den kommenden drei Tagen bleibt die Grenze zu.",
            ("2024-05-24", "2024-05-26", "range"),
        ),
        (
            "Die Union will in den kommenden sechs Jahren sparen.",
            ("2024-05-23", "2030-05-23", "approximate"),
        ),
        (
            "In den letzten zwei Monaten stiegen die Preise.",
            ("2024-03-23", "2024-05-23", "approximate"),
        ),
    ],
)
def test_counted_spans_from_publication(text: str, expected: tuple[str, str, str]) -> None:
    assert value(only(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Vertrag wurde auf den Tag genau vor 30 Jahren geschlossen.", ("1994-05-23",) * 2),
        ("Vor 40 Jahren, auf den Tag genau, fiel die Entscheidung.", ("1984-05-23",) * 2),
        ("Die Meldung kam vor 2 Stunden.", ("2024-05-23",) * 2),
    ],
)
def test_exact_days_ago(text: str, expected: tuple[str, str]) -> None:
    assert value(only(text)) == (*expected, "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die letzte Reform liegt sieben Jahre zurück.", ("2017-01-01", "2017-12-31", "year")),
        ("Die Gründung liegt schon vier Jahre zurück.", ("2020-01-01", "2020-12-31", "year")),
        (
            "Vor einem halben Jahr wurde die Brücke eröffnet.",
            ("2023-11-23", "2023-11-23", "approximate"),
        ),
        ("Vor anderthalb Jahren begann der Krieg.", ("2022-11-23", "2022-11-23", "approximate")),
        ("Vor rund zwei Jahren begann der Krieg.", ("2022-05-23", "2022-05-23", "approximate")),
    ],
)
def test_how_long_ago(text: str, expected: tuple[str, str, str]) -> None:
    assert value(only(text)) == expected


def test_in_two_days_told_in_the_past_is_how_long_it_took() -> None:
    assert tag_dates("Die Minister fanden in zwei Tagen keine Lösung.", PUBLISHED) == []
    assert value(only("Die Minister wollen sich in zwei Tagen treffen.")) == (
        "2024-05-25", "2024-05-25", "day",
    )  # fmt: skip


def test_a_plan_after_a_day_long_gone_is_on_the_publication_day() -> None:
    text = "Vor genau 50 Jahren wurde der Vertrag unterzeichnet. Am Abend ist ein Empfang geplant."
    assert value(tag_dates(text, PUBLISHED)[-1]) == ("2024-05-23", "2024-05-23", "day")


def test_more_holidays_and_the_days_course() -> None:
    assert value(only("Er trat am Silvestertag zurück.", date(2024, 2, 1))) == (
        "2023-12-31", "2023-12-31", "day",
    )  # fmt: skip
    assert value(only("Der Kanzler wird im Tagesverlauf erwartet.")) == (
        "2024-05-23", "2024-05-23", "day",
    )  # fmt: skip
    assert value(only("Am kommenden Tag reist er weiter.")) == ("2024-05-24", "2024-05-24", "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In wenigen Tagen soll unterzeichnet werden.", ("2024-05-24", "2024-05-27")),
        ("Vor ein paar Tagen hatte er gewarnt.", ("2024-05-19", "2024-05-22")),
        ("Vor einigen Jahren war das anders.", ("2018-05-23", "2022-05-23")),
    ],
)
def test_a_vague_count_is_an_approximate_span(text: str, expected: tuple[str, str]) -> None:
    assert value(only(text)) == (*expected, "approximate")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zum Tag des Sieges marschierten Soldaten.", "2024-05-09"),
        ("Am Internationalen Frauentag demonstrierten Tausende.", "2024-03-08"),
        ("Am Tag der Befreiung sprach der Präsident.", "2024-05-08"),
    ],
)
def test_days_of_remembrance(text: str, expected: str) -> None:
    assert value(only(text)) == (expected, expected, "day")


@pytest.mark.parametrize(
    "text",
    [
        "Auch heute noch gilt der Vertrag.",
        "Das heute unabhängige Land gehörte damals zur Union.",
        "Jedes Jahr am 9. Mai findet eine Parade statt.",
        "Der Rat tagt jeweils am Montag.",
        "Am Vorabend des Gipfels sprachen die Minister.",
    ],
)
def test_nowadays_sets_and_days_before_undated_events_are_no_dates(text: str) -> None:
    assert tag_dates(text, PUBLISHED) == []


def test_today_before_a_present_participle_is_the_day() -> None:
    assert value(only("Zum heute beginnenden Gipfel reist er nicht.")) == (
        "2024-05-23", "2024-05-23", "day",
    )  # fmt: skip
    assert only("Wie jedes Jahr am 9. Mai fand die Parade statt.").start == date(2024, 5, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er traf am Montag ein. Am nächsten Morgen reiste er weiter.", "2024-05-21"),
        ("Er traf am Montag ein. Tags darauf reiste er weiter.", "2024-05-21"),
    ],
)
def test_the_next_morning_and_the_day_after(text: str, expected: str) -> None:
    assert value(tag_dates(text, PUBLISHED)[-1]) == (expected, expected, "day")


def test_a_deadline_is_no_day_in_view() -> None:
    text = "Die Frist läuft bis zum nächsten Dienstag. Die Kanzlerin spricht am Abend."
    assert value(tag_dates(text, PUBLISHED)[-1]) == ("2024-05-23", "2024-05-23", "day")


def test_a_programme_named_after_today_is_no_date() -> None:
    assert tag_dates("Das heute-journal berichtete ausführlich.", PUBLISHED) == []


def test_the_day_before_a_month_lies_in_that_month() -> None:
    text = "Im Februar wurde sie ernannt. Das Amt war am Tag davor eingerichtet worden."
    assert value(tag_dates(text, PUBLISHED)[-1]) == ("2024-01-31", "2024-02-28", "approximate")


def test_a_daypart_after_a_flashback_returns_to_the_main_line() -> None:
    text = (
        "Am Sonntag wurde der Bürgermeister gewählt. Seine erste Kandidatur am 5. Mai hatte er "
        "knapp verpasst. Die Feier begann am Abend."
    )
    assert value(tag_dates(text, PUBLISHED)[-1]) == ("2024-05-19", "2024-05-19", "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Gipfel tagt vom 27. bis 29. Mai. Am zweiten Tag des Gipfels wird gewählt.",
            "2024-05-28",
        ),
        ("Der Gipfel tagt vom 27. bis 29. Mai. Am letzten Gipfeltag wird gewählt.", "2024-05-29"),
        ("Der Gipfel begann heute. Am ersten Tag des Treffens sprach der Gastgeber.", "2024-05-23"),
    ],
)
def test_a_day_of_an_event(text: str, expected: str) -> None:
    assert value(tag_dates(text, PUBLISHED)[-1]) == (expected, expected, "day")


def test_a_day_of_an_event_with_its_date_in_apposition_is_that_date() -> None:
    text = "Die Brücke fiel am ersten Tag der Offensive, dem 9. März."
    assert [m.text for m in tag_dates(text, PUBLISHED)] == ["9. März"]


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister hat nach 18 Tagen Verhandlungen ein Abkommen erreicht.",
        "Nach zwei Wochen Haft kam der Oppositionelle frei.",
        "Nach drei Monaten Pause tagte das Parlament wieder.",
    ],
)
def test_a_span_before_a_noun_is_how_long_it_lasted_not_a_date(text: str) -> None:
    assert tag_dates(text, PUBLISHED) == []


def test_a_span_after_nach_alone_is_counted_from_the_day_in_view() -> None:
    assert value(only("Nach zwei Tagen reiste er weiter.")) == ("2024-05-25", "2024-05-25", "day")
    assert value(only("Nach zwei Wochen reiste er weiter.")) == ("2024-06-06", "2024-06-06", "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A day an event is named by ("die Wahl vom 28. Juli") is one gone by, whatever the
        # tense of the sentence.
        (
            "Die EU erkennt das Ergebnis der Wahl vom 28. Juli nicht an.",
            ("2024-07-28", "2024-07-28", "day"),
        ),
        # ... not the start of a span, nor a day from which something holds.
        ("Xi reist vom 19. bis 24. Juli nach Afrika.", ("2025-07-19", "2025-07-24", "range")),
    ],
)
def test_a_day_an_event_is_named_by_lies_behind(text: str, expected: tuple[str, str, str]) -> None:
    assert value(only(text, date(2025, 1, 10))) == expected
