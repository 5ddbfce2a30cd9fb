"""Build speed: the project's strict build against plain Material on the same Markdown, and
how the build grows with the number of block pages.

Run: .venv/bin/python benchmarks/bench_build.py [--sizes 0,150,1500] [--repeat 3]

Prints, per size (extra generated block pages on top of the site): the strict build time of
the project (hooks, macros, overrides), of plain Material (same Markdown, no hooks, macros
or overrides), their ratio, and the growth from 150 to 1,500 pages. Aims: the project's
additions cost at most 20% on top of plain Material; 1,500 pages build in at most 12x the
time of 150.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT_PARTS = ("mkdocs.yml", "docs", "hooks", "overrides")
SAMPLE_BLOCK = "blokken/zorgpaden.md"
MACRO_CALL = "{{ blokken_overzicht() }}"

PLAIN_CONFIG = """\
site_name: Toolkit (plain Material)
site_url: https://example.invalid/
theme:
  name: material
  language: nl
  font: false
  features: [navigation.footer, navigation.indexes, navigation.top, search.highlight]
exclude_docs: |
  _data/
plugins:
  - search:
      lang: nl
markdown_extensions:
  - abbr
  - admonition
  - attr_list
  - md_in_html
  - toc:
      permalink: true
  - pymdownx.details
  - pymdownx.snippets:
      base_path: [docs/_data]
      auto_append: [referenties.md]
  - pymdownx.superfences
"""


def make_project(workdir: Path, extra_blocks: int) -> Path:
    """A copy of the project with `extra_blocks` generated block pages in its data file."""
    project = workdir / f"project-{extra_blocks}"
    project.mkdir()
    for name in PROJECT_PARTS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, project / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, project / name)
    docs = project / "docs"
    sample = (docs / SAMPLE_BLOCK).read_text(encoding="utf-8")
    heading = next(line for line in sample.splitlines() if line.startswith("# "))
    entries = []
    for number in range(1, extra_blocks + 1):
        title = f"Gegenereerd blok {number}"
        page = f"blokken/gegenereerd-{number}.md"
        (docs / page).write_text(sample.replace(heading, f"# {title}", 1), encoding="utf-8")
        entries.append(
            f"\n  - id: gegenereerd-{number}\n    titel: {title}\n"
            f"    kernpunten:\n      - id: k{900 + number}-voorbeeldpunt\n"
            f"        tekst: Voorbeeldpunt\n    pagina: {page}\n"
            f"    volgorde: {100 + number}\n"
        )
    with (docs / "_data/blokken.yml").open("a", encoding="utf-8") as data:
        data.write("".join(entries))
    return project


def make_plain(project: Path) -> Path:
    """The same Markdown for plain Material: no hooks, macros, overrides or extra CSS."""
    plain = project.with_name(project.name + "-plain")
    shutil.copytree(project / "docs", plain / "docs")
    (plain / "mkdocs.yml").write_text(PLAIN_CONFIG, encoding="utf-8")
    index = plain / "docs/index.md"
    index.write_text(index.read_text(encoding="utf-8").replace(MACRO_CALL, ""), encoding="utf-8")
    return plain


def build_seconds(project: Path, repeat: int) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    times = []
    for _ in range(repeat):
        site = project / "site"
        shutil.rmtree(site, ignore_errors=True)
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
            cwd=project,
            env=env,
            capture_output=True,
            text=True,
        )
        times.append(time.perf_counter() - start)
        if result.returncode != 0:
            raise SystemExit(f"build failed in {project}:\n{result.stderr[-2000:]}")
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0,150,1500", help="extra block pages per run")
    parser.add_argument("--repeat", type=int, default=3, help="builds per figure (median)")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]

    results: dict[int, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            project = make_project(Path(tmp), size)
            plain = make_plain(project)
            repeat = args.repeat if size < 1000 else 1
            ours, theirs = build_seconds(project, repeat), build_seconds(plain, repeat)
            results[size] = (ours, theirs)
            pages = len(list((project / "docs").rglob("*.md"))) - 1  # minus the catalogue
            print(
                f"site + {size:>5} blocks ({pages:>5} pages): project {ours:7.2f} s, "
                f"plain Material {theirs:7.2f} s, ratio {ours / theirs:5.2f} "
                f"({'OK' if ours / theirs <= 1.2 else 'above'} the 1.20 aim)",
                flush=True,
            )
    if 150 in results and 1500 in results:
        for label, index in (("project", 0), ("plain Material", 1)):
            growth = results[1500][index] / results[150][index]
            verdict = "OK" if growth <= 12 else "above"
            print(f"growth 150 -> 1500 blocks, {label}: {growth:5.1f}x ({verdict} the 12x aim)")


if __name__ == "__main__":
    main()
