"""Property: two slips in a YAML file an editor touches (the data file, mkdocs.yml, a page's
front matter) after which YAML stops many lines further, where nothing is wrong: Enter
pressed inside a comment (its end, on a line of its own, lost its '#'), and a value's
opening double quote left unclosed. The message names the slipped line, and its corrected
line makes the file read again.

The test makes the slip, so it knows the line; whether the file reads is PyYAML's word, not
the checks'."""

from __future__ import annotations

import json
import re

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.config.defaults import MkDocsConfig

from project import DOCS, ROOT
from toolkit.blocks_data import BlocksDataError, load_blocks
from toolkit.config_checks import check_config
from toolkit.content_checks import parse_front_matter

FILES = {
    "data": (DOCS / "_data/blokken.yml").read_text(encoding="utf-8"),
    "config": (ROOT / "mkdocs.yml").read_text(encoding="utf-8"),
    "front": (DOCS / "index.md").read_text(encoding="utf-8"),
}


def _schema_names(schema: dict) -> set[str]:
    names = set(schema.get("properties", {}))
    for part in [*schema.get("properties", {}).values(), *schema.get("$defs", {}).values()]:
        if isinstance(part, dict):
            names |= _schema_names(part)
    return names


# The names each file can hold, by the word of MkDocs, the data file's schema and the front
# matter fields MkDocs, Material, mkdocs-macros and this project read.
NAMES = {
    "config": {name for name, _ in MkDocsConfig._schema},
    "data": _schema_names(json.loads((DOCS / "_data/blokken.schema.json").read_text())),
    "front": {
        "title", "description", "template", "hide", "search", "tags", "status", "icon",
        "subtitle", "render_macros", "laatst_gecontroleerd",
    },
}  # fmt: skip


class _AnyTag(yaml.SafeLoader):
    """mkdocs.yml's '!ENV' tags read as text: only the shape matters here."""


_AnyTag.add_multi_constructor("", lambda loader, suffix, node: None)


def comments(text: str) -> list[tuple[int, str]]:
    """(line, text) of every comment line with at least two words after the '#'."""
    return [
        (n, line)
        for n, line in enumerate(text.split("\n"), 1)
        if re.match(r"^\s*#\s*\S+\s+\S", line)
    ]


def reads(kind: str, text: str) -> bool:
    part = text.split("---\n")[1] if kind == "front" else text
    try:
        yaml.load(part, Loader=_AnyTag)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError:
        return False
    return True


def named(kind: str, text: str, tmp_path) -> list[tuple[int | None, str | None]]:
    """(line, corrected line) of each finding the editor gets for this text."""
    if kind == "front":
        error = parse_front_matter(text).error
        return [(error.line, error.corrected)] if error else []
    if kind == "config":
        return [(item.line, item.corrected) for item in check_config(text)]
    data = tmp_path / "docs/_data/blokken.yml"
    data.parent.mkdir(parents=True, exist_ok=True)
    data.write_text(text, encoding="utf-8")
    try:
        load_blocks(data, DOCS)
    except BlocksDataError as error:
        return [(item.line, item.corrected) for item in error.findings]
    return []


@st.composite
def broken_comments(draw) -> tuple[str, int, str]:
    kind = draw(st.sampled_from(sorted(FILES)))
    text = FILES[kind]
    number, line = draw(st.sampled_from(comments(text)))
    spaces = [m.start() for m in re.finditer(r" (?=\S)", line) if m.start() > line.index("#") + 1]
    at = draw(st.sampled_from(spaces))
    indent = draw(st.sampled_from(["", "  ", " " * (len(line) - len(line.lstrip()))]))
    lines = text.split("\n")
    lines[number - 1 : number] = [line[:at], indent + line[at + 1 :]]
    return kind, number + 1, "\n".join(lines)


@settings(max_examples=120, derandomize=True, database=None, deadline=None)
@given(broken=broken_comments())
def test_the_rest_of_a_broken_comment_is_named_at_its_line(broken, tmp_path_factory):
    kind, line, text = broken
    if reads(kind, text):
        return  # YAML reads the rest as data it accepts: the other checks judge its shape
    found = named(kind, text, tmp_path_factory.mktemp("comment"))
    assert found and found[0][0] == line, (kind, line, text.split("\n")[line - 2 : line], found)
    corrected = found[0][1]
    first_half, rest = text.split("\n")[line - 2 : line]
    # Read as another slip, with reason: 'blok:' (from '# Per blok:') is a line of data, and
    # a rest that starts with a name the file can hold ('repo_url ...') is that name without
    # its ':'.
    looks_like_data = re.match(r"^\s*(?:- )?[\w-]+\s*:", rest) or rest.split()[0] in NAMES[kind]
    if not re.search(r"[.:;!?)]\s*$", first_half) and not looks_like_data:
        assert corrected and corrected.lstrip().startswith("#"), found  # nothing else it is
    if corrected is not None:
        lines = text.split("\n")
        lines[line - 1] = corrected  # the advice, followed literally
        assert reads(kind, "\n".join(lines))


@st.composite
def open_quotes(draw) -> tuple[str, int, str]:
    kind = draw(st.sampled_from(sorted(FILES)))
    lines = FILES[kind].split("\n")
    plain = [  # 'name: words' with a value of plain words
        n
        for n, line in enumerate(lines, 1)
        if re.match(r"^\s*(?:- )?[\w-]+: [^\W\d][^\"'#:{}\[\]&*!|>%@`]*$", line)
        and (kind != "front" or 1 < n < lines.index("---", 1) + 1)
    ]
    number = draw(st.sampled_from(plain))
    head, value = lines[number - 1].split(": ", 1)
    end = draw(st.sampled_from(["", "'"]))  # not closed, or closed with the other quote
    lines[number - 1] = f'{head}: "{value}{end}'
    return kind, number, "\n".join(lines)


@settings(max_examples=80, derandomize=True, database=None, deadline=None)
@given(slip=open_quotes())
def test_a_double_quote_left_open_is_named_at_its_line(slip, tmp_path_factory):
    kind, line, text = slip
    if reads(kind, text):
        return  # the quote closes further down and YAML reads: the other checks judge it
    found = named(kind, text, tmp_path_factory.mktemp("quote"))
    assert found and found[0][0] == line, (kind, line, text.split("\n")[line - 1], found)
    lines = text.split("\n")
    lines[line - 1] = found[0][1]  # the advice, followed literally
    assert reads(kind, "\n".join(lines))
    assert lines[line - 1].rstrip().endswith('"')


# A line with lines indented below it ('- search:' and its options, 'kernpunten:' and its
# points), deleted alone: the lines below belong nowhere and YAML stops further on.
PARENTS = {
    kind: [
        n
        for n, (line, below) in enumerate(zip(lines, lines[1:], strict=False), 1)
        if line.strip()
        and not line.lstrip().startswith("#")
        and line.rstrip().endswith(":")
        and len(below) - len(below.lstrip()) > len(line) - len(line.lstrip())
    ]
    for kind, lines in (
        ("config", FILES["config"].split("\n")),
        ("data", FILES["data"].split("\n")),
    )
}


@settings(max_examples=60, derandomize=True, database=None, deadline=None)
@given(kind=st.sampled_from(["config", "data"]), comment=st.booleans(), data=st.data())
def test_a_deleted_line_whose_lines_below_belong_nowhere_is_named_where_it_stood(
    kind, comment, data, tmp_path_factory
):
    """Deleted, or put behind a '#': with git (the start of the change known), named where
    the line stood, as deleted or as made a comment."""
    from editor_helpers import committed_docs, save_as_editor

    from toolkit.git_start import changed_files, start_revision

    number = data.draw(st.sampled_from(PARENTS[kind]))
    lines = FILES[kind].split("\n")
    instead = [f"# {lines[number - 1]}"] if comment else []
    text = "\n".join([*lines[: number - 1], *instead, *lines[number:]])
    if reads(kind, text):
        return  # still YAML (a key whose value moved up): the other checks judge the shape
    if kind == "config":
        found = [(item.line, item.rule) for item in check_config(text, before=FILES["config"])]
    else:
        project = committed_docs(tmp_path_factory.mktemp("deleted"))
        save_as_editor(project / "docs/_data/blokken.yml", text)
        changed_files.cache_clear(), start_revision.cache_clear()
        try:
            load_blocks(project / "docs/_data/blokken.yml", project / "docs")
            found = []
        except BlocksDataError as error:
            found = [(item.line, item.rule) for item in error.findings]
    rule = "yaml-regel-uitgezet" if comment else "yaml-regel-weg"
    assert found == [(number, rule)], (kind, lines[number - 1], found)


FRONT_PAGES = [DOCS / "index.md", *sorted((DOCS / "blokken").glob("*.md"))]


@settings(max_examples=60, derandomize=True, database=None, deadline=None)
@given(path=st.sampled_from(FRONT_PAGES), extra=st.sampled_from([" ", "  ", "   "]), data=st.data())
def test_a_front_matter_line_indented_further_is_named_at_itself(path, extra, data):
    """Spaces typed before a line of a page's front matter: where YAML no longer reads it,
    the message names that line (YAML stops at the next), and its corrected line reads."""
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    closing = lines.index("---", 1)
    number = data.draw(
        st.sampled_from(
            [
                n
                for n in range(2, closing + 1)
                if lines[n - 1].strip() and not lines[n - 1].lstrip().startswith("#")
            ]
        )
    )
    lines[number - 1] = extra + lines[number - 1]
    broken = "\n".join(lines)
    if reads("front", broken):
        return  # (a value's continuation, or a list item a level deeper: still YAML)
    error = parse_front_matter(broken).error
    assert error is not None and error.line == number, (path.name, number, error)
    if error.corrected is not None:
        lines[number - 1] = error.corrected
        assert reads("front", "\n".join(lines))


CONFIG_LINES = FILES["config"].split("\n")
BLOCK_TEXT_LINES = [n for n, line in enumerate(CONFIG_LINES, 1) if line.rstrip().endswith(": >-")]


@settings(max_examples=40, derandomize=True, database=None, deadline=None)
@given(
    number=st.sampled_from(BLOCK_TEXT_LINES),
    typed=st.sampled_from(["#", "x", " tekst", "1", "2", "+", "--", " # notitie", "|"]),
)
def test_a_slip_after_a_block_texts_sign_is_named_at_its_line(number, typed):
    """'copyright: >-' with a character typed after '>': libyaml and PyYAML (MkDocs' reader)
    refuse different ones. Wherever MkDocs' reader refuses the file, the message names the
    line typed on, never a comment above it (the repairs are judged by both readers)."""
    lines = list(CONFIG_LINES)
    lines[number - 1] = lines[number - 1].replace(">-", f">{typed}-", 1)
    text = "\n".join(lines)
    try:
        yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        refused = True
    else:
        refused = False
    findings = [item for item in check_config(text) if item.rule.startswith("yaml")]
    if refused:
        assert [item.line for item in findings] == [number], (typed, findings)
    else:
        assert findings == [], (typed, findings)
