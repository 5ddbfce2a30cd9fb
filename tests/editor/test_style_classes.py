"""A style class that no stylesheet or code of the site knows is named at its line, with the
name it most likely meant; every class the real pages use is known.

Typos are generated from the real class names; whether a typo is known, the test decides
from the stylesheet text itself."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from project import DOCS, ROOT
from toolkit.content_checks import Source
from toolkit.style_classes import check_classes, defined_classes

SETTINGS = settings(max_examples=60, derandomize=True, database=None, deadline=None)
STYLESHEET = DOCS / "assets/stylesheets/toolkit.css"
CODE = [*(ROOT / "hooks").glob("*.py"), *(ROOT / "overrides").rglob("*.html")]
KNOWN = defined_classes([STYLESHEET], CODE)
OWN = sorted(set(re.findall(r"\.(tk-[\w-]+)", STYLESHEET.read_text(encoding="utf-8"))))
PAGE = (
    "---\nlaatst_gecontroleerd: 2026-11-01\n---\n\n# Titel\n\n"
    'Een alinea.\n{ .NAME }\n\n<p class="NAME">Tekst</p>\n'
)


def findings_for(name: str) -> list:
    source = Source("docs/x.md", "x.md", PAGE.replace("NAME", name))
    return check_classes(source.label, source.prose, source.lines, KNOWN)


def test_every_class_the_pages_use_is_known():
    for path in sorted(DOCS.rglob("*.md")):
        source = Source(
            f"docs/{path.relative_to(DOCS)}",
            str(path.relative_to(DOCS)),
            path.read_text(encoding="utf-8"),
        )
        assert check_classes(source.label, source.prose, source.lines, KNOWN) == [], path


@SETTINGS
@given(
    name=st.sampled_from(OWN),
    at=st.integers(min_value=3, max_value=40),
    kind=st.sampled_from(["drop", "double", "swap"]),
)
def test_a_typo_in_a_class_is_named_with_the_class_meant(name, at, kind):
    at = min(at, len(name) - 2)
    typo = {
        "drop": name[:at] + name[at + 1 :],
        "double": name[:at] + name[at] + name[at:],
        "swap": name[:at] + name[at + 1] + name[at] + name[at + 2 :],
    }[kind]
    found = findings_for(typo)
    if typo in KNOWN:  # the typo is another real class
        assert found == []
        return
    assert [(item.line, item.rule) for item in found] == [
        (8, "opmaak-onbekend"),
        (10, "opmaak-onbekend"),
    ]
    for item in found:
        assert item.corrected is not None, str(item)
        meant = re.search(r"\.([\w-]+) \}|class=\"([\w-]+)\"", item.corrected)
        assert (meant[1] or meant[2]) in KNOWN


def test_an_unknown_class_without_a_near_name_gets_no_guess():
    (first, second) = findings_for("qqq-zzz")
    assert first.corrected is None and "Bedoel je" not in first.message
