"""Property: whatever slip of the finger an editor makes in a real page or data file, the
reader never sees it unseen. Either the strict build passes and no page shows raw syntax
(judged by an oracle independent of the project's checks: typing_mutations.read_site), or
both the build and scripts/check-content fail, in Dutch, naming the changed file and a line,
without a traceback.

Bounded and deterministic: a fixed number of examples from a derandomised search, no
example database; each example costs one build and one check (about 2 s on two cores).
"""

from __future__ import annotations

import shutil

import pytest
from editor_helpers import assert_findings_dutch, cli_and_build, copy_project, findings_in
from hypothesis import HealthCheck, Phase, given, settings
from typing_mutations import Mutation, mutations, raw_syntax, read_site

from project import ROOT

EXAMPLES = int(__import__("os").environ.get("TYPING_EXAMPLES", "20"))


@pytest.fixture(scope="module")
def unchanged(built_site):
    return read_site(built_site)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return copy_project(tmp_path_factory.mktemp("typing") / "project")


@settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    # A failing example is shown as found: shrinking would cost a build per step.
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(mutation=mutations())
def test_a_typing_mistake_is_harmless_or_explained(mutation: Mutation, project, unchanged):
    original = (ROOT / mutation.file).read_text(encoding="utf-8")
    target = project / mutation.file
    target.write_text(mutation.apply(original), encoding="utf-8")
    shutil.rmtree(project / "out", ignore_errors=True)
    try:
        cli, build = cli_and_build(project)
    finally:
        target.write_text(original, encoding="utf-8")
    what = mutation.describe(original)
    for outcome in (cli, build):
        assert "Traceback" not in outcome.raw, f"{what}\n{outcome.raw}"
    if build.returncode == 0:
        assert cli.returncode == 0, f"{what}: the build passes, check-content not:\n{cli.raw}"
        shown = raw_syntax(unchanged, read_site(project / "out"), mutation.typed(original))
        assert not shown, f"{what}: published with raw syntax: {shown}"
        return
    assert cli.returncode != 0, f"{what}: the build fails, check-content passes:\n{build.raw}"
    for outcome in (cli, build):
        places = [where for where, _ in findings_in(outcome)]
        assert any(where.startswith(f"{mutation.file}, regel ") for where in places), (
            f"{what}: no finding names {mutation.file} and a line: {places}\n{outcome.raw}"
        )
        assert_findings_dutch(outcome)
