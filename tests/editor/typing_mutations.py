"""Typing mistakes on the real pages and data files, and what a reader would see of them.

Helpers of test_typing_mistakes.py. The oracle here is deliberately independent of the
project's own checks (scripts/toolkit/rendered_checks.py): it compares what a reader gets
from the changed site with what the unchanged site gives, page by page.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup
from hypothesis import strategies as st

from project import DOCS, ROOT

TARGETS = sorted(
    str(path.relative_to(ROOT))
    for path in [
        DOCS / "index.md",
        DOCS / "_data" / "blokken.yml",
        DOCS / "_data" / "referenties.md",
        *sorted((DOCS / "blokken").glob("*.md")),
    ]
)
# What a slip of the finger or a paste from Word puts in.
INSERTS = ['"', "“", "”", "'", "\t", "\u00a0", "{", "}", "[", "]", "|", "*", "-", ":", "\n"]
# Characters where a typo changes the structure, not only a word.
MARKUP = set("[]{}|!*-:#\"'\n ")

# Syntax that should never reach a reader as text (counted in the article's text, code left
# out). Pipes occur in some link titles, so every count is compared with the unchanged site.
SYNTAX = re.compile(r"\[|\]|\||\{\{|\}\}|\{%|%\}|!!|\?\?\?|\*\*|__|^\s*[-*+] ", re.M)


@dataclass(frozen=True)
class Mutation:
    file: str
    position: int
    kind: str  # "delete", "duplicate" or "insert"
    char: str = ""

    def apply(self, text: str) -> str:
        at = min(self.position, len(text) - 1)
        if self.kind == "delete":
            return text[:at] + text[at + 1 :]
        if self.kind == "duplicate":
            return text[: at + 1] + text[at:]
        return text[:at] + self.char + text[at:]

    def typed(self, text: str) -> str:
        """The character the editor added, if any."""
        at = min(self.position, len(text) - 1)
        return {"insert": self.char, "duplicate": text[at], "delete": ""}[self.kind]

    def describe(self, text: str) -> str:
        at = min(self.position, len(text) - 1)
        line = text[:at].count("\n") + 1
        context = text[max(0, at - 25) : at + 25]
        what = {"delete": "delete", "duplicate": "duplicate", "insert": f"insert {self.char!r}"}
        return f"{self.file}, line {line}: {what[self.kind]} at {at} in {context!r}"


def _text_of(file: str) -> str:
    return (ROOT / file).read_text(encoding="utf-8")


@st.composite
def mutations(draw) -> Mutation:
    """A typo somewhere in a real file, half of them on a character of the markup."""
    file = draw(st.sampled_from(TARGETS))
    text = _text_of(file)
    markup = [index for index, char in enumerate(text) if char in MARKUP]
    if draw(st.booleans()):
        position = draw(st.sampled_from(markup))
    else:
        position = draw(st.integers(0, len(text) - 1))
    kind = draw(st.sampled_from(["delete", "duplicate", "insert"]))
    char = draw(st.sampled_from(INSERTS)) if kind == "insert" else ""
    return Mutation(file, position, kind, char)


@dataclass(frozen=True)
class Reading:
    """What a reader gets from one page, reduced to what can betray raw syntax."""

    syntax: Counter
    code_blocks: int
    rules: int  # <hr>: a front-matter block that became text shows its '---' as lines
    boxes: frozenset[str]  # admonition types

    def worse_than(self, before: Reading, typed: str) -> list[str]:
        """What this page shows that the unchanged page did not (beyond the typed char)."""
        problems = []
        for token, count in self.syntax.items():
            allowed = before.syntax[token] + (1 if token == typed else 0)
            if count > allowed:
                problems.append(f"{token!r} shown {count} times (was {before.syntax[token]})")
        if self.code_blocks > before.code_blocks:
            problems.append("text turned into a code block")
        if self.rules > before.rules:
            problems.append("a horizontal rule appeared")
        if self.boxes - before.boxes:
            problems.append(f"unknown box type {sorted(self.boxes - before.boxes)}")
        return problems


def read_site(site: Path) -> dict[str, Reading]:
    """Every content page of a built site, as a reader gets it."""
    readings = {}
    for path in sorted(site.rglob("*.html")):
        article = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml").select_one("article")
        if article is None:
            continue
        code_blocks = len(article.find_all("pre"))
        rules = len(article.find_all("hr"))
        boxes = frozenset(
            name
            for box in article.select(".admonition, details")
            for name in box.get("class", [])
            if name not in ("admonition", "inline", "end")
        )
        for literal in article.find_all(["pre", "code", "script", "style"]):
            literal.decompose()
        text = article.get_text("\n")
        syntax = Counter(match.group(0).strip() for match in SYNTAX.finditer(text))
        readings[str(path.relative_to(site))] = Reading(syntax, code_blocks, rules, boxes)
    return readings


def raw_syntax(before: dict[str, Reading], after: dict[str, Reading], typed: str) -> list[str]:
    problems = []
    for page, reading in after.items():
        if page in before:
            problems += [f"{page}: {item}" for item in reading.worse_than(before[page], typed)]
    missing = sorted(set(before) - set(after))
    if missing:
        problems.append(f"pages gone: {missing}")
    return problems
