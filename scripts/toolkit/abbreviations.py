"""The glossary of abbreviations (docs/_data/afkortingen.md): read it, check it, list it.

Why: readers meet ZBC, RvB or NZa without knowing what they stand for. Editors keep one
file of Markdown abbreviations (`*[ZBC]: zelfstandig behandelcentrum`); pymdownx.snippets
appends it to every page, so the `abbr` extension explains each abbreviation wherever it
occurs. This module finds the editor's mistakes in that file (an abbreviation defined twice,
or defined but used on no page), in Dutch with file and line, and writes the list for the
page "Afkortingen". Pure functions, no MkDocs import.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .content_checks import Finding

GLOSSARY = "_data/afkortingen.md"  # below docs/
WORD_CHARACTER = re.compile(r"\w")  # what the abbr extension counts as part of a word
DEFINITION = re.compile(r"^\*\[(?P<name>[^\]]+)\]:[ \t]*(?P<expansion>.*?)\s*$")

MESSAGES = {
    "afkorting-dubbel": (
        "de afkorting {name} staat twee keer in de lijst met afkortingen (ook op regel "
        "{first}); alleen de laatste uitleg telt. Oplossing: houd één regel en verwijder de "
        "andere."
    ),
    "afkorting-ongebruikt": (
        "de afkorting {name} komt op geen enkele pagina voor. Oplossing: verwijder deze regel "
        "(let op hoofdletters: de afkorting wordt alleen uitgelegd waar ze precies zo staat)."
    ),
}


@dataclass(frozen=True)
class Abbreviation:
    name: str
    expansion: str
    line: int


def parse_glossary(text: str) -> list[Abbreviation]:
    """Every definition in the file, in order, duplicates included."""
    return [
        Abbreviation(match["name"], match["expansion"], number)
        for number, line in enumerate(text.split("\n"), start=1)
        if (match := DEFINITION.match(line))
    ]


def used(name: str, text: str) -> bool:
    r"""Whether the abbreviation occurs as the abbr extension finds it: whole, same case.

    The same as re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text), but str.find skips
    ahead to each occurrence: the regex tries every position of the corpus of all pages,
    over a second per abbreviation at 1,500 pages."""
    start = text.find(name)
    while start != -1:
        end = start + len(name)
        if not (start and WORD_CHARACTER.match(text, start - 1)) and not WORD_CHARACTER.match(
            text, end
        ):
            return True
        start = text.find(name, start + 1)
    return False


def check_glossary(glossary_text: str, label: str, texts: Iterable[str]) -> list[Finding]:
    """Abbreviations defined twice, and abbreviations no page text uses.

    texts: the Markdown pages, where the abbr extension explains them (not the glossary
    itself, nor the overview tiles, which are HTML from the data file). Whole pages, comments
    included: a slip elsewhere on a page (a comment left open) must not make a glossary line
    look unused, as that finding could not name the page."""
    corpus = "\n".join(texts)
    findings: list[Finding] = []
    first: dict[str, int] = {}
    for item in parse_glossary(glossary_text):
        if item.name in first:
            findings.append(
                _finding(
                    label, item.line, "afkorting-dubbel", name=item.name, first=first[item.name]
                )
            )
            continue
        first[item.name] = item.line
        if not used(item.name, corpus):
            findings.append(_finding(label, item.line, "afkorting-ongebruikt", name=item.name))
    return findings


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


def _finding(label: str, line: int, check: str, **values: object) -> Finding:
    return Finding(label, line, MESSAGES[check].format(**values), check)
