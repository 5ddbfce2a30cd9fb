"""Each mistake from the issue, made in a copy of the project the way an editor would make it:
scripts/check-content and the strict build both stop with a non-zero exit and the Dutch
message naming the file, the line and the fix, and the build writes no site.

To keep the suite fast, the mistakes go into one copy together (each in its own place, so
their lines do not move) and the command and the build run once on it; that also shows
that an editor gets every mistake in one go. A broken data file stops the other checks that
need the blocks, so its two mistakes get a copy each. Variants of each check are tested on
the pure functions in test_editor_checks.py."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from editor_helpers import (
    ROOT,
    append,
    assert_findings_dutch,
    cli_and_build,
    copy_project,
    edit,
    line_of,
    run_cli,
)

CATALOGUE = "docs/_data/referenties.md"
DATA = "docs/_data/blokken.yml"
SCHOLING = "docs/blokken/scholing.md"
ZORGPADEN = "docs/blokken/zorgpaden.md"


@dataclass
class Expected:
    where: str  # "file, regel N" or just "file" for a whole-file finding
    phrases: tuple[str, ...]


# Each case breaks the copy and returns what the editor must be told.


def missing_reference(project: Path) -> Expected:
    line = edit(project, SCHOLING, "[umcg-beweegzorg-noord]", "[umcg-beweegzorg-nord]")
    return Expected(
        f"{SCHOLING}, regel {line}",
        (
            "de verwijzing [umcg-beweegzorg-nord] staat niet in de referentiecatalogus "
            f"({CATALOGUE})",
            "Bedoel je [umcg-beweegzorg-noord]?",
            "Oplossing: voeg '[umcg-beweegzorg-nord]: https://... \"Titel\"' toe aan de catalogus, "
            "of verbeter de naam.",
        ),
    )


def unused_reference(project: Path) -> Expected:
    line = append(
        project, CATALOGUE, '[ongebruikt-voorbeeld]: https://www.voorbeeld.nl/a "Ongebruikt"\n'
    )
    return Expected(
        f"{CATALOGUE}, regel {line}",
        (
            "de verwijzing [ongebruikt-voorbeeld] wordt op geen enkele pagina gebruikt",
            "Oplossing: gebruik haar op een pagina als '[tekst][ongebruikt-voorbeeld]', of "
            "verwijder deze regel.",
        ),
    )


def duplicate_url(project: Path) -> Expected:
    # A second name for the NOV's address, added in alphabetical order above the established
    # [nov-home] (runs first: it moves the catalogue's later lines down by one).
    line = edit(
        project,
        CATALOGUE,
        "[nov-home]:",
        '[nov-algemeen]: https://www.orthopeden.org "NOV"\n[nov-home]:',
    )
    return Expected(
        f"{CATALOGUE}, regel {line}",
        (
            f"[nov-algemeen] heeft hetzelfde webadres als [nov-home] (regel {line + 1}), die al op "
            "1 plaats gebruikt wordt.",
            "Oplossing: gebruik de bestaande naam [nov-home]: verwijder deze regel.",
        ),
    )


def direct_link(project: Path) -> Expected:
    line = edit(
        project,
        SCHOLING,
        "[Beweeghuis][beweeghuis-onderwijs-knieklachten]",
        "[Beweeghuis](https://beweeghuis.mumc.nl/actueel/nieuws/"
        "onderwijs-wat-kan-een-huisarts-doen-bij-knieklachten)",
    )
    return Expected(
        f"{SCHOLING}, regel {line}",
        (
            "de link naar https://beweeghuis.mumc.nl/actueel/nieuws/onderwijs-wat-kan-een-huisarts-"
            "doen-bij-knieklachten staat direct in de pagina, niet in de referentiecatalogus",
            "Oplossing: deze link staat al in de catalogus als "
            "[beweeghuis-onderwijs-knieklachten]; "
            "schrijf '[tekst][beweeghuis-onderwijs-knieklachten]'.",
        ),
    )


def misspelt_admonition(project: Path) -> Expected:
    line = edit(project, ZORGPADEN, '!!! interessant "Interessant"', '!!! interesant "Interessant"')
    return Expected(
        f"{ZORGPADEN}, regel {line}",
        (
            "het soort blok 'interesant' bestaat niet",
            "Oplossing: schrijf '!!! interessant \"Interessant\"'",
        ),
    )


def block_without_interessant(project: Path) -> Expected:
    path = project / SCHOLING
    text = path.read_text(encoding="utf-8")
    kept = text[: text.index('!!! interessant "Interessant"')].rstrip() + "\n"
    path.write_text(kept, encoding="utf-8")
    return Expected(
        f"{SCHOLING}, regel {kept.count(chr(10))}",
        (
            "dit bouwblok heeft geen blok 'Interessant'",
            "Oplossing: zet onder het blok 'Leer van anderen', onderaan de pagina de regel "
            "'!!! interessant \"Interessant\"'",
        ),
    )


def block_without_page(project: Path) -> Expected:
    (project / SCHOLING).unlink()
    line = line_of(project, DATA, "pagina: blokken/scholing.md")  # where the page is named
    return Expected(
        f"{DATA}, regel {line} (blok 'scholing')",
        (
            "de pagina 'blokken/scholing.md' (in de map docs/) bestaat niet",
            "Oplossing: maak de pagina aan met scripts/new-block, of verbeter 'pagina:'.",
        ),
    )


def orphan_page(project: Path) -> Expected:
    (project / "docs/blokken/los-blok.md").write_text(
        "---\nlaatst_gecontroleerd: 2026-01-05\n---\n\n# Los blok\n\nTekst.\n", encoding="utf-8"
    )
    return Expected(
        "docs/blokken/los-blok.md",
        (
            "deze pagina is vanuit geen enkel bouwblok of menu-item bereikbaar",
            "Oplossing: voeg haar als blok toe aan docs/_data/blokken.yml, zet haar onder 'nav:' "
            "in "
            "mkdocs.yml, of verwijder het bestand.",
        ),
    )


def second_h1(project: Path) -> Expected:
    page = "docs/blokken/stakeholders.md"
    first = line_of(project, page, "# Betrek")
    line = edit(
        project,
        page,
        "!!! leer-van-anderen",
        "# Stakeholders in de praktijk\n\n!!! leer-van-anderen",
    )
    return Expected(
        f"{page}, regel {line}",
        (
            f"de pagina heeft meer dan één hoofdkop ('# '); de eerste staat op regel {first}",
            "Oplossing: maak hier een tussenkop van met '## '",
        ),
    )


def skipped_heading(project: Path) -> Expected:
    line = edit(
        project,
        ZORGPADEN,
        "## Verwijs- en terugverwijsafspraken",
        "#### Verwijs- en terugverwijsafspraken",
    )
    return Expected(
        f"{ZORGPADEN}, regel {line}",
        ("de kop slaat een niveau over: van '##' naar '####'", "Oplossing: gebruik '### '"),
    )


def image_without_alt(project: Path) -> Expected:
    page = "docs/blokken/draagvlak.md"
    line = edit(
        project,
        page,
        "[KNGF regioadviseur][kngf-regioadviseurs]",
        "[KNGF regioadviseur][kngf-regioadviseurs] ![](../assets/stylesheets/toolkit.css)",
    )
    return Expected(
        f"{page}, regel {line}",
        (
            "een afbeelding zonder beschrijving (alt-tekst)",
            "Oplossing: beschrijf tussen de [ ] na het uitroepteken wat de afbeelding laat zien",
        ),
    )


def empty_link_text(project: Path) -> Expected:
    line = edit(
        project,
        "docs/index.md",
        "[RIVM][rivm-verdubbeling-dementie-artrose]",
        "[][rivm-verdubbeling-dementie-artrose]",
    )
    return Expected(
        f"docs/index.md, regel {line}",
        ("een link zonder tekst", "Oplossing: zet tussen de eerste [ ] waar de link naartoe gaat"),
    )


def tracking_tags(project: Path) -> Expected:
    line = edit(
        project,
        CATALOGUE,
        "https://artroqare.nl/ ",
        "https://artroqare.nl/?utm_source=nieuwsbrief&utm_medium=email ",
    )
    return Expected(
        f"{CATALOGUE}, regel {line}",
        (
            "bevat volgcodes (utm_source, utm_medium)",
            "Oplossing: gebruik het adres zonder volgcodes: https://artroqare.nl/",
        ),
    )


def redirect_wrapper(project: Path) -> Expected:
    line = edit(
        project,
        CATALOGUE,
        "https://www.thuisarts.nl/artrose ",
        "https://www.google.com/url?sa=t&url=https%3A%2F%2Fwww.thuisarts.nl%2Fartrose&usg=AOvVaw0 ",
    )
    return Expected(
        f"{CATALOGUE}, regel {line}",
        (
            "is een doorverwijzing via www.google.com/url, niet het echte adres",
            "Oplossing: gebruik het echte adres: https://www.thuisarts.nl/artrose.",
        ),
    )


def data_file_yaml(project: Path) -> Expected:
    edit(project, DATA, "    volgorde: 3\n", "    volgorde: [3\n")
    return Expected(
        f"{DATA}, regel ",
        (
            "de YAML is ongeldig",
            "Oplossing: controleer op die regel (of de regel erboven) de inspringing",
        ),
    )


def front_matter_yaml(project: Path) -> Expected:
    page = "docs/blokken/visie-en-doelen.md"
    line = edit(project, page, "description: ", "description: Let op: ")
    return Expected(
        f"{page}, regel {line}",
        (
            "midden in of aan het eind van de waarde op deze regel staat een dubbele punt",
            "Oplossing: zet de tekst met die dubbele punt tussen aanhalingstekens: "
            "'description: \"Let op: ",
        ),
    )


def missing_review_date(project: Path) -> Expected:
    page = "docs/blokken/kernteam.md"
    line = edit(project, page, "laatst_gecontroleerd: ", "gecontroleerd: ")
    return Expected(
        f"{page}, regel {line}",  # the misspelt name, where the editor typed it
        (
            "'gecontroleerd' is geen veld dat de site kent; bedoel je 'laatst_gecontroleerd'?",
            "Oplossing: schrijf de naam als 'laatst_gecontroleerd'.",
        ),
    )


# Mistakes that can share one copy: each in another place, none in the data file.
TOGETHER: list[Callable[[Path], Expected]] = [
    duplicate_url,
    missing_reference,
    unused_reference,
    direct_link,
    misspelt_admonition,
    block_without_interessant,
    orphan_page,
    second_h1,
    skipped_heading,
    image_without_alt,
    empty_link_text,
    tracking_tags,
    redirect_wrapper,
    front_matter_yaml,
    missing_review_date,
]


def assert_reported(expected: dict[str, Expected], name: str, outcome) -> None:
    assert outcome.returncode != 0, f"{name} should fail:\n{outcome.output}"
    problems = [
        f"{case}: {text!r}"
        for case, item in expected.items()
        for text in (item.where, *item.phrases)
        if text not in outcome.output
    ]
    assert not problems, f"{name} misses:\n" + "\n".join(problems) + f"\n\n{outcome.output}"
    assert_findings_dutch(outcome)


def test_every_page_and_catalogue_mistake_is_reported_in_one_go(tmp_path):
    project = copy_project(tmp_path / "project")
    expected = {case.__name__: case(project) for case in TOGETHER}
    cli, build = cli_and_build(project, "--github")
    assert_reported(expected, "scripts/check-content", cli)
    assert_reported(expected, "mkdocs build --strict", build)
    # In CI the same findings become annotations at the line in the pull request.
    where = expected["skipped_heading"].where.replace(", regel ", ",line=")
    assert f"::error file={where},title=Fout in de inhoud::{ZORGPADEN}, regel" in cli.output
    assert "De inhoud bevat" in build.output and "niets gepubliceerd" in build.output
    assert not (project / "out" / "index.html").exists(), "a failed build must not write pages"


@pytest.mark.parametrize(
    "mistake", [block_without_page, data_file_yaml], ids=lambda case: case.__name__
)
def test_data_file_mistake_is_reported(mistake, tmp_path):
    project = copy_project(tmp_path / "project")
    expected = {mistake.__name__: mistake(project)}
    cli, build = cli_and_build(project)
    assert_reported(expected, "scripts/check-content", cli)
    assert_reported(expected, "mkdocs build --strict", build)
    assert not (project / "out" / "index.html").exists(), "a failed build must not write pages"


def test_a_broken_mkdocs_yml_is_named_with_its_line(tmp_path):
    project = copy_project(tmp_path / "project")
    line = edit(project, "mkdocs.yml", "site_author: Nederlandse", "site_author: NOV: Nederlandse")
    outcome = run_cli(project)
    assert outcome.returncode == 1
    assert f"mkdocs.yml, regel {line}: midden in of aan het eind van de waarde" in outcome.output
    assert """'site_author: "NOV: Nederlandse""" in outcome.output


def test_the_real_content_passes_the_command():
    outcome = run_cli(ROOT)
    assert outcome.returncode == 0, outcome.output
    assert "Geen fouten gevonden in de inhoud." in outcome.output
