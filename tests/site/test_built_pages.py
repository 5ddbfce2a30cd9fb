"""The strict build: every block from the data file is a page with its title, its
admonitions and a way back; pages and data agree both ways; no raw Jinja ships."""

from __future__ import annotations

import posixpath
import re

import pytest
import yaml
from bs4 import BeautifulSoup
from site_helpers import blocks, built_html, page_dir_url, text_of

from project import DOCS, ROOT
from toolkit.content_checks import NOTHING_GIVEN


class _AnyTagLoader(yaml.SafeLoader):
    """Reads mkdocs.yml, whose !ENV tags are not needed here."""


_AnyTagLoader.add_multi_constructor("!", lambda loader, suffix, node: None)

BLOCKS = blocks()


def test_data_file_and_block_pages_agree_both_ways():
    listed = {block.page for block in BLOCKS}
    on_disk = {str(path.relative_to(DOCS)) for path in (DOCS / "blokken").glob("*.md")}
    assert listed == on_disk
    assert len(BLOCKS) == 9


@pytest.mark.parametrize("block", BLOCKS, ids=[block.id for block in BLOCKS])
def test_block_page_has_title_admonitions_and_way_back(built_site, block):
    html = built_html(built_site, block.page)
    article = html.select_one("article.md-content__inner")
    assert text_of(article.h1).removesuffix(" ¶") == block.title
    assert len(article.find_all("h1")) == 1
    interessant = article.select(".admonition.interessant")
    assert interessant, "no Interessant admonition"
    assert all(text_of(box.select_one(".admonition-title")) == "Interessant" for box in interessant)
    assert all(len(text_of(box)) > len("Interessant") for box in interessant), "empty box"
    examples = article.select(".admonition.leer-van-anderen")
    assert examples, "no Leer van anderen admonition"
    for box in examples:
        assert text_of(box.select_one(".admonition-title")) == "Leer van anderen"
    back = html.select_one(".tk-back a")
    assert back is not None and text_of(back) == "Naar inhoudsopgave"
    assert back["href"].startswith("../../")


def test_interessant_lists_links_to_further_reading(built_site):
    links = [
        a
        for b in BLOCKS
        for box in built_html(built_site, b.page).select(".interessant")
        for a in box.select("a[href^='http']")
    ]
    assert len(links) >= 40


def test_a_block_without_content_from_the_source_says_so_in_one_form(built_site):
    """The seed gives no regional example for "visie-en-doelen" and no further reading for
    "scholing": those boxes hold the one sentence of NOTHING_GIVEN, nothing else."""
    said_nothing = {}
    for b in BLOCKS:
        for kind, sentence in NOTHING_GIVEN.items():
            for box in built_html(built_site, b.page).select(f".admonition.{kind}"):
                body = text_of(box).removeprefix(text_of(box.select_one(".admonition-title")))
                if sentence in body:
                    assert body.strip() == sentence, (b.id, body)
                    said_nothing[b.id] = kind
    assert said_nothing == {"visie-en-doelen": "leer-van-anderen", "scholing": "interessant"}


def nav_pages_in_order(entries) -> list[str]:
    """The pages of mkdocs.yml's nav in reading order, the data file's blocks in its place."""
    pages = []
    for entry in entries:
        value = next(iter(entry.values())) if isinstance(entry, dict) else entry
        if isinstance(value, list):
            pages += nav_pages_in_order(value)
        elif value == "_data/blokken.yml":
            pages += [block.page for block in BLOCKS]
        else:
            pages.append(value)
    return pages


def test_navigation_group_bouwblokken_lists_the_blocks_in_order(built_site):
    home = built_html(built_site, "index.md")
    labels = home.select("nav.md-nav--primary label.md-nav__link")
    group = next((label for label in labels if text_of(label) == "Bouwblokken"), None)
    assert group is not None, "no navigation group 'Bouwblokken'"
    links = group.find_parent("li").select("nav a.md-nav__link")
    assert [text_of(link) for link in links] == [block.title for block in BLOCKS]


@pytest.mark.parametrize("block", BLOCKS, ids=[block.id for block in BLOCKS])
def test_previous_and_next_follow_the_navigation(built_site, block):
    """Also on the first block (back to the home page) and the last (on to what follows
    the blocks in the navigation)."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_AnyTagLoader)
    order = nav_pages_in_order(config["nav"])
    position = order.index(block.page)
    footer = built_html(built_site, block.page).select_one("nav.md-footer__inner")
    here = "/" + page_dir_url(block.page).strip("/") + "/"
    for selector, neighbour in (
        ("a.md-footer__link--prev", order[position - 1]),
        ("a.md-footer__link--next", order[position + 1]),
    ):
        link = footer.select_one(selector)
        assert link is not None, f"{block.page}: no {selector}"
        assert posixpath.normpath(posixpath.join(here, link["href"])).rstrip("/") + "/" == (
            page_dir_url(neighbour)
        ), f"{block.page}: {selector} goes to {link['href']}, not to {neighbour}"


def test_overview_tiles_come_from_the_data_file(built_site):
    home = built_html(built_site, "index.md")
    overview = home.select_one("nav.tk-overview")
    assert overview["aria-labelledby"] == "tk-overview-title"
    tiles = overview.select("ol > li.tk-tile")
    assert [text_of(tile.select_one("a.tk-tile__link")) for tile in tiles] == [
        block.title for block in BLOCKS
    ]
    for tile, block in zip(tiles, BLOCKS, strict=True):
        assert tile.select_one("a")["href"] == page_dir_url(block.page).lstrip("/")
        first_point = block.key_points[0].text
        assert first_point in text_of(tile)
    introductie = home.find("h2", id="introductie")
    assert introductie is not None
    after_intro = introductie.find_all_next(class_="admonition")
    kinds = {kind for box in after_intro for kind in box["class"]}
    assert {"interessant", "leer-van-anderen"} <= kinds


def test_no_unrendered_jinja_in_pages(built_site):
    for path in built_site.rglob("*.html"):
        article = path.read_text(encoding="utf-8")
        content = article.split('<article class="md-content__inner', 1)[-1]
        assert not re.search(r"\{\{|\{%|\{#", content), f"raw Jinja in {path}"


def test_footer_carries_the_nov_copyright(built_site):
    footer = text_of(built_html(built_site, "index.md").select_one(".md-copyright"))
    assert "Alle rechten voorbehouden" in footer
    assert "Nederlandse Orthopaedische Vereniging" in footer


def test_site_is_dutch(built_site):
    html = built_html(built_site, "index.md")
    assert html.html["lang"] == "nl"
    assert html.select_one("a.md-skip").get_text(strip=True) == "Ga naar inhoud"


def test_no_third_party_assets_in_markup(built_site):
    """Nothing a page loads comes from another host (canonical/alternate links load nothing)."""
    loading_rels = {
        "stylesheet",
        "preload",
        "prefetch",
        "preconnect",
        "dns-prefetch",
        "icon",
        "modulepreload",
        "manifest",
    }
    for path in built_site.rglob("*.html"):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
        sources = [tag["src"] for tag in soup.select("script[src], img[src], iframe[src]")]
        sources += [
            tag["href"]
            for tag in soup.select("link[href]")
            if loading_rels & set(tag.get("rel", []))
        ]
        third_party = [url for url in sources if re.match(r"(https?:)?//", url)]
        assert not third_party, f"{path}: {third_party}"
        assert "fonts.googleapis" not in str(soup)
