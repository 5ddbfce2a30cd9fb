"""Property: a heading that a page links to ('blok.md#kop') keeps its address, or the
editor's change is named at that heading, with a line that gives the address back.

The test links to a real heading of a real block page from another page, edits that heading
the ways an editor does (rewords it, drops or edits its `{ #adres }`, deletes it, changes its
level), and decides itself, by rendering the edited page with Python-Markdown, whether the
address is still there. The check compares with the page as it was (git in a build)."""

from __future__ import annotations

import re
from pathlib import Path

import markdown
import yaml
from editor_helpers import committed_copy, findings_in, run_cli
from hypothesis import given, settings
from hypothesis import strategies as st

from project import DOCS, ROOT
from toolkit.content_checks import Source
from toolkit.removed_anchors import check_removed_anchors

SETTINGS = settings(max_examples=60, derandomize=True, database=None, deadline=None)
BLOCK_PAGES = sorted(path.relative_to(DOCS).as_posix() for path in (DOCS / "blokken").glob("*.md"))
HEADING = re.compile(r"^#{2,6} \S")


def _renderer() -> markdown.Markdown:
    """Python-Markdown with the heading extensions as mkdocs.yml configures them."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    extensions, configs = [], {}
    for item in config["markdown_extensions"]:
        name, options = next(iter(item.items())) if isinstance(item, dict) else (item, {})
        if name in ("toc", "attr_list", "abbr", "admonition", "md_in_html"):
            extensions.append(name)
            configs[name] = options or {}
    return markdown.Markdown(extensions=extensions, extension_configs=configs)


class _Loader(yaml.SafeLoader):
    pass


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)
RENDERER = _renderer()


def render(body: str) -> str:
    return RENDERER.reset().convert(body)


def anchors(text: str) -> list[str]:
    body = text.split("---\n", 2)[2] if text.startswith("---\n") else text
    return re.findall(r"<h[1-6][^>]*\bid=\"([^\"]+)\"", render(body))


def headings_of(page: str) -> list[int]:
    lines = (DOCS / page).read_text(encoding="utf-8").split("\n")
    return [n for n, line in enumerate(lines, 1) if HEADING.match(line)]


TARGETS = [(page, line) for page in BLOCK_PAGES for line in headings_of(page)]


def edited(line: str, kind: str, word: str) -> str | None:
    """The heading line after an editor's edit, or None when it is deleted."""
    hashes, _, rest = line.partition(" ")
    text, attributes = (rest.split(" {", 1) + [""])[:2]
    attributes = f" {{{attributes}" if attributes else ""
    if kind == "reword":
        return f"{hashes} {word} {text}{attributes}"
    if kind == "drop-attributes":
        return f"{hashes} {text}"
    if kind == "drop-and-reword":
        return f"{hashes} {word} {text}"
    if kind == "edit-id":
        return f"{hashes} {text} {{ #{word} }}"
    if kind == "level":
        return f"#{hashes} {text}{attributes}"
    if kind == "punctuation":
        return f"{hashes} {text}:{attributes}"
    return None  # delete


@SETTINGS
@given(
    target=st.sampled_from(TARGETS),
    kind=st.sampled_from(
        ["reword", "drop-attributes", "edit-id", "level", "punctuation", "delete"]
    ),
    word=st.sampled_from(["Nieuw", "anders", "kop-twee"]),
    linker=st.sampled_from(BLOCK_PAGES),
)
def test_a_linked_heading_keeps_its_address_or_the_edit_is_named(target, kind, word, linker):
    page, number = target
    original = (DOCS / page).read_text(encoding="utf-8")
    lines = original.split("\n")
    index = sum(1 for n in headings_of(page) if n < number) + 1  # the h1 comes first
    anchor = anchors(original)[index]
    new_line = edited(lines[number - 1], kind, word)
    new_lines = [
        *lines[: number - 1],
        *([new_line] if new_line is not None else []),
        *lines[number:],
    ]
    now = "\n".join(new_lines)

    link = f"[zie daar]({Path(page).name}#{anchor})" if linker != page else f"[zie]( #{anchor})"
    link = link.replace("( #", "(#")
    linking = (
        "---\nlaatst_gecontroleerd: 2026-11-01\n---\n\n# Andere pagina\n\nTekst, " + link + ".\n"
    )
    other = "blokken/zz-andere.md" if linker != page else page
    sources = [Source(f"docs/{page}", page, now)]
    if linker != page:
        sources.append(Source(f"docs/{other}", other, linking))
    else:
        sources[0] = Source(f"docs/{page}", page, now + "\n" + link + "\n")
    at_start = {f"docs/{page}": original + ("\n" + link + "\n" if linker == page else "")}

    findings = check_removed_anchors(sources, {f"docs/{page}"}, at_start.get, render)

    if anchor in anchors(sources[0].text):
        assert findings == [], [str(item) for item in findings]
        return
    assert [item.rule for item in findings] in (["kop-adres-weg"], ["kop-verdwenen"]), findings
    item = findings[0]
    if new_line is None:
        assert item.rule == "kop-verdwenen" and item.line == min(number, len(new_lines))
        return
    assert item.line == number and item.corrected is not None, str(item)
    fixed = sources[0].text.split("\n")
    fixed[number - 1] = item.corrected
    assert anchor in anchors("\n".join(fixed)), item.corrected


def test_the_build_names_the_heading_whose_address_other_pages_link_to(tmp_path):
    project = committed_copy(tmp_path / "project")
    label = "docs/blokken/formaliseer-het-netwerk.md"
    text = (project / label).read_text(encoding="utf-8")
    heading = next(
        line for line in text.split("\n") if "{ #wettelijke-kaders-aansprakelijkheid }" in line
    )
    number = text.split("\n").index(heading) + 1
    (project / label).write_text(text.replace(heading, "## Wet- en regelgeving"), encoding="utf-8")
    outcome = run_cli(project)
    assert outcome.returncode == 1
    message = dict(findings_in(outcome)).get(f"{label}, regel {number}", "")
    assert message.startswith("deze kop had het adres '#wettelijke-kaders-aansprakelijkheid'"), (
        outcome.raw
    )
    assert "'## Wet- en regelgeving { #wettelijke-kaders-aansprakelijkheid }'" in message
