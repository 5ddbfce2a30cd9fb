"""Content drift: a reference that still answers, but with something else than it did.

The first time a reference answers well its title and text fingerprint become its
baseline (in the history). Each night after, the page is compared with that baseline:
a title that changed beyond a small edit, or a main text whose shingles overlap less than
`text_similarity`, makes it "changed" until an editor accepts the current version
(`scripts/check_links --accept URL`). Dates, digits, menus, headers, footers and cookie
banners are not part of the fingerprint (page_text.py), and a site name after "|" or " - "
is not part of the title, so ordinary churn raises no alarm.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass

from .page_text import PageText, normalise, similarity

_SUFFIX = re.compile(r"\s+[|\u2013\u2014\-:\u00b7\u2022]\s+[^|\u2013\u2014\-:\u00b7\u2022]{1,60}$")
_WORD = re.compile(r"[a-z0-9]{4,}")
# Words too common in Dutch titles to show that two titles are about the same thing.
_COMMON = frozenset(
    [
        "voor",
        "over",
        "naar",
        "door",
        "zorg",
        "meer",
        "deze",
        "onze",
        "jouw",
        "uw",
        "zijn",
        "wordt",
        "worden",
        "heeft",
        "hebben",
        "home",
        "pagina",
        "nieuws",
        "website",
        "with",
        "from",
        "your",
        "about",
        "this",
        "that",
    ]
)


@dataclass(frozen=True)
class DriftSettings:
    text_similarity: float = 0.5  # below this (estimated Jaccard), the text changed
    title_similarity: float = 0.75  # below this (difflib ratio), the title changed


@dataclass
class Drift:
    title_changed: bool
    text_changed: bool
    similarity: float
    old_title: str
    new_title: str


SHORT_TEXT = 40  # words; below this, texts are compared word by word, not by shingles


def fingerprint(page: PageText, seen: str) -> dict:
    """What the history keeps of a page."""
    return {
        "title": page.title,
        "sketch": list(page.sketch),
        "word_sketch": list(page.word_sketch),
        "words": page.words,
        "seen": seen,
    }


def text_similarity(baseline: dict, page: PageText) -> float:
    short = min(baseline.get("words") or 0, page.words) < SHORT_TEXT
    if short and "word_sketch" in baseline:
        return similarity(baseline["word_sketch"], page.word_sketch)
    return similarity(baseline.get("sketch") or [], page.sketch)


def compare(baseline: dict, page: PageText, settings: DriftSettings) -> Drift | None:
    """How `page` drifted from `baseline`, or None if it is the same page (churn aside)."""
    old_title, new_title = baseline.get("title") or "", page.title
    title_changed = not same_title(old_title, new_title, settings.title_similarity)
    score = text_similarity(baseline, page)
    text_changed = score < settings.text_similarity
    if not (title_changed or text_changed):
        return None
    return Drift(title_changed, text_changed, round(score, 2), old_title, new_title)


def title_core(title: str) -> str:
    """A title without its site suffix ("Richtlijn artrose | Thuisarts" -> "richtlijn
    artrose"), lower case, accents and digits kept."""
    text = unicodedata.normalize("NFKC", title or "").strip()
    for _ in range(2):  # "Titel | Onderdeel | Site"
        stripped = _SUFFIX.sub("", text)
        if not stripped.strip():
            break
        text = stripped
    return re.sub(r"\s+", " ", text).strip().casefold()


def same_title(a: str, b: str, threshold: float) -> bool:
    """Equal titles once site names, dates and digits are left out, or a small edit."""
    core_a, core_b = normalise(title_core(a)), normalise(title_core(b))
    if core_a == core_b:
        return True
    return difflib.SequenceMatcher(None, core_a, core_b).ratio() >= threshold


def shares_nothing(title: str, link_text: str | None, min_words: int = 1) -> bool:
    """True if the page's title has no telling word in common with the catalogue's text
    for it: the reference may have pointed at the wrong page from the start. `min_words`:
    how many telling words the link text needs before it is worth comparing."""
    if not link_text or not title:
        return False
    words_a = _words(title)
    words_b = _words(link_text)
    if not words_a or len(words_b) < min_words:
        return False
    return not (words_a & words_b or _prefix_overlap(words_a, words_b))


def _words(text: str) -> set[str]:
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()
    return {w for w in _WORD.findall(plain) if w not in _COMMON}


def _prefix_overlap(a: set[str], b: set[str]) -> bool:
    # Dutch compounds and inflections: "artrosezorg" and "artrose", "richtlijnen".
    return any(
        x.startswith(y[:5]) or y.startswith(x[:5])
        for x in a
        for y in b
        if len(x) >= 5 and len(y) >= 5
    )
