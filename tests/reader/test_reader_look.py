"""The project's own look, measured against what Material alone gives: the same page is read
in the browser with and without the project's stylesheets (mkdocs.yml `extra_css`), so a
deleted rule fails here even where Material has a default of its own."""

from __future__ import annotations

import pytest
import yaml
from playwright.sync_api import Page
from site_helpers import blocks, built_html, page_dir_url, settle

from project import ROOT

ADMONITIONS = ("interessant", "leer-van-anderen")


def project_stylesheets() -> list[str]:
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    return config["extra_css"]


@pytest.fixture(scope="module")
def page_with_both_boxes(built_site) -> str:
    for block in blocks():
        soup = built_html(built_site, block.page)
        if all(soup.select_one(f"article .admonition.{kind}") for kind in ADMONITIONS):
            return page_dir_url(block.page)
    pytest.fail("geen blokpagina met beide kaders")


LOOK = """kinds => Object.fromEntries(kinds.map(kind => {
  const box = document.querySelector(`article .admonition.${kind}`);
  const title = box.querySelector('.admonition-title');
  const icon = getComputedStyle(title, '::before');
  const s = getComputedStyle(box), t = getComputedStyle(title);
  return [kind, {
    border: s.borderLeftColor, titleBackground: t.backgroundColor,
    iconColour: icon.backgroundColor, icon: icon.maskImage || icon.webkitMaskImage,
    printColours: s.printColorAdjust, breakInside: s.breakInside, titleBreakAfter: t.breakAfter,
  }];
}))"""


def look(page: Page, *, project_css: bool) -> dict:
    page.evaluate(
        """([hrefs, enabled]) => document.querySelectorAll('link[rel=stylesheet]').forEach(
             link => { if (hrefs.some(h => link.href.endsWith(h))) link.disabled = !enabled })""",
        [project_stylesheets(), project_css],
    )
    settle(page)  # Material transitions colours; read them when they have arrived
    return page.evaluate(LOOK, list(ADMONITIONS))


def test_project_stylesheets_are_on_the_page(page: Page, page_with_both_boxes):
    page.goto(page_with_both_boxes)
    hrefs = page.eval_on_selector_all("link[rel=stylesheet]", "els => els.map(e => e.href)")
    for stylesheet in project_stylesheets():
        assert any(href.endswith(stylesheet) for href in hrefs), stylesheet


def test_the_two_admonitions_have_their_own_colours_and_icons(page: Page, page_with_both_boxes):
    page.goto(page_with_both_boxes)
    ours, material = look(page, project_css=True), look(page, project_css=False)
    for kind in ADMONITIONS:
        for part in ("border", "titleBackground", "iconColour", "icon"):
            assert ours[kind][part] != material[kind][part], f"{kind} {part}: Material's default"
        assert ours[kind]["border"] == ours[kind]["iconColour"], kind
        assert ours[kind]["icon"].startswith('url("data:image/svg+xml'), kind
    for part in ("border", "titleBackground", "icon"):
        assert ours["interessant"][part] != ours["leer-van-anderen"][part], part


def test_print_keeps_the_admonitions_look_and_titles_with_their_text(
    page: Page, page_with_both_boxes
):
    """Material already prints admonitions with exact colours and keeps them whole; the
    project adds its colours and keeps each title on the page of its first line."""
    page.goto(page_with_both_boxes)
    page.emulate_media(media="print")
    ours, material = look(page, project_css=True), look(page, project_css=False)
    for kind in ADMONITIONS:
        assert (ours[kind]["printColours"], ours[kind]["breakInside"]) == ("exact", "avoid")
        assert ours[kind]["titleBreakAfter"] == "avoid" != material[kind]["titleBreakAfter"]
        assert ours[kind]["border"] != material[kind]["border"], kind


PRINT_OF_THE_OVERVIEW = """() => {
  const tile = getComputedStyle(document.querySelector('.tk-tile'));
  const link = document.querySelector('article a[href^="http"]:not(.tk-tile__link)');
  return {tileBreak: tile.breakInside,
          linkUrl: link ? getComputedStyle(link, '::after').content : null};
}"""


def test_print_rules_the_project_adds(page: Page):
    """On the home page: tiles stay whole and links print their address; neither comes
    from Material (its print colours, `print-color-adjust: exact` on all content, do)."""
    page.goto("/")
    page.emulate_media(media="print")
    look(page, project_css=True)
    ours = page.evaluate(PRINT_OF_THE_OVERVIEW)
    look(page, project_css=False)
    material = page.evaluate(PRINT_OF_THE_OVERVIEW)
    assert ours["tileBreak"] == "avoid" != material["tileBreak"]
    assert ours["linkUrl"] and "http" in ours["linkUrl"], ours
    assert material["linkUrl"] in ("none", "normal")
