"""The history survives a kill, a crashing linkchecker, a full disk and an offline night,
and such a run says in its report that it could not check, instead of judging links."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from checkrun import ROOT, html_site, run_check, write_config

pytest_plugins = ["linkreport_fixtures"]
pytestmark = pytest.mark.usefixtures("offline")

BEFORE = "2026-11-19T03:00:00+00:00"


def _old_state(path: Path, urls: list[str]) -> bytes:
    """A state file from an earlier night: every URL failed once, on 19 November."""
    entry = {
        "first_seen": BEFORE,
        "last_seen": BEFORE,
        "last_checked": BEFORE,
        "last_success": None,
        "first_failure": BEFORE,
        "consecutive_failures": 1,
        "last_category": "watch",
        "last_reason": "http-5xx",
    }
    data = json.dumps(
        {"version": 1, "updated": BEFORE, "urls": dict.fromkeys(urls, entry)}, indent=2
    ).encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return data


def _live_processes_in_session(session: int, wait: float = 3.0) -> list[int]:
    """Processes (not zombies) of the runner's session: the runner, the fork server and the
    linkchecker processes all belong to it. Waits a little for them to go."""
    stop = time.monotonic() + wait
    while True:
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            state, sid = fields[0], int(fields[4])
            if sid == session and state != "Z":
                found.append(int(entry.name))
        if not found or time.monotonic() > stop:
            return found
        time.sleep(0.05)


def _start(site: Path, config: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [
            str(ROOT / "scripts/check_links"),
            "--site",
            str(site),
            "--config",
            str(config),
            "--out",
            str(out),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def _wait_for_first_request(fake_web, proc, limit=15.0) -> None:
    stop = time.monotonic() + limit
    while not fake_web.requests:
        assert proc.poll() is None, proc.stderr.read().decode()
        assert time.monotonic() < stop, "the check never reached the server"
        time.sleep(0.02)


def test_a_run_killed_midway_leaves_the_old_state_whole(fake_web, tmp_path):
    d = fake_web.hosts[3]
    urls = [f"http://{d}/traag", f"http://{fake_web.hosts[0]}/werkt"]
    site = html_site(tmp_path / "site", urls)
    out = tmp_path / "out"
    old = _old_state(out / "state.json", urls)
    fake_web.reset_log()
    proc = _start(site, write_config(tmp_path), out)
    _wait_for_first_request(fake_web, proc)
    os.killpg(proc.pid, signal.SIGKILL)  # the runner and its linkchecker processes
    proc.communicate(timeout=10)
    assert (out / "state.json").read_bytes() == old
    assert sorted(p.name for p in out.iterdir()) == ["state.json"]  # no report, no debris
    assert not _live_processes_in_session(proc.pid)


def test_a_terminated_run_stops_its_linkcheckers_and_keeps_the_state(fake_web, tmp_path):
    d = fake_web.hosts[3]
    urls = [f"http://{d}/traag"]
    site = html_site(tmp_path / "site", urls)
    out = tmp_path / "out"
    old = _old_state(out / "state.json", urls)
    fake_web.reset_log()
    proc = _start(site, write_config(tmp_path), out)
    _wait_for_first_request(fake_web, proc)
    proc.send_signal(signal.SIGTERM)  # only the runner, as a CI cancel may do
    proc.communicate(timeout=10)
    assert proc.returncode == 128 + signal.SIGTERM
    assert (out / "state.json").read_bytes() == old
    assert not _live_processes_in_session(proc.pid)


FAKE_LINKCHECKER = """\
#!{python}
# Stands in for linkchecker: answers for URLs with "antwoord" in them, then dies.
import sys

urls = sys.argv[sys.argv.index("--") + 1:]
print('<?xml version="1.0" encoding="utf-8"?><linkchecker>', flush=True)
for url in urls:
    if "antwoord" in url:
        print('<urldata><url>%s</url><realurl>%s</realurl><valid result="200 OK">1</valid>'
              '</urldata>' % (url, url), flush=True)
print("Traceback (most recent call last):\\nMemoryError: boom", file=sys.stderr)
sys.exit(70)
"""


def test_a_crashing_linkchecker_keeps_the_history_of_what_it_left(tmp_path):
    fake = tmp_path / "linkchecker"
    fake.write_text(FAKE_LINKCHECKER.format(python=sys.executable))
    fake.chmod(0o755)
    urls = [
        "http://127.0.0.21:9/antwoord",
        "http://127.0.0.22:9/pagina",
        "http://127.0.0.23:9/pagina",
    ]
    site = html_site(tmp_path / "site", urls)
    out = tmp_path / "out"
    _old_state(out / "state.json", urls)
    run = run_check(
        "--site",
        str(site),
        "--config",
        str(write_config(tmp_path)),
        "--linkchecker",
        str(fake),
        "--now",
        "2026-11-20T03:00:00+00:00",
        out=out,
    )
    summary = run.report["summary"]
    assert run.exit_code == 3 and run.report["run"]["complete"] is False
    assert (summary["ok"], summary["unchecked"], summary["dead"], summary["watch"]) == (1, 2, 0, 0)
    note = run.report["run"]["notes"][0]
    assert note.startswith("Deze controle is niet volledig: 2 van de 3 verwijzingen")
    assert "linkchecker stopte onverwacht (exitcode 70): MemoryError: boom" in note
    assert "> **Let op:** Deze controle is niet volledig:" in run.markdown
    for ref in run.report["references"]:
        entry = run.state["urls"][ref["url"]]
        if "antwoord" in ref["url"]:
            assert ref["category"] == "ok" and entry["consecutive_failures"] == 0
        else:
            assert ref["category"] == "unchecked"
            assert ref["attempts"] == 3  # first try + 2 retries
            assert (entry["first_failure"], entry["consecutive_failures"]) == (BEFORE, 1)
            assert entry["last_checked"] == BEFORE


def test_a_full_disk_keeps_the_old_state_and_says_so(fake_web, tmp_path, monkeypatch, capsys):
    import linkreport.atomic

    urls = [f"http://{fake_web.hosts[0]}/werkt"]
    site = html_site(tmp_path / "site", urls)
    out = tmp_path / "out"
    old = _old_state(out / "state.json", urls)
    real_fsync = os.fsync
    calls = []

    def full_disk_once(fd):
        calls.append(fd)
        if len(calls) == 1:  # the state file is written first
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_fsync(fd)

    monkeypatch.setattr(linkreport.atomic.os, "fsync", full_disk_once)
    run = run_check("--site", str(site), "--config", str(write_config(tmp_path)), out=out)
    assert run.exit_code == 4
    assert (out / "state.json").read_bytes() == old
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    assert "De geschiedenis kon niet worden opgeslagen" in run.markdown


def test_an_offline_night_declares_nothing_dead(tmp_path):
    # Every host refuses or does not resolve: the check machine, not the fake_web, is down.
    urls = [f"http://127.0.0.{n}:9/" for n in (31, 32, 33)]
    urls += ["http://een.invalid/", "http://twee.invalid/", "http://drie.invalid/"]
    site = html_site(tmp_path / "site", urls)
    out = tmp_path / "out"
    old = json.loads(_old_state(out / "state.json", urls))
    run = run_check("--site", str(site), "--config", str(write_config(tmp_path)), out=out)
    assert run.exit_code == 3
    assert run.report["summary"]["unchecked"] == 6 and run.report["summary"]["dead"] == 0
    assert {r["reason"] for r in run.report["references"]} == {"unchecked-network"}
    assert "het netwerk van de controle leek onbereikbaar (6 van de 6 links" in run.markdown
    for url in urls:
        entry, was = run.state["urls"][url], old["urls"][url]
        assert {k: entry[k] for k in ("first_failure", "consecutive_failures", "last_checked")} == {
            k: was[k] for k in ("first_failure", "consecutive_failures", "last_checked")
        }


def test_an_unreadable_state_is_kept_aside_not_overwritten(fake_web, tmp_path):
    site = html_site(tmp_path / "site", [f"http://{fake_web.hosts[0]}/werkt"])
    out = tmp_path / "out"
    out.mkdir()
    (out / "state.json").write_text("{ kapot")
    run = run_check("--site", str(site), "--config", str(write_config(tmp_path)), out=out)
    assert run.exit_code == 0
    assert (out / "state.json.onleesbaar").read_text() == "{ kapot"
    assert "was onleesbaar" in run.markdown
