"""Helpers shared by the site tests: the block data and the built pages."""

from __future__ import annotations

import subprocess
from pathlib import Path

from bs4 import BeautifulSoup

from project import DOCS, page_dir_url  # noqa: F401
from toolkit.blocks_data import Block, load_blocks


def blocks() -> list[Block]:
    return load_blocks(DOCS / "_data/blokken.yml", DOCS)


def built_html(site: Path, page: str) -> BeautifulSoup:
    path = site / page_dir_url(page).strip("/") / "index.html"
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


def settle(page) -> None:
    """Wait until every CSS transition and animation on the page has finished.

    Material fades elements in (the search results over 0.4 s, for one); a check that reads
    colours mid-fade (axe's contrast rule, a screenshot) sees a half-transparent page and
    fails on a busy machine. Finished animations leave `document.getAnimations()`."""
    page.wait_for_function("() => document.getAnimations().length === 0")


def text_of(element) -> str:
    return " ".join(element.get_text(" ").split())


def pdf_pages_as_png(pdf: Path, target: Path, resolution: int = 50, pages: int = 1) -> None:
    """The first pages of a PDF as PNGs for a person to look at (poppler's pdftoppm): one
    page gives target.png, more give target-N.png."""
    single = ["-singlefile"] if pages == 1 else []
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(resolution), "-f", "1", "-l", str(pages), *single]
        + [str(pdf), str(target)],
        check=True,
        capture_output=True,
        timeout=60,
    )
