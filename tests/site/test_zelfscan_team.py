"""The zelfscan as a regional team uses it: two tabs open at once, notes with any text,
files from other programs, three partners and a project leader who settles a shared scan,
the chart, and the action plan as a spreadsheet. Nothing typed is lost."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from site_helpers import blocks
from zelfscan_helpers import (
    PATH,
    answers_on_page,
    export,
    fill,
    import_file,
    load_partners,
    message,
    point,
    stored,
    write_scan,
)

pytestmark = pytest.mark.browser
K01, K02, K03 = (
    "k01-haak-bestaande-landelijke",
    "k02-onderbouw-doelstellingen-cijfermatig",
    "k03-maak-gebruik-bestaande",
)
LEAVES = [p for b in blocks() for p in b.all_key_points() if not p.subpoints]
HEADINGS = [p for b in blocks() for p in b.all_key_points() if p.subpoints]


def test_headings_are_not_scored_and_31_key_points_are():
    assert len(LEAVES) == 31 and len(HEADINGS) == 5


def test_two_tabs_keep_each_others_changes(page: Page):
    other = page.context.new_page()
    page.goto(PATH)
    other.goto(PATH)
    # Different key points
    point(page, K01).locator("input[value='geregeld']").check()
    expect(point(other, K01).locator("input[value='geregeld']")).to_be_checked()
    point(other, K02).get_by_label("Notitie (volgende stap)").fill("Anna vraagt de cijfers op")
    expect(point(page, K02).locator("textarea")).to_have_value("Anna vraagt de cijfers op")
    # The same key point: a status here, a note and an owner there; all three are kept
    point(page, K03).locator("input[value='mee-bezig']").check()
    expect(point(other, K03).locator("input[value='mee-bezig']")).to_be_checked()
    point(other, K03).get_by_label("Notitie (volgende stap)").fill("Regiobeeld van het RIVM")
    point(page, K03).get_by_label("Wie").fill("Piet")
    expect(point(other, K03).get_by_label("Wie")).to_have_value("Piet")
    expect(point(page, K03).locator("textarea")).to_have_value("Regiobeeld van het RIVM")
    page.get_by_label("Naam van de regio").fill("Regio Noord")
    expect(other.get_by_label("Naam van de regio")).to_have_value("Regio Noord")
    # Both tabs show the same, and that is what is saved
    assert answers_on_page(page) == answers_on_page(other)
    saved = json.loads(stored(page))["kernpunten"]
    assert saved[K01]["status"] == "geregeld"
    assert saved[K02]["notitie"] == "Anna vraagt de cijfers op"
    assert {k: saved[K03][k] for k in ("status", "notitie", "wie")} == {
        "status": "mee-bezig",
        "notitie": "Regiobeeld van het RIVM",
        "wie": "Piet",
    }
    other.reload()
    assert answers_on_page(other) == answers_on_page(page)


NOTES = {
    K01: "<65 jaar: eerst fysiotherapie",
    K02: "<meta-analyse> van 2024\nzie javascript: nee, gewoon tekst",
    K03: 'Volgende stap 😀 👩‍⚕️\n\n– met de huisartsen & <b>de</b> fysio\'s "samen"',
}


def test_any_note_round_trips_through_export_and_import(
    page: Page, browser: Browser, site_url, tmp_path
):
    page.goto(PATH)
    for point_id, note in NOTES.items():
        point(page, point_id).get_by_label("Notitie (volgende stap)").fill(note)
    point(page, K01).get_by_label("Wie").fill('Anna; Piet "PJ"')
    point(page, K01).get_by_label("Wanneer").fill("2027-03-01")
    shown = answers_on_page(page)
    path, scan = export(page, tmp_path)
    assert {k: scan["kernpunten"][k]["notitie"] for k in NOTES} == NOTES
    other = browser.new_context(base_url=site_url, locale="nl-NL")
    try:
        fresh = other.new_page()
        fresh.goto(PATH)
        import_file(fresh, path)
        assert message(fresh).startswith("Geïmporteerd")
        assert answers_on_page(fresh) == shown
        for point_id, note in NOTES.items():
            assert point(fresh, point_id).locator("textarea").input_value() == note
        # Shown as text in the plan, never as HTML
        plan = fresh.locator("#tk-plan")
        expect(plan).to_contain_text("Nog zonder status")
        assert plan.locator("b").count() == 0
        assert NOTES[K03] in plan.inner_text()  # inner_text keeps the line breaks
        again, _ = export(fresh, tmp_path / "again")
        assert again.read_bytes() == path.read_bytes()
    finally:
        other.close()


def test_a_windows_1252_file_is_read_with_its_accents(page: Page, tmp_path):
    scan = {
        "formaat": "nov-toolkit-zelfscan",
        "versie": 2,
        "regio": "Regio Zuid-Limburg",
        "organisatie": "Huisartsencoöperatie",
        "kernpunten": {K01: {"status": "geregeld", "notitie": "Afspraak met café-eigenaar – €50"}},
    }
    path = tmp_path / "scan-1252.json"
    path.write_bytes(json.dumps(scan, ensure_ascii=False).encode("cp1252"))
    page.goto(PATH)
    import_file(page, path)
    text = message(page)
    assert "opgeslagen als Windows-1252; de letters zijn goed omgezet" in text
    expect(page.get_by_label("Organisatie (bijv")).to_have_value("Huisartsencoöperatie")
    assert point(page, K01).locator("textarea").input_value() == (
        "Afspraak met café-eigenaar – €50"
    )


def test_a_file_in_no_known_encoding_is_refused(page: Page, tmp_path):
    path = tmp_path / "kapot.json"
    # 0x81 and 0x8d are neither UTF-8 here nor defined in Windows-1252
    path.write_bytes(b'{"formaat": "nov-toolkit-zelfscan", "versie": 2, "regio": "\x81\x8d"}')
    page.goto(PATH)
    fill(page, {K01: ("geregeld", "eerst")})
    before = stored(page)
    import_file(page, path)
    assert "geen leesbare tekst" in message(page)
    assert stored(page) == before


def test_an_unknown_id_is_named_unknown_never_retired(page: Page, tmp_path):
    path = write_scan(
        tmp_path / "onbekend.json",
        {"k99-bestaat-niet": {"status": "mee-bezig", "notitie": "Van een andere site"}},
    )
    page.goto(PATH)
    import_file(page, path)
    assert "Onbekend in deze toolkit: k99-bestaat-niet." in message(page)
    orphans = page.get_by_role("region", name="Kernpunten buiten de toolkit")
    expect(orphans.locator("li")).to_have_text(
        "k99-bestaat-niet (k99-bestaat-niet, onbekend): mee bezigVan een andere site"
    )
    assert "vervallen)" not in orphans.inner_text()
    expect(page.locator("#tk-plan")).to_contain_text("Van een andere site")


def test_a_version_1_file_is_migrated_without_loss(page: Page, tmp_path):
    v1 = {
        "formaat": "nov-toolkit-zelfscan",
        "versie": 1,
        "regio": "Regio Oost",
        "datum": "2025-11-30",
        "kernpunten": {
            K01: {"status": "geregeld", "notitie": "klaar", "tekst": "Oud"},
            "k04-afstemming": {"status": "mee-bezig", "notitie": "Notitie bij een kopje"},
        },
    }
    path = tmp_path / "v1.json"
    path.write_text(json.dumps(v1), encoding="utf-8")
    page.goto(PATH)
    import_file(page, path)
    expect(page.locator("#tk-scan-message")).to_contain_text("Geïmporteerd")
    _, scan = export(page, tmp_path)
    assert scan["versie"] == 2
    assert scan["kernpunten"] == v1["kernpunten"]
    # The note on what is now a heading is not lost: it is listed, as a heading
    expect(page.get_by_role("region", name="Kernpunten buiten de toolkit")).to_contain_text(
        "(k04-afstemming, kopje): mee bezig"
    )


PARTNERS = {
    "Ziekenhuis": {
        K01: {"status": "geregeld", "notitie": "Regiovisie getekend"},
        K02: {"status": "mee-bezig", "notitie": "Cijfers van Vektis", "wie": "Anna"},
    },
    "Huisartsencoöperatie": {
        K01: {"status": "geregeld"},
        K02: {"status": "nog-niet-gestart", "notitie": "Nog geen data", "wanneer": "2027-02-01"},
    },
    "Fysiotherapie": {
        K01: {"status": "geregeld", "notitie": "Akkoord"},
        K02: {"status": "mee-bezig", "wie": "Ben"},
    },
}


def partner_files(tmp_path: Path) -> list[Path]:
    return [
        write_scan(
            tmp_path / f"zelfscan-{name}.json",
            points,
            organisatie=name,
            regio="Regio Gelderse Vallei",
            datum="2026-11-30",
        )
        for name, points in PARTNERS.items()
    ]


def test_three_partners_side_by_side_settled_into_a_shared_scan(page: Page, tmp_path):
    page.goto(PATH)
    load_partners(page, partner_files(tmp_path))
    expect(page.locator("#tk-partners-message")).to_have_text("3 scan(s) van partners geladen.")
    result = page.locator(".tk-partners__result")
    agreed = result.locator(f"[data-tk-point='{K01}']")
    differ = result.locator(f"[data-tk-point='{K02}']")
    expect(agreed.locator(".tk-partners__differ")).to_have_count(0)
    expect(differ.locator(".tk-partners__differ")).to_have_text("≠ verschil")
    expect(differ.locator("li")).to_have_text(
        [
            "Ziekenhuis: mee bezig — Wie: Anna — Cijfers van Vektis",
            "Huisartsencoöperatie: nog niet gestart — Wanneer: 01-02-2027 — Nog geen data",
            "Fysiotherapie: mee bezig — Wie: Ben",
        ]
    )
    expect(agreed.get_by_label("Gedeelde status K01")).to_have_value("geregeld")
    expect(differ.get_by_label("Gedeelde status K02")).to_have_value("")
    differ.get_by_label("Gedeelde status K02").select_option("mee-bezig")
    # The chart shows the partners side by side
    expect(page.locator("#tk-chart rect[data-tk-series='Fysiotherapie']").first).to_be_attached()
    page.get_by_role("button", name="Gedeelde scan maken").click()
    # Said beside the button, not at the top of the long page
    expect(page.locator("#tk-partners-message")).to_contain_text("De gedeelde scan van 3 partners")
    expect(point(page, K02).locator("input[value='mee-bezig']")).to_be_checked()
    path, shared = export(page, tmp_path / "gedeeld")
    assert path.name == "zelfscan-regio-gelderse-vallei-gedeeld-" + shared["datum"] + ".json"
    assert shared["organisatie"] == "Gedeeld"
    assert shared["kernpunten"][K01]["status"] == "geregeld"
    assert shared["kernpunten"][K01]["notitie"] == (
        "Ziekenhuis: Regiovisie getekend\nFysiotherapie: Akkoord"
    )
    assert shared["kernpunten"][K02] == {
        "status": "mee-bezig",
        "notitie": "Ziekenhuis: Cijfers van Vektis\nHuisartsencoöperatie: Nog geen data",
        "wie": "Anna; Ben",
        "wanneer": "2027-02-01",
        "tekst": "Onderbouw doelstellingen cijfermatig",
    }


def test_the_charts_figures_equal_the_tables(page: Page, tmp_path):
    page.goto(PATH)
    fill(page)
    load_partners(page, partner_files(tmp_path)[:2])
    expect(page.locator("#tk-partners-message")).to_contain_text("2 scan(s)")
    chart = page.evaluate(
        """() => [...document.querySelectorAll('#tk-chart rect[data-tk-count]')].map(r =>
            [r.dataset.tkBlock, r.dataset.tkSeries, r.dataset.tkStatus, +r.dataset.tkCount])"""
    )
    table = page.evaluate(
        """() => {
            const heads = [...document.querySelectorAll('.tk-chart__numbers thead th')]
                .map(th => th.textContent);
            const first = heads.indexOf('geregeld');
            return [...document.querySelectorAll('.tk-chart__numbers tbody tr')].flatMap(tr =>
                [...tr.children].slice(first).map((td, i) =>
                    [tr.dataset.tkBlock, tr.dataset.tkSeries, heads[first + i], +td.textContent])
            ).filter(row => row[3] > 0);
        }"""
    )
    names = {"geen status": "geen"}
    table = [[b, s, names.get(h, h.replace(" ", "-")), n] for b, s, h, n in table]
    assert sorted(map(tuple, chart)) == sorted(map(tuple, table))
    assert len({row[1] for row in chart}) == 3  # this scan and two partners
    per_block = {}
    for block_id, series, _, count in chart:
        per_block[(block_id, series)] = per_block.get((block_id, series), 0) + count
    sizes = {b.id: len([p for p in b.all_key_points() if not p.subpoints]) for b in blocks()}
    assert all(total == sizes[block_id] for (block_id, _), total in per_block.items())
    # In greyscale every status has its own pattern
    fills = page.evaluate(
        """() => [...document.querySelectorAll('#tk-chart pattern')].map(p => p.innerHTML)"""
    )
    assert len(set(fills)) == 5


def test_the_plan_as_a_spreadsheet_reads_back_as_dutch_excel_does(page: Page, tmp_path):
    page.goto(PATH)
    page.get_by_label("Naam van de regio").fill("Regio Gelderse Vallei")
    page.get_by_label("Organisatie (bijv").fill("Ziekenhuis")
    page.get_by_label("Datum van de scan").fill("2026-11-30")
    tricky = 'Bel "Piet"; daarna\nde huisartsen <65 jaar'
    formula = '=HYPERLINK("https://example.invalid")'
    notes = {K01: ("mee-bezig", tricky), K02: ("geregeld", ""), K03: ("nog-niet-gestart", formula)}
    fill(page, notes)
    point(page, K01).get_by_label("Wie").fill("Anna; Ben")
    point(page, K01).get_by_label("Wanneer").fill("2027-03-01")
    with page.expect_download() as info:
        page.get_by_role("button", name="Actieplan als spreadsheet").click()
    assert info.value.suggested_filename == (
        "actieplan-regio-gelderse-vallei-ziekenhuis-2026-11-30.csv"
    )
    path = tmp_path / "plan.csv"
    info.value.save_as(path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == ["Bouwblok", "Kernpunt", "Tekst", "Status", "Wie", "Wanneer", "Notitie"]
    by_label = {row[1]: row for row in rows[1:]}
    assert by_label["K01"][3:] == ["mee bezig", "Anna; Ben", "01-03-2027", tricky]
    assert by_label["K03"][3] == "nog niet gestart"
    # a note a spreadsheet would read as a formula stays text: it starts with an apostrophe
    assert by_label["K03"][6] == "'" + formula
    assert "K02" not in by_label  # geregeld is not in the plan
    assert len(rows) == 1 + len(LEAVES) - 1  # every point but the one geregeld
    assert all(len(row) == 7 for row in rows)
    # Python's csv module writes the same as the page (as Dutch Excel would)
    written = io.StringIO()
    csv.writer(written, delimiter=";", lineterminator="\r\n").writerows(rows)
    assert path.read_bytes().decode("utf-8-sig") == written.getvalue()


def test_closing_with_input_that_is_nowhere_saved_asks_first(browser: Browser, site_url):
    context = browser.new_context(base_url=site_url, locale="nl-NL")
    context.add_init_script(
        "Storage.prototype.setItem = function () {"
        " throw new DOMException('vol', 'QuotaExceededError') }"
    )
    try:
        page = context.new_page()
        page.goto(PATH)
        page.get_by_label("Naam van de regio").fill("Regio Noord")
        asked = []
        page.on("dialog", lambda dialog: (asked.append(dialog.type), dialog.dismiss()))
        with page.expect_event("dialog"):
            page.close(run_before_unload=True)
        assert asked == ["beforeunload"]
        expect(page.get_by_label("Naam van de regio")).to_have_value("Regio Noord")  # still open
        # Once the scan is taken away as a file, closing no longer asks
        with page.expect_download():
            page.get_by_role("button", name="Scan als bestand bewaren").click()
        with page.expect_event("close"):
            page.close(run_before_unload=True)
        assert asked == ["beforeunload"]
    finally:
        context.close()


def test_saved_input_closes_without_asking(page: Page):
    page.goto(PATH)
    page.get_by_label("Naam van de regio").fill("Regio Noord")
    asked = []
    page.on("dialog", lambda dialog: (asked.append(dialog.type), dialog.dismiss()))
    with page.expect_event("close"):
        page.close(run_before_unload=True)
    assert asked == []
