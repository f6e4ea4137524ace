"""The time axis of the timeline page, laid out in Python for a server-drawn SVG.

Pure: counts and events in (`AxisData`, built by `timeline.axis_data` from the database), every
position in pixels out (`AxisView`), so the template only writes numbers into SVG attributes
(no inline styles: the CSP forbids them) and the layout is testable without a browser.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Literal
from urllib.parse import urlencode

from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from timeline.periods import _calendar_names, date_label, month_label

Unit = Literal["day", "week", "month", "quarter", "year"]
UNITS: tuple[Unit, ...] = ("day", "week", "month", "quarter", "year")
FetchUnit = Literal["day", "month"]

# Individual event marks when at most this many events are in view, else counts per bin.
MAX_MARKS = 300
# The narrowest bar and hit target in pixels (WCAG 2.2 target size).
MIN_TARGET = 24
# The drawing's width when the browser did not say (no JavaScript), and its bounds.
DEFAULT_WIDTH = 960
MIN_WIDTH, MAX_WIDTH = 320, 1800
# A window of at most this many days is counted per day (weeks and days can be drawn).
DAY_COUNTS_UP_TO = 400

# Vertical layout, pixels.
PAD_LEFT, PAD_RIGHT = 50, 22
# The lanes' frames reach this far beyond the plot, so that a mark on its first or last day
# stays inside them.
LANE_INSET = 10
LANE_HEIGHT = 68
LANE_LABEL = 18
AXIS_HEIGHT = 30
CHART_HEIGHT = 96
MARK_RADIUS = 9

TYPE_LETTERS: dict[str, str] = {
    "visit": "Be",
    "meeting": "Tr",
    "call": "Te",
    "election": "Wa",
    "inauguration": "Am",
    "summit": "Gi",
    "protest": "Pr",
    "agreement": "Ab",
}


# ------------------------------------------------------------------------------ calendar


def floor(day: date, unit: Unit) -> date:
    """The first day of the `unit` that holds `day` (weeks start on Monday)."""
    if unit == "day":
        return day
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    if unit == "quarter":
        return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return date(day.year, 1, 1)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def step(day: date, unit: Unit) -> date:
    """The first day of the next `unit` after the one starting at `day`."""
    if unit == "day":
        return day + timedelta(days=1)
    if unit == "week":
        return day + timedelta(days=7)
    if unit == "month":
        return _add_months(day, 1)
    if unit == "quarter":
        return _add_months(day, 3)
    return date(day.year + 1, 1, 1)


@dataclass(frozen=True, slots=True)
class Window:
    """The period on the axis, both days included."""

    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def bin_starts(window: Window, unit: Unit) -> list[date]:
    starts: list[date] = []
    day = floor(window.start, unit)
    while day <= window.end:
        starts.append(day)
        day = step(day, unit)
    return starts


_UNIT_DAYS: dict[Unit, float] = {
    "day": 1, "week": 7, "month": 30.44, "quarter": 91.31, "year": 365.25
}  # fmt: skip


def _count(window: Window, unit: Unit) -> int:
    """The number of `unit` bins over the window (counted exactly when there are few)."""
    estimate = window.days / _UNIT_DAYS[unit]
    return len(bin_starts(window, unit)) if estimate < 200 else int(estimate) + 1


def choose_unit(window: Window, max_bins: int, finest: Unit = "day") -> Unit:
    """The finest unit from `finest` up that cuts the window into at most `max_bins` bins."""
    for unit in UNITS[UNITS.index(finest) :]:
        if _count(window, unit) <= max_bins:
            return unit
    return "year"


def fetch_unit(window: Window) -> FetchUnit:
    """The unit the database counts in for this window (finer units are summed up here)."""
    return "day" if window.days <= DAY_COUNTS_UP_TO else "month"


def period_param(day: date, unit: Unit) -> str:
    """A value of the form's "von"/"bis" field that the period parser reads back as this
    unit: "2024", "2024-05" or "2024-05-23" (a quarter or week as its first or last day)."""
    if unit == "year":
        return f"{day:%Y}"
    if unit == "month":
        return f"{day:%Y-%m}"
    return day.isoformat()


def window_params(window: Window) -> tuple[str, str]:
    """The shortest "von"/"bis" pair that selects exactly `window`."""
    units: tuple[Unit, ...] = ("year", "month")
    for u in units:
        if floor(window.start, u) == window.start and step(window.end, "day") == step(
            floor(window.end, u), u
        ):
            return period_param(window.start, u), period_param(window.end, u)
    return window.start.isoformat(), window.end.isoformat()


def zoomed(window: Window, factor: float, bounds: Window) -> Window:
    """`window` scaled by `factor` around its middle (at least one day, within `bounds`)."""
    middle = window.start + timedelta(days=window.days // 2)
    days = max(1, min(bounds.days, round(window.days * factor)))
    start = middle - timedelta(days=days // 2)
    return _clamped(start, days, bounds)


def panned(window: Window, fraction: float, bounds: Window) -> Window:
    start = window.start + timedelta(days=round(window.days * fraction))
    return _clamped(start, window.days, bounds)


def _clamped(start: date, days: int, bounds: Window) -> Window:
    start = max(bounds.start, min(start, bounds.end - timedelta(days=days - 1)))
    return Window(start, min(bounds.end, start + timedelta(days=days - 1)))


# ------------------------------------------------------------------------------ input


@dataclass(frozen=True, slots=True)
class AxisEvent:
    pk: int
    start: date
    end: date
    precision: str
    type: str
    planned: bool
    summary: str
    actors: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class LaneData:
    key: int  # the actor's id, 0 for "all events"
    name: str
    counts: Mapping[date, int]  # per fetch unit, in the window
    undated: int
    # Who else takes part most often in the marked events (name, number of events).
    counterparts: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class AxisData:
    """What the database says about the filtered events in the window (cacheable)."""

    window: Window
    bounds: Window  # where the axis may pan and zoom to (the data's extent, widened)
    fetch: FetchUnit
    counts: Mapping[date, Mapping[str, int]]  # per fetch unit and type, in the window
    total: int  # every filtered event, dated or not
    undated: int
    lanes: Sequence[LaneData]
    events: Sequence[AxisEvent] | None  # None: more than MAX_MARKS in the window


# ------------------------------------------------------------------------------ output


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    label: str
    major: bool


@dataclass(frozen=True, slots=True)
class Segment:
    type: str
    y: float
    height: float


@dataclass(frozen=True, slots=True)
class Bin:
    start: date
    x: float
    width: float
    total: int
    segments: tuple[Segment, ...]
    label: str  # "Mai 2024: 12 Ereignisse (3 Besuch, …)"
    href: str  # the timeline narrowed to this bin
    params: tuple[str, str]


@dataclass(frozen=True, slots=True)
class Mark:
    pk: int
    kind: Literal["point", "range", "band"]
    x: float  # left edge (a point: its centre)
    width: float
    cx: float  # where it sits, for joins and keyboard order
    cy: float
    type: str
    letter: str
    planned: bool
    label: str
    band_y: float = 0.0
    band_height: float = 0.0

    @property
    def hit_x(self) -> float:
        """The link's target: at least 24 px square around the mark (WCAG 2.2 target size)."""
        if self.kind == "point" or self.width < MIN_TARGET:
            return round(self.cx - MIN_TARGET / 2, 1)
        return self.x

    @property
    def hit_width(self) -> float:
        return max(float(MIN_TARGET), self.width if self.kind != "point" else 0.0)

    @property
    def hit_y(self) -> float:
        return round(self.cy - MIN_TARGET / 2, 1)

    @property
    def letter_y(self) -> float:
        return round(self.cy + 3.5, 1)

    @property
    def bar_y(self) -> float:
        return round(self.cy - 5, 1)


@dataclass(frozen=True, slots=True)
class LaneBin:
    """A lane's count in one bin: a bar as high as its share of the lane's peak, shaded in
    five steps, its number written when the bar is wide enough."""

    x: float
    y: float
    width: float
    height: float
    count: int
    level: int  # 1..5
    label: str

    @property
    def text_x(self) -> float:
        return round(self.x + self.width / 2, 1)

    @property
    def text_y(self) -> float:
        return round(self.y - 2, 1)

    @property
    def show_count(self) -> bool:
        return self.width >= 7 * len(str(self.count)) + 4


@dataclass(frozen=True, slots=True)
class LaneView:
    key: int
    name: str
    counterparts: tuple[tuple[str, int], ...]
    count: int
    undated: int
    y: float
    label_y: float
    mid_y: float
    marks: tuple[Mark, ...]
    bins: tuple[LaneBin, ...]

    @property
    def bottom(self) -> float:
        return self.y + LANE_HEIGHT - 4

    @property
    def band_height(self) -> float:
        return LANE_HEIGHT - 4


@dataclass(frozen=True, slots=True)
class Join:
    x: float
    y1: float
    y2: float


@dataclass(frozen=True, slots=True)
class Nav:
    label: str
    href: str
    params: tuple[str, str]


@dataclass(slots=True)
class AxisView:
    width: int
    height: int
    plot_x: float
    plot_width: float
    window: Window
    unit: Unit
    total: int
    undated: int
    in_view: int
    lanes: list[LaneView]
    joins: list[Join]
    shared: int
    ticks: list[Tick]
    axis_y: float
    chart_y: float
    chart_height: float
    bins: list[Bin]
    y_ticks: list[tuple[float, int]]
    detailed: bool
    title: str
    nav: list[Nav] = field(default_factory=list)

    @property
    def keyboard(self) -> str:
        """What the arrow keys walk through: the event marks, or else the bars' bins."""
        return "marks" if any(lane.marks for lane in self.lanes) else "bins"

    @property
    def first_bin(self) -> int:
        return next((i for i, b in enumerate(self.bins) if b.total), -1)

    @property
    def chart_bottom(self) -> float:
        return self.chart_y + self.chart_height

    @property
    def brush_height(self) -> float:
        return self.chart_bottom - self.axis_y + 4

    @property
    def plot_right(self) -> float:
        return self.plot_x + self.plot_width


@dataclass(frozen=True, slots=True)
class Scale:
    """Days to pixels: the window's first day starts at `x0`, its last ends at `x0 + width`."""

    start: date
    days: int
    x0: float
    width: float

    def x(self, day: date) -> float:
        return self.x0 + (day - self.start).days * self.width / self.days

    def span(self, first: date, last: date) -> tuple[float, float]:
        """Left edge and width of the days `first`..`last`, clipped to the window."""
        left = max(self.x0, self.x(first))
        right = min(self.x0 + self.width, self.x(last + timedelta(days=1)))
        return left, max(0.0, right - left)


# ------------------------------------------------------------------------------ layout


def nice_ceiling(value: int) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50, … that is ≥ `value`."""
    if value <= 1:
        return 1
    power = int(10 ** (len(str(value)) - 1))
    for factor in (1, 2, 5, 10):
        if factor * power >= value:
            return factor * power
    return 10 * power


def _short_month(day: date) -> str:
    return _calendar_names(get_language())[0][day.month - 1][:3]


def ticks(window: Window, scale: Scale) -> list[Tick]:
    """Labelled ticks: days, weeks, months, quarters or years (every 2, 5, 10 … years for long
    windows), as many as fit with room for their labels."""
    room = scale.width
    candidates: list[tuple[Unit, int, float]] = [
        ("day", 1, 46), ("week", 1, 52), ("month", 1, 44), ("quarter", 1, 60),
        ("year", 1, 44), ("year", 2, 44), ("year", 5, 44), ("year", 10, 44), ("year", 25, 44),
        ("year", 50, 44), ("year", 100, 44),
    ]  # fmt: skip
    unit: Unit = "year"
    every = 100
    for unit_, every_, spacing in candidates:
        if _count(window, unit_) / every_ * spacing <= room:
            unit, every = unit_, every_
            break
    result: list[Tick] = []
    day = floor(window.start, unit)
    first = True
    while day <= window.end:
        if day >= window.start and (unit != "year" or day.year % every == 0):
            if unit == "year":
                label, major = str(day.year), True
            elif unit in ("month", "quarter"):
                major = day.month == 1
                label = f"{day.year}" if major else _short_month(day)
                if first and not major:
                    label = f"{_short_month(day)} {day.year}"
            else:
                major = day.day == 1 or first
                label = f"{day.day}. {_short_month(day)}" + (f" {day.year}" if first else "")
            result.append(Tick(round(scale.x(day), 1), label, major))
            first = False
        day = step(day, unit)
    return result


def bin_label(start: date, unit: Unit) -> str:
    if unit == "year":
        return str(start.year)
    if unit == "quarter":
        return _("%(q)s. Quartal %(year)s") % {"q": (start.month - 1) // 3 + 1, "year": start.year}
    if unit == "month":
        return month_label(start)
    if unit == "week":
        end = start + timedelta(days=6)
        return _("Woche %(start)s–%(end)s") % {
            "start": f"{start:%d.%m.}",
            "end": f"{end:%d.%m.%Y}",
        }
    return f"{start:%d.%m.%Y}"


def _events_label(count: int) -> str:
    return ngettext("%(n)s Ereignis", "%(n)s Ereignisse", count) % {"n": count}


def _rebin(counts: Mapping[date, int], unit: Unit, window: Window) -> dict[date, int]:
    """Counts per fetch unit summed into `unit` bins; counts before the window (events that
    began earlier and reach into it) go to the first bin."""
    first = floor(window.start, unit)
    result: dict[date, int] = {}
    for day, n in counts.items():
        key = max(first, floor(day, unit))
        result[key] = result.get(key, 0) + n
    return result


def _mark(
    event: AxisEvent, scale: Scale, lane_y: float, cy: float, type_labels: Mapping[str, str]
) -> Mark:
    left, width = scale.span(event.start, event.end)
    if event.precision in ("month", "year"):
        kind: Literal["point", "range", "band"] = "band"
    elif event.end > event.start and width >= 2 * MARK_RADIUS:
        kind = "range"
    else:
        kind = "point"
    cx = left + width / 2 if kind != "range" else max(left + MARK_RADIUS, scale.x(event.start))
    if kind == "point":
        cx = scale.x(event.start) + scale.width / scale.days / 2
    status = f" · {_('geplant')}" if event.planned else ""
    label = (
        f"{date_label(event.start, event.end, event.precision)} · "
        f"{type_labels.get(event.type, event.type)}{status}: {event.summary}"
    )
    return Mark(
        pk=event.pk,
        kind=kind,
        x=round(left, 1),
        width=round(width, 1),
        cx=round(cx, 1),
        cy=cy,
        type=event.type,
        letter=TYPE_LETTERS.get(event.type, "?"),
        planned=event.planned,
        label=label,
        band_y=lane_y + LANE_LABEL + 2,
        band_height=LANE_HEIGHT - LANE_LABEL - 8,
    )


def _spread(marks: list[Mark], mid: float) -> list[Mark]:
    """Points that would overlap move up or down a little (three rows at most), so that each
    keeps most of its 24 px target."""
    rows: list[float] = [-1e9, -1e9, -1e9]
    offsets = (0.0, -13.0, 13.0)
    result: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (m.cx, m.pk)):
        row = next((i for i, last in enumerate(rows) if mark.cx - last >= 2 * MARK_RADIUS), None)
        if row is None:
            row = min(range(3), key=lambda i: rows[i])
        rows[row] = mark.cx
        result.append(replace(mark, cy=mid + offsets[row]))
    return result


def layout(
    data: AxisData,
    *,
    width: int,
    type_labels: Mapping[str, str],
    link: Callable[[str, str], str],
) -> AxisView:
    """Every position of the axis drawing `width` pixels wide. `link(start, end)` is the page
    URL with the period fields set to these values (the other filters kept)."""
    width = max(MIN_WIDTH, min(MAX_WIDTH, width))
    window = data.window
    plot_width = width - PAD_LEFT - PAD_RIGHT
    scale = Scale(window.start, window.days, PAD_LEFT, plot_width)
    finest: Unit = "day" if data.fetch == "day" else "month"
    unit = choose_unit(window, max(4, int(plot_width // MIN_TARGET)), finest)

    # Lanes: one per actor (or one for every event when none is picked and few are in view).
    lanes: list[LaneView] = []
    y = 8.0
    events = data.events
    detailed = events is not None
    for lane in data.lanes:
        mid = y + LANE_LABEL + (LANE_HEIGHT - LANE_LABEL) / 2
        marks: list[Mark] = []
        lane_bins: list[LaneBin] = []
        if events is not None:
            mine = [e for e in events if lane.key == 0 or lane.key in e.actors]
            marks = _spread([_mark(e, scale, y, mid, type_labels) for e in mine], mid)
        else:
            per_bin = _rebin(lane.counts, unit, window)
            peak = max(per_bin.values(), default=1)
            floor_y = y + LANE_HEIGHT - 5
            room = LANE_HEIGHT - LANE_LABEL - 20
            for start, n in sorted(per_bin.items()):
                left, w = scale.span(max(start, window.start), step(start, unit) - timedelta(1))
                height = max(2.0, room * n / peak)
                level = max(1, math.ceil(5 * n / peak))
                label = f"{lane.name}, {bin_label(start, unit)}: {_events_label(n)}"
                lane_bins.append(
                    LaneBin(round(left + 1, 1), round(floor_y - height, 1), round(max(1, w - 2), 1),
                            round(height, 1), n, level, label)
                )  # fmt: skip
        lanes.append(
            LaneView(
                key=lane.key,
                name=lane.name,
                counterparts=lane.counterparts,
                count=sum(lane.counts.values()),
                undated=lane.undated,
                y=y,
                label_y=y + 12,
                mid_y=mid,
                marks=tuple(marks),
                bins=tuple(lane_bins),
            )
        )
        y += LANE_HEIGHT

    # Shared events: one vertical join through the lanes that hold them.
    joins: list[Join] = []
    if len(lanes) > 1:
        where: dict[int, list[Mark]] = {}
        for lane_view in lanes:
            for mark in lane_view.marks:
                where.setdefault(mark.pk, []).append(mark)
        for marks_of_event in where.values():
            if len(marks_of_event) > 1:
                ys = [m.cy for m in marks_of_event]
                # From dot to dot, not through their letters.
                top, bottom = min(ys) + MARK_RADIUS, max(ys) - MARK_RADIUS
                joins.append(Join(marks_of_event[0].cx, top, bottom))

    axis_y = y + 4
    chart_y = axis_y + AXIS_HEIGHT + 8
    by_type: dict[str, dict[date, int]] = {}
    for day, per_type in data.counts.items():
        for kind, n in per_type.items():
            by_type.setdefault(kind, {})[day] = by_type.get(kind, {}).get(day, 0) + n
    binned = {kind: _rebin(counts, unit, window) for kind, counts in by_type.items()}
    starts = bin_starts(window, unit)
    totals = {s: sum(b.get(s, 0) for b in binned.values()) for s in starts}
    top = nice_ceiling(max(totals.values(), default=0))
    per_count = CHART_HEIGHT / top
    order = [kind for kind in TYPE_LETTERS if kind in binned]
    bins: list[Bin] = []
    for start in starts:
        last = step(start, unit) - timedelta(days=1)
        left, w = scale.span(max(start, window.start), min(last, window.end))
        base = chart_y + CHART_HEIGHT
        segments: list[Segment] = []
        parts: list[str] = []
        for kind in order:
            n = binned[kind].get(start, 0)
            if n:
                height = n * per_count
                base -= height
                segments.append(Segment(kind, round(base, 1), round(height, 1)))
                parts.append(f"{n} {type_labels.get(kind, kind)}")
        total = totals[start]
        label = f"{bin_label(start, unit)}: {_events_label(total)}"
        if parts:
            label += f" ({', '.join(parts)})"
        params = window_params(Window(max(start, window.start), min(last, window.end)))
        bins.append(
            Bin(start, round(left, 1), round(w, 1), total, tuple(segments), label,
                link(*params), params)
        )  # fmt: skip
    y_ticks = [(round(chart_y + CHART_HEIGHT - v * per_count, 1), v) for v in (0, top // 2, top)]
    if top == 1:
        y_ticks = [y_ticks[0], y_ticks[2]]

    in_view = sum(totals.values())
    shared = len(joins)
    nav = _nav(window, data.bounds, link)
    title = _("Zeitachse %(start)s – %(end)s, %(events)s") % {
        "start": f"{window.start:%d.%m.%Y}",
        "end": f"{window.end:%d.%m.%Y}",
        "events": _events_label(in_view),
    }
    return AxisView(
        width=width,
        height=int(chart_y + CHART_HEIGHT + 8),
        plot_x=PAD_LEFT,
        plot_width=plot_width,
        window=window,
        unit=unit,
        total=data.total,
        undated=data.undated,
        in_view=in_view,
        lanes=lanes,
        joins=joins,
        shared=shared,
        ticks=ticks(window, scale),
        axis_y=axis_y,
        chart_y=chart_y,
        chart_height=CHART_HEIGHT,
        bins=bins,
        y_ticks=y_ticks,
        detailed=detailed,
        title=title,
        nav=nav,
    )


def _nav(window: Window, bounds: Window, link: Callable[[str, str], str]) -> list[Nav]:
    """Links that zoom and pan (they work without JavaScript; the script sets the same
    period in the form instead)."""
    result: list[Nav] = []
    for label, target in (
        (_("◀ früher"), panned(window, -0.5, bounds)),
        (_("− weiter"), zoomed(window, 2.0, bounds)),
        (_("+ näher"), zoomed(window, 0.5, bounds)),
        (_("später ▶"), panned(window, 0.5, bounds)),
    ):
        if target != window:
            params = window_params(target)
            result.append(Nav(label, link(*params), params))
    return result


def query_link(base_url: str, params: Sequence[tuple[str, str]]) -> Callable[[str, str], str]:
    """`link(start, end)` for `layout`: the page URL with the other parameters `params`."""
    pairs = [(k, v) for k, v in params if k not in ("start", "end")]

    def link(start: str, end: str) -> str:
        return f"{base_url}?{urlencode([*pairs, ('start', start), ('end', end)])}"

    return link
