"""The line an unforeseen failure is about: what its message quotes, or what the editor changed.

Why: a failure no check foresaw (a plugin that cannot find the module an option names, a
setting MkDocs refuses in words no translation knows) still comes from something the editor
wrote. Its message usually quotes that value ('hooks/macro', a path); where it does not, the
line the editor changed since the work started (git) is the one to look at. Either way the
editor is sent to a line, never to a whole folder. Pure functions, no MkDocs import.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

# 'value' or "value" in a message; at least two characters, no line break
QUOTED = re.compile(r"""'([^'\n]{2,200})'|"([^"\n]{2,200})\"""")


def quoted_values(message: str) -> list[str]:
    """The values a message quotes, in order."""
    return [single or double for single, double in QUOTED.findall(message)]


def line_quoted(text: str, message: str) -> tuple[int, str] | None:
    """(line, value): the first line of `text` that holds a value the message quotes. A
    quoted absolute path is also looked for as the file names it: by its last parts."""
    lines = text.split("\n")
    for value in quoted_values(message):
        for candidate in _as_written(value):
            pattern = re.compile(rf"(?<![\w/.-]){re.escape(candidate)}(?![\w/-])")
            number = next((n for n, line in enumerate(lines, 1) if pattern.search(line)), None)
            if number is not None:
                return number, candidate
    return None


def _as_written(value: str) -> Iterable[str]:
    value = value.strip()
    parts = value.split("/")
    written = [value] if not value.startswith("/") else []
    written += ["/".join(parts[start:]) for start in range(1, len(parts)) if parts[start]]
    for candidate in written:
        yield candidate
        if candidate.endswith(".py"):  # a module named by its file
            yield candidate[: -len(".py")]


def first_changed_line(before: str | None, after: str, within: range | None = None) -> int | None:
    """The first line of `after` that the change since `before` added or altered (or where
    deleted lines stood), optionally only inside `within`; None without `before`."""
    if before is None:
        return None
    old, new = before.split("\n"), after.split("\n")
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, _, _, start, end in matcher.get_opcodes():
        if tag == "equal":
            continue
        for number in range(start + 1, max(end, start + 1) + 1):
            if within is None or number in within:
                return min(number, len(new))
    return None
