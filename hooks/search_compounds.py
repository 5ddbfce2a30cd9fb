"""MkDocs hook: make Dutch compound words findable by their parts.

Why: Dutch glues words together ("heupartrose", "zorgnetwerken") and Material's search only
matches word beginnings, so a search for "artrose" or "netwerk" would miss those pages.
At build time this hook finds the words of the toolkit that also occur inside longer words
and adds a zero-width split between head and part to the search tokenizer's separator. The
index and the query are split the same way, so "artrose" finds "heupartrose" and a query
for "heupartrose" still finds it (as "heup" + "artrose"). The search keys of the words
(toolkit/search_forms.py) count as words too, so compounds split in their keyed form as well
("afspraken" finds "verwijsafspraak").
"""

from __future__ import annotations

import html
import re

from mkdocs.plugins import event_priority

from toolkit.search_forms import key

WORD = re.compile(r"[a-zà-öø-ÿ]+")
TAG = re.compile(r"<[^>]+>")
MIN_PART = 5  # shorter parts ("zorg", "en") would split too many unrelated words
MIN_HEAD = 4  # the compound must have a real first part before the split
LINKING_LETTERS = ("s", "e", "n")  # "samenwerkings|overeenkomst", "patiënten|zorg"

_words: set[str] = set()  # the words of the toolkit and their keys
_seen: set[str] = set()  # the words whose key is in _words already


def on_pre_build(config):
    _words.clear()
    _seen.clear()


def on_page_content(html_text, page, config, files):
    new = words_of(html_text) - _seen  # most words of a page are on other pages too
    _seen.update(new)
    _words.update(new, map(key, new))
    return html_text


@event_priority(50)  # before the search plugin writes search_index.json
def on_post_build(config):
    search = config.plugins.get("material/search")
    if search is None or not search.config.enabled:
        return
    splits = compound_splits(_words)
    if splits:
        index = search.search_index
        index.config["separator"] = with_compound_splits(index.config["separator"], splits)


def words_of(html_text: str) -> set[str]:
    return set(WORD.findall(html.unescape(TAG.sub(" ", html_text)).lower()))


def compound_splits(words: set[str]) -> list[tuple[str, str]]:
    """(head, part) pairs: where a word of the corpus is made of a head and another word.

    Each word is scanned left to right and a found part is never split again, so
    "zorgnetwerken" gives ("zorg", "netwerken") but "netwerken" itself stays whole (its
    head "net" is not a word of the corpus) and a query for "netwerk" still matches it.
    """
    parts = {word for word in words if len(word) >= MIN_PART}
    splits = set()
    for word in words:
        start, position = 0, MIN_HEAD
        while position <= len(word) - MIN_PART:
            part = _longest_part_at(word, position, parts)
            head = part and _head(word[start:position], words)
            if head:
                splits.add((head, part))
                start = position
                position += len(part)
            else:
                position += 1
    return sorted(splits)


def _head(head: str, words: set[str]) -> str | None:
    """The head to split after: the word before the part, or else the longest word of the
    corpus the head ends with ("terugverwijs|afspraken" splits after "verwijs", as "terug"
    alone is no word of the toolkit), so a query for "verwijsafspraak" is split alike."""
    if _is_head(head, words):
        return head
    for start in range(1, len(head) - MIN_PART + 1):
        if _is_head(head[start:], words):
            return head[start:]
    return None


def _is_head(head: str, words: set[str]) -> bool:
    """A head is a word of the corpus itself (maybe with a linking letter), so that
    "netwerken" is not cut into "net" + "werken"."""
    if len(head) < MIN_HEAD:
        return False
    return head in words or (head.endswith(LINKING_LETTERS) and head[:-1] in words)


def _longest_part_at(word: str, position: int, parts: set[str]) -> str | None:
    for end in range(len(word), position + MIN_PART - 1, -1):
        if word[position:end] in parts:
            return word[position:end]
    return None


def with_compound_splits(separator: str, splits: list[tuple[str, str]]) -> str:
    """Add a zero-width split between each head and part (fixed-width lookarounds, which
    both JavaScript and Python support)."""
    alternatives = "|".join(f"(?<={re.escape(head)})(?={re.escape(part)})" for head, part in splits)
    return f"{separator}|{alternatives}"
