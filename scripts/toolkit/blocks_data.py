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
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import jsonschema
import yaml

from .editor_yaml import (
    COLON_PROBLEM,
    CURLY_QUOTES_PROBLEM,
    INDENTATION_PROBLEM,
    SafeLoader,
    curly_quoted_line,
    duplicate_key,
    misindented_line,
    swallowed_item_line,
    yaml_problem,
)
from .key_point_ids import new_id
from .source_text import NotUtf8Error, read

DATA_FILE = Path("docs/_data/blokken.yml")
SCHEMA_FILE = Path(__file__).resolve().parents[2] / "docs/_data/blokken.schema.json"

FIELDS = ("id", "titel", "kernpunten", "pagina", "volgorde")
H1_PATTERN = re.compile(r"^# +(?P<title>.+?)\s*$", re.MULTILINE)


class BlocksDataError(Exception):
    """A mistake in the data file, explained in Dutch for an editor."""


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

    def all_key_points(self) -> list[KeyPoint]:
        return [point for top in self.key_points for point in top.walk()]


# Loading


def load_blocks(data_file: Path, docs_dir: Path) -> list[Block]:
    """Return the blocks in overview order, or raise BlocksDataError."""
    label = _label(data_file, docs_dir)
    try:
        stat = data_file.stat()
    except FileNotFoundError:
        raise BlocksDataError(
            f"{label}: het bestand met de bouwblokken ontbreekt. "
            "Oplossing: zet het terug (zie de geschiedenis in git) of maak het aan volgens "
            "CONTRIBUTING.md."
        ) from None
    blocks = list(_parse_blocks(str(data_file), label, stat.st_mtime_ns, stat.st_size))
    for block in blocks:  # pages change independently of the data file: check every time
        _check_page(block, docs_dir, label)
    return blocks


@cache
def _parse_blocks(data_file: str, label: str, mtime_ns: int, size: int) -> tuple[Block, ...]:
    """Parse and validate once per version of the file (the hooks, the macro and the
    checks all ask for the blocks during one build)."""
    try:
        text = read(Path(data_file))
    except NotUtf8Error as error:
        raise BlocksDataError(
            f"{label}, regel {error.line}: het bestand is niet als UTF-8 opgeslagen "
            f"(waarschijnlijk {error.encoding_guess}). Oplossing: sla het op als UTF-8, of plak "
            "de tekst in GitHub's webeditor en sla het daar op."
        ) from None
    root = _compose(text, label)
    data = yaml.SafeLoader(text).construct_document(root)
    _require_key_point_ids(data, root, label)
    _validate_schema(data, root, label)
    blocks = [
        _block_from(entry, node)
        for entry, node in zip(data["blokken"], _child(root, "blokken").value, strict=True)
    ]
    _check_unique(blocks, "id", label)
    _check_unique(blocks, "order", label)
    _check_key_point_ids(blocks, data, root, label)
    return tuple(sorted(blocks, key=lambda block: block.order))


def _label(data_file: Path, docs_dir: Path) -> str:
    """The data file as an editor sees it in the repository (docs/_data/blokken.yml)."""
    try:
        return str(data_file.resolve().relative_to(docs_dir.resolve().parent))
    except ValueError:
        return str(data_file)


def _compose(text: str, label: str) -> yaml.Node:
    """Parse to a node tree (it keeps line numbers); reject syntax errors and duplicate keys."""
    curly = curly_quoted_line(text)
    if curly:
        raise BlocksDataError(
            f"{label}, regel {curly}: de YAML is ongeldig ({CURLY_QUOTES_PROBLEM}). Oplossing: "
            'vervang “ en ” door een recht aanhalingsteken ", of laat ze weg.'
        )
    try:
        root = yaml.compose(text, Loader=SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        problem = yaml_problem(error)
        if line and problem in (INDENTATION_PROBLEM, COLON_PROBLEM):  # often one line off
            _reject_misindented(text, line, label, above_first=True)
        raise BlocksDataError(
            f"{label}, regel {line or '?'}: de YAML is ongeldig ({problem}). "
            "Oplossing: controleer op die regel (of de regel erboven) de inspringing met spaties, "
            "de dubbele punt na de veldnaam en aanhalingstekens rond tekst met een ':' of '#'."
        ) from None
    if root is None:
        raise BlocksDataError(f"{label}: het bestand is leeg. Oplossing: begin met 'blokken:'.")
    swallowed = swallowed_item_line(root, text)
    if swallowed:
        _reject_misindented(text, swallowed, label, above_first=False)
        raise BlocksDataError(
            f"{label}, regel {swallowed}: deze regel begint met '- ' maar wordt deel van de tekst "
            "van het punt erboven, omdat ze verder inspringt. Oplossing: laat elk punt van een "
            "lijst precies even ver inspringen als de andere punten."
        )
    _reject_duplicate_keys(root, label)
    return root


def _reject_misindented(text: str, reported: int, label: str, above_first: bool) -> None:
    """Name the line that is indented wrongly, with the indentation it needs, if one line's
    indentation explains the problem."""
    found = misindented_line(text, reported, above_first)
    if found:
        line, spaces, needed = found
        raise BlocksDataError(
            f"{label}, regel {line}: deze regel springt {spaces} spaties in, en daardoor klopt "
            "de opbouw van de lijst niet. Oplossing: laat de regel "
            f"{' of '.join(map(str, needed))} spaties inspringen, even ver als de punten erboven "
            "of eronder (een subpunt springt verder in, onder 'subpunten:')."
        )


def _reject_duplicate_keys(root: yaml.Node, label: str) -> None:
    twice = duplicate_key(root)
    if not twice:
        return
    line, first, key = twice
    if key == FIELDS[0]:  # 'id' opens every block
        raise BlocksDataError(
            f"{label}, regel {line}: hier begint een nieuw blok, maar '- ' voor '{key}:' "
            f"ontbreekt, zodat het vastzit aan het blok erboven (dat begint op regel {first}). "
            f"Oplossing: begin elk blok met een streepje en een spatie: '  - {key}: ...', "
            "precies zo ingesprongen als de andere blokken."
        )
    raise BlocksDataError(
        f"{label}, regel {line}: het veld '{key}' staat twee keer in hetzelfde blok (ook op "
        f"regel {first}). Oplossing: houd één van beide over."
    )


# Schema validation


@cache
def _schema() -> dict:
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


def _validate_schema(data: object, root: yaml.Node, label: str) -> None:
    validator = jsonschema.Draft202012Validator(_schema())
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
        node = next(key for key, _ in node.value if key.value in _unknown_fields(error))
    where = f"{label}, regel {node.start_mark.line + 1}"
    block_id = _block_id_at(data, path)
    if block_id:
        where += f" (blok '{block_id}')"
    raise BlocksDataError(f"{where}: {_explain(error, path)}")


def _explain(error: jsonschema.ValidationError, path: list) -> str:
    field = next((part for part in reversed(path) if isinstance(part, str)), "")
    kind = error.validator
    in_key_point = "kernpunten" in path
    if kind == "required" and in_key_point:
        missing = error.message.split("'")[1]
        return (
            f"het verplichte veld '{missing}' van een kernpunt ontbreekt. "
            "Oplossing: elk kernpunt heeft 'id' en 'tekst' (zie de andere kernpunten)."
        )
    if kind in ("pattern", "maxLength") and (
        (in_key_point and field == "id") or field == "vervallen_kernpunten"
    ):
        return (
            f"de kernpunt-id '{error.instance}' is ongeldig. Oplossing: schrijf 'k', een "
            "volgnummer, een streepje en een korte naam in kleine letters, "
            "bijv. 'k07-binnen-eigen-praktijk'."
        )
    if kind == "uniqueItems":
        return f"een id staat twee keer onder '{field}'. Oplossing: houd er één van over."
    if kind == "required":
        missing = error.message.split("'")[1]
        return (
            f"het verplichte veld '{missing}' ontbreekt. "
            f"Oplossing: voeg '{missing}: ...' toe; elk blok heeft {', '.join(FIELDS)}."
        )
    if kind == "additionalProperties":
        allowed = list(error.schema.get("properties", {}))
        unknown = _unknown_fields(error)
        meant = [_meant_field(name, allowed) for name in unknown]
        guess = " ".join(f"Bedoel je '{name}'?" for name in meant if name)
        return (
            f"onbekend veld '{', '.join(unknown)}'.{' ' + guess if guess else ''} "
            f"Oplossing: controleer de spelling; toegestaan zijn: {', '.join(allowed)}."
        )
    if field == "id" and kind == "pattern":
        return (
            f"de id '{error.instance}' is ongeldig. "
            "Oplossing: gebruik alleen kleine letters, cijfers en streepjes, "
            "bijv. 'nieuw-blok'."
        )
    if field == "pagina" and kind == "pattern":
        return (
            f"de pagina '{error.instance}' is geen geldig bestand. "
            "Oplossing: geef het pad vanaf docs/, met kleine letters en .md, "
            "bijv. 'blokken/nieuw-blok.md'."
        )
    if field == "volgorde":
        return (
            f"de volgorde '{error.instance}' is geen geheel getal vanaf 1. "
            "Oplossing: schrijf een getal zonder aanhalingstekens, bijv. 'volgorde: 10'."
        )
    if kind == "minItems":
        return (
            f"de lijst '{field}' is leeg. Oplossing: zet er minstens één punt in (regel met '- ')."
        )
    if kind == "minLength" or (kind == "type" and error.instance is None and path):
        if isinstance(path[-1], int):  # '- ' with nothing after it
            return (
                f"dit punt van '{field}' is leeg: na '- ' staat geen tekst. Oplossing: schrijf "
                "de tekst achter '- ', of haal de regel weg."
            )
        return f"het veld '{field}' is leeg. Oplossing: vul de tekst in."
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
        return f"{name} moet {expected_nl} zijn. Oplossing: zie het voorbeeld bovenaan het bestand."
    return f"{error.message}. Oplossing: vergelijk met de andere blokken in het bestand."


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


def _unknown_fields(error: jsonschema.ValidationError) -> list[str]:
    return sorted(set(error.instance) - set(error.schema.get("properties", {})))


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
    return set(_all_ids(yaml.SafeLoader(text).construct_document(root), root))


ID_FIX = "een id die nog nergens in het bestand staat, ook niet onder 'vervallen_kernpunten'"


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


def _require_key_point_ids(data: object, root: yaml.Node, label: str) -> None:
    """A key point written the old way (plain text) or without 'id:' gets its own message,
    with a free id to copy."""
    for block_id, point, node in _raw_key_points(data, root):
        if isinstance(point, str):
            text = point.strip()
        elif isinstance(point, dict) and "id" not in point and isinstance(point.get("tekst"), str):
            text = point["tekst"].strip()
        else:
            continue
        suggestion = new_id(text, _all_ids(data, root))
        raise BlocksDataError(
            f"{label}, regel {node.start_mark.line + 1} (blok '{block_id}'): het kernpunt "
            f"'{text[:60]}' heeft geen id. Oplossing: schrijf het als '- id: {suggestion}' met "
            f"op de regel eronder 'tekst: ...' (zie de andere kernpunten); gebruik {ID_FIX}."
        )


def _check_key_point_ids(blocks: list[Block], data: dict, root: yaml.Node, label: str) -> None:
    retired_node = _child(root, "vervallen_kernpunten")
    retired = {
        item.value: item.start_mark.line + 1
        for item in (retired_node.value if isinstance(retired_node, yaml.SequenceNode) else ())
    }
    seen: dict[str, int] = {}
    for block in blocks:
        for point in block.all_key_points():
            where = f"{label}, regel {point.line} (blok '{block.id}')"
            if point.id in seen or point.id in retired:
                suggestion = new_id(point.text, _all_ids(data, root))
            if point.id in seen:
                raise BlocksDataError(
                    f"{where}: de kernpunt-id '{point.id}' komt al voor (regel "
                    f"{seen[point.id]}). Oplossing: geef één van beide kernpunten een nieuwe id, "
                    f"bijv. '{suggestion}': {ID_FIX}."
                )
            if point.id in retired:
                raise BlocksDataError(
                    f"{where}: de kernpunt-id '{point.id}' is vervallen (regel "
                    f"{retired[point.id]}, onder 'vervallen_kernpunten') en mag niet opnieuw "
                    "worden gebruikt: een bewaarde zelfscan zou het oude kernpunt aan dit punt "
                    f"koppelen. Oplossing: geef het kernpunt een nieuwe id, bijv. '{suggestion}'."
                )
            seen[point.id] = point.line


def _check_unique(blocks: list[Block], attribute: str, label: str) -> None:
    field = {"id": "id", "order": "volgorde"}[attribute]
    seen: dict[object, Block] = {}
    for block in blocks:
        value = getattr(block, attribute)
        if value in seen:
            raise BlocksDataError(
                f"{label}, regel {block.line} (blok '{block.id}'): {field} '{value}' komt al voor "
                f"bij blok '{seen[value].id}' (regel {seen[value].line}). "
                f"Oplossing: geef elk blok een eigen {field}."
            )
        seen[value] = block


def _check_page(block: Block, docs_dir: Path, label: str) -> None:
    page = docs_dir / block.page
    where = f"{label}, regel {block.line} (blok '{block.id}')"
    if not page.is_file():
        pages = [path.relative_to(docs_dir).as_posix() for path in docs_dir.rglob("*.md")]
        close = difflib.get_close_matches(block.page, pages, n=1, cutoff=0.6)
        guess = f" Bedoel je 'pagina: {close[0]}'?" if close else ""
        raise BlocksDataError(
            f"{where}: de pagina 'docs/{block.page}' bestaat niet.{guess} "
            f"Oplossing: maak de pagina aan met scripts/new-block, of verbeter 'pagina:'."
        )
    try:
        match = H1_PATTERN.search(read(page))
    except NotUtf8Error:
        return  # the page's own check names the line
    heading = match.group("title") if match else None
    if heading != block.title:
        raise BlocksDataError(
            f"{where}: de titel wijkt af van de kop van 'docs/{block.page}' "
            f"(titel: '{block.title}', kop: '{heading or 'geen kop # gevonden'}'). "
            "Oplossing: maak de titel in dit bestand en de regel '# ...' op de pagina gelijk."
        )
