"""Stable ids of the key points ("kernpunten") in docs/_data/blokken.yml.

Why: a self-scan saved in a reader's browser (docs/zelfscan.md) remembers a status and a
note per key point id. An id therefore never changes and is never given to another key
point, not even after its key point was removed: removed ids are listed under
`vervallen_kernpunten` in the data file. Pure functions, no MkDocs import; the data loader
(blocks_data.py) checks the ids and scripts/new-block hands out new ones.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# k, a serial number, a short name: k07-binnen-eigen-praktijk (as in blokken.schema.json)
ID_PATTERN = re.compile(r"^k(?P<number>[0-9]{2,})(-[a-z0-9]+)+$")
SLUG_WORDS = 3
SLUG_LENGTH = 36  # the schema allows 48 characters for the whole id
# Words that say little in a short name.
STOP_WORDS = frozenset(
    {"de", "het", "een", "en", "of", "van", "voor", "in", "op", "met", "bij", "om", "te"}
    | {"aan", "door", "als", "tot", "die", "dat", "deze", "welke", "niet", "maar", "ook"}
    | {"zorg", "waar", "mogelijk"}
)


def slug(text: str, words: int = SLUG_WORDS) -> str:
    """A short name from a key point's text: 'Betrek RvB en RvT tijdig' -> 'betrek-rvb-rvt'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    parts = [part for part in re.split(r"[^a-z0-9]+", ascii_text) if part]
    meaningful = [part for part in parts if part not in STOP_WORDS] or parts
    return "-".join(meaningful[:words])[:SLUG_LENGTH].strip("-") or "punt"


def number(key_point_id: str) -> int | None:
    match = ID_PATTERN.match(key_point_id)
    return int(match.group("number")) if match else None


def new_id(text: str, taken: Iterable[str]) -> str:
    """The next free id for a new key point: one above the highest number ever used
    (retired ids included), so an id is never handed out twice."""
    numbers = [n for n in (number(taken_id) for taken_id in taken) if n is not None]
    return f"k{max(numbers, default=0) + 1:02d}-{slug(text)}"
