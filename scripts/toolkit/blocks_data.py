"""Load and validate the building-block data file (docs/_data/blokken.yml).

Pure functions, no MkDocs imports: the nav hook, the overview macro, the editor tools and
the tests all read the blocks through `load_blocks`. Every problem an editor can cause is
raised as `BlocksDataError` with one Dutch message naming the file, the line or block id,
and the fix.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import fastjsonschema
import yaml

from .addresses import as_page_file
from .blame import changed_lines, nearest_changed
from .editor_notes import note_finding
from .editor_yaml import (
    COLON_PROBLEM,
    CURLY_QUOTES_PROBLEM,
    INDENTATION_PROBLEM,
    MISSING_COLON_PROBLEM,
    ImpossibleDatesLoader,
    SafeLoader,
    comment_cut_value,
    commented_data_line,
    curly_quoted_line,
    deleted_parent,
    duplicate_key,
    error_mark,
    misindented_line,
    missing_dash_line,
    repair_at,
    swallowed_item_line,
    syntax_in_values,
    uncommented_line,
    yaml_problem,
)
from .findings import Finding, finding
from .git_start import changed_file_at_start, changed_files
from .key_point_ids import new_id
from .key_point_ids import number as id_number
from .source_text import NotUtf8Error, read

if TYPE_CHECKING:
    import jsonschema

DATA_FILE = Path("docs/_data/blokken.yml")
# The schema lives beside the data file (editors get autocomplete from it), so the library
# finds it from the data it checks, also when installed outside the repository.
SCHEMA_NAME = "blokken.schema.json"

FIELDS = ("id", "titel", "kernpunten", "pagina", "volgorde")
# The '# ' heading as Python-Markdown reads it: at the very start of the line.
# The title as shown: without the closing '#'s Markdown allows ('# Titel #') and without an
# attribute list that gives the heading its address ('# Titel { #adres }').
H1_PATTERN = re.compile(
    r"^# +(?P<title>.+?)(?:[ \t]+#+)?(?:[ \t]*\{:?[ \t]*[#.][^}]*\})?[ \t]*$", re.MULTILINE
)
# What an editor meant as that heading when there is none: indented, or without an ordinary
# space after the '#' ('#Titel', or a non-breaking space from Word).
LIKE_H1 = re.compile(r"^(?P<indent>[ \t\u00a0]*)#(?!#)[ \t\u00a0]*\S", re.MULTILINE)


class BlocksDataError(Exception):
    """A mistake in the data file, explained in Dutch for an editor; `finding` is the data."""

    def __init__(self, finding: Finding, *also: Finding):
        super().__init__(str(finding))
        self.finding = finding
        self.findings = [finding, *also]  # a mistake between two files is named in both


def _error(
    label: str,
    line: int | None,
    rule: str,
    block: str | None = None,
    corrected: str | None = None,
    **values: object,
) -> BlocksDataError:
    detail = f"blok '{block}'" if block else ""
    return BlocksDataError(finding(label, line, rule, detail, corrected, **values))


@dataclass(frozen=True)
class KeyPoint:
    id: str  # stable: a saved self-scan refers to it (key_point_ids.py)
    text: str
    subpoints: tuple[KeyPoint, ...] = ()
    line: int = field(default=0, compare=False)  # line of its entry in the data file

    def walk(self) -> Iterator[KeyPoint]:
        """This key point and all its sub-points, in reading order."""
        yield self
        for sub in self.subpoints:
            yield from sub.walk()


@dataclass(frozen=True)
class Block:
    id: str
    title: str
    key_points: tuple[KeyPoint, ...]
    page: str  # path below docs/, e.g. "blokken/scholing.md"
    order: int
    line: int  # line of the block's entry in the data file
    # The line of each of its fields ('titel', 'pagina', ...): a message names the line the
    # editor changed, not the block's first line.
    field_lines: dict[str, int] = field(default_factory=dict, compare=False, hash=False)

    def all_key_points(self) -> list[KeyPoint]:
        return [point for top in self.key_points for point in top.walk()]

    def line_of(self, name: str) -> int:
        return self.field_lines.get(name, self.line)


# Loading


def load_blocks(data_file: Path, docs_dir: Path) -> list[Block]:
    """Return the blocks in overview order, or raise BlocksDataError."""
    label = _label(data_file, docs_dir)
    try:
        stat = data_file.stat()
    except FileNotFoundError:
        raise _error(label, None, "data-ontbreekt") from None
    before = changed_file_at_start(docs_dir.parent, label)  # (None: unchanged, or no git)
    blocks = list(_parse_blocks(str(data_file), label, stat.st_mtime_ns, stat.st_size, before))
    for block in blocks:  # pages change independently of the data file: check every time
        _check_page(block, docs_dir, label)
    return blocks


@cache
def _parse_blocks(
    data_file: str, label: str, mtime_ns: int, size: int, before: str | None = None
) -> tuple[Block, ...]:
    """Parse and validate once per version of the file (the hooks, the macro and the
    checks all ask for the blocks during one build). before: the file where the work
    started, when the work changed it (git)."""
    try:
        text = read(Path(data_file))
    except NotUtf8Error as error:
        raise _error(label, error.line, "data-geen-utf8", guess=error.encoding_guess) from None
    root = _compose(text, label, before)
    try:
        data = ImpossibleDatesLoader(text).construct_document(root)
    except yaml.MarkedYAMLError as error:  # '? [a, b]: c' reads, but no name can be a list
        mark = error_mark(error, text)
        line = nearest_changed(before, text, mark.line + 1) if mark else None
        raise _error(label, line, "data-yaml", problem=yaml_problem(error, text)) from None
    _require_key_point_ids(data, root, label, text)
    _validate_schema(data, root, label, Path(data_file).with_name(SCHEMA_NAME), text)
    blocks = [
        _block_from(entry, node)
        for entry, node in zip(data["blokken"], _child(root, "blokken").value, strict=True)
    ]
    try:
        _check_unique(blocks, "id", label)
        _check_unique(blocks, "order", label)
        _check_unique(blocks, "page", label)  # one page shown twice, another nowhere
        _check_key_point_ids(blocks, data, root, label)
    except BlocksDataError as error:
        raise _on_changed_side(error, before, text, blocks) from None
    _check_notes(blocks, label, text.split("\n"))
    return tuple(sorted(blocks, key=lambda block: block.order))


def _check_notes(blocks: list[Block], label: str, lines: list[str]) -> None:
    """A note to editors in a text readers see ('tekst: TODO'): on the overview, the block
    page and the self-scan. Named at the line with the text."""
    findings = []
    for block in blocks:
        texts = [(block.line_of("titel"), block.title, f"de titel van blok '{block.id}'")]
        for point in block.all_key_points():
            line = next(  # its 'tekst:' line, right below its '- id:' (or above it)
                (n for n in (point.line, point.line + 1, point.line - 1)
                 if 0 < n <= len(lines) and "tekst:" in lines[n - 1]),
                point.line,
            )  # fmt: skip
            texts.append((line, point.text, f"de tekst van kernpunt {point.id}"))
        for line, value, what in texts:
            note = note_finding(label, line, value, what, hidden="'# notitie' op een eigen regel")
            findings += [note] if note else []
    if findings:
        raise BlocksDataError(*findings)


def _on_changed_side(
    error: BlocksDataError, before: str | None, text: str, blocks: list[Block]
) -> BlocksDataError:
    """A mistake between two lines (an id or number twice, a retired id in use) is named at
    both, since either may be the editor's; with git, only at the one the editor added or
    changed: advice to renumber a point that was there already would lose every saved
    scan's status. A key point is the editor's when its id and text were not there at the
    start (a copy above the original is told apart); another line, when it changed."""
    if before is None or len(error.findings) < 2:
        return error
    started = _points_at_start(before)
    points = {point.line: point for block in blocks for point in block.all_key_points()}
    changed = changed_lines(before, text)

    def editors(item: Finding) -> bool:
        point = points.get(item.line)
        if point is not None and started is not None:
            return (point.id, point.text) not in started
        return item.line in changed

    mine = [item for item in error.findings if editors(item)]
    return BlocksDataError(*mine) if 0 < len(mine) < len(error.findings) else error


def _points_at_start(before: str) -> set[tuple[str, str]] | None:
    """(id, text) of every key point in the data file where the work started."""
    try:
        data = yaml.load(before, Loader=SafeLoader)  # noqa: S506 - a safe loader
    except yaml.YAMLError:
        return None

    def walk(points: object) -> Iterator[tuple[str, str]]:
        for point in points if isinstance(points, list) else ():
            if isinstance(point, dict):
                yield str(point.get("id")), str(point.get("tekst"))
                yield from walk(point.get("subpunten"))

    blocks = data.get("blokken") if isinstance(data, dict) else None
    return {
        pair
        for block in (blocks if isinstance(blocks, list) else ())
        if isinstance(block, dict)
        for pair in walk(block.get("kernpunten"))
    }


def _label(data_file: Path, docs_dir: Path) -> str:
    """The data file as an editor sees it in the repository (docs/_data/blokken.yml)."""
    try:
        return str(data_file.resolve().relative_to(docs_dir.resolve().parent))
    except ValueError:
        return str(data_file)


def _compose(text: str, label: str, before: str | None = None) -> yaml.Node:
    """Parse to a node tree (it keeps line numbers); reject syntax errors and duplicate keys.
    Where no repair makes the text read, a guess at a line the editor did not change gives
    way to the changed line beside it (git: `before`)."""
    curly = curly_quoted_line(text)
    if curly:
        raise _error(label, curly, "data-krulquotes", problem=CURLY_QUOTES_PROBLEM)
    try:
        root = yaml.compose(text, Loader=SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error_mark(error, text)
        line = mark.line + 1 if mark else None
        problem = yaml_problem(error, text)
        parent = deleted_parent(before, text)
        if parent:  # the lines below a deleted one belong nowhere now
            raise _error(label, parent.line, parent.rule, **parent.values) from None
        hidden = commented_data_line(text, line)
        if hidden:  # '#      - id: ...' above: the lines below it now belong nowhere
            number, restored = hidden
            raise _error(label, number, "data-regel-uitgezet", corrected=restored) from None
        repair = repair_at(text, line, (*FIELDS, "tekst", "subpunten"))
        if repair and line and nearest_changed(before, text, repair.line) != repair.line:
            repair = None  # a cause at a line the editor did not change: theirs, below
        if repair:
            raise _error(
                label, repair.line, repair.rule, corrected=repair.corrected, **repair.values
            ) from None
        if line and problem in (INDENTATION_PROBLEM, COLON_PROBLEM, MISSING_COLON_PROBLEM):
            try:
                _reject_misplaced(text, line, label)
            except BlocksDataError as guess:
                guessed = guess.findings[0].line
                if guessed is None or nearest_changed(before, text, guessed) == guessed:
                    raise guess from None
                line = guessed  # the editor's line beside it is named below, not a guess
        if line:
            line = nearest_changed(before, text, line)
        raise _error(label, line, "data-yaml", problem=problem) from None
    if root is None:
        raise _error(label, None, "data-leeg")
    swallowed = swallowed_item_line(root, text)
    if swallowed:
        _reject_misindented(text, swallowed, label, above_first=False)
        raise _error(label, swallowed, "data-ingeslikt-punt")
    _reject_duplicate_keys(root, label, text)
    syntax = syntax_in_values(text)
    if syntax:
        raise _error(
            label, syntax.pop("line"), "yaml-teken", corrected=syntax.pop("corrected"), **syntax
        )
    cut = comment_cut_value(root, text)
    if cut:
        raise _error(label, cut.pop("line"), "yaml-hekje", corrected=cut["fixed"], **cut)
    return root


def _commented_item_between(text: str, first: int, second: int) -> tuple[int, str] | None:
    """(line, the line without its '#'): a list item ('- id: ...') made a comment between
    two lines that now hold the same field, when taking the '#' away ends the doubling."""

    def single(fixed: str) -> bool:
        try:
            return duplicate_key(yaml.compose(fixed, Loader=SafeLoader)) is None
        except yaml.YAMLError:
            return False

    return uncommented_line(text, range(first + 1, second), single)


def _commented_line_validating(
    text: str, line: int, validator: jsonschema.protocols.Validator, reach: int = 3
) -> tuple[int, str] | None:
    """(line, the line without its '#'): a data line made a comment just above `line`,
    when taking the '#' away makes the file valid again."""

    def valid(fixed: str) -> bool:
        try:
            data = yaml.load(fixed, SafeLoader)  # noqa: S506 - a SafeLoader subclass
        except yaml.YAMLError:
            return False
        return not any(True for _ in validator.iter_errors(data))

    lines = text.count("\n") + 1
    return uncommented_line(text, range(min(line, lines), max(line - reach, 1) - 1, -1), valid)


def _reject_misplaced(text: str, line: int, label: str) -> None:
    """A line indented wrongly or without its dash, as the lines around `line` suggest."""
    # A line off the file's two-space steps (a space too many) is the slip itself, before
    # any dash the line below might seem to miss
    for above_first in (True, False):
        found = misindented_line(text, line, above_first)
        if found and found[1] % 2:
            _reject_misindented(text, line, label, above_first)
    dash = missing_dash_line(text, line)
    if dash:
        item = dash[1]
        raise _error(label, dash[0], "yaml-streepje", corrected=item, item=item)
    _reject_misindented(text, line, label, above_first=True)


def _reject_misindented(text: str, reported: int, label: str, above_first: bool) -> None:
    """Name the line that is indented wrongly, with the indentation it needs, if one line's
    indentation explains the problem."""
    found = misindented_line(text, reported, above_first)
    if found:
        line, spaces, needed = found
        needed_text = " of ".join(map(str, needed))
        corrected = " " * needed[0] + text.split("\n")[line - 1].lstrip(" ")
        raise _error(
            label, line, "data-inspringing", corrected=corrected, spaces=spaces, needed=needed_text
        )


def _reject_duplicate_keys(root: yaml.Node, label: str, text: str) -> None:
    twice = duplicate_key(root)
    if not twice:
        return
    line, first, key = twice
    hidden = _commented_item_between(text, first, line)
    if hidden:  # '# - id: ...': the point's other lines joined the point above
        number, restored = hidden
        raise _error(label, number, "data-punt-uitgezet", corrected=restored, key=key)
    if key == FIELDS[0]:  # 'id' opens every block
        raise _error(label, line, "data-streepje-ontbreekt", key=key, first=first)
    # At both lines: a line moved or copied may be either of them.
    raise BlocksDataError(
        _error(label, line, "data-veld-dubbel", key=key, first=first).finding,
        _error(label, first, "data-veld-dubbel", key=key, first=line).finding,
    )


# Schema validation


@cache
def _schema(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def _passes(path: Path) -> Callable[[object], object]:
    """The schema as fastjsonschema's validator: it only says whether the data passes, in a
    tenth of the time jsonschema takes to import. A build's data file nearly always passes."""
    return fastjsonschema.compile(_schema(path))


def _validate_schema(data: object, root: yaml.Node, label: str, schema: Path, text: str) -> None:
    try:
        _passes(schema)(data)
        return
    except fastjsonschema.JsonSchemaException:
        pass  # jsonschema judges it (it has the last word) and says why, below
    import jsonschema  # (only for a data file with a mistake: its import is the cost)

    validator = jsonschema.Draft202012Validator(_schema(schema))
    errors = list(validator.iter_errors(data))
    if not errors:
        return
    # A misspelt field is unknown and leaves a required one missing: name the typo first.
    unknown = [error for error in errors if error.validator == "additionalProperties"]
    error = jsonschema.exceptions.best_match(unknown or errors)
    # For a wrong key point, report the branch that fits best instead of "oneOf failed".
    while error.validator == "oneOf" and error.context:
        error = jsonschema.exceptions.best_match(error.context)
    path = list(error.absolute_path)
    node = _node_at(root, path)
    if error.validator == "additionalProperties" and isinstance(node, yaml.MappingNode):
        unknown = _unknown_fields(error)  # (the mapping itself for a name it cannot quote)
        node = next((key for key, _ in node.value if _key_name(key) in unknown), node)
    rule, values = _explain(error, path)
    line = node.start_mark.line + 1
    hidden = _commented_line_validating(text, line, validator)
    if hidden:  # '#      - id: ...' above: its point's other lines fell into another shape
        number, restored = hidden
        raise _error(label, number, "data-regel-uitgezet", corrected=restored)
    if error.validator == "type" and error.validator_value == "string":
        unquoted = _text_read_as_other(node, text)
        if unquoted:  # 'tekst: Ja', 'tekst: 2025', 'tekst: 12:30'
            corrected, read_as = unquoted
            raise _error(
                label,
                line,
                "data-geen-tekst",
                _block_id_at(data, path),
                corrected,
                written=node.value,
                read_as=read_as,
                fixed=corrected.strip(),
            )
    if error.validator == "required":  # '# volgorde: 2': a '#' made the field a comment
        hidden = _commented_field(text, node, values["missing"])
        if hidden:
            line, corrected = hidden
            raise _error(
                label, line, "data-veld-opmerking", _block_id_at(data, path), corrected, **values
            )
    raise _error(label, line, rule, _block_id_at(data, path), **values)


# What YAML makes of an unquoted word or number that is not text.
_READ_AS = {
    "tag:yaml.org,2002:bool": "ja/nee-waarde",
    "tag:yaml.org,2002:int": "getal",
    "tag:yaml.org,2002:float": "getal",
    "tag:yaml.org,2002:timestamp": "datum",
}


def _text_read_as_other(node: yaml.Node, text: str) -> tuple[str, str] | None:
    """(the line with the value in double quotes, what YAML read instead) for a one-line
    plain value that YAML read as a yes/no, a number or a date."""
    if not isinstance(node, yaml.ScalarNode) or node.style or node.tag not in _READ_AS:
        return None
    start, end = node.start_mark, node.end_mark
    if start.line != end.line:
        return None
    line = text.split("\n")[start.line]
    corrected = f'{line[: start.column]}"{node.value}"{line[end.column :]}'
    return corrected, _READ_AS[node.tag]


def _commented_field(text: str, node: yaml.Node, name: str) -> tuple[int, str] | None:
    """The line (1-based) and the line without its '#', where the missing field stands as a
    comment in the entry `node` (up to the next entry at its level, or less indented)."""
    lines = text.split("\n")
    indent = node.start_mark.column
    pattern = re.compile(rf"^(\s*)#+\s*({re.escape(name)}\s*:.*)$")
    for number in range(node.start_mark.line, len(lines)):
        line = lines[number]
        text_line = line.strip() and not line.lstrip().startswith("#")
        if number > node.start_mark.line and text_line and len(line) - len(line.lstrip()) < indent:
            break  # the next entry, or the end of this list
        match = pattern.match(line)
        if match:
            return number + 1, match[1] + match[2]
    return None


def _explain(error: jsonschema.ValidationError, path: list) -> tuple[str, dict]:
    """The rule (messages.py) and its values for a schema error."""
    field = next((part for part in reversed(path) if isinstance(part, str)), "")
    kind = error.validator
    in_key_point = "kernpunten" in path
    if kind == "required":
        missing = error.message.split("'")[1]
        if in_key_point:
            return "data-kernpunt-veld-ontbreekt", {"missing": missing}
        return "data-veld-ontbreekt", {"missing": missing, "fields": ", ".join(FIELDS)}
    if kind in ("pattern", "maxLength") and (
        (in_key_point and field == "id") or field == "vervallen_kernpunten"
    ):
        return "data-kernpunt-id-vorm", {"value": str(error.instance)}
    if kind == "uniqueItems":
        return "data-dubbel-in-lijst", {"field": field}
    if kind == "additionalProperties":
        allowed = list(error.schema.get("properties", {}))
        unknown = _unknown_fields(error)
        meant = [_meant_field(name, allowed) for name in unknown]
        guess = " ".join(f"Bedoel je '{name}'?" for name in meant if name)
        return "data-onbekend-veld", {
            "unknown": ", ".join(unknown),
            "guess": " " + guess if guess else "",
            "allowed": ", ".join(allowed),
        }
    if field == "id" and kind == "pattern":
        return "data-id-vorm", {"value": str(error.instance)}
    if field == "pagina" and kind == "pattern":
        meant = as_page_file(str(error.instance)).lower()
        hint = f" Bedoel je 'pagina: {meant}'?" if meant != error.instance else ""
        return "data-pagina-vorm", {"value": str(error.instance), "hint": hint}
    if field == "volgorde":
        return "data-volgorde-vorm", {"value": str(error.instance)}
    empty_list = field in LIST_FIELDS and error.instance is None and not isinstance(path[-1], int)
    if kind == "minItems" or empty_list:  # ('subpunten:' with nothing under it too)
        return "data-lijst-leeg", {"field": field}
    if kind == "minLength" or (kind == "type" and error.instance is None and path):
        if isinstance(path[-1], int):  # '- ' with nothing after it
            return "data-punt-leeg", {"field": field}
        return "data-veld-leeg", {"field": field}
    if kind == "type":
        wanted = {
            "string": "tekst",
            "array": "een lijst (regels met '- ')",
            "object": "een blok met velden",
            "integer": "een geheel getal",
        }
        expected = error.validator_value
        expected_nl = wanted.get(expected, expected) if isinstance(expected, str) else expected
        name = f"'{field}'" if field else "dit onderdeel"
        return "data-soort", {"name": name, "expected": str(expected_nl)}
    return "data-anders", {"field": field or "dit onderdeel"}


# English names an editor may type from habit, and the Dutch field they stand for.
ENGLISH_FIELDS = {
    "title": "titel",
    "page": "pagina",
    "order": "volgorde",
    "key_points": "kernpunten",
    "keypoints": "kernpunten",
    "points": "kernpunten",
    "subpoints": "subpunten",
    "text": "tekst",
}


NO_NAME = "(zonder naam)"


def _unknown_fields(error: jsonschema.ValidationError) -> list[str]:
    """The names a mapping holds that its schema does not know, as text ('ja: ...' and
    ': ...' give YAML a True or an empty name)."""
    unknown = set(error.instance) - set(error.schema.get("properties", {}))
    return sorted(NO_NAME if name is None else str(name) for name in unknown)


def _key_name(key: yaml.Node) -> str:
    """A key node's name as _unknown_fields gives it."""
    if isinstance(key, yaml.ScalarNode) and key.tag.endswith(":null"):
        return NO_NAME
    return str(key.value)


def _meant_field(name: str, allowed: list[str]) -> str | None:
    """The allowed field a misspelt or English one most likely stands for."""
    key = str(name).strip().lower()
    if ENGLISH_FIELDS.get(key) in allowed:
        return ENGLISH_FIELDS[key]
    close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
    return close[0] if close else None


def _node_at(root: yaml.Node, path: list) -> yaml.Node:
    node = root
    for part in path:
        child = _child(node, part)
        if child is None:
            break
        node = child
    return node


def _child(node: yaml.Node, part: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode) and isinstance(part, str):
        return next((value for key, value in node.value if key.value == part), None)
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
        return node.value[part]
    return None


def _block_id_at(data: object, path: list) -> str | None:
    if len(path) >= 2 and path[0] == "blokken" and isinstance(path[1], int):
        entry = data["blokken"][path[1]]
        if isinstance(entry, dict) and isinstance(entry.get("id"), str):
            return entry["id"]
    return None


# Blocks and cross-checks


def _block_from(entry: dict, node: yaml.Node) -> Block:
    points_node = _child(node, "kernpunten")
    return Block(
        id=entry["id"],
        title=entry["titel"].strip(),
        key_points=tuple(
            _key_point(point, point_node)
            for point, point_node in zip(entry["kernpunten"], points_node.value, strict=True)
        ),
        page=entry["pagina"],
        order=entry["volgorde"],
        line=node.start_mark.line + 1,
        field_lines={key.value: key.start_mark.line + 1 for key, _ in node.value},
    )


def _key_point(point: dict, node: yaml.Node) -> KeyPoint:
    subs_node = _child(node, "subpunten")
    subpoints = tuple(
        _key_point(sub, sub_node)
        for sub, sub_node in zip(
            point.get("subpunten", ()), subs_node.value if subs_node else (), strict=True
        )
    )
    return KeyPoint(point["id"], point["tekst"].strip(), subpoints, node.start_mark.line + 1)


# Key point ids: present, unique, never reused (key_point_ids.py says why)


def used_key_point_ids(data_file: Path) -> set[str]:
    """Every key point id in the data file, the retired ones included."""
    text = read(data_file)
    root = yaml.compose(text, Loader=SafeLoader)
    return set(_all_ids(ImpossibleDatesLoader(text).construct_document(root), root))


def _raw_key_points(data: object, root: yaml.Node) -> Iterator[tuple[str, object, yaml.Node]]:
    """(block id, key point, its node) for every key point the file roughly shapes."""
    entries = data.get("blokken") if isinstance(data, dict) else None
    entries_node = _child(root, "blokken")
    if not isinstance(entries, list) or entries_node is None:
        return

    def walk(points: object, node: yaml.Node | None, block_id: str):
        if not isinstance(points, list) or not isinstance(node, yaml.SequenceNode):
            return
        for point, point_node in zip(points, node.value, strict=True):
            yield block_id, point, point_node
            if isinstance(point, dict):
                yield from walk(point.get("subpunten"), _child(point_node, "subpunten"), block_id)

    for entry, node in zip(entries, entries_node.value, strict=True):
        if isinstance(entry, dict):
            block_id = entry.get("id") if isinstance(entry.get("id"), str) else "?"
            yield from walk(entry.get("kernpunten"), _child(node, "kernpunten"), block_id)


def _all_ids(data: object, root: yaml.Node) -> list[str]:
    ids = [
        point["id"]
        for _, point, _ in _raw_key_points(data, root)
        if isinstance(point, dict) and isinstance(point.get("id"), str)
    ]
    retired = data.get("vervallen_kernpunten") if isinstance(data, dict) else None
    return ids + [item for item in retired or () if isinstance(item, str)]


def _require_key_point_ids(data: object, root: yaml.Node, label: str, source: str) -> None:
    """A key point written the old way (plain text) or without 'id:' gets its own message,
    with a free id to copy."""
    for block_id, point, node in _raw_key_points(data, root):
        if isinstance(point, str):
            text = point.strip()
        elif isinstance(point, dict) and "id" not in point and isinstance(point.get("tekst"), str):
            if any(difflib.get_close_matches(str(key).strip().lower(), ["id"]) for key in point):
                continue  # 'Id:' or 'ID:': the id is there, its name misspelt (the schema says)
            text = point["tekst"].strip()
        else:
            continue
        hidden = _commented_id(source, node)
        if hidden:  # '- #id: k13-...': the id is there, behind a '#'
            line, restored = hidden
            raise _error(
                label, line, "data-id-uitgezet", block_id, restored, fixed=restored.strip()
            )
        suggestion = new_id(text, _all_ids(data, root))
        line = node.start_mark.line + 1
        raise _error(label, line, "data-id-ontbreekt", block_id, text=text[:60], id=suggestion)


def _commented_id(source: str, node: yaml.Node) -> tuple[int, str] | None:
    """(line, the line without its '#') when a key point's id stands behind a '#', on its
    dash's line or among its own lines."""
    lines = source.split("\n")
    for index in range(max(node.start_mark.line - 1, 0), min(node.end_mark.line + 1, len(lines))):
        written = lines[index]
        if re.match(r"^\s*(?:-\s*)?#\s*id\s*:\s*\S", written):
            return index + 1, re.sub(r"#\s*(?=id\s*:)", "", written, count=1)
    return None


def _check_key_point_ids(blocks: list[Block], data: dict, root: yaml.Node, label: str) -> None:
    retired_node = _child(root, "vervallen_kernpunten")
    retired = {
        item.value: item.start_mark.line + 1
        for item in (retired_node.value if isinstance(retired_node, yaml.SequenceNode) else ())
    }
    seen: dict[str, tuple[Block, KeyPoint]] = {}
    for block in blocks:
        for point in block.all_key_points():
            if point.id in seen or point.id in retired:
                suggestion = new_id(point.text, _all_ids(data, root))
            if point.id in seen:
                raise _named_at_both(
                    label,
                    "data-id-dubbel",
                    (block, point),
                    seen[point.id],
                    lambda this, other, suggestion=suggestion: {
                        "id": this.id,  # (the same on both lines)
                        "first": other.line,
                        "suggestion": suggestion,
                    },
                )
            if point.id in retired:  # named at both: a new point, or a live one retired
                in_use = _error(
                    label,
                    point.line,
                    "data-id-vervallen",
                    block.id,
                    id=point.id,
                    retired_line=retired[point.id],
                    suggestion=suggestion,
                ).finding
                retired_entry = finding(
                    label,
                    retired[point.id],
                    "data-vervallen-in-gebruik",
                    id=point.id,
                    at=point.line,
                )
                raise BlocksDataError(in_use, retired_entry)
            seen[point.id] = (block, point)
    _check_unique_numbers(seen, data, root, label)


def _check_unique_numbers(
    points: dict[str, tuple[Block, KeyPoint]], data: dict, root: yaml.Node, label: str
) -> None:
    """Two key points with one number ('k02-...' twice): the self-scan and the action plan
    label both 'K02'. Named at both lines: either may be the one the editor added."""
    by_number: dict[int, tuple[Block, KeyPoint]] = {}
    for block, point in points.values():
        key = id_number(point.id)
        if key is None:
            continue
        if key not in by_number:
            by_number[key] = (block, point)
            continue
        taken = _all_ids(data, root)
        raise _named_at_both(
            label,
            "data-nummer-dubbel",
            (block, point),
            by_number[key],
            lambda this, other, label_number=f"K{key:02d}", taken=taken: {
                "id": this.id,
                "other": other.id,
                "first": other.line,
                "number": label_number,
                "suggestion": new_id(this.text, taken),
            },
        )


def _named_at_both(
    label: str,
    rule: str,
    later: tuple[Block, KeyPoint],
    earlier: tuple[Block, KeyPoint],
    values: Callable[[KeyPoint, KeyPoint], dict],
) -> BlocksDataError:
    """One mistake between two key points, named at both lines (either may be the one the
    editor changed), the later first; values(this, other) fills each message."""
    return BlocksDataError(
        *(
            _error(label, this.line, rule, owner.id, **values(this, other)).finding
            for (owner, this), (_, other) in ((later, earlier), (earlier, later))
        )
    )


def _check_unique(blocks: list[Block], attribute: str, label: str) -> None:
    """Two blocks with the same id, order or page: named at both lines, since either may be the
    one the editor changed."""
    field = {"id": "id", "order": "volgorde", "page": "pagina"}[attribute]
    seen: dict[object, Block] = {}
    for block in blocks:
        value = getattr(block, attribute)
        if value in seen:
            pair = (block, seen[value]), (seen[value], block)
            first, second = (
                _error(
                    label,
                    this.line_of(field),
                    "data-blok-dubbel",
                    this.id,
                    field=field,
                    value=str(value),
                    other=other.id,
                    other_line=other.line_of(field),
                ).finding
                for this, other in pair
            )
            raise BlocksDataError(first, second)
        seen[value] = block


# Fields whose value is a list: left empty ('subpunten:'), they want points, not text
LIST_FIELDS = ("kernpunten", "subpunten", "blokken")


def _check_page(block: Block, docs_dir: Path, label: str) -> None:
    page = docs_dir / block.page
    if not page.is_file():
        pages = [path.relative_to(docs_dir).as_posix() for path in docs_dir.rglob("*.md")]
        close = difflib.get_close_matches(block.page, pages, n=1, cutoff=0.6)
        guess = f" Bedoel je 'pagina: {close[0]}'?" if close else ""
        line = block.line_of("pagina")
        raise _error(label, line, "data-pagina-ontbreekt", block.id, page=block.page, guess=guess)
    stat = page.stat()
    try:
        heading, heading_line = _main_heading(str(page), stat.st_mtime_ns, stat.st_size)
    except NotUtf8Error:
        return  # the page's own check names the line
    if heading != block.title:
        in_data = _error(
            label,
            block.line_of("titel"),
            "data-titel-kop",
            block.id,
            page=block.page,
            title=block.title,
            heading=heading or "geen kop # gevonden",
        ).finding
        if heading is None and heading_line:  # not read as a heading: no title
            page_label = f"{Path(label).parent.parent.as_posix()}/{block.page}"
            written = read(page).split("\n")[heading_line - 1]
            indented = written[:1] in (" ", "\t", "\u00a0")
            rule = "kop-ingesprongen" if indented else "kop-spatie"
            corrected = "# " + written.strip(" \t\u00a0").lstrip("#").strip(" \t\u00a0")
            raise BlocksDataError(finding(page_label, heading_line, rule, corrected=corrected))
        if heading is None:
            raise BlocksDataError(in_data)
        page_label = f"{Path(label).parent.parent.as_posix()}/{block.page}"
        on_page = finding(
            page_label,
            heading_line,
            "kop-titel",
            data=label,
            line_in_data=block.line_of("titel"),
            title=block.title,
        )
        # Where the editor changed one side only (git), that side alone: the other is as it was
        changed = changed_files(docs_dir.parent)
        if changed is not None and (label in changed) != (page_label in changed):
            raise BlocksDataError(in_data if label in changed else on_page)
        raise BlocksDataError(in_data, on_page)


@cache
def _main_heading(page: str, mtime_ns: int, size: int) -> tuple[str | None, int]:
    """A page's '# ' heading and its line, read once per version of the page (the data
    file is loaded by several hooks in one build)."""
    text = read(Path(page))
    match = H1_PATTERN.search(text)
    if match is None:  # the line of what was meant as the heading, if there is one
        meant = LIKE_H1.search(text)
        return None, text[: meant.start()].count("\n") + 1 if meant else 0
    return match.group("title"), text[: match.start()].count("\n") + 1
