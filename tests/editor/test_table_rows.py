"""A table row with more cells than its header: GitHub and the site both drop the cells
beyond the header's, so words vanish. Named at the row with the cause, and its advice (a '|'
in a cell's text escaped, or the header widened) makes the words appear.

The oracle is the test's own: it writes every row from a list of cells, so it knows how many
cells each row has and which words stand beyond the header's columns."""

from __future__ import annotations

from dataclasses import dataclass

from dutch import assert_dutch
from editor_helpers import site_markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.content_checks import Source
from toolkit.rendered_checks import check_rendered

HEAD = "---\nlaatst_gecontroleerd: 2026-01-01\n---\n\n# Titel\n\nEen tabel:\n\n"
FIRST_TABLE_LINE = HEAD.count("\n") + 1
WORDS = ["huisarts", "fysio", "verwijst", "behandelt", "regio", "zorgpad", "eerst"]


@dataclass
class Row:
    cells: list[str]
    split_cell: int | None = None  # a cell whose text holds a '|' (written unescaped)

    def written(self, escape: bool = False) -> str:
        cells = list(self.cells)
        if self.split_cell is not None:
            bar = " \\| " if escape else " | "
            cells[self.split_cell] = bar.join(cells[self.split_cell].split(" / "))
        return "| " + " | ".join(cells) + " |"

    def count(self) -> int:
        """Cells as a reader of the source counts them: a '|' in a cell's text splits it."""
        return len(self.cells) + (self.split_cell is not None)


@st.composite
def tables(draw) -> tuple[int, list[Row]]:
    """Every word once in the table (the checks count words of letters), so a word shown
    is a word kept."""
    columns = draw(st.integers(1, 4))
    fresh = iter(f"{word}{tail}" for tail in ("", *"abcdefghijklmnop") for word in WORDS)
    rows = []
    for _ in range(draw(st.integers(1, 4))):
        length = draw(st.integers(1, columns + 2))
        cells = [f"{next(fresh)} {next(fresh)}" for _ in range(length)]
        split = draw(st.none() | st.integers(0, length - 1))
        if split is not None:
            cells[split] = cells[split].replace(" ", " / ", 1)  # '|' in the text: 'a | b'
        rows.append(Row(cells, split))
    return columns, rows


def page(columns: int, rows: list[Row], escape: bool = False) -> str:
    header = "| " + " | ".join(f"Kolom{n}" for n in range(1, columns + 1)) + " |"
    separator = "| " + " | ".join("---" for _ in range(columns)) + " |"
    body = "\n".join(row.written(escape) for row in rows)
    return f"{HEAD}{header}\n{separator}\n{body}\n"


def rule_lines(text: str) -> list[tuple[int, str]]:
    source = Source("docs/blokken/test.md", "blokken/test.md", text)
    converter = site_markdown()
    converter.reset()
    found = check_rendered(converter.convert(source.text.split("---\n", 2)[2]), source)
    for item in found:
        assert_dutch(f"{item.message} Oplossing: {item.fix}")
    return [(item.line, item.rule) for item in found]


@settings(max_examples=80, derandomize=True, database=None, deadline=None)
@given(tables())
def test_a_row_longer_than_its_header_is_named_at_the_row(table):
    columns, rows = table
    found = rule_lines(page(columns, rows))
    first_row = FIRST_TABLE_LINE + 2
    for number, row in enumerate(rows, start=first_row):
        if row.count() > columns:
            assert (number, "verloren-tabelcel") in found, (page(columns, rows), found)
        else:
            assert all(line != number for line, _ in found), (page(columns, rows), found)
    assert all(rule == "verloren-tabelcel" for _, rule in found), found


@settings(max_examples=60, derandomize=True, database=None, deadline=None)
@given(tables())
def test_following_the_advice_loses_no_word(table):
    """Escape the '|' in a cell's text; where the row is still longer, widen the header."""
    columns, rows = table
    widest = max(len(row.cells) for row in rows)
    assert not rule_lines(page(max(columns, widest), rows, escape=True))
