"""A style class on a page that no stylesheet of the site defines.

Why: `{ .tk-home-only }` under a paragraph, or `class="tk-print-only"` in HTML, changes how
and where the text is shown. A typo in the name (`.tk-home-onl`) changes nothing, silently:
the paragraph then also appears where it was kept out (the printed toolkit, the PDF). The
names are read from the stylesheets the site loads (extra_css), the theme's own, and the
project's code that looks for a class (a hook that drops `.tk-home-only` from the printed
toolkit, a script).
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable
from pathlib import Path

from .findings import Finding, finding

CSS_CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
# In code, a class name is a word with a dash in it ("tk-home-only", "md-button").
CODE_NAME = re.compile(r"(?<![\w-])([a-z][a-z0-9]*(?:-[\w]+)+)")
# '{ .naam }', '{: .naam #anker }' (attr_list) and class="naam ..." in HTML.
ATTRIBUTE_LIST = re.compile(
    r"\{:?[ \t]*((?:[.#][\w-]+|[\w-]+=\S+)(?:[ \t]+(?:[.#][\w-]+|[\w-]+=\S+))*)[ \t]*\}"
)
HTML_CLASS = re.compile(r"<[a-zA-Z][^>]*\bclass=(?:\"([^\"]*)\"|'([^']*)')")


def defined_classes(stylesheets: Iterable[Path], code: Iterable[Path] = ()) -> frozenset[str]:
    """Every class name the given stylesheets define, the theme's, and the names the
    project's code (hooks, templates, scripts) may look for."""
    names: set[str] = set(_theme_classes())
    for path in stylesheets:
        if path.is_file():
            names.update(CSS_CLASS.findall(path.read_text(encoding="utf-8", errors="replace")))
    for path in code:
        names.update(CODE_NAME.findall(path.read_text(encoding="utf-8", errors="replace")))
    return frozenset(names)


@functools.cache
def _theme_classes() -> frozenset[str]:
    import importlib.util

    spec = importlib.util.find_spec("material")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    folder = Path(next(iter(spec.submodule_search_locations))) / "templates/assets/stylesheets"
    names: set[str] = set()
    for path in folder.glob("*.css"):
        names.update(CSS_CLASS.findall(path.read_text(encoding="utf-8", errors="replace")))
    return frozenset(names)


def check_classes(
    label: str, prose: list[str], lines: list[str], known: frozenset[str]
) -> list[Finding]:
    """Each class a page uses (attribute lists and HTML) that `known` lacks, at its line."""
    if not known:
        return []  # no stylesheets to judge by (another engine or theme)
    findings = []
    for number, line in enumerate(prose, start=1):
        if "{" not in line and "class=" not in line:
            continue
        used = [
            token[1:]
            for match in ATTRIBUTE_LIST.finditer(line)
            for token in match[1].split()
            if token.startswith(".")
        ]
        used += [
            name
            for match in HTML_CLASS.finditer(line)
            for name in (match[1] or match[2] or "").split()
        ]
        for name in used:
            if name in known:
                continue
            close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.8)
            meant = f" Bedoel je '{close[0]}'?" if close else ""
            written = lines[number - 1]
            corrected = (
                re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", close[0], written)
                if close
                else None
            )
            findings.append(
                finding(
                    label, number, "opmaak-onbekend", corrected=corrected, name=name, meant=meant
                )
            )
    return findings
