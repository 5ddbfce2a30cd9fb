"""Content checks: the mistakes an editor can make in a page or in the reference catalogue.

Why: editors change the toolkit in GitHub's web editor, and Python-Markdown forgives almost
everything silently: an unknown reference stays in the text as "[tekst][naam]", a misspelt
admonition type loses its colour, front matter that does not parse becomes page text. These
checks find each such mistake in the Markdown source and explain it in Dutch, with the file,
the line and the fix. All wording is in messages.py; CONTRIBUTING.md explains each one.

Pure functions, no MkDocs import. hooks/content_checks_hook.py runs them once per build and
stops it, scripts/check-content runs the same from the command line, and the tests call them
directly. The checks on the data file of building blocks live in blocks_data.py
(`load_blocks`); the hook and the command report those alongside these.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from posixpath import dirname, normpath
from urllib.parse import parse_qsl, unquote, urlsplit

import yaml

from .addresses import WHOLE_TOOLKIT_PAGE, WHOLE_TOOLKIT_PDF, OwnSite, private_kind
from .deleted_lines import deleted_lines
from .editor_notes import EDITOR_NOTE, note_finding
from .editor_yaml import (
    CURLY_QUOTES_PROBLEM,
    INDENTATION_PROBLEM,
    ImpossibleDatesLoader,
    SafeLoader,
    comment_cut_value,
    curly_quoted_line,
    duplicate_key,
    error_mark,
    misindented_line,
    repair_at,
    syntax_in_values,
    yaml_problem,
)
from .findings import Finding, finding
from .messages import visible
from .source_text import ODD_SPACES, NotUtf8Error, normalize, read

CATALOGUE = "docs/_data/referenties.md"
# The admonition types of the toolkit, with the title each one shows.
ADMONITION_TYPES = {"interessant": "Interessant", "leer-van-anderen": "Leer van anderen"}
# Every block page has both admonitions; where the source gives nothing, this one sentence.
NOTHING_GIVEN = {
    "interessant": "De toolkit noemt bij dit bouwblok geen aanvullende leesstof.",
    "leer-van-anderen": "De toolkit noemt bij dit bouwblok geen voorbeelden uit de regio's.",
}
REVIEW_FIELD = "laatst_gecontroleerd"
# Query parameters that only follow the reader around (besides everything starting utm_).
TRACKING_PARAMETERS = {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "_hsenc"}
# Wrappers and shorteners that hide the real address: host -> (path, parameters with target).
REDIRECT_WRAPPERS = {
    "google.com": ("/url", ("url", "q")),
    "google.nl": ("/url", ("url", "q")),
    "safelinks.protection.outlook.com": ("", ("url",)),
    "l.facebook.com": ("/l.php", ("u",)),
    "linkedin.com": ("/redir/redirect", ("url",)),
    "urldefense.com": ("", ()),
    "t.co": ("", ()),
    "bit.ly": ("", ()),
    "lnkd.in": ("", ()),
    "tinyurl.com": ("", ()),
}

# Findings


def read_source(path, label: str) -> tuple[str, Finding | None]:
    """A file's text as the build reads it (toolkit.source_text), and why it cannot be
    read as it is, if so. A file that is not UTF-8 is still read, in the encoding it
    probably has, so the other checks do not report its references as unused."""
    try:
        return read(path), None
    except NotUtf8Error as error:
        codec = "utf-16" if error.encoding_guess == "UTF-16" else "cp1252"
        text = normalize(Path(path).read_bytes().decode(codec, errors="replace"))
        return text, finding(label, error.line, "geen-utf8", guess=error.encoding_guess)


# Sources


@dataclass
class FrontMatter:
    present: bool = False
    data: dict = field(default_factory=dict)
    end: int = 0  # lines the front matter takes, including both '---' (0: none)
    error: Finding | None = None  # without file; filled in by check_front_matter


# The pattern MkDocs uses (mkdocs/utils/meta.py): a page passes here exactly when MkDocs
# reads its front matter.
FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)


# A line that can belong to front matter: 'naam: waarde', an indented or list continuation,
# a YAML comment.
FRONT_MATTER_LINE = re.compile(r"^(?:[\w-]+[ \t]*:|[ \t]+\S|-[ \t]|#)")


def _front_matter_end(text: str) -> int:
    """Where the closing '---' of an unclosed front matter belongs: the first line after
    its opening that cannot be part of it (the line the editor most likely changed)."""
    last = 1
    for number, line in enumerate(text.split("\n")[1:], start=2):
        if not FRONT_MATTER_LINE.match(line):
            break
        if not line.startswith("#"):  # '# ...' may as well be the page's heading
            last = number
    return last + 1


def _spaced_closing(text: str) -> int | None:
    """The line, within an unclosed front matter, that is its closing '---' written with
    spaces or a tab before it (MkDocs reads only '---' at the start of the line)."""
    end = _front_matter_end(text)  # (a line of long dashes is where it ends)
    for number, line in enumerate(text.split("\n")[1:end], start=2):
        if (line.strip() in ("---", "...") and line != line.strip()) or _like_fence(line):
            return number
    return None


def _like_fence(line: str) -> bool:
    """A line meant as '---' but not read as it: long dashes ('—-' from a phone's or Word's
    autocorrect), '----', '- - -' (a bare '---' or a list's '- ' are not)."""
    return (
        bool(re.fullmatch(rf"[\s\-{DASHES}]*[\-{DASHES}][\s\-{DASHES}]*", line))
        and line.strip() != "---"
        and len(line.strip()) >= 2
        and not re.fullmatch(r"\s*-\s*", line)
    )


def _fields_without_fences(text: str) -> Finding | None:
    """A page that starts with its front matter's fields but without the '---' above them
    (and below them): the site shows them as text. Named at line 1 with where the lines go."""
    lines = text.split("\n")
    name = re.match(r"([\w-]+)[ \t]*:", lines[0])
    if not name or name.group(1).lower() not in FRONT_MATTER_FIELDS:
        return None
    last = 1
    for number, line in enumerate(lines[1:], start=2):
        if not FRONT_MATTER_LINE.match(line):
            break
        if not line.startswith("#"):  # (a comment, or the page's heading right below)
            last = number
    closed = last < len(lines) and lines[last].strip() == "---"
    rule = "gegevensblok-zonder-begin" if closed else "gegevensblok-zonder-streepjes"
    return finding("", 1, rule, last=last)


def _toml_front_matter(text: str) -> Finding | None:
    """Front matter between '+++' lines, as Hugo reads it (TOML): the site shows it as text.
    Its end is the next '+++' or '---' line (only its start copied), up to a blank line."""
    lines = text.split("\n")
    if lines[0].strip() != "+++":
        return None
    block = list(itertools.takewhile(str.strip, lines[1:]))
    last = next((n for n, line in enumerate(block, 2) if line.strip() in ("+++", "---")), None)
    fields = block[: last - 2] if last else block
    toml = any(re.match(r"\s*[\w-]+\s*=", line) for line in fields)
    also = ", en schrijf elke regel als 'naam: waarde' in plaats van 'naam = waarde'"
    also = also if toml else ""
    if last is None:
        return finding("", 1, "gegevensblok-toml-open", also=also)
    where = f"regel 1 en regel {last}" if lines[last - 1].strip() == "+++" else "regel 1"
    return finding("", 1, "gegevensblok-toml", where=where, also=also)


def _misindented_front_line(front: str, reported: int) -> tuple[int, int, int] | None:
    """(line in the front matter, its indentation, the one that makes it read) for a line
    mis-indented where YAML stopped or above; of two such lines, the one off the two-space
    steps the front matter is written in (the editor's extra space)."""
    found = [
        candidate
        for above_first in (True, False)
        if (candidate := misindented_line(front, reported, above_first, every=True))
    ]
    if not found:
        return None
    odd = [candidate for candidate in found if candidate[1] % 2]
    number, spaces, needed = (odd or found)[0]
    return number, spaces, needed[0]


def parse_front_matter(text: str) -> FrontMatter:
    match = FRONT_MATTER.match(text)
    if not match:
        first = text.split("\n", 1)[0]
        dashes = _like_fence(first) or first.startswith("---")
        if dashes and first.strip() != "---":  # '----', '- - -', '—-', '---' with text after it
            error = finding("", 1, "gegevensblok-begin", corrected="---", written=first)
            return FrontMatter(error=error)
        if text.startswith("---"):
            closing = _spaced_closing(text)
            if closing:  # '   ---': the closing line with spaces, so it closes nothing
                written = text.split("\n")[closing - 1]
                return FrontMatter(
                    error=finding(
                        "", closing, "gegevensblok-einde", corrected="---", written=written
                    )
                )
            return FrontMatter(error=finding("", _front_matter_end(text), "gegevensblok-open"))
        return FrontMatter(error=_toml_front_matter(text) or _fields_without_fences(text))
    end = match.group(0).count("\n")
    curly = curly_quoted_line(match.group(1))
    if curly:
        problem = CURLY_QUOTES_PROBLEM
        return FrontMatter(
            True, end=end, error=finding("", curly + 1, "gegevensblok-yaml", problem=problem)
        )
    try:
        root = yaml.compose(match.group(1), Loader=SafeLoader)
        twice = duplicate_key(root)
        data = ImpossibleDatesLoader(match.group(1)).construct_document(root) if root else None
    except yaml.MarkedYAMLError as error:
        mark = error_mark(error, match.group(1))
        line = mark.line + 2 if mark else 1
        # (the front matter's first line is the page's second, below the '---')
        repair = repair_at(match.group(1), line, FRONT_MATTER_FIELDS, first_line=2)
        if repair:
            error = finding(
                "", repair.line, repair.rule, corrected=repair.corrected, **repair.values
            )
            return FrontMatter(True, end=end, error=error)
        problem = yaml_problem(error, match.group(1))
        shifted = _misindented_front_line(match.group(1), line - 1) if line > 1 else None
        if problem == INDENTATION_PROBLEM and shifted:  # '   - toc' under '  - navigation'
            number, spaces, needed = shifted
            written = match.group(1).split("\n")[number - 1]
            corrected = " " * needed + written.lstrip(" ")
            error = finding(
                "",
                number + 1,
                "yaml-inspringing",
                corrected=corrected,
                spaces=spaces,
                needed=needed,
            )
            return FrontMatter(True, end=end, error=error)
        return FrontMatter(
            True, end=end, error=finding("", line, "gegevensblok-yaml", problem=problem)
        )
    syntax = syntax_in_values(match.group(1))
    if syntax:
        line = syntax.pop("line") + 1
        error = finding("", line, "yaml-teken", corrected=syntax.pop("corrected"), **syntax)
        return FrontMatter(True, end=end, error=error)
    cut = comment_cut_value(root, match.group(1))
    if cut:
        line = cut.pop("line") + 1
        error = finding("", line, "yaml-hekje", corrected=cut["fixed"], **cut)
        return FrontMatter(True, end=end, error=error)
    if twice:  # YAML keeps the last value silently; the editor meant one of them
        line, first, key = twice
        return FrontMatter(
            True,
            end=end,
            error=finding("", line + 1, "gegevensblok-dubbel", key=key, first=first + 1),
        )
    if data is None:
        data = {}
    if not isinstance(data, dict):
        problem = "geen regels 'naam: waarde'"
        return FrontMatter(
            True, end=end, error=finding("", 2, "gegevensblok-yaml", problem=problem)
        )
    return FrontMatter(True, data=data, end=end)


@dataclass
class Source:
    """A Markdown page: its lines, and the same lines with what Markdown does not read as text
    (front matter, code, HTML comments, escaped characters) blanked out."""

    label: str  # as the editor sees it: docs/blokken/scholing.md
    uri: str  # below docs/: blokken/scholing.md
    text: str
    unreadable: Finding | None = None  # why the file is not read as saved (not UTF-8)
    lines: list[str] = field(init=False)
    prose: list[str] = field(init=False)
    front_matter: FrontMatter = field(init=False)
    open_comment: int = field(init=False)  # line of a '<!--' never closed, else 0
    open_fences: list[int] = field(init=False)  # lines of a '```' never closed

    def __post_init__(self) -> None:
        self.text = normalize(self.text)
        self.lines = self.text.split("\n")
        self.front_matter = parse_front_matter(self.text)
        self.prose, opened, fences = _prose(self.lines, self.front_matter.end)
        self.open_comment = opened[0] + 1 if opened else 0
        self.open_fences = sorted(number + 1 for number in fences)

    @property
    def last_line(self) -> int:
        """The last line with text (an editor sees no line after the final newline)."""
        return max((n for n, line in enumerate(self.lines, start=1) if line.strip()), default=1)


def load_source(path: Path, root: Path, uri: str) -> Source:
    """A page as every check reads it, parsed once per version of the file (the content
    checks and the rendered checks of one build share it)."""
    stat = path.stat()
    return _load_source(str(path), str(root), uri, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=4096)
def _load_source(path: str, root: str, uri: str, mtime_ns: int, size: int) -> Source:
    resolved = Path(path).resolve()
    try:
        label = resolved.relative_to(Path(root)).as_posix()
    except ValueError:
        label = resolved.as_posix()
    text, unreadable = read_source(resolved, label)
    return Source(label, uri, text, unreadable)


FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")
ESCAPE = re.compile(r"\\[\\`*_{}\[\]()#+\-.!<>|]")


def _blank(match: re.Match) -> str:
    return " " * len(match.group(0))


def _prose(
    lines: list[str],
    skip: int,
    open_comment: tuple[int, int] | None = None,
    open_fences: frozenset[int] = frozenset(),
) -> tuple[list[str], tuple[int, int] | None, frozenset[int]]:
    """The lines as prose, where a comment opens that is never closed (line index, column),
    and where code blocks ('```') open that are never closed (line indexes: Python-Markdown
    reads such a line as text). An open comment hides the rest of the page from the reader,
    but not from the checks: they read the text after it, so the one cause is named, not its
    consequences."""
    out: list[str] = []
    fence: str | None = None
    fence_at = -1
    in_comment = False
    opened: tuple[int, int] | None = None
    unclosed: tuple[int, int] | None = None  # a comment that ran into a later one
    for number, line in enumerate(lines):
        if number < skip:
            out.append("")
            continue
        stripped = line.strip()
        if fence:
            if stripped.startswith(fence) and not stripped.strip(fence[0]):
                fence = None
            out.append("")
            continue
        opening = FENCE.match(line) if number not in open_fences else None
        if opening and not in_comment:
            fence, fence_at = opening.group(1), number
            out.append("")
            continue
        kept, position = [], 0
        while position < len(line):
            marker = "-->" if in_comment else "<!--"
            found = line.find(marker, position)
            if found >= 0 and (number, found) == open_comment:
                found = line.find(marker, found + 1)
            if in_comment and unclosed is None and opened is not None:
                # another '<!--' before this comment's '-->': it was never closed, and runs
                # on to the end of a later note (the text between is hidden)
                again = line.find(
                    "<!--", position + 4 if opened == (number, position) else position
                )
                if again >= 0 and (found < 0 or again < found):
                    unclosed = opened
            stop = len(line) if found < 0 else found + (3 if in_comment else 0)
            kept.append(" " * (stop - position) if in_comment else line[position:stop])
            if found >= 0:
                in_comment = not in_comment
                opened = (number, found) if in_comment else None
            position = stop
        out.append(INLINE_CODE.sub(_blank, ESCAPE.sub("  ", "".join(kept))))
    if fence:  # never closed: that line is text, and the lines after it are read again
        return _prose(lines, skip, open_comment, open_fences | {fence_at})
    if in_comment and opened is not None and open_comment is None:
        return _prose(lines, skip, opened, open_fences)
    if unclosed is not None and open_comment is None:
        return _prose(lines, skip, unclosed, open_fences)
    return out, open_comment, open_fences


# The reference catalogue


@dataclass(frozen=True)
class Reference:
    id: str  # as written
    url: str
    title: str
    line: int


DEFINITION = re.compile(
    r"^ {0,3}\[(?P<id>[^\]]+)\]:[ \t]*(?P<url><[^>]*>|\S+)"
    # Python-Markdown's title runs to the last quote on the line: 'De "beste" zorg' is one.
    r"(?:[ \t]+(?P<title>\".*\"|'.*'|\(.*\)))?[ \t]*$"
)
# Where a link goes and a footnote's mark ('](adres)', '][naam]', '[^1]'): never text a
# reader sees (within one line).
LINK_TARGET = re.compile(r"\]\([^)\n]*\)|\]\[[^\]\n]*\]|\[\^[^\]\n]*\]")
# A note for editors that readers never see: '[//]: # (tekst)', '[comment]: <> (tekst)'.
COMMENT_DEFINITION = re.compile(r"^\[[^\]]*\]:[ \t]*(?:#|<>)(?=\s|$)")


@functools.lru_cache(maxsize=4096)  # the same names, on every page and in every build
def normalize_id(reference_id: str) -> str:
    """Reference names as Python-Markdown compares them: case and spacing do not count."""
    return " ".join(reference_id.split()).lower()


def _comment_line(line: str) -> bool:
    """A line that is one HTML comment: no reader sees it, wherever it is appended."""
    text = line.strip()
    return text.startswith("<!--") and text.endswith("-->") and "-->" not in text[4:-3]


def parse_catalogue(text: str, label: str = CATALOGUE) -> tuple[dict[str, Reference], list]:
    """The catalogue's references by normalized name, and the findings about its lines."""
    references: dict[str, Reference] = {}
    findings: list[Finding] = []
    for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
        if not line.strip() or COMMENT_DEFINITION.match(line) or _comment_line(line):
            continue
        joined = TWO_DEFINITIONS.match(line)
        if joined and all(DEFINITION.match(part) for part in joined.groups()):
            # two lines joined (a line break deleted): the pages that use them are fine
            findings.append(
                finding(
                    label,
                    number,
                    "catalogus-twee-op-regel",
                    corrected="\n".join(joined.groups()),
                    second=joined["second"][:60],
                )
            )
            for part in joined.groups():
                match = DEFINITION.match(part)
                references[normalize_id(match["id"])] = _reference(match, number)
            continue
        match = DEFINITION.match(line)
        if not match or _suspicious(match):
            repaired = repaired_definition(line)
            if repaired is None and match:
                pass  # the title and address checks below say what is wrong
            elif repaired is None:
                findings.append(finding(label, number, "catalogus-regel"))
                continue
            else:
                cause, fixed = repaired
                findings.append(
                    finding(
                        label,
                        number,
                        "catalogus-regel-anders" if match else "catalogus-regel-oorzaak",
                        corrected=fixed,
                        cause=cause,
                        fixed=fixed,
                    )
                )
                match = DEFINITION.match(fixed)  # the pages that use it are fine: one finding
                references[normalize_id(match["id"])] = _reference(match, number)
                continue
        name, url = match["id"], match["url"].strip("<>")
        if not match["title"]:
            findings.append(finding(label, number, "catalogus-titel", name=name, url=url))
        if not FULL_ADDRESS.match(url):
            findings.append(finding(label, number, "catalogus-adres", name=name, url=url))
        key = normalize_id(name)
        if key in references:
            first = references[key].line
            findings.append(finding(label, number, "dubbele-naam", name=name, first=first))
        references[key] = _reference(match, number)
        findings += _note_in_title(references[key], line, label)
    return references, findings


def _note_in_title(reference: Reference, line: str, label: str) -> list[Finding]:
    """'[x]: https://... "TODO titel"': readers see the title (in the tooltip)."""
    note = note_finding(
        label,
        reference.line,
        reference.title,
        f"de titel van [{reference.id}]",
        hidden="'[//]: # (notitie)'",
        rewrite=lambda rest: line.replace(f'"{reference.title}"', f'"{rest}"', 1),
        empty="vul de titel in",
    )
    return [note] if note else []


# '[a]: https://... "A" [b]: https://... "B"': a line break between two entries deleted.
TWO_DEFINITIONS = re.compile(
    r"^(?P<first>\s*\[[^\]]+\]:[ \t]*\S+(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?)"
    r"[ \t]+(?P<second>\[[^\]]+\]:[ \t]*<?https?://.*?)[ \t]*$"
)


def _reference(match: re.Match, number: int) -> Reference:
    title = match["title"][1:-1] if match["title"] else ""
    return Reference(match["id"], match["url"].strip("<>"), title, number)


def _suspicious(match: re.Match) -> bool:
    """A line that reads as a definition, but not as the editor meant: no title, an address
    that is no web address ('[T](https://...)' pasted as a whole), a '.' copied after it."""
    url = match["url"].strip("<>")
    return (
        not match["title"]
        or not re.match(r"https?://[^/\s]+\.[^/\s]+", url)
        or (url[-1] in ".,;:" and not re.search(r"[?#]", url))
        or (url.endswith(")") and "(" not in url)
        or " " in url  # '<https://a.nl/over ons.pdf>': Python-Markdown takes no space there
    )


# A catalogue line as an editor may mistype it: the name, the address (spaces and all) and
# the title in any quotes, each part optional after the name.
LOOSE_DEFINITION = re.compile(
    r"^\s*\[(?P<id>[^\]]+)\]\s*(?P<colon>:?)\s*(?P<url>[^\s\"“”„'‘’(][^\"“”„‘’(]*?)?"
    r"\s*(?P<title>[\"“”„'‘’(].*?)?\s*$"
)
CURLY = "“”„‘’"


def repaired_definition(line: str) -> tuple[str, str] | None:
    """(what is wrong, the line as it should be) for a catalogue line that is almost a
    reference definition; None when it is not recognisably one."""
    loose = LOOSE_DEFINITION.match(line)
    if not loose or not loose["url"]:
        return None
    causes = []
    url = loose["url"].strip()
    title = (loose["title"] or "").strip()
    markdown_link = re.match(
        r"^\s*\[[^\]]+\]\s*:?\s*\[(?P<text>[^\]]*)\]\((?P<url>[^)\s]+)\)\s*$", line
    )
    angled = re.match(r"^<(?P<inside>[^<>]+)>$", url)  # '<https://a.nl/over ons.pdf>'
    if markdown_link:  # '[naam]: [Titel](https://...)'
        causes.append("een link als '[titel](adres)' in plaats van 'adres \"titel\"'")
        url, title = markdown_link["url"], f'"{markdown_link["text"]}"'
    elif angled:  # what is inside counts (a space there: below)
        url = angled["inside"].strip()
    elif " " in url and not title and not re.search(r"[./%?=&#]", url.split(" ", 1)[1]):
        # 'https://artroqare.nl/ ArtroQare': the title without its quotes
        url, rest = url.split(" ", 1)
        title = f'"{rest.strip()}"'
        causes.append("de titel staat niet tussen aanhalingstekens")
    url = url.strip("<>")  # '<https://...>' is allowed: what is inside counts
    if url[-1:] in ".,;:" and "://" in url and not re.search(r"[?#]", url):  # end of a sentence
        causes.append(f"een '{url[-1]}' achter het webadres")
        url = url[:-1]
    if url.endswith(")") and "(" not in url:  # copied from '(https://...)'
        causes.append("een ')' achter het webadres")
        url = url[:-1]
    if any(space in line for space in ODD_SPACES):  # Markdown needs a real space there
        causes.append("een harde spatie (uit Word of een website) waar een gewone spatie hoort")
    if not loose["colon"]:
        causes.append("de dubbele punt na ] ontbreekt")
    if " " in url:
        causes.append("een spatie in het webadres")
        url = url.replace(" ", "%20")
    if any(mark in title for mark in CURLY):
        causes.append("krullende aanhalingstekens rond de titel")
    if title:
        inner = title[1:] if title[:1] in "\"'(" + CURLY else title  # one mark each side:
        inner = inner[:-1] if inner[-1:] in "\"')" + CURLY else inner  # '(wet BIG)' stays
        if not title.endswith(('"', ")") + tuple(CURLY)) or title.startswith("'"):
            causes.append("de titel staat niet tussen rechte aanhalingstekens")
        title = f' "{inner}"'
    if not causes:
        return None
    fixed = f"[{loose['id']}]: {url}{title}"
    return (", ".join(dict.fromkeys(causes)), fixed) if DEFINITION.match(fixed) else None


def normalize_url(url: str) -> str:
    """Addresses as a reader experiences them: http or https, the case of the host name, the
    default port and a trailing slash do not make another page."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("", "http", "https"):
        return url.strip()  # mailto:, tel:: no host, and the scheme is part of the meaning
    host = (parts.hostname or "").lower()
    port = f":{parts.port}" if parts.port and parts.port not in (80, 443) else ""
    query = f"?{parts.query}" if parts.query else ""
    fragment = f"#{parts.fragment}" if parts.fragment else ""
    return f"{host}{port}{parts.path.rstrip('/')}{query}{fragment}"


def check_duplicate_urls(
    references: dict[str, Reference],
    label: str = CATALOGUE,
    usages: dict[str, list[tuple[str, int]]] | None = None,
) -> list[Finding]:
    """Two names for one address, reported on the newer name with advice to use the other.

    Without git history, "newer" is the name the pages use less (a name just added is used
    on the page being edited, if at all, while the established one is used already); when
    both are used equally, the one further down. The editor is never told to delete the
    established name, wherever in the alphabet the new one landed.
    """
    usages = usages or {}
    groups: dict[str, list[Reference]] = {}
    for reference in references.values():
        groups.setdefault(normalize_url(reference.url), []).append(reference)
    findings = []
    for group in groups.values():
        if len(group) < 2:
            continue

        def uses(reference: Reference) -> int:
            return len(usages.get(normalize_id(reference.id), []))

        kept = max(group, key=lambda ref: (uses(ref), -ref.line))
        count = uses(kept)
        tied = [ref for ref in group if ref is not kept and uses(ref) == count]
        kept_use = (
            f"die al op {count} plaats{'en' if count > 1 else ''} gebruikt wordt"
            if count
            else "die al in de catalogus staat"
        )
        for reference in sorted(group, key=lambda ref: ref.line):
            if reference is kept:
                continue
            if reference in tied:  # no way to tell which is new; the editor knows
                usage = (
                    "allebei nog nergens gebruikt"
                    if not count
                    else f"allebei op {count} plaats{'en' if count > 1 else ''} gebruikt"
                )
                findings.append(
                    finding(
                        label,
                        reference.line,
                        "dubbel-adres-gelijk",
                        name=reference.id,
                        kept=kept.id,
                        kept_line=kept.line,
                        usage=usage,
                    )
                )
                continue
            places = usages.get(normalize_id(reference.id), [])[:5]
            fix = (
                f"schrijf '[tekst][{kept.id}]' in plaats van '[tekst][{reference.id}]' ("
                + ", ".join(f"{file} regel {line}" for file, line in places)
                + ") en "
                if places
                else ""
            )
            findings.append(
                finding(
                    label,
                    reference.line,
                    "dubbel-adres-nieuw",
                    name=reference.id,
                    kept=kept.id,
                    kept_line=kept.line,
                    kept_use=kept_use,
                    fix=fix,
                )
            )
    return findings


def meant_reference(key: str, references: dict[str, Reference]) -> str | None:
    """The catalogue name (normalized) that an unknown name was most likely meant as: a
    letter off, a space for a dash. The page is told "Bedoel je ...?", and the catalogue
    line is not also called unused: one slip, one message, where the editor made it."""
    close = difflib.get_close_matches(key, list(references), n=1, cutoff=0.75)
    return close[0] if close else None


def check_unused(
    references: dict[str, Reference], used: set[str], label: str = CATALOGUE
) -> list[Finding]:
    return [
        finding(label, reference.line, "ongebruikt", name=reference.id)
        for key, reference in sorted(references.items(), key=lambda item: item[1].line)
        if key not in used
    ]


def _broken_use(unused: Finding, references: dict[str, Reference], sources) -> Finding:
    """A reference that became unused because a page's use of it broke (a bracket deleted,
    a character added to the name) is the page's mistake: name that line instead."""
    reference = next(ref for ref in references.values() if ref.line == unused.line)
    pattern = re.compile(rf"\[?{re.escape(reference.id)}(?![\w-])", re.IGNORECASE)
    for source in sources:
        for number, line in enumerate(source.prose, start=1):
            match = pattern.search(line)
            if match and not DEFINITION.match(line):
                shown = line.strip()[:80]
                return finding(
                    source.label, number, "verwijzing-kapot", name=reference.id, shown=shown
                )
    return unused


def _bracket_too_many(
    line: str, references: dict[str, Reference]
) -> tuple[str, list[str], str] | None:
    """(the line without it, the catalogue names it then uses, the bracket) for one '[' or
    ']' too many in a line's references, when without it every reference is to a name of
    the catalogue and the brackets pair up."""
    if "][" not in line or line.count("[") == line.count("]"):
        return None
    candidates = []  # (how much of the line its references cover, the line, names, bracket)
    for at, char in enumerate(line):
        if char not in "[]":
            continue
        fixed = line[:at] + line[at + 1 :]
        if fixed.count("[") != fixed.count("]"):
            continue
        matches = list(FULL_REFERENCE.finditer(fixed))
        names = [match["id"] for match in matches]
        if names and all(normalize_id(name) in references for name in names):
            covered = sum(match.end() - match.start() for match in matches)
            candidates.append((covered, fixed, names, char))
    if not candidates:
        return None
    _, fixed, names, char = max(candidates, key=lambda candidate: candidate[0])  # the link whole
    return fixed, names, char


def check_url(url: str, label: str, line: int) -> list[Finding]:
    """An address only its writer can open, a redirect wrapper, tracking tags."""
    private = private_kind(url)
    if private:
        return [_private_address(label, line, url, *private)]
    parts = urlsplit(url)
    wrapped = redirect_wrapper(url)
    if wrapped:
        via, target = wrapped
        fix = (
            f"gebruik het echte adres: {target}"
            if target
            else "open de link in de browser en kopieer het adres van de pagina waar je "
            "uitkomt uit de adresbalk"
        )
        return [finding(label, line, "doorverwijzing", url=url, via=via, fix=fix)]
    tags = [
        name for name, _ in parse_qsl(parts.query, keep_blank_values=True) if _is_tracking(name)
    ]
    if "utm_" in parts.fragment.lower():
        tags.append("#utm_…")
    if tags:
        return [
            finding(
                label, line, "volgcodes", url=url, tags=", ".join(tags), clean=without_tracking(url)
            )
        ]
    return []


def redirect_wrapper(url: str) -> tuple[str, str] | None:
    """(the wrapper, the real address or '') for an address that only passes the reader on:
    Outlook's safe links, Google's and Facebook's redirects, short links."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    for name, (path, parameters) in REDIRECT_WRAPPERS.items():
        if (host == name or host.endswith("." + name)) and parts.path.startswith(path):
            query = dict(parse_qsl(parts.query))
            target = next((query[key] for key in parameters if key in query), "")
            return f"{host}{path}", target if target.startswith("http") else ""
    return None


def _private_address(label: str, line: int, url: str, rule: str, place: str) -> Finding:
    return finding(label, line, rule, url=url, place=place)


def without_tracking(url: str) -> str:
    parts = urlsplit(url)
    query = "&".join(
        pair for pair in parts.query.split("&") if pair and not _is_tracking(pair.split("=", 1)[0])
    )
    fragment = "" if "utm_" in parts.fragment.lower() else parts.fragment
    if parts.netloc:
        clean = f"{parts.scheme}://{parts.netloc}{parts.path}"
    else:  # mailto:name@host has no '//'
        clean = f"{parts.scheme}:{parts.path}" if parts.scheme else parts.path
    return clean + (f"?{query}" if query else "") + (f"#{fragment}" if fragment else "")


def _is_tracking(name: str) -> bool:
    return name.lower().startswith("utm_") or name.lower() in TRACKING_PARAMETERS


# Links and references on a page


LINK_TEXT = r"(?P<text>(?:[^\[\]]|\[[^\[\]]*\])*)"
INLINE_LINK = re.compile(
    r"(?P<image>!?)\[" + LINK_TEXT + r"\]\(\s*(?P<target><[^>]*>|[^\s)]*)"
    r"(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"
)
# '[plan](../assets/Regionaal plan.pdf)': an address with a space. The site still makes a
# link of it, GitHub's preview shows it as text (CommonMark wants '<...>' around it).
SPACED_LINK = re.compile(
    r"(?P<image>!?)\[" + LINK_TEXT + r"\]\((?P<target>[^\s<()\"'“”][^()\"'“”]*?[ \t][^()\"'“”]*?)\)"
)
# '[tekst](“pagina.md”)' or '[tekst](pagina.md “Titel”)': quotes from Word, which Markdown
# (and GitHub) do not read as quotes, so the whole is no link.
CURLY_LINK = re.compile(
    r"(?P<image>!?)\[(?P<text>[^\[\]]*)\]\(\s*(?P<open>[“”„‘’]?)(?P<target>[^\s)“”„‘’]+)(?P<close>[“”„‘’]?)"
    r"(?:\s+(?P<title>[“”„‘’\"'][^)]*?[“”‘’\"']))?\s*\)"
)


def _straight_quotes(match: re.Match) -> str:
    title = match["title"]
    if not (match["open"] or match["close"] or (title and title[0] in CURLY)):
        return match.group(0)
    shown = f' "{title[1:-1]}"' if title else ""
    return f"{match['image']}[{match['text']}]({match['target']}{shown})"


FULL_REFERENCE = re.compile(r"(?P<image>!?)\[" + LINK_TEXT + r"\]\s?\[(?P<id>[^\[\]]*)\]")
# The end of a link whose text began on the line above ('[Beweeg' / 'huis][naam]')
CONTINUED_REFERENCE = re.compile(r"^[^\[\]]*\]\s?\[(?P<id>[^\[\]]+)\]")
# (not the name of a link whose text began on the line above: 'huis][naam]')
SHORTCUT_REFERENCE = re.compile(r"(?<!\])(?<!\] )(?P<image>!?)\[(?P<text>[^\[\]]+)\](?![\[(:])")
# A reference definition on the page itself; '[^1]: ...' is a footnote, '[//]: #' a note.
PAGE_DEFINITION = re.compile(r"^ {0,3}\[(?P<id>[^\]^/][^\]]*)\]:\s*(?P<url>\S+)")
AUTOLINK = re.compile(r"<(?P<url>[A-Za-z][A-Za-z0-9+.-]*://[^<>\s]*)>")
HTML_LINK = re.compile(r"<a\b(?P<attributes>[^>]*)>(?P<text>.*?)</a\s*>", re.IGNORECASE)
IMAGE_ALT = re.compile(r"!\[([^\]]*)\]")
HTML_IMAGE = re.compile(r"<img\b(?P<attributes>[^>]*)>", re.IGNORECASE)
HTML_TAG = re.compile(r"<[^>]+>")
BARE_URL = re.compile(r"(?<![\w/.@-])(?:https?://|www\.)[^\s<>()\[\]\"']*[^\s<>()\[\]\"'.,;:!?]")
ID_LIKE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)+$")
# Square brackets of writing, not of links: words left out of a quote ('[...]', '[…]'),
# '[sic]', a citation ('[1]', '[1-3]', '[2, 5]', '[Jansen 2020]', '[Jansen et al., 2020a]')
# or a time in a chat pasted from Teams ('[10:32]'). GitHub's preview shows them as written,
# and so does the site: no reference, no stray bracket.
WRITING_BRACKET = re.compile(
    r"\[(?:\.\.\.|…|sic!?"
    r"|\d{1,4}(?:\s*[-–,;]\s*\d{1,4})*"
    r"|[^\W\d_][^\[\]\n]{0,60}?,?\s(?:19|20)\d{2}[a-z]?"
    r"|\d{1,2}:\d{2}(?::\d{2})?)\]"
)
# An address a link can go to: a web address with a host, an e-mail address, a phone number
FULL_ADDRESS = re.compile(
    r"https?://[^/\s]+\.[^/\s]+|mailto:[^@\s/]+@[^@\s/]+\.\w+|tel:\+?\d[\d ()-]*$", re.IGNORECASE
)
EXTERNAL = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.-]*:|//|www\.)")
# An address typed without its 'https://' or 'mailto:', which makes it a file of the site.
WEB_HOST = re.compile(
    r"^(?:www\.)?(?:[a-z0-9-]+\.)+(?:nl|com|org|net|eu|be|de|info|nu|io|gov|edu|int)(?:[/?#:]|$)",
    re.IGNORECASE,
)
SCHEME_WITHOUT_COLON = re.compile(r"^h?t{1,2}ps?//", re.IGNORECASE)
E_MAIL = re.compile(r"^[^@\s/():]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$", re.IGNORECASE)
WITHOUT_SCHEME = (
    "direct in de pagina, en zonder '{scheme}' ervoor (de site zoekt nu een bestand met die naam)"
)
# Texts that say nothing about where a link goes or what an image shows (WCAG 2.4.4, 1.1.1):
# GitHub's web editor names a pasted image "image" or "Schermafbeelding 2026-...".
VAGUE_LINK = re.compile(
    r"^(?:klik\s+)?(?:hier|deze\s+link|link|lees\s+meer|meer(?:\s+info(?:rmatie)?)?|"
    r"deze\s+pagina|website|zie\s+hier|click\s+here|here|read\s+more)[.!:]?$",
    re.IGNORECASE,
)
VAGUE_ALT = re.compile(
    r"^(?:image|img|afbeelding|plaatje|foto|figuur|screenshot|schermafbeelding"
    r"|scherm(?:afdruk|opname))(?:[\s_-]*[\d\s.:_-]*(?:om\s+[\d.:\s]+)?)?$",
    re.IGNORECASE,
)
IMAGE_FILE = re.compile(r"\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?)$", re.IGNORECASE)
# What every link pattern above needs on a line: a bracket, an angle bracket or an address
# (substring tests: on long paragraph lines several times faster than one regex search).
LINK_MARKS = ("[", "<", "://", "www.")
# A reference name or an address broken over two lines (Enter pressed inside it): Markdown
# reads the line break as a space, finds no such name and shows the link as text.
BROKEN_TARGET = re.compile(
    r"\](?P<kind>[\[(])(?P<target>[^\s\[\]()]+[ \t]*\n[ \t]*[^\s\[\]()]+)[\])]"
)


def _attribute(attributes: str, name: str) -> str | None:
    match = re.search(rf"\b{name}\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)", attributes, re.IGNORECASE)
    return match.group(1).strip("\"'") if match else None


@dataclass
class LinkScan:
    findings: list[Finding] = field(default_factory=list)
    used: list[tuple[str, int]] = field(default_factory=list)  # (normalized id, line)
    texts: list[tuple[str, str, int]] = field(default_factory=list)  # (text, id, line)
    unknown: list[tuple[str, int]] = field(default_factory=list)  # (name, line) not defined


def check_links(
    source: Source,
    references: dict[str, Reference],
    pages: set[str] | None = None,
    files: set[str] | None = None,
    own_site: OwnSite | None = None,
) -> LinkScan:
    """References, direct links, link texts and alt texts on one page.

    pages / files: the Markdown pages and all files below docs/ (relative to docs/); with
    them, relative links are checked too. own_site: the addresses of this toolkit itself.
    """
    scan = LinkScan()
    by_url: dict[str, Reference] = {}  # filled on the first direct link: most pages have none

    def direct(number: int, url: str, what="de link naar", where="direct in de pagina") -> None:
        own = own_site.page_of(url, pages or set()) if own_site else None
        if own:  # a page of this toolkit, copied from the address bar
            target = _relative(source.uri, own)
            bare = where == "los in de tekst"
            new = f"[naam van de pagina]({target})" if bare else target
            scan.findings.append(
                finding(
                    source.label,
                    number,
                    "eigen-pagina",
                    corrected=_line_with(source, number, url, new),
                    url=url,
                    new=new,
                )
            )
            return
        private = private_kind(url)
        if private:  # the catalogue is no place for it either: one message, its own fix
            scan.findings.append(_private_address(source.label, number, url, *private))
            return
        if not by_url:
            by_url.update(_url_index(references))
        findings, known = _direct_link(source.label, number, url, by_url, what, where)
        scan.findings.extend(findings)
        if known:  # the page means that name: do not also call it unused in the catalogue
            scan.used.append((normalize_id(known.id), number))

    def text_check(number: int, image: str, text: str) -> None:
        """image: '!' for a Markdown image, '<img' for one in HTML, '' for a link."""
        if not text.strip():
            rule = {"!": "alt-tekst", "<img": "alt-tekst-html"}.get(image, "lege-linktekst")
            scan.findings.append(finding(source.label, number, rule))
        elif image and (VAGUE_ALT.match(text.strip()) or IMAGE_FILE.search(text.strip())):
            scan.findings.append(finding(source.label, number, "alt-tekst-vaag", text=text))
        elif not image and VAGUE_LINK.match(text.strip()):
            scan.findings.append(finding(source.label, number, "linktekst-vaag", text=text))

    def name_as_text(number: int, name: str, written_link: str) -> None:
        """'[nza-rapport]' or '[nza-rapport][]': the reader sees the catalogue's name."""
        known = references.get(normalize_id(name))
        if not (known and ID_LIKE.match(name.strip().lower()) and known.title):
            return
        corrected = _line_with(source, number, written_link, f"[{known.title}][{name}]")
        scan.findings.append(
            finding(
                source.label,
                number,
                "linktekst-naam",
                corrected=corrected,
                name=name,
                title=known.title,
            )
        )

    def reference(number: int, name: str) -> None:
        if EXTERNAL.match(name.strip()):  # '[tekst][https://...]': an address, not a name
            direct(number, name.strip())
            return
        key = normalize_id(name)
        if key in references:
            scan.used.append((key, number))
            return
        scan.unknown.append((name, number))
        meant = meant_reference(key, references)
        hint = f" Bedoel je [{references[meant].id}]?" if meant else ""
        scan.findings.append(
            finding(
                source.label,
                number,
                "onbekende-verwijzing",
                name=name,
                catalogue=CATALOGUE,
                hint=hint,
            )
        )

    for number, (line, below) in enumerate(pairwise(source.prose), start=1):
        if not line.rstrip().endswith(("[", "(", "-", "/", ".")) and "[" not in line:
            continue  # (most lines: no name or address can be broken at their end)
        for match in BROKEN_TARGET.finditer(f"{line}\n{below}"):
            whole = "".join(match["target"].split())
            if match["kind"] == "[":
                scan.used.append((normalize_id(whole), number))  # meant: not also "unused"
            scan.findings.append(
                finding(
                    source.label,
                    number,
                    "link-afgebroken",
                    target=" ".join(match["target"].split()),
                    whole=whole,
                )
            )
    for number, line in enumerate(source.prose, start=1):
        if not any(map(line.__contains__, LINK_MARKS)):  # most lines: no pattern can match
            continue
        written_line = line  # (patterns below blank what they read; positions stay)
        stray = _bracket_too_many(source.lines[number - 1], references) if "][" in line else None
        if stray:  # '[tekst][naam-[x]': no link, brackets as text, the name looks unused
            fixed, names, char = stray
            scan.used.extend((normalize_id(name), number) for name in names)
            scan.findings.append(
                finding(
                    source.label,
                    number,
                    "verwijzing-haak-teveel",
                    corrected=fixed,
                    char=char,
                    fixed=fixed.strip(),
                )
            )
            continue  # (its references read otherwise: one message)
        definition = PAGE_DEFINITION.match(line)
        if definition and not COMMENT_DEFINITION.match(line.lstrip(" ")):
            direct(number, definition["url"].strip("<>"), "de verwijzing naar", "op de pagina zelf")
            continue
        if "](" in line and any(quote in line for quote in CURLY):
            for match in CURLY_LINK.finditer(line):  # Word's quotes: no link at all
                fixed = _straight_quotes(match)
                if fixed == match.group(0):
                    continue
                corrected = _line_with(source, number, match.group(0), fixed)
                scan.findings.append(
                    finding(
                        source.label, number, "link-krulquotes", corrected=corrected, fixed=fixed
                    )
                )
                line = line[: match.start()] + _blank(match) + line[match.end() :]
        if "](" in line and (" " in line or "\t" in line):
            for match in SPACED_LINK.finditer(line):
                target = match["target"].strip()
                if not target:
                    continue
                new = _without_spaces(source, target, pages, files)
                fixed = f"{match['image']}[{match['text']}]({new})"
                corrected = _line_with(source, number, match.group(0), fixed)
                scan.findings.append(
                    finding(
                        source.label,
                        number,
                        "link-spatie",
                        corrected=corrected,
                        target=target,
                        fixed=fixed,
                    )
                )
                line = line[: match.start()] + _blank(match) + line[match.end() :]
        if "](" in line:  # inline links and images
            for match in INLINE_LINK.finditer(line):
                target = match["target"].strip("<>")
                written = _as_written(source, number, match)  # the prose blanks escapes
                text_check(number, match["image"], match["text"])
                if target in ("", "#") and not match["image"]:
                    scan.findings.append(
                        finding(source.label, number, "link-zonder-adres", text=match["text"])
                    )
                elif private_kind(written):
                    direct(number, written)
                elif normalize_id(target) in references and "/" not in target and "." not in target:
                    # '[tekst](naam)': a catalogue name between round brackets
                    corrected = _line_with(source, number, f"]({target})", f"][{target}]")
                    scan.findings.append(
                        finding(
                            source.label,
                            number,
                            "verwijzing-haakjes",
                            corrected=corrected,
                            name=target,
                        )
                    )
                    scan.used.append((normalize_id(target), number))
                elif E_MAIL.match(target):
                    direct(
                        number, f"mailto:{target}", where=WITHOUT_SCHEME.format(scheme="mailto:")
                    )
                elif WEB_HOST.match(target):
                    direct(
                        number, f"https://{target}", where=WITHOUT_SCHEME.format(scheme="https://")
                    )
                elif EXTERNAL.match(target) and not match["image"]:
                    # (an image from another site: toolkit/rendered_checks.py says why not)
                    direct(number, target)
                elif EXTERNAL.match(target):
                    pass
                elif SCHEME_WITHOUT_COLON.match(target):  # 'https//www...': no file meant
                    direct(number, target)
                elif pages is not None and files is not None:
                    scan.findings += _relative_link(source, number, target, pages, files)
            line = INLINE_LINK.sub(_blank, line)
        if "[" in line:  # references
            above = source.prose[number - 2] if number > 1 else ""
            continued = CONTINUED_REFERENCE.match(line)
            if continued and above.count("[") > above.count("]"):  # its text began above
                reference(number, continued["id"])
                line = _blank(continued) + line[continued.end() :]
            for match in FULL_REFERENCE.finditer(line):
                # '[![Logo](logo.png)][naam]': the image's description is the link's text,
                # and the image's own check judges it
                if not IMAGE_ALT.search(written_line[match.start("text") : match.end("text")]):
                    text_check(number, match["image"], match["text"])
                reference(number, match["id"] or match["text"])
                if not match["id"] and not match["image"]:  # '[naam][]'
                    name_as_text(number, match["text"], match.group(0))
                if match["id"] and not match["image"]:
                    scan.texts.append((match["text"], normalize_id(match["id"]), number))
            line = FULL_REFERENCE.sub(_blank, line)
            for match in SHORTCUT_REFERENCE.finditer(line):
                name = match["text"].strip()
                writing = WRITING_BRACKET.fullmatch(f"[{name}]")
                if not writing and (normalize_id(name) in references or ID_LIKE.match(name)):
                    reference(number, name)
                if not match["image"]:
                    name_as_text(number, name, f"[{name}]")
            line = SHORTCUT_REFERENCE.sub(_blank, line)
        if "<" in line:  # autolinks and HTML
            for match in AUTOLINK.finditer(line):
                direct(number, match["url"])
            line = AUTOLINK.sub(_blank, line)
            for match in HTML_LINK.finditer(line):
                href = _attribute(match["attributes"], "href") or ""
                if EXTERNAL.match(href):
                    direct(number, href)
                elif re.search(r"\.md(?:#|$)", href):  # MkDocs leaves raw HTML as it is
                    markdown_link = f"[{HTML_TAG.sub('', match['text']).strip()}]({href})"
                    corrected = _line_with(source, number, match.group(0), markdown_link)
                    scan.findings.append(
                        finding(
                            source.label,
                            number,
                            "html-link-md",
                            corrected=corrected,
                            fixed=markdown_link,
                        )
                    )
                elif href and pages is not None and files is not None:  # MkDocs skips raw HTML
                    scan.findings += _relative_link(source, number, href, pages, files)
                text = HTML_TAG.sub("", match["text"]).strip()
                has_image = "<img" in match["text"].lower()
                named = has_image or _attribute(match["attributes"], "aria-label")
                if href and (text or not named):  # (without href: a place to link to, no link)
                    text_check(number, "", text)
            for match in HTML_IMAGE.finditer(line):
                text_check(number, "<img", _attribute(match["attributes"], "alt") or "")
                src = _attribute(match["attributes"], "src") or ""
                if src and not EXTERNAL.match(src) and pages is not None and files is not None:
                    scan.findings += _relative_link(source, number, src, pages, files)
            line = HTML_TAG.sub(_blank, HTML_IMAGE.sub(_blank, HTML_LINK.sub(_blank, line)))
        if "://" in line or "www." in line:
            for match in BARE_URL.finditer(line):
                direct(number, match.group(0), "het webadres", "los in de tekst")
    return scan


def _line_with(source: Source, number: int, old: str, new: str) -> str | None:
    """The page's line with `old` (as written there) replaced by `new`, or None when the line
    does not hold it as written (the prose blanks escapes and comments)."""
    written = source.lines[number - 1]
    return written.replace(old, new, 1) if old in written else None


def _as_written(source: Source, number: int, link: re.Match) -> str:
    """A link's target as typed: the prose blanks escapes, such as the backslashes of a
    network path (\\\\server\\share)."""
    typed = INLINE_LINK.match(source.lines[number - 1], link.start())
    return typed["target"].strip("<>") if typed else link["target"].strip("<>")


def _loose_url(url: str) -> str:
    """An address with tracking tags and a leading www. dropped: the same page for a reader."""
    return "~" + normalize_url(without_tracking(url)).removeprefix("www.")


def _url_index(references: dict[str, Reference]) -> dict[str, Reference]:
    index: dict[str, Reference] = {}
    for reference in sorted(references.values(), key=lambda ref: ref.line):
        index.setdefault(normalize_url(reference.url), reference)
    for reference in sorted(references.values(), key=lambda ref: ref.line):
        index.setdefault(_loose_url(reference.url), reference)
    return index


def _direct_link(
    label: str, number: int, url: str, by_url: dict[str, Reference], what: str, where: str
) -> tuple[list[Finding], Reference | None]:
    full = url if EXTERNAL.match(url) and not url.startswith("www.") else f"https://{url}"
    wrapped = redirect_wrapper(full)
    if wrapped and wrapped[1]:  # the advice gives the real address, never the wrapper
        full = wrapped[1]
    if not FULL_ADDRESS.match(full):  # 'htps://', 'https//': the catalogue refuses it too
        fix = (
            "kopieer het adres uit de adresbalk van de browser (het begint met 'https://'), "
            f"zet het als '[nieuwe-naam]: https://... \"Titel\"' in {CATALOGUE} en schrijf "
            "hier '[tekst][nieuwe-naam]'."
        )
        what = f"{what} het onvolledige adres"
        return [
            finding(label, number, "directe-link", what=what, url=url, where=where, fix=fix)
        ], None
    known = by_url.get(normalize_url(full)) or by_url.get(_loose_url(full))
    if known:
        fix = f"deze link staat al in de catalogus als [{known.id}]; schrijf '[tekst][{known.id}]'."
    else:
        fix = (
            f"zet '[nieuwe-naam]: {without_tracking(full)} \"Titel\"' in {CATALOGUE} en "
            "schrijf hier '[tekst][nieuwe-naam]'."
        )
    found = finding(label, number, "directe-link", what=what, url=url, where=where, fix=fix)
    if known:  # one message: the catalogued name replaces the whole address
        return [found], known
    return [found, *check_url(full, label, number)], known


def check_link_titles(
    link_texts: list[tuple[str, int, str, str]], references: dict[str, Reference]
) -> list[Finding]:
    """The same reference title always points to the same catalogue entry: a link whose text
    is the catalogue title of one entry but which points to another is a mix-up."""
    by_title: dict[str, set[str]] = {}
    for key, reference in references.items():
        if reference.title.strip():
            by_title.setdefault(normalize_id(reference.title), set()).add(key)
    findings = []
    for label, line, text, key in link_texts:
        owners = by_title.get(normalize_id(text), set())
        if key not in references or not owners or key in owners or len(owners) > 1:
            continue
        if normalize_id(text) in normalize_id(references[key].title):
            continue  # a short name of the linked page's own site ("Beweegzorg Noordwest")
        expected = references[next(iter(owners))]
        if normalize_url(expected.url) == normalize_url(references[key].url):
            continue  # one address under two names: check_duplicate_urls explains that
        findings.append(
            finding(
                label,
                line,
                "andere-verwijzing",
                text=text.strip(),
                expected=expected.id,
                used=references[key].id,
                used_title=references[key].title,
            )
        )
    return findings


def _names_alike(
    unknown: dict[str, tuple[str, int]], references: dict[str, Reference], label: str
) -> list[Finding]:
    """A name a page uses that the catalogue has with a letter off: without git history it
    is unknown which of the two the editor changed, so the catalogue's line is named too."""
    findings = []
    for key, (page, page_line) in unknown.items():
        meant = meant_reference(key, references)
        if meant:
            reference = references[meant]
            findings.append(
                finding(
                    label,
                    reference.line,
                    "verwijzing-naam-anders",
                    name=reference.id,
                    used=key,
                    page=page,
                    page_line=page_line,
                )
            )
    return findings


def check_removed_references(
    unknown: dict[str, tuple[str, int]], before_text: str, now_text: str, label: str
) -> list[Finding]:
    """A definition removed from the catalogue while a page still uses it: named at the line
    it was removed from, with the line to put back."""
    before, _ = parse_catalogue(before_text, label)
    last = max(1, len(now_text.rstrip("\n").split("\n")))
    findings = []
    for key, (page, page_line) in unknown.items():
        removed = before.get(key)
        if removed is None:
            continue
        line = before_text.split("\n")[removed.line - 1]
        findings.append(
            finding(
                label,
                min(removed.line, last),
                "verwijzing-verwijderd",
                corrected=line,
                name=removed.id,
                page=page,
                page_line=page_line,
                definition=line,
            )
        )
    return findings


def _without_spaces(
    source: Source, target: str, pages: set[str] | None, files: set[str] | None
) -> str:
    """A link target with spaces as GitHub reads it too: a web address with '%20' (as the
    browser's address bar shows it), an address on the page in the form of the heading's
    ('#leer-van-anderen'), a file that exists without the spaces by that name, else the
    target between '<' and '>'."""
    if EXTERNAL.match(target) or WEB_HOST.match(target):
        # ('mailto: naam@...': the space after the scheme is a typo, not part of the address)
        target = re.sub(r"^([a-zA-Z][\w+.-]*:(?://)?)\s+", r"\1", target)
        return re.sub(r"\s", "%20", target)
    path, hash_, fragment = target.partition("#")
    if hash_:
        fragment = "-".join(fragment.lower().split())
    if pages is not None and files is not None and path.strip():
        joined = "".join(path.split())
        if _missing_file(source, joined, pages, files) is None:
            path = joined
    target = f"{path}{hash_}{fragment}"
    return f"<{target}>" if re.search(r"\s", target) else target


def _missing_file(source: Source, target: str, pages: set[str], files: set[str]) -> str | None:
    """The file below docs/ that a relative link names, when it does not exist (None when
    it does, or the link is an anchor on the same page: MkDocs validates those)."""
    path = unquote(target.split("#", 1)[0].split("?", 1)[0])  # 'Schema%20Zorgpad.png'
    if not path:
        return None
    resolved = normpath(f"{dirname(source.uri)}/{path}".lstrip("/"))
    if resolved in files or resolved in pages or f"{resolved}/index.md" in pages:
        return None
    return resolved


def _relative_link(
    source: Source, number: int, target: str, pages: set[str], files: set[str]
) -> list[Finding]:
    resolved = _missing_file(source, target, pages, files)
    if resolved is None:
        return []
    # 'Schema.PNG' for 'schema.png': found on Windows and macOS, not on the web server
    close = [name for name in sorted(pages | files) if name.lower() == resolved.lower()]
    extension = resolved.rsplit(".", 1)[-1] if "." in resolved.rsplit("/", 1)[-1] else "md"
    same_kind = sorted(name for name in pages | files if name.endswith(f".{extension}"))
    close = close or difflib.get_close_matches(resolved, same_kind, n=1, cutoff=0.6)
    hint = f" Bedoel je '{_relative(source.uri, close[0])}'?" if close else ""
    if resolved.rsplit("/", 1)[-1] == WHOLE_TOOLKIT_PDF and WHOLE_TOOLKIT_PAGE in pages:
        page = _relative(source.uri, WHOLE_TOOLKIT_PAGE)
        hint = (
            " De PDF van de hele toolkit maakt de site pas na het bouwen; link naar de pagina "
            f"met de hele toolkit, '{page}': daar staat de knop om de PDF te downloaden."
        )
    return [finding(source.label, number, "kapotte-link", target=target, hint=hint)]


def _relative(from_uri: str, to_uri: str) -> str:
    base = dirname(from_uri).split("/") if dirname(from_uri) else []
    target = to_uri.split("/")
    while base and target and base[0] == target[0]:
        base.pop(0)
        target.pop(0)
    return "/".join([".."] * len(base) + target)


# Admonitions


ADMONITION = re.compile(r"^(?P<indent>\s*)(?P<marker>!!!|\?\?\?\+?)(?P<rest>.*)$")
BANG_LINE = re.compile(r"^\s*(?P<marker>!{2,}|\?{3,}\+?)(?=\s*[\w\"])")
ADMONITION_REST = re.compile(r"^ ?(?P<type>[\w-]+(?: +[\w-]+)*)?(?: +\"(?P<title>.*?)\")? *$")
# A title in other quotes, or with a quote missing: Python-Markdown then reads no box at all.
QUOTED_OTHERWISE = re.compile(
    r"^ ?(?P<type>[\w-]+)[ \t]+(?P<open>[\"'`‘’“”„]?)(?P<title>[^\"'`‘’“”„]*?)"
    r"(?P<close>[\"'`‘’“”„]?)[ \t]*$"
)


def _width(indent: str) -> int:
    return len(indent.expandtabs(4))


def _indent(line: str) -> int:
    return _width(line[: len(line) - len(line.lstrip())])


def check_admonitions(
    source: Source, block_page: bool = False, before: str | None = None
) -> list[Finding]:
    """Boxes: their type, title, indentation and body; on a block page both boxes. before:
    the page where this work started, to name a deleted box line where it stood."""
    findings = []
    kinds_seen: dict[str, int] = {}  # kind -> line of its first admonition, empty ones too
    lines = source.prose
    for index, line in enumerate(lines):
        number = index + 1
        bang, match = BANG_LINE.match(line), ADMONITION.match(line)
        if bang and (not match or bang["marker"] not in ("!!!", "???", "???+")):
            findings.append(finding(source.label, number, "uitroeptekens", marker=bang["marker"]))
            continue
        if not match:
            continue
        marker = match["marker"]
        rest = ADMONITION_REST.match(match["rest"])
        kind = rest["type"].split()[0] if rest and rest["type"] else None
        written = ADMONITION.match(source.lines[index])  # (the prose blanks `code`)
        quoted = (
            QUOTED_OTHERWISE.match(written["rest"])
            if written and not ADMONITION_REST.match(written["rest"])
            else None
        )
        if quoted and quoted["type"] in ADMONITION_TYPES and (quoted["open"] or quoted["close"]):
            typed_title = quoted["title"].strip()
            findings.append(
                finding(
                    source.label,
                    number,
                    "bloktitel-aanhalingstekens",
                    corrected=f'{match["indent"]}{marker} {quoted["type"]} "{typed_title}"',
                    fixed=f'{marker} {quoted["type"]} "{typed_title}"',
                )
            )
            continue
        if kind is None:
            findings.append(finding(source.label, number, "bloksoort-ontbreekt", marker=marker))
            continue
        if kind not in ADMONITION_TYPES:
            close = difflib.get_close_matches(kind.lower(), list(ADMONITION_TYPES), n=1, cutoff=0.5)
            suggestion = close[0] if close else "interessant"
            findings.append(
                finding(
                    source.label,
                    number,
                    "onbekende-bloksoort",
                    kind=kind,
                    marker=marker,
                    suggestion=suggestion,
                    title=ADMONITION_TYPES[suggestion],
                )
            )
            if close:  # the box meant is there, misspelt: not also "missing" at the end
                kinds_seen.setdefault(suggestion, number)
            continue
        title = ADMONITION_TYPES[kind]
        kinds_seen.setdefault(kind, number)
        indent = _width(match["indent"])
        # A box belongs inside a list item only 4, 8, ... spaces in, and never on a block page,
        # whose two boxes stand on their own: other indentation is a slip of the '!!!' line.
        if indent and (block_page or indent % 4 or not _nested(lines, index, indent)):
            findings.append(
                finding(
                    source.label,
                    number,
                    "kader-ingesprongen",
                    corrected=source.lines[index].lstrip(),
                    spaces=indent,
                )
            )
            continue
        if rest["title"] is None or not rest["title"].strip():  # no title, or "" (none shown)
            findings.append(
                finding(
                    source.label,
                    number,
                    "bloktitel",
                    corrected=f'{match["indent"]}{marker} {kind} "{title}"',
                    kind=kind,
                    marker=marker,
                    title=title,
                )
            )
        elif " ".join(rest["title"].split()) != title:  # every page names its boxes alike
            findings.append(
                finding(
                    source.label,
                    number,
                    "bloktitel-anders",
                    corrected=f'{match["indent"]}{marker} {kind} "{title}"',
                    kind=kind,
                    typed=rest["title"],
                    title=title,
                    fixed=f'{marker} {kind} "{title}"',
                )
            )
        body = next(
            (n for n, other in enumerate(lines[index + 1 :], start=number + 1) if other.strip()),
            None,
        )
        if body is not None and _indent(lines[body - 1]) >= _width(match["indent"]) + 4:
            cut = _cut_box_line(lines, body, _width(match["indent"]) + 4)
            if cut:  # a line of the box at the margin: what follows falls out of the box
                written = source.lines[cut - 1]
                corrected = " " * (_width(match["indent"]) + 4) + written.lstrip()
                findings.append(
                    finding(
                        source.label,
                        cut,
                        "kader-onderbroken",
                        corrected=corrected,
                        title=title,
                        box=number,
                        spaces=_width(match["indent"]) + 4,
                    )
                )
            continue
        if body is None or ADMONITION.match(lines[body - 1]) or ATX_HEADING.match(lines[body - 1]):
            empty = finding(
                source.label, number, "leeg-blok-niets", title=title, nothing=NOTHING_GIVEN[kind]
            )
        else:
            empty = finding(source.label, body, "leeg-blok-inspringing", title=title, box=number)
        findings.append(empty)
    if before is not None:
        deleted = _deleted_box_lines(source, before)
        findings += [item for _, item in deleted]
        for kind, item in deleted:  # named where it stood: not also "missing" at the end
            kinds_seen.setdefault(kind, item.line)
    if block_page:
        findings += _missing_admonitions(source, kinds_seen)
    return findings


def _cut_box_line(lines: list[str], body: int, inside: int) -> int | None:
    """The line (1-based) of a box's body that lost its indentation between lines that kept
    it: there the box ends, and the box's lines below it stand outside it (as a sublist or
    code). None when the box ends as meant (a blank line, then what follows the box)."""
    number = body
    while number <= len(lines):
        line = lines[number - 1]
        if line.strip() and _indent(line) < inside:
            above = lines[number - 2].strip() if number > 1 else ""
            below = lines[number] if number < len(lines) else ""
            if ATX_HEADING.match(line) or ADMONITION.match(line):
                return None
            if above and below.strip() and _indent(below) >= inside:
                return number  # between two lines of the box, no blank line either side
            return None
        number += 1
    return None


def _deleted_box_lines(source: Source, before: str) -> list[tuple[str, Finding]]:
    """A box line the editor deleted while its body stayed (git): the body now shows in the
    box above or as code. Named where the line stood, with the line to put back; (its kind,
    the finding)."""
    found = []
    # of box lines deleted at one place (a whole box and the next box's line), only the
    # last one owns the body left below it
    last_at = dict(deleted_lines(before, source.text, lambda text: bool(box_line(text))))
    for line, written in last_at.items():
        # (a box line hidden as a note, '<!-- !!! ... -->' or '[//]: # (...)', is gone too)
        shown = [
            "" if COMMENT_DEFINITION.match(text.lstrip(" ")) else text
            for text in source.prose[line - 1 :]
        ]
        body = next((text for text in shown if text.strip()), "")
        if _indent(body) < 4:
            continue  # the whole box went: the missing-box check judges that
        kind, title = box_line(written)
        there = source.lines[line - 1]
        commented = there.strip() and not shown[0].strip()
        item = finding(
            source.label,
            line,
            "blok-weggehaald",
            corrected=written.strip() if commented else f"{written.strip()}\n\n{there}",
            title=title,
            written=written.strip(),
        )
        found.append((kind, item))
    return found


def _nested(lines: list[str], index: int, indent: int) -> bool:
    """Whether an indented line sits inside a list item or box above it (else the
    indentation is a slip: Markdown reads the line as text or code)."""
    for above in reversed(lines[:index]):
        if not above.strip():
            continue
        if _indent(above) >= indent:
            return True  # more of the same container
        return bool(LIST_ITEM.match(above) or ADMONITION.match(above)) or _indent(above) > 0
    return False


def _missing_admonitions(source: Source, kinds_seen: dict[str, int]) -> list[Finding]:
    """Every block page shows both "Leer van anderen" and "Interessant" (in that order)."""
    findings = []
    for kind, title in ADMONITION_TYPES.items():
        if kind in kinds_seen:
            continue
        as_heading = next(
            (
                number
                for number, line in enumerate(source.prose, start=1)
                if (heading := ATX_HEADING.match(line))
                and len(heading["hashes"]) > 1
                and heading["text"].strip(" #:").casefold() == title.casefold()
            ),
            None,
        )
        if as_heading:  # '## Interessant': the box written as a heading above its list
            findings.append(
                finding(
                    source.label,
                    as_heading,
                    "blok-als-kop",
                    corrected=f'!!! {kind} "{title}"',
                    fixed=f'!!! {kind} "{title}"',
                    title=title,
                )
            )
            continue
        above = kinds_seen.get("leer-van-anderen") if kind == "interessant" else None
        below = kinds_seen.get("interessant") if kind == "leer-van-anderen" else None
        if below:
            line, where = below, "boven het blok 'Interessant' (met een lege regel ertussen)"
        else:
            line, where = source.last_line, "onderaan de pagina"
        if above:
            where = "onder het blok 'Leer van anderen', onderaan de pagina"
        example = (
            ", een lijst met verwijzingen uit de catalogus, bijv. '    - [Titel][naam]'"
            if kind == "interessant"
            else " (voorbeelden uit regio's)"
        )
        findings.append(
            finding(
                source.label,
                line,
                "blok-ontbreekt",
                kind=kind,
                title=title,
                where=where,
                example=example,
                nothing=NOTHING_GIVEN[kind],
            )
        )
    return findings


def box_line(line: str) -> tuple[str, str] | None:
    """(kind, title) of a box line ('!!! interessant "Interessant"'), None for any other."""
    box = ADMONITION.match(line)
    rest = ADMONITION_REST.match(box["rest"]) if box else None
    kind = rest["type"].split()[0] if rest and rest["type"] else ""
    return (kind, rest["title"] or ADMONITION_TYPES.get(kind, kind)) if kind else None


# Headings and lists


ATX_HEADING = re.compile(r"^\s*(?P<hashes>#{1,6})(?!#)(?P<text>.*)$")
SETEXT_UNDERLINE = re.compile(r"^ {0,3}(?P<char>=+|-{2,})\s*$")
LIST_ITEM = re.compile(r"^(?P<indent>[ \t]*)(?:[-*+]|\d+[.)])[ \t]+\S")


def headings(source: Source) -> list[tuple[int, int, str, int | None]]:
    """(line, level, text, line of its underline) of every heading on the page: '#' ones
    (underline None) and underlined ones."""
    found = []
    previous = ""
    for number, line in enumerate(source.prose, start=1):
        atx, setext = ATX_HEADING.match(line), SETEXT_UNDERLINE.match(line)
        if atx:
            found.append((number, len(atx["hashes"]), atx["text"].strip(), None))
        elif setext and previous.strip() and not _starts_block(previous):
            level = 1 if setext["char"][0] == "=" else 2
            found.append((number - 1, level, previous.strip(), number))
        previous = line
    return found


def _starts_block(line: str) -> bool:
    return bool(
        LIST_ITEM.match(line)
        or ATX_HEADING.match(line)
        or ADMONITION.match(line)
        or line.lstrip().startswith(("|", "<", "{", ">"))
    )


def underlined_heading(source: Source, underline: int) -> Finding:
    """The line of only '=' or '-' (at `underline`) that makes the text right above it a
    heading: typed for an empty list item ('-'), or meant as a separator ('---')."""
    marks = source.lines[underline - 1].strip()
    if marks.startswith("="):
        fix = "verwijder deze regel"
    elif marks == "-":  # '- ' without text: a list item still to be written
        fix = "schrijf de tekst van het opsommingspunt achter '- ', of verwijder deze regel"
    else:
        fix = (
            "zet een lege regel boven deze regel als je een scheidingslijn bedoelt, of "
            "verwijder hem"
        )
    return finding(
        source.label, underline, "onderstreepte-kop", marks=marks, text_line=underline - 1, fix=fix
    )


def check_headings(source: Source) -> list[Finding]:
    findings = []
    first_h1: int | None = None
    previous = 1  # the page title
    found = headings(source)
    for number, level, _text, underline in found:
        wrong = (level == 1 and first_h1 is not None) or level > previous + 1
        if wrong and underline:  # the line typed under a text made it a heading
            findings.append(underlined_heading(source, underline))
        elif level == 1 and first_h1 is not None:
            findings.append(finding(source.label, number, "tweede-h1", first=first_h1))
        elif level > previous + 1:
            findings.append(
                finding(
                    source.label,
                    number,
                    "kopniveau",
                    before="#" * previous,
                    now="#" * level,
                    fix="#" * (previous + 1),
                )
            )
        if level == 1 and first_h1 is None:
            first_h1 = number
        previous = level
    if first_h1 is None:  # e.g. '## Titel' typed for '# Titel', or the '#' deleted
        if found:
            number, level, text, _underline = found[0]
            detail = f"; de eerste kop is '{'#' * level} {text}'"
        else:
            number, detail = _first_text_line(source), ""
        findings.append(finding(source.label, number, "geen-h1", detail=detail))
    return findings


def _first_text_line(source: Source) -> int | None:
    start = source.front_matter.end
    lines = source.prose[start:]
    return next((start + n for n, line in enumerate(lines, 1) if line.strip()), None)


def check_lists(source: Source) -> list[Finding]:
    """Two things GitHub's preview shows as a list and Python-Markdown does not: a sublist
    indented by 2 spaces, and a list right under a paragraph line (no blank line between)."""
    findings = []
    previous = ""  # the previous line with text
    directly_above = ""  # the line right above ("" when blank)
    in_list = False  # inside a list since the last blank line
    for number, line in enumerate(source.prose, start=1):
        if not line.strip():
            directly_above, in_list = "", False
            continue
        item = LIST_ITEM.match(line)
        if item and previous and (LIST_ITEM.match(previous) or previous[:1].isspace()):
            width = _width(item["indent"])
            above = LIST_ITEM.match(previous)
            deepest = _width(above["indent"]) + 4 if above else width  # one level below it
            if width % 4:
                findings.append(
                    finding(source.label, number, "sublijst", width=width, fix=(width // 4 + 1) * 4)
                )
            elif width > deepest:  # two levels below the item above: read as its text
                findings.append(
                    finding(
                        source.label,
                        number,
                        "sublijst-te-diep",
                        corrected=" " * deepest + line.lstrip(),
                        width=width,
                        fix=deepest,
                    )
                )
        if (
            item
            and directly_above
            and not in_list
            and not _starts_block(directly_above)
            and _indent(directly_above) <= _width(item["indent"])
        ):
            # Named at the text line: it is the one to change (a blank line under it), or
            # itself an item that lost its '- '.
            findings.append(finding(source.label, number - 1, "lijst-witregel", item=number))
        in_list = in_list or bool(item)
        previous = directly_above = line
    return findings


# Placeholders of the block template (scripts/templates/blok.md)


PLACEHOLDER = re.compile(r"\$\{(?P<name>\w+)\}")
PLACEHOLDER_MEANINGS = {
    "titel": "de titel van het bouwblok (gelijk aan 'titel' in docs/_data/blokken.yml)",
    "description": "één zin die het bouwblok samenvat",
    "vandaag": "de datum van vandaag als JJJJ-MM-DD",
    "kernpunten": "de opsomming van de pagina, elke regel beginnend met '- '",
}


# A note typed as program code or other editors hide one ('// ...', '/* ... */', '%% ... %%').
CODE_STYLE_NOTE = re.compile(r"^\s*(?P<mark>//|%%|/\*)\s*(?P<text>[^\n]*?)\s*(?:%%|\*/)?\s*$")
# An abbreviation's explanation, written on a page instead of in the glossary.
PAGE_ABBREVIATION = re.compile(r"^ {0,3}\*\[(?P<abbr>[^\]]+)\]:")


FOOTNOTE_USE = re.compile(r"\[\^(?P<name>[^\]\s]+)\](?!:)")
FOOTNOTE_DEFINITION = re.compile(r"^ {0,3}\[\^(?P<name>[^\]\s]+)\]:", re.MULTILINE)


def check_footnotes(source: Source) -> list[Finding]:
    """A footnote mark ('[^1]') whose text ('[^1]: ...') the page does not have: the site
    shows the mark as text, brackets and all. And a footnote text no mark in the page
    points to: the site lists it with a link back to a mark that is not there (GitHub's
    preview leaves it out)."""
    if "[^" not in source.text:
        return []
    prose = "\n".join(source.prose)
    defined = {match["name"]: match for match in FOOTNOTE_DEFINITION.finditer(prose)}
    used = {
        match["name"]
        for line in source.prose
        for match in FOOTNOTE_USE.finditer(FOOTNOTE_DEFINITION.sub("", line))
    }
    unknown = [
        finding(source.label, number, "voetnoot-zonder-tekst", name=match["name"])
        for number, line in enumerate(source.prose, start=1)
        for match in FOOTNOTE_USE.finditer(FOOTNOTE_DEFINITION.sub("", line))
        if match["name"] not in defined
    ]
    unused = [
        finding(
            source.label, prose.count("\n", 0, match.start()) + 1, "voetnoot-ongebruikt", name=name
        )
        for name, match in defined.items()
        if name not in used
    ]
    return unknown + unused


def check_placeholders(source: Source) -> list[Finding]:
    """Template fields left in a page copied by hand from scripts/templates/blok.md, notes
    to editors typed as text ('TODO'), and a glossary line written on the page."""
    findings = []
    front = source.lines[: source.front_matter.end]
    lines = front + source.prose[len(front) :]
    whole = "\n".join(lines)
    marks = ("*[", "//", "/*", "%%", "${")
    if not any(map(whole.__contains__, marks)) and not EDITOR_NOTE.search(whole):
        return []  # most pages: none of the patterns below can match a line
    for number, line in enumerate(lines, start=1):
        note_line = COMMENT_DEFINITION.match(line.lstrip(" "))  # '[//]: # (TODO ...)': unseen
        if number > len(front) and not note_line and ("*[" in line or EDITOR_NOTE.search(line)):
            note = EDITOR_NOTE.search(line)
            abbreviation = PAGE_ABBREVIATION.match(line)
            if abbreviation:
                findings.append(
                    finding(source.label, number, "afkorting-op-pagina", abbr=abbreviation["abbr"])
                )
            elif note and (note.group(0).isupper() or note.group(0).lower() == "lorem ipsum"):
                findings.append(finding(source.label, number, "notitie-als-tekst", note=note[0]))
        code_note = CODE_STYLE_NOTE.match(line) if number > len(front) else None
        if code_note:  # '// let op: ...' as in program code: to the site, ordinary text
            text = code_note["text"]
            findings.append(
                finding(
                    source.label,
                    number,
                    "notitie-teken",
                    corrected=f"[//]: # ({text})",
                    mark=code_note["mark"],
                    fixed=f"[//]: # ({text})",
                )
            )
        for match in PLACEHOLDER.finditer(line):
            meaning = PLACEHOLDER_MEANINGS.get(match["name"], "de juiste tekst")
            findings.append(
                finding(
                    source.label, number, "sjabloon", placeholder=match.group(0), meaning=meaning
                )
            )
    return findings


# What Material's templates hide on request (`"toc" in page.meta.hide`); anything else in
# `hide:` is ignored without a word.
HIDEABLE = ("navigation", "toc", "footer", "path", "tags", "feedback")


def check_hide(source: Source) -> list[Finding]:
    """Each value under `hide:` in the front matter is something the theme can hide."""
    hidden = source.front_matter.data.get("hide") if source.front_matter.present else None
    if not isinstance(hidden, list):
        return []
    findings = []
    for value in hidden:
        if value in HIDEABLE:
            continue
        line = _front_matter_line(source, rf"\s*-\s*{re.escape(str(value))}\s*$")
        close = difflib.get_close_matches(str(value), HIDEABLE, n=1, cutoff=0.6)
        written = source.lines[line - 1] if line else ""
        corrected = written.replace(str(value), close[0]) if line and close else None
        findings.append(
            finding(
                source.label,
                line,
                "verbergen-onbekend",
                corrected=corrected,
                value=str(value),
                known=", ".join(HIDEABLE),
            )
        )
    return findings


# A tab between two words (not the one after a list marker): cells pasted from Excel or
# Word's tables. The site shows one space for it, so the columns run into each other.
INNER_TAB = re.compile(r"\S\t+(?=\S)")
# Bullets from Word, a PDF or a web page: to Markdown (and GitHub) just a character. Word
# also pastes its Symbol and Wingdings bullets as private characters (U+F0B7 and others),
# its second level as 'o' and a tab (or a space), and some lists with dashes.
FOREIGN_BULLETS = "•·◦▪‣✓✔➢►■□●○❖➤\uf0b7\uf0a7\uf076\uf0d8\uf0fc"
# Dashes that look like a list's '-' but are not one to Markdown: en and em dash, Unicode's
# hyphens and figure dash (Word's "non-breaking hyphen", text from a PDF), the minus sign.
DASHES = "–—‐‑‒―−"
FOREIGN_MARK = rf"[{FOREIGN_BULLETS}]|o(?=\t| {{2,}}| \S)|[{DASHES}](?=[ \t])"
FOREIGN_BULLET = re.compile(rf"^(?P<indent>\s*)(?P<mark>{FOREIGN_MARK})[ \t]+(?P<rest>\S.*)$")
# (a bullet and a tab: the rendered checks name the bullet, not the tab)
LIST_MARKER_TAB = re.compile(rf"^\s*(?:[-*+]|{FOREIGN_MARK}|\d{{1,3}}[.)])\t")


def check_inner_tabs(source: Source) -> list[Finding]:
    findings = []
    for number, line in enumerate(source.prose, start=1):
        if "\t" not in line:
            continue
        marker = LIST_MARKER_TAB.match(line)
        rest = line[marker.end() :] if marker else line
        if INNER_TAB.search(rest):
            written = source.lines[number - 1]
            head = written[: len(written) - len(rest)] if marker else ""
            corrected = head + re.sub(r"(?<=\S)\t+(?=\S)", " ", written[len(head) :])
            shown = visible(rest.strip())[:60]
            findings.append(
                finding(source.label, number, "tab-in-regel", corrected=corrected, shown=shown)
            )
    return findings


# The HTML elements that hold a part of the page: left open, one swallows the rest of the
# page; closed without being opened, it closes a part of the site itself (its content column).
LAYOUT_TAGS = (
    "div", "section", "article", "aside", "main", "nav", "header", "footer", "details",
    "figure", "table", "blockquote", "form",
)  # fmt: skip
LAYOUT_TAG = re.compile(
    rf"<(?P<end>/?)(?P<name>{'|'.join(LAYOUT_TAGS)})\b[^<>]*?(?P<empty>/?)>", re.I
)


def check_html_balance(source: Source) -> list[Finding]:
    """An HTML block element the editor opened and never closed ('<div>' without '</div>'),
    or closed without opening it: in the page, it swallows or closes part of the site."""
    if "<" not in source.text:
        return []
    opened: list[tuple[str, int, str]] = []  # (name, line, tag as written)
    findings = []
    for number, line in enumerate(source.prose, start=1):
        if "<" not in line:
            continue
        for match in LAYOUT_TAG.finditer(line):
            name, tag = match["name"].lower(), match.group(0)
            if match["empty"]:
                continue
            if not match["end"]:
                opened.append((name, number, tag))
            elif any(item[0] == name for item in opened):
                while opened and opened.pop()[0] != name:
                    pass  # (an element left open inside it: the browser closes it here too)
            else:
                findings.append(finding(source.label, number, "html-los-einde", tag=tag))
    findings += [
        finding(source.label, number, "html-niet-gesloten", tag=tag, end=f"</{name}>")
        for name, number, tag in opened
    ]
    return findings


def check_open_comment(source: Source) -> list[Finding]:
    """A '<!--' never closed: the reader sees nothing after it."""
    if not source.open_comment:
        return []
    number = source.open_comment
    first = source.lines[number - 1]
    rest = "\n".join([first[first.rfind("<!--") + 4 :], *source.lines[number:]])
    words = ", ".join(f"'{word}'" for word in re.findall(r"[^\W\d_]{2,}", rest)[:5])
    closed = rest.find("-->")
    if closed >= 0:  # closed by the end of a later note: the text between is hidden
        end = number + rest[:closed].count("\n")
        return [finding(source.label, number, "verloren-opmerking-tot", words=words, end=end)]
    return [finding(source.label, number, "verloren-opmerking", words=words)]


def check_open_fence(source: Source) -> list[Finding]:
    """A code block ('```') never closed: GitHub's preview shows the rest of the page as
    code, the site shows the marks as text (Python-Markdown leaves such a block unread)."""
    findings = []
    for number in source.open_fences:
        mark = FENCE.match(source.lines[number - 1]).group(1)
        words = " ".join(re.findall(r"[^\W\d_]{2,}", "\n".join(source.lines[number - 1 :]))[:4])
        findings.append(
            finding(source.label, number, "codeblok-open", words=f"'{words} ...'", mark=mark)
        )
    return findings


# Front matter and review date


def check_front_matter(source: Source, today: dt.date) -> list[Finding]:
    front = source.front_matter
    values = {"field": REVIEW_FIELD, "today": today.isoformat()}
    if front.error:
        return [dataclasses.replace(front.error, file=source.label)]
    if not front.present:
        return [finding(source.label, 1, "gegevensblok-ontbreekt", **values)]
    value = front.data.get(REVIEW_FIELD)
    if value is None:
        keys = [str(key) for key in front.data]
        misspelt = difflib.get_close_matches(REVIEW_FIELD, keys, n=1, cutoff=0.7)
        if misspelt:  # a typo in the name: named at its own line
            line = _front_matter_line(source, rf"{re.escape(misspelt[0])}\s*:")
            written = source.lines[line - 1]
            corrected = REVIEW_FIELD + written[len(misspelt[0]) :]
            return [
                finding(
                    source.label,
                    line,
                    "controledatum-spelling",
                    corrected=corrected,
                    written=misspelt[0],
                    **values,
                )
            ]
        # '# laatst_gecontroleerd: ...': a '#' made the line a comment
        hidden = _front_matter_line(source, rf"\s*#+\s*{REVIEW_FIELD}\s*:")
        if hidden:
            corrected = re.sub(r"^\s*#+\s*", "", source.lines[hidden - 1])
            return [
                finding(
                    source.label, hidden, "controledatum-opmerking", corrected=corrected, **values
                )
            ]
        return [finding(source.label, front.end, "controledatum-ontbreekt", **values)]
    line = _front_matter_line(source, rf"{REVIEW_FIELD}\s*:") or front.end
    checked = review_date(source)
    if checked is None and re.fullmatch(r"\d{4}-\d\d?-\d\d?", str(value)):
        return [finding(source.label, line, "controledatum-bestaat-niet", value=value, **values)]
    if checked is None:
        return [finding(source.label, line, "controledatum-vorm", value=value, **values)]
    if checked > today:
        return [finding(source.label, line, "controledatum-toekomst", value=checked, **values)]
    return []


# The front-matter fields that MkDocs, Material, mkdocs-macros or this project read.
FRONT_MATTER_FIELDS = (
    "description",
    REVIEW_FIELD,
    "hide",
    "render_macros",
    "search",
    "title",
    "subtitle",
    "icon",
    "status",
    "template",
    "tags",
)


def check_front_matter_fields(source: Source) -> list[Finding]:
    """A field nobody reads: 'Description:' or 'discription:' leaves the page without its
    summary, silently."""
    front = source.front_matter
    if not front.present or front.error:
        return []
    findings = []
    for key in front.data:
        name = str(key)
        if name in FRONT_MATTER_FIELDS or difflib.get_close_matches(
            name, [REVIEW_FIELD], cutoff=0.7
        ):
            continue  # (a misspelt review date: check_front_matter names it)
        line = _front_matter_line(source, rf"{re.escape(name)}\s*:")
        close = difflib.get_close_matches(name.lower(), FRONT_MATTER_FIELDS, n=1, cutoff=0.7)
        written = source.lines[line - 1] if line else ""
        corrected = close[0] + written[len(name) :] if line and close else None
        meant = f" Bedoel je '{close[0]}'?" if close else ""
        findings.append(
            finding(
                source.label,
                line,
                "gegevensblok-veld",
                corrected=corrected,
                name=name,
                meant=meant,
                known=", ".join(FRONT_MATTER_FIELDS),
            )
        )
    return findings


def _front_matter_line(source: Source, pattern: str) -> int | None:
    """The first line (1-based) of the front matter that matches `pattern` from its start."""
    compiled = re.compile(pattern)
    for number, text in enumerate(source.lines[: source.front_matter.end], start=1):
        if number > 1 and compiled.match(text):
            return number
    return None


def review_date(source: Source) -> dt.date | None:
    value = source.front_matter.data.get(REVIEW_FIELD)
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None


# Reachability


def check_reachable(page_labels: dict[str, str], reachable: set[str]) -> list[Finding]:
    """Pages (uri -> label) that neither a block nor a nav entry reaches."""
    return [  # at line 1: the page is often new, and every line of it the editor's
        finding(label, 1, "onbereikbaar")
        for uri, label in sorted(page_labels.items())
        if uri not in reachable
    ]


def nav_pages(nav: object) -> set[str]:
    """The Markdown files named in a `nav:` setting, at any depth."""
    if isinstance(nav, str):
        return set() if EXTERNAL.match(nav) else {nav.lstrip("/")}
    values = nav.values() if isinstance(nav, dict) else nav if isinstance(nav, list) else []
    return set().union(*(nav_pages(value) for value in values))


# Everything together


def check_pages(
    sources: list[Source],
    catalogue_text: str | None,
    *,
    today: dt.date,
    block_pages: set[str] | None = None,
    reachable: set[str] | None = None,
    files: set[str] | None = None,
    catalogue_label: str = CATALOGUE,
    catalogue_before: str | None = None,
    own_site: OwnSite | None = None,
    page_before: Callable[[str], str | None] | None = None,
    history: bool = True,
) -> list[Finding]:
    """Every check on the pages and the catalogue, sorted by file and line.

    catalogue_before: the catalogue where this change started (git), to name a definition
    the editor removed while pages still use it in the catalogue, where it was removed.
    history: whether git tells which files this work changed (without it, a name that
    differs between a page and the catalogue is named on both sides).

    block_pages / reachable: uris below docs/, or None when the data file could not be read
    (those checks are then skipped rather than report every page); files: all files below
    docs/, to check relative links. page_before(label): a changed page where this work
    started (git), to name a line the editor deleted where it stood.
    """
    findings: list[Finding] = []
    references: dict[str, Reference] = {}
    if catalogue_text is not None:
        references, catalogue_findings = parse_catalogue(catalogue_text, catalogue_label)
        findings += catalogue_findings
    pages = {source.uri for source in sources}
    for reference in references.values():
        own = own_site.page_of(reference.url, pages) if own_site else None
        if own:
            findings.append(
                finding(
                    catalogue_label,
                    reference.line,
                    "eigen-pagina-catalogus",
                    name=reference.id,
                    url=reference.url,
                    target=own,
                    example=_relative("blokken/blok.md", own),
                )
            )
        else:
            findings += check_url(reference.url, catalogue_label, reference.line)
    usages: dict[str, list[tuple[str, int]]] = {}
    link_texts: list[tuple[str, int, str, str]] = []
    unknown: dict[str, tuple[str, int]] = {}  # name: (page, line) of its first use
    for source in sources:
        findings += check_front_matter(source, today)
        findings += check_front_matter_fields(source)
        findings += check_headings(source)
        findings += check_lists(source)
        findings += check_placeholders(source)
        findings += check_footnotes(source)
        findings += check_open_comment(source)
        findings += check_open_fence(source)
        findings += check_html_balance(source)
        findings += check_inner_tabs(source)
        findings += check_hide(source)
        is_block = block_pages is not None and source.uri in block_pages
        before = page_before(source.label) if page_before and is_block else None
        findings += check_admonitions(source, block_page=is_block, before=before)
        scan = check_links(source, references, pages, files, own_site)
        findings += scan.findings
        for key, line in scan.used:
            usages.setdefault(key, []).append((source.label, line))
        link_texts += [(source.label, line, text, key) for text, key, line in scan.texts]
        for name, line in scan.unknown:
            unknown.setdefault(normalize_id(name), (source.label, line))
    if catalogue_text is not None:
        duplicates = check_duplicate_urls(references, catalogue_label, usages)
        # A newer duplicate gets one message ("use the existing name, delete this line"),
        # not also "unused".
        duplicate_lines = {item.line for item in duplicates}
        meant = {meant_reference(key, references) for key in unknown} - {None}
        findings += [
            _broken_use(item, references, sources)
            for item in check_unused(references, set(usages) | meant, catalogue_label)
            if item.line not in duplicate_lines
        ]
        findings += duplicates
        findings += check_link_titles(link_texts, references)
    if catalogue_before is not None and catalogue_text is not None:
        findings += check_removed_references(
            unknown, catalogue_before, catalogue_text, catalogue_label
        )
    elif catalogue_text is not None and not history:  # either side may hold the slip
        findings += _names_alike(unknown, references, catalogue_label)
    if reachable is not None:
        findings += check_reachable({source.uri: source.label for source in sources}, reachable)
    unique = {str(item): item for item in findings}
    return sorted(unique.values(), key=lambda item: item.sort_key)


# YAML files (mkdocs.yml and others), with the line of a syntax error
