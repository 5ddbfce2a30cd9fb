"""A renamed page keeps its old address: scripts/rename-page sets up the redirect, and a
page that disappeared from git without one is named before anything is published."""

from __future__ import annotations

import subprocess
import sys

import pytest
from bs4 import BeautifulSoup
from editor_helpers import build_env, copy_project, run_cli

from project import build_site
from toolkit.page_redirects import check_redirects

CONFIG_TEXT = "plugins:\n  - redirects:\n      redirect_maps:\n        oud.md: nieuw.md\n"


def git(project, *arguments):
    subprocess.run(["git", "-C", str(project), *arguments], check=True, capture_output=True)


@pytest.fixture
def repository(tmp_path):
    """A copy of the project as a git repository with one commit: the published pages."""
    project = copy_project(tmp_path / "project")
    git(project, "init", "-q", "-b", "main")
    git(project, "add", "-A")
    git(project, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "start")
    return project


def test_a_page_renamed_by_hand_without_redirect_is_named(repository):
    (repository / "docs/blokken/scholing.md").rename(repository / "docs/blokken/opleiding.md")
    data = repository / "docs/_data/blokken.yml"
    text = data.read_text(encoding="utf-8")
    data.write_text(text.replace("blokken/scholing.md", "blokken/opleiding.md"), encoding="utf-8")
    outcome = run_cli(repository)
    assert outcome.returncode == 1
    config = (repository / "mkdocs.yml").read_text(encoding="utf-8").split("\n")
    line = next(n for n, row in enumerate(config, 1) if "redirect_maps:" in row)
    assert (
        f"mkdocs.yml, regel {line}: de pagina docs/blokken/scholing.md stond op de site en is "
        "verwijderd of hernoemd zonder omleiding"
    ) in outcome.output
    assert "scripts/rename-page oud nieuw" in outcome.output


def test_rename_page_moves_the_page_and_the_old_address_lands_on_the_new_one(repository):
    env = build_env(repository)
    result = subprocess.run(
        [sys.executable, "scripts/rename-page", "blokken/scholing.md", "blokken/opleiding.md"],
        cwd=repository,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "omleiding toegevoegd" in result.stdout
    assert not (repository / "docs/blokken/scholing.md").exists()
    assert "pagina: blokken/opleiding.md" in (repository / "docs/_data/blokken.yml").read_text()
    assert "blokken/scholing.md: blokken/opleiding.md" in (repository / "mkdocs.yml").read_text()
    outcome = run_cli(repository)
    assert outcome.returncode == 0, outcome.raw
    site = repository / "out"
    build = build_site(repository, site)
    assert build.returncode == 0, build.stderr
    old = BeautifulSoup((site / "blokken/scholing/index.html").read_text(), "lxml")
    refresh = old.find("meta", attrs={"http-equiv": "refresh"})
    assert refresh and refresh["content"].endswith("../opleiding/"), old
    assert (site / "blokken/opleiding/index.html").is_file()


def test_rename_page_refuses_a_name_that_exists_in_dutch(repository):
    result = subprocess.run(
        [sys.executable, "scripts/rename-page", "blokken/scholing.md", "blokken/kernteam.md"],
        cwd=repository,
        env=build_env(repository),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "docs/blokken/kernteam.md bestaat al; kies een andere naam." in result.stderr
    assert (repository / "docs/blokken/scholing.md").is_file()


def test_a_redirect_to_a_page_that_does_not_exist_is_named():
    findings = check_redirects({"oud.md": "nieuww.md"}, {"nieuw.md"}, set(), CONFIG_TEXT)
    assert [(f.file, f.line) for f in findings] == [("mkdocs.yml", 4)]
    assert "wijst naar 'nieuww.md', maar die pagina bestaat niet" in findings[0].text


def test_a_redirect_that_hides_an_existing_page_is_named():
    findings = check_redirects({"oud.md": "nieuw.md"}, {"oud.md", "nieuw.md"}, set(), CONFIG_TEXT)
    assert len(findings) == 1 and "bestaat (weer)" in findings[0].text


def test_a_published_page_with_a_redirect_is_fine():
    assert check_redirects({"oud.md": "nieuw.md"}, {"nieuw.md"}, {"oud.md"}, CONFIG_TEXT) == []
    gone = check_redirects({}, {"nieuw.md"}, {"oud.md"}, CONFIG_TEXT)
    assert len(gone) == 1 and "docs/oud.md stond op de site" in gone[0].text


@pytest.mark.parametrize(
    ("old", "new", "rule", "corrected"),
    [
        ("oud.md", "https://www.orthopeden.org/", None, None),  # to another site: allowed
        ("docs/oud.md", "nieuw.md", "omleiding-oud-vorm", "        oud.md: nieuw.md"),
        ("oud/", "nieuw.md", "omleiding-oud-vorm", "        oud.md: nieuw.md"),
        ("oud.md", "nieuw/", "omleiding-nergens", "        oud.md: nieuw.md"),
        ("oud.md", "docs/nieuw.md", "omleiding-nergens", "        oud.md: nieuw.md"),
    ],
)
def test_a_redirect_written_as_an_address_gets_the_file_names(old, new, rule, corrected):
    text = f"plugins:\n  - redirects:\n      redirect_maps:\n        {old}: {new}\n"
    findings = check_redirects({old: new}, {"nieuw.md"}, set(), text)
    assert [(item.line, item.rule, item.corrected) for item in findings] == (
        [(4, rule, corrected)] if rule else []
    )
