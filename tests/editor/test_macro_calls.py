"""The calls on a page that fills in data ('render_macros: true'), checked against the
macros module as it is written (hooks/macros.py, read without importing it) and the
settings MkDocs has: each mistake named at its line with the line as it should be, never
the build's Python error. The mistakes are generated from the real calls."""

from __future__ import annotations

import re

import markdown
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.config import load_config

from project import DOCS, ROOT
from toolkit.content_checks import Source
from toolkit.macro_checks import check_macros, macro_arguments, module_names

SETTINGS = settings(max_examples=40, derandomize=True, database=None, deadline=None)
MODULE = ROOT / "hooks" / "macros.py"
MACROS = module_names(MODULE)
ARGUMENTS = macro_arguments(MODULE)
CONFIG_KEYS = set(load_config(str(ROOT / "mkdocs.yml")).keys())
PAGES = {
    f"docs/{path.relative_to(DOCS).as_posix()}": path.read_text(encoding="utf-8")
    for path in sorted(DOCS.rglob("*.md"))
    if "render_macros: true" in path.read_text(encoding="utf-8")
}
CALLS = [
    (label, number)
    for label, text in PAGES.items()
    for number, line in enumerate(text.split("\n"), 1)
    if re.search(r"\{\{\s*\w+\(\)\s*\}\}", line)
]


def check(label: str, text: str) -> list:
    source = Source(label, label.removeprefix("docs/"), text)
    return check_macros(source, MACROS, set(), ARGUMENTS, CONFIG_KEYS)


def with_line(text: str, number: int, line: str) -> str:
    lines = text.split("\n")
    lines[number - 1] = line
    return "\n".join(lines)


def test_the_real_pages_pass():
    for label, text in PAGES.items():
        assert check(label, text) == [], label


def test_the_site_macros_take_no_arguments():
    assert ARGUMENTS and all(least == 0 for least, _ in ARGUMENTS.values())


@SETTINGS
@given(call=st.sampled_from(CALLS), given_=st.sampled_from(["2026", "'regio'", "1, 2", "x=1"]))
def test_a_call_with_arguments_it_does_not_take_gets_the_call_without(call, given_):
    label, number = call
    text = PAGES[label]
    line = text.split("\n")[number - 1]
    broken = with_line(text, number, line.replace("()", f"({given_})", 1))
    findings = check(label, broken)
    assert [(item.line, item.rule) for item in findings] == [(number, "macro-argumenten")]
    assert findings[0].corrected == line
    assert check(label, with_line(broken, number, findings[0].corrected)) == []


@SETTINGS
@given(call=st.sampled_from(CALLS), indent=st.sampled_from(["    ", "\t", "      "]))
def test_a_call_indented_into_code_is_named_with_the_line_at_the_left(call, indent):
    label, number = call
    text = PAGES[label]
    line = text.split("\n")[number - 1]
    above = text.split("\n")[number - 2]
    broken = with_line(text, number, indent + line)
    findings = [item for item in check(label, broken) if item.rule == "macro-ingesprongen"]
    if above.strip():  # no blank line above: the call stays part of the paragraph or block
        assert findings == []
        return
    assert [(item.line, item.corrected) for item in findings] == [(number, line)]


@pytest.mark.parametrize(
    ("written", "meant"),
    [("site_ur", "site_url"), ("sitename", "site_name"), ("zzz_qqq", None)],
)
def test_a_setting_mkdocs_lacks_is_named_with_the_one_meant(written, meant):
    label = "docs/overzicht-poster.md"
    text = PAGES[label]
    number = next(n for n, line in enumerate(text.split("\n"), 1) if "config.site_url" in line)
    broken = text.replace("config.site_url", f"config.{written}")
    (found,) = check(label, broken)
    assert (found.line, found.rule) == (number, "macro-instelling")
    if meant:
        assert found.corrected == text.split("\n")[number - 1].replace("site_url", meant)
    else:
        assert found.corrected is None


HEADING_LINES = [
    (label, number)
    for label, text in PAGES.items()
    for number, line in enumerate(text.split("\n"), 1)
    if re.match(r"^#{2,3} \w", line)
]


@SETTINGS
@given(
    place=st.sampled_from(HEADING_LINES),
    anchor=st.from_regex(r"[a-z]{1,8}(-[a-z]{1,6})?", fullmatch=True),
)
def test_a_heading_address_written_as_a_jinja_comment_gets_its_space(place, anchor):
    # On a page that renders macros '{#adres}' opens a Jinja comment that never ends.
    label, number = place
    text = PAGES[label]
    broken = with_line(text, number, f"{text.split(chr(10))[number - 1]} {{#{anchor}}}")
    (item,) = check(label, broken)
    assert item.line == number and item.corrected, str(item)
    fixed = with_line(broken, number, item.corrected)
    assert check(label, fixed) == []
    heading = markdown.markdown(item.corrected, extensions=["attr_list"])
    assert f'id="{anchor}"' in heading, heading  # the address the editor meant is kept


@pytest.mark.parametrize("written", ["true", "True", "yes", "ja", "1", "waar", "on", "'true'"])
def test_a_page_renders_macros_only_for_what_yaml_reads_as_true(written):
    from toolkit.macro_checks import renders_macros

    source = Source("docs/a.md", "a.md", f"---\nrender_macros: {written}\n---\n\n# T\n")
    assert renders_macros(source) is (yaml.safe_load(f"x: {written}")["x"] is True)


@SETTINGS
@given(call=st.sampled_from(CALLS), spaced=st.booleans())
def test_a_call_with_single_braces_is_named_where_it_is_written(call, spaced):
    from toolkit.rendered_checks import check_rendered

    label, number = call
    text = PAGES[label]
    name = re.search(r"\{\{\s*(\w+)\(\)\s*\}\}", text.split("\n")[number - 1])[1]
    written = f"{{ {name}() }}" if spaced else f"{{{name}()}}"
    broken = with_line(text, number, written)
    source = Source(label, label.removeprefix("docs/"), broken)
    shown = f"<h1>Titel</h1><p>{written}</p>"  # Jinja leaves single braces as text
    found = [
        (item.line, item.rule)
        for item in check_rendered(shown, source, renders_macros=True)
        if item.rule != "verloren-tekst"  # (this HTML holds none of the page's other words)
    ]
    assert found == [(number, "macro-kapot")]


@settings(max_examples=30, derandomize=True, database=None, deadline=None)
@given(
    name=st.from_regex(r"[a-z]{3,9}", fullmatch=True).filter(lambda n: n not in MACROS),
    form=st.sampled_from(["string", "raw"]),
)
def test_braces_asked_for_as_text_are_shown_and_no_mistake(name, form):
    """'{{ naam }}' on a page with macros is unknown; the message's advice ('{{ "{{ naam }}" }}')
    or a raw block, followed, shows the braces as text, and the rendered checks take them
    as meant. Jinja itself (the engine mkdocs-macros runs) renders the page."""
    import jinja2

    from toolkit.rendered_checks import check_rendered

    head = "---\nrender_macros: true\nlaatst_gecontroleerd: 2026-01-01\n---\n\n# Titel\n\n"
    typed = f"Zie {{{{ {name} }}}} hieronder."
    (item,) = [i for i in check("docs/zelfscan.md", head + typed) if i.rule == "macro-onbekend"]
    literal = re.search(r"schrijf dan '(.*)'\.$", item.fix)[1]  # the advice, followed
    fixed = typed.replace(f"{{{{ {name} }}}}", literal)
    if form == "raw":
        fixed = typed.replace(f"{{{{ {name} }}}}", f"{{% raw %}}{{{{ {name} }}}}{{% endraw %}}")
    shown = jinja2.Environment().from_string(fixed).render()
    assert f"{{{{ {name} }}}}" in shown
    html = markdown.markdown(shown)
    source = Source("docs/zelfscan.md", "zelfscan.md", head + fixed)
    found = check_rendered("<h1>Titel</h1>" + html, source, renders_macros=True)
    assert found == [], [str(f) for f in found]
