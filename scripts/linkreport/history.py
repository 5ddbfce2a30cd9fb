"""The state file: per URL, since when it fails, when it last worked, how many runs in a row
it failed. It is the one source of truth for "new", "still dead since" and "recovered"
(linkchecker's `failures` output is not used: it counts per page and URL pair, and only
for the URLs of one process).

Only a verdict from a real answer changes a URL's history. Unverifiable, ignored and
unchecked URLs keep theirs, so a night without network declares nothing dead or fine.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from .atomic import write_atomic
from .classify import FAILURE, SUCCESS, Verdict

STATE_VERSION = 1


@dataclass
class UrlHistory:
    first_seen: str
    last_seen: str  # last run the site still used the URL
    last_checked: str | None = None  # last run with a verdict from an answer
    last_success: str | None = None
    first_failure: str | None = None  # start of the current run of failures
    consecutive_failures: int = 0
    last_category: str | None = None
    last_reason: str | None = None
    # Reference rot (drift.py): what the page was when it first answered well (title, text
    # sketch, date), what it was at the last check, the last night it still matched its
    # baseline, since when it differs, and whether the editors heard once that its title
    # shares nothing with the catalogue's text.
    baseline: dict | None = None
    latest: dict | None = None
    last_good: str | None = None
    changed_since: str | None = None
    title_remark_given: bool = False


@dataclass
class State:
    urls: dict[str, UrlHistory] = field(default_factory=dict)
    updated: str | None = None


@dataclass
class Change:
    """How this run moved a URL's history, for the report."""

    # "new", "ongoing", "recovered" or None. For a dead URL, "new" means dead since this run
    # (also a watched link that failed its last allowed night); for others, failing since it.
    label: str | None
    history: UrlHistory
    failed_since: str | None  # first failure of the streak that just ended (recovered)
    promoted: bool = False  # a "watch" that failed often enough to count as dead


class StateError(Exception):
    pass


def load_state(path: Path) -> tuple[State, str | None]:
    """The saved state, and a note for the report if it had to start over."""
    if not path.exists():
        return State(), None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("version") != STATE_VERSION:
            raise ValueError(f"onbekende versie {data.get('version')!r}")
        urls = {url: UrlHistory(**entry) for url, entry in data["urls"].items()}
        return State(urls, data.get("updated")), None
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
        # Keep the unreadable file for a person to look at; never overwrite it.
        kept = path.with_name(path.name + ".onleesbaar")
        try:
            path.replace(kept)
        except OSError as move_error:
            raise StateError(
                f"geschiedenis {path} is onleesbaar ({exc}) en kon niet opzij worden gezet "
                f"({move_error})"
            ) from exc
        return State(), (
            f"De geschiedenis in {path} was onleesbaar ({exc}); hij is bewaard als {kept} "
            "en deze controle begint opnieuw te tellen."
        )


def save_state(path: Path, state: State) -> None:
    data = {
        "version": STATE_VERSION,
        "updated": state.updated,
        "urls": {url: asdict(entry) for url, entry in sorted(state.urls.items())},
    }
    write_atomic(path, (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode())


def apply_run(
    state: State,
    verdicts: dict[str, Verdict],
    now: datetime,
    dead_after_runs: int,
    forget_after_days: int,
) -> dict[str, Change]:
    """Fold this run's verdicts into `state` (in place); watch verdicts that failed often
    enough become dead in `verdicts` too."""
    stamp = now.isoformat(timespec="seconds")
    changes = {}
    for url, verdict in verdicts.items():
        entry = state.urls.get(url) or UrlHistory(first_seen=stamp, last_seen=stamp)
        state.urls[url] = entry
        entry.last_seen = stamp
        before_failures, before_since = entry.consecutive_failures, entry.first_failure
        was_dead = entry.last_category == "dead"
        label, failed_since, promoted = None, None, False
        if verdict.category in SUCCESS:
            if before_failures:
                label, failed_since = "recovered", before_since
            entry.last_success = stamp
            entry.first_failure = None
            entry.consecutive_failures = 0
        elif verdict.category in FAILURE:
            entry.consecutive_failures += 1
            entry.first_failure = entry.first_failure or stamp
            if verdict.category == "watch" and entry.consecutive_failures >= dead_after_runs:
                verdict.category = "dead"
                promoted = True
            if verdict.category == "dead":
                label = "ongoing" if was_dead else "new"
            else:
                label = "new" if entry.consecutive_failures == 1 else "ongoing"
        if verdict.category not in ("unchecked", "ignored"):
            entry.last_checked = stamp
            entry.last_category = verdict.category
            entry.last_reason = verdict.reason
        changes[url] = Change(label, entry, failed_since, promoted)
    forget_before = now - timedelta(days=forget_after_days)
    for url in [u for u, e in state.urls.items() if u not in verdicts]:
        if datetime.fromisoformat(state.urls[url].last_seen) < forget_before:
            del state.urls[url]
    state.updated = stamp
    return changes
