"""Mistakes that only show in what reaches the reader, made as an editor makes them in
GitHub's web editor: the source checks let them through, the rendered-HTML net
(toolkit/rendered_checks.py) stops them in both scripts/check-content and the strict build,
with the file, the line and the fix in Dutch, and no traceback.

As in test_editor_messages.py, the mistakes go into one copy together, each in its own
place, and the command and the build run once on it. The characters a Windows program or
Word brings along (byte-order mark, Windows line endings, non-breaking spaces, curly quotes)
get a copy of their own: those must be harmless, the pages rendering as meant.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bs4 import BeautifulSoup
from editor_helpers import (
    append,
    assert_findings_dutch,
    cli_and_build,
    copy_project,
    edit,
    findings_in,
)

from project import build_site

KERNTEAM = "docs/blokken/kernteam.md"
SCHOLING = "docs/blokken/scholing.md"
DRAAGVLAK = "docs/blokken/draagvlak.md"
BEKOSTIGING = "docs/blokken/bekostiging.md"
VISIE = "docs/blokken/visie-en-doelen.md"
NETWERK = "docs/blokken/formaliseer-het-netwerk.md"
STAKEHOLDERS = "docs/blokken/stakeholders.md"
PRIVACY = "docs/over/privacy.md"
POSTER = "docs/overzicht-poster.md"

# Each case breaks the copy and returns (file, line, a phrase of the expected message).
Case = Callable[[Path], tuple[str, int, str]]


def space_in_reference_name(project):
    line = edit(project, KERNTEAM, "[bnw-het-netwerk]", "[bnw-het-netwerk ]")
    return KERNTEAM, line, "de verwijzing is niet herkend"


def table_without_separator(project):
    line = append(project, SCHOLING, "\n| Wie | Wat |\n| huisarts | verwijst |\n") + 1
    return SCHOLING, line, "de tabel is niet herkend"


def braces_on_a_page_without_macros(project):
    line = append(project, DRAAGVLAK, "\nNeem contact op met {{ regio }}.\n") + 1
    return DRAAGVLAK, line, "op deze pagina worden geen gegevens ingevuld"


def unclosed_bold(project):
    line = edit(project, VISIE, "- Maak een planning", "- Maak een **planning")
    return VISIE, line, "vet, cursief of doorhalen is niet afgesloten"


def box_with_two_exclamation_marks(project):
    line = edit(project, NETWERK, '!!! interessant "Interessant"', '!! interessant "Interessant"')
    return NETWERK, line, "precies drie uitroeptekens"


def stray_bracket(project):
    # (one too many inside a reference, '[[Toolbox Schaal][...]', is named before anything is
    # rendered, with the line without it: tests/editor/test_editor_checks.py)
    line = edit(project, DRAAGVLAK, "Promoot de doelen", "Promoot [de doelen")
    return DRAAGVLAK, line, "losse rechte haak"


def broken_editor_comment(project):
    line = edit(
        project, BEKOSTIGING, "Innovatie<!-- url-ontbreekt -->", "Innovatie<!- url-ontbreekt -->"
    )
    return BEKOSTIGING, line, "een opmerking voor redacteuren is niet goed geopend of gesloten"


def youtube_embed(project):
    line = (
        append(
            project,
            STAKEHOLDERS,
            '\n<iframe src="https://www.youtube.com/embed/abc" title="Video"></iframe>\n',
        )
        + 1
    )
    return STAKEHOLDERS, line, "privacyverklaring"


def script_tag(project):
    line = append(project, PRIVACY, "\n<script>alert('hallo')</script>\n") + 1
    return PRIVACY, line, "<script>"


def event_handler(project):
    line = (
        append(
            project,
            SCHOLING,
            '\n<p onclick="alert(1)">Klik hier</p>\n',
        )
        + 1
    )
    return SCHOLING, line, "onclick"


def image_from_another_host(project):
    line = append(project, KERNTEAM, "\n![Logo](https://www.example.org/logo.png)\n") + 1
    return KERNTEAM, line, "privacyverklaring"


def bullets_from_word(project):
    line = append(project, PRIVACY, "\n• Geen cookies\n• Geen tracking\n") + 1
    return PRIVACY, line, "een opsommingsteken uit Word of een pdf"


# ("1) Eerst" after a blank line is no mistake any more: a numbered list on the site as on
# GitHub, pymdownx.fancylists; tests/editor/test_github_preview.py.)


RENDERED_MISTAKES: list[Case] = [
    space_in_reference_name,
    table_without_separator,
    braces_on_a_page_without_macros,
    unclosed_bold,
    stray_bracket,
    broken_editor_comment,
    youtube_embed,
    script_tag,
    event_handler,
    image_from_another_host,
    bullets_from_word,
]


def assert_each_named(cases: list[Case], tmp_path) -> None:
    """Make every mistake in one copy; both ways of meeting the checks name each with its
    file and line, in Dutch, without a traceback, and the build writes nothing."""
    project = copy_project(tmp_path / "project")
    expected = {case.__name__: case(project) for case in cases}
    cli, build = cli_and_build(project)
    for name, outcome in (("scripts/check-content", cli), ("mkdocs build --strict", build)):
        assert outcome.returncode != 0, f"{name} should fail:\n{outcome.raw}"
        assert "Traceback" not in outcome.raw and "UnicodeDecodeError" not in outcome.raw
        found = findings_in(outcome)
        missing = [
            f"{case}: {file}, regel {line}: ...{phrase}..."
            for case, (file, line, phrase) in expected.items()
            if not any(
                where.startswith(f"{file}, regel {line}") and phrase in message
                for where, message in found
            )
        ]
        assert not missing, f"{name} misses:\n" + "\n".join(missing) + f"\n\n{outcome.raw}"
        assert_findings_dutch(outcome)
    assert not (project / "out" / "index.html").exists(), "a failed build must not write pages"


def test_what_would_reach_the_reader_broken_is_named_with_file_and_line(tmp_path):
    assert_each_named(RENDERED_MISTAKES, tmp_path)


# Source-level mistakes of the same kind: they stop the checks before anything is rendered.


def windows_1252_page(project):
    path = project / SCHOLING
    text = path.read_text(encoding="utf-8") + "\nNieuwe alinea over patiëntinformatie.\n"
    path.write_bytes(text.encode("cp1252", errors="replace"))
    line = text.split("\n").index("Nieuwe alinea over patiëntinformatie.") + 1
    first_accent = next(n for n, row in enumerate(text.split("\n"), 1) if not row.isascii())
    return SCHOLING, min(line, first_accent), "UTF-8"


def tab_in_front_matter(project):
    line = edit(project, KERNTEAM, "\nlaatst_gecontroleerd:", "\n\tlaatst_gecontroleerd:") + 1
    return KERNTEAM, line, "tab"


def curly_quotes_in_front_matter(project):
    text = (project / DRAAGVLAK).read_text(encoding="utf-8")
    description = text.split("\n")[1]
    value = description.removeprefix("description: ")
    line = edit(project, DRAAGVLAK, description, f"description: “{value}”")
    return DRAAGVLAK, line, "aanhalingstekens"


def undefined_name_on_a_macro_page(project):
    line = edit(
        project, POSTER, "{{ blokken_overzicht() }}", "{{ blokken_overzicht() }} {{ regio }}"
    )
    return POSTER, line, "'regio' tussen {{ }} kent"


def unclosed_macro_tag(project):
    line = edit(
        project, "docs/index.md", "{{ blokken_overzicht() }}", "{% if blokken_overzicht() }}"
    )
    return "docs/index.md", line, "er ontbreekt een accolade"


def front_matter_key_twice(project):
    line = edit(
        project,
        BEKOSTIGING,
        "laatst_gecontroleerd: 2026-11-23",
        "laatst_gecontroleerd: 2026-11-23\nlaatst_gecontroleerd: 2026-12-01",
    )
    return BEKOSTIGING, line + 1, f"staat twee keer in het gegevensblok (ook op regel {line})"


def image_that_is_not_there(project):
    line = append(project, VISIE, "\n![Foto van het kernteam](kernteam.png)\n") + 1
    # No "Bedoel je 'kernteam.md'?": a picture is not a page.
    return VISIE, line, "wijst naar een bestand dat niet bestaat. Oplossing"


SOURCE_MISTAKES: list[Case] = [
    windows_1252_page,
    tab_in_front_matter,
    curly_quotes_in_front_matter,
    box_with_two_exclamation_marks,
    undefined_name_on_a_macro_page,
    unclosed_macro_tag,
    front_matter_key_twice,
    image_that_is_not_there,
]


def test_foreign_characters_and_macro_mistakes_are_named_with_file_and_line(tmp_path):
    assert_each_named(SOURCE_MISTAKES, tmp_path)


# What Windows programs and Word bring along, harmless: the page renders as meant.


def test_byte_order_mark_line_endings_odd_spaces_and_curly_titles_render_as_meant(tmp_path):
    project = copy_project(tmp_path / "project")
    kernteam = project / KERNTEAM
    kernteam.write_bytes(b"\xef\xbb\xbf" + kernteam.read_bytes().replace(b"\n", b"\r\n"))
    edit(project, VISIE, "    - Haak waar mogelijk", "\u00a0\u00a0\u00a0\u00a0- Haak waar mogelijk")
    edit(project, VISIE, '!!! interessant "Interessant"', "!!! interessant “Interessant”")
    edit(project, SCHOLING, "\n\n!!! interessant", "   \n\n!!! interessant")  # trailing spaces
    site = project / "out"
    result = build_site(project, site)
    assert result.returncode == 0, result.stderr

    def article(page: str) -> BeautifulSoup:
        html = (site / page / "index.html").read_text(encoding="utf-8")
        return BeautifulSoup(html, "lxml").select_one("article")

    kernteam_page = article("blokken/kernteam")
    assert kernteam_page.h1.get_text(strip=True).startswith("Vorm een regionaal kernteam")
    assert "---" not in kernteam_page.get_text() and "\ufeff" not in kernteam_page.get_text()
    visie = article("blokken/visie-en-doelen")
    sub = visie.find(string=lambda text: text and text.startswith("Haak waar mogelijk"))
    assert sub is not None and sub.find_parent("li").find_parent("li") is not None, (
        "the sub-point indented with non-breaking spaces must stay a sub-point"
    )
    titles = [title.get_text(strip=True) for title in visie.select(".admonition-title")]
    assert "Interessant" in titles and not any("“" in title for title in titles)


# MkDocs' own link checks, reworded: a link to a heading that does not exist.


def test_a_link_to_a_missing_heading_is_named_in_dutch_with_its_line(tmp_path):
    project = copy_project(tmp_path / "project")
    own = append(project, SCHOLING, "\nZie [hieronder](#bestaat-niet).\n") + 1
    other = append(project, DRAAGVLAK, "\nZie ook [het kernteam](kernteam.md#geen-kop).\n") + 1
    cli, build = cli_and_build(project)
    for name, outcome in (("scripts/check-content", cli), ("mkdocs build --strict", build)):
        assert outcome.returncode != 0, f"{name} should fail:\n{outcome.raw}"
        assert "Doc file" not in outcome.raw and "no such anchor" not in outcome.raw
        assert (
            f"{SCHOLING}, regel {own}: de link '#bestaat-niet' wijst naar een kop op deze pagina "
            "die niet bestaat"
        ) in outcome.output
        assert (
            f"{DRAAGVLAK}, regel {other}: de link 'kernteam.md#geen-kop' wijst naar een kop "
            "'#geen-kop' op docs/blokken/kernteam.md"
        ) in outcome.output
    assert_findings_dutch(cli)
