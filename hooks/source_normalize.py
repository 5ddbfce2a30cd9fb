"""MkDocs hook: read every page as the editor meant it.

Why: a page saved by a Windows program or pasted from Word carries a byte-order mark,
Windows line endings, non-breaking spaces as indentation or curly quotes around a box's
title. MkDocs would render those as a lost front matter, a paragraph instead of a list, a
box without its title. toolkit.source_text normalises them, the same way the content checks
read the page; a page that is not UTF-8 was already reported by the content checks
(hooks/content_checks_hook.py runs first), so it never gets here.
"""

from __future__ import annotations

from pathlib import Path

from toolkit.source_text import read


def on_page_read_source(page, config):
    return read(Path(page.file.abs_src_path))
