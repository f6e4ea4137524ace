"""The filter form and the selector behind it: what each filter keeps and drops."""

from __future__ import annotations

from datetime import date

import pytest
from django.http import QueryDict

from tests.factories import (
    make_actor,
    make_article,
    make_event,
    make_outlet,
    make_place,
    make_source,
)
from timeline.forms import TimelineFilterForm
from timeline.models import Event
from timeline.periods import Period, date_label, parse_period
from timeline.selectors import TimelineFilters, event_list, event_page


def summaries(query: str) -> list[str]:
    form = TimelineFilterForm(QueryDict(query))
    assert form.is_valid(), form.errors
    filters = TimelineFilters.from_cleaned(form.cleaned_data)
    return [e.summary for e in event_list(filters=filters)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020", Period(date(2020, 1, 1), date(2020, 12, 31), "year")),
        ("Mai 2024", Period(date(2024, 5, 1), date(2024, 5, 31), "month")),
        ("mai  2024", Period(date(2024, 5, 1), date(2024, 5, 31), "month")),
        ("Feb. 2024", Period(date(2024, 2, 1), date(2024, 2, 29), "month")),
        ("März 2023", Period(date(2023, 3, 1), date(2023, 3, 31), "month")),
        ("05.2024", Period(date(2024, 5, 1), date(2024, 5, 31), "month")),
        ("5/2024", Period(date(2024, 5, 1), date(2024, 5, 31), "month")),
        ("2024-05", Period(date(2024, 5, 1), date(2024, 5, 31), "month")),
        ("2024-05-23", Period(date(2024, 5, 23), date(2024, 5, 23), "day")),
        ("23.05.2024", Period(date(2024, 5, 23), date(2024, 5, 23), "day")),
        ("1.2.2024", Period(date(2024, 2, 1), date(2024, 2, 1), "day")),
        ("Sommer 2020", Period(date(2020, 6, 1), date(2020, 8, 31), "month")),
        ("Frühjahr 2022", Period(date(2022, 3, 1), date(2022, 5, 31), "month")),
        ("Winter 2020", Period(date(2020, 12, 1), date(2021, 2, 28), "month")),
        ("Q3 2020", Period(date(2020, 7, 1), date(2020, 9, 30), "month")),
        ("3. Quartal 2020", Period(date(2020, 7, 1), date(2020, 9, 30), "month")),
        ("2. Halbjahr 2021", Period(date(2021, 7, 1), date(2021, 12, 31), "month")),
        ("erstes Halbjahr 2021", Period(date(2021, 1, 1), date(2021, 6, 30), "month")),
        ("H1 2021", Period(date(2021, 1, 1), date(2021, 6, 30), "month")),
    ],
)
def test_periods_are_parsed(text: str, expected: Period) -> None:
    assert parse_period(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("23. Mai 2024", Period(date(2024, 5, 23), date(2024, 5, 23), "day")),
        ("Freitag, 24. Mai 2024", Period(date(2024, 5, 24), date(2024, 5, 24), "day")),
        ("May 23, 2024", Period(date(2024, 5, 23), date(2024, 5, 23), "day")),
        ("Sept. 2023", Period(date(2023, 9, 1), date(2023, 9, 30), "month")),
    ],
)
def test_what_the_grammar_does_not_know_dateparser_reads(text: str, expected: Period) -> None:
    assert parse_period(text) == expected


def test_a_day_dateparser_reads_filters_the_timeline() -> None:
    form = TimelineFilterForm(QueryDict("start=23.+Mai+2024&end=24.+Mai+2024"))
    assert form.is_valid(), form.errors
    assert (form.cleaned_data["start"], form.cleaned_data["end"]) == (
        date(2024, 5, 23),
        date(2024, 5, 24),
    )


@pytest.mark.parametrize("text", ["1. Februar 1066", "23. Mai 9999"])
def test_a_day_dateparser_reads_out_of_range_is_a_form_error(text: str) -> None:
    form = TimelineFilterForm(QueryDict(f"start={text}"))
    assert not form.is_valid()
    assert "start" in form.errors


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("letzte 30 Tage", date(2024, 5, 2)),
        ("letzten 2 Wochen", date(2024, 5, 18)),
        ("letzte 6 Monate", date(2023, 12, 1)),
        ("Letzte 1 Jahre", date(2023, 6, 1)),
    ],
)
def test_spans_up_to_today_are_parsed(text: str, start: date) -> None:
    assert parse_period(text, today=date(2024, 5, 31)) == Period(start, date(2024, 5, 31), "day")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "gestern",
        "13.2024",
        "2024-13",
        "31.02.2024",
        "Maiii 2024",
        "20245",
        "Mitte 2024",
        "Q5 2020",
        "3. Halbjahr 2021",
        "letzte Woche",
        "letzte 0 Tage",
        "24. Mai",
        "vor drei Tagen",
        "Ende Mai 2024",
    ],
)
def test_bad_periods_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_period(text)


@pytest.mark.parametrize(
    ("start", "end", "precision", "label"),
    [
        (date(2024, 5, 23), date(2024, 5, 23), "day", "23.05.2024"),
        (date(2024, 5, 1), date(2024, 5, 31), "month", "Mai 2024"),
        (date(2024, 1, 1), date(2024, 12, 31), "year", "2024"),
        (date(2024, 5, 23), date(2024, 5, 24), "range", "23.–24.05.2024"),
        (date(2024, 5, 30), date(2024, 6, 2), "range", "30.05.–02.06.2024"),
        (date(2023, 12, 30), date(2024, 1, 2), "range", "30.12.2023–02.01.2024"),
        (date(2024, 5, 21), date(2024, 5, 31), "approximate", "Ende Mai 2024 (ungefähr)"),
        (date(2024, 5, 1), date(2024, 5, 10), "approximate", "Anfang Mai 2024 (ungefähr)"),
        (date(2024, 5, 11), date(2024, 5, 20), "approximate", "Mitte Mai 2024 (ungefähr)"),
        (date(2024, 5, 2), date(2024, 5, 2), "approximate", "um den 02.05.2024 (ungefähr)"),
        (None, None, "unknown", "Datum unbekannt"),
    ],
)
def test_dates_show_as_precisely_as_known(start, end, precision, label) -> None:
    from django.utils import translation

    with translation.override("de"):
        assert date_label(start, end, precision) == label


@pytest.mark.django_db
def test_all_of_keeps_events_with_every_actor_and_any_of_with_one() -> None:
    putin = make_actor(name="Wladimir Putin")
    luka = make_actor(name="Alexander Lukaschenko")
    xi = make_actor(name="Xi Jinping")
    make_event(summary="beide", actors=[putin, luka])
    make_event(summary="alle drei", actors=[putin, luka, xi], date_start=date(2024, 5, 24))
    make_event(summary="nur Putin", actors=[putin], date_start=date(2024, 5, 25))
    make_event(summary="nur Xi", actors=[xi], date_start=date(2024, 5, 26))
    both = f"actor={putin.pk}&actor={luka.pk}"
    assert summaries(f"{both}&match=all") == ["beide", "alle drei"]
    assert summaries(f"{both}&match=any") == ["beide", "alle drei", "nur Putin"]
    assert summaries(both) == ["beide", "alle drei", "nur Putin"]  # any-of is the default


@pytest.mark.django_db
def test_period_keeps_events_overlapping_it() -> None:
    make_event(summary="April", date_start=date(2024, 4, 30))
    make_event(summary="Mai", date_start=date(2024, 5, 10))
    make_event(
        summary="April bis Mai",
        date_start=date(2024, 4, 28),
        date_end=date(2024, 5, 2),
        precision=Event.Precision.RANGE,
    )
    make_event(summary="ohne Datum", date_start=None, date_end=None)
    assert summaries("start=Mai+2024&end=Mai+2024") == ["April bis Mai", "Mai"]
    assert summaries("start=05.2024") == ["April bis Mai", "Mai"]
    assert summaries("end=2024-04-29") == ["April bis Mai"]
    assert summaries("") == ["April bis Mai", "April", "Mai", "ohne Datum"]


@pytest.mark.django_db
def test_text_search_on_sqlite_matches_summary_and_evidence() -> None:
    event = make_event(summary="Staatsbesuch", sources=0)
    make_source(event=event, evidence="Der Präsident landete in Minsk.")
    make_event(summary="Gipfel in Minsk", date_start=date(2024, 6, 1))
    make_event(summary="Wahl in Kiew", date_start=date(2024, 6, 2))
    assert summaries("q=minsk") == ["Staatsbesuch", "Gipfel in Minsk"]


@pytest.mark.django_db
def test_type_status_place_outlet_and_verified_filters() -> None:
    minsk = make_place(name="Minsk")
    outlet = make_outlet(name="Agentur")
    a = make_event(summary="a", type=Event.Type.VISIT, place=minsk, sources=0)
    make_source(event=a, article=make_article(outlet=outlet))
    make_event(summary="b", type=Event.Type.CALL, status=Event.Status.PLANNED)
    make_event(summary="c", type=Event.Type.SUMMIT, review=Event.Review.VERIFIED)
    assert summaries("type=visit&type=call") == ["a", "b"]
    assert summaries("status=planned") == ["b"]
    assert summaries(f"place={minsk.pk}") == ["a"]
    assert summaries(f"outlet={outlet.pk}") == ["a"]
    assert summaries("verified=on") == ["c"]


@pytest.mark.django_db
def test_keyset_pages_cover_every_event_once_with_undated_last() -> None:
    for i in range(7):
        make_event(summary=f"d{i}", date_start=date(2024, 5, 1 + i % 3))
    make_event(summary="u1", date_start=None, date_end=None)
    make_event(summary="u2", date_start=None, date_end=None)
    seen: list[str] = []
    after = None
    while True:
        events, cursor = event_page(filters=TimelineFilters(), after=after, size=2)
        seen += [e.summary for e in events]
        if cursor is None:
            break
        form = TimelineFilterForm(QueryDict(f"after={cursor}"))
        assert form.is_valid()
        after = form.cleaned_data["after"]
    assert sorted(seen[:7]) == [f"d{i}" for i in range(7)]
    assert seen[7:] == ["u1", "u2"]


def test_the_form_refuses_a_period_that_ends_before_it_starts() -> None:
    form = TimelineFilterForm(QueryDict("start=2025&end=2024"))
    assert not form.is_valid()
    assert "end" in form.errors


@pytest.mark.django_db
def test_stored_search_and_actor_order_follow_every_change_on_postgresql() -> None:
    """`Event.search` and `EventActor.sort_day` are kept by database triggers (PostgreSQL):
    a new source, a moved source, a new summary and a new date all show at once."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("the stored columns exist for PostgreSQL only")
    putin, luka = make_actor(name="Wladimir Putin"), make_actor(name="Alexander Lukaschenko")
    first = make_event(summary="Staatsbesuch", actors=[putin, luka], sources=0)
    second = make_event(summary="Gespräch", actors=[putin], date_start=date(2023, 1, 5))
    assert summaries("q=Minsk") == []
    source = make_source(event=first, evidence="Der Präsident landete in Minsk.")
    assert summaries("q=Minsk") == ["Staatsbesuch"]
    source.event = second
    source.save()
    assert summaries("q=Minsk") == ["Gespräch"]
    Event.objects.filter(pk=first.pk).update(summary="Reise nach Minsk")
    assert summaries("q=minsk") == ["Gespräch", "Reise nach Minsk"]
    both = f"actor={putin.pk}&actor={luka.pk}&match=all"
    assert summaries(both) == ["Reise nach Minsk"]
    first.refresh_from_db()
    first.date_start = first.date_end = date(2022, 3, 1)
    first.save()
    assert summaries(f"actor={putin.pk}") == ["Reise nach Minsk", "Gespräch"]
    assert summaries(f"{both}&start=2022&end=2022") == ["Reise nach Minsk"]
    assert summaries(f"{both}&start=2024") == []


@pytest.mark.django_db
def test_the_actor_field_checks_as_the_stock_model_field_does() -> None:
    """`forms.ActorsField` loads the selected actors in one light query; what it accepts, its
    order (by name) and its error codes are those of Django's ModelMultipleChoiceField."""
    from django import forms
    from django.core.exceptions import ValidationError

    from timeline.forms import ActorsField
    from timeline.models import Actor

    b = make_actor(name="Bertha Beispiel")
    a = make_actor(name="Anton Avis")
    gone = make_actor(name="Carl Verworfen", status=Actor.Status.DISMISSED)
    queryset = Actor.objects.exclude(status=Actor.Status.DISMISSED)
    ours = ActorsField(queryset=queryset, required=False)
    stock = forms.ModelMultipleChoiceField(queryset=queryset, required=False)

    def outcome(field: forms.Field, value: list[str]) -> object:
        try:
            return [(actor.pk, actor.name) for actor in field.clean(value)]
        except ValidationError as error:
            return error.code

    for value in (
        [],
        [str(b.pk), str(a.pk)],
        [str(a.pk), str(a.pk)],
        [str(gone.pk)],
        [str(a.pk), "abc"],
        [f" {a.pk}"],
        [f"{a.pk}\x00"],
        ["-1"],
    ):
        assert outcome(ours, value) == outcome(stock, value), value
    # An id beyond the column's range is an unknown actor (the stock field cannot bind it
    # on SQLite and fails with OverflowError there).
    assert outcome(ours, ["99999999999999999999999"]) == "invalid_choice"
