"""The time axis: its calendar arithmetic and layout (timeline.axis, pure) and its reads
(timeline.axis_data): every event at its date, counts at the window's resolution, lanes per
actor with their shared events, and never more than MAX_MARKS marks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from django.test import Client
from django.utils import translation

from tests.factories import make_actor, make_event
from timeline import axis
from timeline.axis import AxisData, AxisEvent, LaneData, Scale, Window
from timeline.axis_data import axis_data
from timeline.models import Event
from timeline.selectors import TimelineFilters

TYPES = {k: str(v) for k, v in Event.Type.choices}


@pytest.fixture(autouse=True)
def _german() -> Iterator[None]:
    with translation.override("de"):
        yield


def _link(start: str, end: str) -> str:
    return f"/?start={start}&end={end}"


@pytest.mark.parametrize(
    ("day", "unit", "first", "following"),
    [
        (date(2024, 5, 23), "day", date(2024, 5, 23), date(2024, 5, 24)),
        (date(2024, 5, 23), "week", date(2024, 5, 20), date(2024, 5, 27)),
        (date(2024, 12, 31), "month", date(2024, 12, 1), date(2025, 1, 1)),
        (date(2024, 11, 30), "quarter", date(2024, 10, 1), date(2025, 1, 1)),
        (date(2024, 5, 23), "year", date(2024, 1, 1), date(2025, 1, 1)),
    ],
)
def test_floor_and_step(day: date, unit: axis.Unit, first: date, following: date) -> None:
    assert axis.floor(day, unit) == first
    assert axis.step(first, unit) == following


@pytest.mark.parametrize(
    ("start", "end", "max_bins", "unit"),
    [
        (date(2024, 5, 1), date(2024, 5, 31), 40, "day"),
        (date(2024, 3, 1), date(2024, 6, 30), 40, "week"),
        (date(2024, 3, 1), date(2024, 6, 30), 10, "month"),
        (date(2020, 1, 1), date(2024, 12, 31), 40, "quarter"),
        (date(2000, 1, 1), date(2025, 12, 31), 40, "year"),
    ],
)
def test_the_unit_is_the_finest_that_fits(
    start: date, end: date, max_bins: int, unit: axis.Unit
) -> None:
    assert axis.choose_unit(Window(start, end), max_bins) == unit


def test_a_month_count_is_never_cut_into_days() -> None:
    assert axis.choose_unit(Window(date(2024, 5, 1), date(2024, 5, 31)), 40, "month") == "month"


@pytest.mark.parametrize(
    ("start", "end", "params"),
    [
        (date(2024, 1, 1), date(2025, 12, 31), ("2024", "2025")),
        (date(2024, 5, 1), date(2024, 6, 30), ("2024-05", "2024-06")),
        (date(2024, 5, 3), date(2024, 6, 30), ("2024-05-03", "2024-06-30")),
    ],
)
def test_window_params_are_the_shortest_the_form_reads_back(
    start: date, end: date, params: tuple[str, str]
) -> None:
    from timeline.periods import parse_period

    assert axis.window_params(Window(start, end)) == params
    assert parse_period(params[0]).start == start and parse_period(params[1]).end == end


def test_zoom_and_pan_stay_in_bounds() -> None:
    bounds = Window(date(1900, 1, 1), date(2199, 12, 31))
    window = Window(date(2024, 1, 1), date(2024, 12, 31))
    inner = axis.zoomed(window, 0.5, bounds)
    assert inner.days == 183 and window.start < inner.start < inner.end < window.end
    assert axis.zoomed(window, 2, bounds).days == 732
    assert axis.panned(window, 0.5, bounds).start == date(2024, 7, 2)
    assert axis.panned(Window(date(1900, 1, 1), date(1900, 12, 31)), -0.5, bounds).start == (
        date(1900, 1, 1)
    )


def test_the_scale_puts_each_day_at_its_place() -> None:
    scale = Scale(date(2024, 5, 1), 31, 40, 310)
    assert scale.x(date(2024, 5, 1)) == 40
    assert scale.x(date(2024, 5, 11)) == 140
    assert scale.span(date(2024, 5, 31), date(2024, 5, 31)) == (340, 10)
    # Clipped to the window.
    assert scale.span(date(2024, 4, 20), date(2024, 5, 2)) == (40, 20)
    assert scale.span(date(2024, 5, 30), date(2024, 6, 9)) == (330, 20)


def test_ticks_are_labelled_by_the_visible_span() -> None:
    year = Window(date(2024, 1, 1), date(2024, 12, 31))
    months = axis.ticks(year, Scale(year.start, year.days, 0, 900))
    assert [t.label for t in months][:3] == ["2024", "Feb", "Mär"] and len(months) == 12
    decades = Window(date(1990, 1, 1), date(2025, 12, 31))
    years = axis.ticks(decades, Scale(decades.start, decades.days, 0, 900))
    assert all(t.label.isdigit() and t.major for t in years) and len(years) <= 21
    week = Window(date(2024, 5, 20), date(2024, 5, 26))
    days = axis.ticks(week, Scale(week.start, week.days, 0, 900))
    assert [t.label for t in days][:2] == ["20. Mai 2024", "21. Mai"]


def test_nice_ceiling() -> None:
    assert [axis.nice_ceiling(v) for v in (0, 1, 3, 7, 10, 11, 180, 4321)] == [
        1, 1, 5, 10, 10, 20, 200, 5000,
    ]  # fmt: skip


def _data(events: list[AxisEvent] | None, lanes: list[LaneData]) -> AxisData:
    window = Window(date(2024, 5, 1), date(2024, 5, 31))
    return AxisData(
        window=window,
        bounds=Window(date(1900, 1, 1), date(2199, 12, 31)),
        fetch="day",
        counts={date(2024, 5, 3): {"visit": 2, "call": 1}, date(2024, 5, 20): {"meeting": 4}},
        total=8,
        undated=1,
        lanes=lanes,
        events=events,
    )


def test_layout_stacks_the_types_per_bin_with_a_y_scale() -> None:
    view = axis.layout(_data(None, []), width=960, type_labels=TYPES, link=_link)
    assert view.unit == "day" and len(view.bins) == 31 and view.in_view == 7
    may3 = view.bins[2]
    assert may3.total == 3 and [s.type for s in may3.segments] == ["visit", "call"]
    assert may3.label == "03.05.2024: 3 Ereignisse (2 Besuch, 1 Telefonat)"
    assert may3.href == "/?start=2024-05-03&end=2024-05-03"
    # Heights proportional to the counts, on a scale up to 5 (the next nice number after 4).
    assert [v for _, v in view.y_ticks] == [0, 2, 5]
    assert may3.segments[0].height == pytest.approx(2 * axis.CHART_HEIGHT / 5, abs=0.1)
    assert min(b.width for b in view.bins) >= 24
    # Zoom and pan links around the window.
    assert [n.params for n in view.nav][1] == ("2024-04-15", "2024-06-15")


def test_a_narrow_axis_counts_in_coarser_bins() -> None:
    view = axis.layout(_data(None, []), width=390, type_labels=TYPES, link=_link)
    assert view.unit == "week" and all(b.width >= 24 for b in view.bins[1:-1])
    assert sum(b.total for b in view.bins) == 7


def test_layout_places_marks_and_joins_shared_events() -> None:
    shared = AxisEvent(1, date(2024, 5, 20), date(2024, 5, 20), "day", "meeting", False, "T",
                       frozenset({10, 20}))  # fmt: skip
    own = AxisEvent(2, date(2024, 5, 3), date(2024, 5, 5), "range", "visit", True, "B",
                    frozenset({10}))  # fmt: skip
    vague = AxisEvent(3, date(2024, 5, 1), date(2024, 5, 31), "month", "call", False, "C",
                      frozenset({20}))  # fmt: skip
    lanes = [
        LaneData(10, "Putin", {date(2024, 5, 3): 1, date(2024, 5, 20): 1}, 0),
        LaneData(20, "Lukaschenko", {date(2024, 5, 1): 1, date(2024, 5, 20): 1}, 1),
    ]
    view = axis.layout(_data([shared, own, vague], lanes), width=960, type_labels=TYPES, link=_link)
    putin, luka = view.lanes
    assert [m.pk for m in putin.marks] == [2, 1] and [m.pk for m in luka.marks] == [3, 1]
    a, b = putin.marks[1], luka.marks[1]
    assert a.cx == b.cx and a.cy < b.cy
    assert view.joins == [axis.Join(a.cx, a.cy + 9, b.cy - 9)] and view.shared == 1
    assert putin.marks[0].kind == "range" and putin.marks[0].planned
    assert luka.marks[0].kind == "band" and luka.marks[0].width == view.plot_width
    assert putin.marks[0].label == "03.–05.05.2024 · Besuch · geplant: B"
    assert all(m.hit_width >= 24 for lane in view.lanes for m in lane.marks)
    assert (putin.count, luka.count, luka.undated) == (2, 2, 1)
    assert view.keyboard == "marks"


def test_lanes_count_in_bins_when_too_many_to_mark() -> None:
    lanes = [LaneData(10, "Putin", {date(2024, 5, 3): 400, date(2024, 5, 4): 40}, 0)]
    view = axis.layout(_data(None, lanes), width=960, type_labels=TYPES, link=_link)
    [lane] = view.lanes
    assert not lane.marks and [b.count for b in lane.bins] == [400, 40]
    assert [b.level for b in lane.bins] == [5, 1] and lane.bins[0].height > lane.bins[1].height
    assert view.keyboard == "bins" and view.first_bin == 2


# ------------------------------------------------------------------------------ database


@pytest.mark.django_db
def test_axis_data_covers_the_data_and_counts_by_day_when_short() -> None:
    putin, luka = make_actor(name="Putin"), make_actor(name="Lukaschenko")
    make_event(actors=[putin, luka], date_start=date(2024, 5, 23), type=Event.Type.MEETING)
    make_event(actors=[putin], date_start=date(2024, 3, 2), type=Event.Type.CALL)
    make_event(actors=[luka], date_start=None, date_end=None, precision="unknown")
    make_event(actors=[luka], date_start=date(2021, 1, 5), review=Event.Review.REJECTED)
    data = axis_data(filters=TimelineFilters(actors=[putin, luka]))
    assert data.window == Window(date(2024, 3, 1), date(2024, 5, 31))
    assert data.fetch == "day" and data.total == 3 and data.undated == 1
    assert data.counts == {date(2024, 5, 23): {"meeting": 1}, date(2024, 3, 2): {"call": 1}}
    by_actor = {lane.name: lane for lane in data.lanes}
    assert sum(by_actor["Putin"].counts.values()) == 2
    assert sum(by_actor["Lukaschenko"].counts.values()) == 1 and by_actor["Lukaschenko"].undated
    # Whom each lane's actor meets in the marked events.
    assert by_actor["Putin"].counterparts == (("Lukaschenko", 1),)
    assert data.events is not None
    assert {e.pk: e.actors for e in data.events}[data.events[1].pk] == {putin.pk, luka.pk}


@pytest.mark.django_db
def test_lanes_show_each_actors_events_whatever_the_match_mode() -> None:
    """With "all of" the list and the bars hold the shared events; each lane still shows its
    actor's own events beside them, so the dyad reads at once."""
    putin, luka = make_actor(name="Putin"), make_actor(name="Lukaschenko")
    make_event(actors=[putin, luka], date_start=date(2024, 5, 23))
    make_event(actors=[putin], date_start=date(2024, 5, 2))
    data = axis_data(filters=TimelineFilters(actors=[putin, luka], match="all"))
    assert data.total == 1
    assert {lane.name: sum(lane.counts.values()) for lane in data.lanes} == {
        "Putin": 2,
        "Lukaschenko": 1,
    }


@pytest.mark.django_db
def test_many_events_are_counted_not_marked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("timeline.axis_data.MAX_MARKS", 3)
    for day in range(1, 6):
        make_event(date_start=date(2024, 5, day))
    period = TimelineFilters(start=date(2024, 5, 1), end=date(2024, 5, 31))
    data = axis_data(filters=period)
    assert data.events is None and data.lanes == [] and data.total == 5
    few = axis_data(filters=TimelineFilters(start=date(2024, 5, 1), end=date(2024, 5, 3)))
    assert few.events is not None and len(few.events) == 3 and few.lanes[0].key == 0


@pytest.mark.django_db
def test_a_period_is_the_window_and_a_year_is_counted_by_month() -> None:
    make_event(date_start=date(2023, 12, 20), date_end=date(2024, 1, 3), precision="range")
    make_event(date_start=date(2024, 7, 1))
    data = axis_data(filters=TimelineFilters(start=date(2024, 1, 1), end=date(2025, 6, 30)))
    assert data.window == Window(date(2024, 1, 1), date(2025, 6, 30)) and data.fetch == "month"
    # The range that began in December reaches into the window: counted in its first bin.
    view = axis.layout(data, width=960, type_labels=TYPES, link=_link)
    assert view.bins[0].total == 1 and view.in_view == 2


# ------------------------------------------------------------------------------ views


@pytest.mark.django_db
def test_the_summary_part_draws_the_axis_as_wide_as_asked(client: Client) -> None:
    putin = make_actor(name="Putin")
    make_event(actors=[putin], date_start=date(2024, 5, 23))
    url = f"/?actor={putin.pk}&part=summary"
    body = client.get(url + "&w=500", headers={"HX-Request": "true"}).content.decode()
    assert 'viewBox="0 0 500 ' in body and 'data-width="500"' in body
    assert body.count('class="ax-item ax-mark') == 1 and 'tabindex="0"' in body
    assert "Putin (1)" in body  # narrow: the name and the number
    # A bad width is the default, and `w` never enters the links.
    body = client.get(url + "&w=breit", headers={"HX-Request": "true"}).content.decode()
    assert 'data-width="960"' in body and "w=" not in body.replace("data-width", "")


@pytest.mark.django_db
def test_undated_events_are_named_not_dropped(client: Client) -> None:
    make_event(date_start=date(2024, 5, 23))
    make_event(date_start=None, date_end=None, precision="unknown")
    body = client.get("/").content.decode()
    assert "1 Ereignis ohne Datum steht nicht auf der Achse, nur in der Liste." in body


@pytest.mark.django_db
def test_the_axis_links_work_without_javascript(client: Client) -> None:
    make_event(date_start=date(2024, 5, 23))
    make_event(date_start=date(2024, 8, 2))
    body = client.get("/?start=2024-05&end=2024-08").content.decode()
    assert 'href="/?start=2024-05-01&amp;end=2024-05-01"' not in body  # no empty-day links
    assert "ganzer Zeitraum" in body and 'data-start="" data-end=""' in body
    assert ">+ näher</a>" in body and ">− weiter</a>" in body


@pytest.mark.django_db
def test_the_axis_speaks_english_from_the_catalogue(client: Client) -> None:
    make_event(date_start=date(2024, 5, 23), type=Event.Type.VISIT)
    make_event(date_start=None, date_end=None, precision="unknown")
    body = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert ">Time axis <span" in body and "+ closer" in body and "All events" in body
    assert "1 undated event is not on the axis, only in the list." in body
    assert 'aria-label="23.05.2024: 1 event (1 Visit)"' in body
