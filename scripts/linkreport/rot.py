"""Reference rot for one run: turn this night's pages, probes and history into verdicts
(gone behind a 200 or a redirect: dead; drifted content: changed), remarks and the
archived copies to offer. The pieces live in soft404.py, drift.py and archive.py; this
module only applies them, so cli.py stays a sequence of steps."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .archive import ArchiveLookup, lookup_all, timestamp
from .classify import _REDIRECT, Verdict
from .drift import DriftSettings, compare, fingerprint, shares_nothing
from .history import State, UrlHistory
from .inventory import Reference
from .linkchecker_process import UrlCheck
from .soft404 import HostProbe, judge


@dataclass
class RotInfo:
    """What the report says about a reference beyond its HTTP verdict."""

    drift: dict | None = None  # old/new title, similarity, last good sighting, since
    remarks: list[str] = field(default_factory=list)  # Dutch, shown once
    archive: ArchiveLookup | None = None
    archive_for: str | None = None  # the moment the archived copy should be near


def hops_of(check: UrlCheck) -> list[str]:
    return [
        m["url"]
        for tag, text in check.warnings
        if tag == "http-redirected" and (m := _REDIRECT.search(text))
    ]


def find_gone(
    checks: dict[str, UrlCheck], verdicts: dict[str, Verdict], probes: dict[str, HostProbe]
) -> None:
    """Pages that answer but are gone become dead, in `verdicts` (in place)."""
    for url, verdict in list(verdicts.items()):
        check = checks.get(url)
        if check is None or check.missing:
            continue
        gone = judge(url, verdict, check.page, hops_of(check), probes)
        if gone is not None:
            verdicts[url] = gone


def apply_drift(
    state: State,
    verdicts: dict[str, Verdict],
    checks: dict[str, UrlCheck],
    references: dict[str, Reference],
    now: datetime,
    settings: DriftSettings,
) -> dict[str, RotInfo]:
    """Record each well-answering page in the history; pages that drifted from their
    baseline become "changed" in `verdicts` (in place)."""
    stamp = now.isoformat(timespec="seconds")
    infos: dict[str, RotInfo] = {url: RotInfo() for url in verdicts}
    for url, verdict in verdicts.items():
        check = checks.get(url)
        page = check.page if check else None
        if verdict.category != "ok" or page is None:
            continue
        entry = state.urls.get(url)
        if entry is None:
            entry = state.urls[url] = UrlHistory(first_seen=stamp, last_seen=stamp)
        entry.latest = fingerprint(page, stamp)
        info = infos[url]
        if entry.baseline is None:
            entry.baseline = entry.latest
            entry.last_good, entry.changed_since = stamp, None
            ref = references.get(url)
            # A catalogue title is meant to name the page; a link text in a page only
            # counts when it says enough (two telling words, not "hier" or "website").
            if (
                ref
                and not entry.title_remark_given
                and shares_nothing(page.title or page.h1, ref.title, 1 if ref.ids else 2)
            ):
                entry.title_remark_given = True
                info.remarks.append(
                    f"De titel van de pagina (\u2018{page.title or page.h1}\u2019) heeft niets "
                    f"gemeen met de tekst in de catalogus (\u2018{ref.title}\u2019): "
                    "misschien wees deze verwijzing vanaf het begin naar de verkeerde pagina. "
                    "Dit wordt één keer gemeld."
                )
            continue
        drift = compare(entry.baseline, page, settings)
        if drift is None:
            entry.last_good, entry.changed_since = stamp, None
            continue
        entry.changed_since = entry.changed_since or stamp
        info.drift = {
            "old_title": drift.old_title,
            "new_title": drift.new_title,
            "title_changed": drift.title_changed,
            "text_changed": drift.text_changed,
            "text_similarity": drift.similarity,
            "last_good": entry.last_good or entry.baseline.get("seen"),
            "changed_since": entry.changed_since,
        }
        verdicts[url] = Verdict(
            "changed",
            "content-changed",
            _changed_status(drift),
            verdict.http_status,
            final_url=verdict.final_url,
        )
    return infos


def _changed_status(drift) -> str:
    parts = []
    if drift.title_changed:
        parts.append("een andere titel")
    if drift.text_changed:
        parts.append(f"een andere tekst (nog {round(drift.similarity * 100)}% hetzelfde)")
    return "de pagina werkt, maar de inhoud is veranderd: " + " en ".join(parts)


def add_archive(
    infos: dict[str, RotInfo],
    verdicts: dict[str, Verdict],
    state: State,
    now: datetime,
    base_url: str,
    timeout: float,
    user_agent: str = "",
) -> int:
    """Look up the archived copy of every dead and changed reference; the number of
    requests sent to the archive."""
    wanted = {}
    for url, verdict in verdicts.items():
        if verdict.category not in ("dead", "changed"):
            continue
        entry = state.urls.get(url)
        moment = None
        if entry:
            moment = entry.last_good or entry.last_success or entry.first_seen
        infos.setdefault(url, RotInfo()).archive_for = moment
        wanted[url] = timestamp(moment, now)
    for url, found in lookup_all(wanted, base_url, timeout, user_agent).items():
        infos[url].archive = found
    return len(wanted)
