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
- citaten: two quotes (`> ...`) with only blank lines between them. GitHub shows two; the
  site joins them into one.
- lijstteken: a bulleted list right after another that uses another sign ('-', '*', '+').
  GitHub shows two lists; the site one.
- backslash: a backslash before a letter, digit or space (`C:\\Users`). GitHub shows the
  backslash; the site (pymdownx.escapeall, which makes `\\<` and a backslash at the end of a
  line work as on GitHub) drops it.

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

import dataclasses
import functools
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import TYPE_CHECKING

from .findings import Finding, finding

if TYPE_CHECKING:
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


# GitHub's reading: CommonMark with GFM's tables and strikethrough. text_join off: an escaped
# character stays its own token ("text_special"), so '\~' is no tilde to pair.
# Made on the first page that needs it: most builds have none (see _may_differ).
@functools.cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable("text_join")
    parser.core.ruler.at("inline", _inline_where_read)
    return parser


def _inline_where_read(state) -> None:
    """The core's inline step, only for the text the inline checks read: one with a tilde or
    a backslash. Most paragraphs have neither, and inline parsing is most of the cost."""
    for token in state.tokens:
        if token.type == "inline" and ("~" in token.content or "\\" in token.content):
            token.children = []
            state.md.inline.parse(token.content, state.md, state.env, token.children)


# What each difference needs in the text: a tilde, a backslash, an HTML block tag with a
# blank line after it (only there can GitHub's HTML block end and Markdown follow), a quote
# ('>' opening a line) or a bullet other than '-'. A page with none of them reads the same
# on GitHub and is not parsed (most pages: the parse is the cost of this check). Each
# pattern starts with a character of its own, so re skips through the page in C.
_HTML_BLOCK_ENDED = re.compile(
    rf"<(?:{'|'.join(sorted(BLOCK_TAGS))})\b[\s\S]*?\n[ \t]*\n", re.IGNORECASE
)
_QUOTE_OR_BULLET = re.compile(r"\n[ \t]*(?:[-*+][ \t]+)*(?:>|[*+](?:[ \t]|$))", re.MULTILINE)


def _may_differ(text: str) -> bool:
    return (
        "~" in text
        or "\\" in text
        or ("<" in text and _HTML_BLOCK_ENDED.search(text) is not None)
        or _QUOTE_OR_BULLET.search(f"\n{text}") is not None  # (every line start: after a \n)
    )


def github_preview_findings(text: str, label: str = "") -> list[Finding]:
    """Every place of the page (file `label`) that GitHub's preview shows differently from
    the site."""
    return parsed_findings(text, label) if _may_differ(text) else []


def parsed_findings(text: str, label: str = "") -> list[Finding]:
    """github_preview_findings without the shortcut for pages that cannot differ."""
    lines = _as_the_site_reads(text)
    tokens = _parser().parse("\n".join(lines))
    findings = [
        *_html_without_markdown(tokens),
        *_inline_text(tokens),
        *_quotes_merged(tokens),
        *_bullets_changed(tokens),
    ]
    unique = {(item.line, item.rule, item.message): item for item in findings}
    ordered = sorted(unique.values(), key=lambda item: (item.line, item.rule))
    return [dataclasses.replace(item, file=label) for item in ordered]


def _finding(line: int, rule: str, **values: object) -> Finding:
    return finding("", line, rule, **values)


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


def _html_without_markdown(tokens: list[Token]) -> list[Finding]:
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
                    _finding(
                        line,
                        "html-markdown",
                        start_tag=start_tag,
                        tag=tag,
                        start=token.map[0] + 1,
                        at=line,
                        fixed=fixed,
                    )
                )
    # A tag never closed is a mistake of its own (content_checks.check_html_balance): 'write
    # <div markdown>' would not fix it.
    never_closed = {line for _, line, _, _ in open_tags}
    return [item for item in findings if item.line not in never_closed]


# Inline text: one tilde, a backslash


@dataclass(frozen=True)
class Reading:
    """One paragraph, heading or table cell: the text GFM reads for syntax, the text it
    shows (same length), and the page's line of each character."""

    syntax: str
    shown: str
    lines: list[int]


def _inline_text(tokens: list[Token]) -> list[Finding]:
    """Each paragraph, heading or table cell as one string of what GFM reads as text: code,
    escaped characters ('\\~', '\\\\') and other inline syntax stand in as characters that
    are neither a tilde nor a backslash."""
    findings = []
    for token in tokens:
        if token.type != "inline" or not token.map:
            continue
        text, shown, lines = [], [], []  # what GFM reads, what it shows, the line
        line = token.map[0] + 1
        for child in token.children or []:
            if child.type == "text" or (  # a backslash before a letter is shown as is
                child.type == "text_special" and child.content == child.markup
            ):
                piece = visible = child.content
            elif child.type in ("softbreak", "hardbreak"):
                piece = visible = "\n"
            elif child.type in ("text_special", "code_inline", "html_inline"):
                visible = child.content or " "
                piece = "\x00" * len(visible)  # text, but neither a tilde nor a backslash
            else:
                piece = visible = ""
            text.append(piece)
            shown.append(visible)
            lines += [line] * len(piece)
            line += piece.count("\n")
        reads = Reading("".join(text), "".join(shown), lines)
        findings += _single_tildes(reads)
        findings += _backslashes(reads)
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


def _single_tildes(reads: Reading) -> list[Finding]:
    """Pairs of single tildes that GFM strikes through (as cmark-gfm pairs them)."""
    findings = []
    text = reads.syntax
    openers: list[int] = []
    for match in re.finditer(r"(?<!~)~(?!~)", text):
        at = match.start()
        can_open, can_close = _flanking(text, at)
        if can_close and openers:
            start = openers.pop()
            openers.clear()  # delimiters between a pair are text
            inner = " ".join(reads.shown[start + 1 : at].split())
            shown = f"~{inner}~"
            findings.append(_finding(reads.lines[start], "enkele-tilde", inner=inner, shown=shown))
        elif can_open:
            openers.append(at)
    return findings


def _backslashes(reads: Reading) -> list[Finding]:
    """A backslash GFM shows (before anything but punctuation), which the site drops."""
    findings = []
    text = reads.syntax
    for match in re.finditer(r"\\(?P<next>[^\n])", text):
        if match["next"] in ASCII_PUNCTUATION:
            continue  # escaped: the same on both ('\\*' shows '*')
        word = next(
            item
            for item in re.finditer(r"\S+", reads.shown)
            if item.start() <= match.start() < item.end()
        )
        shown = word.group(0)
        findings.append(
            _finding(
                reads.lines[match.start()],
                "backslash",
                shown=shown,
                doubled=shown.replace(chr(92), chr(92) * 2),
            )
        )
    return findings


# Two quotes in a row

ALERT = re.compile(r"\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]", re.IGNORECASE)


def _quotes_merged(tokens: list[Token]) -> list[Finding]:
    """A quote right after another (blank lines between): Python-Markdown continues the
    first. Alerts are boxes on the site, not quotes, so they stay apart."""
    findings = []
    previous_close: int | None = None  # index of the last blockquote_close
    openers: list[int] = []
    alert_before = False
    for index, token in enumerate(tokens):
        if token.type == "blockquote_open":
            is_alert = _is_alert(tokens, index)
            if previous_close == index - 1 and not (is_alert or alert_before) and token.map:
                line = token.map[0] + 1
                findings.append(_finding(line, "citaten", at=line))
            openers.append(index)
            alert_before = is_alert
        elif token.type == "blockquote_close":
            opened = openers.pop() if openers else index
            alert_before = _is_alert(tokens, opened)
            previous_close = index
    return findings


def _is_alert(tokens: list[Token], opener: int) -> bool:
    inline = next((token for token in tokens[opener:] if token.type == "inline"), None)
    return bool(inline and ALERT.match(inline.content))


# A list with another bullet right after a list


def _bullets_changed(tokens: list[Token]) -> list[Finding]:
    """GFM starts a new list when the bullet changes ('-' to '*'); Python-Markdown goes on
    with the same list. One list with the odd bullet between two of the same ('-', '*', '-')
    is one mistake, named at the odd one."""
    findings = []
    opened: dict[int, Token] = {}  # level -> the bullet list that opened last at that level
    odd: set[int] = set()  # id() of lists already named as the odd one
    for index, token in enumerate(tokens[1:], start=1):
        before = tokens[index - 1]
        if (
            token.type == "bullet_list_open"
            and before.type == "bullet_list_close"
            and before.level == token.level
            and before.markup != token.markup
            and token.map
        ):
            previous = opened.get(token.level)
            if token.markup == "-" and previous is not None and previous.map:
                # the toolkit's own '- ' follows: the list above is the odd one (often the
                # editor's new one, '+ 3 huisartsen'), named where it starts
                if id(previous) not in odd:
                    line = previous.map[0] + 1
                    findings.append(
                        _finding(line, "lijstteken-boven", at=line, markup=before.markup)
                    )
                    odd.add(id(previous))
            elif previous is None or id(previous) not in odd:
                line = token.map[0] + 1
                findings.append(
                    _finding(line, "lijstteken", at=line, markup=token.markup, before=before.markup)
                )
                odd.add(id(token))
        if token.type == "bullet_list_open":
            opened[token.level] = token
    return findings
