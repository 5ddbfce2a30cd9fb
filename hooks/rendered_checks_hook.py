"""MkDocs hook: stop the build when a page shows raw syntax or unsafe HTML to its readers.

Why: the source checks (hooks/content_checks_hook.py) only find mistakes someone foresaw;
what reaches the reader is the rendered HTML. After each page is rendered, this hook reads
its content (toolkit/rendered_checks.py) and collects every finding; before any page is
written (`on_env`), it stops the build with one Dutch list of them, file and line each.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from toolkit.content_checks import Source, report
from toolkit.rendered_checks import check_rendered
from toolkit.source_text import read

_findings: list = []


def on_pre_build(config):
    _findings.clear()


def on_page_content(html, page, config, files):
    root = Path(config.config_file_path).resolve().parent
    label = Path(page.file.abs_src_path).resolve().relative_to(root).as_posix()
    source = Source(label, page.file.src_uri, read(Path(page.file.abs_src_path)))
    _findings.extend(check_rendered(html, source))
    return html


def on_env(env, config, files):
    if _findings:
        raise PluginError(report(_findings))
    return env
