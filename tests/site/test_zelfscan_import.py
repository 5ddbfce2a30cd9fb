"""Moving a scan to another computer: export, import in a fresh browser, identical; every
file that is not a scan is refused with a Dutch message and changes nothing; a scan made
before key points were renamed or removed keeps every note."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest
from playwright.sync_api import Browser, Page, expect
from zelfscan_helpers import (
    ANSWERS,
    PATH,
    REGION,
    SCHEMA,
    answers_on_page,
    export,
    fill,
    import_file,
    message,
    serve,
    stored,
)

from project import build_site, copy_project, edit

pytestmark = pytest.mark.browser
NOTHING_CHANGED = "Uw huidige scan is niet veranderd."


def validate(scan: dict) -> None:
    jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(scan)


def test_the_schema_refuses_what_is_not_a_scan():
    """Guard against a vacuous schema check."""
    good = {"formaat": "nov-toolkit-zelfscan", "versie": 1, "kernpunten": {}}
    validate(good)
    for bad in (
        {**good, "versie": 3},
        {**good, "versie": 1, "organisatie": "Ziekenhuis"},  # a field of version 2
        {**good, "formaat": "iets-anders"},
        {**good, "kernpunten": {"geen-id": {}}},
        {**good, "kernpunten": {"k01-x": {"status": "klaar"}}},
    ):
        with pytest.raises(jsonschema.ValidationError):
            validate(bad)


def test_export_then_import_in_a_fresh_browser_is_identical(
    page: Page, browser: Browser, site_url, tmp_path
):
    page.goto(PATH)
    fill(page)
    shown = answers_on_page(page)
    path, scan = export(page, tmp_path)
    assert path.name == "zelfscan-regio-gelderse-vallei-2026-11-30.json"
    validate(scan)
    assert scan["regio"] == REGION
    assert scan["kernpunten"]["k02-onderbouw-doelstellingen-cijfermatig"] == {
        "status": "mee-bezig",
        "notitie": ANSWERS["k02-onderbouw-doelstellingen-cijfermatig"][1],
        "tekst": "Onderbouw doelstellingen cijfermatig",
    }
    assert set(scan["kernpunten"]) == set(ANSWERS)

    other = browser.new_context(base_url=site_url, locale="nl-NL")  # another computer
    try:
        fresh = other.new_page()
        fresh.goto(PATH)
        import_file(fresh, path)
        assert message(fresh).startswith(f"Geïmporteerd: de scan van {REGION} (2026-11-30).")
        assert answers_on_page(fresh) == shown
        again, _ = export(fresh, tmp_path / "again")
        assert again.read_bytes() == path.read_bytes()
        fresh.reload()
        assert answers_on_page(fresh) == shown  # and saved there
    finally:
        other.close()


def test_import_over_a_scan_asks_first(page: Page, tmp_path):
    page.goto(PATH)
    fill(page, {"k01-haak-bestaande-landelijke": ("geregeld", "Eerste scan")})
    path, _ = export(page, tmp_path)
    page.locator("#notitie-k01-haak-bestaande-landelijke").fill("Tweede versie")
    page.once("dialog", lambda dialog: dialog.dismiss())
    import_file(page, path)
    assert message(page) == f"Importeren afgebroken. {NOTHING_CHANGED}"
    assert page.locator("#notitie-k01-haak-bestaande-landelijke").input_value() == "Tweede versie"
    page.once("dialog", lambda dialog: dialog.accept())
    import_file(page, path)
    expect(page.locator("#tk-scan-message")).to_contain_text("Geïmporteerd")
    assert page.locator("#notitie-k01-haak-bestaande-landelijke").input_value() == "Eerste scan"


SCAN = {"formaat": "nov-toolkit-zelfscan", "versie": 1, "kernpunten": {}}
BAD_FILES = {
    "other-json": (b'{"blokken": [{"id": "scholing"}]}', "is geen zelfscan van deze toolkit"),
    "json-list": (b"[1, 2, 3]", "is geen zelfscan van deze toolkit"),
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "het is een PDF"),
    "text": (b"Notities van het overleg\nGelderse Vallei\n", "het is geen JSON-bestand"),
    "csv": (b"regio;status\nGelderse Vallei;geregeld\n", "het is een spreadsheet (CSV)"),
    # the action plan as Excel saves it again: Windows-1252, tabs ("Unicode text" is UTF-16)
    "plan-from-excel": (
        "Bouwblok\tKernpunt\tStatus\r\n1. Kernteam\tK01\tMee bezig\r\n".encode("cp1252"),
        "het is een spreadsheet (CSV), zoals het actieplan",
    ),
    "xlsx": (b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)), "een Excel-, Word- of ander"),
    "xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "een Excel-, Word- of ander"),
    "empty": (b"", "is leeg"),
    "5-mb": (
        json.dumps({**SCAN, "regio": "x" * (5 * 1024 * 1024)}).encode(),
        "is te groot (5 MB) voor een zelfscan",
    ),
    "newer-version": (
        json.dumps({**SCAN, "versie": 3}).encode(),
        "gemaakt met een nieuwere versie van de toolkit (formaatversie 3)",
    ),
    "bad-date": (
        json.dumps({**SCAN, "kernpunten": {"k01-x": {"wanneer": "maart"}}}).encode(),
        '"wanneer" bij k01-x is geen datum (JJJJ-MM-DD)',
    ),
    "unknown-status": (
        json.dumps({**SCAN, "kernpunten": {"k01-x": {"status": "klaar"}}}).encode(),
        "geen geldige zelfscan: kernpunt k01-x heeft een onbekende status",
    ),
    "bad-id": (
        json.dumps({**SCAN, "kernpunten": {"__proto__x": {}}}).encode(),
        "'__proto__x' is geen kernpunt-id",
    ),
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_a_bad_file_is_refused_and_changes_nothing(page: Page, tmp_path, name):
    content, phrase = BAD_FILES[name]
    suffix = {"pdf": "pdf", "csv": "csv", "plan-from-excel": "txt", "xlsx": "xlsx", "xls": "xls"}
    path = tmp_path / f"{name}.{suffix.get(name, 'json')}"
    path.write_bytes(content)
    page.goto(PATH)
    fill(page)
    before_page, before_stored = answers_on_page(page), stored(page)
    page.on("dialog", lambda dialog: pytest.fail(f"unexpected dialog: {dialog.message}"))
    import_file(page, path)
    text = message(page)
    assert phrase in text, text
    assert text.endswith(NOTHING_CHANGED)
    assert page.locator("#tk-scan-message").get_attribute("role") == "alert"
    assert answers_on_page(page) == before_page
    assert stored(page) == before_stored
    page.reload()
    assert answers_on_page(page) == before_page


@pytest.fixture(scope="module")
def changed_site(tmp_path_factory):
    """The project a year later: an editor renamed key point k02, removed k03 (retiring its
    id) and added k37."""
    project = copy_project(tmp_path_factory.mktemp("changed") / "project")
    data = "docs/_data/blokken.yml"
    edit(
        project,
        data,
        "tekst: Onderbouw doelstellingen cijfermatig",
        "tekst: Onderbouw de doelen met cijfers",
    )
    edit(
        project,
        data,
        "      - id: k03-maak-gebruik-bestaande\n"
        "        tekst: Maak gebruik van bestaande landelijke en regionale analyses\n",
        "",
    )
    edit(
        project,
        data,
        "  # - k99-voorbeeld-van-een-verwijderd-punt\n",
        "  - k03-maak-gebruik-bestaande\n",
    )
    edit(
        project,
        data,
        "        tekst: Voor, door en met elkaar\n",
        "        tekst: Voor, door en met elkaar\n"
        "      - id: k37-deel-ervaringen-landelijk\n"
        "        tekst: Deel ervaringen met andere regio's\n",
    )
    site = project / "out"
    result = build_site(project, site)
    assert result.returncode == 0, result.stderr
    with serve(site) as url:
        yield url


def test_import_after_a_key_point_was_renamed_and_another_removed(
    page: Page, browser: Browser, changed_site, tmp_path
):
    page.goto(PATH)
    fill(page)
    path, original = export(page, tmp_path)
    other = browser.new_context(base_url=changed_site, locale="nl-NL")
    try:
        newer = other.new_page()
        newer.goto(PATH)
        assert newer.locator("[data-tk-point='k03-maak-gebruik-bestaande']").count() == 0
        import_file(newer, path)
        assert "1 kernpunt(en) staan niet als kernpunt in de toolkit" in message(newer)
        renamed = newer.locator("[data-tk-point='k02-onderbouw-doelstellingen-cijfermatig']")
        expect(renamed.locator("legend")).to_contain_text("Onderbouw de doelen met cijfers")
        assert (
            renamed.locator("textarea").input_value()
            == ANSWERS["k02-onderbouw-doelstellingen-cijfermatig"][1]
        )
        expect(renamed.locator(".tk-point__renamed")).to_have_text(
            'Deze tekst is gewijzigd sinds uw notitie. Toen: "Onderbouw doelstellingen cijfermatig"'
        )
        orphans = newer.get_by_role("region", name="Kernpunten buiten de toolkit")
        expect(orphans).to_be_visible()
        expect(orphans.locator("li")).to_have_count(1)
        expect(orphans.locator("li")).to_contain_text(
            "Maak gebruik van bestaande landelijke en regionale analyses"
            " (k03-maak-gebruik-bestaande, vervallen): geregeld"
        )
        assert "onbekend" not in orphans.locator("li").inner_text()
        expect(newer.locator("[data-tk-block='visie-en-doelen'] [data-tk-progress]")).to_have_text(
            "1 van 2 geregeld"
        )
        # Nothing is dropped: the orphan stays saved and exported.
        newer.reload()
        expect(orphans).to_be_visible()
        _, again = export(newer, tmp_path / "again")
        assert again["kernpunten"] == original["kernpunten"]
    finally:
        other.close()


def test_a_removed_key_point_stays_in_the_plan_with_its_note(
    page: Page, browser: Browser, changed_site, tmp_path
):
    page.goto(PATH)
    fill(page, {**ANSWERS, "k03-maak-gebruik-bestaande": ("mee-bezig", "Analyse van het RIVM")})
    path, _ = export(page, tmp_path)
    other = browser.new_context(base_url=changed_site, locale="nl-NL")
    try:
        newer = other.new_page()
        newer.goto(PATH)
        import_file(newer, path)
        expect(newer.locator("#tk-scan-message")).to_contain_text("Geïmporteerd")
        plan = newer.locator("#tk-plan")
        expect(plan.get_by_role("heading", name="Kernpunten buiten de toolkit")).to_be_visible()
        expect(plan).to_contain_text(
            "Maak gebruik van bestaande landelijke en regionale analyses"
            " (k03-maak-gebruik-bestaande, vervallen) (mee bezig)"
        )
        expect(plan).to_contain_text("Analyse van het RIVM")
        # Labels come from the ids: after the removal K02 is still K02, K04 does not move up
        expect(
            newer.get_by_role("group", name="K02 Onderbouw de doelen met cijfers")
        ).to_be_visible()
        expect(newer.locator("[data-tk-heading='k04-afstemming']")).to_contain_text("K04")
    finally:
        other.close()


def test_a_baseline_from_a_year_before_compared_after_the_data_file_changed(
    page: Page, browser: Browser, changed_site, tmp_path
):
    """Last year's scan on the old site; this year's on the changed one, compared."""
    page.goto(PATH)
    fill(
        page,
        {
            "k01-haak-bestaande-landelijke": ("mee-bezig", "Vorig jaar: in gesprek"),
            "k02-onderbouw-doelstellingen-cijfermatig": ("geregeld", ""),
            "k03-maak-gebruik-bestaande": ("nog-niet-gestart", "RIVM-analyse opvragen"),
            "k32-voor-door-met-elkaar": ("mee-bezig", ""),
        },
    )
    page.get_by_label("Datum van de scan").fill("2025-11-30")
    last_year, _ = export(page, tmp_path)
    other = browser.new_context(base_url=changed_site, locale="nl-NL")
    try:
        now = other.new_page()
        now.goto(PATH)
        fill(
            now,
            {
                "k01-haak-bestaande-landelijke": ("geregeld", ""),
                "k02-onderbouw-doelstellingen-cijfermatig": ("mee-bezig", ""),
                "k32-voor-door-met-elkaar": ("niet-van-toepassing", ""),
            },
        )
        with now.expect_file_chooser() as chooser:
            now.get_by_role("button", name="Eerdere scan laden").click()
        chooser.value.set_files(last_year)
        expect(now.locator("#tk-compare-message")).to_contain_text("De basis is geladen")
        result = now.locator(".tk-compare__result")

        def listed(title: str) -> list[str]:
            heading = result.get_by_role("heading", name=re.compile(f"^{title} "))
            return heading.locator("xpath=following-sibling::ul[1]/li").all_inner_texts()

        assert listed("Vooruitgegaan") == [
            "K01 Haak waar mogelijk aan bij bestaande landelijke en regionale doelstellingen "
            "en/of initiatieven: mee bezig → geregeld"
        ]
        assert listed("Achteruitgegaan") == [
            "K02 Onderbouw de doelen met cijfers: geregeld → mee bezig"
        ]
        assert listed("Anders") == ["K32 Voor, door en met elkaar: mee bezig → niet van toepassing"]
        assert listed("Nieuw in de toolkit sinds de basis") == [
            "K37 Deel ervaringen met andere regio's"
        ]
        assert listed("Uit de toolkit sinds de basis") == [
            "Maak gebruik van bestaande landelijke en regionale analyses "
            "(k03-maak-gebruik-bestaande, vervallen): toen nog niet gestart — RIVM-analyse opvragen"
        ]
        block = result.get_by_role("row", name=re.compile("^1. Formuleer"))
        expect(block.get_by_role("cell")).to_have_text(["1", "1", "0"])
        # The chart shows both years; the baseline is kept beside the scan
        expect(
            now.locator("#tk-chart rect[data-tk-series='Basis 30-11-2025']").first
        ).to_be_attached()
        now.reload()
        expect(result.get_by_role("heading", name="Vooruitgegaan (1)")).to_be_visible()
    finally:
        other.close()
