"""MkDocs' English link warnings as Dutch findings at the line. A link to a box ('Leer van
anderen', 'Interessant') gets advice that can be followed: boxes have no address."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown.extensions.toc import slugify

from project import DOCS
from toolkit.link_warnings import HOW_TO_FIND_AN_ANCHOR, dutch_link_warning

BLOCK_PAGES = sorted(path.name for path in (DOCS / "blokken").glob("*.md"))
BOX_TITLES = ["Leer van anderen", "Interessant"]


@settings(max_examples=30, derandomize=True, database=None, deadline=None)
@given(
    page=st.sampled_from(BLOCK_PAGES),
    target=st.sampled_from(BLOCK_PAGES),
    anchor=st.sampled_from([*(slugify(title, "-") for title in BOX_TITLES), "voorbeelden"]),
)
def test_a_link_to_a_box_says_boxes_have_no_address(page, target, anchor):
    text = (DOCS / "blokken" / target).read_text(encoding="utf-8")
    boxes = {slugify(title, "-") for title in re.findall(r'^!!! [\w-]+ "([^"]+)"', text, re.M)}
    if page == target:
        message = (
            f"Doc file 'blokken/{page}' contains a link '#{anchor}', but there is no such "
            "anchor on this page."
        )
    else:
        message = (
            f"Doc file 'blokken/{page}' contains a link '{target}#{anchor}', but the doc "
            f"'blokken/{target}' does not contain an anchor '#{anchor}'."
        )
    item = dutch_link_warning(message, DOCS)
    assert item is not None and item.file == f"docs/blokken/{page}"
    if anchor in boxes:
        assert "is een blok, geen kop" in item.fix and HOW_TO_FIND_AN_ANCHOR not in item.fix
    else:
        assert HOW_TO_FIND_AN_ANCHOR in item.fix
