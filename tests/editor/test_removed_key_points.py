"""A key point removed from the data file without retiring its id is named, in Dutch, where
it stood, with the line where the fix goes (toolkit/removed_key_points.py); in a git
repository the build stops on it."""

from __future__ import annotations

import re

from editor_helpers import committed_copy, run_cli
from hypothesis import given, settings
from hypothesis import strategies as st

from project import ROOT
from toolkit.removed_key_points import check_removed_key_points

DATA = (ROOT / "docs/_data/blokken.yml").read_text(encoding="utf-8")
LABEL = "docs/_data/blokken.yml"
# A key point without sub-points: its `- id:` line and its `tekst:` line.
LEAF = re.compile(
    r"^(?P<indent> *)- id: (?P<id>k\S+)\n(?P=indent)  tekst: .*\n(?!(?P=indent)  subpunten:)",
    re.M,
)
LEAVES = [(match["id"], match.group(0)) for match in LEAF.finditer(DATA)]
RETIRED_HEADER = "vervallen_kernpunten:\n"


def line_of_retired(text: str) -> int:
    return text.split("\n").index("vervallen_kernpunten:") + 1


def where_it_stood(point_id: str, removed: list[str], retired: list[str]) -> int:
    """The test's own count: the line of the edited text where the removed point's lines
    were, the line that now follows them (lines removed above it and retired ids added
    above it moved it)."""
    lines = dict(LEAVES)
    start = DATA[: DATA.index(lines[point_id])].count("\n") + 1
    above = [other for other in removed if DATA.index(lines[other]) < DATA.index(lines[point_id])]
    return start - 2 * len(above) + len(retired)


def edited(removed: list[str], retired: list[str]) -> str:
    text = DATA
    for point_id, lines in LEAVES:
        if point_id in removed:
            text = text.replace(lines, "")
    entries = "".join(f"  - {point_id}\n" for point_id in retired)
    return text.replace(RETIRED_HEADER, RETIRED_HEADER + entries)


def test_the_real_data_file_has_leaves_to_remove():
    assert len(LEAVES) >= 30  # guard against a vacuous property test below


def test_an_unchanged_data_file_is_fine():
    assert check_removed_key_points(DATA, DATA) == []


def test_a_removed_point_is_named_with_file_line_and_fix():
    new = edited(["k03-maak-gebruik-bestaande"], [])
    (finding,) = check_removed_key_points(DATA, new)
    line = line_of_retired(new)
    stood = where_it_stood("k03-maak-gebruik-bestaande", ["k03-maak-gebruik-bestaande"], [])
    assert str(finding) == (
        f"{LABEL}, regel {stood}: het kernpunt 'k03-maak-gebruik-bestaande' ('Maak gebruik van "
        "bestaande landelijke en regionale analyses') is verwijderd, maar zijn id staat niet "
        "onder 'vervallen_kernpunten'. Oplossing: zet '- k03-maak-gebruik-bestaande' onder "
        f"'vervallen_kernpunten' (regel {line}), zodat oude zelfscans het als vervallen tonen "
        "en de id nooit opnieuw wordt gebruikt."
    )


def test_a_retired_point_is_fine_and_a_renamed_text_too():
    assert (
        check_removed_key_points(
            DATA, edited(["k03-maak-gebruik-bestaande"], ["k03-maak-gebruik-bestaande"])
        )
        == []
    )
    renamed = DATA.replace(
        "Onderbouw doelstellingen cijfermatig", "Onderbouw de doelen met cijfers"
    )
    assert check_removed_key_points(DATA, renamed) == []


def test_a_removed_parent_names_its_sub_points_too():
    start = DATA.index("      - id: k13-per-organisatie")
    end = DATA.index("      - id: k17-leer-elkaar-elkaars")
    findings = check_removed_key_points(DATA, DATA[:start] + DATA[end:])
    assert [re.search(r"'(k\d+[^']*)'", f.message)[1] for f in findings] == [
        "k13-per-organisatie",
        "k14-zorgprofessional-kartrekker",
        "k15-beleidsmatige-ondersteuning-vanuit",
        "k16-voldoende-mandaat",
    ]


def test_without_the_retired_list_the_fix_says_where_to_add_it():
    new = edited(["k32-voor-door-met-elkaar"], []).replace("vervallen_kernpunten:\n", "")
    (finding,) = check_removed_key_points(DATA, new)
    stood = where_it_stood("k32-voor-door-met-elkaar", ["k32-voor-door-met-elkaar"], [])
    assert finding.line == stood - 1  # (the line 'vervallen_kernpunten:' above it went too)
    assert "(een nieuwe regel 'vervallen_kernpunten:' bovenaan)" in finding.text


@settings(max_examples=20, derandomize=True, database=None, deadline=None)
@given(month=st.integers(1, 14), day=st.integers(28, 35))
def test_a_key_point_that_reads_as_a_date_is_compared_as_text(month, day):
    # '2026-02-30' in a key point: no such date, so YAML's date reading must not stop the check
    typed = f"2026-{month:02d}-{day:02d}"
    first = re.search(r"tekst: .+", DATA)[0]
    assert check_removed_key_points(DATA, DATA.replace(first, f"tekst: {typed}", 1)) == []


def test_broken_yaml_is_left_to_the_yaml_check():
    assert check_removed_key_points(DATA, "blokken: [\n") == []


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_random_removals_from_the_real_data_file(data):
    ids = [point_id for point_id, _ in LEAVES]
    removed = data.draw(st.lists(st.sampled_from(ids), unique=True, max_size=8))
    retired = data.draw(st.lists(st.sampled_from(removed), unique=True)) if removed else []
    new = edited(removed, retired)
    findings = check_removed_key_points(DATA, new)
    named = [re.search(r"het kernpunt '([^']+)'", f.message)[1] for f in findings]
    assert named == sorted(set(removed) - set(retired))  # the oracle
    # each named where the editor deleted it
    assert [(f.file, f.line) for f in findings] == [
        (LABEL, where_it_stood(point_id, removed, retired)) for point_id in named
    ]


def test_the_content_check_compares_with_git(tmp_path):
    project = committed_copy(tmp_path / "project")
    data = project / "docs/_data/blokken.yml"
    data.write_text(edited(["k31-stuur-indien-nodig"], []), encoding="utf-8")
    outcome = run_cli(project)
    assert outcome.returncode == 1
    assert "het kernpunt 'k31-stuur-indien-nodig' ('Stuur bij indien nodig') is verwijderd" in (
        outcome.output
    )
    data.write_text(
        edited(["k31-stuur-indien-nodig"], ["k31-stuur-indien-nodig"]), encoding="utf-8"
    )
    assert run_cli(project).returncode == 0


ID_LINES = [
    (number, line)
    for number, line in enumerate(DATA.split("\n"), start=1)
    if re.match(r"^\s*- id: k\d", line)
]


@settings(max_examples=60, derandomize=True, database=None, deadline=None)
@given(
    where=st.sampled_from(ID_LINES),
    change=st.sampled_from(["upper", "spaces", "renumber", "reword", "underscore"]),
)
def test_an_id_changed_in_place_is_named_at_its_line_with_the_old_id_back(where, change):
    number, line = where
    old = line.split("id: ", 1)[1]
    new = {
        "upper": old.upper(),
        "spaces": old.replace("-", " "),
        "renumber": "k9" + old[1:],
        "reword": old.split("-", 1)[0] + "-nieuwe-naam",
        "underscore": old.replace("-", "_"),
    }[change]
    changed = DATA.replace(line, line.replace(old, new), 1)
    findings = check_removed_key_points(DATA, changed, LABEL)
    assert [(item.line, item.rule) for item in findings] == [(number, "kernpunt-id-gewijzigd")]
    assert findings[0].corrected == line
    assert (
        check_removed_key_points(DATA, changed.replace(line.replace(old, new), line), LABEL) == []
    )


def test_an_id_still_written_under_a_misspelt_name_was_not_removed():
    """'- Id: k02-...': the data-file checks name the misspelt name; the point is not gone.
    Commented out, it is gone."""
    old = DATA
    (first,) = re.findall(r"(?m)^\s+- id: (k01-\S+)$", old)
    assert check_removed_key_points(old, old.replace(f"- id: {first}", f"- Id: {first}")) == []
    point = re.search(rf"(?m)^      - id: {first}\n        tekst: .*$", old)[0]
    gone = old.replace(point, "\n".join(f"      # {line.strip()}" for line in point.split("\n")))
    assert [item.rule for item in check_removed_key_points(old, gone)] == ["kernpunt-verwijderd"]
