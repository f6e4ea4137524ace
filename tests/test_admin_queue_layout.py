"""The review queue in headless Chromium at 1440 px: no sideways scrolling, each row's source
sentence visible, a screenshot in test-artifacts/admin-queue-1440.png."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.editorial_helpers import make_event, make_user
from tests.test_browser import ARTIFACTS, CHROMIUM, browser  # noqa: F401  (fixture)
from timeline.editorial import EDITOR_GROUP
from timeline.models import Actor, Event

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="chromium is not installed"),
]


@pytest.fixture
def editor_page(browser: Any, live_server: Any, transactional_db: None) -> Iterator[Any]:  # noqa: F811
    make_user("anna", EDITOR_GROUP)
    context = browser.new_context(locale="de-DE", viewport={"width": 1440, "height": 900})
    page = context.new_page()
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "anna")
    page.fill("#id_password", "pw-for-tests-only")
    page.click("input[type=submit]")
    yield page
    context.close()


def test_the_queue_fits_1440_pixels(editor_page: Any, live_server: Any) -> None:
    putin = Actor.objects.create(name="Wladimir Putin")
    long = (
        "Der russische Präsident Wladimir Putin ist nach Angaben des Kremls am Donnerstag "
        "zu einem zweitägigen Staatsbesuch in der belarussischen Hauptstadt Minsk eingetroffen."
    )
    for i in range(8):
        event = make_event(
            summary=f"Treffen zwischen Putin und Lukaschenko in Minsk ({i})",
            actors=[putin],
            type=Event.Type.INAUGURATION,
            review=Event.Review.NEEDS_REVIEW,
            date_basis=Event.DateBasis.PUBLICATION,
            date_start=date(2024, 5, 9 + i),
            date_end=date(2024, 5, 9 + i),
        )
        event.sources.update(evidence=long)
    page = editor_page
    page.goto(live_server.url + "/admin/timeline/event/")
    page.wait_for_selector("#result_list")
    widths = page.evaluate(
        "(() => { const r = document.querySelector('#changelist .results');"
        " return [r.scrollWidth, r.clientWidth, document.documentElement.scrollWidth,"
        " document.documentElement.clientWidth]; })()"
    )
    assert widths[0] <= widths[1], widths
    assert widths[2] <= widths[3], widths
    assert page.locator(".field-evidence_sentence").first.is_visible()
    assert "eingetroffen" in page.locator(".field-evidence_sentence").first.inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "admin-queue-1440.png"))
