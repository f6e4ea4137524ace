"""axe-core (vendored from the npm registry in tests/vendor/axe-core/) on the main pages in headless
Chromium: the timeline with and without picked actors and a period (the axis with its lanes),
an event, an actor, an article's evidence and the admin login have no serious or critical
finding. Nothing is downloaded at test time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_browser import CHROMIUM, browser, events  # noqa: F401
from tests.test_timeline_axis_browser import _wait_until_drawn_to_width
from timeline.models import Event

AXE = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"
BLOCKING = ("serious", "critical")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="chromium is not installed"),
]

# WCAG 2.0–2.2 levels A and AA (target size included) and axe's best practices.
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
RUN = """async tags => {
  const only = {type: 'tag', values: tags};
  const result = await axe.run(document, {runOnly: only, resultTypes: ['violations']});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary})),
  }));
}"""


def _findings(tab: Any) -> list[dict[str, Any]]:
    # The page's CSP allows only scripts with its nonce: the context bypasses it for axe alone.
    tab.add_script_tag(path=str(AXE))
    return list(tab.evaluate(RUN, TAGS))


def _report(found: list[dict[str, Any]]) -> str:
    lines = []
    for v in found:
        lines.append(f"{v['impact']}: {v['id']} – {v['help']}")
        lines += [f"    {n['target']}: {n['summary']}" for n in v["nodes"][:8]]
    return "\n".join(lines)


def _pages(made: dict[str, Any]) -> dict[str, str]:
    putin, luka, met = made["putin"], made["luka"], made["met"]
    article = met.sources.first().article
    dyad = f"/?actor={putin.pk}&actor={luka.pk}"
    return {
        "index": "/",
        "lanes": dyad,
        "lanes-period": dyad + "&start=2024-05-01&end=2024-06-30",
        "lanes-open": dyad,
        "event": f"/ereignis/{met.pk}/",
        "actor": f"/akteur/{putin.pk}/",
        "article": f"/artikel/{article.pk}/",
        "articles": "/artikel/",
        "admin-login": "/admin/login/",
    }


PAGES = [
    "index",
    "lanes",
    "lanes-period",
    "lanes-open",
    "event",
    "actor",
    "article",
    "articles",
    "admin-login",
]


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("name", PAGES)
def test_no_serious_or_critical_axe_findings(
    browser: Any,  # noqa: F811
    live_server: Any,
    events: Any,  # noqa: F811
    name: str,
    width: int,
) -> None:
    assert AXE.exists(), "tests/vendor/axe-core/axe.min.js is missing"
    assert Event.objects.exists()
    context = browser.new_context(
        locale="de-DE", viewport={"width": width, "height": 900}, bypass_csp=True
    )
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda e: errors.append(str(e)))
    # A CSP violation or a script error is an error; a missing favicon is not.
    tab.on(
        "console",
        lambda m: (
            errors.append(m.text)
            if m.type == "error" and "Failed to load resource" not in m.text
            else None
        ),
    )
    tab.on(
        "response",
        lambda r: (
            errors.append(f"{r.status} {r.url}")
            if r.status >= 400 and not r.url.endswith("/favicon.ico")
            else None
        ),
    )
    tab.goto(live_server.url + _pages(events)[name])
    if name.startswith(("index", "lanes")):
        _wait_until_drawn_to_width(tab)
    if name == "lanes-open":
        # An entry opened in place: its sources and evidence load into the list.
        entry = tab.locator(f"#event-{events['met'].pk}")
        entry.locator("summary").click()
        entry.locator("blockquote.evidence").wait_for()
    found = _findings(tab)
    context.close()
    blocking = [v for v in found if v["impact"] in BLOCKING]
    assert not blocking, f"axe on {name} at {width} px:\n" + _report(blocking)
    assert not errors, errors


def test_axe_finds_a_planted_fault(
    browser: Any,  # noqa: F811
    live_server: Any,
    transactional_db: None,
) -> None:
    # The check above is only as good as axe's run: an image without alt text must be found.
    context = browser.new_context(locale="de-DE", bypass_csp=True)
    tab = context.new_page()
    tab.goto(live_server.url + "/admin/login/")
    tab.evaluate("document.querySelector('main, body').append(document.createElement('img'))")
    found = _findings(tab)
    context.close()
    assert "image-alt" in {v["id"] for v in found if v["impact"] in BLOCKING}, _report(found)


@pytest.mark.parametrize("where", ["queue", "event-form"])
def test_the_editors_desk_has_no_serious_or_critical_axe_findings(
    browser: Any,  # noqa: F811
    live_server: Any,
    events: Any,  # noqa: F811
    where: str,
) -> None:
    from tests.editorial_helpers import make_user
    from timeline.editorial import EDITOR_GROUP

    make_user("anna", EDITOR_GROUP)
    context = browser.new_context(
        locale="de-DE", viewport={"width": 1440, "height": 900}, bypass_csp=True
    )
    tab = context.new_page()
    tab.goto(live_server.url + "/admin/login/")
    tab.fill("#id_username", "anna")
    tab.fill("#id_password", "pw-for-tests-only")
    tab.click("input[type=submit]")
    tab.wait_for_url(lambda url: "/login/" not in url)
    path = "/admin/timeline/event/"
    if where == "event-form":
        path += f"{events['met'].pk}/change/"
    tab.goto(live_server.url + path)
    found = _findings(tab)
    context.close()
    blocking = [v for v in found if v["impact"] in BLOCKING]
    assert not blocking, f"axe on the admin's {where}:\n" + _report(blocking)
