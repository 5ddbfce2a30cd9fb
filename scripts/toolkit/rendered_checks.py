"""Checks on what reaches the reader: the rendered HTML of a page, against its source.

Why: Python-Markdown forgives everything silently. What it did not understand either stays
on the page as literal text (a reference with a space in its name, a table without its
separator row, a box whose "!!!" line is off) or vanishes (a comment left open, a word in
angle brackets read as an HTML tag, a line that looks like a reference definition). Rather
than a list of foreseen mistakes, two invariants are held on every page:

- nothing the editor wrote is lost: every word of the page's prose (the source without its
  syntax, comments and front matter) appears in the rendered page;
- no syntax survives as text: no Markdown, macro or admonition syntax in any text of the
  page's content, whatever element holds it.

Each finding is traced to the line that caused it: in the page, or in a file whose text the
page shows (the catalogue and the glossary appended to every page, the data file on pages
that render it), so a mistake there is reported there, once. Unsafe raw HTML (scripts,
embeds, requests to other hosts) is named too.

Pure functions on HTML text and sources, no MkDocs import: hooks/rendered_checks_hook.py
runs them on every page of the build.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from html import unescape

from lxml import etree

from .addresses import private_kind
from .content_checks import (
    COMMENT_DEFINITION,
    DASHES,
    FENCE,
    FOREIGN_BULLET,
    FOREIGN_BULLETS,
    FOREIGN_MARK,
    LINK_TARGET,
    LIST_ITEM,
    WRITING_BRACKET,
    Source,
    underlined_heading,
)
from .file_kinds import unshown_image
from .findings import Finding, finding, unique
from .github_markdown import ALERT_TITLES, emoji_shortcodes

# Text inside these is shown as written, on purpose.
LITERAL = {"code", "pre", "kbd", "samp", "script", "style", "textarea", "template"}
# Not shown at all: their text cannot prove a word reached the reader.
UNSHOWN = {"script", "style", "template", "noscript"}
# Elements that flow inside a line of text; every other element starts a text block of its own.
INLINE = {
    "a", "abbr", "b", "bdi", "bdo", "br", "cite", "data", "del", "dfn", "em", "i", "img",
    "input", "ins", "label", "mark", "q", "s", "small", "span", "strong", "sub", "sup",
    "time", "u", "var", "wbr", "code", "kbd", "samp", "button",
}  # fmt: skip
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
class Origin:
    """A file whose text a page shows: the page itself, or one appended to or rendered into
    it. `prose` is its text as the line search reads it."""

    label: str
    lines: Sequence[str]
    first_line: int = 1  # lines before this one (front matter) hold no shown text
    raw: Sequence[str] = ()  # the lines as written, where `lines` blanks some


def page_origin(source: Source) -> Origin:
    return Origin(source.label, source.prose, source.front_matter.end + 1, source.lines)


# A bracket that belongs to no link (the brackets of writing are blanked before it is looked
# for: content_checks.WRITING_BRACKET)
STRAY_BRACKET = r"[\[\]]"


# Invariant: no syntax survives as text. Each pattern, the rule that words it; first match
# of a text block wins per rule, and overlapping matches are one mistake.
LEFTOVERS: list[tuple[str, re.Pattern[str]]] = [
    ("verwijzing", re.compile(r"\[[^\[\]\n]+\] ?\[[^\[\]\n]*\]|\[[^\[\]\n]+\]: ?\S+")),
    ("link-syntaxis", re.compile(r"\]\([^)\n]*\)?|!\[")),
    # (not the brackets of writing: '[...]', '[sic]', '[1]', '[Jansen 2020]', blanked first)
    ("haak", re.compile(rf"(?:\S+ )?\S*?{STRAY_BRACKET}\S*(?: \S+)?")),
    ("tabel", re.compile(r"(?m)^ *\|[^\n]*\|")),
    # '}}' alone: the opening braces were broken ('{ {'), the closing ones stay as text.
    # and '{ blokken_overzicht() }': a call with one brace on each side is text
    (
        "macro",
        re.compile(
            r"\{\{.*?(?:\}\}|$)|\{%.*?(?:%\}|$)|\{#.*?(?:#\}|$)|\}\}|\{ *\w+\([^(){}]*\) *\}",
            re.M,
        ),
    ),
    # ('::: note' is a box in Docusaurus, Pandoc and VitePress: not here, nor on GitHub)
    ("kader", re.compile(r"(?m)^ *(?:!!+|\?\?+|:{3,} ?[a-zA-Z])[^\n]*")),
    ("kop", re.compile(r"(?m)^ {0,3}#{1,6}(?: +\S|[^\s#\d])[^\n]*")),
    (
        "opsomming",
        # '•', '·' (Word's Symbol bullet, followed by spaces or a tab) and '1)' come from
        # Word: Markdown knows none of them, and joins the lines into one. Numbers only count
        # two lines in a row: '## 1. Visie' is a fine heading.
        # Dashes ('– punt') too, two lines in a row or below a line of the same block: one
        # dash starting a paragraph is a sentence's dash.
        re.compile(
            rf"(?m)^ *(?:[-*+{FOREIGN_BULLETS}]|o(?= {{2,}}|\t))[ \t]+\S[^\n]*"
            r"|^ *\d{1,3}[.)] +\S[^\n]*(?=\n *\d{1,3}[.)] +\S)"
            rf"|^ *[{DASHES}][ \t]+\S[^\n]*"
            rf"(?=\n *(?:[{DASHES}{FOREIGN_BULLETS}]|o(?= {{2,}}|\t| \S))[ \t]+\S)"
            rf"|(?<=\n) *[{DASHES}][ \t]+\S[^\n]*"
            # '-Punt' and '1.Punt': a list's mark without its space (no word starts so)
            r"|(?m:^) *-(?=[^\W\d_])[^\n]*"
            # '"- Punt': a key typed before a list's mark, inside an item: the point joins the
            # one above ('- ' after a sentence's opening quote is no list: the line above
            # must be an item's text, so not the block's first line)
            r"|(?<=\n) *[^\w\s\[(]{1,2} ?[-*+] +\S[^\n]*"
            r"|(?m:^) *\d{1,3}\.(?=[^\W\d_])[^\n]*(?=\n *\d{1,3}\.[^\W\d_])"
            # Word's second level as 'o' and one space: on a line of its own inside a block
            # (no Dutch line starts with the letter o alone), or two such lines in a row
            r"|(?<=\n) *o [^\n]*|(?m:^) *o [^\n]*(?=\n *o +\S)"
            # a list's mark pushed into the line by text typed or pasted before it ('tekst
            # - punt'): two spaces or more before it, which prose does not put before a dash
            r"|(?<=\S) {2,}[-*+] +\S[^\n]*"
        ),
    ),
    # ('*woord*' too: a page makes it italic, so as text it came from the data file or HTML)
    ("nadruk", re.compile(r"\*\*|__|~~|(?<![\w*])\*(?=[^\s*])[^*\n]*(?<=[^\s*])\*(?![\w*])")),
    # Anchored at a line start: unanchored, '[^\n]*?-->' is tried at every position.
    # (the line-start part only on a line without '<!-': the snippet then starts at the '<!--',
    # not at a label the page puts before the text, such as a key point's 'K02')
    ("opmerking", re.compile(r"<!-*[^\n]*|(?m:^)(?![^\n]*<!-)[^\n]*?--+>")),
    ("attributen", re.compile(r"\{:[^}\n]*\}?|\{ *(?:[.#][\w-]|[\w-]+=)[^}\n]*(?:\}|(?=\n)|\Z)")),
    ("gegevensblok", re.compile(rf"(?m)^ *(?:{'|'.join(FRONT_MATTER_KEYS)}): [^\n]*")),
    # HTML tags and entities shown as text: the data file's texts are escaped on the pages.
    # On a page itself they only show when the editor wrote '&lt;' (meant), so only a file
    # the page shows is blamed (see _leftovers).
    ("html-als-tekst", re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>\n]*)?/?>|&#?\w+;")),
]

# What a text must hold for each pattern to match (rules not named here always run).
LEFTOVER_MARKS: dict[str, tuple[str, ...]] = {
    "verwijzing": ("[",),
    "link-syntaxis": ("](", "!["),
    "haak": ("[", "]"),
    "tabel": ("|",),
    "macro": ("{", "}}"),
    "kader": ("!!", "??", ":::"),
    "kop": ("#",),
    "nadruk": ("*", "__", "~~"),
    "opmerking": ("<!", "->"),
    "attributen": ("{",),
    "gegevensblok": (": ",),
    "html-als-tekst": ("<", "&"),
}
# What one of a text's lines must start with (after spaces) for the pattern to match.
LEFTOVER_LINE_STARTS = {
    "opsomming": frozenset(f"-*+o0123456789{DASHES}{FOREIGN_BULLETS}\"'“”‘’`.,;:=/\\<>|~^"),
}
# ... or what it may hold inside a line instead ('tekst  - punt': a mark pushed into it)
INNER_MARKS = {"opsomming": ("  - ", "  * ", "  + ")}


def check_rendered(
    html: str, source: Source, others: Iterable[Origin] = (), renders_macros: bool = False
) -> list[Finding]:
    """Leftover syntax, lost words and unsafe HTML in the rendered content of one page.

    others: the files besides the page whose text the page shows, in the order a leftover
    is looked for in them."""
    root = parse_fragment(html)
    origins = [page_origin(source), *others]
    underlined, made = _underlined_headings(root, source)
    # (what a heading made by a line under it shows as text, '- punt', follows from that line)
    blocks = [block for block in _text_blocks(root) if block[0] not in made]
    findings = [
        _detached_attributes(_macro_cause(item, source, renders_macros), source)
        for item in _leftovers(blocks, origins)
    ]
    findings += _broken_words(blocks, origins[0])
    findings += _code_blocks(root, origins)
    findings += _lost_words(root, source, renders_macros)
    findings += _unsafe_html(root, source)
    findings += _ids_twice(root, source)
    findings += _empty_headings(root, source)
    findings += _images_browsers_cannot_show(root, source)
    if underlined:  # the lines right below it belonged to the list it broke ('    - sub' code)
        below = {n for item in underlined for n in _lines_below(source, item.line or 0)}
        findings = [item for item in findings if item.line not in below]
    return unique(findings + underlined)


def _lines_below(source: Source, number: int) -> Iterator[int]:
    """The lines right below line `number`, up to the next blank line."""
    for below in range(number + 1, len(source.prose) + 1):
        if not source.prose[below - 1].strip():
            return
        yield below


# lxml.etree's parser, not lxml.html's: that one looks up a Python class for every element the
# checks touch, a tenth of their time.
_HTML_PARSER = etree.HTMLParser()


def parse_fragment(html: str) -> etree._Element:
    """A page's content as one <div>, as lxml.html.fragment_fromstring(html, create_parent=
    "div") makes it (leading text that is only blanks left out)."""
    document = etree.fromstring(f"<html><body>{html}</body></html>", _HTML_PARSER)
    body = document.find("body")
    root = etree.Element("div")
    if body is not None:
        if body.text and body.text.strip():
            root.text = body.text
        root.extend(body)
    return root


def _ids_twice(root: etree._Element, source: Source) -> list[Finding]:
    """An address ('id') twice on one page: links to it and form labels find only the
    first, screen readers mix the two up. Named at the line that gives it the second time:
    a '{ #adres }' written twice, or a '{{ ... }}' call that makes the same part twice."""
    seen: set[str] = set()
    findings = []
    for anchor in root.xpath(".//@id"):  # only the elements that have one
        if anchor not in seen:
            seen.add(anchor)
            continue
        written = re.compile(rf"\{{[^}}]*#{re.escape(anchor)}\b|\bid=[\"']{re.escape(anchor)}[\"']")
        lines = [n for n, line in enumerate(source.lines, 1) if written.search(line)]
        if len(lines) < 2:  # made by a call: the second call on the page
            lines = [n for n, line in enumerate(source.lines, 1) if CALL.search(line)]
        line = lines[1] if len(lines) > 1 else None
        if all(item.line != line for item in findings):  # a part made twice: one message
            findings.append(finding(source.label, line, "id-dubbel", anchor=anchor))
    return findings


# A heading line with no text: '## ' typed and the text never written (closing '#'s aside),
# at the margin or in a box
EMPTY_HEADING = re.compile(r"^[ \t]*#{1,6}(?:[ \t]+#*)?[ \t]*$")
# ... or one that holds only a call or HTML tags ('## {{ blokken_overzicht() }}')
HEADING_OF_CALLS = re.compile(r"^[ \t]*(?P<hashes>#{1,6})[ \t]+(?:\{\{.*?\}\}|<[^>]*>|[ \t])+$")


def _empty_headings(root: etree._Element, source: Source) -> list[Finding]:
    """A heading that shows no text: screen readers announce a heading without a name, and
    the page's contents list an empty line ('##' alone the site shows as text, where GitHub
    shows the empty heading). Named at the empty heading lines, in order."""
    empty = 0
    for element in root.iter("h1", "h2", "h3", "h4", "h5", "h6", "p"):
        if element.tag == "p":  # (most elements: a paragraph, of more than '######')
            text = element.text.strip() if element.text else ""
            empty += len(element) == 0 and 0 < len(text) <= 6 and not text.strip("#")
            continue
        text = "".join(element.itertext()).replace("\u00b6", "").strip()  # (the headerlink's)
        empty += not text and element.find(".//img") is None
    if not empty:
        return []
    start = source.front_matter.end
    findings = []
    for n, (line, written) in enumerate(zip(source.prose, source.lines, strict=False), 1):
        # (the prose: not in code or a comment; as written: code is text of its own)
        if n <= start:
            continue
        if EMPTY_HEADING.match(line) and EMPTY_HEADING.match(written):
            findings.append(finding(source.label, n, "kop-leeg"))
        elif line.lstrip().startswith("#") and (made := HEADING_OF_CALLS.match(written)):
            fixed = written[made.end("hashes") :].strip()
            findings.append(
                finding(
                    source.label, n, "kop-met-opdracht", corrected=fixed, hashes=made["hashes"],
                    fixed=fixed,
                )
            )  # fmt: skip
    return findings[:empty] or [finding(source.label, None, "kop-leeg")]


# A line of only '-' or '=', after the line break before it (found in C: most pages have none)
UNDERLINE = re.compile(r"\n[ \t]*(?:-+|=+)[ \t]*(?=\n|$)")


def _underlined_headings(
    root: etree._Element, source: Source
) -> tuple[list[Finding], list[etree._Element]]:
    """A line of only '-' or '=' right under a list item made that item a heading on the
    site, where GitHub shows a list item (a '-' typed for an item still to be written) or a
    line. Read from the page: a heading whose words are those of the item above such a line.
    With the headings made. (Under a paragraph, GitHub makes the same heading: no mistake.)"""
    findings: list[Finding] = []
    made: list[etree._Element] = []
    prose = "\n" + "\n".join(source.prose)  # (line n starts after the n-th line break)
    underlines = [prose.count("\n", 0, m.start() + 1) for m in UNDERLINE.finditer(prose)]
    if not underlines:
        return findings, made
    shown = {
        tuple(WORD.findall("".join(heading.itertext()).casefold())): heading
        for heading in root.iter("h1", "h2")
    }
    for number in underlines:
        above = source.prose[number - 2] if number > source.front_matter.end + 1 else ""
        if not LIST_ITEM.match(above):
            continue
        for text in (above, above.split(None, 1)[1]):  # ('- punt' made '- punt' or 'punt')
            heading = shown.pop(tuple(WORD.findall(text.casefold())), None)
            if heading is not None:
                findings.append(underlined_heading(source, number))
                made.append(heading)
                break
    return findings, made


def _images_browsers_cannot_show(root: etree._Element, source: Source) -> list[Finding]:
    """An image of this site in a format no browser shows (.heic, .tif, .emf): named at the
    line that shows it (images from other sites are named by _unsafe_html)."""
    findings = []
    for src in root.xpath(".//img/@src"):
        private = private_kind(src)
        if private:  # a picture from an e-mail, a browser's copy or the editor's own disk
            line = line_of(page_origin(source), src.strip()[:40], case=False)
            findings.append(finding(source.label, line, private[0], url=src, place=private[1]))
            continue
        path = None if OTHER_HOST.match(src) or SCRIPT_URL.match(src) else unshown_image(src)
        if path:
            line = line_of(page_origin(source), path.name, case=False)
            findings.append(
                finding(source.label, line, "afbeelding-formaat", src=path.name, suffix=path.suffix)
            )
    return findings


# Text as the reader reads it


def _text_blocks(root: etree._Element) -> Iterator[tuple[etree._Element, str]]:
    """Every element that is not inline, with its own text as shown (inline descendants
    included, nested blocks and literal text left out)."""
    for element in root.iter(etree.Element):
        if element.tag in INLINE or element.tag in LITERAL:
            continue
        if len(element):
            parts: list[str] = []
            _own_text(element, parts)
            text = "".join(parts)
        else:  # most paragraphs and items: text only
            text = element.text or ""
        if text.strip():
            yield element, text


def _own_text(element: etree._Element, parts: list[str]) -> None:
    if element.text:
        parts.append(element.text)
    for child in element:
        tag = child.tag
        if tag in LITERAL:
            parts.append(" ")  # code shows what it shows; it is not syntax left over
        elif tag in INLINE and "headerlink" not in (child.get("class") or ""):
            _own_text(child, parts)
        if child.tail:
            parts.append(child.tail)


# Elements an editor writes as raw HTML: Markdown inside them is not read unless asked.
RAW_BLOCKS = {"div", "section", "article", "aside", "figure", "header", "footer", "main", "nav"}


# Syntax that should have started a block of its own: Markdown joined it to the lines
# above, so the cause is where the paragraph starts.
JOINED = {"opsomming", "kop"}
# A list's mark that is wrong on its own line ('-Punt', '"- Punt'): that line is the cause
OWN_LINE_MARK = re.compile(r" *(?:(?:-|\d{1,3}\.)(?=[^\W\d_])|[^\w\s\[(]{1,2} ?[-*+] )")
SHOWN_FILES_ONLY = {"html-als-tekst"}
# Text a rule does not look at: blanked before its pattern searches (positions stay).
BLANKED_FIRST = {"haak": WRITING_BRACKET}


# Word's second level ('o' in Courier New, or '◦'): under an item, a sub-item.
SECOND_LEVEL_MARKS = ("o", "◦")


def _foreign_bullet(found: Finding, origins: list[Origin]) -> Finding:
    """A '•' line: named with the line that starts with '- ' instead."""
    origin = next((o for o in origins if o.label == found.file), None)
    lines = (origin.raw or origin.lines) if origin else ()
    written = FOREIGN_BULLET.match(lines[found.line - 1]) if found.line <= len(lines) else None
    if not written:
        return found
    indent = written["indent"]
    above = next((line for line in reversed(lines[: found.line - 1]) if line.strip()), "")
    under_item = re.match(rf"^\s*(?:[-*+]|{FOREIGN_MARK})[ \t]", above)
    if written["mark"] in SECOND_LEVEL_MARKS and under_item:
        # Word's second level: a sub-item of the item above, or beside it when that one is
        # already indented (an earlier 'o' line, corrected)
        above_indent = re.match(r"^\s*", above)[0]
        deeper = len(above_indent) > len(indent)
        indent = above_indent if deeper else above_indent + "    "
    corrected = f"{indent}- {written['rest']}"
    return finding(
        found.file,
        found.line,
        "opsommingsteken",
        corrected=corrected,
        mark=written["mark"],
        fixed=corrected if indent else corrected.strip(),
    )


def _leftovers(
    blocks: list[tuple[etree._Element, str]], origins: list[Origin]
) -> Iterator[Finding]:
    # The rules whose marks the page holds at all: most pages hold few.
    page = "\n".join(text for _, text in blocks)
    rules = [
        (rule, pattern)
        for rule, pattern in LEFTOVERS
        if rule not in LEFTOVER_MARKS or any(map(page.__contains__, LEFTOVER_MARKS[rule]))
    ]
    for element, text in blocks:
        if element.tag in RAW_BLOCKS and element.getparent() is not None:
            # Markdown syntax left in raw HTML; Jinja is not Markdown (named as a macro below)
            found = next(
                (
                    m
                    for rule, pattern in LEFTOVERS
                    if rule != "macro" and (m := pattern.search(text))
                ),
                None,
            )
            if found:  # the cause is the HTML around it, whatever the syntax is
                yield _in_raw_html(origins[0], element.tag, found.group(0))
                continue
        taken: list[range] = []  # one mistake, one message: '[a][b ]' is no stray bracket too
        starts = {line.lstrip(" ")[:1] for line in text.split("\n")}
        for rule, pattern in rules:
            marks = LEFTOVER_MARKS.get(rule)
            if marks and not any(map(text.__contains__, marks)):  # (no generator: hot)
                continue  # the pattern cannot match: most text has none of its marks
            if (
                rule in LEFTOVER_LINE_STARTS
                and starts.isdisjoint(LEFTOVER_LINE_STARTS[rule])
                and not any(map(text.__contains__, INNER_MARKS.get(rule, ())))
            ):
                continue
            searched = text
            if rule in BLANKED_FIRST and "[" in text:
                searched = BLANKED_FIRST[rule].sub(lambda m: "x" * len(m.group(0)), text)
            match = pattern.search(searched)
            if match and not any(
                match.start() < span.stop and span.start < match.end() for span in taken
            ):
                taken.append(range(match.start(), match.end()))
                matched = text[match.start() : match.end()]  # (as written, not blanked)
                snippet = " ".join(matched.split())[:60]
                # A short snippet ('**') is in many lines: the text around it tells which;
                # then the text on one side only (a label the page adds, such as the 'K01'
                # before a key point, is on the other side in no file).
                around = [
                    " ".join(text[max(0, match.start() - width) : match.end() + width].split())
                    for width in (30, 12)
                ]
                around += [
                    side
                    for side in (
                        " ".join(text[match.start() : match.end() + 30].split()),
                        " ".join(text[max(0, match.start() - 30) : match.end()].split()),
                    )
                    if len(side) >= len(snippet) + 8
                ]
                found = _traced(origins, snippet, rule, around)
                if rule in SHOWN_FILES_ONLY and found.file == origins[0].label:
                    continue  # written as text on the page itself ('&lt;b>'): meant
                if _escaped_on_its_line(found, origins[0], snippet):
                    continue  # a backslash before the marks: the editor asked for them as text
                if rule == "macro" and _jinja_literal(origins[0], snippet):
                    continue  # '{{ "{{ x }}" }}' or '{% raw %}': braces asked for as text
                if rule == "attributen" and not matched.endswith("}"):
                    found = _unclosed_attributes(found, origins[0], snippet)
                elif rule == "opsomming" and FOREIGN_BULLET.match(matched) and found.line:
                    found = _foreign_bullet(found, origins)  # its own line is the cause
                elif OWN_LINE_MARK.match(matched):
                    pass  # its own line: the space after the mark or a stray key
                elif match.start() > 0 and text[match.start() - 1] != "\n":
                    pass  # a mark pushed into its line: what stands before it is the cause
                elif rule in JOINED and match.start() > 0 and found.line:
                    # the line right above it took it in: a blank line (or its '- ') goes there
                    # (the block's first line: more of it may run into the line below)
                    start = _line_in(origins[0], " ".join(text.split("\n", 1)[0].split())[:40])
                    if start and start < found.line:
                        found = dataclasses.replace(found, line=found.line - 1)
                yield found


def _unclosed_attributes(found: Finding, page: Origin, snippet: str) -> Finding:
    """'{ #adres' without its '}': closed at the end of its line (where it stands)."""
    lines = page.raw or page.lines
    if found.file != page.label or not found.line or found.line > len(lines):
        return found
    written = lines[found.line - 1].rstrip()
    opened = written.rfind("{")
    if opened < 0 or "}" in written[opened:]:
        return found
    fixed = written + " }"
    return finding(
        found.file, found.line, "attributen-open", corrected=fixed, snippet=snippet, fixed=fixed
    )


# A word broken over two lines after a hyphen, as text copied from a PDF is ('samen-' and
# 'werking'): the reader sees 'samen- werking'. Not before a word that a hanging hyphen
# stands before ('knie-' and 'en heupartrose' is meant).
BROKEN_WORD = re.compile(r"(?<![\w-])(?P<head>[^\W\d_]{2,})-\n[ \t]*(?P<tail>[^\W\d_]+)")
AFTER_HANGING_HYPHEN = frozenset(
    ["en", "of", "tot", "als", "maar", "noch", "dan", "naar", "zowel", "respectievelijk"]
)


def _broken_words(blocks: list[tuple[etree._Element, str]], page: Origin) -> Iterator[Finding]:
    for _, text in blocks:
        if "-\n" not in text:
            continue
        for match in BROKEN_WORD.finditer(text):
            head, tail = match["head"], match["tail"]
            if tail.lower() in AFTER_HANGING_HYPHEN:
                continue
            lines = page.lines
            line = next(
                (
                    n
                    for n in range(page.first_line, len(lines))
                    if lines[n - 1].rstrip().endswith(f"{head}-")
                    and lines[n].lstrip(" \t>").startswith(tail)
                ),
                None,
            )
            yield finding(
                page.label,
                line,
                "woord-afgebroken",
                shown=f"{head}- {tail}",
                joined=f"{head}{tail}",
                kept=f"{head}-{tail}",
            )


# The characters a backslash shows as themselves (Python-Markdown's escapes)
ESCAPABLE = frozenset("\\`*_{}[]()#+-.!<>|~")


def _escaped_on_its_line(found: Finding, page: Origin, snippet: str) -> bool:
    """Whether the page writes the snippet's marks with a backslash before them, on the line
    found or (the trace looks for the marks as shown) on any line."""
    if found.file != page.label or not set(snippet) & ESCAPABLE:
        return False
    written = " ".join(snippet.split())
    pattern = re.compile(
        "".join(rf"\\?{re.escape(c)}" if c in ESCAPABLE else re.escape(c) for c in written)
    )
    lines = page.raw or page.lines
    candidates = [lines[found.line - 1]] if found.line else lines
    return any(
        "\\" in match.group(0)
        for line in candidates
        if "\\" in line
        for match in pattern.finditer(" ".join(line.split()))
    )


# Braces a page with macros asks for as text (CONTRIBUTING.md and the macro messages advise
# the first form): a Jinja string, '{{ "{{ x }}" }}', or a raw block.
JINJA_LITERAL = re.compile(
    r"""\{\{-?\s*(["'])(?P<text>.*?)\1\s*-?\}\}"""
    r"|\{%-?\s*raw\s*-?%\}(?P<raw>.*?)\{%-?\s*endraw\s*-?%\}",
    re.DOTALL,
)


def _jinja_literal(page: Origin, snippet: str) -> bool:
    """Whether the page writes the braces shown as text in a Jinja literal."""
    text = "\n".join(page.raw or page.lines)
    if "raw" not in text and '{{ "' not in text and "{{ '" not in text:
        return False
    wanted = " ".join(snippet.split())
    return any(
        wanted in " ".join((match["text"] or match["raw"] or "").split())
        for match in JINJA_LITERAL.finditer(text)
    )


CALL = re.compile(r"\{\{\s*\w+\(\)\s*\}\}")
MACROS_OFF = re.compile(r"^render_macros:\s*(?!true\b|True\b|yes\b)\S")


def _macro_cause(found: Finding, source: Source, renders_macros: bool) -> Finding:
    """A macro shown as text: on a page that renders macros its braces are broken; on a page
    whose front matter turns macros off, that line is the cause (the editor changed it)."""
    if found.rule != "macro" or found.file != source.label:
        return found
    if renders_macros:
        written = source.lines[found.line - 1].strip()[:60] if found.line else ""
        return finding(source.label, found.line, "macro-kapot", snippet=written)
    lines = source.lines[: source.front_matter.end]
    number = next((n for n, line in enumerate(lines, start=1) if MACROS_OFF.match(line)), None)
    shown = source.lines[found.line - 1].strip()[:60] if found.line else "{{ ... }}"
    if number is None and source.front_matter.present and CALL.search(shown):
        # A call such as '{{ blokken_overzicht() }}' on a page without 'render_macros: true':
        # the line that turned it on was deleted. It belongs right under the first '---'.
        return finding(
            source.label, 2, "macro-vlag-weg", snippet=CALL.search(shown)[0], at=found.line
        )
    if number is None:
        return found
    return finding(
        source.label,
        number,
        "macro-uit",
        corrected="render_macros: true",
        snippet=shown,
        at=found.line,
    )


ATTRIBUTES_ALONE = re.compile(r"^\s*\{:?\s*[.#][^}]*\}\s*$")


def _detached_attributes(found: Finding, source: Source) -> Finding:
    """'{ .klasse }' shown as text because a blank line came between it and its paragraph:
    the blank line is what the editor changed."""
    if found.rule != "attributen" or found.file != source.label or not found.line:
        return found
    number = found.line
    lines = source.lines
    if number < len(lines) and ATTRIBUTES_ALONE.match(lines[number - 1]) and lines[number].strip():
        # '{ .klasse }' above its paragraph (the lines swapped): it belongs under it
        return finding(
            source.label, number, "attributen-boven", attributes=lines[number - 1].strip()
        )
    if (
        number >= 3
        and ATTRIBUTES_ALONE.match(lines[number - 1])
        and not lines[number - 2].strip()
        and lines[number - 3].strip()
    ):
        return finding(
            source.label, number - 1, "attributen-los", attributes=lines[number - 1].strip()
        )
    return found


def _code_blocks(root: etree._Element, origins: list[Origin]) -> Iterator[Finding]:
    """Text shown as a block of code. The toolkit has no code: a paragraph or list item
    indented by 4 spaces or a tab (or put between ``` lines) is a mistake, and the reader gets
    typewriter text without line breaks."""
    for block in root.iter("pre"):
        first = next((line for line in "".join(block.itertext()).split("\n") if line.strip()), "")
        if not first.strip():
            continue
        snippet = " ".join(first.split())[:60]
        found = _traced(origins, snippet, "code-blok")
        if found.rule != "code-blok" or not found.line:
            yield found
            continue
        origin = next(origin for origin in origins if origin.label == found.file)
        written = (origin.raw or origin.lines)[found.line - 1]
        fenced = not written.strip() or written.lstrip().startswith(("```", "~~~"))
        corrected = None if fenced or written == written.lstrip() else written.lstrip()
        yield dataclasses.replace(found, corrected=corrected)


def _in_raw_html(page: Origin, tag: str, snippet: str) -> Finding:
    snippet = " ".join(snippet.split())[:60]
    line = _line_in(page, snippet)
    opening = None
    if line:  # the nearest line above that opens the element
        pattern = re.compile(rf"<{tag}\b(?![^>]*\bmarkdown\b)", re.I)
        opening = next((n for n in range(line, 0, -1) if pattern.search(page.lines[n - 1])), None)
    corrected = None
    if opening:
        written = page.raw[opening - 1] if page.raw else page.lines[opening - 1]
        corrected = re.sub(rf"<{tag}\b", f"<{tag} markdown", written, count=1, flags=re.I)
    return finding(
        page.label,
        opening or line,
        "markdown-in-html",
        corrected=corrected,
        snippet=snippet,
        tag=tag,
    )


def _line_in(origin: Origin, snippet: str, exact: bool = False) -> int | None:
    """The snippet's line in the text as shown (prose), else in the raw lines (a comment
    left open blanks the rest of the prose)."""
    raw = Origin(origin.label, origin.raw, origin.first_line) if origin.raw else None
    return line_of(origin, snippet, exact=exact) or (
        line_of(raw, snippet, exact=exact) if raw else None
    )


def _among_twins(origin: Origin, snippet: str, around: Sequence[str]) -> int | None:
    """Of several lines that hold the same snippet ('{ .tk-home-only }' twice), the one whose
    neighbouring line continues it as the page shows it: the text around the snippet runs
    over two lines of a paragraph."""
    lines = [" ".join(line.split()) for line in origin.lines]
    wanted = " ".join(snippet.split())
    twins = [n for n, line in enumerate(lines, start=1) if wanted in line]
    if len(twins) < 2:
        return None
    for text in around:
        for number in twins:
            pairs = lines[max(number - 2, 0) : number + 1]
            if text in " ".join(pairs[:2]) or text in " ".join(pairs[-2:]):
                return number
    return None


def _traced(origins: list[Origin], snippet: str, rule: str, around: Sequence[str] = ()) -> Finding:
    """The finding at the line that holds the snippet: the page's first, then the files it
    shows; a mistake in the catalogue or the glossary gets the wording of that file."""
    # The snippet with the text around it in any of the files first, then the snippet as a
    # whole; only then a line with its words.
    found = [(origin, _line_in(origin, text, exact=True)) for text in around for origin in origins]
    found += [(origin, _among_twins(origin, snippet, around)) for origin in origins]
    found += [(origin, _line_in(origin, snippet, exact=True)) for origin in origins]
    found += [(origin, _line_in(origin, snippet)) for origin in origins]
    for origin, line in found:
        if line:
            if origin is not origins[0] and origin.label.endswith(".md"):
                return finding(origin.label, line, "regel-als-tekst", snippet=snippet)
            if origin is not origins[0] and origin.label.endswith((".yml", ".yaml")):
                return _markup_in_data(origin, line, snippet)
            return finding(origin.label, line, rule, snippet=snippet)
    return finding(origins[0].label, None, rule, snippet=snippet)


# Markdown in the data file, which the pages show as plain text: '**vet**', '[tekst](adres)'.
DATA_MARKUP = [
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),  # a link or image: its text
    (re.compile(r"!?\[([^\]]*)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"(\*\*|__|~~|`)(.+?)\1"), r"\2"),  # bold, struck, code: the words
    (re.compile(r"(?<![\w*])([*_])(?=[^\s*_])(.*?)(?<=[^\s*_])\1(?![\w*])"), r"\2"),  # italic
    (re.compile(r"\*\*|~~"), ""),  # a mark left without its pair
    (re.compile(r"[ \t]*<!--.*?-->"), ""),  # a note to editors: shown on the tiles as written
    (re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>"), ""),  # HTML: shown as code
    (re.compile(r"&#?\w+;"), lambda match: unescape(match.group(0))),  # '&amp;': '&'
]


def _markup_in_data(origin: Origin, line: int, snippet: str) -> Finding:
    """Markdown typed in the data file: its texts are shown as written, so the fix is the
    line without the marks (never the tighter '**vet**' a page would need)."""
    written = origin.lines[line - 1]
    corrected = written
    for pattern, replacement in DATA_MARKUP:
        corrected = pattern.sub(replacement, corrected)
    if corrected == written:
        return finding(origin.label, line, "data-opmaak-teken", snippet=snippet)
    return finding(
        origin.label,
        line,
        "data-opmaak",
        corrected=corrected,
        snippet=snippet,
        fixed=corrected.strip(),
    )


def line_of(origin: Origin, snippet: str, case: bool = True, exact: bool = False) -> int | None:
    """The line that holds the snippet, with whitespace folded: as written, else as shown
    (a link shows only its text). Else the line that alone holds its longest word, else the
    first line with any of its words; else None."""
    start = origin.first_line - 1

    def folded(line: str) -> str:
        line = " ".join(line.split())
        return line if case else line.lower()

    written = [folded(line) for line in origin.lines[start:]]
    shown = [folded(_as_shown(line)) for line in origin.lines[start:]]
    wanted = folded(snippet)
    for lines in (written, shown):
        numbers = [n for n, line in enumerate(lines, start=start + 1) if wanted in line]
        if numbers:
            return numbers[0]
    if exact:
        return None
    first_seen = None
    # (words without the brackets around them: 'huis]naam' is two words of the source)
    for word in sorted(set(re.split(r"[ \[\]()]+", wanted)) - {""}, key=len, reverse=True):
        numbers = [n for n, line in enumerate(written, start=start + 1) if word in line]
        if len(numbers) == 1:
            return numbers[0]
        first_seen = first_seen or (numbers[0] if numbers else None)
    return first_seen


def _as_shown(line: str) -> str:
    """A source line roughly as the reader sees it: links reduced to their text."""
    return re.sub(r"\[([^\[\]]*)\](?:\[[^\]]*\]|\([^)]*\))", r"\1", line)


# Invariant: nothing the editor wrote is lost

WORD = re.compile(r"[^\W\d_]{2,}")
CLOSED_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
# What Markdown turns into something other than shown text: addresses, link targets and
# reference names, attribute lists, entities, the type of a box, known HTML tags.
URL = re.compile(r"<?\b(?:[a-z][a-z0-9+.-]*://|www\.|mailto:)[^\s<>\"')\]]*>?", re.I)
EMAIL = re.compile(r"\S+@\S+\.\w+")
ATTRIBUTE_LIST = re.compile(r"\{[:.#][^}]*\}|\{ *(?:[.#]|[\w-]+=)[^}]*\}")  # '{ width="300" }' too
ENTITY = re.compile(r"&#?\w+;")
BOX_TYPE = re.compile(r"^(\s*)(?:!!!|\?\?\?\+?|///)\s*[\w-]*")
# ':smile:': an emoji, where it is one of GitHub's shortcodes (others stay text)
SHORTCODE = re.compile(r":[\w+-]+:")
# '> [!NOTE]': a GitHub alert's kind becomes the box's title (in Dutch), not text
ALERT_KIND = re.compile(rf"(?<=>)\s*\[!(?:{'|'.join(ALERT_TITLES)})\]", re.I)
HTML_TAG = re.compile(r"</?(?P<name>[A-Za-z][\w-]*)(?P<attributes>(?:\s[^<>]*)?)/?>")
# Each with what a line must hold for it to match: most lines hold none of them.
SYNTAX_WITHOUT_WORDS = [
    (URL, (":", "www.")),
    (EMAIL, ("@",)),
    (LINK_TARGET, ("]",)),
    (ATTRIBUTE_LIST, ("{",)),
    (ENTITY, ("&",)),
    (ALERT_KIND, ("[!",)),
]
KNOWN_TAGS = frozenset(
    {
        "a", "abbr", "address", "article", "aside", "b", "bdi", "bdo", "blockquote", "br",
        "button", "caption", "cite", "code", "col", "colgroup", "data", "dd", "del", "details",
        "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "footer", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hr", "i", "img", "input", "ins", "kbd", "label", "li",
        "main", "mark", "nav", "ol", "p", "picture", "pre", "q", "s", "samp", "section",
        "small", "source", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td",
        "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "video", "audio", "wbr",
        "center", "font", "big", "tt", "strike", "iframe", "embed", "object", "script", "style",
        "noscript", "template", "form", "meta", "link", "base", "frame", "frameset", "applet",
    }
)  # fmt: skip


def prose_words(source: Source, renders_macros: bool = False) -> list[tuple[int, list[str]]]:
    """The words an editor wrote on each line (1-based), as a reader should get them:
    front matter, code, closed comments and syntax left out."""
    return [
        (number, words)
        for number, line in _prose_lines(source, renders_macros)
        if (words := WORD.findall(line))
    ]


def _prose_lines(source: Source, renders_macros: bool) -> list[tuple[int, str]]:
    """Each line (1-based) that may hold prose, with its syntax blanked (see prose_words)."""
    body = "\n".join(source.lines)
    body = CLOSED_COMMENT.sub(lambda match: "\n" * match.group(0).count("\n"), body)
    # '[//]: # (note)': the Markdown way of writing a note no reader sees
    body = "\n".join("" if _note_line(line) else line for line in body.split("\n"))
    if renders_macros:
        body = JINJA.sub(lambda match: "\n" * match.group(0).count("\n"), body)
    out = []
    fence = None
    for number, line in enumerate(body.split("\n"), start=1):
        if number <= source.front_matter.end:
            continue
        opening = FENCE.match(line) if "`" in line or "~" in line else None
        if fence or opening:
            if fence is None:
                fence = opening.group(1)
            elif line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                fence = None
            continue
        if "`" in line:
            line = re.sub(r"(`+).+?\1", " ", line)
        if "!!!" in line or "???" in line or "///" in line:
            line = BOX_TYPE.sub(r"\1", line)
        for pattern, marks in SYNTAX_WITHOUT_WORDS:
            if any(map(line.__contains__, marks)):  # the pattern needs one of them
                line = pattern.sub(" ", line)
        if line.count(":") > 1:
            line = SHORTCODE.sub(_unless_emoji, line)
        if "<" in line:
            line = HTML_TAG.sub(
                lambda match: " " if match["name"].lower() in KNOWN_TAGS else match.group(0), line
            )
        out.append((number, line))
    return out


def _unless_emoji(match: re.Match) -> str:
    return " " if match.group(0) in emoji_shortcodes() else match.group(0)


def _note_line(line: str) -> bool:
    """'[//]: # (note)', indented at most three spaces as Markdown allows."""
    text = line.lstrip(" ")
    return len(line) - len(text) <= 3 and COMMENT_DEFINITION.match(text) is not None


# The text a reader gets (code included; not scripts, styles and templates) and the
# descriptions and titles of elements. Most pages hold nothing hidden: their text is lxml's
# itertext (in C); the XPath query that leaves hidden elements out is for the others.
_HIDDEN = " or ".join(f"self::{tag}" for tag in sorted(UNSHOWN))
_SHOWN_TEXT = etree.XPath(
    f"descendant-or-self::text()[not(ancestor::*[{_HIDDEN}])]"
    f" | descendant-or-self::*[not(ancestor-or-self::*[{_HIDDEN}])]"
    "/@*[name()='alt' or name()='title']"
)
# (two plain steps: an XPath with a predicate on every attribute's name takes twice as long)
_DESCRIPTIONS = etree.XPath("descendant-or-self::*/@alt | descendant-or-self::*/@title")


def shown_words(root: etree._Element) -> Counter:
    """Every word the page shows, as often as it shows it: its text (code included) and its
    images' descriptions and titles."""
    if next(root.iter(*UNSHOWN), None) is not None:
        parts = [str(part) for part in _SHOWN_TEXT(root)]
    else:
        parts = [*root.itertext(), *map(str, _DESCRIPTIONS(root))]
    return Counter(WORD.findall(" ".join(parts).casefold()))  # one casefold, in C


UNKNOWN_TAG = re.compile(r"<(?P<name>[A-Za-z][\w-]*)[^<>]*>")
DEFINITION_LIKE = re.compile(r"^ {0,3}\*?\[[^\]]+\]:")


def _lost_words(root: etree._Element, source: Source, renders_macros: bool) -> list[Finding]:
    """Words the editor wrote more often than the page shows them. A word lost is blamed on
    the line whose syntax explains it (a comment left open, angle brackets, a definition);
    what is still missing after that, on the first line that has it."""
    shown = shown_words(root)
    prose_lines = _prose_lines(source, renders_macros)
    # the whole page's words in one pass (in C); the words per line only for a page that lost some
    written = Counter(WORD.findall("\n".join(line for _, line in prose_lines).casefold()))
    missing = Counter({word: count - shown[word] for word, count in written.items()})
    missing = +missing  # only the words shown fewer times than written
    if not missing:
        return []  # most pages
    prose = [(number, words) for number, line in prose_lines if (words := WORD.findall(line))]
    findings, unexplained = [], []
    lines = source.lines
    for number, words in prose:
        lost = [word for word in dict.fromkeys(words) if missing[word.casefold()] > 0]
        if not lost:
            continue
        line = lines[number - 1]
        cause = _loss_cause(source, number, line, ", ".join(f"'{word}'" for word in lost[:5]))
        if cause is None:
            unexplained.append((number, words))
            continue
        findings.append(cause)
        if cause.rule == "verloren-opmerking":
            return findings  # the comment swallows the rest of the page: one finding
        missing.subtract(Counter(word.casefold() for word in words))
    for number, words in unexplained:
        lost = [word for word in dict.fromkeys(words) if missing[word.casefold()] > 0]
        if lost:
            listed = ", ".join(f"'{word}'" for word in lost[:5])
            findings.append(finding(source.label, number, "verloren-tekst", words=listed))
            missing.subtract(Counter(word.casefold() for word in words))
    return findings


def _loss_cause(source: Source, number: int, line: str, listed: str) -> Finding | None:
    """The finding for a line whose own syntax makes words vanish, if it has such syntax."""
    opened = line.find("<!--")
    if opened >= 0 and "-->" not in line[opened:] and "-->" not in "\n".join(source.lines[number:]):
        return finding(source.label, number, "verloren-opmerking", words=listed)
    unknown = next(
        (m for m in UNKNOWN_TAG.finditer(line) if m["name"].lower() not in KNOWN_TAGS), None
    )
    if unknown:
        tag = unknown.group(0)
        escaped = tag.replace("<", "&lt;", 1)
        return finding(
            source.label,
            number,
            "verloren-punthaken",
            corrected=line.replace(tag, escaped, 1),
            words=listed,
            tag=tag,
            escaped=escaped,
        )
    if DEFINITION_LIKE.match(line):
        return finding(source.label, number, "verloren-definitie", words=listed)
    if "|" in line:
        return _cells_beyond_header(source, number, listed)
    return None


# A table's separator row: '| --- | :-: |', with or without the outer bars.
TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")


def table_cells(row: str) -> int:
    """How many cells a table row has, as GitHub and the site split it: at each '|' that is
    not escaped ('\\|') nor inside `code`, the bars at both ends aside."""
    row = re.sub(r"(`+).+?\1", "c", row.replace("\\|", "c")).strip()
    if row.startswith("|"):
        row = row[1:]
    if row.endswith("|"):
        row = row[:-1]
    return row.count("|") + 1


def _cells_beyond_header(source: Source, number: int, listed: str) -> Finding | None:
    """A table row with more cells than its header: both GitHub and the site drop the cells
    beyond the header's (often a '|' inside a cell's text split it in two)."""
    above = number - 1
    while above >= 1 and "|" in source.lines[above - 1]:
        if TABLE_SEPARATOR.match(source.lines[above - 1]) and above >= 2:
            header = above - 1
            columns = table_cells(source.lines[header - 1])
            cells = table_cells(source.lines[number - 1])
            if cells <= columns:
                return None
            return finding(
                source.label,
                number,
                "verloren-tabelcel",
                words=listed,
                cells=cells,
                columns=columns,
                header=header,
            )
        above -= 1
    return None


# Raw HTML that would run code or load something from another site for every reader.
EMBEDS = {"iframe", "frame", "frameset", "embed", "object", "applet"}
NOT_IN_A_PAGE = {"base", "meta", "link", "form", "style"}
LOADING_ATTRIBUTES = ("src", "srcset", "poster", "data", "background")
OTHER_HOST = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.I)
SCRIPT_URL = re.compile(r"^\s*(?:javascript|vbscript|data):", re.I)
CSS_URL = re.compile(r"url\(\s*['\"]?\s*(?:[a-z]+:)?//", re.I)


def _unsafe_html(root: etree._Element, source: Source) -> Iterator[Finding]:
    origin = page_origin(source)
    origin_all = Origin(source.label, source.lines, origin.first_line)

    def at(needle: str, rule: str, **values: object) -> Finding:
        line = line_of(origin, needle, case=False) or line_of(origin_all, needle, case=False)
        return finding(source.label, line, rule, **values)

    # Every element (lxml's iteration: an XPath that picks those with attributes or of a kind
    # named below takes four times as long)
    for element in root.iter(etree.Element):
        tag = element.tag
        if tag == "script" and not _is_site_script(element):
            yield at(f"<{tag}", "html-script")
        elif tag in EMBEDS:
            yield at(f"<{tag}", "html-insluiten", tag=tag)
        elif tag in NOT_IN_A_PAGE:
            yield at(f"<{tag}", "html-niet-in-pagina", tag=tag)
        for name, value in element.items():
            if name.lower().startswith("on"):
                yield at(f"{name}=", "html-code-attribuut", name=name)
            elif name in ("href", "src", "action", "formaction") and SCRIPT_URL.match(value):
                yield at(value.strip()[:20], "html-code-adres")
            elif (
                name in LOADING_ATTRIBUTES
                and tag not in EMBEDS | {"script"}  # reported above, once
                and OTHER_HOST.match(value)
                and not (tag == "img" and private_kind(value))  # named as the editor's own
            ):
                yield at(value.split()[0][:40], "html-andere-site", address=value.split()[0])
            elif name == "style" and CSS_URL.search(value):
                yield at("style=", "html-opmaak-andere-site")


def _is_site_script(element: etree._Element) -> bool:
    """The site's own module script (the theme or a macro adds it), not an editor's."""
    src = element.get("src", "")
    return (
        bool(src)
        and not (element.text or "").strip()
        and not OTHER_HOST.match(src)
        and ("assets/javascripts/" in src)
    )
