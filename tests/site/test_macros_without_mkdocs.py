"""The macro module stays movable: Zensical (Material's successor) runs the same
hooks/macros.py without MkDocs installed, with the configuration as a plain mapping."""

from __future__ import annotations

import ast
import subprocess
import sys

from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url
from site_helpers import blocks, built_html, text_of

from project import ROOT, build_env

MACROS = ROOT / "hooks" / "macros.py"
RENDER = ROOT / "tests" / "site" / "zensical_render.py"


def imported_modules(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_the_macro_module_and_its_library_import_nothing_from_mkdocs():
    library = sorted((ROOT / "scripts" / "toolkit").glob("*.py"))
    for path in [MACROS, *library]:
        mkdocs = {name for name in imported_modules(path) if name.split(".")[0] == "mkdocs"}
        assert not mkdocs, f"{path.relative_to(ROOT)} imports {mkdocs}"


def zensical_html(page: str, url: str) -> BeautifulSoup:
    result = subprocess.run(
        [sys.executable, str(RENDER), page, url],
        cwd=ROOT,
        env=build_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return BeautifulSoup(result.stdout, "lxml")


def test_zensical_renders_the_overview_as_mkdocs_does(built_site):
    """Same tiles, titles, key points and links under both engines."""
    zensical = zensical_html("index.md", "")
    tiles = zensical.select(".tk-tile")
    assert [text_of(tile.select_one(".tk-tile__title")) for tile in tiles] == [
        block.title for block in blocks()
    ]
    mkdocs = built_html(built_site, "index.md")
    assert [a["href"] for a in zensical.select(".tk-tile__link")] == [
        a["href"] for a in mkdocs.select(".tk-tile__link")
    ]
    assert [text_of(tile) for tile in tiles] == [
        text_of(tile) for tile in mkdocs.select(".tk-tile")
    ]


PAGES = st.lists(st.text(alphabet="abc-", min_size=1, max_size=4), min_size=0, max_size=3).map(
    lambda parts: "/".join(parts)
)


@settings(max_examples=200, derandomize=True)
@given(target=PAGES, here=PAGES, index=st.booleans(), directory_urls=st.booleans())
def test_urls_are_computed_as_mkdocs_computes_them(target, here, index, directory_urls):
    """The module's own page_url/relative_url agree with MkDocs' File.url and
    get_relative_url, so links stay the same without MkDocs."""
    sys.path.insert(0, str(ROOT / "hooks"))
    try:
        from macros import page_url, relative_url
    finally:
        sys.path.remove(str(ROOT / "hooks"))
    source = (target + "/" if target else "") + ("index.md" if index else "page.md")
    expected = File(source, "/docs", "/site", directory_urls).url
    assert page_url(source, directory_urls) == expected
    here_url = page_url((here + "/" if here else "") + "page.md", directory_urls)
    assert relative_url(expected, here_url) == get_relative_url(expected, here_url)
