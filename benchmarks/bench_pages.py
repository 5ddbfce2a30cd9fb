#!/usr/bin/env python3
"""Page budgets: Lighthouse scores, bytes and requests, against plain Material.

    .venv/bin/python benchmarks/bench_pages.py [--runs 3] [--keep]

Builds the site twice into a temporary folder: the toolkit as configured (mkdocs.yml) and
"plain Material" (the same Markdown with a minimal mkdocs.yml: theme material, the same
Markdown extensions, no hooks, macros, overrides or extra CSS). Serves both on 127.0.0.1
with gzip, as a static host would, and measures the home page, one block page and the
self-scan page with
Lighthouse (npm `lighthouse`, mobile profile, Debian Chromium; Chromium resolves no host
but 127.0.0.1, so nothing leaves the machine). Lighthouse is installed into
benchmarks/.node/ (git-ignored) on first use.

Budgets (the toolkit only; plain Material is printed for comparison):
  performance >= 98, accessibility = 100, best practices = 100, SEO = 100 (median of runs);
  first view of the home page and of a block page, side by side with plain Material in the
  same run: at most plain Material's requests, and at most its bytes plus the overview
  tiles' own markup (gzipped; the block page has no tiles); zero third-party requests.
Also prints every request of each first view, and what the forgiving search adds to the
search index (hooks/search_forms.py: the hidden forms, raw and gzipped), which the reader
loads only on opening the search (overrides/partials/search-lazy.html).
The self-scan module <= 15 KB with gzip (printed with its weight).
Prints every figure and which budgets hold; exits 1 if any does not. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import io
import json
import mimetypes
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parent.parent
NODE_DIR = ROOT / "benchmarks" / ".node"
LIGHTHOUSE_VERSION = "13.5.0"
LIGHTHOUSE = NODE_DIR / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
BUDGET = {"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100}
COMPRESSIBLE = (
    "text/",
    "application/javascript",
    "application/json",
    "image/svg+xml",
    "application/xml",
)
PAGES = {"home": "", "blok": "blokken/kernteam/", "scan": "zelfscan/"}
# The self-scan's module (docs/assets/javascripts/zelfscan.js): at most 15 KB with gzip (issue 17).
MODULE = "assets/javascripts/zelfscan.js"
MODULE_BUDGET_KB = 15


# A static host on 127.0.0.1 with gzip -------------------------------------------------------


class StaticHost(SimpleHTTPRequestHandler):
    """Files with gzip for text types, a short cache lifetime, and 404.html for misses."""

    _gzip_cache: dict[Path, bytes] = {}

    def log_message(self, format, *args):  # noqa: A002
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                self.send_header("Location", self.path.split("?")[0] + "/")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            path = path / "index.html"
        status = HTTPStatus.OK
        if not path.is_file():
            status, path = HTTPStatus.NOT_FOUND, Path(self.directory) / "404.html"
        body = path.read_bytes()
        ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype == "application/javascript":
            ctype += "; charset=utf-8"
        gzipped = "gzip" in self.headers.get("Accept-Encoding", "") and ctype.startswith(
            COMPRESSIBLE
        )
        if gzipped:
            if path not in self._gzip_cache:
                self._gzip_cache[path] = gzip.compress(body, compresslevel=6, mtime=0)
            body = self._gzip_cache[path]
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "public, max-age=600")
        self.send_header("Vary", "Accept-Encoding")
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        return io.BytesIO(body)


def serve(folder: Path, port: int) -> ThreadingHTTPServer:
    handler = functools.partial(StaticHost, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# The two builds ------------------------------------------------------------------------------


def build_toolkit(out: Path, site_url: str) -> None:
    env = {**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(out)],
        cwd=ROOT,
        env=env,
        check=True,
    )


def build_plain(work: Path, out: Path, site_url: str) -> None:
    """The same Markdown with Material's defaults: what the toolkit is measured against."""
    ours = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    extensions = []
    for ext in ours.get("markdown_extensions", []):
        if isinstance(ext, dict) and "pymdownx.snippets" in ext:
            options = dict(ext["pymdownx.snippets"])
            options["base_path"] = [str(ROOT / p) for p in options.get("base_path", [])]
            ext = {"pymdownx.snippets": options}
        extensions.append(ext)
    config = {
        "site_name": ours["site_name"],
        "site_url": site_url,
        "docs_dir": str(ROOT / "docs"),
        "exclude_docs": "_data/\n",
        "theme": {"name": "material"},
        "markdown_extensions": extensions,
    }
    (work / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(out)],
        cwd=work,
        env=env,
        check=True,
        stderr=subprocess.DEVNULL,
    )


class _Loader(yaml.SafeLoader):
    """mkdocs.yml uses !ENV; the plain build only needs the literal defaults."""


_Loader.add_constructor("!ENV", lambda loader, node: None)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/name:", lambda loader, suffix, node: None)


# Lighthouse ----------------------------------------------------------------------------------


def ensure_lighthouse() -> None:
    """npm install lighthouse into benchmarks/.node/ (git-ignored), once."""
    package = NODE_DIR / "node_modules" / "lighthouse" / "package.json"
    if package.is_file() and json.loads(package.read_text())["version"] == LIGHTHOUSE_VERSION:
        return
    NODE_DIR.mkdir(parents=True, exist_ok=True)
    (NODE_DIR / ".gitignore").write_text("*\n")
    print(f"npm install lighthouse@{LIGHTHOUSE_VERSION} into {NODE_DIR} ...", flush=True)
    subprocess.run(
        [
            "npm",
            "install",
            "--prefix",
            str(NODE_DIR),
            "--no-audit",
            "--no-fund",
            "--loglevel=error",
            f"lighthouse@{LIGHTHOUSE_VERSION}",
        ],
        check=True,
    )


def lighthouse(url: str, out: Path) -> dict:
    flags = (
        "--headless=new --no-sandbox --disable-gpu --no-first-run "
        "--host-resolver-rules='MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'"
    )
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={out}",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-path={CHROMIUM}",
            f"--chrome-flags={flags}",
        ],
        env=env,
        check=True,
        timeout=240,
    )
    return json.loads(out.read_text(encoding="utf-8"))


def summarise(report: dict, origin: str) -> dict:
    scores = {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}
    failing = sorted(
        audit_id
        for c in ("accessibility", "best-practices", "seo")
        for ref in report["categories"][c]["auditRefs"]
        if ref["weight"] > 0
        for audit_id in [ref["id"]]
        if (
            report["audits"][audit_id].get("score") is not None
            and report["audits"][audit_id]["score"] < 1
        )
    )
    requests = report["audits"]["network-requests"]["details"]["items"]
    own = urlsplit(origin).netloc
    third = [r["url"] for r in requests if urlsplit(r["url"]).netloc not in (own, "")]
    kinds: dict[str, int] = {}
    for r in requests:
        kinds[_kind(r)] = kinds.get(_kind(r), 0) + r.get("transferSize", 0)
    parts = [
        (urlsplit(r["url"]).path or r["url"], _kind(r), r.get("transferSize", 0)) for r in requests
    ]
    return {
        "parts": parts,
        "kinds": kinds,
        "search_requests": sum(1 for r in requests if _kind(r) == "search"),
        "scores": scores,
        "failing": failing,
        "requests": len(requests),
        "bytes": sum(r.get("transferSize", 0) for r in requests),
        "third_party": third,
        "lcp_ms": round(report["audits"]["largest-contentful-paint"]["numericValue"]),
        "tbt_ms": round(report["audits"]["total-blocking-time"]["numericValue"]),
    }


def _kind(request: dict) -> str:
    """What a request is for: the page, its styles, scripts, search (loaded by Material's
    search worker right after the page), or other (favicon, inline SVG icons)."""
    path = urlsplit(request["url"]).path
    if "/search/" in path or "/lunr/" in path or "/workers/search" in path:
        return "search"
    return {"Document": "html", "Stylesheet": "css", "Script": "js"}.get(
        request.get("resourceType"), "other"
    )


def median_run(url: str, origin: str, runs: int, work: Path) -> dict:
    results = [
        summarise(lighthouse(url, work / f"lh-{abs(hash((url, n)))}.json"), origin)
        for n in range(runs)
    ]
    best = sorted(results, key=lambda r: r["scores"]["performance"])[len(results) // 2]
    best["scores"] = {
        c: round(statistics.median(r["scores"][c] for r in results)) for c in CATEGORIES
    }
    best["performance_runs"] = [r["scores"]["performance"] for r in results]
    return best


# What the toolkit adds on purpose ------------------------------------------------------------

OVERVIEW = re.compile(rb'<nav class="tk-overview".*?</nav>', re.DOTALL)
HIDDEN_FORMS = re.compile(rb" ?<span hidden>[^<]*</span>")  # hooks/search_forms.py


def gzipped(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def tiles_markup(site: Path, path: str) -> int:
    """The gzipped bytes the overview tiles add to a page (0 where there are none)."""
    page = (site / path / "index.html").read_bytes()
    return gzipped(page) - gzipped(OVERVIEW.sub(b"", page))


def index_growth(site: Path) -> dict[str, int]:
    """The search index with and without the forgiving search's hidden forms."""
    index = (site / "search" / "search_index.json").read_bytes()
    bare = HIDDEN_FORMS.sub(b"", index)
    separator = json.loads(index)["config"]["separator"]
    return {
        "separator": len(separator.encode("utf-8")),
        "raw": len(index),
        "raw_added": len(index) - len(bare),
        "gzip": gzipped(index),
        "gzip_added": gzipped(index) - gzipped(bare),
    }


# Main ----------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page (median)")
    parser.add_argument("--keep", action="store_true", help="keep the builds and JSON reports")
    args = parser.parse_args()

    ensure_lighthouse()
    work = Path(tempfile.mkdtemp(prefix="bench-pages-"))
    servers = []
    try:
        sites, builds = {}, {}
        for name, build in (("toolkit", build_toolkit), ("plain", None)):
            port = free_port()
            origin = f"http://127.0.0.1:{port}/"
            out = work / name / "site"
            if build:
                build(out, origin)
            else:
                (work / name).mkdir(parents=True, exist_ok=True)
                build_plain(work / name, out, origin)
            servers.append(serve(out, port))
            sites[name], builds[name] = origin, out
            if build:
                module_kb = len(gzip.compress((out / MODULE).read_bytes(), 6, mtime=0)) / 1024
        print(f"Builds in {work}; served with gzip on {', '.join(sites.values())}\n", flush=True)
        tiles = {page: tiles_markup(builds["toolkit"], path) for page, path in PAGES.items()}
        growth = index_growth(builds["toolkit"])
        plain_index = index_growth(builds["plain"])

        results = {
            (site, page): median_run(origin + path, origin, args.runs, work)
            for site, origin in sites.items()
            for page, path in PAGES.items()
        }
    finally:
        for server in servers:
            server.shutdown()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    return report(results, args.runs, tiles, growth, plain_index, module_kb)


def report(
    results: dict, runs: int, tiles: dict, growth: dict, plain_index: dict, module_kb: float
) -> int:
    below = []
    print(f"{MODULE}: {module_kb:.1f} KB with gzip (budget {MODULE_BUDGET_KB} KB)\n")
    if module_kb > MODULE_BUDGET_KB:
        below.append(f"{MODULE}: {module_kb:.1f} KB > {MODULE_BUDGET_KB} KB with gzip")
    print(f"Lighthouse {LIGHTHOUSE_VERSION}, mobile profile, median of {runs} run(s)")
    header = (
        f"{'site':8} {'page':5} {'perf':>5} {'a11y':>5} {'bp':>5} {'seo':>5} "
        f"{'LCP ms':>7} {'TBT ms':>7} {'req':>4} {'KB':>6} {'3rd':>4}"
    )
    print(header)
    print("-" * len(header))
    for (site, page), r in results.items():
        s = r["scores"]
        print(
            f"{site:8} {page:5} {s['performance']:>5} {s['accessibility']:>5} "
            f"{s['best-practices']:>5} {s['seo']:>5} {r['lcp_ms']:>7} {r['tbt_ms']:>7} "
            f"{r['requests']:>4} {r['bytes'] / 1024:>6.1f} {len(r['third_party']):>4}"
        )
        if r["failing"]:
            print(f"{'':14} failing audits: {', '.join(r['failing'])}")
        if r["third_party"]:
            print(f"{'':14} third-party: {', '.join(sorted(set(r['third_party'])))}")
        print(f"{'':14} performance per run: {r['performance_runs']}")
        if site != "toolkit":
            continue
        for category, minimum in BUDGET.items():
            if s[category] < minimum:
                below.append(f"{page}: {category} {s[category]} < {minimum}")
        if r["third_party"]:
            below.append(f"{page}: {len(r['third_party'])} third-party request(s)")

    print(
        f"\nSearch index (loaded when the reader opens the search): toolkit "
        f"{growth['raw'] / 1024:.1f} KB raw, {growth['gzip'] / 1024:.1f} KB gzipped; the forgiving "
        f"search's forms add {growth['raw_added'] / 1024:.1f} KB raw, "
        f"{growth['gzip_added'] / 1024:.1f} KB gzipped; the separator with the compound splits "
        f"(hooks/search_compounds.py) is {growth['separator'] / 1024:.1f} KB raw. Plain Material: "
        f"{plain_index['raw'] / 1024:.1f} KB raw, {plain_index['gzip'] / 1024:.1f} KB gzipped."
    )
    kinds = ("html", "css", "js", "search", "other")
    for page in PAGES:
        ours, plain = results[("toolkit", page)], results[("plain", page)]
        print(f"\n{page}: first view, every request (KB transferred)")
        for name, r in (("toolkit", ours), ("plain", plain)):
            inline = sum(1 for path, _, _ in r["parts"] if path.startswith(("data:", "image/")))
            print(
                f"  {name}: {r['bytes'] / 1024:.1f} KB in {r['requests']} requests "
                f"({inline} of them data: URLs of icons, which need no network)"
            )
            for path, kind, size in r["parts"]:
                print(f"    {kind:6} {size / 1024:6.1f}  {path}")
        print(
            "  KB by kind, toolkit vs plain: "
            + ", ".join(
                f"{k} {ours['kinds'].get(k, 0) / 1024:.1f} vs {plain['kinds'].get(k, 0) / 1024:.1f}"
                for k in kinds
            )
        )
        allowed = plain["bytes"] + tiles[page]
        holds = ours["requests"] <= plain["requests"]
        print(
            f"  budget requests: toolkit {ours['requests']} <= plain {plain['requests']}: "
            f"{'holds' if holds else 'DOES NOT HOLD'}"
        )
        if not holds:
            below.append(f"{page}: {ours['requests']} requests > plain {plain['requests']}")
        holds = ours["bytes"] <= allowed
        print(
            f"  budget bytes: toolkit {ours['bytes'] / 1024:.1f} KB <= plain "
            f"{plain['bytes'] / 1024:.1f} KB + tiles {tiles[page] / 1024:.1f} KB = "
            f"{allowed / 1024:.1f} KB: {'holds' if holds else 'DOES NOT HOLD'}"
        )
        if not holds:
            below.append(
                f"{page}: {ours['bytes'] / 1024:.1f} KB > {allowed / 1024:.1f} KB "
                "(plain Material + tiles)"
            )
    if below:
        print("\nBelow budget:\n  " + "\n  ".join(below))
        return 1
    print("\nAll budgets met.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
