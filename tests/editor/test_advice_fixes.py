"""Property: advice followed literally fixes the mistake. Where a check knows the line as it
should be (`Finding.corrected`, shown in its 'Oplossing'), writing that line in place of the
editor's makes the same check pass, and keeps the editor's words (the test knows them: it
made the mistake itself).

Mistakes are made on the real files' lines: mis-indented lines in mkdocs.yml, a quoted word
followed by more text and a ' #' inside a value in the data file, almost-right catalogue and
glossary lines, invisible and damaged characters, words in angle brackets on a page."""

from __future__ import annotations

import re

import markdown
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from project import DOCS, ROOT
from toolkit import blocks_data
from toolkit.abbreviations import check_glossary
from toolkit.blocks_data import BlocksDataError, load_blocks
from toolkit.characters import check_characters
from toolkit.config_checks import check_config
from toolkit.content_checks import Source, parse_catalogue
from toolkit.rendered_checks import check_rendered

SETTINGS = settings(
    max_examples=40,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
CONFIG_TEXT = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
DATA_TEXT = (DOCS / "_data" / "blokken.yml").read_text(encoding="utf-8")
CATALOGUE = (DOCS / "_data" / "referenties.md").read_text(encoding="utf-8")
GLOSSARY = (DOCS / "_data" / "afkortingen.md").read_text(encoding="utf-8")


def lines_of(text: str, pattern: str) -> list[int]:
    return [n for n, line in enumerate(text.split("\n"), 1) if re.search(pattern, line)]


def replace_line(text: str, number: int, new: str) -> str:
    lines = text.split("\n")
    lines[number - 1] = new
    return "\n".join(lines)


def corrected_passes(findings, text, check) -> str:
    """Apply the first finding's corrected line; return the new text after asserting the
    check passes on it."""
    assert findings, "the mistake went unnoticed"
    item = findings[0]
    assert item.corrected is not None, f"no literal fix in: {item}"
    fixed = replace_line(text, item.line, item.corrected)
    again = check(fixed)
    assert not again, f"after '{item.corrected}' (line {item.line}): {[str(f) for f in again]}"
    return fixed


def assert_line_restored(text: str, number: int, typed: str, check) -> None:
    """The slip typed as line `number` is named at that line, and its corrected line gives
    back the file as it was."""
    broken = replace_line(text, number, typed)
    findings = check(broken)
    assert findings and findings[0].line == number, [str(item) for item in findings]
    assert corrected_passes(findings, broken, check) == text


# mkdocs.yml: a line indented wrongly

CONFIG_LINES = [
    n
    for n in lines_of(CONFIG_TEXT, r"^ +[\w-]+:")
    if not CONFIG_TEXT.split("\n")[n - 1].lstrip().startswith("#")
]


@SETTINGS
@given(number=st.sampled_from(CONFIG_LINES), shift=st.sampled_from([-2, -1, 1, 2, 3]))
def test_mkdocs_yml_indentation_advice_fixes_it(number, shift):
    line = CONFIG_TEXT.split("\n")[number - 1]
    indent = len(line) - len(line.lstrip(" "))
    if indent + shift < 0:
        return
    broken = replace_line(CONFIG_TEXT, number, " " * (indent + shift) + line.lstrip(" "))
    findings = check_config(broken)
    if not findings:  # still valid YAML of another shape: MkDocs itself judges it
        return
    if findings[0].rule != "yaml-inspringing":
        return  # another cause, worded on its own
    assert findings[0].line == number, (number, [str(item) for item in findings])
    fixed = corrected_passes(findings, broken, check_config)
    assert yaml.compose(fixed).end_mark  # reads


# The data file: "Word" and more, and a ' #' inside a value

VALUE_LINES = lines_of(DATA_TEXT, r"^\s+(?:- )?(?:titel|tekst): \w")


def data_check(tmp_docs):
    def check(text: str) -> list:
        path = tmp_docs / "_data" / "blokken.yml"
        path.write_text(text, encoding="utf-8")
        blocks_data._parse_blocks.cache_clear()
        try:
            load_blocks(path, tmp_docs)
        except BlocksDataError as error:
            return [error.finding]
        return []

    return check


@pytest.fixture(scope="module")
def tmp_docs(tmp_path_factory):
    import shutil

    target = tmp_path_factory.mktemp("advice") / "docs"
    shutil.copytree(DOCS, target)
    return target


@SETTINGS
@given(number=st.sampled_from(VALUE_LINES), style=st.sampled_from(["quoted", "hash"]))
def test_data_file_value_advice_fixes_it_and_keeps_the_text(tmp_docs, number, style):
    line = DATA_TEXT.split("\n")[number - 1]
    head, value = re.match(r"^(\s+(?:- )?\w+: )(.*)$", line).groups()
    first, _, rest = value.partition(" ")
    if not rest:
        return
    meant = f'"{first}" {rest}' if style == "quoted" else f"{first} #{rest}"
    check = data_check(tmp_docs)
    broken = replace_line(DATA_TEXT, number, head + meant)
    (item,) = check(broken)
    assert item.line == number and item.corrected, str(item)
    fixed = replace_line(broken, number, item.corrected)
    # The YAML reads; a title that now differs from its page's heading is a new, own finding
    # (the editor chose the quotes), never the same mistake again.
    assert all(again.rule == "data-titel-kop" for again in check(fixed)), check(fixed)
    node = yaml.compose(fixed)
    values = [n.value for n in _scalars(node)]
    assert meant in values, f"the editor's text {meant!r} is not kept"


def _scalars(node):
    if isinstance(node, yaml.ScalarNode):
        yield node
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _scalars(item)
    elif isinstance(node, yaml.MappingNode):
        for _, value in node.value:
            yield from _scalars(value)


# The catalogue and the glossary: almost-right lines

CATALOGUE_LINES = lines_of(CATALOGUE, r'^\[[^\]]+\]: \S+ "')


def catalogue_check(text: str) -> list:
    return parse_catalogue(text, "docs/_data/referenties.md")[1]


@SETTINGS
@given(
    number=st.sampled_from(CATALOGUE_LINES),
    slip=st.sampled_from(
        ["curly", "no-colon", "space-in-address", "unclosed-title", "paren-after", "angle-space"]
    ),
)
def test_catalogue_advice_fixes_it(number, slip):
    line = CATALOGUE.split("\n")[number - 1]
    name, url, title = re.match(r'^\[([^\]]+)\]: (\S+) "(.*)"$', line).groups()
    broken_line = {
        "curly": f"[{name}]: {url} “{title}”",
        "no-colon": f'[{name}] {url} "{title}"',
        "space-in-address": f'[{name}]: {url.rstrip("/")}/ander deel "{title}"',
        "unclosed-title": f'[{name}]: {url} "{title}',
        "paren-after": f'[{name}]: {url}) "{title}"',  # copied from '(https://...)'
        "angle-space": f'[{name}]: <{url.rstrip("/")}/ander deel> "{title}"',
    }[slip]
    if slip == "paren-after" and "(" in url:
        return  # a ')' that closes one in the address belongs to it
    broken = replace_line(CATALOGUE, number, broken_line)
    findings = [item for item in catalogue_check(broken) if item.line == number]
    fixed = corrected_passes(findings, broken, lambda text: catalogue_check(text))
    if slip == "paren-after":
        assert fixed == CATALOGUE  # the address as it was
    if slip in ("space-in-address", "angle-space"):  # the address and the title both kept
        assert f'[{name}]: {url.rstrip("/")}/ander%20deel "{title}"' in fixed.split("\n")


GLOSSARY_LINES = lines_of(GLOSSARY, r"^\*\[")


@SETTINGS
@given(number=st.sampled_from(GLOSSARY_LINES), slip=st.sampled_from([":", "*"]))
def test_glossary_advice_fixes_it(number, slip):
    line = GLOSSARY.split("\n")[number - 1]
    broken = replace_line(GLOSSARY, number, line.replace(slip, "", 1))
    pages = [path.read_text(encoding="utf-8") for path in DOCS.rglob("*.md")]

    def check(text):
        return [item for item in check_glossary(text, "g", pages) if item.rule == "afkorting-regel"]

    corrected_passes(check(broken), broken, check)


def _other_capitals(name: str, flips: list[bool]) -> str:
    return "".join(
        char.swapcase() if flip else char for char, flip in zip(name, flips, strict=False)
    )


GLOSSARY_PAGES = [
    path.read_text(encoding="utf-8") for path in DOCS.rglob("*.md") if "_data" not in path.parts
]


@SETTINGS
@given(
    number=st.sampled_from(GLOSSARY_LINES),
    flips=st.lists(st.booleans(), min_size=6, max_size=6),
    slip=st.sampled_from(
        ["capitals", "quotes", "curly", "no-explanation", "space", "spaces", "colon", "equals"]
    ),
)
def test_glossary_line_as_editors_slip_is_named_there_and_the_advice_fixes_it(number, flips, slip):
    """An abbreviation in other capitals than the pages write it, its explanation in quotes,
    after a second ':' or '=', or left out: named at its line; the corrected line (where
    there is one) is the line the test started from. A space inside its brackets, at an
    edge: harmless (the site reads the name without it)."""
    line = GLOSSARY.split("\n")[number - 1]
    name, explanation = re.match(r"^\*\[([^\]]+)\]: (.*)$", line).groups()
    typed_name = _other_capitals(name, flips) if slip == "capitals" else name
    if slip == "capitals" and typed_name == name:
        typed_name = name.swapcase()
    typed = {
        "quotes": f'*[{name}]: "{explanation}"',
        "curly": f"*[{name}]: “{explanation}”",
        "no-explanation": f"*[{name}]:",
        "space": f"*[{name} ]: {explanation}",
        "spaces": f"*[ {name} ]: {explanation}",
        "colon": f"*[{name}]:: {explanation}",
        "equals": f"*[{name}]: = {explanation}",
    }.get(slip, f"*[{typed_name}]: {explanation}")

    def check(text):
        return check_glossary(text, "g", GLOSSARY_PAGES)

    broken = replace_line(GLOSSARY, number, typed)
    if slip in ("space", "spaces"):  # the site reads the name without spaces at its edges
        assert check(broken) == check(GLOSSARY) == []
        return
    if slip == "no-explanation":
        assert [(item.line, item.rule) for item in check(broken)] == [
            (number, "afkorting-zonder-uitleg")
        ]
        return
    assert_line_restored(GLOSSARY, number, typed, check)


# Characters: invisible and damaged ones


PAGE = (DOCS / "blokken" / "scholing.md").read_text(encoding="utf-8")
WORDY_LINES = lines_of(PAGE, r"[a-zë]{4,} [a-zë]{4,}")


@SETTINGS
@given(
    number=st.sampled_from(WORDY_LINES),
    char=st.sampled_from(["\u200b", "\u200e", "\u2060", "\x07", "Ã«", "Ã©"]),
    where=st.integers(0, 200),
)
def test_character_advice_fixes_it(number, char, where):
    line = PAGE.split("\n")[number - 1]
    at = where % len(line)
    broken = replace_line(PAGE, number, line[:at] + char + line[at:])

    def check(text):
        return check_characters(text, "docs/blokken/scholing.md")

    fixed = corrected_passes(check(broken), broken, check)
    if not char.startswith("Ã"):
        assert fixed == PAGE  # the invisible character went, nothing else


# A page: a word in angle brackets

MARKDOWN = dict(
    extensions=["abbr", "admonition", "attr_list", "md_in_html", "pymdownx.superfences"]
)
PROSE_LINES = [
    n
    for n in lines_of(PAGE, r"^(?:\s*- )?[A-Z][a-zë]+ [a-zë]+ ")
    if n > 4 and "[" not in PAGE.split("\n")[n - 1]
]


def page_check(text: str) -> list:
    html = markdown.Markdown(**MARKDOWN).convert(text.split("---\n", 2)[2])
    source = Source("docs/blokken/scholing.md", "blokken/scholing.md", text)
    return [item for item in check_rendered(html, source) if item.rule.startswith("verloren")]


@SETTINGS
@given(number=st.sampled_from(PROSE_LINES), word=st.sampled_from(["naam", "regio", "meta-analyse"]))
def test_angle_bracket_advice_fixes_it(number, word):
    line = PAGE.split("\n")[number - 1]
    words = line.split(" ")
    at = len(words) // 2
    broken = replace_line(PAGE, number, " ".join([*words[:at], f"<{word}>", *words[at:]]))
    findings = page_check(broken)
    assert findings and findings[0].line == number, [str(item) for item in findings]
    corrected_passes(findings, broken, page_check)


# A value that starts with a character YAML reads as syntax ('@NOV', '&', '[concept]',
# "'s Avonds") or that YAML reads as yes/no, a number or a date ('Ja', '2025', '12:30'):
# the advice quotes it, and the editor's text is then the value, exactly.

SYNTAX_STARTS = ["@", "&", "*", "!", "%", "`", "[", "]", "{", "}", ",", "|", ">", "'", "- ", "? "]
TEXT_WORDS = st.lists(st.sampled_from(["NOV", "regio", "zorg", "2025", "artrose:"]), max_size=3)


def typed_value(start: str, words: list[str]) -> str:
    return (start + " ".join(["huisarts", *words])).rstrip()


@SETTINGS
@given(number=st.sampled_from(VALUE_LINES), start=st.sampled_from(SYNTAX_STARTS), words=TEXT_WORDS)
def test_data_file_value_with_yaml_syntax_advice_keeps_the_text(tmp_docs, number, start, words):
    head = re.match(r"^(\s+(?:- )?\w+: )", DATA_TEXT.split("\n")[number - 1])[1]
    typed = typed_value(start, words)
    check = data_check(tmp_docs)
    broken = replace_line(DATA_TEXT, number, head + typed)
    findings = check(broken)
    assert findings and findings[0].line == number and findings[0].corrected, findings
    fixed = replace_line(broken, number, findings[0].corrected)
    assert all(again.rule == "data-titel-kop" for again in check(fixed)), check(fixed)
    assert typed in [node.value for node in _scalars(yaml.compose(fixed))]


@SETTINGS
@given(
    number=st.sampled_from([n for n in VALUE_LINES if "tekst:" in DATA_TEXT.split("\n")[n - 1]]),
    typed=st.sampled_from(["Ja", "nee", "Yes", "off", "2025", "3.5", "12:30", "2026-01-01"]),
)
def test_data_file_text_read_as_yes_no_or_number_advice_keeps_it(tmp_docs, number, typed):
    head = re.match(r"^(\s+(?:- )?\w+: )", DATA_TEXT.split("\n")[number - 1])[1]
    check = data_check(tmp_docs)
    broken = replace_line(DATA_TEXT, number, head + typed)
    if yaml.safe_load(f"x: {typed}")["x"] == typed:
        assert check(broken) == []  # YAML reads it as text ('Ja', 'nee'): nothing to explain
        return
    findings = check(broken)
    assert findings and findings[0].line == number, findings
    corrected_passes(findings, broken, check)
    assert typed in [node.value for node in _scalars(yaml.compose(corrected(findings, broken)))]


def corrected(findings, text: str) -> str:
    return replace_line(text, findings[0].line, findings[0].corrected)


@SETTINGS
@given(start=st.sampled_from(SYNTAX_STARTS), words=TEXT_WORDS)
def test_front_matter_value_with_yaml_syntax_advice_keeps_the_text(start, words):
    typed = typed_value(start, words)
    text = f"---\ndescription: {typed}\nlaatst_gecontroleerd: 2026-11-01\n---\n\n# Titel\n"
    source = Source("docs/blokken/x.md", "blokken/x.md", text)
    item = source.front_matter.error
    assert item is not None and item.line == 2 and item.corrected, (typed, item)
    fixed = Source("docs/blokken/x.md", "blokken/x.md", corrected([item], text))
    assert fixed.front_matter.error is None
    assert fixed.front_matter.data["description"] == typed


@SETTINGS
@given(start=st.sampled_from([s for s in SYNTAX_STARTS if s != "!"]), words=TEXT_WORDS)
def test_mkdocs_yml_value_with_yaml_syntax_advice_fixes_it(start, words):
    # (a tag is mkdocs.yml's own syntax: '!ENV')
    number = lines_of(CONFIG_TEXT, r"^site_name: ")[0]
    typed = typed_value(start, words)
    broken = replace_line(CONFIG_TEXT, number, f"site_name: {typed}")
    findings = check_config(broken)
    assert findings and findings[0].line == number, [str(item) for item in findings]
    fixed = corrected_passes(findings, broken, check_config)
    assert yaml.safe_load(fixed.replace("!ENV", ""))["site_name"] == typed


# A name that lost its ':' ('- Printen en downloaden' above its pages, 'kernpunten' above its
# list): named at that line, with the line as it was.


def _section_lines(text: str) -> list[int]:
    lines = text.split("\n")
    found = []
    for number, line in enumerate(lines, 1):
        if not re.match(r"^\s*(?:- )?[\w][\w ]*:$", line):
            continue
        below = next(
            (other for other in lines[number:] if other.strip() and other.strip()[0] != "#"), ""
        )
        if len(below) - len(below.lstrip()) > len(line) - len(line.lstrip()):
            found.append(number)
    return found


@SETTINGS
@given(number=st.sampled_from(_section_lines(CONFIG_TEXT)))
def test_mkdocs_yml_name_without_its_colon_gets_it_back(number):
    line = CONFIG_TEXT.split("\n")[number - 1]
    assert_line_restored(CONFIG_TEXT, number, line.removesuffix(":"), check_config)


@SETTINGS
@given(number=st.sampled_from(_section_lines(DATA_TEXT)))
def test_data_file_name_without_its_colon_gets_it_back(tmp_docs, number):
    line = DATA_TEXT.split("\n")[number - 1]
    assert_line_restored(DATA_TEXT, number, line.removesuffix(":"), data_check(tmp_docs))


@SETTINGS
@given(number=st.sampled_from(_section_lines(CONFIG_TEXT)), empty=st.sampled_from(["{}", "[]"]))
def test_mkdocs_yml_empty_value_above_added_lines_is_named_at_the_first_of_them(number, empty):
    line = CONFIG_TEXT.split("\n")[number - 1]
    broken = replace_line(CONFIG_TEXT, number, f"{line} {empty}")
    findings = check_config(broken)
    below = next(
        n
        for n, other in enumerate(CONFIG_TEXT.split("\n"), 1)
        if n > number and other.strip() and not other.strip().startswith("#")
    )
    assert findings and findings[0].line == below, [str(item) for item in findings]
    assert findings[0].rule == "yaml-leeg-teken" and f"'{line.strip()}'" in findings[0].fix


# A non-breaking space (pasted) after a name's ':' or a list's '-' in mkdocs.yml

MARK_LINES = lines_of(CONFIG_TEXT, r"^\s*(?:- |[\w-]+: )\S")


@SETTINGS
@given(number=st.sampled_from(MARK_LINES), space=st.sampled_from(["\u00a0", "\u202f", "\u2007"]))
def test_mkdocs_yml_hard_space_after_a_mark_advice_restores_the_line(number, space):
    line = CONFIG_TEXT.split("\n")[number - 1]
    mark = re.match(r"^\s*(?:- |[\w-]+: )", line).end() - 1  # the space after '-' or ':'
    assert_line_restored(CONFIG_TEXT, number, line[:mark] + space + line[mark + 1 :], check_config)


# 'naam:waarde': the space after the colon left out

KEY_LINES = [
    n
    for n in lines_of(CONFIG_TEXT, r"^\s*[\w-]+: [^\s#&*!|>'\"\[{]")
    if "://" not in CONFIG_TEXT.split("\n")[n - 1].split(": ", 1)[1][:8]
]
NAV_LINES = lines_of(CONFIG_TEXT, r"^\s+- [^:]+: \S+\.md$")
DATA_KEY_LINES = lines_of(DATA_TEXT, r"^\s+(?:- )?(?:id|volgorde|pagina|titel|tekst): \w")


@SETTINGS
@given(number=st.sampled_from(KEY_LINES + NAV_LINES))
def test_mkdocs_yml_colon_without_its_space_gets_it_back(number):
    line = CONFIG_TEXT.split("\n")[number - 1]
    assert_line_restored(CONFIG_TEXT, number, line.replace(": ", ":", 1), check_config)


@SETTINGS
@given(number=st.sampled_from(DATA_KEY_LINES))
def test_data_file_colon_without_its_space_gets_it_back(tmp_docs, number):
    line = DATA_TEXT.split("\n")[number - 1]
    assert_line_restored(DATA_TEXT, number, line.replace(": ", ":", 1), data_check(tmp_docs))


# 'tekst: Let op: zo doe je dat', 'titel: Stap 1: visie', 'tekst: Haak aan bij:': a ':' with
# a space (or the line's end) inside a value. The quoted line keeps the editor's value.


@SETTINGS
@given(number=st.sampled_from(VALUE_LINES), cut=st.integers(min_value=1), end=st.booleans())
def test_data_file_colon_inside_a_value_advice_keeps_the_text(tmp_docs, number, cut, end):
    head, value = re.match(r"^(\s+(?:- )?\w+: )(.*)$", DATA_TEXT.split("\n")[number - 1]).groups()
    words = value.split(" ")
    at = cut % len(words) or 1  # after a word, never before the first
    typed = " ".join(words[:at]) + ":" + ("" if end else " " + " ".join(words[at:]))
    check = data_check(tmp_docs)
    broken = replace_line(DATA_TEXT, number, head + typed.rstrip())
    findings = check(broken)
    assert findings and findings[0].line == number and findings[0].corrected, findings
    fixed = replace_line(broken, number, findings[0].corrected)
    assert all(again.rule == "data-titel-kop" for again in check(fixed)), check(fixed)
    assert typed.rstrip() in [node.value for node in _scalars(yaml.compose(fixed))]


TOP_VALUE_LINES = lines_of(CONFIG_TEXT, r"^(?:site_name|site_description|copyright): \w")


@SETTINGS
@given(number=st.sampled_from(TOP_VALUE_LINES), cut=st.integers(min_value=1))
def test_mkdocs_yml_colon_inside_a_value_advice_keeps_the_text(number, cut):
    head, value = re.match(r"^(\w+: )(.*)$", CONFIG_TEXT.split("\n")[number - 1]).groups()
    words = value.split(" ")
    at = cut % len(words) or 1
    typed = " ".join(words[:at]) + ": " + " ".join(words[at:])
    broken = replace_line(CONFIG_TEXT, number, head + typed.rstrip())
    findings = check_config(broken)
    assert findings and findings[0].line == number, [str(item) for item in findings]
    fixed = corrected_passes(findings, broken, check_config)
    assert yaml.safe_load(fixed.replace("!ENV", ""))[head.strip(": ")] == typed.rstrip()


# 'laatst_gecontroleerd 2026-11-23', '- id visie-en-doelen': the ':' between a name and its
# value lost. Named at that line, with the line as it was.

NAMED_VALUE_LINES = lines_of(DATA_TEXT, r"^\s+(?:- )?\w+: \S")
TOP_NAMED_LINES = lines_of(CONFIG_TEXT, r"^\w+: [^\s#]")


@SETTINGS
@given(number=st.sampled_from(NAMED_VALUE_LINES))
def test_data_file_colon_after_a_name_gets_it_back(tmp_docs, number):
    line = DATA_TEXT.split("\n")[number - 1]
    assert_line_restored(DATA_TEXT, number, line.replace(": ", " ", 1), data_check(tmp_docs))


@SETTINGS
@given(number=st.sampled_from(TOP_NAMED_LINES))
def test_mkdocs_yml_colon_after_a_name_gets_it_back(number):
    line = CONFIG_TEXT.split("\n")[number - 1]
    assert_line_restored(CONFIG_TEXT, number, line.replace(": ", " ", 1), check_config)


PAGE_TEXTS = {path.name: path.read_text(encoding="utf-8") for path in DOCS.rglob("*.md")}
FRONT_MATTER_LINES = [
    (name, number)
    for name, text in sorted(PAGE_TEXTS.items())
    if text.startswith("---\n")
    for number in lines_of(text.split("\n---", 1)[0], r"^\w+: \S")
]


@SETTINGS
@given(place=st.sampled_from(FRONT_MATTER_LINES), slip=st.sampled_from(["lost", "inside"]))
def test_front_matter_colon_slips_advice_restores_the_value(place, slip):
    name, number = place
    text = PAGE_TEXTS[name]
    line = text.split("\n")[number - 1]
    key, value = line.split(": ", 1)
    if slip == "lost":
        broken = replace_line(text, number, f"{key} {value}")
        meant = yaml.safe_load(line)[key]
    else:
        meant = f"Let op: {value}"
        broken = replace_line(text, number, f"{key}: {meant}")
    item = Source(f"docs/{name}", name, broken).front_matter.error
    assert item is not None and item.line == number and item.corrected, (line, item)
    fixed = Source(f"docs/{name}", name, corrected([item], broken))
    assert fixed.front_matter.error is None
    assert fixed.front_matter.data[key] == meant


NAV_ENTRY_LINES = lines_of(CONFIG_TEXT, r"^\s+- [^:\"]+: \S+\.md$")


@SETTINGS
@given(number=st.sampled_from(NAV_ENTRY_LINES), words=st.sampled_from(["zo werkt het", "uitleg"]))
def test_a_menu_name_with_a_colon_keeps_its_page(number, words):
    line = CONFIG_TEXT.split("\n")[number - 1]
    name, page = re.match(r"^\s+- (.+): (\S+)$", line).groups()
    meant = f"{name}: {words}"
    broken = replace_line(CONFIG_TEXT, number, line.replace(f"{name}:", f"{meant}:", 1))
    findings = check_config(broken)
    assert findings and findings[0].line == number, [str(item) for item in findings]
    fixed = corrected_passes(findings, broken, check_config)
    entry = yaml.safe_load(fixed.split("\n")[number - 1].strip())
    assert entry == [{meant: page}]  # the name as typed, the page unchanged


@SETTINGS
@given(
    number=st.sampled_from(NAV_ENTRY_LINES),
    tag=st.sampled_from(["#AVG", "#2", "#nieuw", "# oud"]),
    where=st.sampled_from(["after", "inside"]),
)
def test_a_hash_in_a_menu_name_is_named_and_the_entry_keeps_its_page(number, tag, where):
    """'- Privacy #AVG: over/privacy.md': YAML reads '#AVG: ...' as a comment, so the menu
    entry lost its page. Named at the line; the corrected entry has the name as typed and
    the same page (the oracle: YAML itself reads the corrected line)."""
    line = CONFIG_TEXT.split("\n")[number - 1]
    indent, name, page = re.match(r"^(\s+- )(.+): (\S+)$", line).groups()
    words = name.split(" ")
    meant = f"{name} {tag}" if where == "after" else " ".join([words[0], tag, *words[1:]])
    broken = replace_line(CONFIG_TEXT, number, f"{indent}{meant}: {page}")
    findings = check_config(broken)
    assert [(item.line, item.rule) for item in findings][:1] == [(number, "yaml-hekje")], [
        str(item) for item in findings
    ]
    fixed = corrected_passes(findings, broken, check_config)
    assert yaml.safe_load(fixed.split("\n")[number - 1].strip()) == [{meant: page}]


# A tab typed to indent a line (YAML knows only spaces): the advice gives the line indented
# as it was.

INDENTED_DATA_LINES = lines_of(DATA_TEXT, r"^ +[\w-]")
INDENTED_CONFIG_LINES = [n for n in lines_of(CONFIG_TEXT, r"^ +[\w-]") if n in KEY_LINES]


@SETTINGS
@given(number=st.sampled_from(INDENTED_DATA_LINES), tabs=st.integers(1, 2))
def test_data_file_tab_indentation_gets_its_spaces_back(tmp_docs, number, tabs):
    line = DATA_TEXT.split("\n")[number - 1]
    assert_line_restored(DATA_TEXT, number, "\t" * tabs + line.lstrip(" "), data_check(tmp_docs))


@SETTINGS
@given(number=st.sampled_from(INDENTED_CONFIG_LINES), tabs=st.integers(1, 2))
def test_mkdocs_yml_tab_indentation_gets_its_spaces_back(number, tabs):
    line = CONFIG_TEXT.split("\n")[number - 1]
    broken = replace_line(CONFIG_TEXT, number, "\t" * tabs + line.lstrip(" "))
    findings = check_config(broken)
    assert findings and findings[0].line == number, [str(item) for item in findings]
    fixed = corrected_passes(findings, broken, check_config)
    assert yaml.compose(fixed.replace("!ENV", "")) is not None


def _broken_over_two_lines(text: str, number: int, at: int, indent: int) -> tuple[str, str]:
    """The value on line `number` broken at its `at`-th space, the second part on a line of
    its own with `indent` spaces; and the value as YAML reads it whole (the break is a
    space to YAML), computed here from the line itself."""
    line = text.split("\n")[number - 1]
    head, value = re.match(r"^(\s*(?:- )?[\w-]+: )(.*)$", line).groups()
    spaces = [i for i, char in enumerate(value) if char == " "]
    cut = spaces[at % len(spaces)]
    first, second = value[:cut], value[cut + 1 :]
    lines = text.split("\n")
    lines[number - 1 : number] = [head + first, " " * indent + second]
    return "\n".join(lines), " ".join(value.split())


WRAPPABLE_DATA_LINES = [
    n
    for n in VALUE_LINES
    if " " in DATA_TEXT.split("\n")[n - 1].split(": ", 1)[1]
    and not re.search(r"[:#\"'\[\]{}&*!|>%@`]", DATA_TEXT.split("\n")[n - 1].split(": ", 1)[1])
]


@SETTINGS
@given(
    number=st.sampled_from(WRAPPABLE_DATA_LINES),
    at=st.integers(0, 30),
    back=st.integers(0, 12),
)
def test_a_data_value_broken_over_two_lines_is_named_and_the_advice_keeps_it(
    tmp_docs, number, at, back
):
    """Enter pressed inside a key point's text, the rest at or left of its name: named at the
    second line; the corrected line makes YAML read the text the editor had."""
    line = DATA_TEXT.split("\n")[number - 1]
    name_column = len(line) - len(line.lstrip(" -"))
    broken, meant = _broken_over_two_lines(DATA_TEXT, number, at, max(name_column - back, 0))
    check = data_check(tmp_docs)
    (item,) = check(broken)
    assert (item.line, item.rule) == (number + 1, "yaml-vervolg"), str(item)
    fixed = replace_line(broken, item.line, item.corrected)
    assert check(fixed) == []
    node = yaml.safe_load(fixed)
    values = [
        value
        for block in node["blokken"]
        for value in (block["titel"], *_texts(block.get("kernpunten", [])))
    ]
    assert meant in values


def _texts(points):
    for point in points:
        yield point["tekst"]
        yield from _texts(point.get("subpunten", []))


WRAPPABLE_FRONT_MATTER = [
    (name, number)
    for name, number in FRONT_MATTER_LINES
    if PAGE_TEXTS[name].split("\n")[number - 1].startswith("description: ")
    and not re.search(r"[#:\"']", PAGE_TEXTS[name].split("\n")[number - 1].split(": ", 1)[1])
]


@SETTINGS
@given(place=st.sampled_from(WRAPPABLE_FRONT_MATTER), at=st.integers(0, 30))
def test_a_description_broken_over_two_lines_is_named_and_the_advice_keeps_it(place, at):
    name, number = place
    broken, meant = _broken_over_two_lines(PAGE_TEXTS[name], number, at, 0)
    item = Source(f"docs/{name}", name, broken).front_matter.error
    assert item is not None and (item.line, item.rule) == (number + 1, "yaml-vervolg"), item
    assert f"op regel {number}," in item.message  # the line above, counted in the page
    fixed = Source(f"docs/{name}", name, corrected([item], broken))
    assert fixed.front_matter.error is None
    assert fixed.front_matter.data["description"] == meant


KEY_POINT_ID_LINES = lines_of(DATA_TEXT, r"^\s+- id: k\d+-")
TEXT_LINES_AFTER_ID = {
    n: DATA_TEXT.split("\n")[n]  # the 'tekst:' line under each id
    for n in KEY_POINT_ID_LINES
}


@SETTINGS
@given(taken=st.sampled_from(KEY_POINT_ID_LINES), under=st.sampled_from(KEY_POINT_ID_LINES))
def test_a_key_point_added_with_a_number_in_use_is_named_and_the_suggestion_reads(
    tmp_docs, taken, under
):
    """A new key point 'k02-iets-anders' where 'k02-...' exists: the self-scan would show K02
    twice. Named at both lines; the id suggested for the added point makes the file load."""
    lines = DATA_TEXT.split("\n")
    number = re.search(r"- id: k(\d+)-", lines[taken - 1])[1]  # the oracle: the id itself
    indent = re.match(r"^(\s*)- id:", lines[under - 1])[1]
    added = [f"{indent}- id: k{number}-iets-anders", f"{indent}  tekst: Iets anders"]
    at = under + 1  # below the 'tekst:' line of the point the new one follows
    while at < len(lines) and _indent_of(lines[at]) > len(indent):
        at += 1  # past its sub-points
    changed = "\n".join([*lines[:at], *added, *lines[at:]])
    check = data_check(tmp_docs)
    path = tmp_docs / "_data" / "blokken.yml"
    path.write_text(changed, encoding="utf-8")
    blocks_data._parse_blocks.cache_clear()
    with pytest.raises(BlocksDataError) as raised:
        load_blocks(path, tmp_docs)
    findings = raised.value.findings  # (both lines: either may be the one the editor added)
    added_line = at + 1
    taken_line = taken if taken < added_line else taken + 2
    assert {(item.line, item.rule) for item in findings} == {
        (added_line, "data-nummer-dubbel"),
        (taken_line, "data-nummer-dubbel"),
    }
    (ours,) = [item for item in findings if item.line == added_line]
    suggestion = re.search(r"bijv\. '(k\d+-[a-z0-9-]+)'", str(ours))[1]
    fixed = replace_line(changed, added_line, f"{indent}- id: {suggestion}")
    assert check(fixed) == []


def _indent_of(line: str) -> int:
    return len(line) - len(line.lstrip(" ")) if line.strip() else 10**6
