"""The zelfscan on paper and for everyone: the action plan and the full scan print cleanly on
A4, the page without JavaScript is a checklist with empty boxes, it works with the keyboard
alone, axe finds nothing at phone and desktop width, and storage that fails says so."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect
from site_helpers import blocks, pdf_pages_as_png, settle
from test_accessibility import AXE_OPTIONS, describe
from zelfscan_helpers import ANSWERS, PATH, answers_on_page, fill

pytestmark = pytest.mark.browser
A4_CSS_WIDTH = 794  # 210 mm at 96 px per inch
ALL_POINTS = [point for block in blocks() for point in block.all_key_points()]
TEXT = {point.id: point.text for point in ALL_POINTS}


def pdf_text(page: Page, path: Path) -> tuple[str, int]:
    page.pdf(path=path, format="A4", print_background=True)
    text = subprocess.run(
        ["pdftotext", "-layout", path, "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = text.count("\f")
    return " ".join(text.split()), pages


def fits_a4(page: Page) -> bool:
    page.set_viewport_size({"width": A4_CSS_WIDTH, "height": 1123})
    page.emulate_media(media="print")
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def snapshot(path: Path, screenshot_dir: Path, name: str) -> None:
    """The first page as PNG, for a person to look at."""
    pdf_pages_as_png(path, screenshot_dir / name)


def test_the_action_plan_prints_only_open_points(page: Page, tmp_path, screenshot_dir):
    page.goto(PATH)
    fill(page)
    page.evaluate("window.print = () => { window.tkPrinted = true }")
    page.get_by_role("button", name="Actieplan printen").click()
    assert page.evaluate("window.tkPrinted")
    text, pages = pdf_text(page, tmp_path / "plan.pdf")
    snapshot(tmp_path / "plan.pdf", screenshot_dir, "zelfscan-actieplan")
    assert "Actieplan" in text and "Regio Gelderse Vallei, 2026-11-30." in text
    for point_id, (status, note) in ANSWERS.items():
        if status in ("geregeld", "niet-van-toepassing"):
            assert TEXT[point_id] not in text, point_id
        else:
            assert TEXT[point_id] in text, point_id
            if note:
                assert note in text
    assert "(mee bezig)" in text and "(nog niet gestart)" in text and "(nog geen status)" in text
    assert "Notitie (wie, volgende stap)" not in text  # the plan, not the checklist
    assert "Bestand importeren" not in text and "Alles blijft op uw eigen computer" not in text
    assert "33 kernpunt(en) nog niet geregeld" in text
    assert pages <= 4
    assert fits_a4(page)


def test_the_full_scan_prints_with_notes_and_marked_boxes(page: Page, tmp_path, screenshot_dir):
    page.goto(PATH)
    long_note = "Volgende stap: " + "overleg met de huisartsen en de fysiotherapeuten. " * 12
    fill(page, {**ANSWERS, "k19-overweeg-onafhankelijke-projectleider": ("mee-bezig", long_note)})
    page.evaluate("window.print = () => {}")
    page.get_by_role("button", name="Hele scan printen").click()
    text, _ = pdf_text(page, tmp_path / "scan.pdf")
    snapshot(tmp_path / "scan.pdf", screenshot_dir, "zelfscan-hele-scan")
    for point in ALL_POINTS:
        assert " ".join(point.text.split()) in text, point.id
    assert " ".join(long_note.split()) in text  # a long note prints in full
    assert "Bestand importeren" not in text
    assert fits_a4(page)


def test_without_javascript_the_page_is_an_empty_checklist(
    browser: Browser, site_url, tmp_path, screenshot_dir
):
    context = browser.new_context(base_url=site_url, java_script_enabled=False, locale="nl-NL")
    try:
        page = context.new_page()
        page.goto(PATH)
        expect(page.locator(".tk-scan__nojs")).to_be_visible()
        expect(page.locator("#tk-scan-tools")).to_be_hidden()
        expect(page.locator("fieldset.tk-point")).to_have_count(36)
        assert page.locator("input[type=radio]:checked").count() == 0
        assert page.locator("input[type=radio]").count() == 36 * 4
        text, _ = pdf_text(page, tmp_path / "leeg.pdf")
        snapshot(tmp_path / "leeg.pdf", screenshot_dir, "zelfscan-zonder-javascript")
        for point in ALL_POINTS:
            assert " ".join(point.text.split()) in text, point.id
        assert text.count("nog niet gestart") == 36
        assert "Naam van de regio" in text and "Datum van de scan" in text
        assert "Zonder JavaScript wordt niets bewaard" not in text  # a screen hint only
        assert fits_a4(page)
        # The boxes print as empty squares
        page.emulate_media(media="print")
        box = page.locator("input[type=radio]").first
        assert box.evaluate("e => getComputedStyle(e).borderRadius") == "0px"
    finally:
        context.close()


def test_keyboard_only(page: Page):
    page.goto(PATH)
    page.locator("#tk-scan-regio").focus()
    page.keyboard.type("Regio Noord")
    page.keyboard.press("Tab")
    expect(page.locator("#tk-scan-datum")).to_be_focused()
    # The date field has its own stops (day, month, year, calendar) in the browser's order
    for _ in range(5):
        if not page.evaluate("document.activeElement.id === 'tk-scan-datum'"):
            break
        page.keyboard.press("Tab")
    # Through the buttons to the first key point's status choices
    for name in (
        "Actieplan printen",
        "Hele scan printen",
        "Exporteren als bestand",
        "Bestand importeren",
        "Scan wissen",
    ):
        expect(page.get_by_role("button", name=name)).to_be_focused()
        page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Lees meer over dit bouwblok").first).to_be_focused()
    page.keyboard.press("Tab")
    first = page.locator("[data-tk-point='k01-haak-bestaande-landelijke']")
    expect(first.locator("input[value='nog-niet-gestart']")).to_be_focused()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    expect(first.locator("input[value='geregeld']")).to_be_checked()
    expect(page.locator("#tk-scan-live")).to_contain_text("Kernpunt 1.1: geregeld.")
    page.keyboard.press("Tab")
    expect(first.locator("textarea")).to_be_focused()
    page.keyboard.type("Afgestemd met de RvB")
    page.keyboard.press("Tab")
    expect(
        page.locator("[data-tk-point='k02-onderbouw-doelstellingen-cijfermatig'] input").first
    ).to_be_focused()
    page.reload()
    shown = answers_on_page(page)
    assert shown["regio"] == "Regio Noord"
    assert shown["punten"]["k01-haak-bestaande-landelijke"] == ["geregeld", "Afgestemd met de RvB"]


def test_every_key_point_is_a_named_group_with_labelled_controls(page: Page):
    page.goto(PATH)
    group = page.get_by_role("group", name="2.1.1.2 Binnen de eigen praktijk")
    expect(group).to_have_count(1)
    expect(group.get_by_role("radio", name="mee bezig")).to_have_count(1)
    expect(group.get_by_role("textbox", name="Notitie (wie, volgende stap)")).to_have_count(1)
    assert page.locator("#tk-scan-live").get_attribute("aria-live") == "polite"


@pytest.mark.parametrize("width", [375, 1280], ids=["phone", "desktop"])
def test_axe_finds_nothing(page: Page, tmp_path, screenshot_dir, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(PATH)
    fill(page)
    bad = tmp_path / "leeg.json"
    bad.write_text("")
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Bestand importeren").click()
    chooser.value.set_files(bad)  # an error message is on the page too
    expect(page.locator("#tk-scan-message")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    settle(page)
    page.screenshot(path=screenshot_dir / f"zelfscan-{width}.png")
    violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    assert violations == [], describe(violations)
    page.goto("/")
    violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    assert violations == [], describe(violations)  # tiles with progress


BLOCKED = (
    "Object.defineProperty(window, 'localStorage', {"
    " get() { throw new DOMException('geblokkeerd', 'SecurityError') } })"
)
FULL = (
    "Storage.prototype.setItem = function () {"
    " throw new DOMException('vol', 'QuotaExceededError') }"
)


@pytest.mark.parametrize(
    "script,why",
    [(BLOCKED, "bijvoorbeeld in een privévenster"), (FULL, "de opslag is vol")],
    ids=["blocked", "full"],
)
def test_storage_that_fails_says_so(browser: Browser, site_url, tmp_path, script, why):
    context = browser.new_context(base_url=site_url, locale="nl-NL")
    context.add_init_script(script)
    try:
        page = context.new_page()
        page.goto(PATH)
        warning = page.get_by_role("alert").filter(has_text="kan de zelfscan niet bewaren")
        if script == FULL:
            expect(warning).to_be_hidden()  # reading works; the first save fails
        fill(page)
        expect(warning).to_be_visible()
        expect(warning).to_contain_text(why)
        expect(warning).to_contain_text('Bewaar uw werk met "Exporteren als bestand".')
        expect(page.locator("#tk-scan-live")).to_contain_text("Niet opgeslagen.")
        # What was typed is still there, and can be taken away as a file
        assert answers_on_page(page)["punten"]["k01-haak-bestaande-landelijke"][0] == "geregeld"
        with page.expect_download() as info:
            page.get_by_role("button", name="Exporteren als bestand").click()
        assert "Gedaan: aangesloten" in Path(info.value.path()).read_text(encoding="utf-8")
    finally:
        context.close()


def test_the_home_page_keeps_working_with_blocked_storage(browser: Browser, site_url):
    context = browser.new_context(base_url=site_url)
    context.add_init_script(BLOCKED)
    errors: list[str] = []
    try:
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto("/blokken/scholing/", wait_until="networkidle")
        theme_errors = len(errors)  # Material's own storage use, on a page without the module
        page.goto("/", wait_until="networkidle")
        expect(page.locator(".tk-tile")).to_have_count(9)
        assert page.locator(".tk-tile__scan").count() == 0
        assert len(errors) == 2 * theme_errors, errors
    finally:
        context.close()


def test_an_unreadable_saved_scan_is_kept_not_overwritten(page: Page):
    """A scan saved by a newer version of the site: said so, and a copy is kept."""
    newer = '{"formaat": "nov-toolkit-zelfscan", "versie": 2, "kernpunten": {}}'
    page.goto(PATH)
    page.evaluate(f"localStorage.setItem('nov-toolkit-zelfscan', {newer!r})")
    page.reload()
    expect(page.locator("#tk-scan-message")).to_contain_text("Er is een kopie van bewaard")
    fill(page, {"k01-haak-bestaande-landelijke": ("geregeld", "")})
    assert page.evaluate("localStorage.getItem('nov-toolkit-zelfscan-onleesbaar')") == newer
