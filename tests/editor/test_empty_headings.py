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

# (the heading's text, the rule its line gets when the reader sees no text): closing '#'s,
# spaces and tabs are no text, and what HTML or a call makes does not stand in the heading
HEADINGS = st.sampled_from(
    [("", "kop-leeg"), (" ", "kop-leeg"), (" ##", "kop-leeg"), ("\t", "kop-leeg")]
    + [(" <span></span>", "kop-met-opdracht"), (" Kop", None), (" Kop ##", None)]
    + [(" `code`", None), (" **Vet**", None), (" 3", None)]
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
    for level, (text, rule), in_a_box in headings:
        if in_a_box:
            lines += ['!!! tip "Tip"', ""]
        indent = "    " if in_a_box else ""
        lines += [indent + "#" * level + text, "", indent + "Tekst onder de kop.", ""]
        if rule:
            empty_lines.append((len(lines) - 3, rule))
    page = "\n".join(lines) + "\n"
    found = rule_lines(page)
    assert [item for item in found if item[1].startswith("kop-")] == empty_lines, page
    # the advice: write the heading's text, or take the '#'s off a call: nothing left to name
    fixed = page.split("\n")
    for number, rule in empty_lines:
        line = fixed[number - 1]
        fixed[number - 1] = line + " Kop" if rule == "kop-leeg" else line.replace("#", "").strip()
    assert all(not rule.startswith("kop-") for _, rule in rule_lines("\n".join(fixed)))
