"""Property: a block's title (data file) and its page's heading disagree after an edit. The
editor changed one of the two, so that one is named, once; the other file, as it was, is not
(git tells which changed; with both changed, both are named). The test makes the change in a
committed copy, so it knows which side it touched.
"""

from __future__ import annotations

import subprocess

import pytest
from editor_helpers import WITH_COMMITTED_COPY, committed_docs, save_as_editor
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.blocks_data import BlocksDataError, load_blocks
from toolkit.git_start import changed_files, start_revision

DATA = "_data/blokken.yml"
PAGE = "blokken/scholing.md"
TITLE = "Organiseer en plan scholing in de regio"
SETTINGS = settings(WITH_COMMITTED_COPY, max_examples=8)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return committed_docs(tmp_path_factory.mktemp("sides"))


def named_files(project, side: str, added: str) -> set[str]:
    """Change the title, the heading or both (each its own way), and read which files the
    findings name."""
    subprocess.run(["git", "-C", str(project), "checkout", "-q", "--", "."], check=True)
    both = side == "both"  # then the heading differs from the title after the edit too
    for part, old, own in ((DATA, f"titel: {TITLE}", ""), (PAGE, f"# {TITLE}", " (2)" * both)):
        if side in (part, "both"):
            path = project / "docs" / part
            text = path.read_text(encoding="utf-8")
            save_as_editor(path, text.replace(old, old + added + own, 1))
    changed_files.cache_clear(), start_revision.cache_clear()  # (once per build, normally)
    try:
        load_blocks(project / "docs" / DATA, project / "docs")
    except BlocksDataError as error:
        return {item.file for item in error.findings}
    return set()


@SETTINGS
@given(
    side=st.sampled_from([DATA, PAGE, "both"]),
    added=st.sampled_from([":", " ", " en de wijk", "!"]),
)
def test_the_side_the_editor_changed_is_named(project, side, added):
    named = named_files(project, side, added)
    if added == " " and side != "both":  # a trailing space: heading and YAML value drop it
        assert named == set()
        return
    expected = {"docs/" + DATA, "docs/" + PAGE} if side == "both" else {"docs/" + side}
    if added == ":" and side != PAGE:  # 'titel: ...:' is a YAML slip: it stops the reading first
        expected = {"docs/" + DATA}
    assert named == expected
