"""Abbreviations: one glossary (docs/_data/afkortingen.md) explains each abbreviation on
every page where it occurs, as a tooltip by mouse and by keyboard, lists them on the page
"Afkortingen", and the content check names a glossary line defined twice or used nowhere."""

from __future__ import annotations

import re

import pytest
from abbreviations_html import focusable
from axe_playwright_python.sync_playwright import Axe
from dutch import assert_dutch
from playwright.sync_api import Page, expect
from site_helpers import built_html, settle

from project import DOCS
from toolkit.abbreviations import GLOSSARY, check_glossary, glossary_list, parse_glossary, used

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    "resultTypes": ["violations"],
}
GLOSSARY_TEXT = (DOCS / GLOSSARY).read_text(encoding="utf-8")
ENTRIES = parse_glossary(GLOSSARY_TEXT)
EXPECTED = {  # the issue's examples that occur in the toolkit text, as the issue gives them
    "NZa": "Nederlandse Zorgautoriteit",
    "IZA": "Integraal Zorgakkoord",
    "ZBC": "zelfstandig behandelcentrum",
    "RvB": "raad van bestuur",
    "RvT": "raad van toezicht",
    "MDO": "multidisciplinair overleg",
    "SROI": "Social Return on Investment",
    "DALY": "disability-adjusted life year",
}


# The glossary file and the check --------------------------------------------------------


def test_the_glossary_explains_the_issues_examples():
    assert {item.name: item.expansion for item in ENTRIES}.items() >= EXPECTED.items()


def test_the_real_glossary_passes_the_check():
    pages = [path.read_text(encoding="utf-8") for path in DOCS.rglob("*.md")]
    texts = [text for text in pages if text != GLOSSARY_TEXT]
    assert check_glossary(GLOSSARY_TEXT, "docs/" + GLOSSARY, texts) == []


def test_a_name_defined_twice_and_one_used_nowhere_are_reported():
    glossary = "[//]: # (uitleg)\n*[ZBC]: zelfstandig behandelcentrum\n*[XQZ]: iets\n"
    glossary += "*[ZBC]: nog eens\n"
    findings = check_glossary(glossary, "docs/_data/afkortingen.md", ["Tussen ZBC’s en de rest."])
    assert [(item.line, item.rule) for item in findings] == [
        (3, "afkorting-ongebruikt"),
        (4, "afkorting-dubbel"),
    ]
    for item in findings:
        assert str(item).startswith(f"docs/_data/afkortingen.md, regel {item.line}: ")
        assert_dutch(str(item))
    assert "regel 2" in findings[1].text


def test_an_abbreviation_is_never_advised_in_the_lowercase_of_an_ordinary_word():
    """'*[ZORG]' where the pages only write 'zorg': unused, not '*[zorg]' (that would explain
    every 'zorg' of the toolkit); a name only in link targets counts as unused too."""
    glossary = "*[ZORG]: iets\n*[NHG]: Nederlands Huisartsen Genootschap\n"
    pages = ["Goede zorg in de regio.", "Zie de [richtlijn][NHG-richtlijn] en [HASP](NHG/hasp.md)."]
    findings = check_glossary(glossary, "docs/_data/afkortingen.md", pages)
    assert [(item.line, item.rule, item.corrected) for item in findings] == [
        (1, "afkorting-ongebruikt", None),
        (2, "afkorting-ongebruikt", None),
    ]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("RvB", "de RvB’s", True),
        ("SROI", "(SROI)", True),
        ("RvB", "RVB", False),
        ("SROI", "sroi", False),
        ("ZBC", "ZBCs", False),
    ],
)
def test_use_is_counted_as_the_abbr_extension_finds_it(name, text, expected):
    assert used(name, text) is expected


def test_the_list_is_alphabetical_escaped_and_last_definition_wins():
    listed = glossary_list("*[b]: twee\n*[A&B]: <één>\n*[b]: drie\n")
    assert listed == (
        '<dl class="tk-glossary">\n<dt>A&amp;B</dt><dd>&lt;één&gt;</dd>\n'
        "<dt>b</dt><dd>drie</dd>\n</dl>\n"
    )


def test_abbreviations_are_focusable_but_not_inside_links():
    html = '<p><abbr title="x">A</abbr> <a href="/"><abbr title="y">B</abbr></a></p>'
    assert focusable(html) == (
        '<p><abbr title="x" tabindex="0">A</abbr> <a href="/"><abbr title="y">B</abbr></a></p>'
    )


# The built site ---------------------------------------------------------------------------


def test_every_glossary_entry_is_explained_on_a_page(built_site):
    explained = set()
    for path in built_site.rglob("index.html"):
        for abbr in re.findall(r'<abbr title="([^"]*)"[^>]*>([^<]+)</abbr>', path.read_text()):
            explained.add(abbr[::-1])
    expected = {(item.name, item.expansion) for item in ENTRIES}
    assert expected <= {(name, re.sub("&amp;", "&", title)) for name, title in explained}


def test_the_afkortingen_page_lists_the_glossary(built_site):
    page = built_html(built_site, "afkortingen.md")
    terms = [dt.get_text() for dt in page.select("dl.tk-glossary dt")]
    definitions = [dd.get_text() for dd in page.select("dl.tk-glossary dd")]
    expected = sorted(ENTRIES, key=lambda item: item.name.casefold())
    assert terms == [item.name for item in expected]
    assert definitions == [item.expansion for item in expected]


def tooltip_text(page: Page) -> str:
    tooltip = page.locator(".md-tooltip2--active [role=tooltip], .md-tooltip2--active").first
    expect(tooltip).to_be_visible()
    settle(page)
    return tooltip.inner_text()


def test_the_tooltip_shows_on_mouse_hover(page: Page, output_path):
    page.goto("/blokken/draagvlak/")
    abbr = page.locator("abbr", has_text="ZBC").first
    abbr.hover()
    assert tooltip_text(page) == "zelfstandig behandelcentrum"
    page.screenshot(path=f"{output_path}/abbr-hover.png")


def test_the_tooltip_shows_on_keyboard_focus_and_is_axe_clean(page: Page):
    page.goto("/blokken/draagvlak/")
    abbr = page.locator("abbr", has_text="RvB").first
    page.locator("body").click(position={"x": 1, "y": 1})
    for _ in range(200):  # Tab as a keyboard user does, until the abbreviation has focus
        page.keyboard.press("Tab")
        if abbr.evaluate("el => el === document.activeElement"):
            break
    expect(abbr).to_be_focused()
    assert tooltip_text(page) == "raad van bestuur"
    described = abbr.get_attribute("aria-describedby")
    assert described and page.locator(f"#{described}").inner_text() == "raad van bestuur"
    violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    assert violations == [], [v["id"] for v in violations]
