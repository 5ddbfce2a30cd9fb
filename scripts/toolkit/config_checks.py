"""mkdocs.yml as editors meet it: its YAML, the keys the project owns, and MkDocs' own
complaints about it, all as Dutch findings at the line.

Why: editors change `extra` (the review interval), `nav` and `plugins` (a redirect) in
GitHub's web editor. MkDocs answers a slip there in English, or a hook crashes with a
traceback on a value it did not expect. Here the YAML is read with line numbers, the
project's keys are held against a JSON Schema, and every configuration message MkDocs logs
is worded in Dutch at the line of the key it names (`translate`). Pure functions, no MkDocs
import.
"""

from __future__ import annotations

import difflib
import functools
import importlib.metadata
import importlib.util
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from .addresses import ANOTHER_SITE
from .blame import blamed_line, first_changed_line, line_quoted, nearest_changed
from .characters import check_characters
from .deleted_lines import deleted_lines
from .editor_yaml import (
    COLON_PROBLEM,
    INDENTATION_PROBLEM,
    MISSING_COLON_PROBLEM,
    comment_cut_value,
    curly_quoted_line,
    deleted_parent,
    duplicate_key,
    error_mark,
    glued_value,
    misindented_line,
    missing_dash_line,
    repair_at,
    syntax_in_values,
    yaml_problem,
)
from .findings import Finding, finding
from .review_dates import DEFAULT_INTERVAL_MONTHS
from .source_text import ODD_AFTER_MARK

if TYPE_CHECKING:
    import jsonschema

CONFIG = "mkdocs.yml"
INTERVAL_SETTING = "review_interval_maanden"

# The keys of mkdocs.yml that editors touch and the project's hooks read.
PROJECT_KEYS_SCHEMA = {
    "type": "object",
    "properties": {
        "site_name": {"type": "string", "minLength": 1},
        "copyright": {"type": "string"},
        "extra": {
            "type": "object",
            "properties": {
                INTERVAL_SETTING: {"type": "integer", "minimum": 1, "maximum": 120},
                "generator": {"type": "boolean"},
            },
        },
        "nav": {"type": "array"},
        "plugins": {"type": "array"},
    },
}
# What the site is made of, besides its pages: every hook (one job each), the plugins and the
# Markdown extensions (tests/editor/test_config_safeguards.py holds these to the project).
PROJECT_HOOKS = tuple(
    f"hooks/{name}.py"
    for name in (
        "content_checks_hook",
        "source_normalize",
        "dutch_link_warnings",
        "blocks_nav",
        "last_changed",
        "abbreviations_page",
        "abbreviations_html",
        "rendered_checks_hook",
        "search_forms",
        "search_compounds",
        "whole_toolkit",
    )
)
PROJECT_PLUGINS = ("search", "redirects", "macros")
PROJECT_EXTENSIONS = (
    "abbr",
    "admonition",
    "attr_list",
    "md_in_html",
    "toc",
    "pymdownx.details",
    "toolkit.shared_definitions:SharedDefinitions",
    "pymdownx.superfences",
    "pymdownx.tilde",
    "toolkit.github_markdown:GitHubTaskList",
    "pymdownx.magiclink",
    "footnotes",
    "toolkit.github_markdown:GitHubAlerts",
    "toolkit.github_markdown:GitHubEmoji",
    "pymdownx.saneheaders",
    "pymdownx.betterem",
    "sane_lists",
    "pymdownx.fancylists",
    "pymdownx.escapeall",
)


def _listed(name: str) -> dict:
    """A list item that names `name`, alone ('- abbr') or with its options ('- toc: ...')."""
    return {"contains": {"anyOf": [{"const": name}, {"type": "object", "required": [name]}]}}


# The settings that keep a mistake from being published: what each must be, why, and the
# line that restores it. Changed or deleted, they would let the next mistake through silently.
SWITCHES_OFF = "zet een controle van de site uit"
PRIVACY = "laat de browser van elke lezer iets ophalen bij een andere partij"
SAFEGUARDS: dict[str, tuple[dict, str, str]] = {
    "strict": (
        {"const": True},
        "een waarschuwing van de build houdt de site dan niet meer tegen",
        "'strict: true'",
    ),
    "validation": (
        {
            "type": "object",
            "required": ["anchors"],
            "properties": {"omitted_files": {}},
            "additionalProperties": {"const": "warn"},
        },
        "links naar pagina's of koppen die niet bestaan worden dan gepubliceerd",
        "de regels onder 'validation:' zoals in de vorige versie (elke waarde 'warn', behalve "
        "'omitted_files: info')",
    ),
    "exclude_docs": (
        {"type": "string", "pattern": r"(?m)^/?_data/?\s*$"},
        "de bestanden in docs/_data/ worden dan als losse pagina's gepubliceerd",
        "'exclude_docs: |' met op de regel eronder '  _data/'",
    ),
    "use_directory_urls": (
        {"const": True},
        "dan verandert het adres van elke pagina, en werken bladwijzers en links van andere "
        "sites niet meer",
        "'use_directory_urls: true', of haal de regel weg",
    ),
    "hooks": (
        {"type": "array", "allOf": [{"contains": {"const": hook}} for hook in PROJECT_HOOKS]},
        "een onderdeel van de site werkt dan niet meer, zoals de controles van de inhoud (wat "
        "elk onderdeel doet, staat in de uitleg boven zijn regel)",
        "de regels onder 'hooks:' zoals in de vorige versie (GitHub: 'History' van mkdocs.yml)",
    ),
    "plugins": (
        {"type": "array", "allOf": [_listed(name) for name in PROJECT_PLUGINS]},
        "een onderdeel van de site werkt dan niet meer: het zoeken (search), het overzicht en "
        "de zelfscan (macros) of de oude adressen van hernoemde pagina's (redirects)",
        "de regels onder 'plugins:' zoals in de vorige versie (GitHub: 'History' van mkdocs.yml)",
    ),
    "markdown_extensions": (
        {"type": "array", "allOf": [_listed(name) for name in PROJECT_EXTENSIONS]},
        "de pagina's tonen dan niet meer wat GitHub's voorbeeld toont: kaders, afkortingen, "
        "links uit de catalogus of adressen van koppen komen als tekst op de pagina of "
        "verdwijnen",
        "de regels onder 'markdown_extensions:' zoals in de vorige versie",
    ),
    "theme.name": (
        {"const": "material"},
        "de site krijgt dan een ander uiterlijk, zonder de onderdelen van de toolkit",
        "'  name: material' onder 'theme:'",
    ),
    "theme.language": (
        {"const": "custom"},
        "de knoppen en vaste teksten van de site staan dan niet (allemaal) meer in het Nederlands",
        "'  language: custom' onder 'theme:'",
    ),
    # Privacy: nothing loads from another site (docs/over/privacy.md promises it)
    "theme": (
        {"type": "object", "required": ["font"], "properties": {"font": {"const": False}}},
        "Material haalt de lettertypes dan bij Google Fonts op, uit de browser van elke lezer, "
        "wat de privacyverklaring uitsluit",
        "'  font: false' onder 'theme:'",
    ),
    # The editors' way in: the pencil 'Bewerk deze pagina' on every page (CONTRIBUTING.md)
    "edit_uri": (
        {"type": ["string", "null"], "pattern": "^https://"},  # (null: the !ENV form)
        "de knop 'Bewerk deze pagina' (het potlood) werkt dan niet meer, en dat is de weg "
        "waarlangs redacteuren een pagina aanpassen",
        "'edit_uri: !ENV [EDIT_URI, \"https://github.com/OWNER/REPO/edit/main/docs/\"]' (of "
        "het volledige adres, beginnend met https://)",
    ),
    "theme.features": (
        {
            "type": "array",
            "contains": {"const": "content.action.edit"},
            "not": {"contains": {"const": "navigation.instant"}},  # (a changed value: below)
        },
        "zonder 'content.action.edit' verdwijnt de knop 'Bewerk deze pagina' (de weg waarlangs "
        "redacteuren een pagina aanpassen); met 'navigation.instant' wisselen pagina's zonder "
        "dat een schermlezer het merkt",
        "'    - content.action.edit' onder 'features:', en geen '- navigation.instant'",
    ),
    "repo_url": (
        False,
        "Material vraagt dan bij elke lezer gegevens op bij GitHub, wat de privacyverklaring "
        "uitsluit (de knop 'Bewerk' werkt via edit_uri)",
        "niets: haal de regel weg",
    ),
}
# What a changed safeguard does, in the message (the rest: SWITCHES_OFF)
EDITING = "kan de site niet gebruiken"
CHANGES_THE_SITE = "verandert de site voor elke lezer"
SAFEGUARD_KINDS = {
    "theme": PRIVACY,
    "repo_url": PRIVACY,
    "edit_uri": EDITING,
    "theme.name": CHANGES_THE_SITE,
    "theme.language": CHANGES_THE_SITE,
    "theme.features": CHANGES_THE_SITE,
}
REQUIRED_SAFEGUARDS = (
    "strict",
    "validation",
    "exclude_docs",
    "hooks",
    "plugins",
    "markdown_extensions",
    "edit_uri",
    "theme.features",
    "theme.name",
    "theme.language",
)
EXAMPLES = {
    INTERVAL_SETTING: f"'{INTERVAL_SETTING}: 12' (een getal van 1 tot 120, zonder "
    "aanhalingstekens)",
    "generator": "'generator: false'",
    "site_name": "'site_name: Toolkit regionale samenwerking knie- en heupartrose'",
    "copyright": "de tekst tussen aanhalingstekens",
    "nav": "een lijst met regels '- Titel: pagina.md'",
    "plugins": "een lijst met regels '- naam'",
}
TYPES = {
    "bool": "true of false",
    "int": "een geheel getal",
    "str": "tekst",
    "list": "een lijst (regels met '- ')",
    "dict": "een blok met instellingen (regels 'naam: waarde', verder ingesprongen)",
}


class _AnyTagLoader(yaml.SafeLoader):
    """Reads !ENV and other tags as nothing: only the syntax and the shape matter here."""


_AnyTagLoader.add_multi_constructor("", lambda loader, suffix, node: None)


class _FastAnyTagLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """The same, with libyaml: for a file whose syntax is known to be fine (every build reads
    mkdocs.yml for its stylesheets); syntax errors are worded from _AnyTagLoader's."""


_FastAnyTagLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def check_yaml(text: str, label: str, before: str | None = None) -> list[Finding]:
    """A YAML file's syntax, as one finding at the line where it goes wrong. before: the
    file where the work started (git): a guess at a line the editor did not change gives
    way to the changed line at or above where YAML stopped."""
    curly = curly_quoted_line(text)
    if curly:
        return [finding(label, curly, "yaml-krulquotes")]
    try:
        root = yaml.compose(text, Loader=_AnyTagLoader)
    except yaml.MarkedYAMLError as error:
        mark = error_mark(error, text)
        line = mark.line + 1 if mark else None
        problem = yaml_problem(error, text)
        parent = deleted_parent(before, text)
        if parent:  # the lines below a deleted one belong nowhere now
            return [finding(label, parent.line, parent.rule, **parent.values)]
        repair = repair_at(text, line, KNOWN_TOP_KEYS)
        if repair:
            guessed = finding(
                label, repair.line, repair.rule, corrected=repair.corrected, **repair.values
            )
        else:
            guessed = _syntax_guess(text, label, line, error, problem)
        if line and guessed.line and nearest_changed(before, text, guessed.line) != guessed.line:
            # a cause at a line the editor did not change: the line they changed instead
            return [finding(label, nearest_changed(before, text, line), "yaml", problem=problem)]
        return [guessed]
    except yaml.YAMLError:
        return [finding(label, None, "yaml", problem="de opbouw van de regels klopt niet")]
    try:  # ('? [a, b]: c' reads, but a list is no name)
        yaml.load(text, Loader=_AnyTagLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as error:
        mark = error_mark(error, text)
        line = nearest_changed(before, text, mark.line + 1) if mark else None
        return [finding(label, line, "yaml", problem=yaml_problem(error, text))]
    return _after_syntax(root, text, label)


def _syntax_guess(
    text: str, label: str, line: int | None, error: yaml.MarkedYAMLError, problem: str
) -> Finding:
    """The line a YAML syntax error most likely comes from, read from the lines around it."""
    reported = text.split("\n")[line - 1] if line else ""
    colon_in_value = ": " in reported.split(": ", 1)[-1] if ": " in reported else False
    misindented = (
        _misindented(text, line, error)
        if line
        and not colon_in_value
        and problem in (INDENTATION_PROBLEM, COLON_PROBLEM, MISSING_COLON_PROBLEM)
        else None
    )
    dash = missing_dash_line(text, line) if not misindented else None
    if dash:
        return finding(label, dash[0], "yaml-streepje", corrected=dash[1], item=dash[1])
    if misindented:
        number, spaces, needed = misindented
        if not needed:  # no indentation of that line gives a working file, but there
            # the structure breaks (re-indented, the YAML reads): name that line
            return finding(label, number, "yaml", problem=problem)
        written = text.split("\n")[number - 1].lstrip(" ")
        needed_text = " of ".join(map(str, needed))
        corrected = " " * needed[0] + written
        return finding(
            label,
            number,
            "yaml-inspringing",
            corrected=corrected,
            spaces=spaces,
            needed=needed_text,
        )
    return finding(label, line, "yaml", problem=problem)


def _after_syntax(root: yaml.Node | None, text: str, label: str) -> list[Finding]:
    """What reads as YAML but not as meant: a name twice, a value glued to its name, ..."""
    twice = duplicate_key(root) if root is not None else None
    if twice:
        line, first, key = twice
        return [finding(label, line, "yaml-dubbel", key=key, first=first)]
    glued = glued_value(root, text)
    if glued:  # 'edit:material/pencil': the space after the colon left out
        number, fixed = glued
        return [finding(label, number, "yaml-spatie", corrected=fixed, fixed=fixed.strip())]
    # An anchor or alias drops words silently ('site_name: &NOV toolkit'); tags are
    # mkdocs.yml's own ('!ENV').
    syntax = syntax_in_values(text, tags=False)
    if syntax:
        number = syntax.pop("line")
        return [finding(label, number, "yaml-teken", corrected=syntax.pop("corrected"), **syntax)]
    cut = comment_cut_value(root, text)
    if cut:  # '- Privacy #AVG: over/privacy.md', 'site_name: Toolkit #1 in de regio'
        number = cut.pop("line")
        return [finding(label, number, "yaml-hekje", corrected=cut["fixed"], **cut)]
    return []


def _misindented(text: str, line: int, error: yaml.MarkedYAMLError):
    """The line an editor mis-indented, with the indentations that fix it. Often two lines
    could each be re-indented to make the file read; then the one whose fix gives a working
    mkdocs.yml, else the one whose indentation breaks the file's two-space steps."""
    first = misindented_line(text, line, not _indented_too_far(error), every=True)
    other = misindented_line(text, line, _indented_too_far(error), every=True)
    candidates = [found for found in (first, other) if found]
    if len({found[0] for found in candidates}) < 2:
        return _working(text, first)
    working = [_working(text, found) for found in candidates]
    if sum(1 for found in working if found[2]) == 1:
        return next(found for found in working if found[2])
    # a line at the left margin that names no setting of mkdocs.yml fell out of its block
    fallen = [found for found in candidates if found[1] == 0 and not _names_top_key(text, found[0])]
    if len(fallen) == 1:
        return _working(text, fallen[0])
    off_step = [found for found in candidates if not _on_step(text, found[0])]
    return _working(text, off_step[0] if len(off_step) == 1 else first)


def _working(text: str, found):
    """(line, indentation, the fixing indentations that give a working mkdocs.yml), or
    all fixing indentations when none does; None stays None."""
    if found is None:
        return None
    number, spaces, needed = found
    written = text.split("\n")[number - 1].lstrip(" ")
    fixed = {indent: _with_line(text, number, " " * indent + written) for indent in needed}
    working = [indent for indent in needed if not _shape_findings(fixed[indent], CONFIG)]
    if not working:
        return (number, spaces, [])
    # the ones that keep the safeguards ('features:' under 'icon:' reads as well), nearest
    weakened = {indent: len(_safeguards(fixed[indent], CONFIG, None)) for indent in working}
    working = [indent for indent in working if weakened[indent] == min(weakened.values())]
    nearest = min(abs(indent - spaces) for indent in working)
    return (number, spaces, [indent for indent in working if abs(indent - spaces) == nearest])


def _names_top_key(text: str, number: int) -> bool:
    line = text.split("\n")[number - 1]
    return line.split(":", 1)[0].strip() in KNOWN_TOP_KEYS


def _on_step(text: str, number: int) -> bool:
    """Whether the line is indented as far as a line above at its level, or one step (two
    spaces; four under a '- name:' item) further than the key it belongs under."""
    lines = text.split("\n")
    indent = len(lines[number - 1]) - len(lines[number - 1].lstrip(" "))
    for above in reversed(lines[: number - 1]):
        content = above.strip()
        if not content or content.startswith("#"):
            continue
        above_indent = len(above) - len(above.lstrip(" "))
        if above_indent == indent:
            return True
        if above_indent < indent and content.endswith(":"):
            return indent - above_indent == (4 if content.startswith("- ") else 2)
    return indent == 0


def _indented_too_far(error: yaml.MarkedYAMLError) -> bool:
    """YAML stops at a line indented too far, and after a line indented too little."""
    problem = error.problem or ""
    return (
        problem.startswith("mapping values are not allowed") or "<block mapping start>" in problem
    )


def check_config(text: str, label: str = CONFIG, before: str | None = None) -> list[Finding]:
    """mkdocs.yml: its YAML, then the keys the project owns (with the line of each).
    before: the file where this change started (git), to name a deleted setting where it
    stood."""
    # A non-breaking space after ':' is what YAML then trips over: named once, as itself.
    syntax = _odd_spaces(text, label) or check_yaml(text, label, before)
    problems = check_characters(text, label) + syntax
    if problems:
        return problems
    shape = _shape_findings(text, label)
    if shape and shape[0].rule == "config-geen-blok":
        return shape
    return shape + _safeguards(text, label, before)


def _odd_spaces(text: str, label: str) -> list[Finding]:
    """A non-breaking space right after a name's ':' or a list's '-' (pasted from a web page
    or Word): YAML reads name and value as one word. MkDocs reads mkdocs.yml itself, so this
    is named, where the pages and data file are read with it made a space."""
    findings = []
    for number, line in enumerate(text.split("\n"), start=1):
        match = ODD_AFTER_MARK.match(line)
        if match:
            corrected = ODD_AFTER_MARK.sub(lambda m: m["head"] + " ", line)
            findings.append(
                finding(
                    label, number, "yaml-harde-spatie", corrected=corrected, fixed=corrected.strip()
                )
            )
    return findings


def _with_line(text: str, number: int, line: str) -> str:
    lines = text.split("\n")
    lines[number - 1] = line
    return "\n".join(lines)


def _shape_findings(text: str, label: str) -> list[Finding]:
    """The keys the project owns, in a mkdocs.yml that reads as YAML."""
    try:
        root = yaml.compose(text, Loader=_AnyTagLoader)
        data = yaml.load(text, Loader=_AnyTagLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError:
        return [finding(label, None, "config-geen-blok")]
    if not isinstance(data, dict):
        return [finding(label, 1, "config-geen-blok")]
    import jsonschema  # (check-content's path, not a build's: its import is a tenth of one)

    findings = []
    validator = jsonschema.Draft202012Validator(PROJECT_KEYS_SCHEMA)
    for error in validator.iter_errors(data):
        path = [part for part in error.absolute_path]
        key = next((part for part in reversed(path) if isinstance(part, str)), "")
        findings.append(
            finding(
                label,
                line_of_key(root, path),
                "config-waarde",
                key=key,
                value=_shown(error.instance),
                example=EXAMPLES.get(key, "een waarde zoals in de vorige versie"),
            )
        )
    findings += _nav_twice(data.get("nav"), root, label)
    findings += _plugin_names(data.get("plugins"), root, label)
    findings += _search_options(data.get("plugins"), root, label)
    findings += _extra_names(data.get("extra"), root, label)
    findings += _theme_features(data.get("theme"), root, label)
    findings += _theme_language(data.get("theme"), root, label, text)
    for key in data:
        if key not in KNOWN_TOP_KEYS:
            guess = _guess(str(key), [k for k in KNOWN_TOP_KEYS if k not in data])
            line = line_of_key(root, [key])
            findings.append(finding(label, line, "config-onbekend", key=str(key), guess=guess))
    return findings


def _safeguards(text: str, label: str, before: str | None) -> list[Finding]:
    """A setting that keeps mistakes from being published, changed or deleted: named at its
    line (a deleted one where it stood, when git knows; else at the top of the file).
    (Not part of _shape_findings: a part of mkdocs.yml can have the right shape.)"""
    import jsonschema  # (check-content's path, not a build's)

    root = yaml.compose(text, Loader=_AnyTagLoader)
    data = yaml.load(text, Loader=_AnyTagLoader)  # noqa: S506 - a SafeLoader subclass
    findings = []
    for key, (schema, why, example) in SAFEGUARDS.items():
        keys = key.split(".")  # 'theme.features': a setting under a key
        what = SAFEGUARD_KINDS.get(key, SAFEGUARD_KINDS.get(keys[0], SWITCHES_OFF))
        value = functools.reduce(lambda node, part: node.get(part, {}), keys[:-1], data)
        name = keys[-1]
        if not isinstance(value, dict) or name not in value:
            if key in REQUIRED_SAFEGUARDS:
                line = _where_it_stood(f"{name}:", text, before) or line_of_key(root, keys[:-1])
                findings.append(
                    finding(
                        label, line or 1, "config-beschermd-weg", key=name, why=why, example=example
                    )
                )
            continue
        for error in jsonschema.Draft202012Validator(schema).iter_errors(value[name]):
            missing = _missing_items(error)
            for gone in missing:  # a list item deleted or commented out: where it stood
                item = f"- {gone}"
                line = _where_it_stood(item, text, before)
                findings.append(
                    finding(
                        label,
                        line or line_of_key(root, keys),
                        "config-beschermd-weg",
                        key=item,
                        why=why,
                        example=f"'{item}' onder '{name}:', even ver ingesprongen als de andere",
                    )
                )
            if missing:
                continue
            path = [*keys, *error.absolute_path]
            if error.validator == "not":  # an item the list must not hold: at its line
                item = error.validator_value["contains"]["const"]
                at = [*keys, _forbidden_item(value[name], error.validator_value)]
                findings.append(
                    finding(
                        label,
                        line_of_key(root, at),
                        "config-beschermd-item",
                        key=name,
                        item=item,
                        what=what,
                        why=why,
                    )
                )
                break
            if error.validator == "required":  # a setting under the key deleted
                missing = error.validator_value[0]
                line = _where_it_stood(f"{missing}:", text, before) or line_of_key(root, path)
                findings.append(
                    finding(
                        label, line, "config-beschermd-weg", key=missing, why=why, example=example
                    )
                )
                break
            shown = path[-1] if isinstance(path[-1], str) else name
            findings.append(
                finding(
                    label,
                    line_of_key(root, path),
                    "config-beschermd",
                    key=shown,
                    value=_shown(error.instance),
                    what=what,
                    why=why,
                    example=example,
                )
            )
            break  # one message per setting
    return findings


def _where_it_stood(start: str, text: str, before: str | None) -> int | None:
    """The line of `text` where a deleted line that started with `start` stood."""
    gone = deleted_lines(before or "", text, lambda line: line.strip().startswith(start))
    return next((line for line, _ in gone), None)


def _forbidden_item(items: list, rule: dict) -> int:
    """The index of the item that a 'not contains' rule of SAFEGUARDS forbids."""
    return next(n for n, item in enumerate(items) if item == rule["contains"]["const"])


def _missing_items(error: jsonschema.ValidationError) -> list[str]:
    """The items the 'contains' rules of SAFEGUARDS ask for that the list lacks."""
    rules = list(error.context) if error.validator == "allOf" else [error]
    missing = []
    for rule in rules:
        wanted = rule.validator_value if rule.validator == "contains" else {}
        name = wanted.get("const") or next(
            (option["const"] for option in wanted.get("anyOf", ()) if "const" in option), None
        )
        if name is not None:
            missing.append(name)
    return missing


def review_interval(extra: Mapping) -> int:
    """The review interval of `extra` (a wrong value is reported by check_config)."""
    value = extra.get(INTERVAL_SETTING, DEFAULT_INTERVAL_MONTHS)
    valid = isinstance(value, int) and not isinstance(value, bool) and value > 0
    return value if valid else DEFAULT_INTERVAL_MONTHS


def installed_plugins() -> list[str]:
    return sorted(entry.name for entry in importlib.metadata.entry_points(group="mkdocs.plugins"))


def _nav_twice(nav: object, root: yaml.Node, label: str) -> list[Finding]:
    """A page that the menu names twice: it then shows up twice, and 'Vorige'/'Volgende'
    run in a circle."""
    seen: dict[str, int] = {}
    findings = []

    def walk(items: object, path: list) -> None:
        if not isinstance(items, list):
            return
        for index, item in enumerate(items):
            value = next(iter(item.values())) if isinstance(item, dict) and len(item) == 1 else item
            if isinstance(value, list):
                walk(value, [*path, index, next(iter(item))])
            elif isinstance(value, str) and not value.startswith(("http://", "https://")):
                line = line_of_key(root, [*path, index])
                if value in seen:
                    findings.append(
                        finding(label, line, "config-nav-dubbel", page=value, first=seen[value])
                    )
                else:
                    seen[value] = line

    walk(nav, ["nav"])
    return findings


def _plugin_names(plugins: object, root: yaml.Node, label: str) -> list[Finding]:
    if not isinstance(plugins, list):
        return []
    known = installed_plugins()
    findings = []
    for index, item in enumerate(plugins):
        if isinstance(item, dict) and len(item) != 1:
            findings.append(
                finding(label, line_of_key(root, ["plugins", index]), "config-plugin-vorm")
            )
            continue
        name = next(iter(item)) if isinstance(item, dict) else item
        if isinstance(name, str) and name not in known:
            findings.append(
                finding(
                    label,
                    line_of_key(root, ["plugins", index]),
                    "config-onbekende-plugin",
                    name=name,
                    guess=_guess(name, known),
                )
            )
    return findings


def _search_options(plugins: object, root: yaml.Node, label: str) -> list[Finding]:
    """The search's languages and separator: a slip there breaks searching on the site
    (and the separator is a pattern the project's search hooks use too)."""
    options = next(
        (item["search"] for item in plugins or [] if isinstance(item, dict) and "search" in item),
        None,
    )
    if not isinstance(options, dict):
        return []
    findings = []
    languages = options.get("lang", [])
    known = search_languages()
    for value in languages if isinstance(languages, list) else [languages]:
        if known and str(value) not in known:
            findings.append(
                finding(
                    label,
                    _line_in_plugin(root, "search", "lang"),
                    "config-zoektaal",
                    value=str(value),
                    guess=_guess(str(value), sorted(known)),
                )
            )
    separator = options.get("separator")
    if isinstance(separator, str):
        try:
            re.compile(separator)
        except re.error as error:
            findings.append(
                finding(
                    label,
                    _line_in_plugin(root, "search", "separator"),
                    "config-zoekscheiding",
                    reason=_pattern_problem(error),
                )
            )
    return findings


def _pattern_problem(error: re.error) -> str:
    if "unterminated character set" in str(error):
        return "een '[' zonder ']'"
    if "missing )" in str(error) or "unbalanced parenthesis" in str(error):
        return "de haakjes ( ) zijn niet in paren"
    return f"fout op teken {error.pos + 1}" if error.pos is not None else "het patroon klopt niet"


@functools.cache
def search_languages() -> frozenset[str]:
    """The languages Material's search can stem and stop: its lunr-languages files, and
    English (built in). Empty when Material is not installed here (nothing to judge by)."""
    spec = importlib.util.find_spec("material")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    folder = Path(spec.submodule_search_locations[0]) / "templates/assets/javascripts/lunr/min"
    names = {path.name.split(".")[1] for path in folder.glob("lunr.*.min.js")}
    return frozenset(names - {"stemmer", "multi"} | {"en"})


# What the theme does with `extra.analytics`: a visitor counter (Google Analytics) in every
# reader's browser.
TRACKING_EXTRA = ("analytics",)


def _extra_names(extra: object, root: yaml.Node, label: str) -> list[Finding]:
    """A key under `extra` that nothing reads (a typo there changes nothing, silently), or
    one that tracks the readers."""
    if not isinstance(extra, dict):
        return []
    known = [*PROJECT_KEYS_SCHEMA["properties"]["extra"]["properties"], *material_extra()]
    findings = []
    for key in extra:
        line = line_of_key(root, ["extra", key])
        if key in TRACKING_EXTRA:
            findings.append(finding(label, line, "config-extra-volgen", key=str(key)))
        elif key not in known:
            guess = _guess(str(key), [name for name in known if name not in extra])
            findings.append(
                finding(label, line, "config-extra-onbekend", key=str(key), guess=guess)
            )
    return findings


@functools.cache
def material_extra() -> frozenset[str]:
    """The names under `extra` that the installed Material's templates read (the homepage
    link, social links, consent, ...); empty without Material."""
    templates = _material_templates()
    if templates is None:
        return frozenset()
    names: set[str] = set()
    for path in templates.rglob("*.html"):
        names.update(re.findall(r"config\.extra\.(\w+)", path.read_text(encoding="utf-8")))
    return frozenset(names)


def _theme_features(theme: object, root: yaml.Node, label: str) -> list[Finding]:
    """A feature of the theme that Material does not have: it is ignored without a word."""
    features = theme.get("features") if isinstance(theme, dict) else None
    known = material_features()
    if not isinstance(features, list) or not known:
        return []
    return [
        finding(
            label,
            line_of_key(root, ["theme", "features", index]),
            "config-onbekende-functie",
            name=str(name),
            guess=_guess(str(name), sorted(known)),
        )
        for index, name in enumerate(features)
        if not isinstance(name, str) or name not in known
    ]


def _theme_language(theme: object, root: yaml.Node, label: str, text: str) -> list[Finding]:
    """The theme's language has its translations: the project's own (overrides) or one of
    Material's. Another name stops the build with a template error."""
    language = theme.get("language") if isinstance(theme, dict) else None
    known = theme_languages(text)
    if not isinstance(language, str) or not known or language in known:
        return []
    return [
        finding(
            label,
            line_of_key(root, ["theme", "language"]),
            "config-taal",
            name=language,
            guess=_guess(language, sorted(known)),
        )
    ]


def theme_languages(text: str) -> set[str]:
    """The languages with translations: partials/languages/*.html in the project's
    overrides (custom_dir) and in the installed Material; empty without Material."""
    templates = _material_templates()
    if templates is None:
        return set()
    folders = [templates]
    custom = re.search(r"^\s+custom_dir:\s*(\S+)", text, re.MULTILINE)
    if custom:
        folders.append(Path(custom[1]))
    return {
        path.stem for folder in folders for path in (folder / "partials/languages").glob("*.html")
    }


# The features the installed Material reads: its templates test `"name" in features`, its
# JavaScript asks for the rest by name.
_TEMPLATE_FEATURE = re.compile(r"[\"']([a-z]+(?:\.[a-z_]+)+)[\"'] in (?:config\.theme\.)?features")
_SCRIPT_FEATURE = re.compile(
    r"\"((?:announce|content|header|navigation|search|toc)(?:\.[a-z]+)+)\""
)


@functools.cache
def material_features() -> frozenset[str]:
    """Every feature name the installed Material knows; empty without Material (another
    engine then judges its own configuration)."""
    templates = _material_templates()
    if templates is None:
        return frozenset()
    names: set[str] = set()
    for path in templates.rglob("*.html"):
        names.update(_TEMPLATE_FEATURE.findall(path.read_text(encoding="utf-8")))
    for path in (templates / "assets/javascripts").glob("bundle.*.min.js"):
        names.update(_SCRIPT_FEATURE.findall(path.read_text(encoding="utf-8")))
    return frozenset(names)


def _material_templates() -> Path | None:
    """The installed Material's templates folder; None without Material."""
    spec = importlib.util.find_spec("material")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "templates"


def check_stylesheets(text: str, stylesheets: set[str], label: str = CONFIG) -> list[Finding]:
    """Every stylesheet in docs/ is loaded (`extra_css`): without its line the site appears
    without its own look, and no check would notice."""
    try:
        data = yaml.load(text, Loader=_FastAnyTagLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError:
        return []  # the YAML check names that
    loaded = data.get("extra_css") if isinstance(data, dict) else None
    loaded = set(loaded) if isinstance(loaded, list) else set()
    # A stylesheet whose line is there with a typo is named at that line (check_loaded_files)
    mistyped = [name for name in loaded - stylesheets if isinstance(name, str)]
    missing = [
        css
        for css in sorted(stylesheets - loaded)
        if not difflib.get_close_matches(css, mistyped, n=1, cutoff=0.6)
    ]
    if not missing:
        return []
    lines = text.split("\n")
    key = next((n for n, line in enumerate(lines, 1) if line.startswith("extra_css:")), None)
    line = key or len(lines)
    if key:  # where the entry belongs: after the key's comments and items
        line = key + 1
        while line <= len(lines) and re.match(r"^\s+(?:#|- )", lines[line - 1]):
            line += 1
    return [finding(label, line, "config-opmaak", css=css) for css in missing]


# What mkdocs.yml makes every page load: a file of docs/ or (only the logo and favicon) one of
# the theme's own. MkDocs checks none of them; a missing one is a broken look or script on
# every page, another site's one a request from every reader's browser.
LOADED_FILES = (
    ("extra_css",),
    ("extra_javascript",),
    ("extra", "polyfills"),
    ("theme", "logo"),
    ("theme", "favicon"),
)


def check_loaded_files(text: str, files: set[str], label: str = CONFIG) -> list[Finding]:
    """Every file mkdocs.yml loads into each page is one of ours and exists (`files`: the
    paths below docs/)."""
    try:
        data = yaml.load(text, Loader=_FastAnyTagLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError:
        return []  # the YAML check names that
    if not isinstance(data, dict):
        return []
    findings = []
    tree = functools.cache(lambda: yaml.compose(text, Loader=_AnyTagLoader))  # lines: if needed
    for path in LOADED_FILES:
        value = functools.reduce(
            lambda node, key: node.get(key) if isinstance(node, dict) else None, path, data
        )
        items = value if isinstance(value, list) else [value] if value is not None else []
        for index, item in enumerate(items):
            address = item.get("path") if isinstance(item, dict) else item
            if not isinstance(address, str) or not address.strip():
                continue
            where = [*path, index] if isinstance(value, list) else list(path)
            if ANOTHER_SITE.match(address.strip()):
                line = line_of_key(tree(), where)
                findings.append(finding(label, line, "config-andere-site", address=address))
                continue
            wanted = address.strip().lstrip("/").split("?", 1)[0].split("#", 1)[0]
            if wanted in files or (path[0] == "theme" and wanted in _theme_files()):
                continue
            findings.append(
                finding(
                    label,
                    line_of_key(tree(), where),
                    "config-bestand-weg",
                    path=address,
                    key=":".join(path),
                    guess=_file_guess(wanted, files),
                )
            )
    return findings


def _file_guess(wanted: str, files: set[str]) -> str:
    """A file whose own name is a typo away (the folder alone, shared by most, is not)."""
    name = wanted.rsplit("/", 1)[-1]
    close = [
        file
        for file in difflib.get_close_matches(wanted, sorted(files), n=3, cutoff=0.6)
        if difflib.SequenceMatcher(None, name, file.rsplit("/", 1)[-1]).ratio() >= 0.8
    ]
    return f" Bedoel je '{close[0]}'?" if close else ""


@functools.cache
def _theme_files() -> frozenset[str]:
    """The files the installed theme serves itself (its default logo and favicon)."""
    templates = _material_templates()
    if templates is None:
        return frozenset()
    return frozenset(
        str(path.relative_to(templates))
        for path in (templates / "assets").rglob("*")
        if path.is_file()
    )


def check_nav(named: set[str], pages: set[str], text: str) -> tuple[list[Finding], set[str]]:
    """Pages the menu names that do not exist, at their line in mkdocs.yml, and the existing
    pages they most likely mean (so those are not also called unreachable). MkDocs would
    warn only later in the build, after the content checks have stopped it."""
    findings, meant = [], set()
    for page in sorted(named - pages):
        guess = difflib.get_close_matches(page, sorted(pages), n=1, cutoff=0.6)
        meant.update(guess)
        findings.append(
            finding(
                CONFIG,
                nav_page_line(text, page),
                "config-nav-pagina",
                page=page,
                guess=f" Bedoel je '{guess[0]}'?" if guess else "",
            )
        )
    return findings, meant


def check_nav_blocks(named: set[str], block_pages: set[str], text: str) -> list[Finding]:
    """A building block's page named in the menu too: the menu already lists every block
    under 'Bouwblokken' (from the data file), so it would show twice and 'Vorige' and
    'Volgende' would run through it twice."""
    return [
        finding(CONFIG, nav_page_line(text, page), "config-nav-blok", page=page)
        for page in sorted(named & block_pages)
    ]


# MkDocs' own configuration messages, in Dutch

_CONFIG_VALUE = re.compile(r"^Config value '(?P<key>[^']+)': (?P<message>.*)$", re.DOTALL)
_PLUGIN_OPTION = re.compile(
    r"^Plugin '(?P<plugin>[^']+)' option '(?P<option>[^']+)': (?P<rest>.*)$"
)
_UNRECOGNISED = re.compile(r"Unrecognised configuration name: (?P<name>\S+)")
_TYPE = re.compile(r"Expected type: <class '(?P<type>\w+)'>")
_PLUGIN_TWICE = re.compile(r"Plugin '(?P<name>[^']+)' was specified multiple times")
_EXTENSION_FAILED = re.compile(
    r"^Failed to load extension '(?P<name>[^']+)'\.(?P<rest>.*)$", re.DOTALL
)
_NO_MODULE = re.compile(
    r"ModuleNotFoundError: No module named|AttributeError: module '[^']+' has no attribute"
)
_QUOTED_VALUE = re.compile(r"'(?P<value>[^']*)'\s*$")
_NO_OPTION = re.compile(r"KeyError: '(?P<option>[^']+)'\s*$")
_NOT_INSTALLED = re.compile(r"The \"(?P<name>[^\"]+)\" plugin is not installed")
_NOT_THERE = re.compile(
    r"isn't an existing (?:file|directory)|does not exist|not found|could not find", re.I
)
_NAV_NOT_A_LIST = re.compile(r"Expected nav to be a list, got None")
_NAV_MISSING = re.compile(
    r"A reference to '(?P<page>[^']+)' is included in the 'nav' configuration, which is not "
    r"found in the documentation files"
)


def translate(
    message: str,
    text: str,
    label: str = CONFIG,
    pages: list[str] = (),
    before: str | None = None,
) -> Finding:
    """A configuration message MkDocs logged ("Config value 'x': ...", or its nav warning),
    as a Dutch finding at the line of the key it names. Never returns MkDocs' English.
    before: mkdocs.yml where the work started (git), to name the line changed under the key
    when the message quotes nothing in it."""
    try:
        root = yaml.compose(text, Loader=_AnyTagLoader)
    except yaml.YAMLError:
        root = None
    nav = _NAV_MISSING.search(message)
    if nav:
        page = nav["page"]
        guess = difflib.get_close_matches(page, list(pages), n=1, cutoff=0.6)
        return finding(
            label,
            nav_page_line(text, page),
            "config-nav-pagina",
            page=page,
            guess=f" Bedoel je '{guess[0]}'?" if guess else "",
        )
    match = _CONFIG_VALUE.match(message)
    key = match["key"] if match else ""
    detail = match["message"] if match else message
    empty_item = _nav_line(root, lambda node: _scalar(node) in ("", "~", "null"), title=True)
    if key == "nav" and _NAV_NOT_A_LIST.search(detail) and empty_item:
        line, title = empty_item
        return finding(label, line, "config-nav-leeg", title=title)
    option = _PLUGIN_OPTION.match(detail)
    if key == "plugins" and option:
        plugin, name, rest = option["plugin"], option["option"], option["rest"]
        line = _line_in_plugin(root, plugin, name) or line_of_key(root, ["plugins"])
        if _UNRECOGNISED.search(rest) or rest.startswith("Unsupported option"):
            return finding(label, line, "config-plugin-optie", plugin=plugin, option=name)
        return finding(
            label,
            line,
            "config-plugin-waarde",
            plugin=plugin,
            option=name,
            expected=_expected(rest),
        )
    twice = _PLUGIN_TWICE.search(detail)
    if key == "plugins" and twice:
        name = twice["name"].rsplit("/", 1)[-1]  # MkDocs names it 'material/search'
        lines = _plugin_lines(root, name)
        if len(lines) > 1:
            return finding(label, lines[1], "config-plugin-dubbel", name=name, first=lines[0])
    extension = _EXTENSION_FAILED.match(detail)
    if key == "markdown_extensions" and extension:
        return _extension_finding(extension["name"], extension["rest"], root, text, label)
    installed = _NOT_INSTALLED.search(detail)
    if installed:
        name = installed["name"]
        return finding(
            label,
            _line_of_text(text, name) or line_of_key(root, [key]),
            "config-onbekende-plugin",
            name=name,
            guess=_guess(name, installed_plugins()),
        )
    unknown = _UNRECOGNISED.search(detail)
    if unknown:
        name = unknown["name"]
        top_keys = (
            [str(k.value) for k, _ in root.value] if isinstance(root, yaml.MappingNode) else []
        )
        return finding(
            label,
            line_of_key(root, [name]),
            "config-onbekend",
            key=name,
            guess=_guess(name, [k for k in KNOWN_TOP_KEYS if k not in top_keys]),
        )
    section = _section_lines(root, key)
    quoted = line_quoted(text, detail)
    if quoted and (section is None or quoted[0] in section):
        line, value = quoted
        if _NOT_THERE.search(detail):
            return finding(label, line, "config-pad-weg", key=key or "?", path=value)
        return finding(label, line, "build-vast", value=value)
    line = first_changed_line(before, text, section) or line_of_key(root, [key]) if key else None
    return finding(label, line, "config-fout", key=key or "?")


def unforeseen_finding(
    said: str, text: str, before: str | None, pointed_only: bool = False
) -> Finding | None:
    """A failure no check foresaw, while mkdocs.yml differs from where the work started (or
    there is no history): at the line of a value its messages (`said`) quote, or of the
    setting they name ('edit_uri: ...'), or else at the line changed (not when
    `pointed_only`: the failure came while a page was read). None when mkdocs.yml is as it
    was."""
    blamed = blamed_line(text, said, before)
    if blamed is None:
        return None
    line, value = blamed
    if value is not None:
        if _NOT_THERE.search(said):
            key = _top_key_above(text, line)
            return finding(CONFIG, line, "config-pad-weg", key=key, path=value)
        return finding(CONFIG, line, "build-vast", value=value)
    try:
        root = yaml.compose(text, Loader=_AnyTagLoader)
    except yaml.YAMLError:
        root = None
    keys = [str(k.value) for k, _ in root.value] if isinstance(root, yaml.MappingNode) else []
    named = next((k for k in keys if re.search(rf"(?<![\w.-]){re.escape(k)}(?:'|:)", said)), None)
    if named:
        section = _section_lines(root, named)
        changed = first_changed_line(before, text, section) if before is not None else None
        return finding(CONFIG, changed or line_of_key(root, [named]), "config-fout", key=named)
    return None if pointed_only else finding(CONFIG, line, "interne-fout")


def _top_key_above(text: str, line: int) -> str:
    """The top-level key whose section holds the line."""
    for number in range(line, 0, -1):
        match = re.match(r"([A-Za-z_]\w*):", text.split("\n")[number - 1])
        if match:
            return match[1]
    return "?"


def _section_lines(root: yaml.Node | None, key: str) -> range | None:
    """The lines of a top-level key and everything below it."""
    if not key or not isinstance(root, yaml.MappingNode):
        return None
    pair = next(((k, v) for k, v in root.value if str(k.value) == key), None)
    if pair is None:
        return None
    return range(pair[0].start_mark.line + 1, pair[1].end_mark.line + 2)


KNOWN_TOP_KEYS = (
    "site_name",
    "site_url",
    "site_description",
    "site_author",
    "copyright",
    "edit_uri",
    "repo_url",
    "repo_name",
    "theme",
    "nav",
    "plugins",
    "hooks",
    "extra",
    "extra_css",
    "extra_javascript",
    "markdown_extensions",
    "exclude_docs",
    "not_in_nav",
    "validation",
    "strict",
    "watch",
    "docs_dir",
    "site_dir",
    "use_directory_urls",
)


def line_of_key(root: yaml.Node | None, path: list) -> int | None:
    """The 1-based line of the key (or list item) at the path, or of the deepest part found."""
    node, line = root, None
    for part in path:
        if isinstance(node, yaml.MappingNode):
            pair = next(((k, v) for k, v in node.value if str(k.value) == str(part)), None)
            if pair is None:
                break
            line, node = pair[0].start_mark.line + 1, pair[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                break
            node = node.value[part]
            line = node.start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode):  # a plugin by name: '- name' or '- name: ...'
            item = next((item for item in node.value if _plugin_name(item) == part), None)
            if item is None:
                break
            line = item.start_mark.line + 1
            node = item.value[0][1] if isinstance(item, yaml.MappingNode) else item
        else:
            break
    return line


def nav_page_line(text: str, page: str) -> int | None:
    """The line of the menu entry that names the page (not a mention of it elsewhere)."""
    try:
        root = yaml.compose(text, Loader=_FastAnyTagLoader)
    except yaml.YAMLError:
        root = None
    return _nav_line(root, lambda node: _scalar(node) == page) or _line_of_text(text, page)


def _section(root: yaml.Node | None, name: str) -> yaml.Node | None:
    """The YAML node of a top-level key of mkdocs.yml ('nav', 'plugins'), if there is one."""
    if not isinstance(root, yaml.MappingNode):
        return None
    return next((value for key, value in root.value if key.value == name), None)


def _scalar(node: yaml.Node) -> str | None:
    return str(node.value) if isinstance(node, yaml.ScalarNode) else None


def _nav_line(root: yaml.Node | None, wanted, title: bool = False):
    """The line of the first menu entry whose page (a YAML node) `wanted` accepts, walking
    'nav:' and its sections; with title=True, (line, the entry's title)."""
    pending = [_section(root, "nav")]
    while pending:
        node = pending.pop(0)
        items = node.value if isinstance(node, yaml.SequenceNode) else []
        for item in items:
            pairs = item.value if isinstance(item, yaml.MappingNode) else [(None, item)]
            for key, value in pairs:
                if wanted(value):
                    line = (key or value).start_mark.line + 1
                    return (line, _scalar(key) or "") if title else line
                pending.append(value)
    return None


def _plugin_name(item: yaml.Node) -> str | None:
    if isinstance(item, yaml.ScalarNode):
        return str(item.value)
    if isinstance(item, yaml.MappingNode) and len(item.value) == 1:
        return str(item.value[0][0].value)
    return None


def _plugin_lines(root: yaml.Node | None, name: str) -> list[int]:
    """The lines of every item under 'plugins:' that names this plugin."""
    items = _section(root, "plugins")
    return [
        item.start_mark.line + 1
        for item in (items.value if isinstance(items, yaml.SequenceNode) else [])
        if _plugin_name(item) == name
    ]


def _line_in_plugin(
    root: yaml.Node | None, plugin: str, option: str, section: str = "plugins"
) -> int | None:
    for name in dict.fromkeys([plugin, plugin.rsplit("/", 1)[-1]]):  # 'material/search'
        line = line_of_key(root, [section, name, option])
        if line != line_of_key(root, [section, name]):
            return line
    return None


def _extension_finding(
    name: str, rest: str, root: yaml.Node | None, text: str, label: str
) -> Finding:
    """A Markdown extension MkDocs could not load: a name that is no extension, an option it
    does not have, or a value it cannot use; at the line of the name or the option."""
    line = line_of_key(root, ["markdown_extensions", name]) or _line_of_text(text, name)
    missing = _NO_MODULE.search(rest)
    if missing:
        return finding(
            label,
            line,
            "config-onbekende-uitbreiding",
            name=name,
            guess=_guess(name, markdown_extensions(name)),
        )
    option = _NO_OPTION.search(rest)
    if option:
        return finding(
            label,
            _line_in_plugin(root, name, option["option"], "markdown_extensions") or line,
            "config-uitbreiding-optie",
            name=name,
            option=option["option"],
        )
    value = _QUOTED_VALUE.search(rest.strip().rsplit("\n", 1)[-1])
    at = _option_with_value(root, name, value["value"]) if value else None
    return finding(label, at or line, "config-uitbreiding-waarde", name=name)


def _option_with_value(root: yaml.Node | None, name: str, value: str) -> int | None:
    """The line of the option under a Markdown extension whose value is `value`."""
    items = _section(root, "markdown_extensions")
    for item in items.value if isinstance(items, yaml.SequenceNode) else []:
        if _plugin_name(item) != name or not isinstance(item, yaml.MappingNode):
            continue
        options = item.value[0][1]
        for key, option in options.value if isinstance(options, yaml.MappingNode) else []:
            if isinstance(option, yaml.ScalarNode) and option.value == value:
                return key.start_mark.line + 1
    return None


def markdown_extensions(name: str = "") -> list[str]:
    """The names of the Markdown extensions installed here: Python-Markdown's own (by their
    entry points), pymdown-extensions' modules, and for a 'module:Class' name the classes of
    that module (the project's own extensions are named so)."""
    names = {entry.name for entry in importlib.metadata.entry_points(group="markdown.extensions")}
    spec = importlib.util.find_spec("pymdownx")
    for folder in spec.submodule_search_locations if spec else []:
        names |= {f"pymdownx.{path.stem}" for path in Path(folder).glob("[a-z]*.py")}
    module_name = name.split(":", 1)[0] if ":" in name else ""
    try:
        module = importlib.import_module(module_name) if module_name else None
    except ImportError:
        module = None
    names |= {f"{module_name}:{item}" for item in dir(module) if item[:1].isupper()}
    return sorted(names)


def _line_of_text(text: str, needle: str) -> int | None:
    for number, line in enumerate(text.split("\n"), start=1):
        if needle in line and not line.lstrip().startswith("#"):
            return number
    return None


def _expected(message: str) -> str:
    kind = _TYPE.search(message)
    if kind:
        return TYPES.get(kind["type"], "een andere soort waarde")
    return "een andere waarde (zie de uitleg van de plugin)"


def _guess(name: str, known: list[str]) -> str:
    close = difflib.get_close_matches(str(name), known, n=1, cutoff=0.6)
    return f" Bedoel je '{close[0]}'?" if close else ""


def _shown(value: object) -> str:
    if value is None:
        return "(leeg)"
    if isinstance(value, str) and _reads_as_other_than_text(value):
        return f'"{value}"'  # 'strict: "true"' is text: as written, not as 'strict: true'
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, dict):  # a block of settings: as its lines read
        value = ", ".join(f"{key}: {_shown(item)}" for key, item in value.items())
    text = " ".join(str(value).split())  # (a block of lines: one line)
    return text if len(text) <= 60 else text[:57] + "..."


def _reads_as_other_than_text(value: str) -> bool:
    """Whether YAML reads the text, written without quotes, as no text ('true', '3', '')."""
    try:
        return not isinstance(yaml.safe_load(value), str)
    except yaml.YAMLError:
        return False
