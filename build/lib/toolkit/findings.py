"""A finding: one mistake an editor made, as data, from the check that finds it to every output.

Why: the build's log, scripts/check-content, the GitHub annotations and the tests all show
the same findings. Each travels as a `Finding` object (file, line, rule, Dutch message and
fix) and is only turned into text where it is shown (`str(finding)`, `report`), never parsed
back. Every wording comes from the one table in messages.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .messages import compose


@dataclass(frozen=True)
class Finding:
    """One mistake: the file as seen in the repository, its 1-based line, and what to do."""

    file: str
    line: int | None
    rule: str  # key of messages.MESSAGES
    message: str  # Dutch: what is wrong
    fix: str  # Dutch: what to do, shown after "Oplossing:"
    detail: str = ""  # a place more precise than the line, e.g. "blok 'scholing'"
    corrected: str | None = None  # the whole line as the fix makes it, where a check knows

    @property
    def place(self) -> str:
        place = self.file if self.line is None else f"{self.file}, regel {self.line}"
        return f"{place} ({self.detail})" if self.detail else place

    @property
    def text(self) -> str:
        """The message and its fix, without the place."""
        return f"{self.message} Oplossing: {self.fix}" if self.fix else self.message

    def __str__(self) -> str:
        return f"{self.place}: {self.text}"

    @property
    def sort_key(self) -> tuple[str, int]:
        return (self.file, self.line or 0)


def finding(
    file: str,
    line: int | None,
    rule: str,
    within: str = "",
    corrected: str | None = None,
    **values: object,
) -> Finding:
    """A finding worded by the table (messages.MESSAGES[rule], blanks filled with values);
    `within` is a place more precise than the line, e.g. "blok 'scholing'"; `corrected`
    the line as the advice makes it (tests apply it and check again)."""
    message, fix = compose(rule, **values)
    return Finding(file, line, rule, message, fix, within, corrected)


class FindingsError(Exception):
    """Raised where a check stops the work; carries its findings as objects."""

    def __init__(self, findings: Iterable[Finding]):
        self.findings = sorted(findings, key=lambda item: item.sort_key)
        super().__init__(report(self.findings))


def unique(findings: Iterable[Finding]) -> list[Finding]:
    """Each mistake once, in file and line order (a mistake in a file that several pages
    show is found on each of them)."""
    seen: dict[tuple, Finding] = {}
    for item in findings:
        seen.setdefault((item.file, item.line, item.rule, item.message), item)
    return sorted(seen.values(), key=lambda item: item.sort_key)


def report(findings: Iterable[Finding]) -> str:
    """All findings as one Dutch text, sorted by file and line (the build's log)."""
    items = unique(findings)
    count = "1 fout" if len(items) == 1 else f"{len(items)} fouten"
    lines = [
        f"De inhoud bevat {count}. De site is niet gebouwd en er is niets gepubliceerd. "
        "Herstel de fouten hieronder (lokaal controleren: scripts/check-content):"
    ]
    lines += [f"  - {item}" for item in items]
    return "\n".join(lines)


def annotation(item: Finding) -> str:
    """A GitHub workflow command: shown at the file and line in the pull request."""
    line = f",line={item.line}" if item.line else ""
    message = str(item).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return f"::error file={item.file}{line},title=Fout in de inhoud::{message}"
