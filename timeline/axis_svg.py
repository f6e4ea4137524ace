"""The time axis's SVG markup, written in one pass from `axis.layout`'s positions.

A Django template loop per bar, segment and tick cost most of the axis request (hundreds of
elements, ~15,000 node renders); as with the list's rows (`presentation.rows_html`) the markup
is built here, every text escaped. Positions are attributes, never styles (the CSP).
"""

from __future__ import annotations

from html import escape

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from timeline.axis import LANE_INSET, AxisView, LaneView


def _n(value: float) -> str:
    """A coordinate without a needless ".0" and never with a decimal comma."""
    return f"{value:.1f}".removesuffix(".0")


def _lane(view: AxisView, lane: LaneView, index: int, event_prefix: str) -> list[str]:
    count = ngettext("%(counter)s Ereignis", "%(counter)s Ereignisse", lane.count) % {
        "counter": lane.count
    }
    # A phone has room for the name and the bare number only.
    name = f"{lane.name} ({lane.count})" if view.width < 600 else f"{lane.name} · {count}"
    if lane.undated:
        name += " · " + _("%(n)s ohne Datum") % {"n": lane.undated}
    if lane.counterparts and view.width >= 600:
        met = ", ".join(f"{other} {n}" for other, n in lane.counterparts)
        name += " · " + _("mit %(names)s") % {"names": met}
    left, right = _n(view.plot_x - LANE_INSET), _n(view.plot_right + LANE_INSET)
    out = [
        f'<g class="ax-lane" data-lane="{index}" data-actor="{lane.key}">'
        f'<rect class="ax-lane-bg" x="{left}" y="{_n(lane.y)}" '
        f'width="{_n(view.plot_width + 2 * LANE_INSET)}" height="{_n(lane.band_height)}"/>'
        f'<line class="ax-lane-line" x1="{left}" x2="{right}" y1="{_n(lane.mid_y)}" '
        f'y2="{_n(lane.mid_y)}"/>'
        f'<text class="ax-lane-name" x="{_n(view.plot_x - 4)}" y="{_n(lane.label_y)}">'
        f"{escape(name)}</text>"
    ]
    for b in lane.bins:
        count_text = (
            f'<text class="ax-count" x="{_n(b.text_x)}" y="{_n(b.text_y)}">{b.count}</text>'
            if b.show_count
            else ""
        )
        out.append(
            f'<g class="ax-lane-bin"><title>{escape(b.label)}</title>'
            f'<rect class="ax-lv{b.level}" x="{_n(b.x)}" y="{_n(b.y)}" width="{_n(b.width)}" '
            f'height="{_n(b.height)}"/>{count_text}</g>'
        )
    first = view.keyboard == "marks" and index == 0
    for i, m in enumerate(lane.marks):
        label = escape(m.label)
        planned = " ax-planned" if m.planned else ""
        shape = ""
        if m.kind == "band":
            shape = (
                f'<rect class="ax-band" x="{_n(m.x)}" y="{_n(m.band_y)}" width="{_n(m.width)}" '
                f'height="{_n(m.band_height)}" rx="3"/>'
            )
        elif m.kind == "range":
            shape = (
                f'<rect class="ax-range" x="{_n(m.x)}" y="{_n(m.bar_y)}" width="{_n(m.width)}" '
                'height="10" rx="5"/>'
            )
        out.append(
            f'<a class="ax-item ax-mark type-{m.type}{planned} ax-{m.kind}" '
            f'href="{event_prefix}{m.pk}/" tabindex="{0 if first and i == 0 else -1}" '
            f'data-lane="{index}" data-x="{_n(m.cx)}" data-event="{m.pk}" aria-label="{label}">'
            f"<title>{label}</title>"
            f'<rect class="ax-hit" x="{_n(m.hit_x)}" y="{_n(m.hit_y)}" '
            f'width="{_n(m.hit_width)}" height="24"/>{shape}'
            f'<circle class="ax-dot" cx="{_n(m.cx)}" cy="{_n(m.cy)}" r="9"/></a>'
            # The letter is drawn over the dot but outside the link: a link's visible text must
            # be part of its name (axe: label-content-name-mismatch), and "Te" is not.
            f'<text class="ax-letter type-{m.type}{planned}" aria-hidden="true" '
            f'x="{_n(m.cx)}" y="{_n(m.letter_y)}">{m.letter}</text>'
        )
    out.append("</g>")
    return out


def render(view: AxisView, *, event_prefix: str) -> SafeString:
    x0, right = _n(view.plot_x), _n(view.plot_right)
    out = [
        f'<svg class="axis-svg" id="axis-svg" viewBox="0 0 {view.width} {view.height}" '
        f'width="{view.width}" height="{view.height}" role="group" '
        f'aria-roledescription="{escape(_("Zeitachse"))}" aria-label="{escape(view.title)}" '
        f'aria-describedby="axis-help" data-keyboard="{view.keyboard}">'
        f'<rect class="ax-pan-zone" x="{x0}" y="0" width="{_n(view.plot_width)}" '
        f'height="{_n(view.axis_y)}"/>'
    ]
    for index, lane in enumerate(view.lanes):
        out += _lane(view, lane, index, event_prefix)
    for j in view.joins:
        out.append(
            f'<line class="ax-join" x1="{_n(j.x)}" x2="{_n(j.x)}" y1="{_n(j.y1)}" y2="{_n(j.y2)}"/>'
        )
    out.append(
        f'<g class="ax-axis"><line class="ax-axis-line" x1="{x0}" x2="{right}" '
        f'y1="{_n(view.axis_y)}" y2="{_n(view.axis_y)}"/>'
    )
    for t in view.ticks:
        major = " ax-major" if t.major else ""
        out.append(
            f'<line class="ax-tick{major}" x1="{_n(t.x)}" x2="{_n(t.x)}" y1="8" '
            f'y2="{_n(view.chart_bottom)}"/>'
            f'<text class="ax-tick-label{major}" x="{_n(t.x + 3)}" y="{_n(view.axis_y + 16)}">'
            f"{escape(t.label)}</text>"
        )
    out.append('</g><g class="ax-chart">')
    for y, value in view.y_ticks:
        out.append(
            f'<line class="ax-grid" x1="{x0}" x2="{right}" y1="{_n(y)}" y2="{_n(y)}"/>'
            f'<text class="ax-y-label" x="{_n(view.plot_x - 6)}" y="{_n(y + 4)}">{value}</text>'
        )
    out.append(
        f'<rect class="ax-brush-zone" x="{x0}" y="{_n(view.axis_y)}" '
        f'width="{_n(view.plot_width)}" height="{_n(view.brush_height)}"/>'
    )
    keyboard = view.keyboard == "bins"
    first_bin = view.first_bin
    chart_y, chart_height = _n(view.chart_y), _n(view.chart_height)
    for i, b in enumerate(view.bins):
        if not b.total:
            continue
        label = escape(b.label)
        x, width = _n(b.x), _n(b.width)
        segments = "".join(
            f'<rect class="ax-seg type-{s.type}" x="{x}" y="{_n(s.y)}" width="{width}" '
            f'height="{_n(s.height)}"/>'
            for s in b.segments
        )
        out.append(
            f'<a class="ax-bin{" ax-item" if keyboard else ""}" href="{escape(b.href)}" '
            f'data-start="{b.params[0]}" data-end="{b.params[1]}" data-x="{x}" data-lane="-1" '
            f'tabindex="{0 if keyboard and i == first_bin else -1}" aria-label="{label}">'
            f"<title>{label}</title>"
            f'<rect class="ax-hit" x="{x}" y="{chart_y}" width="{width}" '
            f'height="{chart_height}"/>{segments}</a>'
        )
    out.append(f'</g><rect class="ax-brush" x="0" y="0" width="0" height="{view.height}"/></svg>')
    return mark_safe("".join(out))  # every text above is escaped
