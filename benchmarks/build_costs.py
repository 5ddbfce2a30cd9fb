"""One MkDocs build with a stopwatch on every plugin and hook: what each one costs.

Run by bench_build.py, never by the real build: `python benchmarks/build_costs.py OUT.json
[mkdocs build options]`, in the project's folder. It runs `mkdocs build` in this process
with two patches in place, and writes to OUT.json the CPU seconds spent (of this process
and of the processes it waited for, such as `git log`; CPU time, so other work on a shared
machine counts less than with a wall clock):

- loading each plugin and hook (importing its modules, e.g. GitPython or jsonschema, and
  creating the plugin);
- in each plugin's and hook's event functions, per event, with the number of calls;
- in MkDocs' two largest parts: converting each page's Markdown ("Markdown"), and rendering
  each page's theme template and writing it, and the theme's other files such as 404.html
  and the sitemap ("theme templates");
- in the whole build (from loading the configuration to the last file written).

Each figure is exclusive: time spent in a part measured inside another (a hook's event
inside the template rendering, say) counts for the inner part only. What nothing accounts
for is the rest of MkDocs (reading files, navigation, writing) and Python's start.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

from mkdocs.commands import build
from mkdocs.config import config_options
from mkdocs.plugins import PluginCollection
from mkdocs.structure.pages import Page

MARKDOWN = "MkDocs: Markdown"
TEMPLATES = "MkDocs: theme templates"


def clock() -> float:
    """CPU seconds of this process (fine-grained) and of its finished child processes."""
    children = os.times()
    return time.process_time() + children.children_user + children.children_system


# name -> event ("load" for loading) -> [seconds, calls]
costs: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(lambda: [0.0, 0]))


# The parts being timed, innermost last: [inner seconds so far]
_open: list[list[float]] = []


class _Stopwatch:
    """Exclusive CPU seconds of one part: its time less the parts timed inside it."""

    def __init__(self, name: str, event: str):
        self.name, self.event = name, event

    def __enter__(self):
        self.start = clock()
        _open.append([0.0])
        return self

    def __exit__(self, *exc):
        elapsed = clock() - self.start
        inner = _open.pop()[0]
        if _open:
            _open[-1][0] += elapsed
        entry = costs[self.name][self.event]
        entry[0] += elapsed - inner
        entry[1] += 1


def run_event(self, name, item=None, **kwargs):
    """PluginCollection.run_event (MkDocs 1.6) with a stopwatch around each method."""
    pass_item = item is not None
    for method in self.events[name]:
        origin = self._event_origins.get(method, "<unknown>")
        self._current_plugin = origin
        with _Stopwatch(origin, name):
            result = method(item, **kwargs) if pass_item else method(**kwargs)
        if result is not None:
            item = result
    self._current_plugin = None
    return item


_load_plugin = config_options.Plugins.load_plugin
_load_hook = config_options.Hooks._load_hook


_render_page = Page.render
_build_page = build._build_page
_build_template = build._build_template


def load_plugin(self, name, config):
    with _Stopwatch(name, "load"):
        return _load_plugin(self, name, config)


def load_hook(self, name, path):
    with _Stopwatch(name, "load"):
        return _load_hook(self, name, path)


def render_page(self, *args, **kwargs):
    with _Stopwatch(MARKDOWN, "page"):
        return _render_page(self, *args, **kwargs)


def build_page(*args, **kwargs):
    with _Stopwatch(TEMPLATES, "page"):
        return _build_page(*args, **kwargs)


def build_template(*args, **kwargs):
    with _Stopwatch(TEMPLATES, "theme file"):
        return _build_template(*args, **kwargs)


def main() -> None:
    out = Path(sys.argv[1])
    PluginCollection.run_event = run_event
    config_options.Plugins.load_plugin = load_plugin
    config_options.Hooks._load_hook = load_hook
    Page.render = render_page
    build._build_page = build_page
    build._build_template = build_template
    from mkdocs.__main__ import cli

    start = clock()
    try:
        cli(["build", *sys.argv[2:]], standalone_mode=False)
    finally:
        total = clock() - start
        out.write_text(json.dumps({"total": total, "costs": costs}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
