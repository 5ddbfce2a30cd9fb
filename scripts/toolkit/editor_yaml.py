"""Reading editors' YAML (the data file, front matter): libyaml's safe loader when present,
and Dutch wording of syntax errors.

PyYAML's pure-Python and libyaml loaders word the same problem differently; both are here.
"""

from __future__ import annotations

import re

import yaml

# libyaml's loader is several times faster than the pure-Python one, which otherwise
# dominates the cost of reading the data file and every page's front matter.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Problem text (start) -> what an editor should look for. First match wins.
YAML_PROBLEMS = {
    "mapping values are not allowed": (
        "een dubbele punt met een spatie midden in een waarde; zet de tekst tussen aanhalingstekens"
    ),
    "could not find expected ':'": "een dubbele punt ontbreekt, of een aanhalingsteken sluit niet",
    "found character": "een tab; gebruik spaties",
    "found a tab character": "een tab in de inspringing; YAML kent alleen spaties",
    "found unexpected end of stream": "een aanhalingsteken of haakje sluit niet",
    "found undefined alias": "een '*' vooraan een waarde; zet die tussen aanhalingstekens",
    "expected ',' or ']'": "een haakje '[' wordt niet gesloten met ']'",
    "did not find expected ',' or ']'": "een haakje '[' wordt niet gesloten met ']'",
    "expected ',' or '}'": "een haakje '{' wordt niet gesloten met '}'",
    "did not find expected ',' or '}'": "een haakje '{' wordt niet gesloten met '}'",
    "expected": "de inspringing klopt niet",
    "did not find expected": "de inspringing klopt niet",
}


CURLY_QUOTES_PROBLEM = (
    "krullende aanhalingstekens (“ ” of ‘ ’, bijvoorbeeld uit Word) rond een waarde; YAML "
    'kent alleen rechte aanhalingstekens (")'
)
# A value that starts with a curly quote: after "naam: ", "- " or "- naam: ".
_CURLY_VALUE = re.compile(r"^\s*(?:-\s+)?(?:[\w-]+\s*:\s+)?[“”‘’„]")


def yaml_problem(error: yaml.MarkedYAMLError) -> str:
    problem = error.problem or ""
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
