"""MkDocs hook: MkDocs' own link warnings in Dutch, with file and line.

Why: the strict build stops on a link to a heading that does not exist (and a few other
link mistakes) with an English warning that names only the page. This hook puts a logging
filter on the loggers that warn; the filter rewrites each link warning in the project's
form (toolkit/link_warnings.py). The level stays, so the strict build still stops.
"""

from __future__ import annotations

import logging
from pathlib import Path

from toolkit.git_start import changed_files
from toolkit.link_warnings import dutch_link_warning, heading_side

LOGGERS = ("mkdocs.structure.pages", "mkdocs.commands.build")


class DutchLinkWarnings(logging.Filter):
    def __init__(self, docs_dir: Path, docs_label: str, history: bool):
        super().__init__()
        self.docs_dir, self.docs_label, self.history = docs_dir, docs_label, history

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            message = record.getMessage()
            found = dutch_link_warning(message, self.docs_dir, self.docs_label)
            if found:
                # Without git history the heading's side is named too (either may have changed)
                other = (
                    None
                    if self.history
                    else heading_side(found, message, self.docs_dir, self.docs_label)
                )
                also = [other] if other else []
                # The text for the build's log; the objects for scripts/check-content.
                record.msg = "\n".join(str(item) for item in [found, *also])
                record.args, record.finding, record.also = (), found, also
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
        logger.addFilter(DutchLinkWarnings(docs_dir, label, changed_files(root) is not None))
    return config
