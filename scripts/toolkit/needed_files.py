"""Files the site cannot do without, deleted or emptied: named at the file, before all else.

Why: GitHub's web editor deletes a file in two clicks, and a select-all before a paste
empties one. Without the home page, the reference catalogue, the glossary, the data file's
schema or a script or stylesheet that a template loads, the build either stopped with an
internal error or published a site missing a part (the self-scan without its script, every
abbreviation without its explanation), and every other message followed from the one
missing file. So these files are checked first, and alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .addresses import ANOTHER_SITE
from .findings import Finding, finding

# What a template loads from the site: a quoted 'assets/...' path (`{{ 'assets/x.js' | url }}`).
TEMPLATE_ASSET = re.compile(r"""['"](assets/[\w./-]+\.\w+)['"]""")
# What a stylesheet or script loads relative to itself: url(...) and import ... from '...'.
RELATIVE_LOAD = re.compile(
    r"""url\(\s*['"]?(?P<url>[^'")\s]+)['"]?\s*\)|\bimport\b[^'";]*?['"](?P<module>\.{1,2}/[^'"]+)['"]"""
)


# What the site loses without each of its own files (Dutch: the editor reads it).
HOME = "het is de startpagina, met het overzicht van de bouwblokken"
CATALOGUE = "elke link van de pagina's naar een andere site staat erin"
GLOSSARY = "de uitleg van elke afkorting op de site staat erin"
SCHEMA = "het beschrijft hoe docs/_data/blokken.yml eruitziet, en elke build controleert dat"
BLOCKS = "de bouwblokken, hun kernpunten en hun volgorde staan erin"


@dataclass(frozen=True)
class NeededFile:
    path: Path  # where it belongs
    label: str  # as the editor sees it in the repository, e.g. docs/index.md
    why: str  # Dutch: what the site loses without it
    text: bool = True  # a text file that is no use empty


def project_needs(
    docs_dir: Path,
    prefix: str,
    data_file: Path,
    schema: Path,
    catalogue: Path,
    glossary: Path,
    assets: Iterable[NeededFile] = (),
) -> list[NeededFile]:
    """The project's own files that the site needs, each with what it loses without them."""
    own = [
        ("index.md", HOME),
        (data_file, BLOCKS),
        (schema, SCHEMA),
        (catalogue, CATALOGUE),
        (glossary, GLOSSARY),
    ]
    needed = []
    for path, why in own:
        path = docs_dir / path
        try:
            label = f"{prefix}{path.resolve().relative_to(docs_dir.resolve()).as_posix()}"
        except ValueError:
            label = path.as_posix()
        needed.append(NeededFile(path, label, why))
    return [*needed, *assets]


def check_needed_files(needed: Iterable[NeededFile]) -> list[Finding]:
    findings = []
    for file in needed:
        if not file.path.is_file():
            findings.append(finding(file.label, None, "bestand-nodig-weg", why=file.why))
        elif file.text and not file.path.read_bytes().strip():
            findings.append(finding(file.label, None, "bestand-nodig-leeg", why=file.why))
    return findings


def loaded_assets(
    templates: Iterable[Path], docs_dir: Path, theme_dirs: Iterable[Path], prefix: str
) -> list[NeededFile]:
    """The site's own files that the templates, stylesheets and scripts in docs/ load, as
    needed files (those of the theme itself are the theme's business)."""
    theme_dirs = [Path(folder) for folder in theme_dirs]
    loads: dict[str, str] = {}  # path below docs/ -> the file that loads it
    for template in templates:
        for uri in TEMPLATE_ASSET.findall(template.read_text(encoding="utf-8", errors="replace")):
            if not any((folder / uri).is_file() for folder in theme_dirs):
                loads.setdefault(uri, template.name)
    for own in [*docs_dir.glob("assets/**/*.css"), *docs_dir.glob("assets/**/*.js")]:
        text = own.read_text(encoding="utf-8", errors="replace")
        for match in RELATIVE_LOAD.finditer(_without_comments(text, own.suffix)):
            target = match["url"] or match["module"]
            if ANOTHER_SITE.match(target) or target.startswith("#"):
                continue  # another site, a data: address or an anchor
            resolved = (own.parent / target.split("?")[0].split("#")[0]).resolve()
            try:
                uri = resolved.relative_to(docs_dir.resolve()).as_posix()
            except ValueError:
                continue
            loads.setdefault(uri, own.relative_to(docs_dir).as_posix())
    return [
        NeededFile(docs_dir / uri, f"{prefix}{uri}", f"{by} laadt het", text=False)
        for uri, by in sorted(loads.items())
    ]


def local_loads(uris: Iterable[str], docs_dir: Path, prefix: str, why: str) -> list[NeededFile]:
    """Files below docs/ that a setting loads by address (mkdocs.yml's extra_css)."""
    local = [uri for uri in uris if not ANOTHER_SITE.match(uri)]
    return [NeededFile(docs_dir / uri, f"{prefix}{uri}", why, text=False) for uri in local]


def _without_comments(text: str, suffix: str) -> str:
    """The code of a stylesheet or script, its comments blanked (a comment may name a file)."""
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.DOTALL)
    return re.sub(r"(?m)^\s*//.*$", " ", text) if suffix == ".js" else text
