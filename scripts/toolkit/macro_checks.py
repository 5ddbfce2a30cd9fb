"""Checks on the `{{ ... }}` and `{% ... %}` of the pages that render macros.

Why: on a page with `render_macros: true` (the home page and its overview), mkdocs-macros
renders the whole page as a Jinja template. A mistake there (`{{ regio }}` for a name that
does not exist, a brace too few) stops the build with an English message or, with `--quiet`,
with none at all. These checks parse the page with Jinja itself, before the build, and name
the line. Pages that do not render macros show a `{{` as text: the net on the rendered page
(rendered_checks.py) reports that.
"""

from __future__ import annotations

import ast
import difflib
import re
from collections.abc import Callable
from pathlib import Path

import jinja2
from jinja2 import meta, nodes

from .content_checks import Source
from .findings import Finding, finding

# What mkdocs-macros itself offers every page (its documentation: "variables" and macros).
MACROS_STANDARD = frozenset(
    {
        "config",
        "page",
        "extra",
        "environment",
        "plugin",
        "git",
        "files",
        "navigation",
        "macros",
        "filters",
        "filters_builtin",
        "now",
        "context",
        "macros_info",
        "fix_url",
    }
)


def module_names(module: Path) -> dict[str, str]:
    """The names a macros module registers in `define_env`, each with its kind: "macro" or
    "filter" for functions decorated with `@env.macro` / `@env.filter`, "variable" for
    `env.variables[...] = ...` (read from the source, without importing it)."""
    names: dict[str, str] = {}
    if not module.is_file():
        return names
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef):
            for decorator in node.decorator_list:
                target = decorator.func if isinstance(decorator, ast.Call) else decorator
                if isinstance(target, ast.Attribute) and target.attr in ("macro", "filter"):
                    names[node.name] = target.attr
        elif _is_variables_item(node):
            names[str(node.slice.value)] = "variable"
    return names


def check_macro_module(
    root: Path, module_name: str, config_text: str, label: str = "mkdocs.yml"
) -> list[Finding]:
    """The macros plugin's module exists: without it (its 'module_name' line deleted or
    mistyped) no page can have anything filled in, and every call is 'unknown'."""
    if (root / f"{module_name}.py").is_file() or (root / module_name / "__init__.py").is_file():
        return []
    modules = sorted(
        path.relative_to(root).with_suffix("").as_posix()
        for path in root.glob("*/*.py")
        if "def define_env" in path.read_text(encoding="utf-8", errors="replace")
    )
    lines = config_text.split("\n")
    plugin = next(
        (n for n, line in enumerate(lines, 1) if re.match(r"^\s*-\s*macros\b", line)), None
    )
    # the 'module_name' line, or where it belongs: right under '- macros:'
    number = next(
        (n for n, line in enumerate(lines, 1) if re.match(r"^\s*module_name\s*:", line)),
        plugin + 1 if plugin else None,
    )
    meant = modules[0] if modules else "hooks/macros"
    return [finding(label, number, "macro-module", module=module_name, meant=meant)]


def _is_variables_item(node: ast.AST) -> bool:
    """`env.variables["name"]`"""
    return (
        isinstance(node, ast.Subscript)
        and isinstance(node.slice, ast.Constant)
        and isinstance(node.value, ast.Attribute)
        and node.value.attr == "variables"
    )


def renders_macros(source: Source, by_default: bool = False) -> bool:
    flag = source.front_matter.data.get("render_macros")
    # mkdocs-macros renders only for the YAML value true ('ja' or 1 is not true to it)
    return by_default if flag is None else flag is True


def macro_arguments(module: Path) -> dict[str, tuple[int, int | None]]:
    """Per macro function of the module, how many arguments a call may give: (least, most),
    most None for '*args' (read from the source, without importing it)."""
    found: dict[str, tuple[int, int | None]] = {}
    if not module.is_file():
        return found
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef) and node.decorator_list:
            positional = [*node.args.posonlyargs, *node.args.args]
            most = None if node.args.vararg else len(positional) + len(node.args.kwonlyargs)
            found[node.name] = (len(positional) - len(node.args.defaults), most)
    return found


def _comment_opening(source: Source, start: int) -> tuple[int, str] | None:
    """The first line below the front matter where '{#' opens a Jinja comment."""
    for number, line in enumerate(source.lines[start:], start=start + 1):
        if "{#" in line:
            return number, line
    return None


def check_macros(
    source: Source,
    macros: dict[str, str],
    variables: set[str],
    arguments: dict[str, tuple[int, int | None]] | None = None,
    config_keys: set[str] | None = None,
) -> list[Finding]:
    """Syntax errors, unknown names and macros written without '()' in a page that renders
    macros; `macros` are the module's names with their kind (module_names), `variables` the
    other names a page may use. With `arguments` (macro_arguments), a call with more or
    fewer arguments than its macro takes; with `config_keys`, a 'config.x' MkDocs lacks;
    and a call indented into a code block."""
    start = source.front_matter.end
    body = "\n".join(source.lines[start:])
    environment = jinja2.Environment()
    try:
        tree = environment.parse(body)
    except jinja2.TemplateSyntaxError as error:
        line = start + (error.lineno or 1)
        opened = _comment_opening(source, start) if "comment" in error.message else None
        if opened:  # '{#adres}' from an attribute list: to Jinja, a note that never ends
            number, written = opened
            corrected = written.replace("{#", "{ #", 1)
            fixed = corrected.strip()
            return [
                finding(source.label, number, "macro-opmerking", corrected=corrected, fixed=fixed)
            ]
        return [finding(source.label, line, "macro-syntaxis")]
    allowed = set(macros) | variables | MACROS_STANDARD | set(source.front_matter.data)
    findings = _uncalled(tree, source, start, {n for n, kind in macros.items() if kind == "macro"})
    findings += _wrong_arguments(tree, source, start, arguments or {})
    findings += _unknown_settings(tree, source, start, config_keys)
    findings += _indented_calls(source, start)
    for name in sorted(meta.find_undeclared_variables(tree) - allowed):
        pattern = re.compile(rf"(?:\{{\{{|\{{%)[^}}]*\b{re.escape(name)}\b")
        line = next(
            (start + n for n, text in enumerate(source.lines[start:], 1) if pattern.search(text)),
            None,
        )
        offered = ", ".join(f"'{{{{ {item}() }}}}'" for item in sorted(macros)) or "geen"
        findings.append(finding(source.label, line, "macro-onbekend", name=name, offered=offered))
    return findings


def _wrong_arguments(
    tree: nodes.Template, source: Source, start: int, arguments: dict[str, tuple[int, int | None]]
) -> list[Finding]:
    """'{{ zelfscan_lijst(2026) }}': the macro takes no argument, and the page cannot be
    built (a Python error in the macro)."""
    findings = []
    for call in tree.find_all(nodes.Call):
        if not isinstance(call.node, nodes.Name) or call.node.name not in arguments:
            continue
        least, most = arguments[call.node.name]
        given = len(call.args) + len(call.kwargs)
        if given < least or (most is not None and given > most):
            line = start + call.lineno
            written = source.lines[line - 1]
            corrected = (
                re.sub(
                    rf"\b{re.escape(call.node.name)}\s*\([^)]*\)", f"{call.node.name}()", written
                )
                if least == 0
                else None
            )
            findings.append(
                finding(
                    source.label,
                    line,
                    "macro-argumenten",
                    corrected=corrected,
                    name=call.node.name,
                    least=least,
                )
            )
    return findings


def _unknown_settings(
    tree: nodes.Template, source: Source, start: int, config_keys: set[str] | None
) -> list[Finding]:
    """'{{ config.site_ur }}': a setting MkDocs does not have stops the page."""
    if not config_keys:
        return []
    findings = []
    for node in tree.find_all(nodes.Getattr):
        if isinstance(node.node, nodes.Name) and node.node.name == "config":
            if node.attr in config_keys:
                continue
            line = start + node.lineno
            close = difflib.get_close_matches(node.attr, sorted(config_keys), n=1, cutoff=0.6)
            written = source.lines[line - 1]
            corrected = (
                re.sub(rf"\bconfig\.{re.escape(node.attr)}\b", f"config.{close[0]}", written)
                if close
                else None
            )
            meant = f" Bedoel je 'config.{close[0]}'?" if close else ""
            findings.append(
                finding(
                    source.label,
                    line,
                    "macro-instelling",
                    corrected=corrected,
                    name=node.attr,
                    meant=meant,
                )
            )
    return findings


def _indented_calls(source: Source, start: int) -> list[Finding]:
    """A '{{ ... }}' line indented by four spaces (or a tab) after a blank line, outside a
    list or box: Markdown shows what the call makes as code, tags and all."""
    findings = []
    lines = source.lines
    for index in range(start, len(lines)):
        line = lines[index]
        if not line.lstrip().startswith("{{") or len(line) - len(line.lstrip()) == 0:
            continue
        if len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip()) < 4:
            continue
        above = next((other for other in reversed(lines[start:index]) if other.strip()), "")
        blank_between = index > start and not lines[index - 1].strip()
        if blank_between and not (
            above[:1].isspace() or LIST_START.match(above) or above.startswith("!!!")
        ):
            findings.append(
                finding(source.label, index + 1, "macro-ingesprongen", corrected=line.lstrip())
            )
    return findings


LIST_START = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")


def _uncalled(tree: nodes.Template, source: Source, start: int, functions: set[str]) -> list:
    """`{{ zelfscan_lijst }}` without '()': the page would show the function's name and
    address ("<function ...>") instead of what it makes."""
    findings = []
    for output in tree.find_all(nodes.Output):
        for node in output.nodes:
            if isinstance(node, nodes.Name) and node.name in functions:
                line = start + node.lineno
                written = source.lines[line - 1]
                corrected = re.sub(
                    rf"\{{\{{-?\s*{re.escape(node.name)}\s*-?\}}\}}",
                    f"{{{{ {node.name}() }}}}",
                    written,
                    count=1,
                )
                findings.append(
                    finding(
                        source.label, line, "macro-haakjes", corrected=corrected, name=node.name
                    )
                )
    return findings


def check_removed_macros(
    sources: list[Source], functions: set[str], at_start: Callable[[str], str | None]
) -> list[Finding]:
    """A macro that a page called where this change started (git) and no longer calls: its
    line was deleted, and what it makes there (the overview, the self-scan) is gone from
    that page, whatever other pages still call it. Named on that page at the line it stood
    on, with the line to put back."""
    calls = {name: re.compile(rf"\{{\{{[^}}]*\b{re.escape(name)}\s*\(") for name in functions}
    findings = []
    for source in sources:
        before = at_start(source.label)
        if before is None:
            continue
        lines = before.split("\n")
        for name in sorted(calls):
            call = calls[name]
            if call.search(source.text):
                continue
            number = next((n for n, line in enumerate(lines, 1) if call.search(line)), None)
            if number is None:
                continue
            corrected = lines[number - 1]
            findings.append(
                finding(
                    source.label,
                    min(number, len(source.lines)),
                    "macro-verdwenen",
                    corrected=corrected,
                    call=corrected,
                )
            )
    return findings
