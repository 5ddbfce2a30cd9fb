"""One linkchecker process on a batch of URLs, its results streamed back as they come.

linkchecker is driven through its command line: `-r 0` checks exactly the URLs given, `-v`
logs every URL (also the fine ones, so each URL reports back), `-o xml` keeps the warning
tags (`http-redirected`, `http-rate-limited`) that the text and CSV outputs drop. The XML
logger flushes after each URL, so results are read while the process still runs: a host
gets its next request as soon as its previous one finished, not when the whole batch did.
Output goes to a pipe, not a file, because linkchecker run as root drops to user `nobody`
and could not write our files.
"""

from __future__ import annotations

import json
import os
import queue
import threading
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from .config import CheckSettings
from .linkchecker_launch import Launcher
from .page_text import INFO_PREFIX, PageText

PLUGIN_FOLDER = Path(__file__).with_name("lcplugins")


@dataclass
class UrlCheck:
    """What linkchecker said about one URL (or why it said nothing)."""

    url: str
    valid: bool = False
    result: str = ""  # e.g. "404 Not Found" or "ReadTimeout: ..."
    real_url: str = ""  # after redirects
    warnings: list[tuple[str | None, str]] = field(default_factory=list)  # (tag, message)
    infos: list[str] = field(default_factory=list)
    missing: str | None = None  # no result: "crash", "process-timeout" or "run-ceiling"
    detail: str = ""  # for a missing result: what went wrong, for the report
    attempts: int = 0
    page: PageText | None = None  # what the capture plugin read of the final page


@dataclass
class Finished:
    """A linkchecker process ended; `exceeded` when it ran past its ceiling."""

    returncode: int | None
    stderr_tail: str
    exceeded: bool


def write_rcfile(directory: Path, settings: CheckSettings, process_ceiling: int) -> Path:
    """A linkcheckerrc of our own, so no user config file changes the run."""
    lines = [
        "[checking]",
        # linkchecker's own stop, in case this script dies and leaves it running.
        f"maxrunseconds={process_ceiling}",
        "aborttimeout=5",
        "[filtering]",
        "checkextern=1",
    ]
    if settings.check_anchors:
        lines.append("[AnchorCheck]")
    # Title and text fingerprint of each page, from the body of linkchecker's own GET.
    lines.append("[LinkrotCapture]")
    install_plugin_folder(directory)
    path = directory / "linkcheckerrc"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    path.chmod(0o644)
    return path


def install_plugin_folder(home: Path) -> None:
    """linkchecker looks for plugins only in $XDG_DATA_HOME/linkchecker/plugins: point that
    at ours. It loads them after dropping to user nobody (when run as root), so nobody must
    be able to pass through `home`; it holds nothing secret (the rcfile, stderr logs)."""
    folder = home / "linkchecker" / "plugins"
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.parent.chmod(0o755)
    if not folder.is_symlink():
        folder.symlink_to(PLUGIN_FOLDER.resolve(), target_is_directory=True)
    home.chmod(0o711)


def arguments(rcfile: Path, urls: list[str], settings: CheckSettings) -> list[str]:
    """linkchecker's command line (without the program) for one batch of URLs."""
    cmd = [
        "-f",
        str(rcfile),
        "--no-status",
        "--verbose",
        "--output",
        "xml/utf-8",
        "--recursion-level",
        "0",
        "--threads",
        str(max(1, len(urls))),
        "--timeout",
        str(settings.timeout),
    ]
    if not settings.respect_robots:
        cmd.append("--no-robots")
    if settings.user_agent:
        cmd += ["--user-agent", settings.user_agent]
    return cmd + ["--", *urls]


class LinkcheckerProcess:
    """One running linkchecker. Posts ("result", self, UrlCheck) for each URL and
    ("finished", self, Finished) at the end to `events`."""

    def __init__(
        self,
        launcher: Launcher,
        args: list[str],
        stderr_path: Path,
        events: queue.Queue,
        ceiling: float,
    ):
        self.started = time.monotonic()
        self.kill_at = self.started + ceiling
        self.killed_for_time = False
        self._events = events
        self._stderr_path = stderr_path
        try:
            self._child = launcher.start(args, stderr_path)
        except Exception as exc:  # any failure to start is a crash of this batch, not ours
            self._child = None
            events.put(
                ("finished", self, Finished(None, f"kon linkchecker niet starten: {exc}", False))
            )
            return
        threading.Thread(target=self._read, name="linkchecker-reader", daemon=True).start()

    def kill(self, for_time: bool = False) -> None:
        if self._child is not None:
            self.killed_for_time = self.killed_for_time or for_time
            self._child.kill()

    def _read(self) -> None:
        parser = ET.XMLPullParser(events=("end",))
        broken = False
        while chunk := os.read(self._child.stdout_fd, 65536):
            if broken:
                continue  # keep draining so the child never blocks on a full pipe
            try:
                parser.feed(chunk)
                for _event, element in parser.read_events():
                    if element.tag == "urldata":
                        self._events.put(("result", self, parse_urldata(element)))
                        element.clear()
            except ET.ParseError:
                broken = True  # a killed process leaves half a document: the rest is lost
        returncode = self._child.wait()
        self._events.put(
            ("finished", self, Finished(returncode, self._tail(), self.killed_for_time))
        )

    def _tail(self, limit: int = 2000) -> str:
        try:
            with open(self._stderr_path, "rb") as handle:
                handle.seek(0, os.SEEK_END)
                handle.seek(max(0, handle.tell() - limit))
                text = handle.read().decode("utf-8", "replace")
        except OSError:
            return ""
        # linkchecker's "dropping privileges" notice is not news.
        lines = [line for line in text.splitlines() if "dropping privileges" not in line]
        return "\n".join(lines).strip()


def parse_urldata(element: ET.Element) -> UrlCheck:
    valid = element.find("valid")
    infos, page = [], None
    for info in element.iterfind("infos/info"):
        text = info.text or ""
        if text.startswith(INFO_PREFIX):
            page = _page(text[len(INFO_PREFIX) :])
        else:
            infos.append(text)
    return UrlCheck(
        url=(element.findtext("url") or "").strip(),
        valid=valid is not None and (valid.text or "").strip() == "1",
        result=valid.get("result", "") if valid is not None else "",
        real_url=(element.findtext("realurl") or "").strip(),
        warnings=[(w.get("tag"), w.text or "") for w in element.iterfind("warnings/warning")],
        infos=infos,
        page=page,
    )


def _page(record: str) -> PageText | None:
    try:
        data = json.loads(record)
        return None if "error" in data else PageText.from_wire(data)
    except (ValueError, TypeError, AttributeError):
        return None
