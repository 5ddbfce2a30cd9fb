"""What a fetched page says, reduced to what reference rot needs: its title, its first
heading and a fingerprint of its main text.

Used in two processes: inside linkchecker (the capture plugin, on the body linkchecker
fetched anyway) and here (the per-host probe). Needs only the standard library and
BeautifulSoup, which linkchecker itself depends on.

The fingerprint is a bottom-k sketch: the K smallest 32-bit hashes of the text's word
5-shingles. Two sketches estimate the Jaccard similarity of the full shingle sets, and a
sketch has a fixed, small size whatever the page's length.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import dataclass, field

from bs4 import BeautifulSoup

try:  # lxml parses several times faster than Python's html.parser
    import lxml  # noqa: F401

    _PARSER = "lxml"
except ImportError:
    _PARSER = "html.parser"

CAPTURE_BYTES = 262_144  # only this much of a body is read for the fingerprint
SKETCH_SIZE = 128
SHINGLE_WORDS = 5
INFO_PREFIX = "linkrot-page: "
LEAD_CHARS = 300  # how the plugin's record travels in linkchecker's output

# Parts of a page that are not its content: menus, headers, footers, cookie banners.
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "svg",
    "iframe",
    "button",
    "select",
)
_DROP_MARKERS = re.compile(
    r"cookie|consent|banner|gdpr|privacy-?bar|skip|breadcrumb|menu|navbar|nav-|-nav|"
    r"sidebar|share|social|footer|header|related|gerelateerd|teaser|widget|promo|"
    r"(^|\s)(ad|ads|advert\w*|print|feedback|rating)(\s|$)",
    re.I,
)
_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    "|january|february|march|june|july|august|october|"
    "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec"
    "|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
)
_DATE_WORDS = re.compile(rf"\b(?:{_MONTHS})\b\.?", re.I)
_DIGITS = re.compile(r"\d+")
# Addresses and paths in the text: a not-found page often names the one requested.
_PATHS = re.compile(r"\S*/\S*|\S+\.(html?|php|aspx?)\b")
_SHORT = re.compile(r"\b\w\b")
_NON_WORD = re.compile(r"[^\w]+")
_SPACE = re.compile(r"\s+")


@dataclass
class PageText:
    """Title, first heading and the sketch of the main text of one page."""

    title: str = ""
    h1: str = ""
    sketch: list[int] = field(default_factory=list)
    words: int = 0  # words in the normalised main text
    # The same for single words, for short texts: there one changed word would change
    # most 5-shingles, and a counter or a session code would look like new content.
    word_sketch: list[int] = field(default_factory=list)
    lead: str = ""  # the start of the main text, as written
    status_hint: int | None = None  # a status the page states itself (prerender meta tag)

    def to_wire(self) -> dict:
        return {
            "title": self.title,
            "h1": self.h1,
            "sketch": self.sketch,
            "words": self.words,
            "word_sketch": self.word_sketch,
            "lead": self.lead,
            "status_hint": self.status_hint,
        }

    @classmethod
    def from_wire(cls, data: dict) -> PageText:
        return cls(
            title=str(data.get("title") or "")[:300],
            h1=str(data.get("h1") or "")[:300],
            sketch=[int(v) for v in data.get("sketch") or []][:SKETCH_SIZE],
            words=int(data.get("words") or 0),
            word_sketch=[int(v) for v in data.get("word_sketch") or []][:SKETCH_SIZE],
            lead=str(data.get("lead") or "")[:LEAD_CHARS],
            status_hint=_int_or_none(data.get("status_hint")),
        )


def read_page(body: bytes, limit: int = CAPTURE_BYTES) -> PageText:
    """The PageText of an HTML body; at most `limit` bytes of it are read. A soup of our
    own: the text extraction changes it, and linkchecker's AnchorCheck reads its own."""
    soup = BeautifulSoup(body[:limit], _PARSER)
    title = _clean(soup.title.get_text(" ") if soup.title else "")
    heading = soup.find("h1")
    h1 = _clean(heading.get_text(" ") if heading else "")
    hint = _status_hint(soup)
    text = main_text(soup)
    words = normalise(text).split()
    lead = _clean(text)[:LEAD_CHARS]
    return PageText(
        title[:300], h1[:300], sketch(words), len(words), word_sketch(words), lead, hint
    )


def _status_hint(soup) -> int | None:
    """<meta name="prerender-status-code" content="404">: what single-page sites say."""
    for meta in soup.find_all("meta"):
        name = (meta.get("name") or meta.get("http-equiv") or "").lower()
        if name in ("prerender-status-code", "status", "http-status"):
            return _int_or_none((meta.get("content") or "").strip()[:3])
    return None


def _int_or_none(value) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def main_text(soup) -> str:
    """The text of <main> or <article> (else <body>) without menus, banners and scripts.
    The soup is changed: pass one nobody needs afterwards."""
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    marked = []
    for tag in soup.find_all(True):
        if tag.name in ("main", "body", "article", "html"):
            continue
        attrs = tag.attrs or {}
        classes = attrs.get("class") or []
        marker = " ".join([str(attrs.get("id") or ""), *classes, str(attrs.get("role") or "")])
        if marker.strip() and _DROP_MARKERS.search(marker):
            marked.append(tag)
    # A wrapper named after its sidebar or header may hold the content itself: keep it.
    marked = [tag for tag in marked if not tag.find(["main", "article", "h1"])]
    for tag in marked:
        if not getattr(tag, "decomposed", False):
            tag.decompose()
    root = soup.find("main") or soup.find("article") or soup.find(attrs={"role": "main"})
    root = root or soup.body or soup
    return root.get_text(" ")


def normalise(text: str) -> str:
    """Lower case, no accents, no paths, digits or month and day names (dates), words of
    two letters or more only."""
    if not text.isascii():  # accents off (é -> e); letters outside Latin go
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = text.lower()
    text = _PATHS.sub(" ", text)
    text = _DATE_WORDS.sub(" ", text)
    text = _DIGITS.sub(" ", text)
    text = _NON_WORD.sub(" ", text)
    text = _SHORT.sub(" ", text)
    return _SPACE.sub(" ", text).strip()


def sketch(words: list[str], size: int = SKETCH_SIZE) -> list[int]:
    """The `size` smallest hashes of the word shingles (one shingle for a short text)."""
    if not words:
        return []
    n = SHINGLE_WORDS
    shingles = {" ".join(words[i : i + n]) for i in range(max(1, len(words) - n + 1))}
    return sorted({zlib.crc32(s.encode()) for s in shingles})[:size]


def word_sketch(words: list[str], size: int = SKETCH_SIZE) -> list[int]:
    """The `size` smallest hashes of the distinct words."""
    return sorted({zlib.crc32(w.encode()) for w in words})[:size]


def similarity(a: list[int], b: list[int], size: int = SKETCH_SIZE) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two sketches."""
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    union = sorted(set(a) | set(b))[:size]
    both = set(a) & set(b)
    return sum(1 for h in union if h in both) / len(union)


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()
