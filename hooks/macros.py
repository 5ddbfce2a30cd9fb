"""mkdocs-macros module (loaded by `plugins.macros.module_name`, not by `hooks:`).

Why: the home page's clickable overview of building blocks is rendered from the one data
file, so an editor never edits HTML. Data comes from toolkit/blocks_data.py; the markup lives
in the template overrides/partials/block-overview.html.

No MkDocs imports, and the configuration is read as a mapping: Zensical, Material's
successor, runs this same `define_env` with its own macros support, without MkDocs
(tests/site/test_macros_without_mkdocs.py).
"""

from __future__ import annotations

import posixpath
from pathlib import Path

import jinja2

from toolkit.blocks_data import load_blocks

TEMPLATES = "overrides"  # the theme's custom_dir, relative to the project
OVERVIEW_TEMPLATE = "partials/block-overview.html"
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
