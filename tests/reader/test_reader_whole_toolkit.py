"""The whole toolkit on one page (hooks/whole_toolkit.py): the assembly rules, then the
built page."""

from __future__ import annotations

import re
from urllib.parse import urljoin

import pytest
import whole_toolkit as wt
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from site_helpers import blocks, built_html, text_of

BLOCKS = blocks()
PAGE = "toolkit-compleet.md"


# The assembly rules, on small pieces of HTML


def test_headings_go_one_level_down_and_stop_at_h6():
    html = '<h1 id="a">A</h1><h2>B</h2><h6>F</h6><header><hr>'
    assert wt.shift_headings(html, 1) == '<h2 id="a">A</h2><h3>B</h3><h6>F</h6><header><hr>'


def test_block_ids_get_the_block_prefix_and_the_title_the_block_anchor():
    part = wt.block_part(
        "blokken/kernteam/",
        '<h1 id="vorm-een-kernteam">Vorm</h1><h2 id="tips">Tips</h2>'
        '<nav aria-labelledby="tips"></nav><a href="#tips">x</a>',
        "bouwblok-kernteam",
    )
    assert '<h2 id="bouwblok-kernteam">' in part.html
    assert '<h3 id="bouwblok-kernteam--tips">' in part.html
    assert 'aria-labelledby="bouwblok-kernteam--tips"' in part.html
    assert part.ids == {"vorm-een-kernteam": "bouwblok-kernteam", "tips": "bouwblok-kernteam--tips"}


def test_links_between_assembled_pages_become_anchors_and_others_are_rebased():
    home = wt.home_part("", '<h1 id="t">T</h1><a href="blokken/a/">A</a>', "top")
    a = wt.block_part(
        "blokken/a/",
        '<h1 id="a">A</h1><h2 id="x">X</h2>'
        '<a href="../b/#y">1</a> <a href="../b/">2</a> <a href="#x">3</a> '
        '<a href="../../">4</a> <a href="../../over/privacy/">5</a> '
        '<a href="https://example.org/?a=1&amp;b=2">6</a> <a href="mailto:x@example.org">7</a> '
        '<img src="../../assets/x.png" alt="">',
        "bouwblok-a",
    )
    b = wt.block_part("blokken/b/", '<h1 id="b">B</h1><h2 id="y">Y</h2>', "bouwblok-b")
    targets = wt.link_targets([home, a, b])
    assert 'href="#bouwblok-a"' in wt.rewrite_urls(home, "toolkit-compleet/", targets)
    hrefs = re.findall(r'(?:href|src)="([^"]*)"', wt.rewrite_urls(a, "toolkit-compleet/", targets))
    assert hrefs == [
        "#bouwblok-b--y",  # another block's section
        "#bouwblok-b",  # another block
        "#bouwblok-a--x",  # a section of the same block
        "#top",  # the home page: the top of the whole-toolkit page
        "../over/privacy/",  # a page that is not assembled: re-based
        "https://example.org/?a=1&amp;b=2",  # absolute URLs stay
        "mailto:x@example.org",
        "../assets/x.png",  # images and other files: re-based
    ]


def test_duplicate_anchor_stops_the_build_with_a_dutch_message():
    with pytest.raises(Exception, match="komt twee keer voor"):
        wt._unique_ids('<h2 id="x">a</h2><h2 id="x">b</h2>')


ATTRIBUTES = ["id", "data-id", "href", "src", "for", "aria-controls", "title", "idx", "nid"]
VALUES = st.text(alphabet="abz-09 #/.?=", min_size=1, max_size=6)
ELEMENTS = st.lists(
    st.tuples(
        st.sampled_from(["a", "h2", "img", "label", "div", "span"]),
        st.lists(
            st.tuples(st.sampled_from(ATTRIBUTES), VALUES), max_size=4, unique_by=lambda a: a[0]
        ),
        st.sampled_from([" ", "\n  ", "\t"]),  # what stands before each attribute
        st.sampled_from(["", 'x id="no" y', "href=", '="a"']),  # text that only looks alike
    ),
    max_size=6,
)


def _attributes(attributes: list[tuple[str, str]], space: str) -> str:
    return "".join(f'{space}{name}="{value}"' for name, value in attributes)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(ELEMENTS, st.sampled_from([("id",), ("href", "src"), ("for", "aria-controls")]))
def test_attributes_are_found_and_rewritten_as_an_html_parser_reads_them(elements, names):
    """Each value of the named attributes, in order, is found and rewritten, and nothing in
    the text or in attributes whose name ends alike ('data-id'); lxml is the judge."""
    html = "".join(
        f"<{tag}{_attributes(attributes, space)}>{text}</{tag}>"
        for tag, attributes, space, text in elements
    )
    document = etree.fromstring(f"<div>{html}</div>", etree.HTMLParser())
    expected = [
        value
        for element in document.iter()
        for name, value in element.attrib.items()
        if name in names
    ]
    assert wt.Attributes(*names).values(html) == expected
    changed = wt.Attributes(*names).sub(lambda name, value: f"{name}:{value}", html)
    rewritten = etree.fromstring(f"<div>{changed}</div>", etree.HTMLParser())
    assert [element.attrib.items() for element in rewritten.iter()] == [
        [
            (name, f"{name}:{value}" if name in names else value)
            for name, value in element.attrib.items()
        ]
        for element in document.iter()
    ]
    assert list(rewritten.itertext()) == list(document.itertext())


# The built page


@pytest.fixture(scope="module")
def whole(built_site):
    return built_html(built_site, PAGE)


def test_page_holds_introduction_overview_and_every_block_in_data_file_order(whole):
    article = whole.select_one("article")
    headings = [h for h in article.select("h2[id]")]
    ids = [h["id"] for h in headings]
    assert "tk-overview-title" in ids and "introductie" in ids
    block_ids = [i for i in ids if i.startswith("bouwblok-")]
    assert block_ids == [f"bouwblok-{b.id}" for b in BLOCKS]
    for block in BLOCKS:
        heading = article.select_one(f"h2#bouwblok-{block.id}")
        assert text_of(heading).rstrip("¶ ") == block.title
        # Each block comes with its own text, not just its title.
        assert len(text_of(heading.find_parent(class_="tk-part"))) > len(block.title) + 200
    # Introduction and overview come before the first block.
    text = text_of(article)
    assert text.index("Introductie") < text.index(BLOCKS[0].title, text.index("Introductie"))


def test_every_link_on_the_page_lands_on_it_or_leaves_the_assembled_pages(whole):
    article = whole.select_one("article")
    ids = [el["id"] for el in article.select("[id]")]
    assert len(ids) == len(set(ids)), "dubbele ids"
    for link in article.select("a[href]"):
        href = link["href"]
        if href.startswith("#"):
            assert href[1:] in ids, href
        elif not re.match(r"^[a-z]+:", href):
            target = urljoin("http://site/toolkit-compleet/", href)
            assert "/blokken/" not in target and target != "http://site/", href
    # Every tile of the overview jumps to its block on this page.
    tiles = [a["href"] for a in article.select("a.tk-tile__link")]
    assert tiles == [f"#bouwblok-{b.id}" for b in BLOCKS]


def test_contents_and_sidebar_list_every_block(whole):
    contents = [a["href"] for a in whole.select("nav.tk-contents ol a")]
    assert contents == [f"#bouwblok-{b.id}" for b in BLOCKS]
    sidebar = [a["href"] for a in whole.select(".md-sidebar--secondary a.md-nav__link")]
    for block in BLOCKS:
        assert f"#bouwblok-{block.id}" in sidebar


def test_page_links_the_pdf_at_the_site_root(whole):
    link = whole.select_one("a.tk-download__link")
    assert urljoin("http://site/toolkit-compleet/", link["href"]) == f"http://site/{wt.PDF_FILE}"
    assert link.has_attr("download")


def test_page_stays_out_of_search(built_site):
    index = (built_site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "toolkit-compleet/" not in index


def test_home_only_paragraphs_stay_on_the_home_page():
    part = wt.home_part(
        "",
        '<h1 id="t">T</h1><p>Blijft</p>\n<p class="tk-home-only">Alleen thuis '
        '<a href="toolkit-compleet/">hier</a></p>\n<h2 id="i">Intro</h2>',
        "top",
    )
    assert "Blijft" in part.html and "Intro" in part.html
    assert "Alleen thuis" not in part.html


def test_home_page_links_to_the_whole_toolkit_and_the_poster(built_site):
    home = built_html(built_site, "index.md")
    links = {a["href"] for a in home.select("article p.tk-home-only a")}
    assert links == {"toolkit-compleet/", "overzicht-poster/", "zelfscan/"}
    whole = built_html(built_site, PAGE)
    assert not whole.select("article p.tk-home-only")
