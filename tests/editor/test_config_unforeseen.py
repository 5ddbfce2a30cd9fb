"""Property: a value in mkdocs.yml that MkDocs or a plugin cannot use, in words no translation
of the project knows, is still named at the line the editor changed: a file under `hooks:`
that is not there (MkDocs refuses the configuration), the macros' module mistyped (the plugin
fails while it starts). The test makes the slip in the real mkdocs.yml, so it knows the line;
the messages are what MkDocs and the plugin themselves say.
"""

from __future__ import annotations

import re

import pytest
from editor_helpers import load_project_config, project_config_folder
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from project import ROOT
from toolkit.blame import blamed_line, first_changed_line, line_quoted
from toolkit.config_checks import translate, unforeseen_finding

CONFIG_TEXT = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
LINES = CONFIG_TEXT.split("\n")
HOOK_LINES = [n for n, line in enumerate(LINES, 1) if line.startswith("  - hooks/")]
MODULE_LINE = next(n for n, line in enumerate(LINES, 1) if "module_name: hooks/macros" in line)
SETTINGS = settings(
    max_examples=15,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
name = st.from_regex(r"[a-z][a-z_]{2,12}", fullmatch=True).filter(
    lambda word: not (ROOT / "hooks" / f"{word}.py").exists()
)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A folder with the project's docs and hooks, for a changed mkdocs.yml beside them."""
    return project_config_folder(tmp_path_factory.mktemp("config"))


def load(project, text: str) -> tuple[list[str], BaseException | None]:
    """What MkDocs logs about this configuration, and what the plugins raise as they start."""
    return load_project_config(project, text, start_plugins=True)


@SETTINGS
@given(at=st.sampled_from([*HOOK_LINES, HOOK_LINES[-1] + 1]), new=name, replace=st.booleans())
def test_a_hook_file_that_is_not_there_is_named_at_its_line(project, at, new, replace):
    lines = list(LINES)
    if replace and at in HOOK_LINES:
        lines[at - 1] = f"  - hooks/{new}.py"
    else:
        lines.insert(at - 1, f"  - hooks/{new}.py")
    text = "\n".join(lines)
    logged, _ = load(project, text)
    (message,) = logged
    found = translate(message, text, before=CONFIG_TEXT)
    assert (found.line, found.rule) == (at, "config-pad-weg")
    assert f"'hooks/{new}.py'" in found.message


@SETTINGS
@given(new=name)
def test_a_mistyped_macro_module_is_named_at_its_line(project, new):
    text = CONFIG_TEXT.replace("module_name: hooks/macros", f"module_name: hooks/{new}")
    logged, error = load(project, text)
    assert logged == [] and error is not None
    said = []
    while error is not None:
        said.append(str(error))
        error = error.__cause__ or error.__context__
    found = unforeseen_finding("\n".join(said), text, CONFIG_TEXT)
    assert (found.line, found.rule) == (MODULE_LINE, "config-pad-weg")
    assert f"'hooks/{new}'" in found.message


def test_an_unchanged_configuration_is_not_blamed():
    """With mkdocs.yml as it was, an unforeseen failure is not the editor's line there."""
    assert unforeseen_finding("could not find 'hooks/macros'", CONFIG_TEXT, CONFIG_TEXT) is None


@given(
    lines=st.lists(st.from_regex(r"[a-z ]{0,12}", fullmatch=True), min_size=1, max_size=12),
    at=st.integers(min_value=0, max_value=11),
    new=st.from_regex(r"[A-Z]{1,6}", fullmatch=True),
)
@settings(max_examples=80, derandomize=True, database=None, deadline=None)
def test_the_first_changed_line_is_where_the_editor_typed(lines, at, new):
    at %= len(lines)
    after = list(lines)
    after[at] = lines[at] + new  # capitals: never in the generated lines
    assert first_changed_line("\n".join(lines), "\n".join(after)) == at + 1
    assert first_changed_line(None, "\n".join(after)) is None


@given(
    words=st.lists(
        st.from_regex(r"[a-z]{3,8}", fullmatch=True), min_size=2, max_size=8, unique=True
    ),
    at=st.integers(min_value=0, max_value=7),
)
@settings(max_examples=60, derandomize=True, database=None, deadline=None)
def test_a_quoted_path_is_found_where_the_file_names_it(words, at):
    at %= len(words)
    text = "\n".join(f"  - dir/{word}.py" for word in words)
    message = f"The path '/somewhere/project/dir/{words[at]}.py' isn't an existing file."
    assert line_quoted(text, message) == (at + 1, f"dir/{words[at]}.py")


@given(
    words=st.lists(
        st.from_regex(r"[a-z]{4,8}", fullmatch=True), min_size=3, max_size=10, unique=True
    ),
    at=st.integers(min_value=0, max_value=9),
    other=st.integers(min_value=0, max_value=9),
    new=st.from_regex(r"[a-z]{4,8}\.html", fullmatch=True),
)
@settings(max_examples=80, derandomize=True, database=None, deadline=None)
def test_an_unforeseen_failure_points_at_the_value_the_editor_changed(words, at, other, new):
    """The message quotes what the editor wrote (and maybe a value that was always there):
    the editor's line is named with the value; quoting only an old value names the changed
    line without one; an unchanged file is not blamed."""
    at, other = at % len(words), other % len(words)
    before = "\n".join(f"template: {word}.html" for word in words)
    lines = before.split("\n")
    lines[at] = f"template: {new}"
    after = "\n".join(lines)
    old_value = f"{words[other]}.html"
    if new == old_value:
        return
    assert blamed_line(after, f"'{old_value}' and then\n{new}", before) == (at + 1, new)
    if other != at:
        assert blamed_line(after, f"not found: '{old_value}'", before) == (at + 1, None)
    assert blamed_line(before, f"'{old_value}'", before) is None
    assert blamed_line(after, f"'{new}'", None) == (at + 1, new)  # outside git


TOP_SCALARS = [
    (n, line.split(":", 1)[0])
    for n, line in enumerate(LINES, 1)
    if re.match(r"^[a-z_]+: \S", line) and not line.startswith("site_url")
]


@given(
    at=st.sampled_from(TOP_SCALARS), new=st.from_regex(r"[a-z]{3,9}/[a-z]{3,9}/", fullmatch=True)
)
@settings(max_examples=30, derandomize=True, database=None, deadline=None)
def test_a_warning_that_names_a_setting_is_named_at_the_line_changed_there(at, new):
    """MkDocs warns while it writes the pages ("edit_uri: 'x/index.md' is not a valid URL"):
    the setting it names, at the line the editor changed under it; a warning that names
    nothing in mkdocs.yml is left to the page being read."""
    number, key = at
    text = "\n".join(f"{key}: {new}" if n == number else line for n, line in enumerate(LINES, 1))
    said = f"{key}: '{new}index.md' is not a valid URL, it should include the http:// (scheme)"
    found = unforeseen_finding(said, text, CONFIG_TEXT, pointed_only=True)
    assert (found.line, found.rule) == (number, "config-fout")
    assert f"'{key}'" in found.message
    assert unforeseen_finding("Doc file 'x.md' has a problem", text, CONFIG_TEXT, True) is None
