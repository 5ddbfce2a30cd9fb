"""A heading whose address other pages link to ('blok.md#kop') no longer has that address.

Why: a heading's address comes from its text, or from `{ #adres }` behind it. An editor who
rewords the heading, edits or drops the `{ #... }`, or deletes the heading, breaks every
link to it; MkDocs names those links on the other pages, which the editor did not touch.
Compared with the page where this change started (git), the heading is named where the
editor changed it, with the line that keeps the links working. The addresses are read from
the page as Python-Markdown renders it (`render`), not guessed from the source.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from posixpath import dirname, normpath

from .content_checks import INLINE_LINK, Source, headings
from .findings import Finding, finding

HEADING_ID = re.compile(r"<h[1-6]\b[^>]*\bid=\"([^\"]+)\"")
ATTRIBUTES = re.compile(r"\s*\{\s*#(?P<id>[^\s}]+)(?P<rest>[^}]*)\}\s*$")


def check_removed_anchors(
    sources: list[Source],
    changed: set[str] | frozenset[str],
    at_start: Callable[[str], str | None],
    render: Callable[[str], str],
) -> list[Finding]:
    """For each changed page: the heading addresses it had at the start and lost, that a
    page links to now. `render` turns a page's Markdown (no front matter) into HTML."""
    findings = []
    links: dict[tuple[str, str], list[tuple[str, int]]] | None = None
    for source in sources:
        if source.label not in changed:
            continue
        text = at_start(source.label)
        if text is None:
            continue
        before = Source(source.label, source.uri, text)
        old = headings(before)
        new = headings(source)
        if [h[:3] for h in old] == [h[:3] for h in new] and _same_lines(before, source, old):
            continue  # the headings were not touched
        old_ids = _ids(before, render)
        new_ids = set(_ids(source, render))
        for index, anchor in enumerate(old_ids):
            if anchor in new_ids:
                continue
            if links is None:
                links = _anchor_links(sources)
            users = links.get((source.uri, anchor))
            if users:
                findings.append(_named(source, before, old, new, index, anchor, users))
    return findings


def _same_lines(before: Source, now: Source, found: list) -> bool:
    return all(before.lines[line - 1] == now.lines[line - 1] for line, *_ in found)


def _ids(source: Source, render: Callable[[str], str]) -> list[str]:
    body = "\n".join(source.lines[source.front_matter.end :])
    return HEADING_ID.findall(render(body))


def _anchor_links(sources: list[Source]) -> dict[tuple[str, str], list[tuple[str, int]]]:
    """(page, anchor) -> the places that link to it, from every page's inline links."""
    found: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for source in sources:
        for number, line in enumerate(source.prose, start=1):
            if "#" not in line:
                continue
            for match in INLINE_LINK.finditer(line):
                path, _, anchor = match["target"].strip("<>").partition("#")
                if not anchor or ":" in path:
                    continue
                page = normpath(f"{dirname(source.uri)}/{path}".lstrip("/")) if path else source.uri
                found.setdefault((page, anchor), []).append((source.label, number))
    return found


def _named(
    source: Source, before: Source, old: list, new: list, index: int, anchor: str, users: list
) -> Finding:
    where = ", ".join(f"{label} regel {line}" for label, line in users[:3])
    where += f" en {len(users) - 3} meer" if len(users) > 3 else ""
    count = f"{len(users)} link" if len(users) == 1 else f"{len(users)} links"
    heading = _now(old, new, index)
    if heading is None:  # deleted: where it stood
        line = min(old[index][0], len(source.lines)) if index < len(old) else 1
        return finding(source.label, line, "kop-verdwenen", anchor=anchor, count=count, where=where)
    written = source.lines[heading - 1]
    attributes = ATTRIBUTES.search(written)
    if attributes:
        corrected = written[: attributes.start("id")] + anchor + written[attributes.end("id") :]
    else:
        corrected = f"{written.rstrip()} {{ #{anchor} }}"
    return finding(
        source.label,
        heading,
        "kop-adres-weg",
        corrected=corrected,
        anchor=anchor,
        count=count,
        where=where,
        fixed=corrected.strip(),
    )


def _now(old: list, new: list, index: int) -> int | None:
    """The line of the heading that was old[index], in the page as it is now: the same place
    among the headings when their number did not change, else the closest text."""
    if index >= len(old):
        return None
    if len(old) == len(new):
        return new[index][0]
    texts = [text for _line, _level, text, _underline in new]
    close = difflib.get_close_matches(old[index][2], texts, n=1, cutoff=0.6)
    return new[texts.index(close[0])][0] if close else None
