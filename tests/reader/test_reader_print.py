"""Printing any page: no navigation, search or footer; links show their URL; admonitions keep
their colours and titles; boxes are not split; the whole toolkit starts each block on a new
page (docs/assets/stylesheets/toolkit.css, under @media print)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from site_helpers import blocks, built_html, page_dir_url

CHROME = [
    ".md-header",
    ".md-tabs",
    ".md-sidebar--primary",
    ".md-sidebar--secondary",
    ".md-search",
    ".md-footer",
    ".md-top",
    ".md-content__button",
    ".tk-back",
    ".tk-footer-links",
]
AFTER_CONTENT = "el => getComputedStyle(el, '::after').content"


@pytest.fixture(scope="module")
def block_with_links_and_boxes(built_site):
    """A block page with an external link and an admonition (most have both)."""
    for block in blocks():
        soup = built_html(built_site, block.page)
        if soup.select_one("article a[href^='http']") and soup.select_one("article .admonition"):
            return page_dir_url(block.page)
    pytest.fail("geen blokpagina met een externe link en een kader")


def test_print_hides_chrome_and_shows_link_urls(page: Page, block_with_links_and_boxes):
    page.goto(block_with_links_and_boxes)
    link = page.locator("article p a[href^='http'], article li a[href^='http']").first
    href = link.get_attribute("href")
    # On screen: chrome visible, no URL after the link.
    expect(page.locator(".md-header")).to_be_visible()
    assert link.evaluate(AFTER_CONTENT) in ("none", "normal")

    page.emulate_media(media="print")
    for selector in CHROME:
        for element in page.locator(selector).all():
            expect(element).to_be_hidden()
    expect(page.locator("article h1")).to_be_visible()
    assert href in link.evaluate(AFTER_CONTENT)


def test_print_keeps_admonition_colours_and_titles_and_boxes_whole(
    page: Page, block_with_links_and_boxes
):
    page.goto(block_with_links_and_boxes)
    page.emulate_media(media="print")
    box = page.locator("article .admonition").first
    expect(box.locator(".admonition-title")).to_be_visible()
    style = box.evaluate(
        "el => { const s = getComputedStyle(el), t = getComputedStyle(el.firstElementChild);"
        " return [s.printColorAdjust, s.breakInside, t.backgroundColor, s.borderLeftColor] }"
    )
    adjust, break_inside, title_background, border = style
    assert adjust == "exact"
    assert break_inside == "avoid"
    assert title_background not in ("rgba(0, 0, 0, 0)", "transparent")
    assert border not in ("rgba(0, 0, 0, 0)", "rgb(0, 0, 0)")


def test_whole_toolkit_prints_each_block_from_a_new_page(page: Page):
    page.goto("/toolkit-compleet/")
    page.emulate_media(media="print")
    breaks = page.locator(".tk-part").evaluate_all(
        "els => els.map(e => getComputedStyle(e).breakBefore)"
    )
    assert breaks == ["page"] * len(blocks())
    expect(page.locator(".tk-download")).to_be_hidden()
    expect(page.locator(".tk-print-source")).to_be_visible()
