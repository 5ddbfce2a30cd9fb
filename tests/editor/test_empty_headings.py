"""A heading with no text ('## ' typed, its text never written): screen readers announce a
heading without a name. Named at each empty heading line, and the advice (write the text, or
remove the line) leaves nothing to report.

The oracle is the test's own: it writes each heading, so it knows which lines are empty."""

from __future__ import annotations

from editor_helpers import site_markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.content_checks import Source
from toolkit.rendered_checks import check_rendered

HEAD = "---\nlaatst_gecontroleerd: 2026-01-01\n---\n\n# Titel\n\nInleiding.\n\n"

# (the heading's text, whether the reader sees any): closing '#'s, spaces and tabs are no text
HEADINGS = st.sampled_from(
    [("", True), (" ", True), (" ##", True), ("\t", True), (" Kop", False), (" Kop ##", False)]
    + [(" `code`", False), (" **Vet**", False), (" 3", False)]
)


def rule_lines(text: str) -> list[tuple[int | None, str]]:
    source = Source("docs/blokken/test.md", "blokken/test.md", text)
    converter = site_markdown()
    converter.reset()
    found = check_rendered(converter.convert(text.split("---\n", 2)[2]), source)
    return [(item.line, item.rule) for item in found]


@settings(max_examples=60, derandomize=True, database=None, deadline=None)
@given(st.lists(st.tuples(st.integers(2, 3), HEADINGS, st.booleans()), min_size=1, max_size=5))
def test_an_empty_heading_is_named_at_its_line(headings):
    lines, empty_lines = HEAD.split("\n")[:-1], []
    for level, (text, empty), in_a_box in headings:
        if in_a_box:
            lines += ['!!! tip "Tip"', ""]
        indent = "    " if in_a_box else ""
        lines += [indent + "#" * level + text, "", indent + "Tekst onder de kop.", ""]
        if empty:
            empty_lines.append(len(lines) - 3)
    page = "\n".join(lines) + "\n"
    found = rule_lines(page)
    assert [line for line, rule in found if rule == "kop-leeg"] == empty_lines, page
    # the advice: write the heading's text (or remove the line): nothing left to name
    fixed = "\n".join(
        line + " Kop" if n in empty_lines else line for n, line in enumerate(page.split("\n"), 1)
    )
    assert all(rule != "kop-leeg" for _, rule in rule_lines(fixed))
