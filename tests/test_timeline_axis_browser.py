"""The time axis in headless Chromium: a brush writes the period fields and the URL, the form
moves the axis, a shared event sits at one date in both lanes, the keys walk the events, and
screenshots at 1440 and 390 px land in test-artifacts/."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.test_browser import ARTIFACTS, CHROMIUM, browser, events, page  # noqa: F401

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="chromium is not installed"),
]


def _wait_until_drawn_to_width(tab: Any) -> None:
    """The first paint draws at the default width; the script asks again at the box's."""
    # As timeline.js decides: within 12 % of the box's width is drawn closely enough.
    check = (
        "(w => Math.abs(document.querySelector('#axis').dataset.width - w) / w < 0.12)"
        "(document.querySelector('#axis svg').getBoundingClientRect().width)"
    )
    for _ in range(100):
        if tab.evaluate(check):
            return
        tab.wait_for_timeout(100)
    raise AssertionError("the axis was not drawn at its box's width")


def _dyad(made: dict[str, Any]) -> str:
    return f"/?actor={made['putin'].pk}&actor={made['luka'].pk}"


def test_a_brush_over_the_bars_sets_the_period_fields_and_the_url(
    live_server: Any,
    page: Any,  # noqa: F811
    events: Any,  # noqa: F811
) -> None:
    from playwright.sync_api import expect

    page.goto(live_server.url + _dyad(events))
    _wait_until_drawn_to_width(page)
    heading = page.locator("#results-heading")
    expect(heading).to_have_text(re.compile(r"^\s*4 Ereignisse"))
    # March to June 2024: the data's extent.
    assert page.locator("#axis").get_attribute("data-start") == "2024-03-01"
    zone = page.locator("#axis .ax-brush-zone").bounding_box()
    assert zone is not None
    y = zone["y"] + zone["height"] / 2
    page.mouse.move(zone["x"] + zone["width"] * 0.5, y)
    page.mouse.down()
    page.mouse.move(zone["x"] + zone["width"] * 0.7, y, steps=5)
    page.mouse.move(zone["x"] + zone["width"] * 0.9, y, steps=5)
    page.mouse.up()
    page.wait_for_url(re.compile(r"start=2024-0[45]-\d\d&end=2024-06-\d\d"))
    start = page.locator("#id_start").input_value()
    end = page.locator("#id_end").input_value()
    assert re.fullmatch(r"2024-0[45]-\d\d", start) and re.fullmatch(r"2024-06-\d\d", end)
    assert f"start={start}" in page.url and f"end={end}" in page.url
    # One state: the axis now shows exactly the period of the fields.
    expect(page.locator("#axis")).to_have_attribute("data-start", start)
    expect(heading).to_have_text(re.compile(r"^\s*2 Ereignisse"))


def test_the_form_moves_the_axis(
    live_server: Any,
    page: Any,  # noqa: F811
    events: Any,  # noqa: F811
) -> None:
    from playwright.sync_api import expect

    page.goto(live_server.url + "/")
    _wait_until_drawn_to_width(page)
    axis = page.locator("#axis")
    expect(axis).to_have_attribute("data-start", "2023-01-01")
    page.fill("#id_start", "Mai 2024")
    page.press("#id_start", "Tab")
    page.wait_for_url(re.compile(r"start=Mai"))
    expect(axis).to_have_attribute("data-start", "2024-05-01")
    page.fill("#id_end", "Juni 2024")
    page.press("#id_end", "Tab")
    page.wait_for_url(re.compile(r"end=Juni"))
    expect(axis).to_have_attribute("data-start", "2024-05-01")
    expect(axis).to_have_attribute("data-days", "61")
    expect(page.locator("#axis .axis-window")).to_have_text("01.05.2024 – 30.06.2024")
    # Few events in view: each one is a mark at its date (a single lane, none picked).
    expect(page.locator("#axis .ax-mark")).to_have_count(3)


def test_a_shared_event_sits_at_one_date_in_both_lanes_and_is_joined(
    live_server: Any,
    page: Any,  # noqa: F811
    events: Any,  # noqa: F811
) -> None:
    from playwright.sync_api import expect

    met = events["met"]
    page.goto(live_server.url + _dyad(events))
    _wait_until_drawn_to_width(page)
    lanes = page.locator("#axis .ax-lane")
    expect(lanes).to_have_count(2)
    expect(lanes.filter(has_text="Wladimir Putin · 3 Ereignisse · mit Alexander")).to_have_count(1)
    expect(lanes.filter(has_text="Alexander Lukaschenko · 3 Ereignisse")).to_have_count(1)
    marks = page.locator(f"#axis .ax-mark[data-event='{met.pk}'] .ax-dot")
    expect(marks).to_have_count(2)
    first, second = marks.nth(0).bounding_box(), marks.nth(1).bounding_box()
    assert first is not None and second is not None
    assert abs(first["x"] - second["x"]) < 0.5 and abs(second["y"] - first["y"]) > 20
    # Two shared events (the meeting and the call), each joined across the lanes.
    expect(page.locator("#axis .ax-join")).to_have_count(2)
    expect(page.locator("#axis .axis-notes")).to_contain_text("2 gemeinsame Ereignisse")
    # A click on a mark opens its entry in the list, in place.
    page.locator(f"#axis .ax-mark[data-event='{met.pk}']").first.click()
    expect(page.locator(f"#event-{met.pk} details.event-more")).to_have_attribute("open", "")
    expect(page.locator(f"#event-{met.pk} blockquote.evidence")).to_be_visible()
    expect(page.locator(f"#event-{met.pk} summary")).to_be_focused()
    # Every mark's target is at least 24 px square.
    for box in page.locator("#axis .ax-mark .ax-hit").evaluate_all(
        "els => els.map(e => e.getBoundingClientRect()).map(r => [r.width, r.height])"
    ):
        assert box[0] >= 24 and box[1] >= 24, box


def test_the_keys_walk_the_events_and_zoom(
    live_server: Any,
    page: Any,  # noqa: F811
    events: Any,  # noqa: F811
) -> None:
    from playwright.sync_api import expect

    page.goto(live_server.url + _dyad(events))
    _wait_until_drawn_to_width(page)
    # One tab stop for the whole chart.
    expect(page.locator("#axis [tabindex='0']")).to_have_count(1)
    putin_lane = page.locator("#axis .ax-lane", has_text=re.compile(r"^Wladimir Putin"))
    lane = putin_lane.get_attribute("data-lane")
    putin_lane.locator(".ax-mark").first.focus()
    focused = page.locator(":focus")
    # Putin's lane in time order: the call (2 March), Peking (16 May), the meeting (23 May).
    expect(focused).to_have_attribute("aria-label", re.compile(r"^02\.03\.2024 · Telefonat"))
    page.keyboard.press("ArrowRight")
    expect(focused).to_have_attribute("aria-label", re.compile(r"^16\.–17\.05\.2024 · Besuch"))
    page.keyboard.press("ArrowRight")
    expect(focused).to_have_attribute("aria-label", re.compile(r"^23\.05\.2024 · Treffen"))
    expect(page.locator("#axis-readout")).to_contain_text("Putin und Lukaschenko treffen sich")
    assert focused.get_attribute("data-event") == str(events["met"].pk)
    # Down (or up): the same meeting in Lukaschenko's lane.
    page.keyboard.press("ArrowDown" if lane == "0" else "ArrowUp")
    expect(focused).to_have_attribute("data-lane", "1" if lane == "0" else "0")
    assert focused.get_attribute("data-event") == str(events["met"].pk)
    expect(page.locator("#axis [tabindex='0']")).to_have_count(1)
    # + zooms in around it: the period fields, the URL and the axis follow.
    page.keyboard.press("+")
    page.wait_for_url(re.compile(r"start=2024-0[45]-\d\d"))
    expect(page.locator("#id_start")).to_have_value(re.compile(r"^2024-0[45]-\d\d$"))
    expect(page.locator("#axis")).to_have_attribute("data-days", re.compile(r"^(61|62)$"))
    # The keys stay in the chart: its first mark has the focus again.
    expect(page.locator("#axis .ax-item:focus")).to_have_count(1)


def test_dragging_the_lanes_pans_and_the_wheel_zooms(
    live_server: Any,
    page: Any,  # noqa: F811
    events: Any,  # noqa: F811
) -> None:
    from playwright.sync_api import expect

    page.goto(live_server.url + _dyad(events) + "&start=2024-04-01&end=2024-04-30")
    _wait_until_drawn_to_width(page)
    axis = page.locator("#axis")
    expect(axis).to_have_attribute("data-start", "2024-04-01")
    lane = page.locator("#axis .ax-lane-bg").first.bounding_box()
    assert lane is not None
    y = lane["y"] + lane["height"] - 4
    # Dragging the lanes to the left by half their width moves the period about half a month on.
    page.mouse.move(lane["x"] + lane["width"] * 0.75, y)
    page.mouse.down()
    page.mouse.move(lane["x"] + lane["width"] * 0.5, y, steps=6)
    page.mouse.move(lane["x"] + lane["width"] * 0.25, y, steps=6)
    page.mouse.up()
    page.wait_for_url(re.compile(r"start=2024-04-1[4-8]&end=2024-05-1[3-7]"))
    expect(page.locator("#id_start")).to_have_value(re.compile(r"^2024-04-1[4-8]$"))
    expect(axis).to_have_attribute("data-start", re.compile(r"^2024-04-1[4-8]$"))
    # Back: April again, drawn in place (not as it was half dragged).
    page.go_back()
    page.wait_for_url(re.compile(r"start=2024-04-01"))
    expect(axis).to_have_attribute("data-start", "2024-04-01")
    assert page.locator("#axis svg").get_attribute("viewBox", timeout=5000).startswith("0 0 ")
    page.go_forward()
    expect(axis).to_have_attribute("data-start", re.compile(r"^2024-04-1[4-8]$"))
    # A wheel step down over the chart zooms out by a quarter around the pointer.
    zone = page.locator("#axis .ax-brush-zone").bounding_box()
    assert zone is not None
    page.mouse.move(zone["x"] + zone["width"] / 2, zone["y"] + zone["height"] / 2)
    page.mouse.wheel(0, 200)
    expect(axis).to_have_attribute("data-days", re.compile(r"^3[78]$"))
    assert "start=2024-0" in page.url and page.locator("#id_end").input_value() in page.url


def test_two_fingers_pinch_to_zoom(
    browser: Any,  # noqa: F811
    live_server: Any,
    events: Any,  # noqa: F811
) -> None:
    from playwright.sync_api import expect

    context = browser.new_context(
        locale="de-DE", viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True
    )
    tab = context.new_page()
    tab.goto(live_server.url + _dyad(events) + "&start=2024-04-01&end=2024-05-31")
    _wait_until_drawn_to_width(tab)
    zone = tab.locator("#axis .ax-lane-bg").first.bounding_box()
    assert zone is not None
    y, mid = zone["y"] + zone["height"] - 6, zone["x"] + zone["width"] / 2
    cdp = context.new_cdp_session(tab)

    def touch(kind: str, spread: float) -> None:
        points = [{"x": mid - spread, "y": y, "id": 1}, {"x": mid + spread, "y": y, "id": 2}]
        cdp.send("Input.dispatchTouchEvent", {"type": kind, "touchPoints": points})

    # Fingers apart: closer in, the period shrinks around the middle.
    touch("touchStart", 30)
    for spread in (45, 60, 75, 90):
        touch("touchMove", spread)
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    tab.wait_for_url(re.compile(r"start=2024-0[45]-\d\d&end=2024-05-\d\d"))
    expect(tab.locator("#axis")).to_have_attribute("data-days", re.compile(r"^(19|2\d)$"))
    context.close()


@pytest.mark.parametrize(("width", "name"), [(1440, "axis-1440"), (390, "axis-390")])
def test_axis_screenshots(
    browser: Any,  # noqa: F811
    live_server: Any,
    events: Any,  # noqa: F811
    width: int,
    name: str,
) -> None:
    context = browser.new_context(locale="de-DE", viewport={"width": width, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    tab.goto(live_server.url + _dyad(events))
    tab.locator("#axis").wait_for()
    # Drawn as wide as its box (the first paint asks again at the phone's width).
    _wait_until_drawn_to_width(tab)
    assert tab.evaluate("document.documentElement.scrollWidth") <= width
    ARTIFACTS.mkdir(exist_ok=True)
    tab.locator("#axis").screenshot(path=str(ARTIFACTS / f"{name}.png"))
    tab.screenshot(path=str(ARTIFACTS / f"{name}-tab.png"), full_page=False)
    context.close()
    assert not [e for e in errors if "favicon" not in e], errors
