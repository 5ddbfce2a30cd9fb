"""Every unique external URL of the site, with its catalogue entry and all its places."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .catalogue import Catalogue, read_catalogue
from .config import ExtractSettings
from .html_links import is_external, read_site


@dataclass(frozen=True)
class Place:
    page: str | None  # built page, e.g. /blokken/scholing/
    source: str | None  # Markdown file, e.g. docs/blokken/scholing.md
    line: int | None


@dataclass
class Reference:
    url: str
    ids: list[str] = field(default_factory=list)
    title: str | None = None
    definition: Place | None = None  # where the catalogue defines it
    places: list[Place] = field(default_factory=list)


@dataclass
class Inventory:
    references: dict[str, Reference]
    pages_read: int
    has_sources: bool


def build_inventory(
    site_dir: Path, docs_dir: Path | None, settings: ExtractSettings, shown_root: Path
) -> Inventory:
    html = read_site(
        site_dir, settings.content_selector, settings.exclude_selector, settings.internal_hosts
    )
    catalogue = (
        read_catalogue(docs_dir, settings.catalogue, shown_root) if docs_dir else Catalogue()
    )
    urls = list(html.pages_by_url)
    for definition in catalogue.definitions.values():
        if definition.url not in html.pages_by_url:
            urls.append(definition.url)  # defined but unused: still checked, shown as such
    for url in catalogue.usages_by_url:
        if url not in urls:
            urls.append(url)  # used in a source the build left out
    references = {}
    for url in dict.fromkeys(urls):
        if not is_external(url, settings.internal_hosts):
            continue
        reference = Reference(url)
        definitions = catalogue.definitions_for(url)
        if definitions:
            reference.ids = [d.label for d in definitions]
            reference.title = next((d.title for d in definitions if d.title), None)
            reference.definition = Place(None, definitions[0].source, definitions[0].line)
        if not reference.title:
            reference.title = html.text_by_url.get(url) or None
        reference.places = _places(
            catalogue.usages_by_url.get(url, []), html.pages_by_url.get(url, [])
        )
        references[url] = reference
    return Inventory(references, html.pages_read, docs_dir is not None)


def _places(usages, pages: list[str]) -> list[Place]:
    """Source lines first, then pages that use the URL without a known source line (a
    macro, an include, or no Markdown at all)."""
    places = [Place(u.page, u.source, u.line) for u in usages]
    covered = {u.page for u in usages}
    places += [Place(page, None, None) for page in pages if page not in covered]
    return sorted(dict.fromkeys(places), key=_place_order)


def _place_order(place: Place):
    return (place.page or "", place.source or "", place.line or 0)
