"""The timeline in headless Chromium (Debian's /usr/bin/chromium driven by Playwright):
filtering updates the list and the URL, an event opens in place, the CSV export downloads,
and a screenshot lands in test-artifacts/timeline.png."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.factories import make_actor, make_event, make_place, make_source
from timeline.models import Event

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="chromium is not installed"),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    # Playwright's sync API runs its own event loop; Django must allow sync DB access then.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    chromium = playwright.chromium.launch(
        executable_path=CHROMIUM,
        args=[
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    )
    yield chromium
    chromium.close()
    playwright.stop()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(
        locale="de-DE", viewport={"width": 1280, "height": 1000}, accept_downloads=True
    )
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    context.close()
    # A CSP violation or a script error shows up here.
    assert not [e for e in errors if "favicon" not in e], errors


@pytest.fixture
def events(transactional_db: None) -> dict[str, Any]:
    putin = make_actor(name="Wladimir Putin")
    luka = make_actor(name="Alexander Lukaschenko")
    xi = make_actor(name="Xi Jinping")
    minsk = make_place(name="Minsk")
    moskau = make_place(name="Moskau")
    met = make_event(
        summary="Putin und Lukaschenko treffen sich in Minsk",
        actors=[putin, luka],
        place=minsk,
        date_start=date(2024, 5, 23),
        sources=0,
    )
    make_source(
        event=met,
        evidence="Am Donnerstag traf Putin in Minsk Lukaschenko.",
        date_text="Am Donnerstag",
        date_basis=Event.DateBasis.RELATIVE,
    )
    make_event(
        summary="Telefonat Putin–Lukaschenko",
        type=Event.Type.CALL,
        actors=[putin, luka],
        date_start=date(2024, 3, 2),
        review=Event.Review.VERIFIED,
    )
    make_event(
        summary="Putin reist nach Peking",
        type=Event.Type.VISIT,
        actors=[putin, xi],
        date_start=date(2024, 5, 16),
        date_end=date(2024, 5, 17),
        precision=Event.Precision.RANGE,
    )
    make_event(
        summary="Lukaschenko plant Besuch in Moskau",
        type=Event.Type.VISIT,
        status=Event.Status.PLANNED,
        actors=[luka],
        place=moskau,
        date_start=date(2024, 6, 21),
        date_end=date(2024, 6, 30),
        precision=Event.Precision.APPROXIMATE,
    )
    for month in range(1, 13):
        make_event(
            summary=f"Gipfel Nummer {month}",
            type=Event.Type.SUMMIT,
            actors=[xi],
            date_start=date(2023, month, 10),
        )
    make_event(summary="Wahl in Belarus", type=Event.Type.ELECTION, date_start=date(2025, 1, 26))
    return {"putin": putin, "luka": luka, "met": met}


def test_filter_open_export_and_screenshot(live_server: Any, page: Any, events: Any) -> None:
    from playwright.sync_api import expect

    putin, luka, met = events["putin"], events["luka"], events["met"]
    page.goto(live_server.url + "/")
    heading = page.locator("#results-heading")
    assert heading.inner_text().startswith("17 Ereignisse")

    # Pick Putin through the autocomplete: the list and the URL change, no page load.
    page.evaluate("window.__marker = 1")
    page.fill("#id_add_actor", "Puti")
    suggestion = page.locator("#actor-suggestions a", has_text="Wladimir Putin")
    suggestion.wait_for()
    suggestion.click()
    page.wait_for_url(f"**/?actor={putin.pk}")
    # The count comes with the summary, which the new list loads right after it.
    expect(heading).to_have_text(re.compile(r"^\s*3 Ereignisse"))
    assert page.evaluate("window.__marker") == 1  # the same document: htmx swapped the list
    assert page.locator("#actor-picker .chip").count() == 1
    expect(heading).to_be_focused()

    # Add Lukaschenko and ask for events with both: exactly their meeting and call.
    page.fill("#id_add_actor", "Lukasch")
    page.locator("#actor-suggestions a", has_text="Alexander Lukaschenko").click()
    both = (f"actor={putin.pk}", f"actor={luka.pk}")
    page.wait_for_url(lambda url: all(part in url for part in both))
    page.check("input[name=match][value=all]")
    page.wait_for_url("**match=all**")
    expect(heading).to_have_text(re.compile(r"^\s*2 Ereignisse"))
    expect(page.locator("#axis .ax-lane")).to_have_count(2)
    assert page.evaluate("window.__marker") == 1

    # Back goes to the previous filter.
    page.go_back()
    page.wait_for_url(lambda url: all(part in url for part in both) and "match" not in url)
    expect(heading).to_have_text(re.compile(r"^\s*4 Ereignisse"))
    page.go_forward()
    expect(heading).to_have_text(re.compile(r"^\s*2 Ereignisse"))

    # The scale: years group the list by year only.
    page.check("input[name=scale][value=year]")
    page.wait_for_url("**scale=year**")
    expect(page.locator("ol.events .group-4")).to_have_count(0)
    expect(page.locator("ol.events .group-3")).not_to_have_count(0)
    page.check("input[name=scale][value=month]")
    expect(page.locator("ol.events .group-4")).not_to_have_count(0)
    assert "scale" not in page.url

    # Open the meeting in place: its sources appear inside the entry.
    entry = page.locator(f"#event-{met.pk}")
    entry.locator("summary").click()
    evidence = entry.locator("blockquote.evidence")
    evidence.wait_for()
    assert evidence.locator("mark.hl-date").inner_text() == "Am Donnerstag"
    assert "Veröffentlichungsdatum 23.05.2024" in entry.inner_text()

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "timeline.png"), full_page=True)

    # Export exactly this view.
    with page.expect_download() as download_info:
        page.click("text=CSV für Excel")
    download = download_info.value
    content = Path(download.path()).read_bytes().decode("utf-8")
    assert content.startswith("\ufeffid;date_start;")
    assert len(content.strip().splitlines()) == 3
    assert "Putin und Lukaschenko treffen sich in Minsk" in content


def test_the_page_works_without_javascript(browser: Any, live_server: Any, events: Any) -> None:
    context = browser.new_context(java_script_enabled=False, locale="de-DE")
    page = context.new_page()
    page.goto(live_server.url + "/")
    page.fill("#id_add_actor", "Lukaschenko")
    page.fill("#id_start", "Mai 2024")
    page.click("button[type=submit]")
    assert page.locator("#results-heading").inner_text().startswith("2 Ereignisse")
    assert "start=Mai+2024" in page.url
    page.click("ol.events >> text=Lukaschenko plant Besuch in Moskau")
    assert page.locator("h1").inner_text() == "Lukaschenko plant Besuch in Moskau"
    context.close()


def test_the_page_reads_on_a_phone(browser: Any, live_server: Any, events: Any) -> None:
    context = browser.new_context(locale="de-DE", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(live_server.url + f"/?actor={events['putin'].pk}")
    width = page.evaluate("document.documentElement.scrollWidth")
    wide = page.evaluate(
        "Array.from(document.querySelectorAll('body *'))"
        ".filter(e => e.getBoundingClientRect().right > 391)"
        ".map(e => e.tagName + '.' + e.className)"
    )
    assert width <= 390, wide
    # The filters fold, so the results start on the first screen; they open on a tap.
    panel = page.locator(".filter-panel")
    assert panel.get_attribute("open") is None
    results = page.locator("#results-heading").bounding_box()
    assert results is not None and results["y"] < 844 / 2
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "timeline-phone.png"), full_page=False)
    page.click(".filter-panel > summary")
    assert page.locator("#id_add_actor").is_visible()
    context.close()
