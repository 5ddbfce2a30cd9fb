"""MkDocs hook: "Laatst gewijzigd" on every page, from git history (toolkit/last_changed.py).

Why: readers judge advice by how current it is. Git is asked once per build for the newest
commit of every page; a page git does not know (new, or a copy of the project outside git)
gets the build's date. Material shows `page.meta.git_revision_date_localized` at the foot of
the page with its own "Laatst gewijzigd" label (partials/source-file.html).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from toolkit.last_changed import commit_times, date_html

_times: dict[str, dt.datetime] = {}
_build_time: list[dt.datetime] = []


def on_pre_build(config):
    root = Path(config.config_file_path).resolve().parent
    docs = Path(config.docs_dir).resolve()
    folder = docs.relative_to(root).as_posix() if docs.is_relative_to(root) else "."
    _times.clear()
    _times.update({str(root / path): moment for path, moment in commit_times(root, folder).items()})
    _build_time[:] = [dt.datetime.now(dt.UTC)]


def on_page_markdown(markdown, page, config, files):
    moment = _times.get(str(Path(page.file.abs_src_path).resolve()), _build_time[0])
    page.meta["git_revision_date_localized"] = date_html(moment)
    return markdown
