"""Edits an editor makes to every kind of file they touch, and an oracle of what a reader
loses or sees from them.

Helpers of test_editing_is_harmless_or_explained.py. An edit knows which lines of the new
text it changed, so a message can be held to "a line the editor changed". The oracle is the
test's own and independent of the project's checks: it compares every page of the changed
site with the unchanged site, words and syntax, using nothing from scripts/toolkit.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup
from hypothesis import strategies as st

from project import DOCS, ROOT

PAGES = sorted(
    str(path.relative_to(ROOT)) for path in [DOCS / "index.md", *(DOCS / "blokken").glob("*.md")]
)
DATA = ["docs/_data/blokken.yml", "docs/_data/referenties.md", "docs/_data/afkortingen.md"]
CONFIG = "mkdocs.yml"
TARGETS = PAGES + DATA + [CONFIG]

# What typing and pasting bring into a line: Word, Outlook and browser HTML, examples from
# GitHub's Markdown help, placeholders, e-mail addresses, addresses from the address bar.
PASTES = [
    '<p class="MsoNormal"><span lang="NL">Zie bijlage</span><o:p></o:p></p>',
    '<span style="font-family:Calibri">regionale afspraken</span>',
    "<b>Let op</b>: alleen voor de regio",
    "> [!NOTE]\n> Belangrijk voor de huisarts.",
    "> [!WARNING]\n> Verouderd.",
    "- [ ] taak voor het kernteam\n- [x] afgerond",
    "Dit is ~~oud~~ nieuw.",
    "| Wie | Wat |\n|---|---|\n| huisarts | verwijst |",
    "Een voetnoot[^1].\n\n[^1]: De bron.",
    "**Vet** en *cursief* en `code`.",
    "[NAAM INVULLEN]",
    "{{ naam }}",
    "<naam van de regio>",
    "<65 jaar",
    "Mail info@orthopeden.org voor vragen.",
    "https://www.rivm.nl/artrose?utm_source=nieuwsbrief",
    "www.zorginstituutnederland.nl",
    "#Kernteam",
    "• eerste punt\n• tweede punt",
    "1) eerste\n2) tweede",
    "Zorg voor draagvlak – ook bij de RvB…",
    "Huisartsencoöperatie “De Zorg”",
    "javascript:alert(1)",
    "<!-- nog nakijken",
    "😀 goed idee",
]
CHARS = [
    '"',
    "“",
    "”",
    "'",
    "\t",
    "\u00a0",
    "\u200b",
    "{",
    "}",
    "[",
    "]",
    "|",
    "*",
    "-",
    ":",
    "#",
    "<",
    ">",
    "\n",
]
WORD = re.compile(r"[^\W\d_]{3,}")


@dataclass(frozen=True)
class Edit:
    file: str
    kind: str  # insert, delete, duplicate, paste, indent, dedent, break, move, undash
    line: int  # 1-based, in the original text
    column: int = 0
    payload: str = ""

    def apply(self, text: str) -> str:
        lines = text.split("\n")
        index = self.line - 1
        line = lines[index]
        column = min(self.column, len(line))
        if self.kind == "insert" or self.kind == "paste":
            lines[index] = line[:column] + self.payload + line[column:]
        elif self.kind == "delete":
            lines[index] = line[:column] + line[column + 1 :]
        elif self.kind == "duplicate":
            lines[index] = line[: column + 1] + line[column:]
        elif self.kind == "indent":
            lines[index] = self.payload + line
        elif self.kind == "dedent":
            lines[index] = line.lstrip(" ")
        elif self.kind == "break":
            lines[index : index + 1] = [line[:column].rstrip(), line[column:].lstrip()]
        elif self.kind == "move":
            lines[index], lines[index + 1] = lines[index + 1], lines[index]
        elif self.kind == "undash":
            lines[index] = re.sub(r"^(\s*)- ", r"\1", line, count=1)
        return "\n".join(lines)

    def changed_lines(self) -> range:
        """The lines of the new text that this edit wrote."""
        extra = self.payload.count("\n") if self.kind in ("insert", "paste") else 0
        if self.kind in ("break", "move"):
            extra = 1
        return range(self.line, self.line + extra + 1)

    def typed_words(self, text: str) -> set[str]:
        """Words pasted into the prose of a page, which a reader must then get."""
        if self.kind != "paste" or self.file not in PAGES:
            return set()
        lines = text.split("\n")
        front_matter_end = lines.index("---", 1) + 1 if lines[0] == "---" else 0
        line = lines[self.line - 1]
        if self.line <= front_matter_end or re.search(r"<!--|\[//\]|\]\(|\]:|\]\[|\{\{", line):
            return set()
        # the words of the line as the paste left it that hold pasted letters: pasted into a
        # word, a word and the paste read as one ('Bied' + 'www.' shows 'Biedwww')
        column = min(self.column, len(line))
        written = line[:column] + self.payload + line[column:]
        # (inside an HTML tag, '<span style="font-family:...">', nothing is prose)
        written = re.sub(r"<[^<>]*>", lambda tag: " " * len(tag.group(0)), written)
        end = column + len(self.payload)
        return {
            match.group(0).casefold()
            for match in WORD.finditer(written)
            if match.start() < end and match.end() > column
        }

    def describe(self, text: str) -> str:
        line = text.split("\n")[self.line - 1]
        edit = f"{self.kind} {self.payload!r} at {self.column}"
        return f"{self.file}, line {self.line}: {edit} in {line[:80]!r}"


def _text(file: str) -> str:
    return (ROOT / file).read_text(encoding="utf-8")


def _editable_lines(file: str, text: str) -> list[int]:
    """Lines an editor changes: in mkdocs.yml only the `extra` section, elsewhere any line
    with text (front matter included)."""
    lines = text.split("\n")
    if file != CONFIG:
        return [n for n, line in enumerate(lines, start=1) if line.strip()]
    start = next(n for n, line in enumerate(lines, start=1) if line.startswith("extra:"))
    end = next(n for n in range(start + 1, len(lines) + 1) if re.match(r"^\S", lines[n - 1]))
    return [
        n
        for n in range(start, end)
        if lines[n - 1].strip() and not lines[n - 1].lstrip().startswith("#")
    ]


@st.composite
def edits(draw) -> Edit:
    file = draw(st.sampled_from(TARGETS))
    text = _text(file)
    lines = text.split("\n")
    number = draw(st.sampled_from(_editable_lines(file, text)))
    line = lines[number - 1]
    kinds = ["insert", "delete", "duplicate", "paste", "indent", "dedent", "break", "undash"]
    if number < len(lines) and lines[number].strip():
        kinds.append("move")
    kind = draw(st.sampled_from(kinds))
    column = draw(st.integers(0, max(0, len(line) - 1)))
    payload = ""
    if kind == "insert":
        payload = draw(st.sampled_from(CHARS))
    elif kind == "paste":
        payload = draw(st.sampled_from(PASTES))
        spaces = [match.start() for match in re.finditer(" ", line)] + [len(line)]
        column = draw(st.sampled_from(spaces))  # pasted between words
    elif kind == "indent":
        payload = " " * draw(st.integers(1, 4))
    elif kind == "break":  # at a space between words, as an editor presses Enter
        indent = len(line) - len(line.lstrip(" "))
        spaces = [m.start() for m in re.finditer(" ", line) if m.start() > indent + 2]
        column = draw(st.sampled_from(spaces or [len(line)]))
    return Edit(file, kind, number, column, payload)


# The oracle: what a reader gets from each page

SYNTAX = re.compile(
    r"\[|\]|\||\{\{|\}\}|\{%|%\}|!!|\?\?\?|\*\*|__|~~|<!--|-->|\{:|^\s*[-*+•] |^\s*#+ ?\S", re.M
)


@dataclass(frozen=True)
class Page:
    syntax: Counter
    words: frozenset[str]


def read_site(site: Path) -> dict[str, Page]:
    pages = {}
    for path in sorted(site.rglob("*.html")):
        article = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml").select_one("article")
        if article is None:
            continue
        for hidden in article.find_all(["script", "style", "template"]):
            hidden.decompose()
        words = frozenset(word.casefold() for word in WORD.findall(article.get_text(" ")))
        for literal in article.find_all(["pre", "code"]):
            literal.decompose()
        syntax = Counter(
            match.group(0).strip() for match in SYNTAX.finditer(article.get_text("\n"))
        )
        pages[str(path.relative_to(site))] = Page(syntax, words)
    return pages


def reader_problems(
    before: dict[str, Page], after: dict[str, Page], edit: Edit, original: str
) -> list[str]:
    """What the changed site shows worse than the unchanged one: syntax as text beyond what
    was typed, words lost beyond those of the changed line, typed words that vanished."""
    changed = "\n".join(original.split("\n")[edit.line - 1 : edit.line + 1])
    may_go = {word.casefold() for word in WORD.findall(changed)}
    typed_tokens = Counter(match.group(0).strip() for match in SYNTAX.finditer(edit.payload))
    problems = []
    for name, page in after.items():
        old = before.get(name)
        if old is None:
            continue
        for token, count in page.syntax.items():
            if count > old.syntax[token] + typed_tokens[token]:
                problems.append(f"{name}: {token!r} shown {count} times (was {old.syntax[token]})")
        lost = old.words - page.words - may_go
        if lost:
            problems.append(f"{name}: words lost {sorted(lost)[:8]}")
    missing = sorted(set(before) - set(after))
    if missing:
        problems.append(f"pages gone: {missing}")
    shown = set().union(*(page.words for page in after.values())) if after else set()
    vanished = edit.typed_words(original) - shown
    if vanished:
        problems.append(f"typed words not on any page: {sorted(vanished)}")
    return problems
