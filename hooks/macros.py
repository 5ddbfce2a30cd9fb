"""mkdocs-macros module (loaded by `plugins.macros.module_name`, not by `hooks:`).

Why: the home page's clickable overview of building blocks and the self-scan page's
checklist (docs/zelfscan.md) are rendered from the one data file, so an editor never edits
HTML. Data comes from toolkit/blocks_data.py; the markup lives in the templates
overrides/partials/block-overview.html and overrides/partials/zelfscan.html.

No MkDocs imports, and the configuration is read as a mapping: Zensical, Material's
successor, runs this same `define_env` with its own macros support, without MkDocs
(tests/site/test_macros_without_mkdocs.py).
"""

from __future__ import annotations

import posixpath
from pathlib import Path

import jinja2

from toolkit.blocks_data import load_blocks, used_key_point_ids
from toolkit.key_point_ids import number as id_number

TEMPLATES = "overrides"  # the theme's custom_dir, relative to the project
OVERVIEW_TEMPLATE = "partials/block-overview.html"
SCAN_TEMPLATE = "partials/zelfscan.html"
# Status values of a key point in a self-scan: the value saved (zelfscan.schema.json) and
# the label shown. Kept in this order on the page.
SCAN_STATUSES = (
    ("nog-niet-gestart", "nog niet gestart"),
    ("mee-bezig", "mee bezig"),
    ("geregeld", "geregeld"),
    ("niet-van-toepassing", "niet van toepassing"),
)
DATA_FILE = "_data/blokken.yml"


def define_env(env):
    project_dir = Path(env.project_dir)
    config = env.conf
    docs_dir = project_dir / config["docs_dir"]
    directory_urls = config.get("use_directory_urls", True)
    templates = jinja2.Environment(
        loader=jinja2.FileSystemLoader(project_dir / TEMPLATES), autoescape=False
    )

    @env.macro
    def blokken_overzicht() -> str:
        """The nine tiles: title as link, key points below (see docs/_data/blokken.yml)."""
        blocks = load_blocks(docs_dir / DATA_FILE, docs_dir)
        here = env.page.url
        tiles = [
            {"block": block, "href": relative_url(page_url(block.page, directory_urls), here)}
            for block in blocks
        ]
        return templates.get_template(OVERVIEW_TEMPLATE).render(tiles=tiles)

    @env.macro
    def zelfscan_lijst() -> str:
        """Every block with all its key points, each with status choices and a note;
        docs/assets/javascripts/zelfscan.js saves them in the browser."""
        blocks = load_blocks(docs_dir / DATA_FILE, docs_dir)
        here = env.page.url
        entries = [
            {
                "block": block,
                "number": number,
                "href": relative_url(page_url(block.page, directory_urls), here),
                "points": list(numbered(block.key_points)),
            }
            for number, block in enumerate(blocks, start=1)
        ]
        # The page that shows the scan loads its script (overrides/main.html): set here, so
        # no setting on the page can leave the scan without it.
        meta = getattr(env.page, "meta", None)
        if isinstance(meta, dict):
            meta["zelfscan"] = True
        current = {point.id for block in blocks for point in block.all_key_points()}
        retired = sorted(used_key_point_ids(docs_dir / DATA_FILE) - current)
        return templates.get_template(SCAN_TEMPLATE).render(
            blocks=entries, statuses=SCAN_STATUSES, retired=" ".join(retired)
        )


def numbered(points, depth: int = 0):
    """Key points in reading order, each with its label and depth. The label comes from the
    id (k07-... -> K07), not from the position: ids never change, so last year's printout
    still matches after a key point was removed. A point with sub-points is a heading: it is
    not scored, only its sub-points are."""
    for point in points:
        label = f"K{id_number(point.id):02d}" if id_number(point.id) is not None else point.id
        yield {"number": label, "depth": depth, "point": point, "heading": bool(point.subpoints)}
        yield from numbered(point.subpoints, depth + 1)


def page_url(page: str, directory_urls: bool = True) -> str:
    """The site URL of a Markdown page, as MkDocs makes it: blokken/x.md -> blokken/x/."""
    stem = page.removesuffix(".md")
    if not directory_urls:
        return stem + ".html"
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index") or "./"
    return stem + "/"


def relative_url(target: str, here: str) -> str:
    """`target` as a link from the page at `here` (both site URLs, "" for the home page)."""
    base = "/" + (here if here.endswith("/") or not here else posixpath.dirname(here) + "/")
    relative = posixpath.relpath("/" + target, base)
    if target.endswith("/") and not relative.endswith("/"):
        relative += "/"
    return relative
