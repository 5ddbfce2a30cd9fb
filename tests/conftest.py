"""Shared fixtures: one strict build of the site, served on 127.0.0.1, and Playwright
pointed at Debian's Chromium.

No `playwright install`: it downloads a browser and cannot work offline. The browser is
Debian's package `chromium`, installed by scripts/bootstrap --test.
"""

from __future__ import annotations

import os
import re
import select
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from project import ROOT, build_site

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"

# Playwright already passes --headless, --no-sandbox and --disable-background-networking.
# Chromium still looks up Google hosts; answer every name but loopback with NOT_FOUND so the
# browser never sends traffic off this machine (and a page needing a CDN fails visibly).
CHROMIUM_ARGS = ["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost"]


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The site built once per test session with `mkdocs build --strict`."""
    site_dir = tmp_path_factory.mktemp("build") / "site"
    result = build_site(ROOT, site_dir)
    assert result.returncode == 0, f"strict build failed:\n{result.stderr}"
    return site_dir


@pytest.fixture(scope="session")
def site_url(built_site):
    """Serve the built site with `python -m http.server` on a free port of 127.0.0.1."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-u",
            "-m",
            "http.server",
            "0",
            "--bind",
            "127.0.0.1",
            "--directory",
            str(built_site),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 15)
        line = proc.stdout.readline() if ready else ""
        match = re.search(r"port (\d+)", line)
        if not match:
            raise RuntimeError(f"http.server did not start: {line!r}")
        yield f"http://127.0.0.1:{match.group(1)}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="session")
def base_url(site_url):
    """pytest-playwright passes this to new contexts, so page.goto("/blokken/...") works."""
    return site_url


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Make pytest-playwright's browser/context/page fixtures use Debian's Chromium."""
    if not os.path.exists(CHROMIUM):
        pytest.exit(f"{CHROMIUM} not found: run scripts/bootstrap --test", returncode=3)
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1280, "height": 800}, "locale": "nl-NL"}


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    """Screenshots stay after the run for a person to look at (test-results/ is wiped by
    pytest-playwright at every session start, so they go elsewhere)."""
    path = ROOT / "screenshots"
    path.mkdir(exist_ok=True)
    return path
