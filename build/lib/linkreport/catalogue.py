"""Read the Markdown sources: the reference catalogue and where each reference is used.

The site writes every external URL once, as a reference definition in the catalogue
(`[id]: https://url "Titel"`), and pages use it as `[tekst][id]`. So the places of a URL are
the lines that use its id. Inline links and autolinks with a URL are found too, so a page
that skips the catalogue still gets its places in the report.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

# CommonMark link reference definition: up to 3 spaces, [label]:, destination, optional title.
_DEFINITION = re.compile(
    r"""^\ {0,3}\[(?P<label>[^\]]+)\]:[ \t]*
        (?:<(?P<angled>[^>]*)>|(?P<bare>\S+))
        (?:[ \t]+(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|\((?P<pq>[^)]*)\)))?
        [ \t]*$""",
    re.VERBOSE,
)
# [text][id] or [id][] (the text may hold one level of brackets, e.g. [a [b]][id]).
_FULL_REFERENCE = re.compile(r"\[(?P<text>(?:[^\[\]]|\[[^\[\]]*\])*)\][ ]?\[(?P<id>[^\[\]]*)\]")
# [id] on its own: only a reference when the id is defined.
_SHORTCUT_REFERENCE = re.compile(r"(?<![\]\\])\[(?P<id>[^\[\]]+)\](?![\[(:])")
_INLINE_URL = re.compile(r"\]\(\s*<?(?P<url>https?://[^\s)>]+)")
_AUTOLINK = re.compile(r"<(?P<url>https?://[^\s>]+)>")
_HTML_HREF = re.compile(r"""\b(?:href|src)\s*=\s*["'](?P<url>https?://[^"']+)["']""")
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def normalize_label(label: str) -> str:
    """Reference ids match case-insensitively and with collapsed whitespace (CommonMark)."""
    return " ".join(label.split()).casefold()


@dataclass
class Definition:
    label: str
    url: str
    title: str | None
    source: str  # path shown to editors, e.g. docs/_data/referenties.md
    line: int


@dataclass
class Usage:
    source: str
    line: int
    page: str | None  # the built page, e.g. /blokken/scholing/


@dataclass
class Catalogue:
    definitions: dict[str, Definition] = field(default_factory=dict)  # normalized label ->
    usages_by_url: dict[str, list[Usage]] = field(default_factory=dict)

    def definitions_for(self, url: str) -> list[Definition]:
        return [d for d in self.definitions.values() if d.url == url]


def read_catalogue(docs_dir: Path, catalogue_path: str, shown_root: Path) -> Catalogue:
    """Parse the catalogue and every page under `docs_dir`; paths are shown relative to
    `shown_root` (the repository), as editors know them."""
    catalogue = Catalogue()
    catalogue_file = docs_dir / catalogue_path
    if catalogue_file.is_file():
        shown = _shown(catalogue_file, shown_root)
        for number, line in _content_lines(catalogue_file):
            match = _DEFINITION.match(line)
            if not match:
                continue
            url = (match["angled"] if match["angled"] is not None else match["bare"]).strip()
            if not url.lower().startswith(("http://", "https://")):
                continue  # e.g. the "[//]: # (comment)" idiom
            label = normalize_label(match["label"])
            title = match["dq"] or match["sq"] or match["pq"]
            # CommonMark: the first definition of a label wins.
            catalogue.definitions.setdefault(
                label, Definition(match["label"], url, title, shown, number)
            )

    for page_file in sorted(docs_dir.rglob("*.md")):
        if page_file == catalogue_file:
            continue
        shown = _shown(page_file, shown_root)
        page = page_for_source(page_file.relative_to(docs_dir))
        for number, line in _content_lines(page_file):
            for url in _urls_on_line(line, catalogue.definitions):
                catalogue.usages_by_url.setdefault(url, []).append(Usage(shown, number, page))
    return catalogue


def page_for_source(relative: Path) -> str:
    """docs-relative Markdown path -> the directory URL MkDocs builds it to."""
    parts = list(relative.with_suffix("").parts)
    if parts and parts[-1].lower() in ("index", "readme"):
        parts = parts[:-1]
    return "/" + "".join(f"{part}/" for part in parts)


def _urls_on_line(line: str, definitions: dict[str, Definition]) -> Iterator[str]:
    text = _CODE_SPAN.sub("", line)
    seen_spans: list[tuple[int, int]] = []
    for match in _FULL_REFERENCE.finditer(text):
        label = normalize_label(match["id"] or match["text"])
        seen_spans.append(match.span())
        if label in definitions:
            yield definitions[label].url
    for match in _SHORTCUT_REFERENCE.finditer(text):
        if any(start <= match.start() < end for start, end in seen_spans):
            continue
        label = normalize_label(match["id"])
        if label in definitions:
            yield definitions[label].url
    for pattern in (_INLINE_URL, _AUTOLINK, _HTML_HREF):
        for match in pattern.finditer(text):
            yield match["url"]


def _content_lines(path: Path) -> Iterator[tuple[int, str]]:
    """Numbered lines outside fenced code blocks."""
    fence = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        opening = _FENCE.match(line)
        if fence is None and opening:
            fence = opening.group(1)[0] * 3
            continue
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
            continue
        yield number, line


def _shown(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
