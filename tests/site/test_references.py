"""External references: every URL of the seed is on the built site, each URL is written
once in the repository (the catalogue), and the gaps without a URL are findable."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import pytest
from bs4 import BeautifulSoup

from project import DOCS, ROOT, SEEDS

CATALOGUE = DOCS / "_data/referenties.md"
DEFINITION = re.compile(r'^\[(?P<id>[^\]]+)\]:\s+(?P<url>\S+)(?:\s+"(?P<title>[^"]*)")?\s*$')
MISSING_URL_MARKER = "<!-- url-ontbreekt -->"


def clean(url: str) -> str:
    """Unwrap a Google redirect and drop utm_ tags, as the catalogue stores them."""
    parts = urlsplit(url)
    if parts.netloc.endswith("google.com") and parts.path == "/url":
        return clean(dict(parse_qsl(parts.query))["url"])
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.startswith("utm_")
    ]
    if len(query) == len(parse_qsl(parts.query, keep_blank_values=True)):
        return url
    return urlunsplit(parts._replace(query=urlencode(query)))


def seed_urls() -> set[str]:
    if not SEEDS.is_dir():
        pytest.fail(f"seed folder {SEEDS} not found (it lives beside the repository)")
    urls = set()
    for seed in SEEDS.glob("*.txt"):
        urls.update(re.findall(r"^\s*(https?://\S+)", seed.read_text(encoding="utf-8"), re.M))
    return {clean(url) for url in urls}


def catalogue() -> dict[str, str]:
    entries = {}
    for line in CATALOGUE.read_text(encoding="utf-8").splitlines():
        match = DEFINITION.match(line)
        if match and match["id"] != "//":
            entries[match["id"]] = match["url"]
    return entries


def test_seed_has_the_expected_number_of_urls():
    assert 75 <= len(seed_urls()) <= 95


def test_clean_unwraps_google_and_drops_utm():
    wrapped = "https://www.google.com/url?sa=t&url=https%3A%2F%2Fwww.example.nl%2Fa%3Fb%3D2&usg=x"
    assert clean(wrapped) == "https://www.example.nl/a?b=2"
    assert clean("https://x.nl/p?utm_source=s&utm_medium=e") == "https://x.nl/p"
    assert clean("https://x.nl/p.pdf?v=1") == "https://x.nl/p.pdf?v=1"


def test_every_seed_url_is_linked_on_the_built_site(built_site):
    hrefs = set()
    for path in built_site.rglob("*.html"):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
        hrefs.update(a["href"] for a in soup.select("article a[href]"))
    missing = sorted(seed_urls() - hrefs)
    assert not missing, "seed URLs missing from the site:\n" + "\n".join(missing)


def test_every_url_is_written_once_in_the_catalogue_and_nowhere_else():
    entries = catalogue()
    urls = list(entries.values())
    assert len(urls) == len(set(urls)), "a URL is defined under two names"
    assert set(urls) >= seed_urls()
    for path in [*DOCS.rglob("*.md"), *ROOT.glob("mkdocs.yml")]:
        if path == CATALOGUE:
            continue
        text = path.read_text(encoding="utf-8")
        written = [url for url in urls if url in text]
        assert not written, f"{path} writes catalogue URLs directly: {written}"


def test_catalogue_has_no_tracking_or_redirect_wrappers():
    for ref_id, url in catalogue().items():
        assert "utm_" not in url and "google.com/url" not in url, ref_id


def test_references_without_url_are_marked_and_listed():
    """The gaps: titles the seed names without a URL. Listed here for the editors
    (also: grep -rn "url-ontbreekt" docs/)."""
    gaps = []
    for path in sorted(DOCS.rglob("*.md")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if MISSING_URL_MARKER in line:
                title = line.split(MISSING_URL_MARKER)[0].strip(" -*")
                assert title, f"{path}:{number}: marker without a title"
                gaps.append(f"{path.relative_to(ROOT)}:{number}: {title}")
    print("\nVerwijzingen zonder URL:\n" + "\n".join(gaps))
    assert all("http" not in gap for gap in gaps)
