"""Files below docs/ that nothing links to: published for anyone to find, by mistake.

Why: every file in docs/ goes onto the public site as it is. A spreadsheet or document
uploaded there (a region's filled-in self-scan exported to Excel, minutes of a meeting, a
draft) is downloadable by anyone who guesses or finds its address, although no page shows
it; the self-scan promises that nothing of a region leaves its browsers. A file meant for
readers is linked from a page; one that nothing names (no page, stylesheet, script,
template or mkdocs.yml) was most likely put there by mistake, and is named at the file.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePosixPath
from urllib.parse import quote

from .findings import Finding, finding

# Files a web server or the theme finds by their name alone, without a link
BY_CONVENTION = frozenset(
    {
        "CNAME",
        "robots.txt",
        ".nojekyll",
        "favicon.ico",
        "assets/images/favicon.png",  # the theme's own favicon path
    }
)


def check_unlinked_files(
    uris: Iterable[str], texts: Iterable[str], prefix: str = "docs/"
) -> list[Finding]:
    """uris: the files below docs/ that are not pages; texts: everything that can link to
    them (pages, stylesheets, scripts, templates, mkdocs.yml)."""
    wanted = {
        uri: _names(uri)
        for uri in uris
        if uri not in BY_CONVENTION and not uri.startswith(".well-known/")
    }
    if not wanted:
        return []
    unseen = dict(wanted)
    for text in texts:
        for uri in [uri for uri, names in unseen.items() if any(name in text for name in names)]:
            del unseen[uri]
        if not unseen:
            return []
    return [
        finding(f"{prefix}{uri}", None, "bestand-los", name=quote(uri)) for uri in sorted(unseen)
    ]


def _names(uri: str) -> tuple[str, ...]:
    """How a link can name the file: its name as written and as an address ('%20')."""
    name = PurePosixPath(uri).name
    return tuple({name, quote(name), name.replace(" ", "+")})
