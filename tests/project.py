"""The project under test: its paths, a disposable copy of it, and a strict build.

Shared by every test folder. (Not in conftest.py: `from conftest import ...` can resolve to
another folder's conftest.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
# The toolkit's source text (from its PDF), kept with the tests: tests/source-text/README.md
SEEDS = ROOT / "tests" / "source-text"
SITE_SOURCES = ("mkdocs.yml", "docs", "hooks", "overrides", "scripts")


def build_env(project: Path = ROOT) -> dict[str, str]:
    """The environment of a build or command of `project`: its own scripts/toolkit library
    comes first on the path, before the one scripts/bootstrap registered in the venv."""
    return {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONPATH": str(project / "scripts"),
    }


def build_site(project: Path, site_dir: Path) -> subprocess.CompletedProcess:
    """Run a strict MkDocs build of `project` into `site_dir`."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project,
        env=build_env(project),
        capture_output=True,
        text=True,
        timeout=300,
    )


def copy_project(target: Path) -> Path:
    """The site sources and scripts, outside git, for a test that may break them."""
    target.mkdir(parents=True, exist_ok=True)
    for name in SITE_SOURCES:
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


def page_dir_url(page: str) -> str:
    """Site path of a Markdown page with directory URLs: blokken/x.md -> /blokken/x/."""
    stem = page.removesuffix(".md")
    return "/" if stem == "index" else "/" + stem.removesuffix("/index") + "/"
