"""A note to other editors typed into a text readers see but that is no page: the
explanation of an abbreviation (the tooltip), the title of a reference, the text of a key
point (overview, block page, self-scan). Named at its line; where the rest of the text
stands, the corrected line is the text without the note, and it passes.

The oracle is the test's own: it types the note into one line it picked, so it knows the
line and the text as it was."""

from __future__ import annotations

import re

import pytest
from editor_helpers import WITH_COMMITTED_COPY, committed_docs, save_as_editor
from hypothesis import given, settings
from hypothesis import strategies as st

from project import DOCS
from toolkit.abbreviations import check_glossary
from toolkit.blocks_data import BlocksDataError, load_blocks
from toolkit.content_checks import parse_catalogue
from toolkit.git_start import changed_files, start_revision

NOTES = st.sampled_from(["// nog checken", "/* bron? */", "%% Jan vragen %%", "TODO", "FIXME"])
GLOSSARY = (DOCS / "_data/afkortingen.md").read_text(encoding="utf-8").split("\n")
CATALOGUE = (DOCS / "_data/referenties.md").read_text(encoding="utf-8").split("\n")
DATA = (DOCS / "_data/blokken.yml").read_text(encoding="utf-8").split("\n")
PAGES = [
    path.read_text(encoding="utf-8") for path in DOCS.rglob("*.md") if "_data" not in path.parts
]
SETTINGS = settings(max_examples=30, derandomize=True, database=None, deadline=None)


def _lines(lines: list[str], pattern: str) -> list[int]:
    return [n for n, line in enumerate(lines, 1) if re.match(pattern, line)]


@SETTINGS
@given(number=st.sampled_from(_lines(GLOSSARY, r"^\*\[")), note=NOTES)
def test_a_note_in_an_explanation(number, note):
    typed = list(GLOSSARY)
    typed[number - 1] = f"{GLOSSARY[number - 1]} {note}"
    (item,) = check_glossary("\n".join(typed), "g", PAGES)
    assert (item.line, item.rule) == (number, "notitie-in-tekst")
    assert item.corrected == GLOSSARY[number - 1]


@SETTINGS
@given(number=st.sampled_from(_lines(CATALOGUE, r'^\[[^\]]+\]: \S+ "[^"]+"$')), note=NOTES)
def test_a_note_in_a_title(number, note):
    typed = list(CATALOGUE)
    typed[number - 1] = re.sub(r'"$', f' {note}"', CATALOGUE[number - 1])
    _, findings = parse_catalogue("\n".join(typed), "c")
    assert [(item.line, item.rule) for item in findings] == [(number, "notitie-in-tekst")]
    assert findings[0].corrected == CATALOGUE[number - 1]


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return committed_docs(tmp_path_factory.mktemp("notes"))


@settings(WITH_COMMITTED_COPY, max_examples=20)
@given(
    number=st.sampled_from(_lines(DATA, r"^ +(?:tekst|titel): \S")), note=NOTES, alone=st.booleans()
)
def test_a_note_in_a_key_point_or_title(project, number, note, alone):
    typed = list(DATA)
    name = DATA[number - 1].split(":", 1)[0]
    written = DATA[number - 1].split(": ", 1)[1].strip('"')  # (some are quoted already)
    value = f'"{note}"' if alone else f'"{written} {note}"'
    typed[number - 1] = f"{name}: {value}"
    save_as_editor(project / "docs/_data/blokken.yml", "\n".join(typed))
    changed_files.cache_clear(), start_revision.cache_clear()
    with pytest.raises(BlocksDataError) as raised:
        load_blocks(project / "docs/_data/blokken.yml", project / "docs")
    found = [(item.line, item.rule) for item in raised.value.findings]
    assert found == [(number, "notitie-in-tekst")]
    assert ("vul de tekst in" in raised.value.findings[0].fix) == alone
