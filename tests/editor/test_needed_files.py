"""A file the site needs, deleted or emptied (two clicks in GitHub's web editor, a select-all
before a paste): named at that file, alone, in Dutch, never an internal error or a site
published without it.

The oracle is the test's own: the files it knows the site is made of (the home page, the
data file and its schema, the catalogue and the glossary every page reads) and every
script and stylesheet of docs/ that the built pages load, read from the built HTML."""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from dutch import assert_dutch
from editor_helpers import DOCS, committed_copy, findings_in, run_cli

OWN_FILES = [
    "docs/index.md",
    "docs/_data/blokken.yml",
    "docs/_data/blokken.schema.json",
    "docs/_data/referenties.md",
    "docs/_data/afkortingen.md",
]


def loaded_from_docs(site: Path) -> set[str]:
    """The scripts and stylesheets the built pages load that come from docs/."""
    loaded = set()
    for html in site.rglob("*.html"):
        page_url = "/" + html.relative_to(site).as_posix()
        soup = BeautifulSoup(html.read_text(encoding="utf-8"), "lxml")
        addresses = [tag.get("src") for tag in soup.find_all("script", src=True)]
        addresses += [tag.get("href") for tag in soup.select("link[rel~=stylesheet][href]")]
        for address in addresses:
            path = urlsplit(urljoin(page_url, address)).path.lstrip("/")
            if (DOCS / path).is_file():
                loaded.add(f"docs/{path}")
    return loaded


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return committed_copy(tmp_path_factory.mktemp("needed"))


@pytest.fixture(scope="module")
def needed(built_site) -> list[str]:
    loaded = loaded_from_docs(built_site)
    assert {"docs/assets/javascripts/zelfscan.js", "docs/assets/stylesheets/toolkit.css"} <= loaded
    return [*OWN_FILES, *sorted(loaded)]


@pytest.mark.parametrize("how", ["weg", "leeg"])
def test_a_needed_file_deleted_or_emptied_is_named_there_alone(project, needed, how):
    for label in needed:
        if how == "leeg" and not label.endswith((".md", ".yml", ".json")):
            continue  # an empty script or stylesheet still loads: no file is missing
        path = project / label
        kept = project / "kept"
        shutil.copy2(path, kept)
        try:
            if how == "weg":
                path.unlink()
            else:
                path.write_text("\n", encoding="utf-8")
            outcome = run_cli(project)
        finally:
            shutil.move(kept, path)
        found = findings_in(outcome)
        assert outcome.returncode == 1, (label, outcome.raw)
        assert [where for where, _ in found] == [label], (label, outcome.raw)
        message = found[0][1]
        phrase = "ontbreekt" if how == "weg" else "is leeg"
        assert f"dit bestand {phrase}, maar de site heeft het nodig" in message
        assert_dutch(message)
    assert run_cli(project).returncode == 0  # every file put back: nothing to name
