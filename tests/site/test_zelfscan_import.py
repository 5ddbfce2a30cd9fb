"""Moving a scan to another computer: export, import in a fresh browser, identical; every
file that is not a scan is refused with a Dutch message and changes nothing; a scan made
before key points were renamed or removed keeps every note."""

from __future__ import annotations

import json

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
        {**good, "versie": 2},
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
    "text": (b"regio;status\nGelderse Vallei;geregeld\n", "het is geen JSON-bestand"),
    "empty": (b"", "is leeg"),
    "5-mb": (
        json.dumps({**SCAN, "regio": "x" * (5 * 1024 * 1024)}).encode(),
        "is te groot (5 MB) voor een zelfscan",
    ),
    "newer-version": (
        json.dumps({**SCAN, "versie": 2}).encode(),
        "gemaakt met een nieuwere versie van de toolkit (formaatversie 2)",
    ),
    "script-in-note": (
        json.dumps(
            {**SCAN, "kernpunten": {"k01-x": {"notitie": "<script>alert('hoi')</script>"}}}
        ).encode(),
        "bevat programmacode of HTML (de notitie bij k01-x)",
    ),
    "handler-in-note": (
        json.dumps(
            {**SCAN, "kernpunten": {"k01-x": {"notitie": '<img src=x onerror="alert(1)">'}}}
        ).encode(),
        "bevat programmacode of HTML",
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
    path = tmp_path / (f"{name}.pdf" if name == "pdf" else f"{name}.json")
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
    """The project after an editor renamed key point k02 and removed k03 (retiring its id)."""
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
        assert "1 kernpunt(en) staan niet meer in de toolkit" in message(newer)
        renamed = newer.locator("[data-tk-point='k02-onderbouw-doelstellingen-cijfermatig']")
        expect(renamed.locator("legend")).to_contain_text("Onderbouw de doelen met cijfers")
        assert (
            renamed.locator("textarea").input_value()
            == ANSWERS["k02-onderbouw-doelstellingen-cijfermatig"][1]
        )
        expect(renamed.locator(".tk-point__renamed")).to_have_text(
            'Deze tekst is gewijzigd sinds uw notitie. Toen: "Onderbouw doelstellingen cijfermatig"'
        )
        orphans = newer.get_by_role("region", name="Vervallen kernpunten")
        expect(orphans).to_be_visible()
        expect(orphans.locator("li")).to_have_count(1)
        expect(orphans.locator("li")).to_contain_text(
            "Maak gebruik van bestaande landelijke en regionale analyses"
            " (k03-maak-gebruik-bestaande): geregeld"
        )
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
