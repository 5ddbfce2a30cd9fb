"""Characters an editor cannot see or did not mean: the check on a file as characters.

Why: text pasted from Word, Outlook or a web page brings characters that look like nothing
(a zero-width space inside a reference name makes it unknown; a direction mark moves text),
and text saved once in the wrong encoding brings "Ã©" where "é" was meant. Markdown and
YAML read them literally, and a message that quotes them shows two texts that look the
same. This check names each at its line, shown visibly, with the line as it should be.
Spaces that only look odd (a non-breaking space between words) are harmless and left alone;
toolkit.source_text already turns them into spaces where they would break indentation.
Pure functions, no MkDocs import.
"""

from __future__ import annotations

import re
import unicodedata

from .findings import Finding, finding
from .messages import visible

# Format characters that are fine where they are: a zero-width joiner inside an emoji.
_EMOJI_JOINER = re.compile(
    r"(?<=[\U0001F000-\U0001FAFF\u2600-\u27BF])\u200d(?=[\U0001F000-\U0001FAFF\u2600-\u27BF])"
)
# UTF-8 read as Windows-1252 and saved again: "Ã©" for "é", "â€™" for "’".
_MOJIBAKE = re.compile(r"(?:Ã[\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â€[™œ\u009d˜”“¦¢¡])+")
# What git leaves in a file when two changes to the same lines are merged: a conflict
# resolved in GitHub's web editor without removing them shows them on the site.
_CONFLICT = re.compile(r"^(?:<{7}|={7}|>{7}|\|{7})(?: |$)", re.MULTILINE)
_KEPT = {"\t", "\n", "\u00a0", "\u202f", "\u2007", "\u2002", "\u2003", "\u2009", "\u00ad"}


def check_characters(text: str, label: str) -> list[Finding]:
    """One finding per line with an invisible, control or damaged character."""
    findings = []
    # (substring tests first: a regex search over every file is a noticeable part of a build)
    damaged = ("Ã" in text or "â€" in text) and _MOJIBAKE.search(text) is not None
    # Both ends of a conflict: '=======' alone may be a heading's underline in Markdown.
    conflicted = (
        "<" * 7 in text
        and ">" * 7 in text
        and bool(re.search(r"^<{7}(?: |$)", text, re.M) and re.search(r"^>{7}(?: |$)", text, re.M))
    )
    for number, line in enumerate(text.split("\n"), start=1):
        if conflicted and _CONFLICT.match(line):
            findings.append(finding(label, number, "conflict-markering", marker=line[:7]))
            continue
        # Most lines are printable through and through (str.isprintable, in C): nothing to
        # look for there but damage, and only when the file has some.
        if not damaged and line.isprintable() and "\ufffd" not in line:
            continue
        problem = (damaged and _mojibake(line, label, number)) or _invisible(line, label, number)
        if problem:
            findings.append(problem)
    return findings


def _invisible(line: str, label: str, number: int) -> Finding | None:
    checked = _EMOJI_JOINER.sub("", line)
    if number == 1:
        checked = checked.removeprefix("\ufeff")  # a byte-order mark at the start is harmless
    bad = [
        char
        for char in checked
        if char not in _KEPT and (unicodedata.category(char) in ("Cf", "Cc") or char == "\ufffd")
    ]
    if not bad:
        return None
    if "\ufffd" in bad:
        return finding(label, number, "teken-onleesbaar", shown=_around(line, "\ufffd"))
    clean = "".join(char for char in line if char not in bad)
    return finding(
        label,
        number,
        "teken-onzichtbaar",
        corrected=clean,
        shown=_around(line, bad[0]),
        clean=clean.strip(),
    )


def _mojibake(line: str, label: str, number: int) -> Finding | None:
    match = _MOJIBAKE.search(line)
    if not match:
        return None
    try:
        meant = match.group(0).encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    corrected = line.replace(match.group(0), meant)
    return finding(
        label, number, "teken-verminkt", corrected=corrected, found=match.group(0), meant=meant
    )


def _around(line: str, char: str) -> str:
    """The bit of the line around the character, with the character spelled out."""
    at = line.index(char)
    return visible(line[max(0, at - 20) : at + 20]).strip()
