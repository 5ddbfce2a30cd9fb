"""One MkDocs build with a stopwatch on every plugin and hook: what each one costs.

Run by bench_build.py, never by the real build: `python benchmarks/build_costs.py OUT.json
[mkdocs build options]`, in the project's folder. It runs `mkdocs build` in this process
with two patches in place, and writes to OUT.json the CPU seconds spent (of this process
and of the processes it waited for, such as `git log`; CPU time, so other work on a shared
machine counts less than with a wall clock):

- loading each plugin and hook (importing its modules, e.g. GitPython or jsonschema, and
  creating the plugin);
- in each plugin's and hook's event functions, per event, with the number of calls;
- in the whole build (from loading the configuration to the last file written).

What no plugin or hook accounts for is MkDocs, Markdown and the theme's templates.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.plugins import PluginCollection


def clock() -> float:
    """CPU seconds of this process (fine-grained) and of its finished child processes."""
    children = os.times()
    return time.process_time() + children.children_user + children.children_system


# name -> event ("load" for loading) -> [seconds, calls]
costs: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(lambda: [0.0, 0]))


def _add(name: str, event: str, seconds: float) -> None:
    entry = costs[name][event]
    entry[0] += seconds
    entry[1] += 1


def run_event(self, name, item=None, **kwargs):
    """PluginCollection.run_event (MkDocs 1.6) with a stopwatch around each method."""
    pass_item = item is not None
    for method in self.events[name]:
        origin = self._event_origins.get(method, "<unknown>")
        self._current_plugin = origin
        start = clock()
        try:
            result = method(item, **kwargs) if pass_item else method(**kwargs)
        finally:
            _add(origin, name, clock() - start)
        if result is not None:
            item = result
    self._current_plugin = None
    return item


_load_plugin = config_options.Plugins.load_plugin
_load_hook = config_options.Hooks._load_hook


def load_plugin(self, name, config):
    start = clock()
    try:
        return _load_plugin(self, name, config)
    finally:
        _add(name, "load", clock() - start)


def load_hook(self, name, path):
    start = clock()
    try:
        return _load_hook(self, name, path)
    finally:
        _add(name, "load", clock() - start)


def main() -> None:
    out = Path(sys.argv[1])
    PluginCollection.run_event = run_event
    config_options.Plugins.load_plugin = load_plugin
    config_options.Hooks._load_hook = load_hook
    from mkdocs.__main__ import cli

    start = clock()
    try:
        cli(["build", *sys.argv[2:]], standalone_mode=False)
    finally:
        total = clock() - start
        out.write_text(json.dumps({"total": total, "costs": costs}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
