"""A key point removed from the data file must have its id retired.

Why: a self-scan keeps a status and a note per key point id (docs/zelfscan.md). When an
editor deletes a key point but does not put its id under `vervallen_kernpunten`, old scans
show its note as "onbekend" instead of "vervallen", and a later key point given the same id
would inherit that note. The data file has no history of its own, so the check compares it
with the data file of the branch's starting point in git (as page_redirects.py does for
pages): the merge base with origin/main, else the last commit. Outside git: nothing to
compare.

A pure function over two texts; no MkDocs import
(hooks/content_checks_hook.py calls it).
"""

from __future__ import annotations

import re

import yaml

from .deleted_lines import deleted_lines
from .editor_yaml import ImpossibleDatesLoader
from .findings import Finding, finding

DATA_FILE = "docs/_data/blokken.yml"
RETIRED = "vervallen_kernpunten"
_RETIRED_LINE = re.compile(rf"^{RETIRED}\s*:", re.MULTILINE)
TEXT_SHOWN = 60  # characters of the removed point's text in the message


def key_points(data: object) -> dict[str, str]:
    """Every key point id of a parsed data file (sub-points included) with its text."""
    found: dict[str, str] = {}

    def walk(points: object) -> None:
        for point in points if isinstance(points, list) else []:
            if isinstance(point, dict):
                if isinstance(point.get("id"), str):
                    found[point["id"]] = str(point.get("tekst") or "")
                walk(point.get("subpunten"))

    blocks = data.get("blokken") if isinstance(data, dict) else None
    for block in blocks if isinstance(blocks, list) else []:
        if isinstance(block, dict):
            walk(block.get("kernpunten"))
    return found


def _line_of_id(text: str, point_id: str) -> tuple[int | None, str]:
    """The line (1-based) that gives a key point this id, and the line as written."""
    for number, line in enumerate(text.split("\n"), start=1):
        if re.match(rf"^\s*-?\s*id\s*:\s*[\"']?{re.escape(point_id)}[\"']?\s*(?:#.*)?$", line):
            return number, line
    return None, ""


def retired_ids(data: object) -> set[str]:
    retired = data.get(RETIRED) if isinstance(data, dict) else None
    return (
        {item for item in retired if isinstance(item, str)} if isinstance(retired, list) else set()
    )


def check_removed_key_points(old_text: str, new_text: str, label: str = DATA_FILE) -> list[Finding]:
    """Findings for key points in `old_text` that are neither in `new_text` nor retired there.

    A text that is not valid YAML gives no finding here: the data-file checks report it."""
    try:
        old = yaml.load(old_text, ImpossibleDatesLoader)  # noqa: S506 - a SafeLoader subclass
        new = yaml.load(new_text, ImpossibleDatesLoader)  # noqa: S506
    except yaml.YAMLError:
        return []
    before, now = key_points(old), key_points(new)
    retired = retired_ids(new)
    match = _RETIRED_LINE.search(new_text)
    line = new_text[: match.start()].count("\n") + 1 if match else 1
    where = f"(regel {line})" if match else f"(een nieuwe regel '{RETIRED}:' bovenaan)"
    findings = []
    added = [point for point in now if point not in before]
    # an id still written outside a note ('- Id: k02-...'): the point is there, misspelt,
    # and the data-file checks name that line; it was not removed
    written = "\n".join(line.split("#", 1)[0] for line in new_text.split("\n"))
    for removed in sorted(set(before) - set(now) - retired):
        if re.search(rf"(?<![\w-]){re.escape(removed)}(?![\w-])", written):
            continue
        text = before[removed]
        renamed = next((point for point in added if now[point].strip() == text.strip()), None)
        if renamed:  # the same point under another id: the id was changed in place
            number, written = _line_of_id(new_text, renamed)
            if number:
                findings.append(
                    finding(
                        label,
                        number,
                        "kernpunt-id-gewijzigd",
                        corrected=written.replace(renamed, removed, 1),
                        old=removed,
                        new=renamed,
                    )
                )
                continue
        shown = text if len(text) <= TEXT_SHOWN else text[: TEXT_SHOWN - 1].rstrip() + "…"
        # named where the editor deleted it (the message says where its id goes)
        stood = deleted_lines(old_text, new_text, lambda written, point=removed: point in written)
        findings.append(
            finding(
                label,
                next((number for number, _ in stood), line),
                "kernpunt-verwijderd",
                id=removed,
                shown=shown,
                retired=RETIRED,
                where=where,
            )
        )
    return findings
