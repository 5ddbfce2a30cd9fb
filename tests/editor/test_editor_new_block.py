"""End to end, as an editor: add a block with scripts/new-block, build, and find the new block
on the overview, in the navigation and in the search index. The same copy has a page past
its review date, which the build logs (without failing) and scripts/review-due lists."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from editor_helpers import ROOT, copy_project, finish, run_cli, start_build

BLOCK_ID = "kwaliteit-meten"
TITLE = "Meet en verbeter: samen"  # the colon needs quoting in YAML
POINTS = ["Kies samen een paar indicatoren", "Deel de uitkomsten"]
OLD_PAGE = "docs/blokken/scholing.md"


@dataclass
class Scaffolded:
    project: Path
    command_output: str
    build_output: str
    site: Path


def new_block(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(project / "scripts/new-block"), *args],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture(scope="module")
def scaffolded(tmp_path_factory) -> Scaffolded:
    project = copy_project(tmp_path_factory.mktemp("editor") / "project")
    page = project / OLD_PAGE
    text = page.read_text(encoding="utf-8")
    page.write_text(
        re.sub(r"(?m)^laatst_gecontroleerd: .*$", "laatst_gecontroleerd: 2024-01-31", text),
        encoding="utf-8",
    )
    arguments = ["--id", BLOCK_ID, "--titel", TITLE]
    for point in POINTS:
        arguments += ["--kernpunt", point]
    result = new_block(project, *arguments)
    assert result.returncode == 0, result.stderr
    build = finish(start_build(project))
    assert build.returncode == 0, build.output
    return Scaffolded(project, result.stdout, build.output, project / "out")


def test_the_command_creates_page_and_entry(scaffolded):
    page = scaffolded.project / f"docs/blokken/{BLOCK_ID}.md"
    text = page.read_text(encoding="utf-8")
    assert f"# {TITLE}\n" in text and '!!! interessant "Interessant"' in text
    assert "laatst_gecontroleerd: 20" in text and "<!-- nog-invullen -->" in text
    data = (scaffolded.project / "docs/_data/blokken.yml").read_text(encoding="utf-8")
    assert data.startswith("# yaml-language-server")  # the file's comments stay
    assert f'  - id: {BLOCK_ID}\n    titel: "{TITLE}"\n' in data
    assert f"    pagina: blokken/{BLOCK_ID}.md\n    volgorde: 10\n" in data
    assert f"docs/blokken/{BLOCK_ID}.md" in scaffolded.command_output


def test_the_new_block_is_on_the_overview(scaffolded):
    home = BeautifulSoup((scaffolded.site / "index.html").read_text(encoding="utf-8"), "lxml")
    links = {a.get_text(" ", strip=True): a["href"] for a in home.select("article a[href]")}
    assert links.get(TITLE) == f"blokken/{BLOCK_ID}/"
    text = home.select_one("article").get_text(" ")
    assert all(point in text for point in POINTS)


def test_the_new_block_is_last_in_the_navigation(scaffolded):
    page = scaffolded.site / "blokken" / BLOCK_ID / "index.html"
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")
    titles = [a.get_text(" ", strip=True) for a in soup.select("nav.md-nav--primary a")]
    assert TITLE in titles
    previous = soup.select_one("a.md-footer__link--prev")
    assert previous is not None and "Bekostiging en financiering" in previous.get_text(" ")


def test_the_new_block_is_in_the_search_index(scaffolded):
    index = json.loads((scaffolded.site / "search/search_index.json").read_text("utf-8"))
    titles = {doc["location"]: doc["title"] for doc in index["docs"]}
    assert titles.get(f"blokken/{BLOCK_ID}/") == TITLE


def test_a_copy_outside_git_builds_without_warnings(scaffolded):
    assert "WARNING" not in scaffolded.build_output
    assert (scaffolded.site / "blokken" / BLOCK_ID / "index.html").exists()


def test_the_build_logs_pages_due_for_review_without_failing(scaffolded):
    assert (
        f"INFO - Inhoudelijke controle nodig: {OLD_PAGE}: laatst gecontroleerd op 2024-01-31, "
        "volgende controle uiterlijk 2025-01-31"
    ) in scaffolded.build_output


def test_review_due_lists_the_old_page_and_the_open_items(scaffolded):
    outcome = run_cli(scaffolded.project, "review-due", "--markdown")
    assert outcome.returncode == 0, outcome.output
    expected = f"- {OLD_PAGE}: laatst gecontroleerd op 2024-01-31, volgende controle uiterlijk"
    assert f"{expected} 2025-01-31" in outcome.output
    assert f"docs/blokken/{BLOCK_ID}.md, regel" in outcome.output
    assert "tekst nog invullen" in outcome.output


def test_the_command_refuses_an_existing_id(scaffolded):
    result = new_block(scaffolded.project, "--id", BLOCK_ID, "--titel", "X", "--kernpunt", "Y")
    assert result.returncode != 0
    assert f"het blok '{BLOCK_ID}' bestaat al (docs/_data/blokken.yml, regel" in result.stderr
    assert "Kies een andere id" in result.stderr


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ["--id", "Nieuw Blok", "--titel", "X", "--kernpunt", "Y"],
            "de id 'Nieuw Blok' is ongeldig",
        ),
        (["--id", "nieuw", "--titel", "X"], "deze gegevens ontbreken: --kernpunt"),
        (["--id", "scholing", "--titel", "X", "--kernpunt", "Y"], "het blok 'scholing' bestaat al"),
    ],
)
def test_the_command_explains_bad_input_in_dutch(arguments, message, tmp_path):
    project = copy_project(tmp_path / "project")
    data = (project / "docs/_data/blokken.yml").read_text(encoding="utf-8")
    result = new_block(project, *arguments)
    assert result.returncode != 0 and message in result.stderr, result.stderr
    assert "Voorbeeld: scripts/new-block --id" in result.stderr
    assert (project / "docs/_data/blokken.yml").read_text(encoding="utf-8") == data


def test_the_template_stays_out_of_the_site():
    assert not (ROOT / "docs/templates").exists()
    assert (ROOT / "scripts/templates/blok.md").is_file()
