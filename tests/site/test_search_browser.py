"""Dutch search in the browser, typed as a reader types: a word is found inside compounds
("netwerk" in "zorgnetwerken", "artrose" in "heupartrose"), without its diacritics, in the
other number, and acronyms in any case; a block's own page comes first for its subject, and
the page opened from a result highlights the words that were found."""

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
        text = HIDDEN_FORMS.sub("", f" {doc['title']} {doc['text']}")
        pages[doc["location"].split("#")[0]] += text.lower()
    return pages


HIDDEN_FORMS = re.compile(r"<span hidden>[^<]*</span>")  # hooks/search_forms.py


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


def search_results(page: Page, query: str, start: str = "/") -> list[str]:
    """Type the query as a reader would and return the result links (path?query), best
    first, once the worker has answered the last keystroke and every result is rendered."""
    page.add_init_script(COUNT_WORKER_MESSAGES)
    page.goto(start)
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
    hrefs = [urlsplit(href) for href in links.evaluate_all("els => els.map(el => el.href)")]
    return [href.path.lstrip("/") + (f"?{href.query}" if href.query else "") for href in hrefs]


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


# What a reader types, and a pattern for what the pages say (word starts, lower case).
FORGIVING = {
    "patientinformatie": r"patiëntinformatie",
    "sroi": r"(?<![a-z])sroi",
    "SROI": r"(?<![a-z])sroi",
    "Sroi": r"(?<![a-z])sroi",
    "huisartsen": r"(?<![a-zà-ÿ])huisarts",
    "ziekenhuizen": r"(?<![a-zà-ÿ])ziekenhui[sz]",
    "fysiotherapeuten": r"(?<![a-zà-ÿ])fysiotherapeut",
    "financiele": r"(?<![a-zà-ÿ])financi(ële|eel)",
    "verwijsafspraak": r"verwijsafspra(ak|ken)",
    "afspraak": r"(?<![a-zà-ÿ])afspra(ak|ken)",
    "reümatologen": r"(?<![a-zà-ÿ])reumatolo(og|gen)",  # diacritics typed, none written
}


@pytest.mark.parametrize("query", FORGIVING)
def test_forgiving_search_finds_every_page_with_the_word(page: Page, built_site, query):
    pages = indexed_pages(built_site)
    expected = {location for location, text in pages.items() if re.search(FORGIVING[query], text)}
    assert expected, f"no page says {FORGIVING[query]!r}: the test would prove nothing"
    found = search(page, query)
    assert expected <= found, f"missing for {query!r}: {sorted(expected - found)}"


def test_without_the_forms_the_typed_words_are_not_in_the_text(built_site):
    """Keeps the forgiving tests meaningful: the typed spellings are not on those pages."""
    pages = indexed_pages(built_site)
    for query in (
        "patientinformatie",
        "ziekenhuizen",
        "financiele",
        "verwijsafspraak",
        "reümatologen",
    ):
        missed = {
            location
            for location, text in pages.items()
            if re.search(FORGIVING[query], text) and query not in text
        }
        assert missed, query


@pytest.mark.parametrize(
    ("query", "block"),
    [
        ("stakeholder", "blokken/stakeholders/"),
        ("zorgpad", "blokken/zorgpaden/"),
        ("bekostigingen", "blokken/bekostiging/"),
        ("kernteams", "blokken/kernteam/"),
        ("evalueren", "blokken/monitor-en-evalueer/"),
    ],
)
def test_a_blocks_own_page_comes_first_for_its_subject(page: Page, query, block):
    pages = [link.split("?")[0].split("#")[0] for link in search_results(page, query)]
    assert pages[0] == block, pages[:5]


def test_the_page_opened_from_a_result_highlights_what_was_found(page: Page):
    links = search_results(page, "patientinformatie")
    page.locator(".md-search-result__item > a.md-search-result__link").first.click()
    marks = page.locator("mark[data-md-highlight]")
    expect(marks.first).to_be_visible()
    assert "patiëntinformatie" in {text.lower() for text in marks.all_inner_texts()}, links


def test_the_index_loads_only_when_the_reader_goes_to_search(page: Page):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(urlsplit(request.url).path))
    page.goto("/")
    page.wait_for_load_state("networkidle")
    assert not any(path.endswith("search_index.json") for path in requested)
    with page.expect_request(lambda request: request.url.endswith("search/search_index.json")):
        page.get_by_role("textbox", name="Zoeken").first.focus()


def test_the_python_and_browser_keys_agree(page: Page, built_site):
    from toolkit.search_forms import WORD, key

    pages = indexed_pages(built_site)
    words = sorted({w for text in pages.values() for w in WORD.findall(text)})
    words += [typed for typed, _ in FORGIVING.items()] + ["Ziekenhuizen", "ZBC’s", "brieven"]
    page.goto("/")
    browser = page.evaluate("words => words.map(window.tkSearchKey)", words)
    mismatches = [(w, key(w), b) for w, b in zip(words, browser, strict=True) if key(w) != b]
    assert not mismatches, mismatches[:10]
