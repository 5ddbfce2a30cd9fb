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


HEADINGS = [
    (path.name, number, match)
    for path in sorted((DOCS / "blokken").glob("*.md"))
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1)
    if (match := re.fullmatch(r"## (?P<text>.+?) \{ #(?P<id>[\w-]+) \}", line))
]


@settings(max_examples=30, derandomize=True, database=None, deadline=None)
@given(
    heading=st.sampled_from(HEADINGS),
    linker=st.sampled_from(BLOCK_PAGES),
    change=st.sampled_from(["id dropped", "word added", "id misspelt"]),
)
def test_without_history_a_changed_heading_is_named_beside_the_link_to_it(
    tmp_path_factory, heading, linker, change
):
    """The test changes a heading's address (its '{ #id }' dropped, a word added to the
    text, the id misspelt) and another page still links to the old address: MkDocs names
    only the link; without git the heading's line is named too."""
    from toolkit.link_warnings import heading_side

    name, number, match = heading
    if linker == name:
        return  # (a link on the page itself: MkDocs words that warning otherwise)
    docs = tmp_path_factory.mktemp("docs")
    (docs / "blokken").mkdir()
    lines = (DOCS / "blokken" / name).read_text(encoding="utf-8").split("\n")
    old_anchor, text = match["id"], match["text"]
    lines[number - 1] = {  # the editor's change
        "id dropped": f"## {text}",
        "word added": f"## {text} nu",
        "id misspelt": f"## {text} {{ #{old_anchor}x }}",
    }[change]
    (docs / "blokken" / name).write_text("\n".join(lines), encoding="utf-8")
    (docs / "blokken" / linker).write_text(f"Zie [kop]({name}#{old_anchor}).\n", encoding="utf-8")
    message = (  # as MkDocs words it (mkdocs.structure.pages.Page.validate_anchor_links)
        f"Doc file 'blokken/{linker}' contains a link '{name}#{old_anchor}', but the doc "
        f"'blokken/{name}' does not contain an anchor '#{old_anchor}'."
    )
    found = dutch_link_warning(message, docs)
    other = heading_side(found, message, docs, "docs/")
    assert (found.file, found.line) == (f"docs/blokken/{linker}", 1)
    assert (other.file, other.line, other.rule) == (
        f"docs/blokken/{name}",
        number,
        "anker-kop-anders",
    )
