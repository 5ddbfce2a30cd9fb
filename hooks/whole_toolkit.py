"""MkDocs hook: the whole toolkit on one page (docs/toolkit-compleet.md), to print or as PDF.

Why: regional teams print the toolkit for their meetings and want it as one document. This
hook fills that page at build time with the pages that are already rendered: the home page
(overview and introduction) and every building block, in the order of
docs/_data/blokken.yml. Content stays in the normal Markdown pages; nothing is copied.

What it does to the borrowed HTML, nothing more:
- block headings go one level down (the block title becomes an h2 under the page's h1);
- ids of a block get the prefix `bouwblok-<id>--` (its title gets `bouwblok-<id>`), so they
  stay unique on the one page;
- links between the assembled pages become in-page anchors (so they work in the PDF), other
  relative links are re-based to this page's URL;
- the page gets a table of contents ("Inhoudsopgave", also the sidebar's), and a link to the
  PDF that scripts/build-pdf prints from this page after the build (PDF_FILE, site root).

It runs at `on_env`: every page is rendered by then and none is written yet.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.structure.toc import AnchorLink, TableOfContents
from mkdocs.utils import get_relative_url

from toolkit.addresses import WHOLE_TOOLKIT_PAGE, WHOLE_TOOLKIT_PDF
from toolkit.blocks_data import BlocksDataError, load_blocks

PAGE = WHOLE_TOOLKIT_PAGE
HOME = "index.md"
DATA_FILE = "_data/blokken.yml"
# Written by scripts/build-pdf into the site root; it reads the name from the built page.
PDF_FILE = WHOLE_TOOLKIT_PDF
CONTENTS_ID = "inhoud"

HEADING = re.compile(r"<(/?)h([1-6])\b")
FIRST_H1 = re.compile(r"<h1\b[^>]*>.*?</h1>\s*", re.DOTALL)
HOME_ONLY = re.compile(r'<p class="tk-home-only">.*?</p>\s*', re.DOTALL)


class Attributes:
    """The values of some attributes, as written in the HTML (quoted with "), in tags only:
    a page's text may read 'id="x"' too.

    The pattern starts with the text '="' and looks behind for the name: Python's re then
    skips to each '="' in C, where a pattern that starts with the name (or with \\b) is tried
    at every character, some twenty times slower on the whole-toolkit page."""

    def __init__(self, *names: str):
        self.names = sorted(names, key=len, reverse=True)  # 'for' is no end of another
        behind = "|".join(f'(?<=\\s{re.escape(name)}=")' for name in names)
        self.pattern = re.compile(f'="(?:{behind})([^"]+)"')

    def values(self, html_text: str) -> list[str]:
        return [m.group(1) for m in self.pattern.finditer(html_text) if _in_tag(m)]

    def sub(self, new_value: Callable[[str, str], str], html_text: str) -> str:
        """Each value replaced by new_value(name, value), both as written in the HTML."""

        def replace(match: re.Match) -> str:
            if not _in_tag(match):
                return match.group(0)
            name = next(n for n in self.names if match.string.endswith(n, 0, match.start()))
            return f'="{new_value(name, match.group(1))}"'

        return self.pattern.sub(replace, html_text)


def _in_tag(match: re.Match) -> bool:
    """Whether the match stands between a '<' and its '>' (the tag's own text)."""
    text, start = match.string, match.start()
    return text.rfind("<", 0, start) > text.rfind(">", 0, start)


IDS = Attributes("id")
ID_REFERENCES = Attributes("aria-labelledby", "aria-describedby", "aria-controls", "for")
URLS = Attributes("href", "src")
HEADING_WITH_ID = re.compile(r'<h([23])\b[^>]*\bid="([^"]+)"[^>]*>(.*?)</h\1>', re.DOTALL)
HEADERLINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.DOTALL)
TAG = re.compile(r"<[^>]+>")


@dataclass
class Part:
    """One borrowed page: where it lived, its HTML, and where its ids went."""

    url: str  # the page's own URL, e.g. "blokken/kernteam/"
    html: str
    anchor: str  # in-page id that a link to the page itself lands on
    ids: dict[str, str] = field(default_factory=dict)  # old id -> new id


def on_env(env, config, files):
    file = files.get_file_from_path(PAGE)
    if file is None or file.page is None:
        return env
    page = file.page
    docs_dir = Path(config.docs_dir)
    try:
        blocks = load_blocks(docs_dir / DATA_FILE, docs_dir)
    except BlocksDataError as error:  # blocks_nav.py reports it first; keep the build honest
        raise PluginError(str(error)) from None

    own_h1 = _first_h1_id(page.content)
    home = files.get_file_from_path(HOME).page
    parts = [home_part(home.url, home.content, own_h1)]
    for block in blocks:
        source = files.get_file_from_path(block.page).page
        parts.append(block_part(source.url, source.content, f"bouwblok-{block.id}"))

    targets = link_targets(parts)
    body = "".join(
        rewrite_urls(part, page.url, targets)
        if index == 0
        else f'<div class="tk-part">\n{rewrite_urls(part, page.url, targets)}\n</div>\n'
        for index, part in enumerate(parts)
    )
    contents = contents_nav(body)
    pdf_href = get_relative_url(PDF_FILE, page.url)
    page.content = page.content + download_paragraph(pdf_href, config.site_url) + contents + body
    page.present_anchor_ids = _unique_ids(page.content)
    page.toc = table_of_contents(page.content, page.toc)
    return env


# Building the parts


def home_part(url: str, content: str, own_h1: str | None) -> Part:
    """The home page without its h1 (the whole-toolkit page has its own) and without its
    paragraphs marked `{ .tk-home-only }` (e.g. the links to this very page); ids unchanged."""
    html_text = HOME_ONLY.sub("", FIRST_H1.sub("", content, count=1))
    ids = {old: old for old in IDS.values(html_text)}
    h1 = _first_h1_id(content)
    anchor = own_h1 or ""
    if h1:
        ids[h1] = anchor
    return Part(url=url, html=html_text, anchor=anchor, ids=ids)


def block_part(url: str, content: str, prefix: str) -> Part:
    """A block page: headings one level down, ids prefixed (its h1 id becomes `prefix`)."""
    h1 = _first_h1_id(content)
    ids = {old: f"{prefix}--{old}" for old in IDS.values(content)}
    if h1:
        ids[h1] = prefix
    html_text = shift_headings(content, 1)
    html_text = IDS.sub(lambda _, old: ids.get(old, old), html_text)
    html_text = ID_REFERENCES.sub(
        lambda _, old: " ".join(ids.get(i, i) for i in old.split()), html_text
    )
    return Part(url=url, html=html_text, anchor=prefix, ids=ids)


def shift_headings(html_text: str, by: int) -> str:
    """<h1> becomes <h2> for by=1, and so on; nothing goes below <h6>."""
    return HEADING.sub(lambda m: f"<{m.group(1)}h{min(int(m.group(2)) + by, 6)}", html_text)


def link_targets(parts: list[Part]) -> dict[str, Part]:
    """Every path under which an assembled page can be linked, and that page."""
    return {key: part for part in parts for key in _url_keys(part.url)}


def rewrite_urls(part: Part, page_url: str, targets: dict[str, Part]) -> str:
    """Links into an assembled page (`targets`, from link_targets) become in-page anchors;
    other relative URLs are re-based from the part's own URL to `page_url`. Absolute URLs
    (https:, mailto:) stay as they are."""

    def replace(attribute: str, raw: str) -> str:
        url = html.unescape(raw)
        split = urlsplit(url)
        if split.scheme or split.netloc or not url:
            return raw
        if url.startswith("#"):
            new = "#" + part.ids.get(split.fragment, split.fragment)
        else:
            path = urlsplit(urljoin("http://site/" + part.url, url)).path
            target = targets.get(path) if attribute == "href" else None
            if target is not None:
                landing = target.ids.get(split.fragment) if split.fragment else None
                new = "#" + (landing or target.anchor)
            else:
                new = get_relative_url(path.lstrip("/") or ".", page_url)
                if path.endswith("/") and not new.endswith("/"):
                    new += "/"
                new += f"?{split.query}" if split.query else ""
                new += f"#{split.fragment}" if split.fragment else ""
        return html.escape(new)

    return URLS.sub(replace, part.html)


def _url_keys(url: str) -> set[str]:
    """The paths under which a page can be linked: "/a/" and "/a/index.html"."""
    path = "/" + url
    keys = {path}
    if path.endswith("/"):
        keys.add(path + "index.html")
    elif path.endswith("/index.html"):
        keys.add(path[: -len("index.html")])
    return keys


def _first_h1_id(content: str) -> str | None:
    match = FIRST_H1.search(content)
    found = IDS.values(match.group(0)) if match else None
    return found[0] if found else None


# What the page adds around the parts


def download_paragraph(pdf_href: str, site_url: str | None) -> str:
    """Screen: a link to the PDF. Print: where the toolkit can be read online."""
    link = (
        f'<p class="tk-download tk-screen-only"><a class="tk-download__link" '
        f'href="{html.escape(pdf_href)}" download>Download de hele toolkit als PDF</a> '
        "(A4, met klikbare inhoudsopgave)</p>\n"
    )
    if site_url:
        link += (
            f'<p class="tk-print-only tk-print-source">Online te lezen op '
            f"{html.escape(site_url)}</p>\n"
        )
    return link


def contents_nav(body: str) -> str:
    """The printed table of contents: the h2 headings of the assembled parts, blocks numbered."""
    intro, blocks = [], []
    for level, anchor, title in _headings(body):
        if level != "2":
            continue
        target = blocks if anchor.startswith("bouwblok-") else intro
        target.append(f'<li><a href="#{anchor}">{html.escape(title)}</a></li>')
    block_list = (
        f'\n<ol class="tk-contents__blocks">\n{chr(10).join(blocks)}\n</ol>' if blocks else ""
    )
    return (
        f'<nav class="tk-contents" aria-labelledby="{CONTENTS_ID}">\n'
        f'<h2 id="{CONTENTS_ID}">Inhoud</h2>\n<ul>\n{chr(10).join(intro)}\n'
        f"<li>Bouwblokken{block_list}</li>\n</ul>\n</nav>\n"
    )


def table_of_contents(content: str, own_toc: TableOfContents) -> TableOfContents:
    """h2 and h3 headings with an id, under the page's own h1 (Material skips the h1)."""
    items: list[AnchorLink] = []
    for level, anchor, title in _headings(content):
        link = AnchorLink(html.escape(title), anchor, int(level))
        if level == "3" and items:
            items[-1].children.append(link)
        elif level == "2":
            items.append(link)
    top = next(iter(own_toc), None)
    if top is None:
        return TableOfContents(items)
    top.children = items
    return TableOfContents([top])


def _headings(content: str):
    for match in HEADING_WITH_ID.finditer(content):
        title = html.unescape(TAG.sub("", HEADERLINK.sub("", match.group(3)))).strip()
        yield match.group(1), match.group(2), " ".join(title.split())


def _unique_ids(content: str) -> set[str]:
    """The page's ids, each once, or the build stops naming the one that is not."""
    seen: set[str] = set()
    for anchor in IDS.values(content):
        if anchor in seen:
            raise PluginError(
                f"docs/{PAGE}: het anker '{anchor}' komt twee keer voor op de pagina met de hele "
                "toolkit. Oplossing: geef de kop op de startpagina of in het blok een andere "
                "naam (ankers die met 'bouwblok-' beginnen zijn voor de bouwblokken)."
            )
        seen.add(anchor)
    return seen
