"""Notes to other editors typed where readers see them: 'TODO' in a page or a key point,
'// nog checken' after a glossary explanation, 'lorem ipsum' in a reference's title.

Why: an editor leaves a note for a colleague the way they would in a document or in code;
the site publishes it. The page checks, the glossary, the catalogue and the data file all
ask here. No MkDocs import.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .findings import Finding, finding

# (TODO, FIXME, XXX, TBD or lorem ipsum as words: written from the first letter on, which re
# finds in C, where a pattern that starts with \b is tried at every character of the page)
EDITOR_NOTE = re.compile(
    r"[tfxl](?:(?<=\bt)(?:odo|bd)|(?<=\bf)ixme|(?<=\bx)xx|(?<=\bl)orem ipsum)\b", re.IGNORECASE
)


# A note to other editors at the end of a value readers see: '// nog checken', '/* ... */'
VALUE_NOTE = re.compile(r"(?:^|\s)(?://|/\*|%%)\s*\S.*$")


def note_in_value(value: str) -> tuple[str, str] | None:
    """(the note as written, the value without it) when a text readers see, but not as a
    page (a glossary explanation, a reference's title, a key point), holds a note to editors:
    a note written as in program code, or TODO, FIXME, XXX, TBD in capitals, or lorem ipsum."""
    code = VALUE_NOTE.search(value)
    if code:
        return code.group(0).strip(), value[: code.start()].strip()
    word = EDITOR_NOTE.search(value)
    if word and (word.group(0).isupper() or word.group(0).lower() == "lorem ipsum"):
        rest = f"{value[: word.start()]} {value[word.end() :]}"
        return word.group(0), " ".join(rest.split()).strip(" :-")
    return None


def note_finding(
    label: str,
    line: int,
    value: str,
    what: str,
    hidden: str,
    rewrite: Callable[[str], str] | None = None,
    empty: str = "vul de tekst in",
) -> Finding | None:
    """The finding for a note in `value` (None without one), at `line` of file `label`.
    what: where it stands ('de uitleg van AVG'); hidden: how the file hides a note;
    rewrite(rest): the line with the note taken out, the fix; empty: the fix when the note
    was all the text."""
    note = note_in_value(value)
    if note is None:
        return None
    written, rest = note
    corrected = rewrite(rest) if rewrite and rest else None
    fix = f"schrijf '{corrected}'" if corrected else f"haal '{written}' weg" if rest else empty
    return finding(
        label,
        line,
        "notitie-in-tekst",
        corrected=corrected,
        note=written,
        what=what,
        fix=fix,
        hidden=hidden,
    )
