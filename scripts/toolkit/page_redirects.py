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

import difflib
import re
from pathlib import Path

from .addresses import as_page_file as _as_page
from .findings import Finding, finding
from .git_start import git, start_revision

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
        old, new = str(old), str(new)
        number = _line_of(config_text, old) or line
        values = {"old": old, "new": new, "docs_prefix": docs_prefix}
        written = config_text.split("\n")[number - 1] if number else ""
        if _as_page(old, docs_prefix) != old:  # 'docs/blokken/oud.md', '/blokken/oud/'
            meant = _as_page(old, docs_prefix)
            fixed = written.replace(old, meant, 1)
            findings.append(
                finding(
                    CONFIG,
                    number,
                    "omleiding-oud-vorm",
                    corrected=fixed if fixed.strip() else None,
                    meant=meant,
                    **values,
                )
            )
            continue
        if old in pages:
            findings.append(finding(CONFIG, number, "omleiding-verbergt", **values))
        elif new.startswith(("http://", "https://")):
            continue  # to another site: mkdocs-redirects does that too
        elif new.split("#")[0] not in pages:
            meant = _meant_page(new, pages, docs_prefix)
            hint = f" Bedoel je '{meant}'?" if meant else ""
            corrected = written.replace(new, meant, 1) if meant and new in written else None
            findings.append(
                finding(
                    CONFIG, number, "omleiding-nergens", corrected=corrected, hint=hint, **values
                )
            )
    for gone in sorted(published - pages - set(redirects)):
        findings.append(
            finding(CONFIG, line, "omleiding-ontbreekt", gone=gone, docs_prefix=docs_prefix)
        )
    return findings


def published_pages(root: Path, docs_dir: str = "docs") -> set[str] | None:
    """Pages (uris below docs/) of the revision this work started from, or None outside git.

    In a pull request that is where the branch left origin/main; locally without it, the
    last commit. Folders starting with '_' hold data, not pages."""
    base = start_revision(root)
    if not base:
        return None
    listing = git(root, "ls-tree", "-r", "--name-only", base, "--", f"{docs_dir}/")
    if listing is None:
        return None
    prefix = f"{docs_dir}/"
    return {
        name.removeprefix(prefix)
        for name in listing.splitlines()
        if name.endswith(".md") and not any(part.startswith("_") for part in name.split("/"))
    }


def _meant_page(address: str, pages: set[str], docs_prefix: str) -> str | None:
    page, _, anchor = address.partition("#")
    candidate = _as_page(page, docs_prefix)
    for option in (candidate, candidate.removesuffix(".md") + "/index.md"):
        if option in pages:
            return option + (f"#{anchor}" if anchor else "")
    close = difflib.get_close_matches(candidate, sorted(pages), n=1, cutoff=0.7)
    return close[0] if close else None


def _line_of_maps(config_text: str) -> int | None:
    match = _MAPS_LINE.search(config_text)
    return config_text[: match.start()].count("\n") + 1 if match else None


def _line_of(config_text: str, old: str) -> int | None:
    for number, line in enumerate(config_text.split("\n"), start=1):
        if line.strip().startswith(f"{old}:") or line.strip().startswith(f"'{old}':"):
            return number
    return None
