"""Python-Markdown extension: the reference catalogue and the glossary, for every page.

Why: every page links through the catalogue (`[tekst][naam]`, docs/_data/referenties.md) and
has its abbreviations explained from the glossary (docs/_data/afkortingen.md). Appending both
files to each page (pymdownx.snippets' auto_append) made every page parse their hundred lines
again, a third of the Markdown time of a build. This extension reads each file once per
version and hands its definitions to each page's parser, the way Python-Markdown would have
read them: references into `md.references`, abbreviations into the abbr extension, both
after the page's own blocks (so, as when appended, the shared definition wins).

A line that defines nothing (a reference or an abbreviation written wrongly) is appended to
the page as before: the reader would see it as text, and the content and rendered checks
name it at its line in its own file.

mkdocs.yml:  - toolkit.shared_definitions:SharedDefinitions:
                 files: [docs/_data/referenties.md, docs/_data/afkortingen.md]
(paths from the directory MkDocs runs in, as pymdownx.snippets' base_path). No MkDocs import.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from markdown import Extension, Markdown
from markdown.blockprocessors import ReferenceProcessor
from markdown.extensions.abbr import AbbrBlockprocessor, AbbrExtension
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from .source_text import read

EXTENSION = "toolkit.shared_definitions:SharedDefinitions"


@dataclass(frozen=True)
class Definitions:
    """What one file defines for every page, and its lines that define nothing."""

    references: dict[str, tuple[str, str | None]]  # name: (address, title)
    abbreviations: dict[str, str | None]  # None: the file takes the abbreviation back
    leftover: tuple[str, ...]


def parse(text: str) -> Definitions:
    """A file's definitions, line by line, with Python-Markdown's own patterns and rules."""
    references: dict[str, tuple[str, str | None]] = {}
    abbreviations: dict[str, str | None] = {}
    leftover = []
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped or (stripped.startswith("<!--") and stripped.endswith("-->")):
            continue  # (a note no reader sees: nothing to append)
        if reference := ReferenceProcessor.RE.match(line):
            link = reference.group(2).lstrip("<").rstrip(">")
            title = reference.group(5) or reference.group(6)
            references[reference.group(1).strip().lower()] = (link, title)
            continue
        abbreviation = AbbrBlockprocessor.RE.match(line)
        name = abbreviation["abbr"].strip() if abbreviation else ""
        meaning = abbreviation["title"].strip() if abbreviation else ""
        if name and meaning:
            abbreviations[name] = None if meaning in ("''", '""') else meaning
            continue
        leftover.append(line)
    return Definitions(references, abbreviations, tuple(leftover))


def read_definitions(path: Path) -> Definitions:
    """A file's definitions, parsed once per version of the file (one build converts every
    page with them; `mkdocs serve` sees an edit)."""
    if not path.is_file():  # the content checks say what is missing
        return Definitions({}, {}, ())
    stat = path.stat()
    return _read(str(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=16)
def _read(path: str, mtime_ns: int, size: int) -> Definitions:
    return parse(read(Path(path)))


def configured_files(mdx_configs: dict) -> list[str]:
    """The shared files as mkdocs.yml names them (for the hooks that check them)."""
    return list((mdx_configs or {}).get(EXTENSION, {}).get("files", []))


class _AppendLeftover(Preprocessor):
    """The lines that define nothing, at the end of the page, as auto_append put them."""

    def __init__(self, md: Markdown, files: list[Path]):
        super().__init__(md)
        self.files = files

    def run(self, lines: list[str]) -> list[str]:
        for path in self.files:
            leftover = read_definitions(path).leftover
            if leftover:
                lines = [*lines, "", *leftover]
        return lines


class _Define(Treeprocessor):
    """Before inline parsing: the shared references and abbreviations, over the page's own."""

    def __init__(self, md: Markdown, files: list[Path]):
        super().__init__(md)
        self.files = files

    def run(self, root) -> None:
        abbr = next((e for e in self.md.registeredExtensions if isinstance(e, AbbrExtension)), None)
        for path in self.files:
            definitions = read_definitions(path)
            self.md.references.update(definitions.references)
            if abbr is None:
                continue
            for name, meaning in definitions.abbreviations.items():
                if meaning is None:
                    abbr.abbrs.pop(name, None)
                else:
                    abbr.abbrs[name] = meaning


class SharedDefinitions(Extension):
    def __init__(self, **kwargs):
        self.config = {"files": [[], "Files whose definitions every page gets."]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        files = [Path(name) for name in self.getConfig("files")]
        md.registerExtension(self)
        # Before the other preprocessors, as pymdownx.snippets (32) appended; the references
        # before inline parsing (20), the abbreviations before the abbr extension (7).
        md.preprocessors.register(_AppendLeftover(md, files), "shared_leftover", 32)
        md.treeprocessors.register(_Define(md, files), "shared_definitions", 25)


def makeExtension(**kwargs):  # noqa: N802 (Python-Markdown's name)
    return SharedDefinitions(**kwargs)
