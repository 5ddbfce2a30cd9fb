"""What an editor finds on every built page: the button "Bewerk deze pagina" that opens the
page's source, and the date it was last changed (from git). The custom translation that
renames the button keeps the page Dutch, search included."""

from __future__ import annotations

import json
import re

import pytest
import yaml
from bs4 import BeautifulSoup
from editor_helpers import DOCS, ROOT, page_dir_url

MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"


class _AnyTag(yaml.SafeLoader):
    pass


def _untagged(loader: yaml.SafeLoader, suffix: str, node: yaml.Node):
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node)
    return loader.construct_scalar(node)


_AnyTag.add_multi_constructor("", _untagged)


def config() -> dict:
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_AnyTag)  # noqa: S506


def edit_uri() -> str:
    return config()["edit_uri"][1]  # !ENV [EDIT_URI, default]


PAGES = sorted(
    path.relative_to(DOCS).as_posix()
    for path in DOCS.rglob("*.md")
    if "_data" not in path.relative_to(DOCS).parts
)


def built(site, page: str) -> BeautifulSoup:
    path = site / page_dir_url(page).strip("/") / "index.html"
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


@pytest.mark.parametrize("page", PAGES)
def test_every_page_has_the_edit_button_and_its_last_change(built_site, page):
    soup = built(built_site, page)
    button = soup.select_one("a.md-content__button[rel=edit]")
    assert button is not None, f"{page}: no edit button"
    assert button["title"] == "Bewerk deze pagina"
    assert button["href"] == edit_uri() + page
    date = soup.select_one(".md-source-file .tk-last-changed")
    assert date is not None, f"{page}: no last-changed date"
    assert re.fullmatch(rf"\d{{1,2}} ({MONTHS}) \d{{4}}", date.get_text(strip=True))


def test_the_site_stays_dutch_with_the_custom_translation(built_site):
    soup = BeautifulSoup((built_site / "index.html").read_text(encoding="utf-8"), "lxml")
    assert soup.html["lang"] == "nl"
    assert soup.select_one("input.md-search__input")["placeholder"] == "Zoeken"
    index = json.loads((built_site / "search/search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["nl"]
    for path in built_site.rglob("*.html"):
        assert "Wijzig deze pagina" not in path.read_text(encoding="utf-8"), path


def test_review_interval_is_set_in_one_place():
    settings = config()
    assert settings["extra"]["review_interval_maanden"] == 12
    assert settings["theme"]["language"] == "custom"
    assert settings["hooks"][0] == "hooks/content_checks_hook.py"  # before blocks_nav.py
