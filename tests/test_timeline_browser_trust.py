"""Trust and places in headless Chromium (issue 15, §2 and §3): the order and "Zweifelhafte
ausblenden" update the list and the URL in place; a place typed into the searchable field
(suggestions with counts) filters; screenshots at 1440 and 390 px wide."""

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


def test_sort_and_hiding_doubtful_events_update_the_list_and_the_url(
    live_server: Any,
    page: Any,  # noqa: F811
    events: Any,  # noqa: F811
) -> None:
    from playwright.sync_api import expect

    from timeline.models import Event

    met = events["met"]
    Event.objects.filter(pk=met.pk).update(date_conflict=True)
    Event.objects.filter(summary="Gipfel Nummer 1").update(confidence=0.2)
    page.set_viewport_size({"width": 1440, "height": 900})
    page.goto(live_server.url + "/")
    heading = page.locator("#results-heading")
    expect(heading).to_have_text(re.compile(r"^\s*17 Ereignisse"))
    card = page.locator(f"#event-{met.pk}")
    expect(card.locator(".badge-conflict")).to_have_text("⚠ Datum strittig")
    expect(card.locator(".confidence")).to_contain_text("Sicherheit: hoch")
    expect(card.locator(".confidence")).to_have_attribute("title", re.compile(r"0,80"))

    page.select_option("#id_sort", "date_desc")
    page.wait_for_url(re.compile(r"sort=date_desc"))
    expect(page.locator("ol.events li.event").first).to_contain_text("Wahl in Belarus")

    page.check("#id_no_doubtful")
    page.wait_for_url(re.compile(r"no_doubtful=on"))
    expect(heading).to_have_text(re.compile(r"^\s*15 Ereignisse"))
    expect(card).to_have_count(0)
    assert "sort=date_desc" in page.url
    # The export link follows what is shown.
    href = page.locator(".export-links a").first.get_attribute("href")
    assert "sort=date_desc" in href and "no_doubtful=on" in href
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "timeline-trust-1440.png"), full_page=False)


def test_a_place_typed_into_the_searchable_field_filters(
    live_server: Any,
    page: Any,  # noqa: F811
    events: Any,  # noqa: F811
) -> None:
    from playwright.sync_api import expect

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/")
    options = page.locator("#place-options option")
    expect(options).to_have_count(2)
    assert options.first.get_attribute("label") == "1 Ereignis"
    if not page.locator("#id_place").is_visible():  # the filters fold on a phone
        page.locator(".filter-panel > summary").click()
    page.fill("#id_place", "minsk")
    page.press("#id_place", "Tab")
    page.wait_for_url(re.compile(r"place=Minsk"))
    heading = page.locator("#results-heading")
    expect(heading).to_have_text(re.compile(r"^\s*1 Ereignis\b"))
    expect(page.locator("ol.events li.event")).to_contain_text("Minsk")
    # (An unknown name answers 400 with a message: tests/test_timeline_places.py; here the
    # page fixture counts a 400 in the console as an error.)
    ARTIFACTS.mkdir(exist_ok=True)
    page.fill("#id_place", "")
    page.press("#id_place", "Tab")
    expect(heading).to_have_text(re.compile(r"^\s*17 Ereignisse"))
    page.screenshot(path=str(ARTIFACTS / "timeline-trust-390.png"), full_page=True)
