"""Checks on what reaches the reader: the rendered HTML of a page.

Why: Python-Markdown forgives everything silently. Whatever it did not understand stays in
the page as literal text (a reference with a space in its name, a table without its
separator row, a box whose "!!!" line is off, a list without a blank line above it), and
raw HTML passes through untouched. The source checks (content_checks.py) find the mistakes
someone foresaw; this net catches every piece of Markdown, macro or admonition syntax that
survived rendering, whatever caused it, and the raw HTML that would break the site's
security or privacy promise. Each finding is traced back to its line in the Markdown.

Pure functions on HTML text and a Source, no MkDocs import: hooks/rendered_checks_hook.py
runs them on every page of the build (and so does scripts/check-content, which builds).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from .content_checks import Finding, Source

# Text inside these is shown as written, on purpose.
LITERAL = {"code", "pre", "kbd", "samp", "script", "style", "textarea"}
# The block elements whose text is read as the reader reads it.
TEXT_BLOCKS = ["p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd"]
FRONT_MATTER_KEYS = (
    "title",
    "description",
    "laatst_gecontroleerd",
    "render_macros",
    "bouwblok",
    "hide",
    "search",
)


@dataclass(frozen=True)
class Leftover:
    """Syntax that Markdown should have consumed: where it shows, what it means."""

    name: str
    pattern: re.Pattern[str]
    message: str  # Dutch; {snippet} is the text as it shows on the page


LEFTOVERS = [
    Leftover(
        "verwijzing",
        re.compile(r"\[[^\[\]\n]+\] ?\[[^\[\]\n]*\]|\[[^\[\]\n]+\]: ?\S+"),
        "'{snippet}' staat letterlijk op de pagina: de verwijzing is niet herkend (een spatie, "
        "hoofdletter of ander teken in de naam tussen de tweede [ ], of een regel van de "
        "catalogus op de pagina zelf). Oplossing: schrijf '[tekst][naam]' met precies een naam "
        "uit docs/_data/referenties.md, zonder spaties binnen de haken.",
    ),
    Leftover(
        "haak",
        re.compile(r"(?:\S+ )?\S*[\[\]]\S*(?: \S+)?"),
        "'{snippet}' toont een losse rechte haak [ of ] op de pagina: een verwijzing is niet "
        "compleet (een haak te veel of te weinig). Oplossing: schrijf '[tekst][naam]', met "
        "twee paar haken en een naam uit docs/_data/referenties.md; bedoel je een haakje in de "
        "tekst, gebruik dan ronde haakjes ( ).",
    ),
    Leftover(
        "tabel",
        re.compile(r"(?m)^ *\|[^\n]*\|"),
        "'{snippet}' staat als losse regel op de pagina: de tabel is niet herkend. Oplossing: "
        "zet een lege regel boven de tabel en direct onder de eerste rij een scheidingsregel "
        "met evenveel kolommen, bijv. '| --- | --- |'.",
    ),
    Leftover(
        "macro",
        re.compile(r"\{\{.*?(?:\}\}|$)|\{%.*?(?:%\}|$)|\{#.*?(?:#\}|$)", re.M),
        "'{snippet}' staat letterlijk op de pagina: op deze pagina worden geen gegevens "
        "ingevuld (dat doen alleen pagina's met 'render_macros: true'). Oplossing: haal de "
        "accolades weg, of vraag een ontwikkelaar om hulp als hier iets ingevuld moet worden.",
    ),
    Leftover(
        "kader",
        re.compile(r"(?m)^ *(?:!!+|\?\?+)[^\n]*"),
        "'{snippet}' staat als tekst op de pagina: het kader is niet herkend. Oplossing: begin "
        "de regel met precies '!!! interessant \"Interessant\"' of '!!! leer-van-anderen "
        '"Leer van anderen"\', met een lege regel erboven, en laat de tekst van het kader vier '
        "spaties inspringen.",
    ),
    Leftover(
        "opsomming",
        # '•' and '1)' come from Word: Markdown knows neither, and joins the lines into one.
        # Numbers only count two lines in a row: '## 1. Visie' is a fine heading.
        re.compile(r"(?m)^ *[-*+•◦▪‣] +\S[^\n]*|^ *\d{1,3}[.)] +\S[^\n]*(?=\n *\d{1,3}[.)] +\S)"),
        "'{snippet}' staat als gewone tekst op de pagina: de opsomming is niet herkend. "
        "Oplossing: zet een lege regel boven de opsomming (een punt onder een punt springt vier "
        "spaties in) en begin elk punt met '- ' (of met '1. ' voor een genummerde lijst).",
    ),
    Leftover(
        "nadruk",
        re.compile(r"\*\*|__"),
        "'{snippet}' staat letterlijk op de pagina: vet of cursief is niet afgesloten. "
        "Oplossing: zet de sterretjes aan beide kanten direct tegen het woord, bijv. "
        "'**belangrijk**', of haal ze weg.",
    ),
    Leftover(
        "opmerking",
        re.compile(r"<!-*[^\n]*|[^\n]*?--+>"),
        "'{snippet}' staat als tekst op de pagina: een opmerking voor redacteuren is niet "
        "goed geopend of gesloten. Oplossing: schrijf een opmerking precies als "
        "'<!-- tekst -->' (met twee streepjes aan beide kanten), of haal de regel weg.",
    ),
    Leftover(
        "gegevensblok",
        re.compile(rf"(?m)^ *(?:{'|'.join(FRONT_MATTER_KEYS)}): [^\n]*"),
        "'{snippet}' uit het gegevensblok staat als tekst op de pagina. Oplossing: zet het "
        "gegevensblok helemaal bovenaan de pagina, tussen twee regels met alleen '---', zonder "
        "lege regel of ander teken ervoor.",
    ),
]

# Raw HTML that would run code or load something from another site for every reader.
EMBEDS = {"iframe", "frame", "frameset", "embed", "object", "applet"}
NOT_IN_A_PAGE = {"base", "meta", "link", "form", "style"}
LOADING_ATTRIBUTES = ("src", "srcset", "poster", "data", "background")
OTHER_HOST = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.I)
SCRIPT_URL = re.compile(r"^\s*(?:javascript|vbscript|data):", re.I)
CSS_URL = re.compile(r"url\(\s*['\"]?\s*(?:[a-z]+:)?//", re.I)
WHY_PRIVACY = (
    "zo'n verzoek vertelt de andere site wie de pagina leest, en de privacyverklaring "
    "belooft dat dat niet gebeurt"
)


def check_rendered(html: str, source: Source) -> list[Finding]:
    """Leftover syntax and unsafe HTML in the rendered content of one page."""
    soup = BeautifulSoup(html, "lxml")
    findings = list(_leftovers(soup, source)) + list(_unsafe_html(soup, source))
    unique: dict[tuple, Finding] = {}
    for item in findings:
        unique.setdefault((item.line, item.check, item.message), item)
    return sorted(unique.values(), key=lambda item: item.line or 0)


def _leftovers(soup: BeautifulSoup, source: Source) -> Iterator[Finding]:
    for block in soup.find_all(TEXT_BLOCKS):
        text = _reader_text(block)
        taken: list[range] = []  # one mistake, one message: '[a][b ]' is no stray bracket too
        for leftover in LEFTOVERS:
            match = leftover.pattern.search(text)  # one finding per kind and block: a
            if match and not any(  # broken table is one mistake, not one per row
                match.start() < span.stop and span.start < match.end() for span in taken
            ):
                taken.append(range(match.start(), match.end()))
                snippet = " ".join(match.group(0).split())[:60]
                message = leftover.message.format(snippet=snippet)
                yield Finding(source.label, _line_of(source, snippet), message, leftover.name)


def _reader_text(block: Tag) -> str:
    """The block's own text as shown (nested blocks are read on their own)."""
    parts = []
    for node in block.descendants:
        if not isinstance(node, NavigableString) or isinstance(node, Comment):
            continue
        parents = {parent.name for parent in node.parents}
        if parents & LITERAL:
            continue
        owner = next(parent for parent in node.parents if parent.name in TEXT_BLOCKS)
        if owner is block:
            parts.append(str(node))
    return "".join(parts)


def _unsafe_html(soup: BeautifulSoup, source: Source) -> Iterator[Finding]:
    for element in soup.find_all(True):
        tag = element.name
        if tag == "script" and not _is_site_script(element):
            yield _html_finding(
                source,
                f"<{tag}",
                "een <script> voert code uit bij iedere lezer; dat kan de site en haar lezers "
                "schaden. Oplossing: haal het <script>-blok weg; vraag een ontwikkelaar als "
                "de pagina iets interactiefs nodig heeft.",
            )
        elif tag in EMBEDS:
            yield _html_finding(
                source,
                f"<{tag}",
                f"een ingesloten <{tag}> (zoals een YouTube-video) laadt een andere site in "
                f"de pagina; {WHY_PRIVACY}. Oplossing: zet er een gewone link neer, bijv. "
                "'[Bekijk de video][naam]', met het adres in docs/_data/referenties.md.",
            )
        elif tag in NOT_IN_A_PAGE:
            yield _html_finding(
                source,
                f"<{tag}",
                f"een <{tag}> hoort niet in de tekst van een pagina: het verandert de hele "
                "pagina of stuurt gegevens naar een andere site. Oplossing: haal het weg; de "
                "opmaak van de site regelt de vormgeving.",
            )
        for name, value in element.attrs.items():
            value = " ".join(value) if isinstance(value, list) else str(value)
            if name.lower().startswith("on"):
                yield _html_finding(
                    source,
                    f"{name}=",
                    f"het attribuut '{name}' voert code uit bij iedere lezer. Oplossing: haal "
                    f"'{name}=\"...\"' weg.",
                )
            elif name in ("href", "src", "action", "formaction") and SCRIPT_URL.match(value):
                yield _html_finding(
                    source,
                    value.strip()[:20],
                    "een adres dat met 'javascript:' of 'data:' begint voert code uit of "
                    "verbergt inhoud. Oplossing: gebruik een gewoon webadres (https://...).",
                )
            elif (
                name in LOADING_ATTRIBUTES
                and tag not in EMBEDS | {"script"}  # reported above, once
                and OTHER_HOST.match(value)
            ):
                yield _html_finding(
                    source,
                    value.split()[0][:40],
                    f"'{value.split()[0]}' wordt van een andere site geladen zodra iemand de "
                    f"pagina opent; {WHY_PRIVACY}. Oplossing: zet het bestand in de map "
                    "docs/assets/ en verwijs ernaar met een relatief pad, bijv. "
                    "'![Beschrijving](../assets/plaatje.png)', of maak er een gewone link van.",
                )
            elif name == "style" and CSS_URL.search(value):
                yield _html_finding(
                    source,
                    "style=",
                    f"de opmaak in 'style' laadt iets van een andere site; {WHY_PRIVACY}. "
                    "Oplossing: haal 'style=\"...\"' weg.",
                )


def _is_site_script(element: Tag) -> bool:
    """The site's own module script (the theme or a macro adds it), not an editor's."""
    src = element.get("src", "")
    return (
        bool(src)
        and not element.string
        and not OTHER_HOST.match(src)
        and ("assets/javascripts/" in src)
    )


def _html_finding(source: Source, needle: str, message: str) -> Finding:
    return Finding(source.label, _line_of(source, needle, case=False), message, "html")


def _line_of(source: Source, snippet: str, case: bool = True) -> int | None:
    """The line of the page's text (code and front matter left out) that holds the snippet
    as shown, with whitespace folded. A link shows only its text, so the snippet may not be
    in the source as a whole: then the line that alone holds its longest word, else the
    first line with any of its words; else None."""
    words = sorted(set(snippet.split(" ")), key=len, reverse=True)
    candidates = [snippet, *words] if len(words) > 1 else [snippet]
    start = source.front_matter.end
    folded = [
        [" ".join(line.split()) if case else " ".join(line.split()).lower() for line in lines]
        for lines in (source.prose[start:], source.lines[start:])
    ]
    first_seen = None
    for candidate in candidates:
        wanted = candidate if case else candidate.lower()
        for lines in folded:
            numbers = [
                number for number, line in enumerate(lines, start=start + 1) if wanted in line
            ]
            if len(numbers) == 1 or (numbers and candidate is snippet):
                return numbers[0]
            first_seen = first_seen or (numbers[0] if numbers else None)
    return first_seen
