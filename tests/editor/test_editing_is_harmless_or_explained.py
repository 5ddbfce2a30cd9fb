"""Property: whatever an editor types or pastes into any file they touch (block pages, the
home page, the data file, the catalogue, the glossary, mkdocs.yml's `extra`), the outcome
is one of two:

- harmless: the strict build passes, and every page gives the reader all it gave before
  (no word lost beyond the changed line, every pasted word shown, no syntax shown as text
  beyond what was typed); judged by editing_mutations' own oracle, not the project's checks;
- explained: the build (scripts/check-content --site-dir, which scripts/build runs) and
  `mkdocs build --strict` fail, in Dutch, without a traceback, with a finding that names
  the changed file and one of the lines the edit wrote.

Bounded and deterministic: a fixed number of examples from a derandomised search, no
example database, no shrinking (each example costs two builds).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from editing_mutations import CONFIG, Edit, edits, read_site, reader_problems
from editor_helpers import Outcome, assert_findings_dutch, findings_in, finish, start_build
from hypothesis import HealthCheck, Phase, given, settings

from project import ROOT, build_env, copy_project

EXAMPLES = int(os.environ.get("EDITING_EXAMPLES", "16"))


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return copy_project(tmp_path_factory.mktemp("editing") / "project")


@pytest.fixture(scope="module")
def unchanged(project):
    """The untouched copy, built the same way (outside git, so dates compare)."""
    outcome = the_build(project)
    assert outcome.returncode == 0, outcome.raw
    return read_site(project / "out")


def the_build(project) -> Outcome:
    shutil.rmtree(project / "out", ignore_errors=True)
    process = subprocess.Popen(
        [
            sys.executable,
            str(project / "scripts/check-content"),
            "--site-dir",
            str(project / "out"),
        ],
        cwd=project,
        env=build_env(project),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    return finish(process)


@settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(edit=edits())
def test_an_edit_is_harmless_or_explained(edit: Edit, project, unchanged):
    original = (ROOT / edit.file).read_text(encoding="utf-8")
    target = project / edit.file
    target.write_text(edit.apply(original), encoding="utf-8")
    try:
        build = the_build(project)
        mkdocs = None
        if build.returncode != 0 and edit.file != CONFIG:  # MkDocs reads its config itself
            mkdocs = finish(start_build(project))
        after = read_site(project / "out") if build.returncode == 0 else None
    finally:
        target.write_text(original, encoding="utf-8")
    what = edit.describe(original)
    assert "Traceback" not in build.raw, f"{what}\n{build.raw}"
    if after is not None:
        problems = reader_problems(unchanged, after, edit, original)
        assert not problems, f"{what}: published, but {problems}"
        return
    changed = [f"{edit.file}, regel {line}" for line in edit.changed_lines()]
    for name, outcome in (("the build", build), ("mkdocs build", mkdocs)):
        if outcome is None:
            continue
        assert outcome.returncode != 0, f"{what}: {name} passes"
        assert "Traceback" not in outcome.raw, f"{what}\n{outcome.raw}"
        places = [where for where, _ in findings_in(outcome)]
        assert any(
            where == place or where.startswith(place + " ") for where in places for place in changed
        ), f"{what}: {name} names no changed line ({changed}): {places}\n{outcome.raw}"
        assert_findings_dutch(outcome)
