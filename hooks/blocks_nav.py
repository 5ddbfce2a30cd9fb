"""MkDocs hook: the data file decides the navigation of the building blocks.

Why: adding, renaming or reordering a block must be one edit in docs/_data/blokken.yml.
This hook replaces the nav entry `_data/blokken.yml` with the blocks in their order (which
also drives Material's previous/next links) and marks block pages so the theme can show
"Naar inhoudsopgave". Loading and validation live in toolkit/blocks_data.py; pages that nothing
reaches are reported by the content checks (content_checks_hook.py), which run first.
It also gives the theme the footer's links (the pages under docs/over/, FOOTER_PREFIX) once per
build, as `tk_footer_pages`: a loop over every page on every page would make the build grow
with the square of the number of pages.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from toolkit.blocks_data import BlocksDataError, load_blocks

NAV_PLACEHOLDER = "_data/blokken.yml"
FOOTER_PREFIX = "over/"  # overrides/main.html, block footer

_block_pages: set[str] = set()
_footer_pages: list = []


def on_config(config):
    docs_dir = Path(config.docs_dir)
    try:
        blocks = load_blocks(docs_dir / NAV_PLACEHOLDER, docs_dir)
    except BlocksDataError as error:
        raise PluginError(str(error)) from None
    block_nav = [{block.title: block.page} for block in blocks]
    if not _replace_placeholder(config.nav or [], block_nav):
        raise PluginError(
            f"mkdocs.yml: in 'nav:' ontbreekt de regel '- Bouwblokken: {NAV_PLACEHOLDER}'. "
            "Oplossing: zet die regel terug; op die plek komen de bouwblokken in het menu."
        )
    _block_pages.clear()
    _block_pages.update(block.page for block in blocks)
    return config


def _replace_placeholder(nav: list, block_nav: list) -> bool:
    for index, entry in enumerate(nav):
        if entry == NAV_PLACEHOLDER:
            nav[index : index + 1] = block_nav
            return True
        if isinstance(entry, dict):
            for title, value in entry.items():
                if value == NAV_PLACEHOLDER:
                    entry[title] = block_nav
                    return True
                if isinstance(value, list) and _replace_placeholder(value, block_nav):
                    return True
    return False


def on_page_markdown(markdown, page, config, files):
    # The theme shows "Naar inhoudsopgave" on block pages (overrides/main.html).
    page.meta["bouwblok"] = page.file.src_uri in _block_pages
    return markdown


def on_nav(nav, config, files):
    _footer_pages[:] = [page for page in nav.pages if page.file.src_uri.startswith(FOOTER_PREFIX)]
    return nav


def on_env(env, config, files):
    env.globals["tk_footer_pages"] = list(_footer_pages)
    return env
