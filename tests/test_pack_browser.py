"""timeline.html in a real browser: the system's Chromium, driven by Playwright, checked by
axe-core (shipped inside axe-playwright-python, so nothing is fetched at test time)."""

from __future__ import annotations

import os
import shutil

import pytest

from tests.test_pack import released  # noqa: F401  (the module's pack fixture)

CHROMIUM = os.environ.get("LIFESTORY_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
BLOCKING = ("serious", "critical")

pytestmark = pytest.mark.skipif(
    not os.path.exists(CHROMIUM),
    reason=f"Chromium not installed ({CHROMIUM}): `apt-get install chromium` to run the "
           "browser and accessibility checks (.ci/run installs it)",
)


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api",
                                   reason="playwright not installed (pip install -e .[test])")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM,
                                     args=["--no-sandbox", "--disable-gpu"])
        yield chromium
        chromium.close()


def open_page(browser, path, **context):
    """The page, with every request that is not the file itself refused and recorded."""
    page = browser.new_context(**context).new_page()
    fetched: list[str] = []

    def refuse(route):
        fetched.append(route.request.url)
        route.abort()

    page.route(lambda url: not url.startswith("file://"), refuse)
    page.goto(path.as_uri())
    return page, fetched


def test_timeline_html_has_no_serious_accessibility_violation(browser, released):  # noqa: F811
    axe = pytest.importorskip("axe_playwright_python.sync_playwright")
    page, fetched = open_page(browser, released[0].path / "timeline.html")
    results = axe.Axe().run(page)
    blocking = [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
        for v in results.response["violations"] if v["impact"] in BLOCKING
    ]
    assert not blocking, "\n".join(blocking)
    assert results.response["passes"], "axe ran no check"
    assert not fetched, f"the page fetched {fetched}"


def test_schedule_html_has_no_serious_accessibility_violation(browser, released):  # noqa: F811
    axe = pytest.importorskip("axe_playwright_python.sync_playwright")
    page, fetched = open_page(browser, released[0].path / "disclosure-schedule.html")
    violations = axe.Axe().run(page).response["violations"]
    assert not [v["id"] for v in violations if v["impact"] in BLOCKING]
    assert not fetched


def test_readable_at_200_percent_zoom_without_sideways_scrolling(browser, released):  # noqa: F811
    # A 1280-pixel-wide window at 200% zoom lays the page out 640 CSS pixels wide.
    page, _ = open_page(browser, released[0].path / "timeline.html",
                        viewport={"width": 640, "height": 900}, device_scale_factor=2)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"{overflow}px of sideways scrolling at 200% zoom"
    body_size = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    assert body_size >= 16


def test_print_stylesheet_starts_each_chapter_on_a_new_page(browser, released):  # noqa: F811
    page, _ = open_page(browser, released[0].path / "timeline.html")
    page.emulate_media(media="print")
    breaks = page.evaluate(
        "[...document.querySelectorAll('section.chapter')]"
        ".map(s => getComputedStyle(s).breakBefore)")
    assert breaks and set(breaks) == {"page"}
