"""The library is a package: installed as pyproject.toml declares it, not through a path
file, it builds the site (the hooks and the macro module import it from wherever pip put it)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from project import ROOT, copy_project


def test_the_site_builds_with_the_library_installed_as_a_plain_package(tmp_path):
    project = copy_project(tmp_path / "project")
    library = tmp_path / "installed"
    shutil.copy2(ROOT / "pyproject.toml", project)  # pip builds in the tree it installs from
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--target", str(library), str(project)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert install.returncode == 0, install.stderr
    assert (library / "toolkit" / "findings.py").is_file()
    # The copy's own library is gone: only the installed package can serve.
    for name in ("toolkit", "linkreport"):
        shutil.rmtree(project / "scripts" / name, ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(library), "NO_MKDOCS_2_WARNING": "1"}
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "out")],
        cwd=project, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr
    assert (tmp_path / "out" / "index.html").is_file()
    imported = subprocess.run(
        [sys.executable, "-c", "import toolkit; print(toolkit.__file__)"],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert imported.stdout.startswith(str(library))
