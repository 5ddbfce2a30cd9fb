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


SEED_FILES = sorted(SEEDS.glob("*.txt"))
# Where the project's source text was handed over: beside the repository, on the team's machines
HANDED_OVER = ROOT.parent / "shared" / "seeds"


def seed_text() -> str:
    assert len(SEED_FILES) == 2, f"the two source files are missing from {SEEDS}"
    return "\n".join(seed.read_text(encoding="utf-8") for seed in SEED_FILES)


def seed_urls() -> set[str]:
    urls = set()
    for seed in SEED_FILES:
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


def missing_url_markers() -> list[tuple[str, int, str]]:
    """(file, line, text before the marker) for every reference the source names without URL."""
    markers = []
    for path in sorted(DOCS.rglob("*.md")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if MISSING_URL_MARKER in line:
                before = line.split(MISSING_URL_MARKER)[0]
                markers.append((path.relative_to(ROOT).as_posix(), number, before))
    return markers


def test_references_without_url_are_titles_the_source_names():
    """The gaps, listed for the editors (also: grep -rn "url-ontbreekt" docs/). Each marker
    follows a title, and that title is in the source text: nothing invented, nothing moved."""
    source = seed_text()
    markers = missing_url_markers()
    print("\nVerwijzingen zonder URL:")
    for file, number, before in markers:
        print(f"{file}:{number}: {before.strip(' -*')}")
        words = re.findall(r"\w[\w’'-]*", before)[-4:]
        assert len(words) >= 2, f"{file}:{number}: marker without a title before it"
        assert re.search(r"\W+".join(map(re.escape, words)), source), (
            f"{file}:{number}: '{' '.join(words)}' is not in the source text"
        )
    assert markers, "no reference without URL: then this list and the marker can go"


def test_each_missing_url_marker_reaches_the_page_without_a_link(built_site):
    """The marker survives into the HTML (findable with view-source) and stands after
    plain text: a title that is a link has its URL, so needs no marker."""
    from bs4 import Comment

    found = 0
    for path in built_site.rglob("*.html"):
        if "toolkit-compleet" in path.parts:  # the assembled copy of every page
            continue
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
        for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
            if comment.strip() != "url-ontbreekt":
                continue
            found += 1
            text_before = comment.previous_sibling  # a Tag (such as <a>) is not a str
            assert isinstance(text_before, str) and text_before.strip(), path
    assert found == len(missing_url_markers())


def test_the_source_text_in_the_repository_is_the_one_handed_over():
    """The copy the tests read is byte for byte the source the project was given."""
    if not HANDED_OVER.is_dir():
        pytest.skip(f"{HANDED_OVER} exists only on the team's machines")
    assert {path.name: path.read_bytes() for path in SEED_FILES} == {
        path.name: path.read_bytes() for path in sorted(HANDED_OVER.glob("*.txt"))
    }
