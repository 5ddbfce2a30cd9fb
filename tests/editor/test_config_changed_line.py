"""Property: in a repository (as in a pull request), a slip that breaks mkdocs.yml's YAML is
named at the line the editor changed, also where YAML stops lines further on and the lines
there look like another mistake. The test makes the slip, so it knows the line.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from project import ROOT
from toolkit.config_checks import check_config

CONFIG_TEXT = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
LINES = CONFIG_TEXT.split("\n")
CONTENT = [n for n, text in enumerate(LINES, 1) if text.strip() and not text.startswith("#")]


@settings(max_examples=120, derandomize=True, database=None, deadline=None)
@given(
    line=st.sampled_from(CONTENT),
    column=st.integers(min_value=0, max_value=60),
    typed=st.sampled_from(
        [":", "*", "- ", "  ", "&", "!", "?", "? ", "|", ">", "@", "`", "'", '"', "{", "[", "#"]
    ),
)
def test_a_slip_that_breaks_the_yaml_is_named_at_the_changed_line(line, column, typed):
    lines = list(LINES)
    written = lines[line - 1]
    column = min(column, len(written))
    lines[line - 1] = written[:column] + typed + written[column:]
    found = check_config("\n".join(lines), before=CONFIG_TEXT)
    syntax = [item for item in found if item.rule.startswith("yaml")]
    assert not syntax or any(item.line == line for item in syntax), (
        lines[line - 1],
        [str(item) for item in found],
    )
