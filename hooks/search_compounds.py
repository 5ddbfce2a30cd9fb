"""MkDocs hook: make Dutch compound words findable by their parts.

Why: Dutch glues words together ("heupartrose", "zorgnetwerken") and Material's search only
matches word beginnings, so a search for "artrose" or "netwerk" would miss those pages.
At build time this hook finds the words of the toolkit that also occur inside longer words
and adds a zero-width split before each of them to the search tokenizer's separator. The
index and the query are split the same way, so "artrose" finds "heupartrose" and a query
for "heupartrose" still finds it (as "heup" + "artrose").
"""

from __future__ import annotations

import html
import re

from mkdocs.plugins import event_priority

WORD = re.compile(r"[a-zà-öø-ÿ]+")
TAG = re.compile(r"<[^>]+>")
MIN_PART = 5  # shorter parts ("zorg", "en") would split too many unrelated words
MIN_HEAD = 3  # the compound must have a real first part before the split

_words: set[str] = set()


def on_pre_build(config):
    _words.clear()


def on_page_content(html_text, page, config, files):
    _words.update(words_of(html_text))
    return html_text


@event_priority(50)  # before the search plugin writes search_index.json
def on_post_build(config):
    search = config.plugins.get("material/search")
    if search is None or not search.config.enabled:
        return
    parts = compound_parts(_words)
    if parts:
        index = search.search_index
        index.config["separator"] = with_compound_splits(index.config["separator"], parts)


def words_of(html_text: str) -> set[str]:
    return set(WORD.findall(html.unescape(TAG.sub(" ", html_text)).lower()))


def compound_parts(words: set[str]) -> list[str]:
    """Words of the corpus that also stand inside a longer word of the corpus, after a head."""
    candidates = {word for word in words if len(word) >= MIN_PART}
    parts = set()
    for word in words:
        for start in range(MIN_HEAD, len(word) - MIN_PART + 1):
            for end in range(start + MIN_PART, len(word) + 1):
                if word[start:end] in candidates:
                    parts.add(word[start:end])
    # Longest first, so a split prefers "netwerken" over "netwerk" at the same place.
    return sorted(parts, key=lambda part: (-len(part), part))


def with_compound_splits(separator: str, parts: list[str]) -> str:
    alternatives = "|".join(re.escape(part) for part in parts)
    return f"{separator}|(?=(?:{alternatives}))"
