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
import re
from pathlib import Path

import jinja2
from jinja2 import meta

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


def module_names(module: Path) -> set[str]:
    """The macros and variables a macros module registers in `define_env`: functions
    decorated with `@env.macro` / `@env.filter`, and `env.variables[...] = ...` or
    `env.variables.name = ...` assignments (read from the source, without importing it)."""
    names: set[str] = set()
    if not module.is_file():
        return names
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef):
            for decorator in node.decorator_list:
                target = decorator.func if isinstance(decorator, ast.Call) else decorator
                if isinstance(target, ast.Attribute) and target.attr in ("macro", "filter"):
                    names.add(node.name)
        elif _is_variables_item(node):
            names.add(str(node.slice.value))
    return names


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
    return by_default if flag is None else bool(flag)


def check_macros(source: Source, macros: set[str], variables: set[str]) -> list[Finding]:
    """Syntax errors and unknown names in a page that renders macros; `macros` are the
    module's (offered in the advice), `variables` the other names a page may use."""
    start = source.front_matter.end
    body = "\n".join(source.lines[start:])
    environment = jinja2.Environment()
    try:
        tree = environment.parse(body)
    except jinja2.TemplateSyntaxError as error:
        line = start + (error.lineno or 1)
        return [finding(source.label, line, "macro-syntaxis")]
    allowed = macros | variables | MACROS_STANDARD | set(source.front_matter.data)
    findings = []
    for name in sorted(meta.find_undeclared_variables(tree) - allowed):
        pattern = re.compile(rf"(?:\{{\{{|\{{%)[^}}]*\b{re.escape(name)}\b")
        line = next(
            (start + n for n, text in enumerate(source.lines[start:], 1) if pattern.search(text)),
            None,
        )
        offered = ", ".join(f"'{{{{ {item}() }}}}'" for item in sorted(macros)) or "geen"
        findings.append(finding(source.label, line, "macro-onbekend", name=name, offered=offered))
    return findings
