"""What GitHub's preview shows differently from the site, line by line.

Why: editors check a change in the Preview tab of GitHub's web editor, which renders
GitHub-flavoured Markdown (GFM). mkdocs.yml makes the site render almost all of GFM the same
(tables, ~~strike~~, task lists, bare addresses, footnotes, alerts, emoji, "1)" lists, hard
breaks). What is left cannot be made the same; each such place gets a Dutch message that
says what the site would show instead, and a fix that makes both show the same:

- html-markdown: Markdown inside an HTML block (`<div>`, `<details>`) after a blank line.
  GitHub formats it; the site shows the asterisks and brackets as written, unless the
  opening tag says `markdown`.
- enkele-tilde: `~tekst~` with one tilde on each side. GitHub strikes it through (GFM allows
  one or two tildes); the site strikes only `~~tekst~~` and shows one tilde as written
  ("~5 minuten" stays text).
- backslash: a backslash before a letter, digit or space (`C:\\Users`). GitHub shows the
  backslash; the site (pymdownx.escapeall, which makes `\\<` and a backslash at the end of a
  line work as on GitHub) drops it.
- code-witregel: a code block (```) right under a line of text. GitHub ends the paragraph;
  the site puts the code inside it.

Explained elsewhere, not here (one message per mistake): a sublist indented by 2 spaces and
a list right under a line of text (toolkit.content_checks, 'sublijst' and 'lijst-witregel'),
a table right under a line of text (toolkit.rendered_checks, 'tabel'), a bare web address
(it renders the same, but belongs in the reference catalogue: 'directe-link').

The page is read as GitHub reads it, by a CommonMark parser (markdown-it-py) with line maps,
not by patterns on the raw text: code blocks and inline code never count. Two things the
site adds to Markdown are taken into account: the front matter is skipped, and the body of a
box (`!!! interessant "Interessant"`, indented by 4) is read as the text it is on the site.
Pure: text in, findings out; no MkDocs import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from markdown_it import MarkdownIt
from markdown_it.token import Token

# Python-Markdown's block-level HTML elements that can hold Markdown with `markdown`
# (md_in_html); inline elements such as <span> never hold a paragraph on GitHub either.
BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "details", "dialog", "dd", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "li", "main",
    "nav", "ol", "section", "summary", "table", "td", "th", "ul",
}  # fmt: skip
VOID_TAGS = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
# Tokens that only exist when Markdown inside an HTML block was read as Markdown.
MARKDOWN_BLOCKS = {
    "paragraph_open", "heading_open", "bullet_list_open", "ordered_list_open",
    "blockquote_open", "table_open", "fence", "hr",
}  # fmt: skip
ASCII_PUNCTUATION = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:.*\n)*?---[ \t]*(?:\n|\Z)")
BOX_HEADER = re.compile(r"^(?P<indent> *)(?:!!!|\?\?\?\+?)[ \t]+\S")


@dataclass(frozen=True)
class PreviewFinding:
    """One place where GitHub's preview and the site differ (line: 1-based in the page)."""

    line: int
    rule: str
    message: str  # Dutch: what GitHub shows and what the site would show instead
    fix: str  # Dutch: what to write, so that both show the same


def github_preview_findings(text: str) -> list[PreviewFinding]:
    """Every place of the page that GitHub's preview shows differently from the site."""
    lines = _as_the_site_reads(text)
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    tokens = parser.parse("\n".join(lines))
    findings = [
        *_html_without_markdown(tokens, lines),
        *_inline_text(tokens),
        *_code_under_text(tokens),
    ]
    unique = {(item.line, item.rule, item.message): item for item in findings}
    return sorted(unique.values(), key=lambda item: (item.line, item.rule))


def _as_the_site_reads(text: str) -> list[str]:
    """The page's lines, as many as in the file: the front matter blank, and the body of a
    box moved to the left margin (on the site it is Markdown, not an indented code block)."""
    text = text.replace("\r\n", "\n")
    front = FRONT_MATTER.match(text)
    skip = front.group(0).count("\n") if front else 0
    lines = text.split("\n")
    out: list[str] = []
    bodies: list[int] = []  # the indentation of the body of each open box, innermost last
    for number, line in enumerate(lines):
        if number < skip:
            out.append("")
            continue
        if line.strip():
            indent = len(line) - len(line.lstrip(" "))
            while bodies and indent < bodies[-1]:
                bodies.pop()
            header = BOX_HEADER.match(line)
            if header:
                bodies.append(len(header["indent"]) + 4)
                out.append("")
                continue
            line = line[bodies[-1] :] if bodies else line
        out.append(line)
    return out


# Markdown inside an HTML block


class _Tags(HTMLParser):
    """The start and end tags of a piece of HTML, with their line (1-based in the piece)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.events: list[tuple[str, str, int, str, bool]] = []  # kind, tag, line, text, md

    def handle_starttag(self, tag, attrs):
        if tag in VOID_TAGS:
            return
        markdown = any(name == "markdown" for name, _ in attrs)
        text = self.get_starttag_text() or f"<{tag}>"
        self.events.append(("start", tag, self.getpos()[0], text, markdown))

    def handle_startendtag(self, tag, attrs):
        pass  # <div/> opens nothing

    def handle_endtag(self, tag):
        self.events.append(("end", tag, self.getpos()[0], "", False))


def _html_without_markdown(tokens: list[Token], lines: list[str]) -> list[PreviewFinding]:
    findings = []
    open_tags: list[tuple[str, int, str, bool]] = []  # tag, line, start tag as written, md
    reported: set[int] = set()
    for token in tokens:
        if token.type == "html_block" and token.map:
            parser = _Tags()
            parser.feed(token.content)
            for kind, tag, line, text, markdown in parser.events:
                if kind == "start" and tag in BLOCK_TAGS:
                    open_tags.append((tag, token.map[0] + line, text, markdown))
                elif kind == "end":
                    names = [item[0] for item in open_tags]
                    if tag in names:  # close it and whatever was left open inside it
                        del open_tags[len(names) - 1 - names[::-1].index(tag) :]
        elif token.type in MARKDOWN_BLOCKS and token.map and open_tags:
            for tag, line, start_tag, markdown in open_tags:
                if markdown or line in reported:
                    continue
                reported.add(line)
                fixed = re.sub(r"\s*/?>$", " markdown>", start_tag)
                findings.append(
                    PreviewFinding(
                        line,
                        "html-markdown",
                        f"de opmaak tussen '{start_tag}' en '</{tag}>' (vanaf regel "
                        f"{token.map[0] + 1}) toont GitHub als opmaak, maar de site laat die "
                        "tekst zien zoals hij er staat, met sterretjes, haken en streepjes.",
                        f"schrijf op regel {line} '{fixed}' in plaats van '{start_tag}'.",
                    )
                )
    return findings


# Inline text: one tilde, a backslash


def _inline_text(tokens: list[Token]) -> list[PreviewFinding]:
    findings = []
    for token in tokens:
        if token.type != "inline" or not token.map:
            continue
        cursor = 0  # where in token.content the next text child starts, at the earliest
        for child in token.children or []:
            if child.type != "text" or not child.content:
                continue
            start = token.content.find(child.content, cursor)
            start = cursor if start < 0 else start
            cursor = start + len(child.content)

            def line_of(offset: int, _start=start, _token=token) -> int:
                return _token.map[0] + 1 + _token.content[: _start + offset].count("\n")

            findings += _single_tildes(child.content, line_of)
            findings += _backslashes(child.content, line_of)
    return findings


def _flanking(text: str, at: int) -> tuple[bool, bool]:
    """(left-flanking, right-flanking) of the one-character delimiter at `at` (CommonMark)."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    left = not after.isspace() and (
        after not in ASCII_PUNCTUATION or before.isspace() or before in ASCII_PUNCTUATION
    )
    right = not before.isspace() and (
        before not in ASCII_PUNCTUATION or after.isspace() or after in ASCII_PUNCTUATION
    )
    return left, right


def _single_tildes(text: str, line_of) -> list[PreviewFinding]:
    """Pairs of single tildes that GFM strikes through (as cmark-gfm pairs them)."""
    findings = []
    openers: list[int] = []
    for match in re.finditer(r"(?<!~)~(?!~)", text):
        at = match.start()
        can_open, can_close = _flanking(text, at)
        if can_close and openers:
            start = openers.pop()
            openers.clear()  # delimiters between a pair are text
            inner = text[start + 1 : at]
            shown = " ".join(f"~{inner}~".split())
            findings.append(
                PreviewFinding(
                    line_of(start),
                    "enkele-tilde",
                    f"GitHub toont '{' '.join(inner.split())}' doorgestreept, omdat er aan "
                    f"beide kanten één tilde (~) staat; de site laat '{shown}' zien zoals het "
                    "er staat.",
                    f"wil je doorstrepen, schrijf dan '~~{inner}~~'; bedoel je de tilde zelf "
                    f"(bijv. '~5' voor 'ongeveer 5'), schrijf dan '\\~{inner}\\~' of schrijf "
                    "'ongeveer'.",
                )
            )
        elif can_open:
            openers.append(at)
    return findings


def _backslashes(text: str, line_of) -> list[PreviewFinding]:
    """A backslash GFM shows (before anything but punctuation), which the site drops."""
    findings = []
    for match in re.finditer(r"\\(?P<next>[^\n])", text):
        if match["next"] in ASCII_PUNCTUATION:
            continue  # escaped: the same on both ('\\*' shows '*')
        word = re.search(r"\S*\\\S*", text[max(0, match.start() - 30) : match.end() + 30])
        shown = word.group(0) if word else match.group(0)
        findings.append(
            PreviewFinding(
                line_of(match.start()),
                "backslash",
                f"GitHub toont de backslash (\\) in '{shown}', de site laat hem weg.",
                f"schrijf twee backslashes: '{shown.replace(chr(92), chr(92) * 2)}'.",
            )
        )
    return findings


# A code block right under a line of text


def _code_under_text(tokens: list[Token]) -> list[PreviewFinding]:
    findings = []
    paragraph_end = None  # the line after the last paragraph
    for token in tokens:
        if token.type == "paragraph_open" and token.map:
            paragraph_end = token.map[1]
        elif token.type == "fence" and token.map:
            if token.map[0] == paragraph_end:
                line = token.map[0] + 1
                findings.append(
                    PreviewFinding(
                        line,
                        "code-witregel",
                        f"het codeblok ('{token.markup}') op regel {line} staat direct onder "
                        "een regel tekst: GitHub toont het los, de site zet het midden in de "
                        "alinea erboven.",
                        f"zet een lege regel boven regel {line}.",
                    )
                )
        elif token.map and token.type != "inline":
            paragraph_end = None  # another block came between
    return findings
