"""Find the external links in a directory of built HTML, with the pages that use them."""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

# Attributes that point readers (or their browser) at another resource.
_LINK_ATTRIBUTES = (("a", "href"), ("img", "src"), ("iframe", "src"), ("source", "src"))


@dataclass
class HtmlLinks:
    pages_by_url: dict[str, list[str]] = field(default_factory=dict)
    text_by_url: dict[str, str] = field(default_factory=dict)  # first link text seen
    pages_read: int = 0


def page_for_html(relative: Path) -> str:
    """site-relative HTML path -> the page URL readers see (directory URLs)."""
    parts = list(relative.parts)
    if parts[-1] == "index.html":
        return "/" + "".join(f"{part}/" for part in parts[:-1])
    return "/" + "/".join(parts)


def is_external(url: str, internal_hosts: tuple[str, ...] = ()) -> bool:
    try:
        parts = urlsplit(url)
        hostname = parts.hostname
    except ValueError:  # e.g. "http://[broken": not a link anyone can follow
        return False
    if parts.scheme.lower() not in ("http", "https") or not hostname:
        return False
    return hostname.lower() not in {host.lower() for host in internal_hosts}


def read_site(
    site_dir: Path,
    content_selector: str = "article",
    exclude_selector: str = "",
    internal_hosts: tuple[str, ...] = (),
) -> HtmlLinks:
    found = HtmlLinks()
    for html_file in sorted(site_dir.rglob("*.html")):
        page = page_for_html(html_file.relative_to(site_dir))
        found.pages_read += 1
        for url, text in _links_in(html_file, content_selector, exclude_selector):
            if not is_external(url, internal_hosts):
                continue
            pages = found.pages_by_url.setdefault(url, [])
            if page not in pages:
                pages.append(page)
            if text and url not in found.text_by_url:
                found.text_by_url[url] = text
    return found


def _links_in(html_file: Path, content_selector: str, exclude_selector: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(html_file.read_bytes(), "lxml")
    scopes = soup.select(content_selector) if content_selector else []
    if not scopes:
        # Not a Material page (a fixture, any other generator): the whole page counts.
        scopes = [soup]
    excluded = set()
    if exclude_selector:
        for scope in scopes:
            for element in scope.select(exclude_selector):
                excluded.add(id(element))
                excluded.update(id(child) for child in element.descendants)
    for scope in scopes:
        for tag_name, attribute in _LINK_ATTRIBUTES:
            for element in scope.find_all(tag_name):
                value = element.get(attribute)
                if not value or id(element) in excluded:
                    continue
                text = " ".join(element.get_text(" ").split()) or element.get("title") or ""
                yield value.strip(), text
