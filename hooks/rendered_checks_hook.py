"""MkDocs hook: stop the build when a page loses words, shows raw syntax or has unsafe HTML.

Why: the source checks (hooks/content_checks_hook.py) only find mistakes someone foresaw;
what reaches the reader is the rendered HTML. After each page is rendered, this hook holds
it against its source (toolkit/rendered_checks.py) and collects every finding; before any
page is written (`on_env`), it stops the build with one Dutch list of them. A mistake in a
file the page shows (the catalogue, the glossary, the data file) is reported in that file.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from toolkit.content_checks import load_source
from toolkit.findings import FindingsError, report, unique
from toolkit.macro_checks import renders_macros
from toolkit.rendered_checks import Origin, check_rendered
from toolkit.shared_definitions import configured_files
from toolkit.source_text import read

DATA_FILE = "_data/blokken.yml"  # below docs/: what the macros render into a page

_findings: list = []
_shown_files: dict[str, list[Origin]] = {}


def on_config(config):
    """The files every page shows besides its own text, read once per build."""
    root = Path(config.config_file_path).resolve().parent
    shared = [(root / name).resolve() for name in configured_files(config.mdx_configs)]
    appended = [_origin(path, root) for path in shared if path.is_file()]
    data_file = Path(config.docs_dir).resolve() / DATA_FILE
    _shown_files["all"] = appended
    _shown_files["macros"] = [_origin(data_file, root)] if data_file.is_file() else []
    return config


def on_pre_build(config):
    _findings.clear()


def on_page_content(html, page, config, files):
    root = Path(config.config_file_path).resolve().parent
    source = load_source(Path(page.file.abs_src_path), root, page.file.src_uri)
    plugin = config.plugins.get("macros")
    macros = bool(plugin) and renders_macros(source, plugin.config["render_by_default"])
    others = [*_shown_files.get("all", []), *(_shown_files.get("macros", []) if macros else [])]
    _findings.extend(check_rendered(html, source, others, renders_macros=macros))
    return html


def on_env(env, config, files):
    if _findings:
        findings = unique(_findings)
        raise PluginError(report(findings)) from FindingsError(findings)
    return env


def _origin(path: Path, root: Path) -> Origin:
    try:
        label = path.relative_to(root).as_posix()
    except ValueError:
        label = path.as_posix()
    return Origin(label, read(path).split("\n"))
