"""Old addresses keep working: every page that was published and is gone has a redirect.

Why: readers bookmark block pages and other sites link to them; a renamed page must not
become "pagina niet gevonden". mkdocs-redirects writes the redirect pages from the
`redirect_maps` in mkdocs.yml (old page -> new page, both below docs/). This module checks
that map against the pages, and finds the pages that disappeared without one: the pages of
the branch's starting point in git (the merge base with origin/main in CI, else the last
commit) that no longer exist. Outside git there is no history, so nothing to compare.

Pure checks plus one read of git; no MkDocs import (hooks/content_checks_hook.py calls it).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from .content_checks import Finding

CONFIG = "mkdocs.yml"
_MAPS_LINE = re.compile(r"^\s*redirect_maps:", re.MULTILINE)


def check_redirects(
    redirects: dict[str, str],
    pages: set[str],
    published: set[str],
    config_text: str,
    docs_prefix: str = "docs/",
) -> list[Finding]:
    """Findings on mkdocs.yml: a redirect that points nowhere or hides a page, and every
    published page that is gone without a redirect. Pages are uris below docs/."""
    line = _line_of_maps(config_text)
    findings = []
    for old, new in sorted(redirects.items()):
        if old in pages:
            findings.append(
                Finding(
                    CONFIG,
                    _line_of(config_text, old) or line,
                    f"de omleiding van '{old}' staat er nog, maar de pagina {docs_prefix}{old} "
                    "bestaat (weer); lezers komen dan nooit op de nieuwe plek. Oplossing: haal de "
                    f"regel '{old}: {new}' weg, of verwijder of hernoem de pagina.",
                )
            )
        elif new.split("#")[0] not in pages:
            findings.append(
                Finding(
                    CONFIG,
                    _line_of(config_text, old) or line,
                    f"de omleiding van '{old}' wijst naar '{new}', maar die pagina bestaat niet. "
                    "Oplossing: schrijf achter de dubbele punt het bestand van de nieuwe pagina, "
                    "vanaf de map docs/, bijv. 'blokken/scholing.md'.",
                )
            )
    for gone in sorted(published - pages - set(redirects)):
        findings.append(
            Finding(
                CONFIG,
                line,
                f"de pagina {docs_prefix}{gone} stond op de site en is verwijderd of hernoemd "
                "zonder omleiding: bladwijzers van lezers en links van andere sites naar dat "
                "adres geven dan 'pagina niet gevonden'. Oplossing: hernoem pagina's met "
                "'scripts/rename-page oud nieuw', of zet onder 'redirect_maps:' in mkdocs.yml de "
                f"regel '{gone}: <nieuwe pagina>.md' (vier spaties meer ingesprongen dan "
                "'redirect_maps:').",
            )
        )
    return findings


def published_pages(root: Path, docs_dir: str = "docs") -> set[str] | None:
    """Pages (uris below docs/) of the revision this work started from, or None outside git.

    In a pull request that is where the branch left origin/main; locally without it, the
    last commit. Folders starting with '_' hold data, not pages."""
    base = _git(root, "merge-base", "HEAD", "origin/main") or _git(root, "rev-parse", "HEAD")
    if not base:
        return None
    listing = _git(root, "ls-tree", "-r", "--name-only", base.strip(), "--", f"{docs_dir}/")
    if listing is None:
        return None
    prefix = f"{docs_dir}/"
    return {
        name.removeprefix(prefix)
        for name in listing.splitlines()
        if name.endswith(".md") and not any(part.startswith("_") for part in name.split("/"))
    }


def _git(root: Path, *arguments: str) -> str | None:
    try:
        result = subprocess.run(
            ["git", "-C", str(root), *arguments], capture_output=True, text=True, timeout=30
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return result.stdout if result.returncode == 0 else None


def _line_of_maps(config_text: str) -> int | None:
    match = _MAPS_LINE.search(config_text)
    return config_text[: match.start()].count("\n") + 1 if match else None


def _line_of(config_text: str, old: str) -> int | None:
    for number, line in enumerate(config_text.split("\n"), start=1):
        if line.strip().startswith(f"{old}:") or line.strip().startswith(f"'{old}':"):
            return number
    return None
