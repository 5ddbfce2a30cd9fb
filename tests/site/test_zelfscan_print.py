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
from zelfscan_helpers import (
    ANSWERS,
    PATH,
    answers_on_page,
    fill,
    load_partners,
    point,
    write_scan,
)

pytestmark = pytest.mark.browser
A4_CSS_WIDTH = 794  # 210 mm at 96 px per inch
ALL_POINTS = [key_point for block in blocks() for key_point in block.all_key_points()]
TEXT = {key_point.id: key_point.text for key_point in ALL_POINTS}
K01 = "k01-haak-bestaande-landelijke"


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
    assert "Actieplan" in text and "Regio Gelderse Vallei, 30-11-2026." in text
    for point_id, (status, note) in ANSWERS.items():
        if status in ("geregeld", "niet-van-toepassing"):
            assert TEXT[point_id] not in text, point_id
        else:
            assert TEXT[point_id] in text, point_id
            if note:
                assert note in text
    assert "(mee bezig)" in text and "(nog niet gestart)" in text
    assert "Nog zonder status (26)" in text  # apart, and short
    assert "Notitie (volgende stap)" not in text  # the plan, not the checklist
    assert "Bestand importeren" not in text and "Alles blijft op uw eigen computer" not in text
    # Totals, and the chart with its figures
    assert "2 kernpunt(en) mee bezig of nog niet gestart." in text
    assert "Totaal: 2 van 30 geregeld (1 niet van toepassing)" in text
    assert "De grafiek in cijfers" in text
    assert pages <= 3
    assert fits_a4(page)


def test_the_plan_prints_without_stranded_headings_or_sliced_items(page: Page):
    page.goto(PATH)
    fill(page)
    page.evaluate("document.documentElement.dataset.tkPrint = 'plan'")
    page.emulate_media(media="print")
    rules = page.evaluate(
        """() => {
            const style = (selector, property) =>
                getComputedStyle(document.querySelector(selector))[property];
            return {
                heading: style('.tk-plan h3', 'breakAfter'),
                item: style('.tk-plan__point', 'breakInside'),
                chart: style('.tk-chart__svg', 'breakInside'),
                checklist: style('.tk-scan__block', 'display'),
                plan: style('.tk-plan', 'display'),
            };
        }"""
    )
    assert rules == {
        "heading": "avoid",
        "item": "avoid",
        "chart": "avoid",
        "checklist": "none",
        "plan": "block",
    }


def test_the_full_scan_prints_with_notes_and_marked_boxes(page: Page, tmp_path, screenshot_dir):
    page.goto(PATH)
    long_note = "Volgende stap: " + "overleg met de huisartsen en de fysiotherapeuten. " * 12
    fill(page, {**ANSWERS, "k19-overweeg-onafhankelijke-projectleider": ("mee-bezig", long_note)})
    page.evaluate("window.print = () => {}")
    page.get_by_role("button", name="Hele scan printen").click()
    text, _ = pdf_text(page, tmp_path / "scan.pdf")
    snapshot(tmp_path / "scan.pdf", screenshot_dir, "zelfscan-hele-scan")
    for key_point in ALL_POINTS:
        assert " ".join(key_point.text.split()) in text, key_point.id
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
        expect(page.locator("fieldset.tk-point")).to_have_count(31)
        assert page.locator("input[type=radio]:checked").count() == 0
        assert page.locator("input[type=radio]").count() == 31 * 4
        text, _ = pdf_text(page, tmp_path / "leeg.pdf")
        snapshot(tmp_path / "leeg.pdf", screenshot_dir, "zelfscan-zonder-javascript")
        for key_point in ALL_POINTS:
            assert " ".join(key_point.text.split()) in text, key_point.id
        assert text.count("nog niet gestart") == 31
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
    expect(page.locator("#tk-scan-organisatie")).to_be_focused()
    page.keyboard.type("Fysiotherapie")
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
        "Actieplan als spreadsheet",
        "Hele scan printen",
        "Exporteren als bestand",
        "Bestand importeren",
        "Scan wissen",
    ):
        expect(page.get_by_role("button", name=name)).to_be_focused()
        page.keyboard.press("Tab")
    for name in ("actieplan", "grafiek", "vergelijken met een eerdere scan", "scans van partners"):
        expect(page.get_by_role("link", name=name, exact=True)).to_be_focused()
        page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Lees meer over dit bouwblok").first).to_be_focused()
    page.keyboard.press("Tab")
    first = page.locator("[data-tk-point='k01-haak-bestaande-landelijke']")
    expect(first.locator("input[value='nog-niet-gestart']")).to_be_focused()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    expect(first.locator("input[value='geregeld']")).to_be_checked()
    expect(page.locator("#tk-scan-live")).to_contain_text("Kernpunt K01: geregeld.")
    page.keyboard.press("Tab")
    expect(first.locator("textarea")).to_be_focused()
    page.keyboard.type("Afgestemd met de RvB")
    page.keyboard.press("Tab")
    expect(first.get_by_label("Wie")).to_be_focused()
    page.keyboard.type("Anna")
    page.keyboard.press("Tab")
    expect(first.get_by_label("Wanneer")).to_be_focused()
    page.keyboard.type("01032027")  # in the browser's order of day, month and year
    typed = first.get_by_label("Wanneer").input_value()
    assert typed.startswith("2027-")
    page.reload()
    shown = answers_on_page(page)
    assert shown["regio"] == "Regio Noord" and shown["organisatie"] == "Fysiotherapie"
    assert shown["punten"]["k01-haak-bestaande-landelijke"] == [
        "geregeld",
        "Afgestemd met de RvB",
        "Anna",
        typed,
    ]


def test_keyboard_only_partners_and_chart(page: Page, tmp_path):
    """The project leader loads the partners' scans, settles a point and reads the figures,
    with the keyboard alone."""
    paths = [
        write_scan(tmp_path / f"{name}.json", {K01: {"status": status}}, organisatie=name)
        for name, status in (("Ziekenhuis", "geregeld"), ("Fysiotherapie", "mee-bezig"))
    ]
    # Listening from the start: Playwright takes over the file dialog only once it listens
    page.on("filechooser", lambda chooser: chooser.set_files(paths))
    page.goto(PATH)
    page.get_by_role("link", name="scans van partners", exact=True).focus()
    page.keyboard.press("Enter")
    for _ in range(3):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.dataset.tkAction === 'partners'"):
            break
    expect(page.get_by_role("button", name="Scans van partners laden")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#tk-partners-message")).to_contain_text("2 scan(s)")
    shared = page.get_by_label("Gedeelde status K01")
    shared.focus()
    page.keyboard.press("ArrowDown")  # a closed select changes with the arrow keys
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    expect(shared).to_have_value("geregeld")
    page.on("dialog", lambda dialog: dialog.accept())
    button = page.get_by_role("button", name="Gedeelde scan maken")
    button.focus()
    page.keyboard.press("Enter")
    expect(point(page, K01).locator("input[value='geregeld']")).to_be_checked()
    # The table with the chart's figures can be reached and scrolled with the keyboard
    figures = page.get_by_role("region", name="De grafiek in cijfers")
    figures.focus()
    expect(figures).to_be_focused()


def test_every_key_point_is_a_named_group_with_labelled_controls(page: Page):
    page.goto(PATH)
    group = page.get_by_role("group", name="K07 Binnen de eigen praktijk")
    expect(group).to_have_count(1)
    expect(group.get_by_role("radio", name="mee bezig")).to_have_count(1)
    expect(group.get_by_role("textbox", name="Notitie (volgende stap)")).to_have_count(1)
    expect(group.get_by_role("textbox", name="Wie")).to_have_count(1)
    # The heading items are headings, in order, not questions
    expect(page.get_by_role("heading", name="K05 Binnen de eigen organisatie")).to_have_count(1)
    assert page.get_by_role("group", name="K05 Binnen de eigen organisatie").count() == 0
    assert page.locator("#tk-scan-live").get_attribute("aria-live") == "polite"


@pytest.mark.parametrize("width", [375, 1280], ids=["phone", "desktop"])
def test_axe_finds_nothing(page: Page, tmp_path, screenshot_dir, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(PATH)
    fill(page)
    partners = [
        write_scan(
            tmp_path / f"{name}.json",
            {K01: {"status": status, "notitie": "<65 jaar"}},
            organisatie=name,
        )
        for name, status in (("Ziekenhuis", "geregeld"), ("Fysiotherapie", "mee-bezig"))
    ]
    load_partners(page, partners)
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Eerdere scan laden").click()
    chooser.value.set_files(partners[0])
    expect(page.locator(".tk-compare__result")).to_contain_text("Vooruitgegaan")
    bad = tmp_path / "leeg.json"
    bad.write_text("")
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Bestand importeren").click()
    chooser.value.set_files(bad)  # an error message is on the page too
    expect(page.locator("#tk-scan-message")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    settle(page)
    page.screenshot(path=screenshot_dir / f"zelfscan-{width}.png")
    page.locator("#tk-chart").screenshot(path=screenshot_dir / f"zelfscan-grafiek-{width}.png")
    page.locator("#tk-partners").screenshot(path=screenshot_dir / f"zelfscan-partners-{width}.png")
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
        # Seen where the reader is working: in the window, beside the last point typed
        point(page, "k32-voor-door-met-elkaar").locator("textarea").fill("Nog een notitie")
        expect(warning).to_be_in_viewport()
        expect(warning).to_contain_text(why)
        expect(warning).to_contain_text("Bewaar uw werk als bestand met de knop hieronder.")
        expect(page.locator("#tk-scan-live")).to_contain_text("Niet opgeslagen.")
        # What was typed is still there, and can be taken away as a file
        assert answers_on_page(page)["punten"]["k01-haak-bestaande-landelijke"][0] == "geregeld"
        with page.expect_download() as info:
            warning.get_by_role("button", name="Scan als bestand bewaren").click()
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
    newer = '{"formaat": "nov-toolkit-zelfscan", "versie": 3, "kernpunten": {}}'
    page.goto(PATH)
    page.evaluate(f"localStorage.setItem('nov-toolkit-zelfscan', {newer!r})")
    page.reload()
    expect(page.locator("#tk-scan-message")).to_contain_text("Hij is apart gezet")
    fill(page, {"k01-haak-bestaande-landelijke": ("geregeld", "")})
    assert page.evaluate("localStorage.getItem('nov-toolkit-zelfscan-onleesbaar')") == newer
    # ... and the reader can take it away
    with page.expect_download() as info:
        page.locator("#tk-scan-message").get_by_role(
            "button", name="Niet gelezen scan downloaden"
        ).click()
    assert Path(info.value.path()).read_text(encoding="utf-8") == newer
    page.reload()  # still offered after the page saved over it
    with page.expect_download() as info:
        page.get_by_role("button", name="Niet gelezen scan downloaden").click()
    assert Path(info.value.path()).read_text(encoding="utf-8") == newer
