"""One state in headless Chromium: a period set by a click on a bar of the time axis shows in the
"von/bis" fields and survives the next filter change; a bad period marks its field and keeps
the list; the actor suggestions close on Esc and on a click outside."""

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


def test_a_bar_click_fills_the_period_fields_and_the_next_change_keeps_it(
    live_server: Any,
    page: Any,  # noqa: F811
    events: Any,  # noqa: F811
) -> None:
    from playwright.sync_api import expect

    putin = events["putin"]
    page.goto(live_server.url + f"/?actor={putin.pk}")
    heading = page.locator("#results-heading")
    expect(heading).to_have_text(re.compile(r"^\s*3 Ereignisse"))
    # March to May 2024 in weeks: the bar of the week of 20 May holds the meeting.
    page.locator("#axis a.ax-bin[aria-label^='Woche 20.05.–26.05.2024']").click()
    page.wait_for_url(re.compile(r"start=2024-05-20"))
    expect(page.locator("#id_start")).to_have_value("2024-05-20")
    expect(page.locator("#id_end")).to_have_value("2024-05-26")
    expect(heading).to_have_text(re.compile(r"^\s*1 Ereignis\b"))
    expect(page).to_have_title(re.compile(r"^Wladimir Putin, 2024-05-20 – 2024-05-26 – Chronik"))

    # The next filter change keeps the period.
    page.check("input[name=type][value=visit]")
    page.wait_for_url(re.compile(r"type=visit"))
    assert "start=2024-05-20" in page.url and "end=2024-05-26" in page.url
    expect(heading).to_have_text(re.compile(r"^\s*0 Ereignisse"))
    expect(page.locator("#id_start")).to_have_value("2024-05-20")


def test_a_bad_period_marks_the_field_and_keeps_the_list(
    live_server: Any,
    page: Any,  # noqa: F811
    events: Any,  # noqa: F811
) -> None:
    from playwright.sync_api import expect

    page.goto(live_server.url + "/")
    heading = page.locator("#results-heading")
    expect(heading).to_have_text(re.compile(r"^\s*17 Ereignisse"))
    page.fill("#id_start", "Mitte 2024")
    page.press("#id_start", "Tab")
    expect(page.locator("#id_start")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#start-error")).to_contain_text("„Mitte 2024“ ist kein Zeitraum")
    expect(heading).to_have_text(re.compile(r"^\s*17 Ereignisse"))
    assert page.locator("ol.events li.event").count() == 17

    # Understood periods filter.
    page.fill("#id_start", "Q2 2024")
    page.fill("#id_end", "Q2 2024")
    page.press("#id_end", "Tab")
    expect(heading).to_have_text(re.compile(r"^\s*3 Ereignisse"))
    expect(page.locator("#id_start")).not_to_have_attribute("aria-invalid", "true")
    expect(page.locator("#id_start")).to_have_value("Q2 2024")


def test_the_suggestions_rank_putin_first_and_close_on_esc_and_outside_click(
    live_server: Any,
    page: Any,  # noqa: F811
    events: Any,  # noqa: F811
) -> None:
    from playwright.sync_api import expect

    from tests.factories import make_actor

    make_actor(name="Jacek Czaputowicz")
    page.goto(live_server.url + "/")
    suggestions = page.locator("#actor-suggestions a")
    page.fill("#id_add_actor", "Put")
    expect(suggestions.first).to_contain_text("Wladimir Putin")
    expect(suggestions.first).to_contain_text("3 Ereignisse")
    expect(page.locator("#id_add_actor")).to_have_attribute("aria-expanded", "true")
    page.press("#id_add_actor", "Escape")
    expect(suggestions).to_have_count(0)
    expect(page.locator("#id_add_actor")).to_have_attribute("aria-expanded", "false")

    page.fill("#id_add_actor", "Puti")
    expect(suggestions).not_to_have_count(0)
    page.click("h1")
    expect(suggestions).to_have_count(0)

    # Enter after ArrowDown picks the first one: Putin.
    page.fill("#id_add_actor", "Put")
    expect(suggestions.first).to_contain_text("Wladimir Putin")
    page.press("#id_add_actor", "ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"actor={events['putin'].pk}"))
