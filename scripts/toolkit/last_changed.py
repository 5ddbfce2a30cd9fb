"""When each page last changed, from git, in one `git log` for the whole site.

Why: every page shows "Laatst gewijzigd" with a Dutch date, so readers know how current the
advice is. Asking git once per page (a process per page) cost more than building the page;
one `git log --name-only` over the docs folder gives the newest commit of every file at
once. A file git does not know (new, not yet committed) or a copy outside git gets the
build's date, so building a copy never fails. Pure functions over the git command; no MkDocs
import (hooks/last_changed.py puts the date on the page).
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from .git_start import git

MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip
COMMIT = "\x00"  # starts each commit's line in the log: its time, then its files


def commit_times(root: Path, folder: str) -> dict[str, dt.datetime]:
    """The newest commit time (UTC) of every file below `folder`, by path relative to root;
    empty outside git."""
    options = ["--format=%x00%ct", "--name-only", "--no-renames", "--relative"]
    log = git(root, "log", *options, "--", folder)  # %x00: git writes COMMIT
    return parse_log(log or "")


def parse_log(log: str) -> dict[str, dt.datetime]:
    """`git log --format=<NUL>%ct --name-only`, newest commit first: each file's first time."""
    times: dict[str, dt.datetime] = {}
    moment = None
    for line in log.splitlines():
        if line.startswith(COMMIT):
            moment = dt.datetime.fromtimestamp(int(line[1:]), tz=dt.UTC)
        elif line and moment is not None:
            times.setdefault(line, moment)
    return times


def dutch_date(day: dt.date) -> str:
    """'23 november 2026'."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def date_html(moment: dt.datetime) -> str:
    """The date as the page shows it, with the time (UTC) as its tooltip."""
    moment = moment.astimezone(dt.UTC)
    title = f"{dutch_date(moment)} {moment:%H:%M:%S} UTC"
    return f'<span class="tk-last-changed" title="{html.escape(title)}">{dutch_date(moment)}</span>'
