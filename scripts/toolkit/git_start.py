"""The revision this work started from, in git: what an editor's change is compared with.

In a pull request that is where the branch left origin/main; locally without it, the last
commit. Outside git there is none, and the checks that compare (renamed pages, removed key
points) are skipped. Pure functions over the git command, no MkDocs import.
"""

from __future__ import annotations

import functools
import subprocess
from pathlib import Path


@functools.cache
def start_revision(root: Path) -> str | None:
    """Asked once per build: the content checks clear the cache when a build starts
    (`start_revision.cache_clear()`), so `mkdocs serve` sees a new commit."""
    base = git(root, "merge-base", "HEAD", "origin/main") or git(root, "rev-parse", "HEAD")
    return base.strip() if base else None


def file_at_start(root: Path, path: str) -> str | None:
    """A file (path relative to root) as it was where this work started, or None outside
    git or when it did not exist there."""
    base = start_revision(root)
    if not base:
        return None
    return git(root, "show", f"{base}:./{path}")  # ./: relative to root


def changed_file_at_start(root: Path, path: str) -> str | None:
    """A file as it was where this work started, only when the work changed it since (one
    `git diff` per build tells which): None for an unchanged file, a new one, outside git."""
    return file_at_start(root, path) if path in (changed_files(root) or ()) else None


@functools.cache
def changed_files(root: Path) -> frozenset[str] | None:
    """The files (relative to root) that differ from where this work started, committed or
    not; None outside git. Asked once per build, like start_revision."""
    base = start_revision(root)
    if not base:
        return None
    names = git(root, "diff", "--name-only", "--relative", base)
    return frozenset(names.split("\n")) - {""} if names is not None else None


def git(root: Path, *arguments: str) -> str | None:
    """The output of a git command in `root`, or None when git fails or is missing."""
    try:
        result = subprocess.run(
            ["git", "-C", str(root), *arguments], capture_output=True, text=True, timeout=30
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return result.stdout if result.returncode == 0 else None
