"""Is a message an editor or reader sees Dutch throughout? A test helper.

Not a language detector: a list of common English words that are not Dutch words too (so
not "is", "in", "of", "was", "link" or "check", which Dutch uses too). A message fails when
any of them occurs outside quotes and code, i.e. outside '...', "...", `...`, [...], URLs
and paths, which may name English things (a key, a file name, a quoted line of the page).
"""

from __future__ import annotations

import re

# fmt: off
ENGLISH_WORDS = frozenset("""
    the a an and or to with without for from by this that these those which while when
    where what how why not no yes must should could would can cannot please found
    expected error errors warning failed failure invalid unknown missing line file files
    character characters value values key keys field fields page pages
    indentation violates scanning parsing sequence undefined syntax
    unexpected end aborted modified documentation
    instead use using there are were has have does did your you it its be
""".split())  # noqa: SIM905 (a word list reads best as words)
# fmt: on
QUOTED = re.compile(
    r"'[^']*'|\"[^\"]*\"|“[^”]*”|‘[^’]*’|`[^`]*`|\S+://\S+|\S*[/\\]\S*|\S+\.\w{2,4}\b"
    r"|\[[^\]\n]*\]"  # a name in brackets: the editor's reference or abbreviation, as typed
)
WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")


def english_words(message: str) -> list[str]:
    """The English words of `message` outside quotes, code, URLs and paths."""
    prose = QUOTED.sub(" ", message)
    return [word for word in WORD.findall(prose) if word.lower() in ENGLISH_WORDS]


def assert_dutch(message: str) -> None:
    """A message is Dutch throughout: no English word, and it says how to fix it."""
    found = english_words(message)
    assert not found, f"English in the message {found}: {message}"
    assert "Oplossing:" in message, f"no 'Oplossing:' in: {message}"
