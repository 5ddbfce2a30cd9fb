"""Helpers for the editor tests: a copy of the project that a test may break, and the two
ways an editor meets the content checks (scripts/check-content and the strict build)."""

from __future__ import annotations

import functools
import itertools
import logging
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import markdown
from dutch import assert_dutch
from hypothesis import HealthCheck, settings

from project import DOCS, ROOT, build_env, copy_project, edit, page_dir_url  # noqa: F401


def committed_copy(target: Path) -> Path:
    """A copy of the project as a git repository with one commit: where an editor's change
    starts, for the checks that compare with it."""
    return commit_all(copy_project(target))


# Hypothesis settings for a property that edits one committed copy (a module fixture) again
# for every example: bounded, deterministic, and the fixture allowed (each example writes the
# file it changes whole, so no example sees another's edit).
WITH_COMMITTED_COPY = settings(
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def committed_docs(target: Path) -> Path:
    """Only docs/ in a git repository with one commit (for the checks that read the data
    file and pages, without a build)."""
    shutil.copytree(DOCS, target / "docs", ignore=shutil.ignore_patterns("__pycache__"))
    return commit_all(target)


def commit_all(folder: Path) -> Path:
    identity = ["-c", "user.name=t", "-c", "user.email=t@example.org"]
    for arguments in (
        ["init", "-q", "-b", "main"],
        ["add", "-A"],
        [*identity, "commit", "-qm", "start"],
    ):
        subprocess.run(["git", "-C", str(folder), *arguments], check=True, capture_output=True)
    return folder


_SAVES = itertools.count(1_700_000_000_000_000_000, 5_000_000_000)


def save_as_editor(path: Path, text: str) -> None:
    """Write a file as an editor saves it: seconds after the last save, so its time tells
    each version apart (the data file is read once per version)."""
    path.write_text(text, encoding="utf-8")
    stamp = next(_SAVES)
    os.utime(path, ns=(stamp, stamp))


def project_config_folder(folder: Path) -> Path:
    """A folder with the project's docs, hooks and overrides, for a changed mkdocs.yml."""
    for name in ("docs", "hooks", "overrides"):
        (folder / name).symlink_to(ROOT / name)
    return folder


def append(project: Path, relative: str, text: str) -> int:
    """Append text to a file; return the 1-based line of its first appended line."""
    path = project / relative
    before = path.read_text(encoding="utf-8")
    if not before.endswith("\n"):
        before += "\n"
    path.write_text(before + text, encoding="utf-8")
    return before.count("\n") + 1


def line_of(project: Path, relative: str, needle: str) -> int:
    text = (project / relative).read_text(encoding="utf-8")
    assert needle in text, f"{needle!r} not in {relative}"
    return text[: text.index(needle)].count("\n") + 1


@dataclass
class Outcome:
    returncode: int
    output: str  # stdout + stderr, whitespace collapsed to single spaces
    raw: str = ""  # stdout + stderr as printed


# A finding as check-content prints it ("file, regel N: ..."), as the build lists it
# ("  - file, regel N (blok 'x'): ...") or logs it ("WARNING -  file, regel N: ...", MkDocs'
# link warnings in Dutch); annotation lines (::error) are left out.
FINDING_LINE = re.compile(
    r"^(?:\s*- |(?:WARNING|ERROR) +- +)?(?P<where>(?:docs/|mkdocs\.yml|scripts/|overrides/)[^\s,:]*"
    r"(?:, regel \d+)?(?: \([^)]*\))?): (?P<message>.+)$"
)


def findings_in(outcome: Outcome) -> list[tuple[str, str]]:
    """(where, message) of every finding in the output."""
    return [
        (match["where"], match["message"])
        for match in map(FINDING_LINE.match, outcome.raw.splitlines())
        if match
    ]


def assert_findings_dutch(outcome: Outcome) -> None:
    """Every finding the editor reads is Dutch throughout, up to its last word."""
    findings = findings_in(outcome)
    assert findings, f"no finding in the output:\n{outcome.raw}"
    for where, message in findings:
        try:
            assert_dutch(message)
        except AssertionError as error:
            raise AssertionError(f"{where}: {error}") from None


def start_cli(project: Path, script: str = "check-content", *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(project / "scripts" / script), *args],
        cwd=project,
        env=build_env(project),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def start_build(project: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(project / "out")],
        cwd=project,
        env=build_env(project),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def finish(process: subprocess.Popen) -> Outcome:
    output, _ = process.communicate(timeout=300)
    return Outcome(process.returncode, " ".join(output.split()), output)


def run_cli(project: Path, script: str = "check-content", *args: str) -> Outcome:
    return finish(start_cli(project, script, *args))


def cli_and_build(project: Path, *cli_args: str) -> tuple[Outcome, Outcome]:
    """scripts/check-content and `mkdocs build --strict`, side by side on two cores."""
    cli, build = start_cli(project, "check-content", *cli_args), start_build(project)
    return finish(cli), finish(build)


def load_project_config(
    folder: Path, text: str, start_plugins: bool = False
) -> tuple[list[str], BaseException | None]:
    """MkDocs loading this mkdocs.yml in `folder`: what it logs about the configuration (its
    own English) and what it raised, with `start_plugins` as the plugins start too."""
    from mkdocs.config import load_config

    (folder / "mkdocs.yml").write_text(text, encoding="utf-8")
    logged: list[str] = []
    handler = logging.Handler(logging.ERROR)
    handler.emit = lambda record: logged.append(record.getMessage())
    logger = logging.getLogger("mkdocs.config")
    logger.addHandler(handler)
    try:
        config = load_config(config_file=str(folder / "mkdocs.yml"), strict=True)
        if start_plugins:
            config.plugins.on_config(config)
    except BaseException as error:  # noqa: BLE001 - what MkDocs and the plugins say is the point
        return logged, error
    finally:
        logger.removeHandler(handler)
    return logged, None


@functools.cache
def site_markdown() -> markdown.Markdown:
    """The site's Markdown: the extensions and options of mkdocs.yml, as MkDocs loads them."""
    from mkdocs.config import load_config

    config = load_config(str(ROOT / "mkdocs.yml"))
    shared = "toolkit.shared_definitions:SharedDefinitions"  # the catalogue on every page
    extensions = [name for name in config.markdown_extensions if name != shared]
    return markdown.Markdown(extensions=extensions, extension_configs=config.mdx_configs)
