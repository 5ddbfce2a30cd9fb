"""Benchmark of the nightly link check on the real shape of the job, on loopback only.

150 unique URLs over 40 hosts (127.0.1.1-127.0.1.40, one server each), every answer
200 ms late, 5 URLs hanging past the timeout, linked 400 times from 30 pages. Runs
scripts/check_links (with linkcheck.toml, timeout overridden), bare linkchecker crawling
the same pages, and lychee with the same timeout and per-host limit, then prints for each
the wall time, its ratio to the ideal (the timeout plus one latency, the hanging URLs
overlapping), requests per unique URL, and the most requests one host had at once. For
scripts/check_links it also prints the extra requests of the reference-rot checks: one
probe per host (a path that cannot exist) and one archive look-up per dead or changed
reference (none here: the archive is a local port nobody listens on).

    .venv/bin/python benchmarks/bench_linkcheck.py [--timeout 5] [--skip-bare]

Not a test: numbers depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import socket
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "linkreport"))
from fakeweb import FakeWeb, Reply  # noqa: E402

HOSTS = 40
URLS = 150
HANGING = 5
PAGES = 30
LINKS = 400
LATENCY = 0.2
VENV = Path(sys.executable).parent
PROBE = re.compile(r"^/[0-9a-f]{32}$")  # check_links' per-host probe for soft 404s


def build_web(timeout: int) -> FakeWeb:
    routes = {f"/doc-{n}": Reply(delay=LATENCY) for n in range(URLS)}
    routes.update({f"/hang-{n}": Reply(delay=timeout + 3) for n in range(URLS)})
    addresses = [f"127.0.1.{n}" for n in range(1, HOSTS + 1)]
    return FakeWeb(routes, addresses).start()


def unique_urls(web: FakeWeb) -> list[str]:
    # Round-robin over the hosts; the hanging ones on five different hosts.
    hanging = set(random.Random(7).sample(range(URLS), HANGING))
    while len({n % HOSTS for n in hanging}) < HANGING:
        hanging = set(random.Random(len(hanging)).sample(range(URLS), HANGING))
    return [
        f"http://{web.hosts[n % HOSTS]}/{'hang' if n in hanging else 'doc'}-{n}"
        for n in range(URLS)
    ]


def write_site(directory: Path, urls: list[str]) -> None:
    """30 pages and an index linking them; 400 links, every URL used at least once."""
    rng = random.Random(42)
    links = urls + [rng.choice(urls) for _ in range(LINKS - len(urls))]
    rng.shuffle(links)
    directory.mkdir(parents=True)
    for page in range(PAGES):
        chosen = links[page::PAGES]
        body = "\n".join(f'<p><a href="{url}">Bron {i}</a></p>' for i, url in enumerate(chosen))
        (directory / f"pagina-{page}.html").write_text(
            f"<html><body><article>{body}</article></body></html>"
        )
    index = "\n".join(f'<a href="pagina-{p}.html">{p}</a>' for p in range(PAGES))
    (directory / "index.html").write_text(f"<html><body>{index}</body></html>")
    # Bare linkchecker drops to user nobody when run as root: it must read the pages.
    for path in (directory, *directory.iterdir()):
        path.chmod(0o755 if path.is_dir() else 0o644)
    directory.parent.chmod(0o755)


def _refused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def bench_config(directory: Path, timeout: int) -> tuple[Path, dict]:
    data = tomllib.loads((ROOT / "linkcheck.toml").read_text())
    data["check"]["timeout"] = timeout
    # Never the real web archive from a benchmark.
    data["archive"]["base_url"] = f"http://127.0.0.1:{_refused_port()}"
    lines = []
    for section in ("check", "retry", "classify", "state", "extract", "drift", "archive"):
        lines.append(f"[{section}]")
        lines += [f"{k} = {json.dumps(v)}" for k, v in data.get(section, {}).items()]
    path = directory / "linkcheck.toml"
    path.write_text("\n".join(lines) + "\n")
    return path, data


def timed(web: FakeWeb, cmd: list[str], env: dict | None = None) -> dict:
    web.reset_log()
    started = time.monotonic()
    result = subprocess.run(cmd, capture_output=True, text=True, env=env)
    wall = time.monotonic() - started
    counts = web.counts()
    probes = sum(n for (method, path), n in counts.items() if PROBE.match(path))
    gets = sum(n for (method, _), n in counts.items() if method == "GET") - probes
    return {
        "probes": probes,
        "wall": wall,
        "requests_per_url": gets / URLS,
        "max_per_url": max(counts.values()) if counts else 0,
        "max_in_flight": max(web.max_in_flight.values()) if web.max_in_flight else 0,
        "returncode": result.returncode,
        "stderr": result.stderr[-500:],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=int, default=5, help="per-request timeout (s)")
    parser.add_argument("--skip-bare", action="store_true", help="skip bare linkchecker")
    args = parser.parse_args()

    web = build_web(args.timeout)
    ideal = args.timeout + LATENCY
    rows = []
    try:
        with tempfile.TemporaryDirectory(prefix="bench-links-") as tmp:
            work = Path(tmp)
            urls = unique_urls(web)
            site = work / "site"
            write_site(site, urls)
            config, data = bench_config(work, args.timeout)
            per_host = data["check"]["per_host"]
            env = {**os.environ, "PYTHONPATH": str(ROOT / "tests" / "linkreport" / "offline")}

            ours = timed(
                web,
                [
                    str(ROOT / "scripts" / "check_links"),
                    "--site",
                    str(site),
                    "--no-docs",
                    "--config",
                    str(config),
                    "--out",
                    str(work / "out"),
                    "--quiet",
                ],
                env,
            )
            report = json.loads((work / "out" / "report.json").read_text())
            summary = report["summary"]
            rows.append(
                (
                    "scripts/check_links",
                    ours,
                    f"{report['run']['linkchecker_processes']} linkchecker processes; "
                    f"ok {summary['ok']}, watch {summary['watch']}; extra requests: "
                    f"{ours['probes']} probes ({len(web.hosts)} hosts), "
                    f"{report['run']['extra_requests']['archive']} archive",
                )
            )

            lychee = timed(
                web,
                [
                    str(VENV / "lychee"),
                    "--no-progress",
                    "--timeout",
                    str(args.timeout),
                    "--max-retries",
                    "0",
                    "--host-concurrency",
                    str(per_host),
                    "--host-request-interval",
                    "0ms",
                    str(site),
                ],
                env,
            )
            rows.append(("lychee (same timeout, per-host limit, no retries)", lychee, ""))

            if not args.skip_bare:
                bare = timed(
                    web,
                    [
                        str(VENV / "linkchecker"),
                        "--check-extern",
                        "--no-robots",
                        "--no-status",
                        "--timeout",
                        str(args.timeout),
                        "-o",
                        "none",
                        str(site / "index.html"),
                    ],
                    env,
                )
                rows.append(("bare linkchecker (crawls the 30 pages)", bare, ""))
    finally:
        web.stop()

    print(
        f"{URLS} URLs on {HOSTS} hosts, {LATENCY * 1000:.0f} ms latency, {HANGING} hanging, "
        f"{LINKS} links on {PAGES} pages; timeout {args.timeout} s; {os.cpu_count()} CPUs"
    )
    print(f"ideal (timeout + one latency): {ideal:.1f} s")
    print(f"{'run':52} {'wall s':>7} {'x ideal':>8} {'req/URL':>8} {'max/URL':>8} {'host max':>9}")
    print("(req/URL counts the references' own requests; the probes are listed apart)")
    for name, row, note in rows:
        print(
            f"{name:52} {row['wall']:7.1f} {row['wall'] / ideal:8.2f} "
            f"{row['requests_per_url']:8.2f} {row['max_per_url']:8d} "
            f"{row['max_in_flight']:9d}  {note}"
        )
    ok = (
        ours["returncode"] == 0
        and summary["ok"] == URLS - HANGING
        and summary["watch"] == HANGING
        and ours["probes"] <= HOSTS
    )
    if not ok:
        print(f"check_links did not classify as expected: {summary} {ours['stderr']}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
