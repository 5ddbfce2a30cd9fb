"""Advice that points the right way for mistakes in the data file (docs/_data/blokken.yml):
the line the editor actually got wrong, and what they most likely meant.

Fast: load_blocks on a changed copy of the data file beside the real pages, no build.
"""

from __future__ import annotations

import re
import shutil

import lxml.html
import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from project import DOCS
from toolkit import blocks_data
from toolkit.blocks_data import FIELDS, BlocksDataError, load_blocks

DATA_TEXT = (DOCS / "_data" / "blokken.yml").read_text(encoding="utf-8")
LINES = DATA_TEXT.split("\n")


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    target = tmp_path_factory.mktemp("advice") / "docs"
    shutil.copytree(DOCS, target)
    return target


def message_for(docs, text: str) -> str:
    path = docs / "_data" / "blokken.yml"
    path.write_text(text, encoding="utf-8")
    blocks_data._parse_blocks.cache_clear()  # same size and mtime can follow each other here
    try:
        load_blocks(path, docs)
    except BlocksDataError as error:
        return str(error)
    finally:
        path.write_text(DATA_TEXT, encoding="utf-8")
        blocks_data._parse_blocks.cache_clear()
    return ""


def reported_line(message: str) -> int:
    return int(re.match(r"docs/_data/blokken\.yml, regel (\d+)", message)[1])


# A misspelt or English field name: the typo first, with what was meant.


@pytest.mark.parametrize(("typed", "meant"), [("title", "titel"), ("page", "pagina")])
def test_an_english_field_name_is_named_with_the_dutch_one(docs, typed, meant):
    line = LINES.index("    titel: Organiseer en plan scholing in de regio") + 1
    field_line = next(n for n, row in enumerate(LINES, 1) if n >= line and f"{meant}:" in row)
    text = "\n".join(
        row.replace(f"    {meant}:", f"    {typed}:", 1) if n == field_line else row
        for n, row in enumerate(LINES, 1)
    )
    message = message_for(docs, text)
    assert reported_line(message) == field_line, message
    assert f"onbekend veld '{typed}'. Bedoel je '{meant}'?" in message
    assert "ontbreekt" not in message  # the missing field is a consequence, not the cause


def one_typo(word: str) -> st.SearchStrategy[str]:
    """A word with one slip: a letter left out, doubled, swapped with the next, or wrong."""
    positions = st.integers(0, len(word) - 1)
    return st.one_of(
        positions.map(lambda at: word[:at] + word[at + 1 :]),
        positions.map(lambda at: word[: at + 1] + word[at:]),
        positions.filter(lambda at: at < len(word) - 1).map(
            lambda at: word[:at] + word[at + 1] + word[at] + word[at + 2 :]
        ),
        st.tuples(positions, st.sampled_from("aeiouklmnrst")).map(
            lambda pair: word[: pair[0]] + pair[1] + word[pair[0] + 1 :]
        ),
    )


LONG_FIELDS = [name for name in FIELDS if len(name) > 3]  # 'id' has no room for a typo


@settings(max_examples=60, derandomize=True, database=None, deadline=None)
@given(data=st.data(), field=st.sampled_from(LONG_FIELDS))
def test_a_misspelt_field_is_named_on_its_line_with_the_field_meant(docs, data, field):
    typed = data.draw(one_typo(field).filter(lambda word: word not in FIELDS and word.strip()))
    line = next(n for n, row in enumerate(LINES, 1) if row.startswith(f"    {field}:"))
    if field == "kernpunten":  # the first block's key points start on the next lines
        line = next(n for n, row in enumerate(LINES, 1) if row == "    kernpunten:")
    text = "\n".join(
        row.replace(f"{field}:", f"{typed}:", 1) if n == line else row
        for n, row in enumerate(LINES, 1)
    )
    message = message_for(docs, text)
    assert reported_line(message) == line, message
    assert f"onbekend veld '{typed}'. Bedoel je '{field}'?" in message, message


POINT_ID_LINES = [n for n, row in enumerate(LINES, 1) if re.match(r"^\s+- id: k\d", row)]


@settings(max_examples=40, derandomize=True, database=None, deadline=None)
@given(line=st.sampled_from(POINT_ID_LINES), typed=st.sampled_from(["Id", "ID", "iD", "i"]))
def test_a_key_point_id_under_a_misspelt_name_keeps_its_id(docs, line, typed):
    """'- Id: k02-...' (a capital from a phone's keyboard): the id is there, under a name the
    site does not read. Named at that line with 'id'; never a new id (a saved self-scan
    knows the point by the old one) and never called removed."""
    written = LINES[line - 1]
    text = "\n".join(
        row.replace("- id:", f"- {typed}:", 1) if n == line else row
        for n, row in enumerate(LINES, 1)
    )
    message = message_for(docs, text)
    assert reported_line(message) == line, message
    assert f"onbekend veld '{typed}'. Bedoel je 'id'?" in message, message
    assert message.count("regel ") == 1, message
    assert written.split("id: ", 1)[1] in text  # (the test kept the id itself)


def test_a_wrong_page_gets_the_page_meant(docs):
    text = DATA_TEXT.replace("pagina: blokken/scholing.md", "pagina: blokken/scholingen.md")
    message = message_for(docs, text)
    assert "'blokken/scholingen.md' (in de map docs/) bestaat niet." in message
    assert "Bedoel je 'pagina: blokken/scholing.md'?" in message


# A key point indented one or two spaces off: the line moved, not its neighbour.


def item_lines_in_lists_of_three_or_more() -> list[int]:
    """Key point lines (1-based) that have at least two siblings at their indentation."""
    items = [
        n
        for n, row in enumerate(LINES, 1)
        if row.lstrip().startswith("- ") and not row.startswith("  - id:")  # not a block
    ]

    def siblings(n: int) -> int:
        indent = len(LINES[n - 1]) - len(LINES[n - 1].lstrip())
        count, other = 0, n
        for step in (-1, 1):
            other = n + step
            while 1 <= other <= len(LINES):
                row = LINES[other - 1]
                row_indent = len(row) - len(row.lstrip())
                if row.strip() and row_indent < indent:
                    break
                if row_indent == indent and row.lstrip().startswith("- "):
                    count += 1
                other += step
        return count

    return [n for n in items if siblings(n) >= 2]


@settings(max_examples=60, derandomize=True, database=None, deadline=None)
@given(
    line=st.sampled_from(item_lines_in_lists_of_three_or_more()),
    shift=st.sampled_from([-2, -1, 1, 2]),
)
def test_a_misindented_key_point_is_reported_on_its_own_line(docs, line, shift):
    assert_shift_named_at_its_line(docs, line, shift)


def assert_shift_named_at_its_line(docs, line: int, shift: int) -> None:
    """Shift one line of the real data file by `shift` spaces: the message names that line,
    and its advice gives the line's own indentation back."""
    row = LINES[line - 1]
    indent = len(row) - len(row.lstrip())
    changed = " " * (indent + shift) + row.lstrip()
    text = "\n".join(changed if n == line else other for n, other in enumerate(LINES, 1))
    message = message_for(docs, text)
    assert message, f"line {line} shifted by {shift} was accepted (merged or moved silently)"
    assert reported_line(message) == line, message
    advice = re.search(r"laat de regel ((?:\d+ of )?\d+) spaties inspringen", message)
    assert advice and str(indent) in advice[1].split(" of "), message


def test_a_key_point_indented_too_far_is_not_merged_into_the_one_above(docs):
    line = LINES.index("      - id: k02-onderbouw-doelstellingen-cijfermatig") + 1
    text = DATA_TEXT.replace("      - id: k02-onderbouw", "       - id: k02-onderbouw", 1)
    message = message_for(docs, text)
    assert reported_line(message) == line
    assert "deze regel springt 7 spaties in" in message
    assert "laat de regel 6 spaties inspringen" in message


def test_a_block_without_its_dash_is_named_as_such(docs):
    line = LINES.index("  - id: scholing") + 1
    message = message_for(docs, DATA_TEXT.replace("  - id: scholing", "    id: scholing"))
    assert reported_line(message) == line
    assert "hier begint een nieuw blok, maar '- ' voor 'id:' ontbreekt" in message
    assert "houd één van beide over" not in message  # that would delete a block


def test_an_empty_key_point_is_named_on_its_line(docs):
    point = "      - id: k32-voor-door-met-elkaar\n        tekst: Voor, door en met elkaar"
    line = LINES.index(point.split("\n")[0]) + 1
    message = message_for(docs, DATA_TEXT.replace(point, "      -"))
    assert reported_line(message) == line
    assert "dit punt van 'kernpunten' is leeg: na '- ' staat geen tekst" in message


@pytest.mark.parametrize("written", ["subpunten:", "subpunten: []", "subpunten: ~"])
def test_sub_points_left_empty_ask_for_points_not_for_text(docs, written):
    """'subpunten:' with nothing under it is an empty list, not an empty text field."""
    point = "      - id: k32-voor-door-met-elkaar\n        tekst: Voor, door en met elkaar"
    line = LINES.index(point.split("\n")[0]) + 3
    message = message_for(docs, DATA_TEXT.replace(point, f"{point}\n        {written}"))
    assert reported_line(message) == line
    assert "de lijst 'subpunten' is leeg. Oplossing: zet er minstens één punt in" in message


# A block page's heading with what Markdown shows nothing of: closing '#'s, an address or a
# style ('# Titel { #adres }'). The title the reader sees is what the data file is held to.

BLOCK_PAGES = sorted((DOCS / "blokken").glob("*.md"), key=lambda path: path.name)


@settings(max_examples=40, derandomize=True, database=None, deadline=None)
@given(
    page=st.sampled_from(BLOCK_PAGES),
    tail=st.sampled_from([" #", " ##", " {#kop}", " { #kop }", " {: #kop }", " { .klein }", "!"]),
)
def test_the_heading_is_compared_as_the_reader_sees_it(docs, page, tail):
    original = page.read_text(encoding="utf-8")
    heading = next(line for line in original.split("\n") if line.startswith("# "))
    changed = original.replace(heading, heading + tail, 1)
    shown = markdown.markdown(heading + tail, extensions=["attr_list"])
    same_title = lxml.html.fragment_fromstring(shown).text_content() == heading[2:]
    target = docs / "blokken" / page.name
    target.write_text(changed, encoding="utf-8")
    try:
        message = message_for(docs, DATA_TEXT)
    finally:
        target.write_text(original, encoding="utf-8")
    assert (message == "") == same_title, (tail, message)


ODD_SHIFT_LINES = [n for n, row in enumerate(LINES, 1) if re.match(r"^ +(?:- id|tekst): \S", row)]


@settings(max_examples=60, derandomize=True, database=None, deadline=None)
@given(line=st.sampled_from(ODD_SHIFT_LINES), shift=st.sampled_from([-1, 1]))
def test_a_line_a_space_off_the_two_space_steps_is_named_at_itself(docs, line, shift):
    """Every line of the data file is indented by a multiple of two: one space more or less
    is the slip, on that very line, even where the line below then seems to miss its dash
    (a key point alone in its list, a key point's text)."""
    assert_shift_named_at_its_line(docs, line, shift)


# A line moved between a list's key and its items (Alt+arrow in the web editor, or a cut and
# paste): 'tekst:' below 'subpunten:'. The test knows both lines: it swapped them.
LIST_KEYS = [
    n
    for n, row in enumerate(LINES, 1)
    if re.fullmatch(r"\s+(?:kernpunten|subpunten):", row)
    and re.fullmatch(r"\s+[\w]+: \S.*", LINES[n - 2])
    and len(LINES[n - 2]) - len(LINES[n - 2].lstrip()) == len(row) - len(row.lstrip())
]


@settings(max_examples=30, derandomize=True, database=None, deadline=None)
@given(key_line=st.sampled_from(LIST_KEYS))
def test_a_line_moved_between_a_key_and_its_items_is_named_with_the_way_back(docs, key_line):
    lines = list(LINES)
    above = key_line - 1  # the 'name: value' line above the key, moved below it
    lines[above - 1], lines[key_line - 1] = lines[key_line - 1], lines[above - 1]
    message = message_for(docs, "\n".join(lines))
    assert reported_line(message) == key_line, message  # where the moved line now stands
    assert f"(regel {above})" in message and "boven" in message, message
    # the advice, followed: the line back above the key
    lines[above - 1], lines[key_line - 1] = lines[key_line - 1], lines[above - 1]
    assert message_for(docs, "\n".join(lines)) == ""


@settings(max_examples=40, derandomize=True, database=None, deadline=None)
@given(line=st.sampled_from(POINT_ID_LINES), where=st.sampled_from(["start", "after-dash"]))
def test_a_key_point_id_behind_a_hash_is_named_at_that_line(docs, line, where):
    """'#' typed before a key point's id: at the start of the line (the point's other lines
    join the point above) or after its dash (the point loses its id). Named at that line,
    never with a new id."""
    written = LINES[line - 1]
    typed = "#" + written if where == "start" else written.replace("- id:", "- #id:", 1)
    text = "\n".join(typed if n == line else row for n, row in enumerate(LINES, 1))
    message = message_for(docs, text)
    assert reported_line(message) == line, message
    assert "'#'" in message and "k37" not in message, message


BLOCK_FIELD_LINES = [
    n
    for n, row in enumerate(LINES, 1)
    if re.fullmatch(r"    (?:titel|kernpunten|pagina|volgorde):.*", row)
    and n > 1
    and not LINES[n - 2].startswith("  - id:")  # (right below '- id:': another slip)
]


@settings(max_examples=40, derandomize=True, database=None, deadline=None)
@given(line=st.sampled_from(BLOCK_FIELD_LINES), shift=st.sampled_from([-4, -3]))
def test_a_block_field_moved_to_the_margin_is_named_at_its_line(docs, line, shift):
    """A block's field pushed to the left margin ('kernpunten:' at column 0): YAML reads it
    as a name of the whole file and stops lines later, at the block's next field."""
    text = "\n".join(row[-shift:] if n == line else row for n, row in enumerate(LINES, 1))
    message = message_for(docs, text)
    if not message:  # still a file of another shape that reads: not this test's case
        return
    assert reported_line(message) == line, message


@settings(max_examples=40, derandomize=True, database=None, deadline=None)
@given(
    line=st.sampled_from(POINT_ID_LINES),
    typed=st.sampled_from(["Dit is nieuw.", "x", "Zie ook: de NHG-standaard.", "**let op**"]),
    column=st.integers(min_value=0, max_value=5),
)
def test_text_typed_before_a_key_points_dash_is_named_with_the_line_back(docs, line, typed, column):
    """Typed or pasted into the indentation before '- id:': the whole line reads as one
    name. Named at that line; the advice, followed, gives the file back."""
    written = LINES[line - 1]
    changed = written[:column] + typed + " " + written[column:]
    text = "\n".join(changed if n == line else row for n, row in enumerate(LINES, 1))
    message = message_for(docs, text)
    if not message:  # (still a file that reads: not this test's case)
        return
    assert reported_line(message) == line, message
    assert f"'{written.strip()}'" in message, message
