"""Helpers of the link-check tests: the fake web and its routes, fixture sites
pointing at it, a short test config, and running scripts/check_links in-process.

The fixtures are in linkreport_fixtures.py.
"""

from __future__ import annotations

import json
import re
import shutil
import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from fakeweb import FakeWeb, Reply, by_phase, head_refused, redirect, refused_port

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
FIXTURE_SITE = HERE / "fixture_site"
OFFLINE_GUARD = HERE / "offline"
# Six loopback addresses = six hosts (A-F in the fixture site) for the per-host limits.
ADDRESSES = tuple(f"127.0.0.{n}" for n in range(11, 17))
TIMEOUT = 1  # linkchecker --timeout in the tests

ROBOTS = "User-agent: *\nDisallow: /prive/\n"


def routes() -> dict:
    return {
        # host A
        "/werkt": Reply(),
        "/weg": Reply(404),
        "/opgeheven": Reply(410),
        "/prive/weg": Reply(404),
        "/direct": Reply(),
        "/robots.txt": Reply(body=ROBOTS, headers={"Content-Type": "text/plain"}),
        # host B
        "/serverfout": Reply(500),
        "/wisselvallig": by_phase(p1=Reply(503), p2=Reply()),
        "/verbroken": Reply(reset=True),
        "/ongebruikt": Reply(),
        # host C
        "/oud": redirect(301, "/tussen"),
        "/tussen": redirect(301, "/nieuw"),
        "/nieuw": Reply(),
        "/tijdelijk": redirect(302, "/tijdelijk-2"),
        "/tijdelijk-2": redirect(302, "/doel"),
        "/doel": Reply(),
        "/rondje": redirect(302, "/rondje-b"),
        "/rondje-b": redirect(302, "/rondje"),
        # host D
        "/druk": Reply(429, headers={"Retry-After": "3600"}),
        "/verboden": Reply(403),
        "/traag": Reply(delay=TIMEOUT + 1.5),
        "/anker": Reply(body="<html><body><h2 id='inhoud'>Inhoud</h2></body></html>"),
        "/geen-head": head_refused(Reply()),
        # for the per-host limit: slow enough to overlap
        **{f"/langzaam-{n}": Reply(delay=0.4) for n in range(1, 7)},
    }


def make_site(target: Path, web: FakeWeb, template: Path = FIXTURE_SITE) -> Path:
    """Copy a fixture site to `target`, pointing its links at the fake web."""
    shutil.copytree(template, target)
    values = {f"@{name}@": host for name, host in zip("ABCDEF", web.hosts, strict=True)}
    values["@REFUSED@"] = f"127.0.0.1:{refused_port()}"
    for path in target.rglob("*"):
        if path.suffix in (".md", ".html"):
            text = path.read_text(encoding="utf-8")
            for key, value in values.items():
                text = text.replace(key, value)
            path.write_text(text, encoding="utf-8")
    return target


# The shipped configuration, with only its waiting times shortened so the suite stays fast:
# every threshold and status list the nightly job uses is exercised as it is shipped.
SHIPPED_CONFIG = ROOT / "linkcheck.toml"
PER_HOST = tomllib.loads(SHIPPED_CONFIG.read_text(encoding="utf-8"))["check"]["per_host"]
FAST_TIMINGS = {
    "timeout": TIMEOUT,
    "run_ceiling": 60,
    "backoff": 0.2,
    "backoff_max": 1.0,
    "lookup_timeout": 5,
}
PROBE_PATH = re.compile(r"^/[0-9a-f]{32}$")  # the per-site probe for soft 404s


def write_config(directory: Path, **check) -> Path:
    """linkcheck.toml for a test: the shipped file with FAST_TIMINGS, and `check` keyword
    arguments overriding further keys (each key must already be in the shipped file). The
    web archive is a port nobody listens on unless a test names one: no test reaches the
    real archive."""
    text = SHIPPED_CONFIG.read_text(encoding="utf-8")
    archive = {"base_url": f"http://127.0.0.1:{refused_port()}"}
    for key, value in {**FAST_TIMINGS, **archive, **check}.items():
        text, count = re.subn(
            rf"^{re.escape(key)} = .*$", f"{key} = {json.dumps(value)}", text, flags=re.M
        )
        assert count == 1, f"{key} is not (once) in {SHIPPED_CONFIG}"
    path = directory / "linkcheck.toml"
    path.write_text(text, encoding="utf-8")
    return path


def html_site(directory: Path, links: list[str]) -> Path:
    """A directory of plain built HTML (no Markdown, no Material): two pages that both
    link to every URL in `links`, plus links that are not external."""
    anchors = "\n".join(f'<p><a href="{url}">Link {n}</a></p>' for n, url in enumerate(links))
    for name in ("index.html", "sub/page.html"):
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            f"<html><body>{anchors}<a href='/intern/'>intern</a>"
            "<a href='mailto:a@b.invalid'>mail</a></body></html>"
        )
    return directory


@dataclass
class Run:
    exit_code: int
    report: dict | None
    markdown: str | None
    state: dict | None

    def ref(self, key: str) -> dict:
        """The reference whose path (and #fragment) is `key`, or whose URL contains it."""
        matches = [r for r in self.report["references"] if url_key(r["url"]) == key]
        matches = matches or [r for r in self.report["references"] if key in r["url"]]
        assert len(matches) == 1, f"{key}: {[r['url'] for r in matches]}"
        return matches[0]


def url_key(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"#{parts.fragment}" if parts.fragment else "")


def run_check(*args: str, out: Path) -> Run:
    from linkreport.cli import main

    code = main([*args, "--out", str(out), "--quiet"])
    report_path, md_path, state_path = (out / "report.json", out / "report.md", out / "state.json")
    return Run(
        code,
        json.loads(report_path.read_text()) if report_path.exists() else None,
        md_path.read_text() if md_path.exists() else None,
        json.loads(state_path.read_text()) if state_path.exists() else None,
    )
