"""A definition removed from the reference catalogue while a page still uses it is named in
the catalogue, at the line it was removed from, with the line to put back
(toolkit/content_checks.check_removed_references); in git the build stops on it there."""

from __future__ import annotations

import re

from editor_helpers import committed_copy, findings_in, run_cli
from hypothesis import given, settings
from hypothesis import strategies as st

from project import DOCS, ROOT
from toolkit.content_checks import check_removed_references

LABEL = "docs/_data/referenties.md"
CATALOGUE = (ROOT / LABEL).read_text(encoding="utf-8")
# The test's own reading of the catalogue and the pages: definition lines and [text][name].
DEFINITIONS = {
    match["name"].lower(): match.group(0)
    for match in re.finditer(r"^\[(?P<name>[^\]/]+)\]: https?://.*$", CATALOGUE, re.M)
}
USED = {
    name.lower()
    for path in DOCS.rglob("*.md")
    for name in re.findall(r"\]\[([^\]]+)\]", path.read_text(encoding="utf-8"))
}


def removed(names: list[str]) -> str:
    return "".join(
        line
        for line in CATALOGUE.splitlines(keepends=True)
        if not any(line.startswith(f"[{name}]:") for name in names)
    )


def test_the_catalogue_has_used_definitions_to_remove():
    assert len(set(DEFINITIONS) & USED) >= 40  # guard against a vacuous property below


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(sorted(DEFINITIONS)), unique=True, max_size=6))
def test_each_removed_definition_in_use_is_named_with_its_line_to_put_back(names):
    now = removed(names)
    unknown = {name: ("docs/blokken/x.md", 7) for name in names if name in USED}
    findings = check_removed_references(unknown, CATALOGUE, now, LABEL)
    assert sorted(finding.corrected for finding in findings) == sorted(
        DEFINITIONS[name] for name in names if name in USED
    )
    last = len(now.rstrip("\n").split("\n"))
    for finding in findings:
        was = CATALOGUE.split("\n").index(finding.corrected) + 1
        assert finding.file == LABEL and finding.line == min(was, last)
        assert "docs/blokken/x.md gebruikt haar nog (regel 7)" in finding.message


def test_the_build_names_the_catalogue_line_the_editor_removed(tmp_path):
    project = committed_copy(tmp_path / "project")
    line = CATALOGUE.split("\n").index(DEFINITIONS["bnw-home"]) + 1
    (project / LABEL).write_text(removed(["bnw-home"]), encoding="utf-8")
    outcome = run_cli(project)
    assert outcome.returncode == 1
    places = dict(findings_in(outcome))
    assert f"{LABEL}, regel {line}" in places, outcome.raw
    assert DEFINITIONS["bnw-home"] in places[f"{LABEL}, regel {line}"]
    # nothing on pages the editor did not touch beyond the page that still uses it
    assert {where.split(",")[0] for where in places} == {LABEL, "docs/blokken/kernteam.md"}
