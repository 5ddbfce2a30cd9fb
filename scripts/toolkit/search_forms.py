"""Forgiving search: one search key per Dutch word, the same at build time and in the query.

Why: readers type in a hurry, without diacritics and in whichever number comes to mind.
`key()` folds a word so that "patientinformatie" and "patiëntinformatie", "ziekenhuizen"
and "ziekenhuis", "afspraken" and "afspraak", "financiële" and "financieel" share a key.
Material's search matches the beginnings of words, so the reader's query goes to the search
worker as keys (overrides/partials/search-forms.html, these rules in JavaScript; the tests
check that both give the same key for every word), and each indexed word is also indexed by
the forms a key can begin (`index_forms`), where the word itself does not already begin
with them.

Every rule folds a letter, squeezes a doubled vowel, or shortens the end of the word; the
one exception, z/v before a removed "-en" ("huizen" -> "huis"), gets an index form of its
own. So the key of every prefix of a word begins one of the word's indexed forms: results
never disappear while the reader is still typing. No MkDocs imports.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# A word as the search sees it: Material's worker splits on everything else (mkdocs.yml,
# plugins.search.separator), so "(SROI)," is the word "sroi".
WORD = re.compile(r"[0-9A-Za-z\u00C0-\u024F'\u2019]+")
MARKS = re.compile(r"[\u0300-\u036f]")
DOUBLE_VOWEL = re.compile(r"([aeou])\1+")
# Plural and inflection endings, longest first; one is removed (regio's, huisartsen,
# zorgverleners, financiële).
ENDINGS = ("'s", "'", "en", "s", "e")
MIN_STEM = 3  # "zbc's" -> "zbc", but "ons", "een" and two-letter words keep their letters
DOUBLED_CONSONANT = re.compile(r"([b-df-hj-np-tv-z])\1$")
VOICED = {"z": "s", "v": "f"}  # huizen/huis, brieven/brief
TAG = re.compile(r"<[^>]+>")


def fold(word: str) -> str:
    """Lower case without diacritics, one character at a time ("Patiënt" -> "patient")."""
    return MARKS.sub("", unicodedata.normalize("NFD", word.lower())).replace("\u2019", "'")


@lru_cache(maxsize=65536)  # a word recurs on many pages; the same word, the same key
def key(word: str) -> str:
    """The search key: folded, one plural or inflection ending off; after "-en" a doubled
    consonant single ("bedden" -> "bed") or z/v as s/f ("huizen" -> "huis"); doubled
    vowels single ("afspraak" -> "afsprak", like "afspraken")."""
    word = fold(word)
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            word = word[: -len(ending)]
            if ending == "en":
                word = _after_en(word)
            break
    return DOUBLE_VOWEL.sub(r"\1", word)


def _after_en(stem: str) -> str:
    if DOUBLED_CONSONANT.search(stem):
        return stem[:-1]
    if stem[-1] in VOICED:
        return stem[:-1] + VOICED[stem[-1]]
    return stem


def index_forms(word: str) -> list[str]:
    """What the index holds for a word besides the word itself: the forms that the key of
    the word, or of any of its prefixes, begins with, unless the word already begins with
    it. Empty for most words ("huisartsen": its key "huisarts" is a prefix of it)."""
    lower = word.lower()
    squeezed = DOUBLE_VOWEL.sub(r"\1", fold(word))
    forms = [key(word), squeezed]
    # The z/v exception: "huizenmarkt" typed as far as "huizen" has the key "huis".
    for match in re.finditer(r"(?<=[a-z']{3})[zv]en", squeezed):
        forms.append(key(squeezed[: match.end()]))
    kept: list[str] = []
    for form in sorted(set(forms), key=len, reverse=True):
        if not lower.startswith(form) and not any(other.startswith(form) for other in kept):
            kept.append(form)
    return kept


def query_keys(query: str) -> str:
    """A typed query with every word replaced by its key; field names ("title:") and the
    query syntax around the words stay as typed. Mirrors the browser's transform."""
    return re.sub(
        rf"({WORD.pattern})(:?)",
        lambda m: m.group(0) if m.group(2) else key(m.group(1)),
        query,
    )


def words_of(html_text: str, separator: str) -> list[str]:
    """The words of an indexed field, split as Material's worker splits them (markup out,
    then the configured separator)."""
    text = TAG.sub(" ", html_text)
    return [token for token in re.split(separator, text) if token]


def forms_of(html_text: str, separator: str, stop_words: frozenset[str]) -> str:
    """The index forms of a field's words, in order of first appearance, space-separated:
    what goes into the index, hidden, after the field's own text."""
    seen: dict[str, None] = {}
    for word in dict.fromkeys(words_of(html_text, separator)):  # each word once, in order
        seen.update(dict.fromkeys(_kept_forms(word, stop_words)))
    return " ".join(seen)


@lru_cache(maxsize=65536)  # per word, not per occurrence: the index repeats most words
def _kept_forms(word: str, stop_words: frozenset[str]) -> tuple[str, ...]:
    """The index forms of one word that are no stop words (none for a stop word)."""
    if word.lower() in stop_words:
        return ()
    return tuple(form for form in index_forms(word) if form not in stop_words)


def lunr_stop_words(script: str) -> frozenset[str]:
    """The stop words of lunr-languages' Dutch support (Material ships lunr.nl.min.js):
    the worker drops them from the index, so their forms would only add noise."""
    match = re.search(r'generateStopWordFilter\("([^"]*)"', script)
    return frozenset(match.group(1).split()) if match else frozenset()
