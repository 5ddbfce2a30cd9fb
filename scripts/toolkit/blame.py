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
from collections.abc import Iterable, Iterator

# 'value' or "value" in a message; at least two characters, no line break
QUOTED = re.compile(r"""'([^'\n]{2,200})'|"([^"\n]{2,200})\"""")


def quoted_values(message: str) -> list[str]:
    """The values a message quotes, in order; a message of one word alone (Jinja's missing
    template: 'breed.html') is that value."""
    values = [single or double for single, double in QUOTED.findall(message)]
    return values + [line.strip() for line in message.split("\n") if ONE_WORD.fullmatch(line)]


ONE_WORD = re.compile(r"\s*[\w./-]{2,200}\s*")


def line_quoted(text: str, message: str) -> tuple[int, str] | None:
    """(line, value): the first line of `text` that holds a value the message quotes."""
    return next(quoted_lines(text, message), None)


def quoted_lines(text: str, message: str) -> Iterator[tuple[int, str]]:
    """(line, value) for each value the message quotes, at each line of `text` that holds
    it. A quoted absolute path is also looked for as the file names it: by its last parts."""
    lines = text.split("\n")
    for value in quoted_values(message):
        for candidate in _as_written(value):
            pattern = re.compile(rf"(?<![\w/.-]){re.escape(candidate)}(?![\w/-])")
            for number, line in enumerate(lines, 1):
                if pattern.search(line):
                    yield number, candidate


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
    return min(
        (n for n in changed_lines(before, after) if within is None or n in within), default=None
    )


def changed_lines(before: str, after: str) -> set[int]:
    """The lines of `after` that the change since `before` added or altered, and the line
    where deleted lines stood."""
    old, new = before.split("\n"), after.split("\n")
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    lines: set[int] = set()
    for tag, _, _, start, end in matcher.get_opcodes():
        if tag != "equal":
            lines.update(min(n, len(new)) for n in range(start + 1, max(end, start + 1) + 1))
    return lines


def blamed_line(text: str, said: str, before: str | None) -> tuple[int, str | None] | None:
    """(line, quoted value or None): where an unforeseen failure points in a file. A value the
    messages quote, on a line the editor changed (any line outside git); else the first
    changed line; None when git knows the file unchanged or nothing points anywhere."""
    changed = changed_lines(before, text) if before is not None else None
    if changed == set():
        return None
    quoted = (found for found in quoted_lines(text, said) if changed is None or found[0] in changed)
    return next(quoted, None) or ((min(changed), None) if changed else None)


def nearest_changed(before: str | None, after: str, line: int, reach: int = 3) -> int:
    """The line to name for a problem a reader of the file (YAML reads top down) met at
    `line`: itself when the editor changed it (or nothing is known); else the closest line
    the editor changed above it (the reader stopped where the slip made it lose its way, at
    or below the slip); else a changed line at most `reach` lines below."""
    if before is None:
        return line
    changed = changed_lines(before, after)
    if not changed or line in changed:
        return line
    above = [number for number in changed if number < line]
    if above:
        return max(above)
    below = [number for number in changed if line < number <= line + reach]
    return min(below, default=line)
