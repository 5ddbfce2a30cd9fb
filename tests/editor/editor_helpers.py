"""Helpers for the editor tests: a copy of the project that a test may break, and the two
ways an editor meets the content checks (scripts/check-content and the strict build)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

# Not imported from conftest: the name "conftest" can resolve to another folder's conftest.py.
ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
PARTS = ("mkdocs.yml", "docs", "hooks", "overrides", "scripts")


def copy_project(target: Path) -> Path:
    """The project's site sources and scripts, outside git (like the other site tests)."""
    target.mkdir(parents=True, exist_ok=True)
    for name in PARTS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(
                source, target / name, ignore=shutil.ignore_patterns("__pycache__", "linkreport")
            )
        else:
            shutil.copy2(source, target / name)
    return target


def edit(project: Path, relative: str, old: str, new: str) -> int:
    """Replace the first `old` in a file; return the 1-based line where it started."""
    path = project / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {relative}"
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return line


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


def _env() -> dict[str, str]:
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}


def page_dir_url(page: str) -> str:
    """Site path of a Markdown page with directory URLs: blokken/x.md -> /blokken/x/."""
    stem = page.removesuffix(".md")
    return "/" if stem == "index" else "/" + stem.removesuffix("/index") + "/"


def start_cli(project: Path, script: str = "check-content", *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(project / "scripts" / script), *args],
        cwd=project,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def start_build(project: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(project / "out")],
        cwd=project,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def finish(process: subprocess.Popen) -> Outcome:
    output, _ = process.communicate(timeout=300)
    return Outcome(process.returncode, " ".join(output.split()))


def run_cli(project: Path, script: str = "check-content", *args: str) -> Outcome:
    return finish(start_cli(project, script, *args))


def cli_and_build(project: Path, *cli_args: str) -> tuple[Outcome, Outcome]:
    """scripts/check-content and `mkdocs build --strict`, side by side on two cores."""
    cli, build = start_cli(project, "check-content", *cli_args), start_build(project)
    return finish(cli), finish(build)
