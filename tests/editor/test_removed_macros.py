"""A macro line removed from the page that showed it (the overview, the self-scan) is named
at the line it stood on, with the line to put back (toolkit/macro_checks.py); in git the
build stops on it."""

from __future__ import annotations

import re

import pytest
from editor_helpers import committed_copy, findings_in, run_cli

from project import DOCS
from toolkit.content_checks import Source
from toolkit.macro_checks import check_removed_macros

# The test's own list: each page that calls a macro, and the line that calls it.
CALLS = [
    (f"docs/{path.relative_to(DOCS).as_posix()}", number, line)
    for path in sorted(DOCS.rglob("*.md"))
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1)
    if re.search(r"\{\{\s*\w+\(\)\s*\}\}", line)
]
FUNCTIONS = {re.search(r"(\w+)\(\)", line)[1] for _, _, line in CALLS}


def sources(removed: tuple[str, int] | None = None) -> tuple[list[Source], dict[str, str]]:
    texts = {label: (DOCS.parent / label).read_text(encoding="utf-8") for label, _, _ in CALLS}
    now = dict(texts)
    if removed:
        label, number = removed
        lines = now[label].split("\n")
        del lines[number - 1]
        now[label] = "\n".join(lines)
    return [Source(label, label[5:], text) for label, text in now.items()], texts


def test_the_site_calls_both_macros():
    assert {"blokken_overzicht", "zelfscan_lijst"} == FUNCTIONS


@pytest.mark.parametrize(("label", "number", "line"), CALLS)
def test_a_removed_call_is_named_on_its_page_even_when_another_page_still_calls_it(
    label, number, line
):
    # the overview is on the home page and the poster: without its line the home page has
    # none, whatever the poster shows
    pages, before = sources((label, number))
    (found,) = check_removed_macros(pages, FUNCTIONS, before.get)
    assert (found.file, found.line, found.corrected) == (label, number, line)


def test_nothing_removed_nothing_named():
    pages, before = sources()
    assert check_removed_macros(pages, FUNCTIONS, before.get) == []


def test_the_build_names_the_removed_self_scan_line(tmp_path):
    project = committed_copy(tmp_path / "project")
    page = project / "docs/zelfscan.md"
    text = page.read_text(encoding="utf-8")
    line = text.split("\n").index("{{ zelfscan_lijst() }}") + 1
    page.write_text(text.replace("{{ zelfscan_lijst() }}\n", ""), encoding="utf-8")
    outcome = run_cli(project)
    assert outcome.returncode == 1
    assert (
        dict(findings_in(outcome))
        .get(f"docs/zelfscan.md, regel {line}", "")
        .startswith("hier stond '{{ zelfscan_lijst() }}'")
    ), outcome.raw


@pytest.mark.parametrize(
    "written", [None, "      module_name: hooks/macro", "      module_name: macros"]
)
def test_a_macros_module_that_is_not_there_is_named_with_the_one_that_is(written):
    from project import ROOT
    from toolkit.macro_checks import check_macro_module

    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    lines = config.split("\n")
    at = next(n for n, line in enumerate(lines, 1) if line.strip() == "module_name: hooks/macros")
    if written is None:
        del lines[at - 1]
    else:
        lines[at - 1] = written
    module = written.split(": ")[1] if written else "main"
    (found,) = check_macro_module(ROOT, module, "\n".join(lines))
    assert (found.file, found.line, found.rule) == ("mkdocs.yml", at, "macro-module")
    assert "'module_name: hooks/macros'" in found.fix
    assert check_macro_module(ROOT, "hooks/macros", config) == []
