"""A line of only '-' or '=' right under a list item makes that item a heading on the site,
where GitHub shows a list item (a '-' typed for an item still to be written) or a line. Named
at that line, with one message, and removing the line (the advice) leaves nothing to name.
Under a paragraph GitHub makes the same heading: no mistake to these checks.

The oracle is the test's own: it writes every heading with '#', so a heading the page shows
beyond those was made by the line it typed; lxml counts them in the rendered page."""

from __future__ import annotations

from editor_helpers import site_markdown
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from toolkit.content_checks import Source
from toolkit.rendered_checks import check_rendered

HEAD = "---\nlaatst_gecontroleerd: 2026-01-01\n---\n\n# Titel\n\n"
BLOCKS = [
    ["## Aanpak", "", "Maak afspraken met de huisartsen."],
    ["- Betrek de huisartsen", "- Betrek de fysiotherapeuten"],
    ["- Regel de financiering", "    - Vanuit gemeenten", "    - Subsidies aanvragen"],
    ["1. Eerste stap zetten", "2. Tweede stap zetten"],
    ["Een alinea over de regio.", "Die loopt door op een tweede regel."],
]


def rendered(text: str) -> tuple[list[tuple[int | None, str]], int]:
    """(line, rule) of every finding, and how many headings the page shows."""
    source = Source("docs/blokken/test.md", "blokken/test.md", text)
    converter = site_markdown()
    converter.reset()
    html = converter.convert(text.split("---\n", 2)[2])
    found = [(item.line, item.rule) for item in check_rendered(html, source)]
    root = etree.fromstring(f"<div>{html}</div>", etree.HTMLParser())
    return found, len(root.xpath("//h1 | //h2 | //h3 | //h4 | //h5 | //h6"))


@settings(max_examples=120, derandomize=True, database=None, deadline=None)
@given(
    blocks=st.lists(st.sampled_from(BLOCKS), min_size=1, max_size=3),
    marks=st.sampled_from(["-", "--", "---", "===", "-----"]),
    indent=st.sampled_from(["", "    "]),
    where=st.integers(0, 30),
)
def test_a_line_that_underlines_text_is_named_at_itself(blocks, marks, indent, where):
    lines = [line for block in blocks for line in [*block, ""]]
    at = where % len(lines)
    written = [*HEAD.split("\n")[:-1], *lines]
    line = len(HEAD.split("\n")) + at  # the line the typed marks get
    page = "\n".join([*written[: line - 1], indent + marks, *written[line - 1 :]]) + "\n"
    found, shown = rendered(page)
    headings_written = 1 + sum(text.startswith("#") for text in lines)
    named = [number for number, rule in found if rule == "onderstreepte-kop"]
    under_an_item = written[line - 2].lstrip().startswith(("- ", "1. ", "2. "))
    if shown > headings_written and under_an_item:  # it made a heading of the item above it
        assert named == [line], page
        assert [rule for _, rule in found] == ["onderstreepte-kop"], (found, page)
        fixed = page.split("\n")
        del fixed[line - 1]  # the advice: remove the line (or write the item's text)
        assert rendered("\n".join(fixed))[0] == []
    else:
        assert named == [], page
