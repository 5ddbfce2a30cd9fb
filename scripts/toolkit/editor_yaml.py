"""Reading editors' YAML (the data file, front matter): libyaml's safe loader when present,
and Dutch wording of syntax errors.

PyYAML's pure-Python and libyaml loaders word the same problem differently; both are here.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import yaml

# libyaml's loader is several times faster than the pure-Python one, which otherwise
# dominates the cost of reading the data file and every page's front matter.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ImpossibleDatesLoader(SafeLoader):
    """The safe loader for editors' files: a date that does not exist ('2026-11-31') stays
    text, where PyYAML raises a bare ValueError; the checks then name it as a wrong date.
    Loads whole documents (libyaml's speed) or builds values from composed nodes."""


def _date_or_text(loader: yaml.SafeLoader, node: yaml.ScalarNode):
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


ImpossibleDatesLoader.add_constructor("tag:yaml.org,2002:timestamp", _date_or_text)

INDENTATION_PROBLEM = "de inspringing klopt niet"
MISSING_COLON_PROBLEM = "een dubbele punt ontbreekt, of een aanhalingsteken sluit niet"
COLON_PROBLEM = (
    "een dubbele punt met een spatie midden in een waarde; zet de tekst tussen aanhalingstekens"
)
# Problem text (start) -> what an editor should look for. First match wins.
YAML_PROBLEMS = {
    "mapping values are not allowed": COLON_PROBLEM,
    # (also a line of a '>-' text block that lost its indentation)
    "could not find expected ':'": MISSING_COLON_PROBLEM,
    "found character": "een tab; gebruik spaties",
    "found a tab character": "een tab in de inspringing; YAML kent alleen spaties",
    "found unexpected end of stream": "een aanhalingsteken of haakje sluit niet",
    "found undefined alias": "een '*' vooraan een waarde; zet die tussen aanhalingstekens",
    "expected ',' or ']'": "een haakje '[' wordt niet gesloten met ']'",
    "did not find expected ',' or ']'": "een haakje '[' wordt niet gesloten met ']'",
    "expected ',' or '}'": "een haakje '{' wordt niet gesloten met '}'",
    "did not find expected ',' or '}'": "een haakje '{' wordt niet gesloten met '}'",
    # '>' or '|' (a block of text below) with something other than '-' or '+' after it
    "expected chomping or indentation indicators": (
        "na '>' of '|' (een tekst op de regels eronder) mag alleen '-' staan, zoals '>-'"
    ),
    "expected a comment or a line break": (
        "na '>' of '|' (een tekst op de regels eronder) mag alleen '-' staan, zoals '>-'"
    ),
    "expected": INDENTATION_PROBLEM,
    "did not find expected": INDENTATION_PROBLEM,
}


CURLY_QUOTES_PROBLEM = (
    "krullende aanhalingstekens (“ ” of ‘ ’, bijvoorbeeld uit Word) rond een waarde; YAML "
    'kent alleen rechte aanhalingstekens (")'
)
# A value that starts with a curly quote: after "naam: ", "- " or "- naam: ".
_CURLY_VALUE = re.compile(r"^\s*(?:-\s+)?(?:[\w-]+\s*:\s+)?[“”‘’„]")


def error_mark(error: yaml.MarkedYAMLError, text: str | None = None):
    """Where the editor's slip is: for a quote that is never closed or a key without its
    ':', where it opens (YAML notices only lines later); for a quote that closes only lines
    later (the text between read as one value), where it opens; else where YAML stopped."""
    context = error.context or ""
    if ("quoted scalar" in context or "simple key" in context) and error.context_mark:
        return error.context_mark
    mark = error.problem_mark or error.context_mark
    opened = _quote_across_lines(text, mark.line) if text is not None and mark else None
    return opened or mark


def _quote_across_lines(text: str, line: int):
    """The start of the last quoted value that runs over several lines and closes on or
    before `line` (0-based), or None. Editors write every value on one line: such a value
    is a quote typed by mistake, closed by chance by a quote further on."""
    found = None
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if token.start_mark.line > line:
                break
            if (
                isinstance(token, yaml.ScalarToken)
                and token.style in ('"', "'")
                and token.start_mark.line < token.end_mark.line <= line
            ):
                found = token.start_mark
    except yaml.YAMLError:
        pass
    return found


def yaml_problem(error: yaml.MarkedYAMLError, text: str | None = None) -> str:
    mark = error.problem_mark or error.context_mark
    opened = _quote_across_lines(text, mark.line) if text is not None and mark else None
    if opened is not None:
        return f"een aanhalingsteken op deze regel sluit pas op regel {mark.line + 1}"
    problem = error.problem or ""
    lines = text.split("\n") if text is not None else []
    at = lines[mark.line] if mark and mark.line < len(lines) else "\t"
    if problem.startswith("found character") and "\t" not in at:  # libyaml names no character
        return (
            "een teken dat in YAML iets betekent ('@' of '`') vooraan een waarde; zet de hele "
            "waarde tussen aanhalingstekens"
        )
    return next(
        (dutch for english, dutch in YAML_PROBLEMS.items() if problem.startswith(english)),
        "de opbouw van de regels klopt niet",  # never PyYAML's English
    )


def curly_quoted_line(text: str) -> int | None:
    """The first line (1-based) whose value is wrapped in curly quotes: YAML reads them as
    part of the text, and a ': ' inside then splits the value into a name and a value."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.lstrip().startswith("#") and _CURLY_VALUE.match(line):
            return number
    return None


def swallowed_item_line(root: yaml.Node | None, text: str) -> int | None:
    """The first line (1-based) that looks like a list item ('- ...') but became part of
    the text of the item above it: a plain value continues on every line that is indented
    further, so an item indented one space too far is silently merged into its neighbour."""
    lines = text.split("\n")
    for node in _scalars(root):
        if not node.style and node.end_mark.line > node.start_mark.line:  # plain (libyaml: "")
            for number in range(node.start_mark.line + 1, node.end_mark.line + 1):
                if number < len(lines) and lines[number].lstrip().startswith("- "):
                    return number + 1
    return None


def misindented_line(
    text: str, reported: int, above_first: bool, every: bool = False
) -> tuple[int, int, list[int]] | None:
    """When YAML stops at a line over indentation, the line the editor mis-indented is
    often the one above (a merged item is the line itself, so `above_first` is False).
    Re-indent the lines around the reported one to their neighbours' indentation; the first
    line whose change makes the whole text read cleanly gives (line, its indentation, the
    indentations that fix it, nearest first: two when a level up and a level down both do;
    with `every`, all that fix it, nearest first)."""
    lines = text.split("\n")
    # Neighbours by lines with text: comments and blank lines between do not count.
    texts = [n for n, line in enumerate(lines, 1) if line.strip() and not _comment(line)]
    at = next((i for i, n in enumerate(texts) if n >= reported), len(texts))
    above = texts[at - 1] if at >= 1 else 0
    here = texts[at] if at < len(texts) and texts[at] == reported else reported
    below = texts[at + 1] if here == reported and at + 1 < len(texts) else reported + 1
    above2 = texts[at - 2] if at >= 2 else 0
    near = (above, here) if above_first else (here, above)
    # further up, a line less indented than the reported one that cut its block in two
    # ('kernpunten:' moved to the margin, its items and the block's next field below it)
    reported_indent = _indent(lines[reported - 1]) if reported <= len(lines) else 0
    shallower = [
        number
        for number in reversed(texts[max(at - 60, 0) : max(at - 2, 0)])
        if _indent(lines[number - 1]) < reported_indent
    ]
    for number in (*near, below, above2, *shallower):
        line = lines[number - 1] if 1 <= number <= len(lines) else ""
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        current = _indent(line)
        fixes = [
            indent
            for indent in sorted(_neighbour_indents(lines, number - 1) - {current})
            if _reads_with(lines, number, " " * indent + line.lstrip(" "))
        ]
        if fixes:
            nearest = min(abs(indent - current) for indent in fixes)
            if every:
                return number, current, sorted(fixes, key=lambda n: abs(n - current))
            return number, current, [n for n in fixes if abs(n - current) == nearest]
    return None


def _comment(line: str) -> bool:
    return line.lstrip().startswith("#")


def _reads_with(lines: list[str], number: int, written: str) -> bool:
    """Whether the text reads cleanly with its line `number` (1-based) written so."""
    return _reads_cleanly("\n".join([*lines[: number - 1], written, *lines[number:]]))


def _reads_cleanly(text: str) -> bool:
    """Whether both YAML readers read the text: libyaml (the checks, the data file) and
    PyYAML's own (MkDocs, for mkdocs.yml and front matter), which refuse different slips
    ('copyright: >#-' only PyYAML's): a repair must satisfy the reader that refused."""
    try:
        root = yaml.compose(text, Loader=SafeLoader)
        if SafeLoader is not yaml.SafeLoader:  # (an error path: the slower reader is fine)
            yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return False
    return swallowed_item_line(root, text) is None


def deleted_parent(before: str | None, text: str) -> YamlRepair | None:
    """Lines the change deleted or put behind a '#' (git: `before`) whose return makes the
    text read: a '- search:' taken away without the lines indented below it, which now
    belong nowhere. Named where they stood, as deleted or as made a comment."""
    if before is None:
        return None
    old, new = before.split("\n"), text.split("\n")
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        gone = [line for line in old[old_start:old_end] if line.strip()]
        instead = new[new_start:new_end]
        commented = bool(instead) and all(not line.strip() or _comment(line) for line in instead)
        if not gone or not (tag == "delete" or (tag == "replace" and commented)):
            continue
        restored = [*new[:new_start], *old[old_start:old_end], *new[new_end:]]
        if _reads_cleanly("\n".join(restored)):
            rule = "yaml-regel-uitgezet" if tag == "replace" else "yaml-regel-weg"
            values = {"deleted": gone[0].strip(), "more": _lines_below(len(gone))}
            return YamlRepair(rule, new_start + 1, None, values)
    return None


def _lines_below(count: int) -> str:
    """What went with a deleted line, in a message: '' for it alone, else the lines below."""
    if count == 1:
        return ""
    return " en de regel eronder" if count == 2 else f" en de {count - 1} regels eronder"


def _neighbour_indents(lines: list[str], index: int) -> set[int]:
    """The indentation of the nearest lines with text above and below, and one level
    (two spaces) either side of them."""
    found = set()
    for step in (-1, 1):
        other = index + step
        while 0 <= other < len(lines) and not lines[other].strip():
            other += step
        if 0 <= other < len(lines):
            base = _indent(lines[other])
            found |= {base, base + 2, max(base - 2, 0)}
    return found


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _scalars(node: yaml.Node | None, keys: bool = True):
    """Every scalar below the node; with keys=False only the values (keys are names)."""
    if isinstance(node, yaml.ScalarNode):
        yield node
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _scalars(item, keys)
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if keys:  # ('? [a, b]': a key can be a list or a mapping too)
                yield from _scalars(key, keys)
            yield from _scalars(value, keys)


def duplicate_key(node: yaml.Node | None) -> tuple[int, int, str] | None:
    """(line, line of the first, key) of the first key, in reading order, that a mapping
    holds twice (1-based lines); YAML itself keeps only the last value, silently."""
    children = []
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else None  # ('? [a]': a list)
            if name is not None and name in seen:
                return key.start_mark.line + 1, seen[name], name
            if name is not None:
                seen[name] = key.start_mark.line + 1
            found = duplicate_key(value)
            if found:
                return found
    elif isinstance(node, yaml.SequenceNode):
        children = node.value
    return next(filter(None, map(duplicate_key, children)), None)


# `titel: "Zorgpad" als basis`: the quotes close before the value ends.
_AFTER_QUOTE = re.compile(
    r"^(?P<head>\s*(?:-\s+)?(?:[\w-]+:\s+)?)(?P<quote>[\"'])(?P<value>.*?)(?P=quote)"
    r"(?P<rest>[ \t]*[^\s#,\]}][^\n]*?)\s*$"
)


def text_after_quoted_value(text: str, line: int | None) -> dict | None:
    """{rest, fixed} when the reported line (or the one above it) has text after a quoted
    value; `fixed` is the line with the whole value in single quotes, the editor's text
    unchanged (YAML keeps double quotes inside single ones)."""
    for number, written in _reported_or_above(text, line):
        match = _AFTER_QUOTE.match(written)
        if match and not match["rest"].lstrip().startswith(":"):
            quote = match["quote"]
            value = f"{quote}{match['value']}{quote}{match['rest']}".strip()
            fixed = match["head"] + "'" + value.replace("'", "''") + "'"
            return {"rest": match["rest"].strip(), "fixed": fixed.rstrip(), "line": number}
    return None


# '- Privacy #AVG: over/privacy.md': YAML reads the name up to ' #', the rest (the page too)
# as a comment. Quoting the whole line would make a page path of it: the name is quoted.
_CUT_MENU_ENTRY = re.compile(
    r"^(?P<head>\s*-\s+)(?P<kept>[^\s\"'#][^#\n]*?)[ \t]+(?P<tag>#[^\n]*?):[ \t]+"
    r"(?P<page>\S+\.md|https?://\S+)[ \t]*$"
)


def comment_cut_value(root: yaml.Node | None, text: str) -> dict | None:
    """The first plain value that a ' #' on its line cuts short: YAML reads the rest as a
    comment, so `description: Zorgpaden #1 in de regio` keeps only "Zorgpaden". Returns
    {line, kept, lost, fixed}: `fixed` is the line with the whole value in double quotes,
    or, for a menu entry that lost its page, with its name in double quotes."""
    lines = text.split("\n")
    for number, line in enumerate(lines, start=1):
        entry = _CUT_MENU_ENTRY.match(line)
        if entry:  # (even one word: 'Inhoud # oud: index.md' lost its page all the same)
            name = _escaped(f"{entry['kept']} {entry['tag']}")
            return {
                "line": number,
                "kept": entry["kept"],
                "lost": f"{entry['tag']}: {entry['page']}",
                "fixed": f'{entry["head"]}"{name}": {entry["page"]}',
            }
    for node in _scalars(root, keys=False):  # a key is a name, never cut text
        start, end = node.start_mark, node.end_mark
        plain = not node.style  # libyaml says '' where PyYAML says None
        if not plain or start.line != end.line or not node.value:
            continue
        line = lines[start.line]
        rest = line[end.column :]
        if node.tag != "tag:yaml.org,2002:str":
            continue  # 'volgorde: 2 # was 3': a number is whole, the rest a real comment
        if not re.search(r"\s", node.value) and re.match(r"^[ \t]+#[ \t]", rest):
            continue  # 'id: kernteam # oud': one word, then a comment (not '#1 in de regio')
        if re.match(r"^[ \t]+#", rest):
            whole = (line[start.column : end.column] + rest).strip()
            fixed = f'{line[: start.column]}"{_escaped(whole)}"'
            return {
                "line": start.line + 1,
                "kept": node.value,
                "lost": rest.strip(),
                "fixed": fixed,
            }
    return None


def empty_value_line(text: str, reported: int | None) -> tuple[int, str] | None:
    """'redirect_maps: {}' or 'vervallen_kernpunten: []' with lines added under it: '{}' and
    '[]' say "empty", so YAML stops at the first added line. Returns (line, the line
    without the empty value) when that makes the text read."""
    if not reported:
        return None
    lines = text.split("\n")
    for number in range(reported - 1, max(reported - 4, 0), -1):
        line = lines[number - 1]
        match = re.match(
            r"^(?P<head>\s*(?:-\s+)?[^\s#][^:#]*:)[ \t]*(?:\{\s*\}|\[\s*\])[ \t]*(?:#.*)?$", line
        )
        if not match:
            continue
        fixed = match["head"]
        if _reads_with(lines, number, fixed):
            return number, fixed
    return None


def tab_indented_line(text: str, reported: int | None) -> tuple[int, str] | None:
    """A line indented with a tab (YAML allows only spaces): returns (line, the line with
    spaces) for the indentation of a neighbour that makes the text read, nearest first."""
    if not reported:
        return None
    lines = text.split("\n")
    for number in (reported, reported - 1, reported + 1):
        if not 1 <= number <= len(lines) or "\t" not in lines[number - 1][:1]:
            continue
        content = lines[number - 1].lstrip(" \t")
        for spaces in _likely_indents(lines, number - 1):
            fixed = " " * spaces + content
            if _reads_with(lines, number, fixed):
                return number, fixed
    return None


def _likely_indents(lines: list[str], index: int) -> list[int]:
    """Indentations for the line at index, the likeliest first: beside the key above it in
    the same list item, under a name that ends in ':', as the line above, as the line
    below; then a level either side."""

    def near(step: int) -> str:
        other = index + step
        while 0 <= other < len(lines) and (not lines[other].strip() or _comment(lines[other])):
            other += step
        return lines[other] if 0 <= other < len(lines) else ""

    above, below = near(-1), near(1)
    # the same name elsewhere in the file (every block's 'pagina:'): where it is written there
    key = re.match(r"^[ \t]*(-[ \t]+)?([\w-]+):", lines[index])
    used = {
        _indent(line)
        for number, line in enumerate(lines)
        if key and number != index and re.match(rf"^ *{re.escape(key[0].strip())}", line)
    }
    first = []
    if above.lstrip().startswith("- "):
        first.append(_indent(above) + 2)
    if above.rstrip().endswith(":"):
        if _indent(below) > _indent(above):
            first.append(_indent(below))
        first += [_indent(above) + 2, _indent(above) + 4]
    first += [_indent(above), _indent(below)]
    rest = sorted(_neighbour_indents(lines, index))
    likely = list(dict.fromkeys([*first, *rest]))
    # of those, where the same name is written elsewhere first (every block's 'pagina:')
    return [*(n for n in likely if n in used), *(n for n in likely if n not in used)]


def colon_without_space_line(text: str, reported: int | None) -> tuple[int, str] | None:
    """'generator:false': without a space after the ':' YAML reads name and value as one
    text, and stops a line or two further. Returns (line, the line with the space) when
    that makes the text read."""
    if not reported:
        return None
    lines = text.split("\n")
    for number in _text_lines_near(lines, reported):
        match = re.match(r"^(\s*(?:-\s+)?[\w-]+:)(\S.*)$", lines[number - 1])
        if not match or match[2].startswith(("//", ":")):
            continue  # 'https://...' is no name
        fixes = [f"{match[1]} {match[2]}"]
        if re.match(r"[^\w\s\"'\[{(]\s", match[2]):  # 'id:* x': a key typed after the colon
            fixes.insert(0, f"{match[1]} {match[2][1:].lstrip()}")
        for fixed in fixes:
            if _reads_with(lines, number, fixed):
                return number, fixed
    return None


def glued_value(root: yaml.Node | None, text: str) -> tuple[int, str] | None:
    """A plain value that reads as 'name:value' glued together ('edit:material/pencil',
    '- Zelfscan:zelfscan.md'): YAML takes it as one text without a word. Returns (line, the
    line with a space after the colon)."""
    lines = text.split("\n")
    for node in _scalars(root, keys=False):
        value = node.value if not node.style else ""
        glued = re.match(r"^([\w][\w .-]*):(?!//)(\S.*)$", value)
        if glued and re.match(r"^[\w.]+\.\w+:\w+$", value):
            continue  # 'toolkit.github_markdown:GitHubAlerts': a Python module and class
        if glued and node.start_mark.line == node.end_mark.line:
            written = lines[node.start_mark.line]
            return node.start_mark.line + 1, written.replace(value, f"{glued[1]}: {glued[2]}", 1)
    return None


def missing_colon_line(text: str, reported: int | None) -> tuple[int, str] | None:
    """A name that lost its ':' ('- Printen en downloaden' above its sub-items, 'kernpunten'
    above its list): YAML stops at the line below. Returns (line, the line with its ':')
    when adding the ':' makes the text read."""
    if not reported:
        return None
    lines = text.split("\n")
    for number in _text_lines_near(lines, reported):
        line = lines[number - 1]
        bare = line.strip().removeprefix("- ").strip()
        if not bare or bare.startswith("#") or ":" in bare or bare[0] in "\"'[{|>&*!":
            continue
        below = next(
            (other for other in lines[number:] if other.strip() and not _comment(other)), ""
        )
        if _indent(below) <= _indent(line):
            continue  # a name with a ':' has its value indented below it
        fixed = line.rstrip() + ":"
        if _reads_with(lines, number, fixed):
            return number, fixed
    return None


def missing_colon_after_name(
    text: str, reported: int | None, names: tuple[str, ...] = ()
) -> tuple[int, str] | None:
    """'laatst_gecontroleerd 2026-11-23': a name and its value on one line with the ':'
    between them lost. Only a name the file uses elsewhere or the caller knows (else a text
    line that starts with an ordinary word would be taken for one). Returns (line, the line
    with its ':') when that makes the text read."""
    if not reported:
        return None
    lines = text.split("\n")
    known = set(names) | set(re.findall(r"^[ \t]*(?:-[ \t]+)?([\w-]+):(?:[ \t]|$)", text, re.M))
    for number in _text_lines_near(lines, reported):
        match = re.match(r"^(\s*(?:-\s+)?)([\w-]+)[ \t]+([^\s:].*)$", lines[number - 1])
        if not match or match[2] not in known:
            continue
        fixed = f"{match[1]}{match[2]}: {match[3]}"
        if _reads_with(lines, number, fixed):
            return number, fixed
    return None


def _escaped(value: str) -> str:
    """The text as it goes between double quotes in YAML."""
    return value.replace("\\", "\\\\").replace('"', '\\"')


def colon_in_value_line(text: str, reported: int | None) -> tuple[int, str] | None:
    """'tekst: Let op: zo doe je dat' or 'tekst: Haak aan bij:': a ':' and a space (or the
    end of the line) inside a plain value, which YAML reads as a name of its own. Returns
    (line, the line with the whole value in double quotes) when that makes the text read."""
    lines = text.split("\n")
    for number, written in _reported_or_above(text, reported):
        # A menu entry ('- Zelfscan: hoe staat uw regio ervoor: zelfscan.md'): the ':' is in
        # its name, which is quoted, never the page it leads to.
        entry = re.match(r"^(\s*-\s+)([^\s\"'#].*?):[ \t]+(\S+\.md|https?://\S+)[ \t]*$", written)
        match = re.match(r"^(\s*(?:-\s+)?[\w-]+:[ \t]+)([^\s\"'#].*?)[ \t]*$", written)
        if entry and ": " in entry[2]:
            fixed = f'{entry[1]}"{_escaped(entry[2])}": {entry[3]}'
        elif match and re.search(r":(?:[ \t]|$)", match[2]):
            fixed = f'{match[1]}"{_escaped(match[2])}"'
        else:
            continue
        if _reads_with(lines, number, fixed):
            return number, fixed
    return None


def missing_dash_line(text: str, reported: int | None) -> tuple[int, str] | None:
    """A list item that lost its '- ' (YAML then stops a line or two further): the line
    near the reported one that, written as an item like its siblings, makes the text read.
    Returns (line, the line as it should be)."""
    if not reported:
        return None
    lines = text.split("\n")
    for number in (reported - 1, reported, reported - 2, reported + 1):
        if not 1 <= number <= len(lines):
            continue
        line = lines[number - 1]
        content = line.strip().removeprefix("-").strip()
        if not content or line.strip().startswith(("- ", "#")):
            continue
        # '- ' deleted (the text moved left) or only '-' deleted (a space left behind)
        for dash_at in (_indent(line), _indent(line) - 1, _indent(line) - 2):
            if dash_at < 0:
                continue
            item = " " * dash_at + "- " + content
            siblings = [other for other in lines if other.startswith(" " * dash_at + "- ")]
            if siblings and _reads_with(lines, number, item):
                return number, item
    return None


# `tekst: @huisarts ...`, `tekst: &praktijk binnen`, `tekst: [concept] ...`: plain text cannot
# start with these; YAML reads them as its own syntax (an anchor, alias or tag, a list or
# mapping, a block of text, a reserved character). Some stop YAML, some silently drop words.
_SYNTAX_START = re.compile(
    r"^(?P<head>\s*(?:-\s+)?[^\s\"'#:-][^:#]*:[ \t]+)"
    r"(?P<value>(?P<char>[&*!|>%@`\[\]{},']|[-?:](?=[ \t])).*?)[ \t]*$"
)


def value_with_yaml_syntax(text: str, line: int | None, stopped: bool = True) -> dict | None:
    """{line, char, fixed} when the value on `line` (1-based) or the line above starts with a
    character YAML reads as syntax; `fixed` is that line with the whole value in double
    quotes (the editor's text unchanged). stopped: YAML stopped at `line`, so the quoted
    line must make the whole text readable (else the cause is elsewhere)."""
    lines = text.split("\n")
    for number, written in _reported_or_above(text, line):
        match = _SYNTAX_START.match(written)
        if not match:
            continue
        fixed = f'{match["head"]}"{_escaped(match["value"])}"'
        if stopped and not _reads_with(lines, number, fixed):
            continue
        char = "een apostrof (')" if match["char"] == "'" else f"'{match['char']}'"
        return {"line": number, "char": char, "fixed": fixed.strip(), "corrected": fixed}
    return None


def syntax_in_values(text: str, tags: bool = True) -> dict | None:
    """The first value whose start YAML read as an anchor (&), alias (*) or tag (!): it
    parses, and the words are gone or changed without a word. Editors' files use none
    (tags=False: a file whose own syntax uses tags, such as mkdocs.yml's '!ENV')."""
    kinds = (yaml.AnchorToken, yaml.AliasToken, *((yaml.TagToken,) if tags else ()))
    try:
        for token in yaml.scan(text, Loader=SafeLoader):
            if isinstance(token, kinds):
                found = value_with_yaml_syntax(text, token.start_mark.line + 1, stopped=False)
                if found and found["line"] == token.start_mark.line + 1:
                    return found
    except yaml.YAMLError:
        return None
    return None


def _text_lines_near(lines: list[str], reported: int) -> list[int]:
    """The two lines with text above the reported one (comments and blank lines between do
    not count), nearest first, then the reported line: where a slip YAML noticed late is."""
    above = [
        number
        for number in range(reported - 1, 0, -1)
        if lines[number - 1].strip() and not _comment(lines[number - 1])
    ][:2]
    return [*above, reported] if 1 <= reported <= len(lines) else above


# 'tekst: Onderbouw doelstellingen' with its plain (unquoted) value, the line above a slip
_PLAIN_VALUE = re.compile(
    r"^(?P<head>\s*(?:-\s+)?)(?P<name>[\w-]+):[ \t]+(?P<value>[^\s\"'|>#].*)$"
)
_NAME_LINE = re.compile(r"^\s*(?:-\s+)?[\w-]+:(?:[ \t]|$)")


def continued_value_line(text: str, reported: int | None) -> dict | None:
    """A value broken over two lines (the editor pressed Enter inside it, or wrapped it), the
    second line not indented further than the value's name: YAML then reads it as something
    new and stops. {line, above, name, fixed}: the second line indented as a continuation,
    which YAML reads as part of the value, when that makes the whole text read."""
    if not reported:
        return None
    lines = text.split("\n")
    for number in (reported, reported - 1, reported + 1):
        if not 2 <= number <= len(lines):
            continue
        line, above = lines[number - 1], lines[number - 2]
        value = _PLAIN_VALUE.match(above)
        stripped = line.strip()
        if not value or not stripped or stripped.startswith(("-", "#")) or _NAME_LINE.match(line):
            continue
        spaces = len(value["head"]) + 2  # past the start of the name
        if _indent(line) >= spaces:
            continue
        fixed = " " * spaces + stripped
        if _reads_with(lines, number, fixed):
            return {"line": number, "above": number - 1, "name": value["name"], "fixed": fixed}
    return None


def _reported_or_above(text: str, line: int | None):
    """(number, text) of the line YAML reported and the one above it: where a value that
    YAML could not read ends up named."""
    lines = text.split("\n")
    for number in (line, line - 1) if line else ():
        if 1 <= number <= len(lines):
            yield number, lines[number - 1]


@dataclass(frozen=True)
class YamlRepair:
    """One slip that explains why YAML stopped, as the finding that names it: the rule, the
    line (1-based, in the text given), the corrected line and the message's values."""

    rule: str
    line: int
    corrected: str | None = None
    values: dict = field(default_factory=dict)


# Message values that are line numbers (counted in the text given to repair_at)
_LINE_VALUES = ("at", "above")


def repair_at(
    text: str, reported: int | None, names: tuple[str, ...] = (), first_line: int = 1
) -> YamlRepair | None:
    """The first slip near the line where YAML stopped whose repair makes the whole text
    read: the same order for every YAML file an editor touches (data file, front matter,
    mkdocs.yml), so one mistake gets one message wherever it is made. names: the names the
    file may hold (a name typed without its ':' is recognised by them). first_line: the
    file's line number of the text's first line (the front matter starts below its '---');
    `reported` and every line number returned are counted in the file."""
    shift = first_line - 1
    repair = _first_repair(text, reported - shift if reported else reported, names)
    if repair is None or not shift:
        return repair
    values = {
        key: value + shift if key in _LINE_VALUES and isinstance(value, int) else value
        for key, value in repair.values.items()
    }
    return dataclasses.replace(repair, line=repair.line + shift, values=values)


def _first_repair(text: str, reported: int | None, names: tuple[str, ...]) -> YamlRepair | None:
    unclosed = unclosed_quote_line(text, reported)
    if unclosed:  # '"tekst' or '"tekst\'': YAML reads on to the next such quote, lines further
        line, fixed, quote = unclosed
        return YamlRepair(
            "yaml-aanhalingsteken-open", line, fixed, {"quote": quote, "fixed": fixed.strip()}
        )
    broken = broken_comment_line(text, reported, mid_sentence=True, names=names)
    if broken:  # Enter pressed inside a comment: the rest of its sentence is read as data
        return _broken_comment(*broken)
    after_quote = text_after_quoted_value(text, reported)
    if after_quote:
        line = after_quote.pop("line")
        return YamlRepair("yaml-na-aanhalingsteken", line, after_quote["fixed"], after_quote)
    syntax = value_with_yaml_syntax(text, reported)
    if syntax:
        line, corrected = syntax.pop("line"), syntax.pop("corrected")
        return YamlRepair("yaml-teken", line, corrected, syntax)
    emptied = empty_value_line(text, reported)
    if emptied:  # named at the line added under it: that is what the editor typed
        return YamlRepair(
            "yaml-leeg-teken", reported, None, {"at": emptied[0], "fixed": emptied[1].strip()}
        )
    found = _line_repair(
        text,
        reported,
        (
            ("yaml-tab", tab_indented_line),
            ("yaml-spatie", colon_without_space_line),
            (
                "yaml-dubbele-punt-naam",
                lambda text, line: missing_colon_after_name(text, line, names),
            ),
        ),
    )
    if found:
        return found
    pushed = text_before_dash_line(text, reported)
    if pushed:  # 'Dit is nieuw. - id: k26-...': typed or pasted before an item's dash
        line, fixed, before = pushed
        return YamlRepair(
            "yaml-voor-streepje", line, fixed, {"fixed": fixed.strip(), "before": before}
        )
    between = line_between_key_and_items(text, reported)
    if between:  # a line moved (or typed) between 'subpunten:' and its items
        line, key_line, key = between
        return YamlRepair("yaml-tussen", line, None, {"above": key_line, "key": key})
    # (after a name that lost its ':', which would read as a continuation too)
    continued = continued_value_line(text, reported)
    if continued:
        line, fixed = continued.pop("line"), continued["fixed"]
        spaces = len(fixed) - len(fixed.lstrip())
        return YamlRepair("yaml-vervolg", line, fixed, {**continued, "spaces": spaces})
    found = _line_repair(
        text,
        reported,
        (
            ("yaml-dubbele-punt", missing_colon_line),
            ("yaml-dubbele-punt-waarde", colon_in_value_line),
        ),
    )
    if found:
        return found
    broken = broken_comment_line(text, reported)
    if broken:  # (a comment ending a sentence, then text: after the other readings)
        return _broken_comment(*broken)
    return None


# A value that opens a quote the line does not close ('tekst: "Onderbouw ...', or closed
# with the other quote: '"Onderbouw ...\'')
_OPEN_QUOTE = re.compile(
    r"^(?P<head>\s*(?:-\s+)?(?:[^\s\"'#:-][^:#]*:[ \t]+)?)(?P<quote>[\"'])"
    r"(?P<value>[^\"'\n]*?)(?P<end>[\"']?)[ \t]*$"
)


def unclosed_quote_line(
    text: str, reported: int | None, reach: int = 15
) -> tuple[int, str, str] | None:
    """(line, the line with its quote closed, the quote) for a value whose opening quote its
    line does not close, at or above where YAML stopped (it reads on to the next quote of
    that kind, lines further); only when closing it makes the text read. A double quote
    only: an apostrophe may be the text's own ("'s middags"), and is kept as text."""
    if not reported:
        return None
    lines = text.split("\n")
    for number in range(min(reported, len(lines)), max(reported - reach, 1) - 1, -1):
        match = _OPEN_QUOTE.match(lines[number - 1])
        if not match or match["end"] == match["quote"] or not match["value"].strip():
            continue
        if match["quote"] == "'":
            continue  # an apostrophe may be the text's own: value_with_yaml_syntax keeps it
        fixed = f"{match['head']}{match['quote']}{match['value'].rstrip()}{match['quote']}"
        if _reads_with(lines, number, fixed):
            return number, fixed, match["quote"]
    return None


def _broken_comment(line: int, fixed: str) -> YamlRepair:
    values = {"above": line - 1, "fixed": fixed.strip()}
    return YamlRepair("yaml-opmerking-afgebroken", line, fixed, values)


def broken_comment_line(
    text: str,
    reported: int | None,
    reach: int = 30,
    mid_sentence: bool = False,
    names: tuple[str, ...] = (),
) -> tuple[int, str] | None:
    """(line, the line as a comment) for the rest of a comment that an Enter pushed onto a
    line of its own, above where YAML stopped (a comment's text can stop it many lines
    further); only when making that line a comment too makes the text read. mid_sentence:
    only under a comment that stops mid-sentence, for a line that looks like no data and
    starts with none of the file's `names` (then it goes before the other readings: a word
    of the comment may look like a name that lost its ':', but 'site_name Toolkit' is that
    slip). Without it (after the other readings), any line under a comment, but a line of
    data under one that ends a sentence (a setting under its comment)."""
    if not reported:
        return None
    lines = text.split("\n")
    for number in range(min(reported, len(lines)), max(reported - reach, 2) - 1, -1):
        written, above = lines[number - 1], lines[number - 2]
        comment = re.match(r"^(\s*#\s*)", above)
        if not comment or not written.strip() or _comment(written):
            continue
        finished = re.search(r"[.:;!?)]\s*$", above)  # the comment ends a sentence
        data = re.match(r"^\s*(?:- )?[\w-]+\s*:|^\s*- ", written)  # data, or a slip in it
        if mid_sentence and (finished or data or written.split()[0] in names):
            continue
        if finished and data:
            continue  # a setting under its comment, as in every file
        fixed = comment.group(1) + written.strip()
        if _reads_with(lines, number, fixed):
            return number, fixed
    return None


def commented_data_line(text: str, reported: int | None, reach: int = 3) -> tuple[int, str] | None:
    """(line, the line without its '#'): a line of data made a comment ('#      - id: ...')
    just above where YAML stopped, whose lines below now belong nowhere; only when taking
    the '#' away makes the text read."""
    if not reported:
        return None
    lines = text.count("\n") + 1
    numbers = range(min(reported, lines), max(reported - reach, 1) - 1, -1)
    return uncommented_line(text, numbers, _reads_cleanly)


# '#      - id: k04-...', '# tekst: ...': a line of data behind a '#'
_DATA_COMMENT = re.compile(r"^\s*#\s*(?:- )?[\w-]+:")


def uncommented_line(
    text: str, numbers: Iterable[int], accepts: Callable[[str], bool]
) -> tuple[int, str] | None:
    """(line, the line without its '#') for the first of `numbers` that is a line of data
    made a comment and whose '#' taken away gives a text that `accepts` takes."""
    lines = text.split("\n")
    for number in numbers:
        written = lines[number - 1]
        if not _DATA_COMMENT.match(written):
            continue
        for restored in dict.fromkeys(
            (written.replace("#", "", 1), re.sub(r"#\s?", "", written, count=1))
        ):
            if accepts("\n".join([*lines[: number - 1], restored, *lines[number:]])):
                return number, restored
    return None


def text_before_dash_line(text: str, reported: int | None) -> tuple[int, str, str] | None:
    """(line, the line without it, the text) for text typed or pasted before a list item's
    dash ('Dit is nieuw. - id: k26-...'): YAML reads the whole line as one name and stops
    a line further. Only when the item, at the indentation of an item near it, reads."""
    if not reported:
        return None
    lines = text.split("\n")
    for number in (reported - 1, reported, reported - 2):
        if not 1 <= number <= len(lines):
            continue
        match = re.match(r"^\s*(?P<before>[^-#\s].*?)\s+(?P<item>- [\w-]+:.*)$", lines[number - 1])
        if not match:
            continue
        near = lines[max(number - 12, 0) : number + 12]
        for indent in sorted({_indent(other) for other in near if other.lstrip().startswith("- ")}):
            fixed = " " * indent + match["item"]
            if _reads_with(lines, number, fixed):
                return number, fixed, match["before"]
    return None


def line_between_key_and_items(text: str, reported: int | None) -> tuple[int, int, str] | None:
    """(the first line that stands between a key and the list under it, the key's line, the
    key) when YAML stops at that list's first item: lines moved with Alt+arrow or pasted
    there. Only when moving those lines above the key makes the text read."""
    lines = text.split("\n")
    if not reported or reported > len(lines) or not lines[reported - 1].lstrip().startswith("- "):
        return None
    item_indent = _indent(lines[reported - 1])
    number = reported - 1
    while number >= 1 and (not lines[number - 1].strip() or _comment(lines[number - 1])):
        number -= 1
    first_between = None
    while number >= 1:
        line = lines[number - 1]
        if not line.strip() or _comment(line):
            number -= 1
            continue
        key = re.match(r"^(\s*)([\w-]+):\s*$", line)
        if key and _indent(line) < item_indent:
            break
        if _indent(line) >= item_indent or not re.match(r"^\s*[\w-]+:\s*\S", line):
            return None  # not a sibling 'name: value' of the key
        first_between = number
        number -= 1
    else:
        return None
    if first_between is None or _indent(lines[first_between - 1]) != len(key[1]):
        return None
    moved = lines[first_between - 1 : reported - 1]
    fixed = [*lines[: number - 1], *moved, lines[number - 1], *lines[reported - 1 :]]
    if not _reads_cleanly("\n".join(fixed)):
        return None
    return first_between, number, key[2]


def _line_repair(text: str, reported: int | None, searches) -> YamlRepair | None:
    """The first search that finds a line and the line that makes the text read."""
    for rule, search in searches:
        found = search(text, reported)
        if found:
            spaces = len(found[1]) - len(found[1].lstrip())
            how = f"met {spaces} spaties inspringen" if spaces else "helemaal links beginnen"
            values = {"fixed": found[1].strip(), "how": how}
            return YamlRepair(rule, found[0], found[1], values)
    return None
