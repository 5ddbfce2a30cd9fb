"""Every mistake an editor can make in the block data stops the build with one Dutch
message naming the file, the line or block id, and the fix; nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from project import DOCS, build_site, copy_project, edit

DATA = "docs/_data/blokken.yml"


@pytest.fixture
def project(tmp_path) -> Path:
    """A copy of the project that a test may break."""
    return copy_project(tmp_path / "project")


def failed_build(project: Path) -> str:
    site = project / "out"
    result = build_site(project, site)
    assert result.returncode != 0, "the build should have failed"
    assert not (site / "index.html").exists(), "a failed build must not write pages"
    return " ".join(result.stderr.split())


def test_yaml_syntax_error_names_the_line(project):
    line = edit(project, DATA, "    volgorde: 3\n", "    volgorde: [3\n")
    message = failed_build(project)
    assert f"{DATA}, regel " in message and "de YAML is ongeldig" in message
    reported = int(message.split(f"{DATA}, regel ")[1].split(":")[0])
    assert line <= reported <= line + 3
    assert "Oplossing:" in message


def test_missing_field_names_the_block_and_the_field(project):
    title_line = "    titel: Vorm een regionaal kernteam en plan een periodiek overleg\n"
    line = edit(project, DATA, title_line, "")
    message = failed_build(project)
    assert "(blok 'kernteam')" in message
    assert "het verplichte veld 'titel' ontbreekt" in message
    assert f"{DATA}, regel {line - 1}" in message  # the line of "- id: kernteam"


def test_unknown_page_names_the_block_and_the_page(project):
    edit(project, DATA, "pagina: blokken/scholing.md", "pagina: blokken/scholingen.md")
    message = failed_build(project)
    assert "(blok 'scholing')" in message
    assert "'blokken/scholingen.md' (in de map docs/) bestaat niet" in message
    assert "Oplossing:" in message


def test_duplicate_id_names_both_blocks(project):
    line = edit(project, DATA, "  - id: scholing\n", "  - id: bekostiging\n")
    message = failed_build(project)
    assert f"{DATA}, regel" in message and "id 'bekostiging' komt ook voor" in message
    assert f"(regel {line})" in message  # points at the other block with that id


def test_duplicate_order_is_refused(project):
    edit(project, DATA, "    volgorde: 9\n", "    volgorde: 1\n")
    message = failed_build(project)
    assert "volgorde '1' komt ook voor" in message


def test_unknown_field_suggests_the_allowed_ones(project):
    edit(project, DATA, "    volgorde: 8\n", "    volgorde: 8\n    titl: Scholing\n")
    message = failed_build(project)
    assert "onbekend veld 'titl'" in message and "toegestaan zijn: id, titel" in message


def test_title_must_match_the_page_heading(project):
    edit(project, DATA, "titel: Bekostiging en financiering", "titel: Bekostiging")
    message = failed_build(project)
    assert "(blok 'bekostiging')" in message and "de titel wijkt af" in message


def test_page_reachable_from_nowhere(project):
    (project / "docs/blokken/los-blok.md").write_text("# Los blok\n", encoding="utf-8")
    message = failed_build(project)
    assert "docs/blokken/los-blok.md, regel 1: deze pagina is vanuit geen enkel bouwblok" in message
    assert "Oplossing:" in message


def test_undefined_macro_variable_is_named_with_its_line(project):
    line = edit(
        project,
        "docs/index.md",
        "{{ blokken_overzicht() }}",
        "{{ blokken_overzicht() }}\n\n{{ onbekende_variabele }}",
    )
    message = failed_build(project)
    assert f"docs/index.md, regel {line + 2}: 'onbekende_variabele' tussen {{{{ }}}} kent" in (
        message
    )
    assert "'{{ blokken_overzicht() }}'" in message and "is undefined" not in message


def test_jinja_in_a_page_without_opt_in_is_reported_not_published(project):
    page = next((project / "docs/blokken").glob("*.md"))
    text = page.read_text(encoding="utf-8")
    page.write_text(text + "\nVoorbeeld: {{ geen_macro }}\n", encoding="utf-8")
    line = text.count("\n") + 2
    message = failed_build(project)
    label = page.relative_to(project).as_posix()
    assert f"{label}, regel {line}: '{{{{ geen_macro }}}}' staat letterlijk op de pagina" in message


def test_the_real_data_file_is_valid():
    from toolkit.blocks_data import load_blocks

    assert [b.order for b in load_blocks(DOCS / "_data/blokken.yml", DOCS)] == list(range(1, 10))


@pytest.mark.parametrize("indent", [" ", "    ", "\t"])
def test_an_indented_page_heading_is_named_on_the_page(project, indent):
    page = "docs/blokken/scholing.md"
    text = (project / page).read_text(encoding="utf-8")
    heading = next(line for line in text.split("\n") if line.startswith("# "))
    line = edit(project, page, heading, indent + heading)
    message = failed_build(project)
    assert f"{page}, regel {line}: de kop van de pagina begint met spaties of een tab" in message
    assert "geen kop # gevonden" not in message  # one cause, one message


@pytest.mark.parametrize("after_hash", ["", "\u00a0"])
def test_a_page_heading_without_an_ordinary_space_is_named_on_the_page(project, after_hash):
    page = "docs/blokken/scholing.md"
    text = (project / page).read_text(encoding="utf-8")
    heading = next(line for line in text.split("\n") if line.startswith("# "))
    line = edit(project, page, heading, "#" + after_hash + heading[2:])
    message = failed_build(project)
    assert f"{page}, regel {line}: na het '#' van de kop van de pagina staat geen" in message
