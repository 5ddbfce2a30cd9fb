"""MkDocs hook: every explained abbreviation on a page can be reached by mouse and keyboard.

Why: the `abbr` extension writes <abbr title="...">, which Material shows as a tooltip on
hover (content.tooltips) and on focus, but an <abbr> cannot get focus by itself. This hook
gives each one tabindex="0", except inside a link (the link already takes the focus, and a
second stop inside it would only slow a keyboard user down). The overview tiles on the home
page are raw HTML, which the extension does not read; their abbreviations get the same
<abbr> here, from the same glossary (toolkit/abbreviations.py), for the mouse only: a tile
is one link, one stop for the keyboard, and its block page explains them for the keyboard.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from toolkit.abbreviations import GLOSSARY, parse_glossary
from toolkit.source_text import read

TAG = re.compile(r"<(/?)(a|abbr)\b([^>]*)>", re.IGNORECASE)
OVERVIEW = re.compile(r'(<nav class="tk-overview".*?</nav>)', re.DOTALL)

_glossary: dict[str, str] = {}


def on_pre_build(config):
    _glossary.clear()
    path = Path(config.docs_dir) / GLOSSARY
    if path.is_file():
        _glossary.update({item.name: item.expansion for item in parse_glossary(read(path))})


def on_page_content(html_text, page, config, files):
    return OVERVIEW.sub(lambda m: in_tiles(m.group(1), _glossary), focusable(html_text))


def in_tiles(overview: str, glossary: dict[str, str]) -> str:
    """<abbr> around the glossary's abbreviations in the text of the overview (not in tags)."""
    if not glossary:
        return overview
    names = "|".join(re.escape(name) for name in sorted(glossary, key=len, reverse=True))
    word = re.compile(rf"(?<!\w)({names})(?!\w)")

    def explain(match: re.Match) -> str:
        title = html.escape(glossary[match.group(1)])
        return f'<abbr title="{title}">{match.group(1)}</abbr>'

    parts = re.split(r"(<[^>]+>)", overview)
    return "".join(part if part.startswith("<") else word.sub(explain, part) for part in parts)


def focusable(html_text: str) -> str:
    """tabindex="0" on every <abbr title> outside a link."""
    depth = 0

    def visit(match: re.Match) -> str:
        nonlocal depth
        closing, name, attributes = match.group(1), match.group(2).lower(), match.group(3)
        if name == "a":
            depth = max(0, depth + (-1 if closing else 1))
        elif not closing and depth == 0 and "title=" in attributes and "tabindex" not in attributes:
            return f'<abbr{attributes} tabindex="0">'
        return match.group(0)

    return TAG.sub(visit, html_text)
