"""Property: a slip under `markdown_extensions:` in mkdocs.yml (a misspelt extension name, a
misspelt option, a value of the wrong kind) is worded in Dutch at the line the editor changed,
from what MkDocs itself says when it loads the configuration. The test makes the slip in the
real mkdocs.yml, so it knows the line, and the name that was meant.
"""

from __future__ import annotations

import re

import pytest
from editor_helpers import load_project_config, project_config_folder
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from project import ROOT
from toolkit.config_checks import translate

CONFIG_TEXT = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
LINES = CONFIG_TEXT.split("\n")
START = LINES.index("markdown_extensions:")
END = next(n for n in range(START + 1, len(LINES)) if LINES[n] and LINES[n][0] not in " #-")
# The extension lines ('  - name' or '  - name:'), by line number (1-based)
EXTENSIONS = {
    n + 1: match["name"]
    for n in range(START, END)
    if (match := re.fullmatch(r"  - (?P<name>[\w.]+):?", LINES[n]))
}
# Options whose value is true or false ('      name: true'), by line number
SWITCHES = {
    n + 1: match["option"]
    for n in range(START, END)
    if (match := re.fullmatch(r" {6}(?P<option>\w+): (?:true|false)", LINES[n]))
}
SETTINGS = settings(
    max_examples=12,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A folder with the project's docs and hooks, for a changed mkdocs.yml beside them."""
    return project_config_folder(tmp_path_factory.mktemp("config"))


def messages_for(project, text: str) -> list[str]:
    """What MkDocs logs about this configuration (its own English)."""
    return load_project_config(project, text)[0]


def changed(number: int, new: str) -> str:
    return "\n".join([*LINES[: number - 1], new, *LINES[number:]])


def typo(name: str, at: int, kind: str) -> str:
    """A slip of the keyboard in the last part of a name (never the dots between parts)."""
    head, _, word = name.rpartition(".")
    at %= len(word)
    word = {
        "drop": word[:at] + word[at + 1 :],
        "double": word[:at] + word[at] + word[at:],
        "case": word[:at] + word[at].swapcase() + word[at + 1 :],
    }[kind]
    return f"{head}.{word}" if head else word


def test_the_project_as_it_is_loads(project):
    assert EXTENSIONS and SWITCHES
    assert messages_for(project, CONFIG_TEXT) == []


@SETTINGS
@given(
    number=st.sampled_from(sorted(EXTENSIONS)),
    at=st.integers(min_value=0, max_value=30),
    kind=st.sampled_from(["drop", "double", "case"]),
)
def test_a_misspelt_extension_is_named_at_its_line_with_the_real_name(project, number, at, kind):
    name = EXTENSIONS[number]
    wrong = typo(name, at, kind)
    text = changed(number, LINES[number - 1].replace(name, wrong, 1))
    (message,) = messages_for(project, text)
    found = translate(message, text)
    assert (found.line, found.rule) == (number, "config-onbekende-uitbreiding")
    assert f"'{wrong}'" in found.message
    if len(name) > 4:  # a short name has too many close neighbours to guess from
        assert f"Bedoel je '{name}'?" in found.message


@SETTINGS
@given(number=st.sampled_from(sorted(SWITCHES)), at=st.integers(min_value=0, max_value=30))
def test_a_misspelt_option_is_named_at_its_line(project, number, at):
    option = SWITCHES[number]
    wrong = typo(option, at, "drop")
    text = changed(number, LINES[number - 1].replace(option, wrong, 1))
    (message,) = messages_for(project, text)
    found = translate(message, text)
    assert (found.line, found.rule) == (number, "config-uitbreiding-optie")
    assert f"'{wrong}'" in found.message


@SETTINGS
@given(number=st.sampled_from(sorted(SWITCHES)), value=st.sampled_from(["ja", "nee", "aan"]))
def test_a_switch_written_in_dutch_is_named_at_its_line(project, number, value):
    text = changed(number, re.sub(r"(true|false)$", value, LINES[number - 1]))
    messages = messages_for(project, text)
    if not messages:  # an extension that takes any value as on or off: harmless
        return
    (message,) = messages
    found = translate(message, text)
    assert (found.line, found.rule) == (number, "config-uitbreiding-waarde")
