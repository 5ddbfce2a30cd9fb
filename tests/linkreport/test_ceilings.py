"""The two time limits: a linkchecker process that hangs is stopped, and the whole run
stops at its ceiling, reporting what it could not check instead of guessing."""

from __future__ import annotations

import sys

import pytest
from checkrun import html_site, run_check, write_config

import linkreport.scheduler

pytest_plugins = ["linkreport_fixtures"]
pytestmark = pytest.mark.usefixtures("offline")

SILENT_LINKCHECKER = """\
#!{python}
# Stands in for a linkchecker that hangs: starts its output, then never finishes.
import time

print('<?xml version="1.0" encoding="utf-8"?><linkchecker>', flush=True)
time.sleep(60)
"""


def test_a_hanging_linkchecker_process_is_killed_and_counts_as_a_timeout(tmp_path, monkeypatch):
    monkeypatch.setattr(linkreport.scheduler, "process_ceiling", lambda timeout: 1)
    fake = tmp_path / "linkchecker"
    fake.write_text(SILENT_LINKCHECKER.format(python=sys.executable))
    fake.chmod(0o755)
    site = html_site(tmp_path / "site", ["http://127.0.0.41:9/a", "http://127.0.0.42:9/b"])
    run = run_check(
        "--site",
        str(site),
        "--config",
        str(write_config(tmp_path)),
        "--linkchecker",
        str(fake),
        out=tmp_path / "out",
    )
    assert run.exit_code == 0
    assert {(r["category"], r["reason"], r["attempts"]) for r in run.report["references"]} == {
        ("watch", "timeout", 1)
    }
    assert run.report["run"]["duration_seconds"] < 10


def test_the_run_ceiling_reports_unfinished_links_as_not_checked(fake_web, tmp_path):
    slow, fine = f"http://{fake_web.hosts[3]}/traag", f"http://{fake_web.hosts[0]}/werkt"
    site = html_site(tmp_path / "site", [slow, fine])
    run = run_check(
        "--site",
        str(site),
        "--config",
        str(write_config(tmp_path, run_ceiling=0.8)),
        out=tmp_path / "out",
    )
    assert run.exit_code == 3
    hung = run.ref("/traag")
    assert (hung["category"], hung["reason"]) == ("unchecked", "unchecked-run-ceiling")
    assert hung["status"] == (
        "niet gecontroleerd: de tijdslimiet van de hele controle (0.8 s) was bereikt"
    )
    assert run.state["urls"][slow]["consecutive_failures"] == 0
    assert run.state["urls"][slow]["last_checked"] is None
    assert run.report["run"]["duration_seconds"] < 3
