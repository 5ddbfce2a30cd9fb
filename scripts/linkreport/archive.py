"""The archived copy of a dead or changed reference, from a Wayback Machine.

`{archive}/web/{timestamp}/{url}` answers with a redirect to the snapshot nearest to the
timestamp, or 404 when there is none. One request per reference, redirects not followed,
all in parallel threads, and the whole lookup bounded by `timeout` seconds: a slow or
hanging archive costs at most that, and the report is written without its answers.
"""

from __future__ import annotations

import queue
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin

MAX_PARALLEL = 8


@dataclass
class ArchiveLookup:
    url: str
    status: str  # "found", "none" (no snapshot), "error", "timeout"
    archive_url: str | None = None
    detail: str = ""


def timestamp(stamp: str | None, now: datetime) -> str:
    moment = datetime.fromisoformat(stamp) if stamp else now
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y%m%d%H%M%S")


def lookup_all(
    wanted: dict[str, str], base: str, timeout: float, user_agent: str = ""
) -> dict[str, ArchiveLookup]:
    """`wanted`: URL -> Wayback timestamp. Every URL gets an answer, within `timeout`."""
    if not wanted:
        return {}
    results: queue.Queue = queue.Queue()
    todo: queue.Queue = queue.Queue()
    for item in wanted.items():
        todo.put(item)
    deadline = time.monotonic() + timeout

    def worker():
        while True:
            try:
                url, stamp = todo.get_nowait()
            except queue.Empty:
                return
            left = deadline - time.monotonic()
            if left <= 0:
                results.put(ArchiveLookup(url, "timeout"))
                continue
            results.put(lookup(url, stamp, base, left, user_agent))

    for _ in range(min(MAX_PARALLEL, len(wanted))):
        # Daemon threads: one stuck on a hanging archive never holds up the program's end.
        threading.Thread(target=worker, name="linkreport-archive", daemon=True).start()
    found: dict[str, ArchiveLookup] = {}
    while len(found) < len(wanted):
        left = deadline - time.monotonic()
        if left <= 0:
            break
        try:
            item = results.get(timeout=left)
        except queue.Empty:
            break
        found[item.url] = item
    for url in wanted:
        found.setdefault(
            url,
            ArchiveLookup(
                url, "timeout", detail=f"het archief antwoordde niet binnen {timeout:g} s"
            ),
        )
    return found


def lookup(url: str, stamp: str, base: str, timeout: float, user_agent: str = "") -> ArchiveLookup:
    import requests

    request_url = f"{base.rstrip('/')}/web/{stamp}/{url}"
    headers = {"User-Agent": user_agent or "Mozilla/5.0 (compatible; toolkit-linkreport)"}
    try:
        with requests.get(
            request_url,
            allow_redirects=False,
            stream=True,
            timeout=(timeout, timeout),
            headers=headers,
        ) as response:
            location = response.headers.get("Location")
            if response.is_redirect and location:
                return ArchiveLookup(url, "found", urljoin(request_url, location))
            if response.status_code == 200:
                return ArchiveLookup(url, "found", request_url)
            if response.status_code == 404:
                return ArchiveLookup(url, "none")
            return ArchiveLookup(url, "error", detail=f"status {response.status_code}")
    except Exception as exc:  # the archive failing never breaks the report
        kind = "timeout" if "imeout" in exc.__class__.__name__ else "error"
        return ArchiveLookup(url, kind, detail=exc.__class__.__name__)
