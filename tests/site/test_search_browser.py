"""Dutch search in the browser: a word is found inside compounds ("netwerk" in
"zorgnetwerken", "artrose" in "heupartrose"), and the compound itself is still found."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect
from search_compounds import compound_splits, with_compound_splits

QUERIES = ["artrose", "netwerk"]


def indexed_pages(built_site) -> dict[str, str]:
    index = json.loads((built_site / "search/search_index.json").read_text(encoding="utf-8"))
    pages: dict[str, str] = defaultdict(str)
    for doc in index["docs"]:
        pages[doc["location"].split("#")[0]] += f" {doc['title']} {doc['text']}".lower()
    return pages


def pages_with(pages: dict[str, str], word: str) -> set[str]:
    return {location for location, text in pages.items() if word in text}


def compound_only(pages: dict[str, str], word: str) -> set[str]:
    """Pages where the word occurs only inside a longer word, never at a word start."""
    return {
        location
        for location, text in pages.items()
        if word in text and not re.search(rf"(?<![a-zà-ÿ]){word}", text)
    }


# Counts the queries sent to Material's search worker and the results it sends back, so a
# test reads the results of the last query typed, not of a prefix still being answered.
COUNT_WORKER_MESSAGES = """
(() => {
  window.tkQueries = 0; window.tkResults = 0;
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message) {
    if (message && message.type === 2) window.tkQueries++;
    return post.apply(this, arguments);
  };
  const Original = window.Worker;
  window.Worker = function (url, options) {
    const worker = new Original(url, options);
    worker.addEventListener("message", (event) => {
      if (event.data && event.data.type === 3) window.tkResults++;
    });
    return worker;
  };
  window.Worker.prototype = Original.prototype;
})();
"""


def search_results(page: Page, query: str) -> list[str]:
    """Type the query as a reader would and return the result links (path?query), best
    first, once the worker has answered the last keystroke and every result is rendered."""
    page.add_init_script(COUNT_WORKER_MESSAGES)
    page.goto("/")
    page.get_by_role("textbox", name="Zoeken").first.click()
    page.keyboard.type(query)
    page.wait_for_function("() => window.tkQueries > 0 && window.tkResults === window.tkQueries")
    meta = page.locator(".md-search-result__meta")
    expect(meta).to_contain_text(re.compile(r"\d+ |Geen"))
    match = re.search(r"(\d+)", meta.inner_text())
    total = int(match.group(1)) if match else 0
    articles = page.locator(".md-search-result__item")
    scroller = page.locator(".md-search__scrollwrap")
    while articles.count() < total:  # results render in batches while scrolling
        count = articles.count()
        scroller.evaluate("el => el.scrollTo(0, el.scrollHeight)")
        page.wait_for_function(
            "n => document.querySelectorAll('.md-search-result__item').length > n", arg=count
        )
    links = page.locator(".md-search-result__item > a.md-search-result__link")
    return [
        urlsplit(href).path.lstrip("/") + ("?" + urlsplit(href).query if urlsplit(href).query else "")
        for href in links.evaluate_all("els => els.map(el => el.href)")
    ]


def search(page: Page, query: str) -> set[str]:
    return {link.split("?")[0] for link in search_results(page, query)}


@pytest.mark.parametrize("query", QUERIES)
def test_search_finds_every_page_containing_the_word(page: Page, built_site, query):
    pages = indexed_pages(built_site)
    expected = pages_with(pages, query)
    found = search(page, query)
    assert expected <= found, f"missing for {query!r}: {sorted(expected - found)}"


def test_some_page_has_a_word_only_inside_compounds(built_site):
    """Keeps the search test meaningful: without the compound splits a prefix search
    would miss these pages."""
    pages = indexed_pages(built_site)
    assert any(compound_only(pages, query) for query in QUERIES)


def test_a_compound_query_still_finds_its_page(page: Page, built_site):
    pages = indexed_pages(built_site)
    expected = pages_with(pages, "zorgnetwerken") or pages_with(pages, "heupartrose")
    word = "zorgnetwerken" if pages_with(pages, "zorgnetwerken") else "heupartrose"
    assert expected
    assert expected <= search(page, word)


def test_dutch_language_and_stopwords_in_the_index(built_site):
    config = json.loads((built_site / "search/search_index.json").read_text())["config"]
    assert config["lang"] == ["nl"]
    assert "(?<=heup)(?=artrose)" in config["separator"]


def test_compounds_are_split_once_between_head_and_part():
    words = {
        "heup",
        "knie",
        "artrose",
        "heupartrose",
        "knieartrose",
        "netwerk",
        "netwerken",
        "werken",
        "zorgnetwerken",
        "zorg",
        "en",
    }
    splits = compound_splits(words)
    assert ("heup", "artrose") in splits and ("zorg", "netwerken") in splits
    separator = with_compound_splits(r"[\s\-]+", splits)
    assert re.split(separator, "zorgnetwerken") == ["zorg", "netwerken"]
    assert [t for t in re.split(separator, "heupartrose knie") if t] == ["heup", "artrose", "knie"]
    # A part is not split again, so a prefix query for "netwerk" still matches.
    assert re.split(separator, "netwerken") == ["netwerken"]
    assert "zorg" not in {part for _, part in splits}  # too short to split on
