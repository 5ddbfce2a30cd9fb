"""MkDocs' own link warnings, in Dutch, with the file and line an editor must open.

Why: MkDocs validates links between pages while it renders them (a '#...' to a heading that
does not exist, a link starting with '/', a link to a folder) and words its warning in
English with the page's name only. The strict build stops on them, so an editor meets them;
hooks/dutch_link_warnings.py rewrites each into the project's form
"docs/x.md, regel N: ... Oplossing: ...". Pure functions, no MkDocs import.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path

from markdown.extensions.toc import slugify

from .content_checks import box_line
from .findings import Finding, finding

HEADING = re.compile(r"^ {0,3}#{1,6}\s+(?P<text>.*?)\s*#*\s*$")

_START = r"^Doc file '(?P<page>[^']+)' contains (?:a|an absolute|an unrecognized relative) link"
_MEANT = r"(?: Did you mean '(?P<meant>[^']*)'\?)?"
PATTERNS = {
    "anker-zelf": re.compile(
        _START + r" '(?P<url>[^']+)', but there is no such anchor on this page\.(?P<rest>.*)$"
    ),
    "anker": re.compile(
        _START + r" '(?P<url>[^']+)', but the doc '(?P<target>[^']+)' does not contain an "
        r"anchor '#(?P<anchor>[^']+)'\." + _MEANT + "$"
    ),
    "absoluut": re.compile(
        r"^Doc file '(?P<page>[^']+)' contains an absolute link '(?P<url>[^']+)', it was left "
        r"as is\." + _MEANT + "$"
    ),
    "map": re.compile(
        r"^Doc file '(?P<page>[^']+)' contains an unrecognized relative link '(?P<url>[^']+)', "
        r"it was left as is\." + _MEANT + "$"
    ),
    "bestaat-niet": re.compile(
        _START + r" '(?P<url>[^']+)', but the target(?: '[^']+')? is not found among "
        r"documentation files\." + _MEANT + "$"
    ),
}
BOX_HAS_NO_ADDRESS = (
    "'{box}' is een blok, geen kop, en een blok heeft geen adres: link naar de pagina zelf "
    "(zonder het deel vanaf '#') of naar een kop erboven"
)
HOW_TO_FIND_AN_ANCHOR = (
    "klik op de site op het teken ¶ naast de kop en neem het deel na '#' uit de adresbalk over"
)


def dutch_link_warning(message: str, docs_dir: Path, docs_label: str = "docs/") -> Finding | None:
    """The warning as a finding at the page's line, or None when it is not one of MkDocs'
    link warnings."""
    for kind, pattern in PATTERNS.items():
        match = pattern.match(message)
        if match:
            values = match.groupdict()
            meant = values.get("meant")
            line = _line_of(docs_dir / values["page"], values["url"])
            anchor = values.get("anchor") or values["url"].partition("#")[2]
            target_page = docs_dir / (values.get("target") or values["page"])
            box = _box_named(target_page, anchor) if kind.startswith("anker") else None
            return finding(
                f"{docs_label}{values['page']}",
                line,
                kind,
                url=values["url"],
                anchor=values.get("anchor") or "",
                target=values.get("target") or "",
                meant=f" Bedoel je '{meant}'?" if meant else "",
                how=BOX_HAS_NO_ADDRESS.format(box=box) if box else HOW_TO_FIND_AN_ANCHOR,
            )
    return None


def heading_side(found: Finding, message: str, docs_dir: Path, docs_label: str) -> Finding | None:
    """For a link to a heading's address that another page does not have, the heading there
    whose address is most like it. Without git history it is unknown whether the editor
    changed the link or the heading, so both are named."""
    match = PATTERNS["anker"].match(message)
    if not match or found.rule != "anker":
        return None
    anchors = _heading_anchors(docs_dir / match["target"])
    close = difflib.get_close_matches(match["anchor"], list(anchors), n=1, cutoff=0.6)
    if not close:
        return None
    return finding(
        f"{docs_label}{match['target']}",
        anchors[close[0]],
        "anker-kop-anders",
        meant=close[0],
        anchor=match["anchor"],
        page=found.file,
        page_line=found.line or "?",
    )


def _heading_anchors(page: Path) -> dict[str, int]:
    """Each heading's address (its '{ #id }' or its words as the site makes them) and line."""
    try:
        lines = page.read_text(encoding="utf-8", errors="replace").split("\n")
    except OSError:
        return {}
    anchors = {}
    for number, line in enumerate(lines, start=1):
        heading = HEADING.match(line)
        if heading:
            explicit = re.search(r"\{[^}]*#([\w-]+)[^}]*\}\s*$", line)
            words = re.sub(r"\s*\{[^}]*\}\s*$", "", heading["text"])
            anchors.setdefault(explicit[1] if explicit else slugify(words, "-"), number)
    return anchors


def _box_named(page: Path, anchor: str) -> str | None:
    """The title of a box ('!!! leer-van-anderen "Leer van anderen"') whose name the anchor
    spells: a link to it cannot work, boxes have no address."""
    try:
        lines = page.read_text(encoding="utf-8", errors="replace").split("\n")
    except OSError:
        return None
    for kind, title in filter(None, map(box_line, lines)):
        slug = re.sub(r"[^\w]+", "-", title.casefold()).strip("-")
        if anchor.casefold() in (kind.casefold(), slug):
            return title
    return None


def _line_of(path: Path, url: str) -> int | None:
    """The first line that links to the URL: '(url)', '(<url>)' or a reference '[x]: url'."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
    except OSError:
        return None
    for needle in (f"({url})", f"(<{url}>)", f"]: {url}", f'"{url}"', url):
        for number, line in enumerate(lines, start=1):
            if needle in line:
                return number
    return None
