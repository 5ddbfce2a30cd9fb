"""Forgiving search: one search key per Dutch word, the same at build time and in the query.

Why: readers type in a hurry, without diacritics and in whichever number comes to mind.
`key()` folds a word so that "patientinformatie" and "patiëntinformatie", "ziekenhuizen"
and "ziekenhuis", "afspraken" and "afspraak", "financiële" and "financieel" share a key.
The index gets the keys of a section's words (`forms_of`) in extra fields, and the reader's
query is turned into keys before Material's search worker sees it
(overrides/partials/search-forms.html, a copy of these rules in JavaScript; the tests
check that both give the same key for every word).

Every rule either maps one letter to one letter (diacritics, z/v), merges a doubled vowel,
or shortens the end of the word, so the key of a prefix is a prefix of the key of the
word: results never disappear while the reader is still typing. No MkDocs imports.
"""

from __future__ import annotations

import re
import unicodedata

# A word as the search sees it: Material's worker splits on everything else (mkdocs.yml,
# plugins.search.separator), so "(SROI)," is the word "sroi".
WORD = re.compile(r"[0-9A-Za-z\u00C0-\u024F'\u2019]+")
MARKS = re.compile(r"[\u0300-\u036f]")
DOUBLE_VOWEL = re.compile(r"([aeou])\1")
# Plural and inflection endings, longest first; one is removed (huisartsen, regio's,
# zorgverleners, financiële).
ENDINGS = ("'s", "en", "'", "s", "e")
MIN_STEM = 3  # "zbc's" -> "zbc", but "ons", "des" and acronyms keep their letters
CONSONANTS = set("bcdfghjklmnpqrstvwxz")
TAG = re.compile(r"<[^>]+>")


def fold(word: str) -> str:
    """Lower case without diacritics, one character at a time ("Patiënt" -> "patient")."""
    return MARKS.sub("", unicodedata.normalize("NFD", word.lower())).replace("\u2019", "'")


def key(word: str) -> str:
    """The search key: folded, z/v as s/f ("huizen" -> "huisen", "brieven" -> "briefen"),
    doubled vowels single ("afspraak" -> "afsprak"), one plural or inflection ending off,
    and a final doubled consonant single ("bedden" -> "bedd" -> "bed")."""
    word = DOUBLE_VOWEL.sub(r"\1", fold(word).replace("z", "s").replace("v", "f"))
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            word = word[: -len(ending)]
            break
    if len(word) > MIN_STEM and word[-1] == word[-2] and word[-1] in CONSONANTS:
        word = word[:-1]
    return word


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
    then the configured separator), in lower case."""
    text = TAG.sub(" ", html_text)
    return [token.lower() for token in re.split(separator, text) if token]


def forms_of(html_text: str, separator: str, stop_words: frozenset[str]) -> str:
    """The keys of a field's words that the text itself does not already contain, in
    order of first appearance, space-separated (what goes into the index)."""
    seen: dict[str, None] = {}
    for word in words_of(html_text, separator):
        form = key(word)
        if form != word and word not in stop_words and form not in stop_words:
            seen.setdefault(form)
    return " ".join(seen)


def lunr_stop_words(script: str) -> frozenset[str]:
    """The stop words of lunr-languages' Dutch support (Material ships lunr.nl.min.js):
    the worker drops them from the index, so their keys would only add noise."""
    match = re.search(r'generateStopWordFilter\("([^"]*)"', script)
    return frozenset(match.group(1).split()) if match else frozenset()
