"""axe-core (WCAG 2.2 A/AA) on every page of the site, and no request leaves the site
while a page loads."""

from __future__ import annotations

import json
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page
from site_helpers import page_dir_url, settle

from project import DOCS

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}


def site_paths() -> list[str]:
    """Every published page (as paths, e.g. /blokken/scholing/)."""
    pages = [
        path.relative_to(DOCS).as_posix()
        for path in DOCS.rglob("*.md")
        if not path.relative_to(DOCS).as_posix().startswith(("_data/", "templates/"))
    ]
    return sorted(page_dir_url(page) for page in pages)


PATHS = site_paths()


def describe(violations) -> str:
    return json.dumps(
        [
            {
                "id": v["id"],
                "help": v["help"],
                "targets": [node["target"] for node in v["nodes"]][:5],
            }
            for v in violations
        ],
        indent=1,
        ensure_ascii=False,
    )


def test_sitemap_lists_the_home_page_and_every_block():
    assert "/" in PATHS
    assert sum(path.startswith("/blokken/") for path in PATHS) == 9


@pytest.mark.parametrize("path", PATHS)
def test_no_wcag_violations(page: Page, path):
    page.goto(path)
    violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    assert violations == [], describe(violations)


def open_search_on_a_phone(page: Page, query: str) -> None:
    page.set_viewport_size({"width": 375, "height": 812})
    page.goto("/")
    page.locator("label.md-search__icon, label[for='__search']").first.click()
    page.keyboard.type(query)
    page.wait_for_selector(".md-search-result__item")


def test_no_wcag_violations_with_search_open_on_a_phone(page: Page):
    open_search_on_a_phone(page, "artrose")
    settle(page)  # the results fade in; axe must read their final colours
    violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    assert violations == [], describe(violations)


def test_settle_waits_for_a_slow_fade(page: Page):
    """The cause of the old flake, made certain: with animations at a twentieth of their
    speed, axe run while the search dialog fades in reports the grey text's contrast; after
    `settle` the same page is clean."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("Animation.enable")
    cdp.send("Animation.setPlaybackRate", {"playbackRate": 0.05})
    open_search_on_a_phone(page, "artrose")
    opacity = "+getComputedStyle(document.querySelector('.md-search__inner')).opacity"
    page.wait_for_function(f"() => {{ const o = {opacity}; return o > 0.2 && o < 0.7 }}")
    mid_fade = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    assert "color-contrast" in {violation["id"] for violation in mid_fade}
    settle(page)
    assert page.evaluate(f"() => {opacity}") == 1
    violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    assert violations == [], describe(violations)


def test_axe_reports_a_broken_page(page: Page):
    """Guards against a vacuous check: axe must really run and report."""
    page.set_content(
        '<html><body><img src="x.png"><p style="color:#bbb;background:#fff">'
        'vaag</p><a href="/"></a></body></html>'
    )
    ids = {v["id"] for v in Axe().run(page, options=AXE_OPTIONS).response["violations"]}
    assert {"image-alt", "color-contrast", "link-name", "html-has-lang"} <= ids


@pytest.mark.parametrize("path", ["/", "/blokken/zorgpaden/"])
def test_no_request_leaves_the_site(page: Page, site_url, path):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(path)
    page.wait_for_load_state("networkidle")
    page.get_by_role("textbox", name=re.compile("Zoeken")).first.focus()  # loads search
    page.wait_for_load_state("networkidle")
    assert len(requested) > 3
    foreign = [url for url in requested if not url.startswith((site_url, "data:"))]
    assert not foreign, foreign
