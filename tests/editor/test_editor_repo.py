"""The repository files around the editors' work: the two workflows (least permissions,
pinned actions, no secrets for forks, full history, preview artifact, deploy), the
pre-commit configuration, the pull request checklist and CONTRIBUTING.md, which explains
every message the content checks can give. actionlint itself runs over all workflows in
tests/linkreport/test_workflow_lint.py."""

from __future__ import annotations

import re
import string

import pytest
import yaml
from editor_helpers import ROOT

from toolkit.messages import MESSAGES

WORKFLOWS = ROOT / ".github/workflows"
MINE = ["ci.yml", "deploy.yml"]


def workflow(name: str) -> dict:
    return yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))


def steps(job: dict) -> list[dict]:
    return job.get("steps", [])


@pytest.mark.parametrize("name", MINE)
def test_actions_are_pinned_and_permissions_are_least(name):
    text = (WORKFLOWS / name).read_text(encoding="utf-8")
    uses = re.findall(r"^\s*(?:-\s*)?uses:\s*(\S+)(.*)$", text, re.M)
    assert uses
    for action, comment in uses:
        assert re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", action), action
        assert re.search(r"#\s*v\d", comment), f"{action}: add the version as a comment"
    code = "\n".join(line.split("#", 1)[0] for line in text.splitlines())
    assert "pull_request_target" not in code and "secrets." not in code
    data = workflow(name)
    assert data["permissions"] == {}
    for job in data["jobs"].values():
        assert "permissions" in job
        for step in steps(job):
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step["with"]["fetch-depth"] == 0  # "Laatst gewijzigd" needs history
                assert step["with"]["persist-credentials"] is False


def test_ci_runs_on_pull_requests_tests_builds_and_keeps_the_preview():
    data = workflow("ci.yml")
    assert set(data[True]) >= {"pull_request", "push"}  # YAML 1.1 reads "on" as True
    assert data[True]["push"]["branches"] == ["main"]
    (job,) = data["jobs"].values()
    assert job["permissions"] == {"contents": "read"}
    runs = [step.get("run", "") for step in steps(job)]
    assert "scripts/test" in runs
    assert "scripts/build --pdf --no-directory-urls" in runs  # the preview, with its PDF
    assert any(
        "scripts/review-due --markdown" in run and "GITHUB_STEP_SUMMARY" in run for run in runs
    )
    assert any("scripts/check-content --github" in run for run in runs)
    upload = next(step for step in steps(job) if "upload-artifact" in step.get("uses", ""))
    assert upload["with"]["path"] == "site/"


def test_deploy_publishes_main_and_only_the_deploy_job_may_write_pages():
    data = workflow("deploy.yml")
    assert data[True]["push"]["branches"] == ["main"]
    build, deploy = data["jobs"]["build"], data["jobs"]["deploy"]
    assert build["permissions"] == {"contents": "read"}
    assert any(step.get("run", "").strip().endswith("scripts/build --pdf") for step in steps(build))
    assert any("upload-pages-artifact" in step.get("uses", "") for step in steps(build))
    assert deploy["needs"] == "build"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert "deploy-pages" in steps(deploy)[0]["uses"]


def test_pre_commit_uses_local_hooks_for_python_yaml_and_markdown():
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert [repo["repo"] for repo in config["repos"]] == ["local"]
    hooks = {hook["id"]: hook for hook in config["repos"][0]["hooks"]}
    assert {"ruff-check", "ruff-format", "check-yaml", "check-content"} <= set(hooks)
    for name in ("ruff-check", "ruff-format"):
        assert hooks[name]["entry"].startswith(".venv/bin/ruff")
        assert hooks[name]["files"] == "^(hooks|scripts|tests|benchmarks)/"
    assert hooks["check-content"]["entry"] == "scripts/check-content"
    for hook in hooks.values():
        for dependency in hook.get("additional_dependencies", []):
            assert re.fullmatch(r"[\w.-]+==[\w.]+", dependency), dependency  # pinned


def test_contributing_explains_every_message():
    guide = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert "je kunt de site niet stukmaken: fouten worden vóór publicatie gevonden" in (
        guide.lower()
    )
    for command in (
        "scripts/new-block",
        "scripts/rename-page",
        "scripts/check-content",
        "scripts/review-due",
        "scripts/serve",
        "Bewerk deze pagina",
        "voorbeeldsite",
    ):
        assert command in guide, command
    read_as_text = " ".join(guide.split())  # Markdown wraps its lines anywhere
    for key, template in MESSAGES.items():
        blanks = [name for _, name, _, _ in string.Formatter().parse(template) if name]
        text = template.format(**{name: "\x00" for name in blanks})  # as an editor reads it
        problem = text.split("Oplossing:")[0]
        clauses = [part.strip(" .'") for part in re.split(r"[:;,()\x00]|\[|\]", problem)]
        phrase = " ".join(max(clauses, key=len).split()[:5])
        assert phrase in read_as_text, f"{key}: CONTRIBUTING.md does not explain {phrase!r}"


def test_pull_request_template_is_a_dutch_checklist():
    template = (ROOT / ".github/pull_request_template.md").read_text(encoding="utf-8")
    assert template.count("- [ ]") >= 5
    assert "laatst_gecontroleerd" in template and "referenties.md" in template
