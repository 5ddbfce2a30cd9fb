"""Every key point has a stable id: present, well-formed, unique, never reused. A mistake
stops with one Dutch message naming the file, the line, the block and a free id; the block
scaffolding hands out new ids itself."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from editor_helpers import copy_project, edit, line_of
from hypothesis import given, settings
from hypothesis import strategies as st

from project import DOCS
from toolkit.blocks_data import BlocksDataError, load_blocks, used_key_point_ids
from toolkit.key_point_ids import ID_PATTERN, new_id, slug

DATA = "docs/_data/blokken.yml"
SCHOLING_POINT = "      - id: k32-voor-door-met-elkaar\n        tekst: Voor, door en met elkaar\n"
RETIRED_EXAMPLE = "  # - k99-voorbeeld-van-een-verwijderd-punt\n"


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_project(tmp_path / "project")


def error_of(project: Path) -> str:
    with pytest.raises(BlocksDataError) as caught:
        load_blocks(project / DATA, project / "docs")
    return str(caught.value)


def test_the_real_data_file_has_36_unique_ids():
    points = [
        p for block in load_blocks(DOCS / "_data/blokken.yml", DOCS) for p in block.all_key_points()
    ]
    ids = [point.id for point in points]
    assert len(ids) == 36 and len(set(ids)) == 36
    assert all(ID_PATTERN.match(point_id) for point_id in ids)
    numbers = sorted(int(point_id[1:3]) for point_id in ids)
    assert numbers == list(range(1, 37))


def test_a_key_point_without_id_names_line_block_and_a_free_id(project):
    line = edit(project, DATA, SCHOLING_POINT, SCHOLING_POINT + "      - Leer van de regio\n")
    message = error_of(project)
    assert message.startswith(f"{DATA}, regel {line + 2} (blok 'scholing'): ")
    assert "het kernpunt 'Leer van de regio' heeft geen id" in message
    assert "Oplossing: schrijf het als '- id: k37-leer-regio'" in message


def test_a_sub_point_with_text_but_no_id_is_named(project):
    old = "          - id: k16-voldoende-mandaat\n            tekst: Voldoende mandaat\n"
    line = edit(project, DATA, old, "          - tekst: Voldoende mandaat\n")
    message = error_of(project)
    assert f"{DATA}, regel {line} (blok 'kernteam')" in message
    assert "'Voldoende mandaat' heeft geen id" in message and "k37-voldoende-mandaat" in message


def test_a_duplicate_id_points_at_the_first_one(project):
    first = line_of(project, DATA, "- id: k01-")
    line = edit(project, DATA, "k32-voor-door-met-elkaar", "k01-haak-bestaande-landelijke")
    message = error_of(project)
    assert message.startswith(f"{DATA}, regel {line} (blok 'scholing'): ")
    assert f"de kernpunt-id 'k01-haak-bestaande-landelijke' komt ook voor op regel {first}" in (
        message
    )
    assert "Oplossing: geef één van beide kernpunten een nieuwe id, bijv. 'k37-" in message


def test_a_retired_id_is_refused(project):
    retired_line = edit(project, DATA, RETIRED_EXAMPLE, "  - k32-voor-door-met-elkaar\n")
    line = line_of(project, DATA, "- id: k32-voor-door-met-elkaar")
    message = error_of(project)
    assert message.startswith(f"{DATA}, regel {line} (blok 'scholing'): ")
    assert f"'k32-voor-door-met-elkaar' is vervallen (regel {retired_line}" in message
    assert "mag niet opnieuw worden gebruikt" in message
    # and at the retired entry, in case that is the line the editor added
    with pytest.raises(BlocksDataError) as caught:
        load_blocks(project / DATA, project / "docs")
    places = [(item.line, item.rule) for item in caught.value.findings]
    assert places == [(line, "data-id-vervallen"), (retired_line, "data-vervallen-in-gebruik")]


def test_a_new_id_skips_retired_numbers(project):
    edit(project, DATA, RETIRED_EXAMPLE, "  - k40-oud-punt\n")
    edit(project, DATA, SCHOLING_POINT, SCHOLING_POINT + "      - Nog een punt\n")
    assert "'- id: k41-nog-punt'" in error_of(project)


@pytest.mark.parametrize(
    "bad_id", ["K01-hoofdletter", "k1-een-cijfer", "k37", "k37-met spatie", "k37-" + "x" * 60]
)
def test_a_malformed_id_is_explained(project, bad_id):
    line = edit(project, DATA, "- id: k32-voor-door-met-elkaar", f'- id: "{bad_id}"')
    message = error_of(project)
    assert message.startswith(f"{DATA}, regel {line} (blok 'scholing'): ")
    assert f"de kernpunt-id '{bad_id}' is ongeldig" in message
    assert "bijv. 'k07-binnen-eigen-praktijk'" in message


def test_a_retired_id_listed_twice(project):
    edit(project, DATA, RETIRED_EXAMPLE, "  - k40-oud-punt\n  - k40-oud-punt\n")
    assert "een id staat twee keer onder 'vervallen_kernpunten'" in error_of(project)


def test_new_block_hands_out_fresh_ids(project):
    edit(project, DATA, RETIRED_EXAMPLE, "  - k37-weg\n")
    result = subprocess.run(
        [
            sys.executable,
            str(project / "scripts/new-block"),
            "--id",
            "nieuw-blok",
            "--titel",
            "Nieuw blok",
            "--kernpunt",
            "Eerste stap: samen",
            "--kernpunt",
            "Tweede stap",
        ],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    data = (project / DATA).read_text(encoding="utf-8")
    assert (
        '      - id: k38-eerste-stap-samen\n        tekst: "Eerste stap: samen"\n'
        "      - id: k39-tweede-stap\n        tekst: Tweede stap\n"
    ) in data
    blocks = load_blocks(project / DATA, project / "docs")
    assert [p.id for p in blocks[-1].all_key_points()] == [
        "k38-eerste-stap-samen",
        "k39-tweede-stap",
    ]
    assert {"k37-weg", "k38-eerste-stap-samen"} <= used_key_point_ids(project / DATA)


@settings(max_examples=60, derandomize=True, deadline=None)
@given(
    text=st.text(min_size=1, max_size=80),
    taken=st.lists(st.integers(min_value=1, max_value=500), max_size=12),
)
def test_a_new_id_is_well_formed_and_never_taken(text, taken):
    taken_ids = {f"k{n:02d}-{slug('x')}" for n in taken}
    point_id = new_id(text, taken_ids)
    assert ID_PATTERN.match(point_id), point_id
    assert point_id not in taken_ids
    assert int(point_id[1:].split("-")[0]) > max(taken, default=0)
    assert len(point_id) <= 48
