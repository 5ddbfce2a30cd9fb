"""What editors' programs put into a text file, made harmless before anything reads it.

Why: pages are written in GitHub's web editor, pasted from Word or saved by Windows
programs. Some of what that brings is invisible and changes nothing the editor meant; it is
normalised here, the same way for the build (hooks/source_normalize.py), the content
checks and the data file:
- a byte-order mark at the start (it hides the front matter from MkDocs);
- Windows and old Mac line endings;
- non-breaking and other fixed-width spaces used as indentation, or right after a list's
  dash or a YAML name's colon (Markdown and YAML read them as text, so a list or a box would
  turn into a paragraph, 'id:' and its value into one word);
- curly quotes (“ ” from Word) around an admonition's title;
- soft hyphens (Word's optional hyphens): invisible, but they split a word in two for the
  search ("beleids-medewerker" is not found as "beleidsmedewerker");
- ligatures from text copied out of a PDF ("ﬁ" in "ﬁnanciering" is one character): they
  look like their letters, but the search does not find "financiering" in them.
A file that is not UTF-8 cannot be read as meant; `decode` names the first line it breaks.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

BOM = "\ufeff"
SOFT_HYPHEN = "\u00ad"
# ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ -> their letters
LIGATURES = str.maketrans(
    {chr(code): unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}
)
# (str.translate looks up every character in Python: only texts that hold one pay for it)
_LIGATURE = re.compile("[\ufb00-\ufb06]")
# Spaces that look like a space but are not one to Markdown and YAML.
ODD_SPACES = "\u00a0\u2007\u202f\u2002\u2003\u2009"
_ODD_INDENT = re.compile(rf"^[ {ODD_SPACES}]+", re.MULTILINE)
# 'id:<harde spatie>kernteam', '-<harde spatie>id: ...': where YAML and Markdown need a space
ODD_AFTER_MARK = re.compile(
    rf"^(?P<head>[ \t]*(?:-|[\w-]+:|- [\w-]+:))[{ODD_SPACES}]+", re.MULTILINE
)
# !!! interessant “Interessant”  ->  !!! interessant "Interessant"
_CURLY_TITLE = re.compile(
    r"^(?P<head>\s*(?:!!!|\?\?\?\+?)[ \t]+[\w -]+?[ \t]+)[“„”](?P<title>[^“”\"\n]*)[”“]",
    re.MULTILINE,
)


class NotUtf8Error(ValueError):
    """The file is not UTF-8; `line` is the first line with a byte that is not."""

    def __init__(self, line: int, encoding_guess: str):
        super().__init__(f"line {line}")
        self.line = line
        self.encoding_guess = encoding_guess


def decode(data: bytes) -> str:
    """The text of a file, or NotUtf8Error naming the first line that is not UTF-8."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        guess = "UTF-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "Windows-1252"
        raise NotUtf8Error(line, guess) from None


@lru_cache(maxsize=2048)  # one build reads each page several times (hooks, checks, blocks)
def normalize(text: str) -> str:
    """The text as the editor meant it (see the module's docstring)."""
    text = text.removeprefix(BOM).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace(SOFT_HYPHEN, "")
    if _LIGATURE.search(text):
        text = text.translate(LIGATURES)
    text = _ODD_INDENT.sub(lambda match: " " * len(match.group(0)), text)
    text = ODD_AFTER_MARK.sub(lambda match: match["head"] + " ", text)
    return _CURLY_TITLE.sub(lambda match: f'{match["head"]}"{match["title"]}"', text)


def read(path) -> str:
    """A page or data file as the build and the checks read it."""
    return normalize(decode(path.read_bytes()))
