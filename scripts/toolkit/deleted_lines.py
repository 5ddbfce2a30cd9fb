"""Where lines the editor deleted stood: the lines to name when their absence is the mistake.

Why: a box line ('!!! interessant "Interessant"') deleted with the item above it leaves the
box's body behind, which then shows inside the box above or as code; the page check alone
can at most say a box is missing. With the file as it was where the work started (git), the
deletion has a place: the line of the changed file where it stood, which is where the
editor looks and what they must put back.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator


def deleted_lines(
    before: str, after: str, wanted: Callable[[str], bool]
) -> Iterator[tuple[int, str]]:
    """(the line of `after` where it stood, the deleted line) for each line of `before` that
    `wanted` accepts and that the change deleted."""
    old, new = before.split("\n"), after.split("\n")
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if tag not in ("delete", "replace"):
            continue
        kept = new[new_start:new_end]
        gone = [line for line in old[old_start:old_end] if wanted(line) and line not in kept]
        changed = sum(1 for line in kept if wanted(line) and line not in old)
        for line in gone[changed:]:  # (a line only changed, '"Interessant"' to '"Lees"', stays)
            yield min(new_start + 1, len(new)), line
