"""'Laatst gewijzigd' from one git log per build (toolkit/last_changed.py), against git asked
per file (what the date of each page must be), on repositories made by the test."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.last_changed import commit_times, date_html, dutch_date

FILES = ["docs/a.md", "docs/blokken/b.md", "docs/blokken/c d.md", "docs/_data/e.yml", "f.md"]


def git(repo: Path, *arguments: str, when: int | None = None) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org"}
    env |= {"GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    if when is not None:
        stamp = f"@{when} +0000"
        env |= {"GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp}
    done = subprocess.run(
        ["git", "-C", str(repo), *arguments], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


histories = st.lists(
    st.tuples(st.sets(st.sampled_from(FILES), min_size=1), st.integers(0, 10_000_000)),
    min_size=1,
    max_size=5,
)


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(history=histories)
def test_each_page_gets_the_time_git_gives_for_it_alone(tmp_path_factory, history):
    repo = tmp_path_factory.mktemp("repo")
    git(repo, "init", "-q", "-b", "main")
    start = 1_700_000_000
    for number, (files, later) in enumerate(history):
        for name in files:
            path = repo / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f"{number}\n", encoding="utf-8")
            git(repo, "add", name)
        git(repo, "commit", "-qm", f"c{number}", when=start + number * 10_000_000 + later)
    (repo / "docs").mkdir(exist_ok=True)  # a history may touch only files outside docs/
    (repo / "docs/nieuw.md").write_text("nog niet vastgelegd\n", encoding="utf-8")

    times = commit_times(repo, "docs")

    for name in FILES:  # the oracle: git asked about each file on its own
        alone = git(repo, "log", "-1", "--format=%ct", "--", name).strip()
        if not name.startswith("docs/") or not alone:
            assert name not in times
        else:
            assert times[name] == dt.datetime.fromtimestamp(int(alone), tz=dt.UTC), name
    assert "docs/nieuw.md" not in times  # not committed: the build's date is used


def test_outside_git_there_are_no_times(tmp_path):
    (tmp_path / "docs").mkdir()
    assert commit_times(tmp_path, "docs") == {}


def test_the_date_is_dutch_with_the_time_as_tooltip():
    moment = dt.datetime(2026, 3, 5, 9, 7, 1, tzinfo=dt.UTC)
    assert dutch_date(moment.date()) == "5 maart 2026"
    assert date_html(moment) == (
        '<span class="tk-last-changed" title="5 maart 2026 09:07:01 UTC">5 maart 2026</span>'
    )
    assert [dutch_date(dt.date(2026, month, 1)).split()[1] for month in (1, 8, 12)] == [
        "januari",
        "augustus",
        "december",
    ]
