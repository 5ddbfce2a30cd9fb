"""Helpers for the zelfscan tests: fill the scan as a person would, read it back, serve a
second build of a changed project."""

from __future__ import annotations

import functools
import http.server
import json
import threading
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Page

from project import ROOT

SCHEMA = ROOT / "docs/assets/zelfscan.schema.json"
MODULE = ROOT / "docs/assets/javascripts/zelfscan.js"
KEY = "nov-toolkit-zelfscan"
PATH = "/zelfscan/"

# What the tests type: several key points in three blocks, one of them a sub-sub-point.
ANSWERS = {
    "k01-haak-bestaande-landelijke": ("geregeld", "Gedaan: aangesloten bij de regiovisie"),
    "k02-onderbouw-doelstellingen-cijfermatig": ("mee-bezig", "Anna: cijfers ophalen bij Vektis"),
    "k03-maak-gebruik-bestaande": ("geregeld", ""),
    "k07-binnen-eigen-praktijk": ("nog-niet-gestart", "Piet plant overleg in maart"),
    "k25-formaliseer-netwerk-middels": ("niet-van-toepassing", ""),
    "k32-voor-door-met-elkaar": ("", "Scholingsavond na de zomer"),
}
REGION = "Regio Gelderse Vallei"
DATE = "2026-11-30"


def fill(page: Page, answers: dict = ANSWERS) -> None:
    page.get_by_label("Naam van de regio").fill(REGION)
    page.get_by_label("Datum van de scan").fill(DATE)
    for point_id, (status, note) in answers.items():
        point = page.locator(f"[data-tk-point='{point_id}']")
        if status:
            point.locator(f"input[value='{status}']").check()
        if note:
            point.get_by_label("Notitie (volgende stap)").fill(note)


def point(page: Page, point_id: str):
    """A key point's group on the checklist (not its copy in the partners' comparison)."""
    return page.locator(f"fieldset[data-tk-point='{point_id}']")


def answers_on_page(page: Page) -> dict:
    """Every key point's status, note, owner and date as shown, plus the scan's own fields."""
    return page.evaluate(
        """() => ({
            regio: document.getElementById('tk-scan-regio').value,
            organisatie: document.getElementById('tk-scan-organisatie').value,
            datum: document.getElementById('tk-scan-datum').value,
            punten: Object.fromEntries([...document.querySelectorAll('fieldset[data-tk-point]')]
                .map(f => [f.dataset.tkPoint, [f.querySelector('input:checked')?.value || '',
                    ...['notitie', 'wie', 'wanneer'].map(name =>
                        f.querySelector(`[data-tk-field=${name}]`).value)]])),
        })"""
    )


def stored(page: Page) -> str | None:
    return page.evaluate(f"localStorage.getItem('{KEY}')")


def export(page: Page, tmp_path: Path) -> tuple[Path, dict]:
    with page.expect_download() as info:
        page.get_by_role("button", name="Exporteren als bestand").click()
    download = info.value
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    return path, json.loads(path.read_text(encoding="utf-8"))


def import_file(page: Page, path: Path) -> None:
    """As a person does: the button opens the file chooser."""
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Bestand importeren").click()
    chooser.value.set_files(path)


def write_scan(path: Path, points: dict, **fields) -> Path:
    """A scan file as another computer exported it."""
    scan = {"formaat": "nov-toolkit-zelfscan", "versie": 2, **fields, "kernpunten": points}
    path.write_text(json.dumps(scan, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def load_partners(page: Page, paths: list[Path]) -> None:
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Scans van partners laden").click()
    chooser.value.set_files(paths)


def message(page: Page) -> str:
    box = page.locator("#tk-scan-message")
    box.wait_for(state="visible")
    return " ".join(box.inner_text().split())


@contextmanager
def serve(directory: Path):
    """A second site (a changed project's build) on a free port of 127.0.0.1."""
    handler = functools.partial(QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass
