"""Property: an id or a number that two key points share is named at the point the editor
added, not at the one that was there already (its id is in every saved scan: renumbering it
would lose their statuses). The test adds the point in a committed copy of docs/ (as in a
pull request), so it knows the line."""

from __future__ import annotations

import re

import pytest
from editor_helpers import WITH_COMMITTED_COPY, committed_docs, save_as_editor
from hypothesis import given, settings
from hypothesis import strategies as st

from project import DOCS
from toolkit.blocks_data import BlocksDataError, load_blocks
from toolkit.git_start import changed_files, start_revision

DATA = "_data/blokken.yml"
LINES = (DOCS / DATA).read_text(encoding="utf-8").split("\n")
POINTS = [  # (line of its '- id:', the id, the indent) of every key point and sub-point
    (n, match["id"], match["indent"])
    for n, line in enumerate(LINES, 1)
    if (match := re.match(r"^(?P<indent> +)- id: (?P<id>k\d+-[\w-]+)$", line))
]


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return committed_docs(tmp_path_factory.mktemp("twice"))


@settings(WITH_COMMITTED_COPY, max_examples=40)
@given(copied=st.sampled_from(POINTS), before=st.sampled_from(POINTS), same=st.booleans())
def test_a_new_point_sharing_an_id_or_a_number_is_named_alone(project, copied, before, same):
    taken = copied[1]
    new_id = taken if same else re.sub(r"^(k\d+)-.*", r"\1-nieuw-punt", taken)
    line, _, indent = before
    lines = list(LINES)  # the new point goes right above another: its sibling
    lines[line - 1 : line - 1] = [f"{indent}- id: {new_id}", f"{indent}  tekst: Een nieuw punt"]
    save_as_editor(project / "docs" / DATA, "\n".join(lines))
    changed_files.cache_clear(), start_revision.cache_clear()  # (once per build, normally)
    with pytest.raises(BlocksDataError) as raised:
        load_blocks(project / "docs" / DATA, project / "docs")
    named = {(item.file, item.line) for item in raised.value.findings}
    assert named == {("docs/" + DATA, line)}, (new_id, line, raised.value.findings)


PAGES = [  # (line of 'pagina:', the page) of every block
    (n, match["page"])
    for n, line in enumerate(LINES, 1)
    if (match := re.match(r"^    pagina: (?P<page>\S+)$", line))
]


@settings(WITH_COMMITTED_COPY, max_examples=20)
@given(changed=st.sampled_from(PAGES), other=st.sampled_from(PAGES))
def test_a_block_given_another_blocks_page_is_named_at_that_line(project, changed, other):
    """Two blocks on one page: one shown twice in the overview, the other nowhere. Named at
    the 'pagina:' the editor changed, not at the block that had the page already."""
    line, page = changed
    if other[1] == page:
        return  # (the same block: no change)
    lines = list(LINES)
    lines[line - 1] = f"    pagina: {other[1]}"
    save_as_editor(project / "docs" / DATA, "\n".join(lines))
    changed_files.cache_clear(), start_revision.cache_clear()
    with pytest.raises(BlocksDataError) as raised:
        load_blocks(project / "docs" / DATA, project / "docs")
    named = [(item.file, item.line, item.rule) for item in raised.value.findings]
    assert named == [("docs/" + DATA, line, "data-blok-dubbel")]
    assert f"'{other[1]}'" in raised.value.findings[0].message
