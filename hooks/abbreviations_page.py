"""MkDocs hook: the page "Afkortingen" (docs/afkortingen.md) lists the glossary.

Why: a reader who wants every abbreviation at once finds them on one page, and editors keep
them in one place only: the list is written at build time from docs/_data/afkortingen.md
(toolkit/abbreviations.py), never copied into the page.
"""

from __future__ import annotations

from pathlib import Path

from toolkit.abbreviations import GLOSSARY, glossary_list
from toolkit.source_text import read

PAGE = "afkortingen.md"


def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri != PAGE:
        return markdown
    glossary = read(Path(config.docs_dir) / GLOSSARY)
    return f"{markdown.rstrip()}\n\n{glossary_list(glossary)}"
