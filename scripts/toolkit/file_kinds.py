"""Files below docs/ that readers cannot open the way the editor meant.

Why: MkDocs makes a page only of a file whose name ends in '.md' (small letters); a page
saved as 'Nieuw.MD', from Notepad as 'nieuw.txt', or without an ending is copied as it is,
so a link to it shows raw Markdown and the page is in no menu, without a word. An image from a phone
(.heic), a scanner (.tif) or Word (.emf) is published, but no browser shows it: readers see
an empty box. A photo straight from a phone (3-8 MB) makes its page slow on every reader's
phone. All are named here, at the file or the line that uses it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

from .findings import Finding, finding

PAGE_SUFFIX = ".md"
# Saved as text without '.md': by Notepad ('.txt'), or with no
# ending at all (a new file in GitHub's web editor named without '.md').
TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
# Image formats every browser the toolkit supports shows in an <img>.
BROWSER_IMAGES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif", ".ico"})
# Above this an image keeps a page loading for seconds on a phone's connection (a reader
# opens it between other work); a screenshot or a photo made 1600 pixels wide stays well below.
IMAGE_LIMIT = 1_000_000  # bytes


def check_file_names(
    uris: Iterable[str], prefix: str, read_start: Callable[[str], str]
) -> list[Finding]:
    """Files meant as pages that MkDocs takes for other files. read_start(uri): the first
    characters of a file, read only for a text file (to tell a page from a download)."""
    findings = []
    for uri in sorted(uris):
        path = PurePosixPath(uri)
        suffix = path.suffix
        meant_as_page = suffix.lower() == PAGE_SUFFIX and suffix != PAGE_SUFFIX
        if suffix.lower() in TEXT_SUFFIXES:
            meant_as_page = _reads_as_page(read_start(uri))
        if meant_as_page:
            name = path.stem + PAGE_SUFFIX
            ending = f"op '{suffix}'" if suffix else f"niet op '{PAGE_SUFFIX}'"
            findings.append(
                finding(f"{prefix}{uri}", 1, "pagina-bestandsnaam", ending=ending, name=name)
            )
    return findings


def check_image_sizes(
    uris: Iterable[str], prefix: str, size_of: Callable[[str], int]
) -> list[Finding]:
    """Images too heavy for a page read on a phone, named at the file. size_of(uri): bytes."""
    findings = []
    for uri in sorted(uris):
        if PurePosixPath(uri).suffix.lower() in BROWSER_IMAGES:
            size = size_of(uri)
            if size > IMAGE_LIMIT:
                shown = f"{size / 1_000_000:.1f}".replace(".", ",")
                findings.append(finding(f"{prefix}{uri}", None, "afbeelding-zwaar", size=shown))
    return findings


def size_in(docs_dir: Path) -> Callable[[str], int]:
    return lambda uri: (docs_dir / uri).stat().st_size


def _reads_as_page(start: str) -> bool:
    """A text file that starts as every page of the toolkit does: front matter or a heading."""
    first = next((line.strip() for line in start.lstrip("\ufeff").splitlines() if line.strip()), "")
    return first == "---" or first.startswith("# ")


def start_of(docs_dir: Path) -> Callable[[str], str]:
    def read_start(uri: str) -> str:
        with open(docs_dir / uri, encoding="utf-8", errors="replace") as file:
            return file.read(2000)

    return read_start


def unshown_image(src: str) -> PurePosixPath | None:
    """The file a local image address names (query and anchor aside) when its format is one
    browsers do not show; None when they show it (or it names no format)."""
    path = PurePosixPath(src.split("#", 1)[0].split("?", 1)[0])
    return path if path.suffix and path.suffix.lower() not in BROWSER_IMAGES else None
