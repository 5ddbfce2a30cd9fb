"""The zelfscan page as a person uses it: every block and key point of the data file, the
answers kept across a reload, progress per block, in total and on the home page's tiles,
only on the pages that need it, small, and nothing sent to another host."""

from __future__ import annotations

import gzip
import json
import re

import pytest
from macros import SCAN_STATUSES
from playwright.sync_api import Page, expect
from site_helpers import blocks, built_html, text_of
from zelfscan_helpers import (
    ANSWERS,
    DATE,
    KEY,
    MODULE,
    PATH,
    REGION,
    SCHEMA,
    answers_on_page,
    fill,
    stored,
)

pytestmark = pytest.mark.browser


def test_the_page_holds_every_block_and_key_point_as_the_data_file(built_site):
    html = built_html(built_site, "zelfscan.md")
    sections = html.select("section.tk-scan__block")
    assert [section["data-tk-block"] for section in sections] == [b.id for b in blocks()]
    for section, block in zip(sections, blocks(), strict=True):
        assert text_of(section.h2).endswith(block.title)
        fieldsets = section.select("fieldset.tk-point")
        expected = [point for point in block.all_key_points() if not point.subpoints]
        assert [f["data-tk-point"] for f in fieldsets] == [p.id for p in expected]
        # A key point with sub-points is a heading, not scored
        headings = section.select("[data-tk-heading]")
        assert [h["data-tk-heading"] for h in headings] == [
            p.id for p in block.all_key_points() if p.subpoints
        ]
        assert all(h.name in ("h3", "h4") and not h.select("input") for h in headings)
        for fieldset, point in zip(fieldsets, expected, strict=True):
            assert text_of(fieldset.select_one(".tk-point__text")) == point.text
            radios = fieldset.select("input[type=radio]")
            assert [r["value"] for r in radios] == [value for value, _ in SCAN_STATUSES]
            assert [text_of(r.parent) for r in radios] == [label for _, label in SCAN_STATUSES]
            note = fieldset.select_one("textarea")
            assert text_of(html.select_one(f"label[for='{note['id']}']")) == (
                "Notitie (volgende stap)"
            )
            for field, name in (("wie", "Wie"), ("wanneer", "Wanneer")):
                control = fieldset.select_one(f"[data-tk-field={field}]")
                assert text_of(html.select_one(f"label[for='{control['id']}']")) == name
            # The label comes from the id, so it does not shift when a point is removed
            number = int(point.id[1:3])
            assert text_of(fieldset.select_one(".tk-point__number")) == f"K{number:02d}"
    assert len(html.select("fieldset.tk-point")) == 31
    assert html.select_one("article form") is None  # nothing on this page is ever submitted


def test_the_page_says_nothing_leaves_the_computer(built_site):
    text = text_of(built_html(built_site, "zelfscan.md").select_one("article"))
    assert "Alles blijft op uw eigen computer." in text
    assert "Er wordt niets naar deze site of naar iemand anders gestuurd." in text
    privacy = text_of(built_html(built_site, "over/privacy.md").select_one("article"))
    assert "zelfscan" in privacy and "lokale opslag" in privacy
    assert "niet naar deze site of naar iemand anders gestuurd" in privacy


def test_the_module_loads_only_on_the_scan_page_the_tiles_one_on_the_home_page(built_site):
    def users(module: str) -> list[str]:
        return sorted(
            path.relative_to(built_site).as_posix()
            for path in built_site.rglob("*.html")
            if f"assets/javascripts/{module}" in path.read_text(encoding="utf-8")
        )

    assert users("zelfscan.js") == ["zelfscan/index.html"]
    assert users("zelfscan-tegels.js") == ["index.html"]

    def gzipped(module: str) -> int:
        return len(gzip.compress((built_site / "assets/javascripts" / module).read_bytes()))

    assert gzipped("zelfscan.js") < 15 * 1024
    assert gzipped("zelfscan-tegels.js") < 1024  # the home page stays cheap
    assert json.loads((built_site / "assets/zelfscan.schema.json").read_text())["$id"]


def test_the_statuses_agree_in_page_module_and_schema():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    in_schema = schema["$defs"]["status"]["enum"]
    module = MODULE.read_text(encoding="utf-8")
    in_module = dict(re.findall(r'^  "?([a-z-]+)"?: "([a-z ]+)",$', module, re.M))
    assert list(in_module.items()) == list(SCAN_STATUSES)
    assert in_schema == [value for value, _ in SCAN_STATUSES]


def test_zelfscan_opens_from_the_overview_and_the_navigation(page: Page):
    page.goto("/")
    page.get_by_role("link", name="zelfscan", exact=True).click()
    expect(page).to_have_url(re.compile(r"/zelfscan/$"))
    expect(page).to_have_title(re.compile("^Zelfscan"))
    page.goto("/blokken/scholing/")
    page.locator(".md-nav--primary").get_by_role("link", name="Zelfscan").click()
    expect(page).to_have_url(re.compile(r"/zelfscan/$"))


def test_answers_are_kept_after_a_reload(page: Page):
    page.goto(PATH)
    assert stored(page) is None  # nothing is stored before the reader types
    fill(page)
    before = answers_on_page(page)
    page.reload()
    after = answers_on_page(page)
    assert after == before
    assert after["regio"] == REGION and after["datum"] == DATE
    for point_id, (status, note) in ANSWERS.items():
        assert after["punten"][point_id] == [status, note, "", ""]
    saved = json.loads(stored(page))
    assert saved["formaat"] == "nov-toolkit-zelfscan" and saved["versie"] == 2


def test_progress_per_block_and_in_total(page: Page):
    page.goto(PATH)
    fill(page)
    progress = page.locator("[data-tk-block='visie-en-doelen'] [data-tk-progress]")
    expect(progress).to_have_text("2 van 3 geregeld")
    formal = page.locator("[data-tk-block='formaliseer-het-netwerk'] [data-tk-progress]")
    expect(formal).to_have_text("niet van toepassing")
    expect(page.locator("#tk-scan-total")).to_have_text(
        "Totaal: 2 van 30 geregeld (1 niet van toepassing); 1 mee bezig, 1 nog niet gestart,"
        " 26 zonder status (31 kernpunten)."
    )
    # A status change is announced to a screen reader
    page.locator("[data-tk-point='k03-maak-gebruik-bestaande'] input[value='mee-bezig']").check()
    expect(page.locator("#tk-scan-live")).to_have_text(
        "Kernpunt K03: mee bezig. Dit blok: 1 van 3 geregeld. Opgeslagen in deze browser."
    )
    expect(progress).to_have_text("1 van 3 geregeld")


def test_the_home_tiles_show_progress_once_a_scan_exists(page: Page):
    page.goto("/")
    expect(page.locator(".tk-tile").first).to_be_visible()
    assert page.locator(".tk-tile__scan").count() == 0  # no scan, no progress
    page.goto(PATH)
    fill(page)
    page.goto("/")
    scans = page.locator(".tk-tile__scan")
    expect(scans).to_have_count(9)
    expect(page.locator("#blok-visie-en-doelen .tk-tile__scan")).to_have_text(
        "Zelfscan: 2 van 3 geregeld"
    )
    expect(page.locator("#blok-draagvlak .tk-tile__scan")).to_have_text(
        "Zelfscan: 0 van 6 geregeld"  # the three headings do not count
    )
    expect(page.locator("#blok-formaliseer-het-netwerk .tk-tile__scan")).to_have_text(
        "Zelfscan: niet van toepassing"
    )


def test_notes_are_shown_as_text_never_as_html(page: Page):
    page.goto(PATH)
    evil = '<img src="x" onerror="window.tkHacked=1">Bel <b>Piet</b>'
    page.locator("#notitie-k01-haak-bestaande-landelijke").fill(evil)
    page.reload()
    assert page.locator("#notitie-k01-haak-bestaande-landelijke").input_value() == evil
    page.evaluate("window.print = () => {}")
    page.get_by_role("button", name="Actieplan printen").click()
    plan = page.locator("#tk-plan")
    assert plan.locator("img, b").count() == 0
    assert evil in plan.text_content()
    assert page.evaluate("window.tkHacked") is None


def test_clear_asks_first(page: Page):
    page.goto(PATH)
    fill(page)
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name="Scan wissen").click()
    assert answers_on_page(page)["regio"] == REGION and stored(page)
    messages = []
    page.once("dialog", lambda dialog: (messages.append(dialog.message), dialog.accept()))
    page.get_by_role("button", name="Scan wissen").click()
    expect(page.locator("#tk-scan-message")).to_have_text("De zelfscan is gewist uit deze browser.")
    assert "wissen" in messages[0] and "niet ongedaan" in messages[0]
    assert stored(page) is None
    page.reload()
    shown = answers_on_page(page)
    assert shown["regio"] == "" and all(
        value == ["", "", "", ""] for value in shown["punten"].values()
    )


def test_no_request_leaves_the_site(page: Page, site_url, tmp_path):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(PATH, wait_until="networkidle")
    fill(page)
    with page.expect_download():
        page.get_by_role("button", name="Exporteren als bestand").click()
    page.goto("/", wait_until="networkidle")
    assert any(url.endswith("zelfscan.js") for url in requested)
    foreign = [url for url in requested if not url.startswith((site_url, "data:", "blob:"))]
    assert not foreign, foreign
    assert KEY in page.evaluate("Object.keys(localStorage)")


def test_search_finds_the_page_once_not_its_checklist(built_site):
    index = json.loads((built_site / "search/search_index.json").read_text(encoding="utf-8"))
    docs = [doc for doc in index["docs"] if doc["location"].startswith("zelfscan/")]
    assert [doc["location"] for doc in docs] == ["zelfscan/"]
    assert "Alles blijft op uw eigen computer." in docs[0]["text"]
    assert "Notitie (volgende stap)" not in docs[0]["text"]
