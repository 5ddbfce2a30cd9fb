"""MkDocs hook: MkDocs' own link warnings in Dutch, with file and line.

Why: the strict build stops on a link to a heading that does not exist (and a few other
link mistakes) with an English warning that names only the page. This hook puts a logging
filter on the loggers that warn; the filter rewrites each link warning in the project's
form (toolkit/link_warnings.py). The level stays, so the strict build still stops.
"""

from __future__ import annotations

import logging
from pathlib import Path

from toolkit.link_warnings import dutch_link_warning

LOGGERS = ("mkdocs.structure.pages", "mkdocs.commands.build")


class DutchLinkWarnings(logging.Filter):
    def __init__(self, docs_dir: Path, docs_label: str):
        super().__init__()
        self.docs_dir, self.docs_label = docs_dir, docs_label

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            found = dutch_link_warning(record.getMessage(), self.docs_dir, self.docs_label)
            if found:
                # The text for the build's log; the object for scripts/check-content.
                record.msg, record.args, record.finding = str(found), (), found
        return True


def on_config(config):
    docs_dir = Path(config.docs_dir).resolve()
    root = Path(config.config_file_path).resolve().parent
    try:
        label = docs_dir.relative_to(root).as_posix() + "/"
    except ValueError:
        label = f"{docs_dir}/"
    for name in LOGGERS:  # once per build: `serve` loads the config again on every change
        logger = logging.getLogger(name)
        # By name: MkDocs imports the hook anew each time, so the class is a new object.
        for old in [item for item in logger.filters if type(item).__name__ == "DutchLinkWarnings"]:
            logger.removeFilter(old)
        logger.addFilter(DutchLinkWarnings(docs_dir, label))
    return config
