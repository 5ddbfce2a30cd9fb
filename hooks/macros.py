"""mkdocs-macros module (loaded by `plugins.macros.module_name`, not by `hooks:`).

Why: the home page's clickable overview of building blocks is rendered from the one data
file, so an editor never edits HTML. Data comes from toolkit/blocks_data.py; the markup lives in
the theme template overrides/partials/block-overview.html.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from toolkit.blocks_data import load_blocks

OVERVIEW_TEMPLATE = "partials/block-overview.html"


def define_env(env):
    @env.macro
    def blokken_overzicht() -> str:
        """The nine tiles: title as link, key points below (see docs/_data/blokken.yml)."""
        config = env.conf
        docs_dir = Path(config.docs_dir)
        blocks = load_blocks(docs_dir / "_data/blokken.yml", docs_dir)
        here = env.page.url
        tiles = [
            {"block": block, "href": get_relative_url(_url_of(block.page, config), here)}
            for block in blocks
        ]
        template = config.theme.get_env().get_template(OVERVIEW_TEMPLATE)
        return template.render(tiles=tiles)


def _url_of(page: str, config) -> str:
    return File(page, config.docs_dir, config.site_dir, config.use_directory_urls).url
