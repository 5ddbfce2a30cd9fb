"""MkDocs hook: every explained abbreviation on a page can be reached by mouse and keyboard.

Why: the `abbr` extension writes <abbr title="...">, which Material shows as a tooltip on
hover (content.tooltips) and on focus, but an <abbr> cannot get focus by itself. This hook
gives each one tabindex="0", except inside a link (the link already takes the focus, and a
second stop inside it would only slow a keyboard user down).
"""

from __future__ import annotations

import re

TAG = re.compile(r"<(/?)(a|abbr)\b([^>]*)>", re.IGNORECASE)


def on_page_content(html_text, page, config, files):
    return focusable(html_text)


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
