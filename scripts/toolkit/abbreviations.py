"""The glossary of abbreviations (docs/_data/afkortingen.md): read it, check it, list it.

Why: readers meet ZBC, RvB or NZa without knowing what they stand for. Editors keep one
file of Markdown abbreviations (`*[ZBC]: zelfstandig behandelcentrum`); every page gets it
(toolkit/shared_definitions.py), so the `abbr` extension explains each abbreviation wherever
it occurs. This module finds the editor's mistakes in that file (an abbreviation defined twice,
or defined but used on no page), in Dutch with file and line, and writes the list for the
page "Afkortingen". Pure functions, no MkDocs import.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .content_checks import LINK_TARGET  # never text: no abbreviation is explained there
from .editor_notes import note_finding
from .findings import Finding, finding

GLOSSARY = "_data/afkortingen.md"  # below docs/
COMMENT = re.compile(r"^\[//\]:\s*#|^\s*<!--")
# What an editor probably meant: '*[NZa] Nederlandse Zorgautoriteit', '[NZa]: ...'
LOOSE_DEFINITION = re.compile(r"^\s*\*?\s*\[(?P<name>[^\]]+)\]\s*[:=-]?\s*(?P<expansion>\S.*?)\s*$")
EXAMPLE = "*[NZa]: Nederlandse Zorgautoriteit"
WORD_CHARACTER = re.compile(r"\w")  # what the abbr extension counts as part of a word
DEFINITION = re.compile(r"^\*\[(?P<name>[^\]]+)\]:[ \t]*(?P<expansion>.*?)\s*$")
QUOTED = re.compile(r"^([\"'“”‘’])(?P<inner>.*)[\"'“”‘’]$")


@dataclass(frozen=True)
class Abbreviation:
    name: str
    expansion: str
    line: int


def parse_glossary(text: str) -> list[Abbreviation]:
    """Every definition in the file, in order, duplicates included."""
    return [  # (the name without spaces at its edges, as the site reads it)
        Abbreviation(match["name"].strip(), match["expansion"], number)
        for number, line in enumerate(text.split("\n"), start=1)
        if (match := DEFINITION.match(line))
    ]


def used(name: str, text: str) -> bool:
    r"""Whether the abbr extension explains the abbreviation somewhere in the text: its own
    pattern, re.search(rf"\b{re.escape(name)}\b", text), whole and same case. So 'o.b.v.'
    is explained nowhere: '\b' after its last '.' wants a letter next.

    str.find skips ahead to each occurrence: the regex tries every position of the corpus of
    all pages, over a second per abbreviation at 1,500 pages."""
    starts_word = WORD_CHARACTER.match(name) is not None
    ends_word = WORD_CHARACTER.match(name, len(name) - 1) is not None
    start = text.find(name)
    while start != -1:
        end = start + len(name)
        before = start > 0 and WORD_CHARACTER.match(text, start - 1) is not None
        after = WORD_CHARACTER.match(text, end) is not None
        if before != starts_word and after != ends_word:  # a word boundary at both ends
            return True
        start = text.find(name, start + 1)
    return False


def check_glossary(glossary_text: str, label: str, texts: Iterable[str]) -> list[Finding]:
    """Abbreviations defined twice, and abbreviations no page text uses.

    texts: the Markdown pages, where the abbr extension explains them (not the glossary
    itself, nor the overview tiles, which are HTML from the data file). Whole pages, comments
    included: a slip elsewhere on a page (a comment left open) must not make a glossary line
    look unused, as that finding could not name the page."""
    corpus = LINK_TARGET.sub("]", "\n".join(texts))
    findings: list[Finding] = []
    first: dict[str, int] = {}
    for number, line in enumerate(glossary_text.split("\n"), start=1):
        if line.strip() and not DEFINITION.match(line) and not COMMENT.match(line):
            loose = LOOSE_DEFINITION.match(line)
            example = f"*[{loose['name']}]: {loose['expansion']}" if loose else EXAMPLE
            findings.append(
                finding(
                    label,
                    number,
                    "afkorting-regel",
                    corrected=example if loose else None,
                    text=line.strip(),
                    example=example,
                )
            )
    for item in parse_glossary(glossary_text):
        if item.name in first:
            findings.append(
                finding(
                    label, item.line, "afkorting-dubbel", name=item.name, first=first[item.name]
                )
            )
            continue
        first[item.name] = item.line
        findings += _expansion_findings(item, label)
        if not used(item.name, corpus):
            findings.append(_unused(item, label, corpus))
    return findings


def _expansion_findings(item: Abbreviation, label: str) -> list[Finding]:
    """An explanation left out ('*[MDO]:') or put in quotes: the reader gets no explanation,
    or the quotes around it."""
    if not item.expansion:
        return [finding(label, item.line, "afkorting-zonder-uitleg", name=item.name)]
    if item.expansion[0] in ":=-" and item.expansion[1:].strip():  # '*[RvB]:: raad ...'
        corrected = f"*[{item.name}]: {item.expansion[1:].strip()}"
        return [
            finding(
                label,
                item.line,
                "afkorting-teken-vooraan",
                corrected=corrected,
                name=item.name,
                char=item.expansion[0],
                fixed=corrected,
            )
        ]
    note = note_finding(  # '*[AVG]: Algemene ... // nog checken': the tooltip shows it
        label,
        item.line,
        item.expansion,
        f"de uitleg van {item.name}",
        hidden="'[//]: # (notitie)'",
        rewrite=lambda rest: f"*[{item.name}]: {rest}",
        empty="vul de uitleg in",
    )
    if note:
        return [note]
    quoted = QUOTED.match(item.expansion)
    if quoted and quoted["inner"].strip() and not QUOTED.match(quoted["inner"].strip()):
        corrected = f"*[{item.name}]: {quoted['inner'].strip()}"
        return [
            finding(
                label,
                item.line,
                "afkorting-aanhalingstekens",
                corrected=corrected,
                name=item.name,
                fixed=corrected,
            )
        ]
    return []


def _unused(item: Abbreviation, label: str, corpus: str) -> Finding:
    """An abbreviation no page uses; if the pages write it in other capitals ('NHG' for
    '*[Nhg]'), the line with the pages' spelling."""
    name = " ".join(item.name.split())  # '*[RvB ]': a space typed inside the brackets
    bare = re.sub(r"^[^\w\s]+|[^\w\s]+$", "", name)  # 'o.b.v.': the extension's \b fails
    if bare and bare != name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", corpus):
        corrected = f"*[{bare}]: {item.expansion}"
        return finding(
            label,
            item.line,
            "afkorting-leesteken",
            corrected=corrected,
            name=item.name,
            fixed=corrected,
        )
    written = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", corpus, re.IGNORECASE)
    # (only a spelling with capitals: '*[ZORG]' is not meant for every 'zorg' of the text)
    if written and written.group(0) != item.name and not written.group(0).islower():
        corrected = f"*[{written.group(0)}]: {item.expansion}"
        spaced = written.group(0) == name  # only the spaces differ
        return finding(
            label,
            item.line,
            "afkorting-spaties" if spaced else "afkorting-hoofdletters",
            corrected=corrected,
            name=item.name,
            written=written.group(0),
            fixed=corrected,
        )
    return finding(label, item.line, "afkorting-ongebruikt", name=item.name)


def glossary_list(glossary_text: str) -> str:
    """The list for the page "Afkortingen": a definition list, alphabetical, the last
    definition of a name winning (as in the abbr extension). HTML, so that the extension
    does not explain each term again right next to its explanation."""
    items = {item.name: item for item in parse_glossary(glossary_text)}
    ordered = sorted(items.values(), key=lambda item: item.name.casefold())
    rows = "".join(
        f"<dt>{html.escape(item.name)}</dt><dd>{html.escape(item.expansion)}</dd>\n"
        for item in ordered
    )
    return f'<dl class="tk-glossary">\n{rows}</dl>\n'
