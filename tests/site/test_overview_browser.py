"""The clickable overview in a real browser: mouse, keyboard, no JavaScript, phone and
desktop widths, and print."""

from __future__ import annotations

import re
import subprocess

import pytest
from playwright.sync_api import Page, expect
from site_helpers import blocks, page_dir_url

BLOCKS = blocks()
TILE = "nav.tk-overview li.tk-tile"


def expect_heading(page: Page, title: str) -> None:
    """The page's H1 is the block title (followed by its permalink sign)."""
    expect(page.get_by_role("heading", level=1)).to_have_text(
        re.compile("^" + re.escape(title) + "¶?\\s*$")
    )


@pytest.mark.parametrize("block", BLOCKS, ids=[b.id for b in BLOCKS])
def test_clicking_anywhere_on_a_tile_opens_its_block(page: Page, block):
    page.goto("/")
    tile = page.locator(f"#blok-{block.id}")
    # Click low on the tile, over the key points, not the title: the whole tile is the link.
    box = tile.bounding_box()
    tile.click(position={"x": box["width"] / 2, "y": box["height"] - 12})
    expect(page).to_have_url(re.compile(re.escape(page_dir_url(block.page)) + "$"))
    expect_heading(page, block.title)
    page.get_by_role("link", name="Naar inhoudsopgave").click()
    expect(page).to_have_url(re.compile(r"/#tk-overview-title$"))


def test_overview_is_a_labelled_navigation_list_of_links(page: Page):
    page.goto("/")
    overview = page.get_by_role("navigation", name=re.compile("^Organisatie van regionale"))
    expect(overview.get_by_role("list").first).to_be_visible()
    links = overview.get_by_role("link")
    expect(links).to_have_count(len(BLOCKS))
    for index, block in enumerate(BLOCKS):
        expect(links.nth(index)).to_have_accessible_name(block.title)


def test_keyboard_alone_walks_the_tiles_in_order_with_visible_focus(page: Page):
    page.goto("/")
    first_link = page.locator(f"{TILE} a").first
    for _ in range(60):  # skip link, header, search, sidebar links come first
        page.keyboard.press("Tab")
        if first_link.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reached the first tile")
    for block in BLOCKS:
        focused = page.evaluate("document.activeElement.textContent.trim()")
        assert focused == block.title
        outline = page.locator(f"#blok-{block.id}").evaluate(
            "el => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth"
        )
        assert outline.startswith("solid") and not outline.endswith(" 0px"), outline
        if block is not BLOCKS[-1]:
            page.keyboard.press("Tab")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    expect_heading(page, BLOCKS[-2].title)


def test_tiles_work_without_javascript(browser, base_url):
    context = browser.new_context(java_script_enabled=False, base_url=base_url)
    page = context.new_page()
    page.goto("/")
    page.locator(f"#blok-{BLOCKS[3].id} .tk-tile__title").click()
    expect_heading(page, BLOCKS[3].title)
    context.close()


@pytest.mark.parametrize(
    ("width", "height", "columns"), [(375, 812, 1), (1280, 800, 3)], ids=["phone", "desktop"]
)
def test_layout_at_phone_and_desktop_width(page: Page, screenshot_dir, width, height, columns):
    page.set_viewport_size({"width": width, "height": height})
    page.goto("/")
    lefts = {round(tile.bounding_box()["x"]) for tile in page.locator(TILE).all()}
    assert len(lefts) >= columns if columns > 1 else len(lefts) == 1, lefts
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.screenshot(path=screenshot_dir / f"overzicht-{width}.png", full_page=True)
    page.goto(page_dir_url(BLOCKS[0].page))
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.screenshot(path=screenshot_dir / f"blok-{width}.png", full_page=True)


def test_overview_prints_on_one_a4_page(page: Page, tmp_path):
    page.goto("/")
    pdf = tmp_path / "overzicht.pdf"
    page.pdf(path=pdf, format="A4", print_background=True)

    def words_on(number: int) -> set[str]:
        text = subprocess.run(
            ["pdftotext", "-f", str(number), "-l", str(number), pdf, "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        return set(re.findall(r"\w+", text))

    first_page = words_on(1)
    for block in BLOCKS:
        for point in (block.title, block.key_points[-1].text):
            missing = set(re.findall(r"\w+", point)) - first_page
            assert not missing, f"{point!r} not (wholly) on page 1: {missing}"
    assert "Introductie" not in first_page and "Introductie" in words_on(2)
