"""Build speed: the project's strict build against plain Material on the same Markdown, how
the build grows with the number of block pages, and which plugin or hook costs what.

Run: .venv/bin/python benchmarks/bench_build.py [--sizes 0,150,1500] [--repeat 5] [--git]
     [--no-costs]

Prints, per size (extra generated block pages on top of the site):
- the strict build time of the project (hooks, macros, overrides) and of plain Material
  (same Markdown, no hooks, macros or overrides), and their ratio: wall-clock seconds and
  CPU seconds (user + system of the build and its child processes, less disturbed by other
  work on a shared machine), the fastest of --repeat builds (other work only adds time),
  the two builds taking turns, and the median CPU seconds for the spread;
- the CPU ratio of each round's two builds (run back to back, so at one moment of the
  machine) and their median, the steadier figure on a noisy machine;
- with --git, the copy of the project is a git repository, as in CI (without it,
  hooks/last_changed.py finds no history and every page gets the build date);
- what each plugin and hook costs in one more build of each (benchmarks/build_costs.py): CPU
  seconds to load it (its imports; a module imported by two hooks counts for the first)
  and in its event functions, and its share of the build; MkDocs' Markdown and templates
  too, each row beside plain Material's.
Run it on a tree whose byte code is current (scripts/bootstrap compiles it): where Python
may not write byte code, a module edited since is compiled again in every build.
Aims: the project's build costs at most 1.7x plain Material at the site's own 17 pages and
at most 1.5x at 167 and 1,517 pages; 1,500 blocks build in at most 12x the time of 150.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
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
COSTS_SCRIPT = Path(__file__).resolve().parent / "build_costs.py"
AIM = 1.5  # project / plain Material at 167 and 1,517 pages
AIM_SMALL = 1.7  # at the site's own 17 pages

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
            # With the hooks' byte code, as scripts/bootstrap leaves a checkout.
            shutil.copytree(source, project / name)
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


def commit_to_git(project: Path) -> None:
    """Put the copy under git (one commit), as the real build runs: hooks/last_changed.py
    then asks git for every page's date instead of falling back to the build date."""
    git = ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.invalid"]
    for command in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "bench"]):
        subprocess.run([*git, *command], cwd=project, check=True, capture_output=True)


def make_plain(project: Path) -> Path:
    """The same Markdown for plain Material: no hooks, macros, overrides or extra CSS."""
    plain = project.with_name(project.name + "-plain")
    shutil.copytree(project / "docs", plain / "docs")
    (plain / "mkdocs.yml").write_text(PLAIN_CONFIG, encoding="utf-8")
    index = plain / "docs/index.md"
    index.write_text(index.read_text(encoding="utf-8").replace(MACRO_CALL, ""), encoding="utf-8")
    return plain


def build_once(project: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one strict build of `project`."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    site = project / "site"
    shutil.rmtree(site, ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"build failed in {project}:\n{result.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def build_times(
    projects: list[Path], repeat: int
) -> tuple[list[tuple[float, float, float]], list[float]]:
    """Per project: the fastest wall and CPU seconds, and the median CPU seconds; and per
    round, the CPU ratio of the first project to the second. The projects take turns. On a
    shared machine other work only ever adds time (here the same build's CPU time varied by
    half from run to run): the fastest run is the best estimate of what a build itself
    costs (as timeit advises), but the two fastest runs may come from different moments of
    the machine. The two builds of one round run back to back, so their ratio shares the
    moment: the median of those paired ratios is the steadier figure for the aims."""
    runs: list[list[tuple[float, float]]] = [[] for _ in projects]
    for _ in range(repeat):
        for runs_of, project in zip(runs, projects, strict=True):
            runs_of.append(build_once(project))
    figures = [
        (
            min(w for w, _ in runs_of),
            min(c for _, c in runs_of),
            statistics.median(c for _, c in runs_of),
        )
        for runs_of in runs
    ]
    paired = [ours[1] / theirs[1] for ours, theirs in zip(runs[0], runs[-1], strict=True)]
    return figures, paired


def build_costs(project: Path) -> dict:
    """CPU seconds per plugin and hook in one build (benchmarks/build_costs.py)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    out = project / "build-costs.json"
    site = project / "site"
    shutil.rmtree(site, ignore_errors=True)
    command = [sys.executable, str(COSTS_SCRIPT), str(out), "--strict", "-q", "-d", str(site)]
    result = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"build failed in {project}:\n{result.stderr[-2000:]}")
    return json.loads(out.read_text(encoding="utf-8"))


def _rows(costs: dict) -> dict[str, tuple[float, float, str]]:
    """Per plugin, hook or part of MkDocs: (load seconds, event seconds, main events)."""
    rows = {}
    for name, events in costs.items():
        load = events.get("load", [0.0, 0])[0]
        spent = {event: value for event, value in events.items() if event != "load"}
        in_events = sum(seconds for seconds, _ in spent.values())
        main = sorted(spent.items(), key=lambda item: -item[1][0])[:2]
        detail = ", ".join(
            f"{event} {value[0]:.2f} s/{value[1]}" for event, value in main if value[0] >= 0.005
        )
        rows[name] = (load, in_events, detail)
    return rows


def print_costs(ours: dict, theirs: dict) -> None:
    """What each part costs in the project's build, beside the same part in plain Material's:
    the difference between the two builds is the sum of the differences of the rows."""
    total = ours["total"]
    print(
        f"  CPU seconds per part, one build each (project {total:.2f} s, "
        f"plain Material {theirs['total']:.2f} s):"
    )
    print(
        f"    {'':<34} {'load':>6} {'events':>7} {'total':>7} {'share':>6} {'plain':>7}"
        "  main events"
    )
    our_rows, their_rows = _rows(ours["costs"]), _rows(theirs["costs"])
    ordered = sorted(our_rows.items(), key=lambda item: -(item[1][0] + item[1][1]))
    for name, (load, in_events, detail) in ordered:
        plain = their_rows.get(name)
        plain_text = f"{plain[0] + plain[1]:7.2f}" if plain else f"{'-':>7}"
        print(
            f"    {name:<34} {load:6.2f} {in_events:7.2f} {load + in_events:7.2f} "
            f"{(load + in_events) / total:6.1%} {plain_text}  {detail}"
        )
    rest = total - sum(load + in_events for load, in_events, _ in our_rows.values())
    their_rest = theirs["total"] - sum(a + b for a, b, _ in their_rows.values())
    print(
        f"    {'the rest of MkDocs':<34} {'':>6} {'':>7} {rest:7.2f} {rest / total:6.1%} "
        f"{their_rest:7.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0,150,1500", help="extra block pages per run")
    parser.add_argument("--repeat", type=int, default=5, help="builds per figure (fastest)")
    parser.add_argument("--no-costs", action="store_true", help="skip the costs per hook")
    parser.add_argument(
        "--git", action="store_true", help="the project's copy under git (real page dates)"
    )
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]

    results: dict[int, tuple[tuple[float, float, float], tuple[float, float, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            project = make_project(Path(tmp), size)
            plain = make_plain(project)
            if args.git:
                commit_to_git(project)
            repeat = args.repeat if size < 1000 else 1
            (ours, theirs), paired = build_times([project, plain], repeat)
            results[size] = (ours, theirs)
            pages = len(list((project / "docs").rglob("*.md"))) - 1  # as the aims count them
            aim = AIM_SMALL if size == 0 else AIM
            ratio, cpu_ratio = ours[0] / theirs[0], ours[1] / theirs[1]
            print(
                f"site + {size:>5} blocks ({pages:>5} pages), fastest of {repeat}: project "
                f"{ours[0]:7.2f} s, plain Material {theirs[0]:7.2f} s, ratio {ratio:5.2f} "
                f"({'OK' if ratio <= aim else 'above'} the {aim:.2f} aim); CPU: project "
                f"{ours[1]:7.2f} s, plain {theirs[1]:7.2f} s, ratio {cpu_ratio:5.2f} "
                f"({'OK' if cpu_ratio <= aim else 'above'}); median CPU: project "
                f"{ours[2]:7.2f} s, plain {theirs[2]:7.2f} s, ratio {ours[2] / theirs[2]:5.2f}",
                flush=True,
            )
            steady = statistics.median(paired)
            print(
                f"  paired CPU ratio (the two builds of a round back to back): median "
                f"{steady:5.2f} ({'OK' if steady <= aim else 'above'} the {aim:.2f} aim), "
                f"rounds {' '.join(f'{ratio:.2f}' for ratio in paired)}",
                flush=True,
            )
            if not args.no_costs:
                print_costs(build_costs(project), build_costs(plain))
    if 150 in results and 1500 in results:
        for label, index in (("project", 0), ("plain Material", 1)):
            growth = results[1500][index][0] / results[150][index][0]
            verdict = "OK" if growth <= 12 else "above"
            print(f"growth 150 -> 1500 blocks, {label}: {growth:5.1f}x ({verdict} the 12x aim)")


if __name__ == "__main__":
    main()
