"""Property: a setting of mkdocs.yml that keeps mistakes from being published (strict
builds, link validation, the data folder kept out of the site, the content-check hooks, the
page addresses) cannot be weakened or deleted silently. Whatever an editor does to it
(another value, the line deleted, commented out), check_config names it once, at the line
the test changed, or, for a deleted line, where it stood (the test computes both itself).
"""

from __future__ import annotations

import re

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from project import ROOT
from toolkit.config_checks import check_config

CONFIG_TEXT = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
LINES = CONFIG_TEXT.split("\n")
SETTINGS = settings(max_examples=60, derandomize=True, database=None, deadline=None)
SAFEGUARD_RULES = {"config-beschermd", "config-beschermd-weg"}


def number_of(pattern: str) -> int:
    (number,) = [n for n, line in enumerate(LINES, 1) if re.fullmatch(pattern, line)]
    return number


def block_of(key: str) -> range:
    """The lines of a top-level key and everything indented below it (1-based)."""
    start = number_of(rf"{key}:.*")
    end = start
    while end < len(LINES) and (LINES[end].startswith(" ") or not LINES[end].strip()):
        end += 1
    while not LINES[end - 1].strip():
        end -= 1
    return range(start, end + 1)


# (the line the editor changes, the new line, the line the message names: a block of text
# such as exclude_docs' is named at its key)
WEAKENED = [
    (r"strict: true", "strict: false", r"strict: true"),
    (r"  anchors: warn", "  anchors: info", r"  anchors: warn"),
    (r"  anchors: warn", "  anchors: ignore", r"  anchors: warn"),
    (r"  absolute_links: warn", "  absolute_links: info", r"  absolute_links: warn"),
    (r"  unrecognized_links: warn", "  unrecognized_links: ignore", r"  unrecognized_links: warn"),
    (r"  _data/", "  data/", r"exclude_docs: \|"),
    (r"  _data/", "  _date/", r"exclude_docs: \|"),
    (r"  font: false", "  font:\n    text: Roboto", r"  font: false"),  # Google Fonts
    (r"strict: true", "strict: true\nrepo_url: https://github.com/nov/toolkit", r"strict: true"),
    (r"strict: true", 'strict: "true"', r"strict: true"),  # text, not the switch
    # the editors' pencil 'Bewerk deze pagina': a relative or http address does not open GitHub
    (r"edit_uri: .*", "edit_uri: edit/main/docs/", r"edit_uri: .*"),
    (r"edit_uri: .*", "edit_uri: http://github.com/nov/toolkit/edit/main/docs/", r"edit_uri: .*"),
    (r"  name: material", "  name: readthedocs", r"  name: material"),
    (r"  language: custom", "  language: en", r"  language: custom"),
    (r"  language: custom", "  language: nl", r"  language: custom"),
]
# what the editor deletes or comments out: whole lines
DELETED = [
    ("strict",),
    ("validation",),
    ("exclude_docs",),
    ("  - hooks/content_checks_hook.py",),
    ("  - hooks/rendered_checks_hook.py",),
    ("  font: false",),  # Material's default then loads Google Fonts
    ("edit_uri",),
    ("    - content.action.edit",),
    ("  name: material",),
    ("  language: custom",),
    # every hook, plugin and Markdown extension: each is a part of the site
    *((line,) for line in LINES if re.fullmatch(r"  - hooks/\w+\.py", line)),
    *((line,) for line in LINES[LINES.index("plugins:") : LINES.index("hooks:")]
      if re.fullmatch(r"  - [\w.:/]+:?", line)),
    *((line,) for line in LINES[LINES.index("markdown_extensions:") : LINES.index("nav:")]
      if re.fullmatch(r"  - [\w.:]+?:?", line)),
]  # fmt: skip
HARMLESS = [
    (r"  _data/", "  _data"),  # MkDocs reads both as the folder
    (r"  _data/", "  /_data/"),
    (r"  omitted_files: info", "  omitted_files: warn"),  # stricter: fine
]


def safeguard_findings(text: str, before: str | None = CONFIG_TEXT):
    found = check_config(text, before=before)
    assert {item.rule for item in found} <= SAFEGUARD_RULES, [str(item) for item in found]
    return [(item.line, item.rule) for item in found]


def test_the_project_as_it_is_passes():
    assert check_config(CONFIG_TEXT, before=CONFIG_TEXT) == []


@SETTINGS
@given(change=st.sampled_from(WEAKENED))
def test_a_weakened_setting_is_named_at_its_line(change):
    pattern, new, named = change
    number = number_of(pattern)
    text = "\n".join([*LINES[: number - 1], new, *LINES[number:]])
    # (a line added below the one changed is named at itself: 'repo_url: ...')
    added = new.count("\n") if new.startswith(LINES[number - 1]) else 0
    assert safeguard_findings(text) == [(number_of(named) + added, "config-beschermd")]


@pytest.mark.parametrize("written", ['"true"', "'true'", '"3"', "ja", '"false"'])
def test_the_message_shows_the_value_as_written(written):
    """'strict: "true"' is text, so the switch is off: the message quotes the value as the
    editor wrote it, never as the fix reads ('strict: true'), or the two look alike."""
    number = number_of(r"strict: true")
    text = "\n".join([*LINES[: number - 1], f"strict: {written}", *LINES[number:]])
    findings = [
        item for item in check_config(text, before=CONFIG_TEXT) if item.rule == "config-beschermd"
    ]
    assert [item.line for item in findings] == [number]
    shown = re.search(r"^'strict: (.*?)'", findings[0].message).group(1)
    assert yaml.safe_load(f"strict: {shown}") == yaml.safe_load(f"strict: {written}")


@SETTINGS
@given(change=st.sampled_from(HARMLESS))
def test_a_setting_changed_without_weakening_it_is_no_mistake(change):
    pattern, new = change
    number = number_of(pattern)
    assert check_config("\n".join([*LINES[: number - 1], new, *LINES[number:]])) == []


@settings(max_examples=200, derandomize=True, database=None, deadline=None)  # (44 settings)
@given(
    what=st.sampled_from(DELETED),
    how=st.sampled_from(["delete", "comment"]),
    git=st.booleans(),
)
def test_a_deleted_setting_is_named_where_it_stood(what, how, git):
    (name,) = what
    if name.startswith("  "):  # a line, with the lines indented below it (its options)
        start = number_of(re.escape(name))
        end = start
        while LINES[end].startswith(" " * (len(name) - len(name.lstrip()) + 1)):
            end += 1
        lines = range(start, end + 1)
    else:
        lines = block_of(name)
    kept = [line for n, line in enumerate(LINES, 1) if n not in lines]
    gone = [LINES[n - 1] for n in lines]
    if how == "comment":
        commented = [f"# {line}" if line.strip() else line for line in gone]
        new_lines = [*LINES[: lines.start - 1], *commented, *LINES[lines.stop - 1 :]]
    else:
        new_lines = kept
    text = "\n".join(new_lines)
    # The test's own place: the first line where the deleted setting stood; without git a
    # deleted top-level setting can only be named at the top, a list item at its list.
    if git:
        expected_line = lines.start
    elif name.startswith("  "):  # the key of its list or block, the nearest line above
        indent = len(name) - len(name.lstrip(" -"))
        expected_line = next(
            n
            for n in range(lines.start - 1, 0, -1)
            if LINES[n - 1].strip()
            and not LINES[n - 1].lstrip().startswith("#")
            and len(LINES[n - 1]) - len(LINES[n - 1].lstrip()) < indent - (2 if "- " in name else 0)
        )
    else:
        expected_line = 1
    found = safeguard_findings(text, CONFIG_TEXT if git else None)
    assert found == [(expected_line, "config-beschermd-weg")]


@SETTINGS
@given(value=st.sampled_from(["nl", "en", "de", "dutch", "nederlands", "nl_NL", "NL", "[nl, en]"]))
def test_a_search_language_the_search_does_not_know_is_named_at_its_line(value):
    # the test's own list: codes of Material's search languages (lunr-languages) used here
    known = {"nl", "en", "de"}
    text = CONFIG_TEXT.replace("      lang: nl", f"      lang: {value}", 1)
    line = number_of(r"      lang: nl")
    found = [(item.line, item.rule) for item in check_config(text)]
    wrong = [code for code in value.strip("[]").split(", ") if code not in known]
    assert found == [(line, "config-zoektaal")] * len(wrong)


@SETTINGS
@given(pattern=st.text(alphabet="[]()^\\-+*?|azs09", min_size=1, max_size=12))
def test_a_search_separator_that_is_no_pattern_is_named_at_its_line(pattern):
    line = number_of(r"      separator: .*")
    quoted = pattern.replace("\\", "\\\\").replace('"', '\\"')
    text = "\n".join([*LINES[: line - 1], f'      separator: "{quoted}"', *LINES[line:]])
    try:  # the oracle: Python's own re, which the search hooks split the words with
        re.compile(pattern)
        valid = True
    except re.error:
        valid = False
    found = [(item.line, item.rule) for item in check_config(text)]
    assert found == ([] if valid else [(line, "config-zoekscheiding")])


INDENTED = [n for n, line in enumerate(LINES, 1) if re.fullmatch(r"  [a-z_]+: \S.*", line)]


@SETTINGS
@given(
    number=st.sampled_from(INDENTED),
    paste=st.sampled_from(
        ["https://www.rivm.nl/artrose?utm_source=nieuwsbrief", "Zie bijlage", "NB", "x"]
    ),
)
def test_text_pasted_before_an_indented_setting_is_named_at_that_line(number, paste):
    """Pasted at the left margin, the text pulls the setting out of its block: the message
    names the line the paste went into (the test knows it), not where YAML stops later."""
    text = "\n".join([*LINES[: number - 1], paste + LINES[number - 1], *LINES[number:]])
    found = check_config(text)
    assert found, "the paste went unnoticed"
    assert number in {item.line for item in found}, [str(item) for item in found]


def test_the_parts_the_safeguards_name_are_the_projects():
    """The hooks, plugins and Markdown extensions the safeguards require are the ones the
    project has: every hook file (but the macros' module) and what mkdocs.yml lists."""
    from toolkit import config_checks

    hooks = {f"hooks/{path.name}" for path in (ROOT / "hooks").glob("*.py")} - {"hooks/macros.py"}
    assert set(config_checks.PROJECT_HOOKS) == hooks
    listed = re.findall(r"(?m)^  - ([\w.:/]+?):?$", CONFIG_TEXT)
    assert set(config_checks.PROJECT_HOOKS) <= set(listed)
    plugins = CONFIG_TEXT[CONFIG_TEXT.index("\nplugins:") : CONFIG_TEXT.index("\nhooks:")]
    assert set(config_checks.PROJECT_PLUGINS) == set(re.findall(r"(?m)^  - ([\w/]+)", plugins))
    extensions = CONFIG_TEXT[CONFIG_TEXT.index("\nmarkdown_extensions:") :]
    names = set(re.findall(r"(?m)^  - ([\w.:]+?):?$", extensions.split("\n# Page tree")[0]))
    assert set(config_checks.PROJECT_EXTENSIONS) == names


def test_instant_navigation_switched_on_is_named_at_its_line():
    """'navigation.instant' (pages swapped without a screen reader noticing) uncommented."""
    number = number_of(r"    # - navigation\.instant .*")
    text = "\n".join([*LINES[: number - 1], "    - navigation.instant", *LINES[number:]])
    found = check_config(text, before=CONFIG_TEXT)
    assert [(item.line, item.rule) for item in found] == [(number, "config-beschermd-item")]
    assert "haal de regel '- navigation.instant' weg" in found[0].fix
