"""The report as data: what report.json holds (schema: report.schema.json) and what
report.md is rendered from, so both always say the same."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .classify import CATEGORIES, Verdict
from .history import Change
from .inventory import Inventory, Place, Reference
from .rot import RotInfo
from .soft404 import GONE_REASONS

SCHEMA_ID = "https://toolkit-artrose.invalid/linkreport/report.schema.json"
# Categories an editor has to act on: their presence keeps the nightly issue open.
NEEDS_ACTION = ("dead", "changed", "moved", "anchor")


@dataclass
class RunInfo:
    started: datetime
    finished: datetime
    site: str
    docs: str | None
    linkchecker: str
    settings: dict
    processes: int = 0
    notes: list[str] = field(default_factory=list)  # Dutch, shown at the top
    # Requests beyond one per reference: the per-site probes and the archive look-ups.
    extra_requests: dict = field(default_factory=lambda: {"probes": 0, "archive": 0})
    archive_base: str | None = None


def build_report(
    inventory: Inventory,
    verdicts: dict[str, Verdict],
    changes: dict[str, Change],
    attempts: dict[str, int],
    ignore_reasons: dict[str, str],
    run: RunInfo,
    dead_after_runs: int,
    rot: dict[str, RotInfo] | None = None,
) -> dict:
    rot = rot or {}
    references = [
        _reference(
            inventory.references[url],
            verdicts[url],
            changes.get(url),
            attempts.get(url, 0),
            ignore_reasons.get(url),
            dead_after_runs,
            rot.get(url),
        )
        for url in verdicts
    ]
    references.sort(
        key=lambda r: (
            CATEGORIES.index(r["category"]),
            (r["title"] or r["url"]).casefold(),
            r["url"],
        )
    )
    counts = {category: 0 for category in CATEGORIES}
    for reference in references:
        counts[reference["category"]] += 1
    unchecked = counts["unchecked"]
    summary = {
        "total": len(references),
        "checked": len(references) - unchecked - counts["ignored"],
        **counts,
        "new_dead": sum(  # dead since this run, a watched link promoted included
            1 for r in references if r["category"] == "dead" and r["history"]["label"] == "new"
        ),
        "recovered": sum(1 for r in references if r["history"]["label"] == "recovered"),
        "needs_action": any(counts[c] for c in NEEDS_ACTION),
        "archived_copies": sum(1 for r in references if r["archive_url"]),
    }
    notes = list(run.notes)
    if unchecked:
        reasons = sorted(
            {
                r["status"].removeprefix("niet gecontroleerd: ")
                for r in references
                if r["category"] == "unchecked"
            }
        )
        notes.insert(
            0,
            f"Deze controle is niet volledig: {unchecked} van de {len(references)} "
            f"verwijzingen konden niet worden gecontroleerd ({'; '.join(reasons)}). Hun "
            "vorige status blijft bewaard; ze worden niet als dood of als in orde gemeld.",
        )
    return {
        "$schema": SCHEMA_ID,
        "version": 1,
        "run": {
            "started": run.started.isoformat(timespec="seconds"),
            "finished": run.finished.isoformat(timespec="seconds"),
            "duration_seconds": round((run.finished - run.started).total_seconds(), 1),
            "complete": unchecked == 0,
            "notes": notes,
            "site": run.site,
            "docs": run.docs,
            "linkchecker": run.linkchecker,
            "linkchecker_processes": run.processes,
            "extra_requests": dict(run.extra_requests),
            "archive": run.archive_base,
            "pages_read": inventory.pages_read,
            "settings": run.settings,
        },
        "summary": summary,
        "references": references,
    }


def _reference(
    ref: Reference,
    verdict: Verdict,
    change: Change | None,
    attempts: int,
    ignore_reason: str | None,
    dead_after_runs: int,
    rot: RotInfo | None = None,
) -> dict:
    history = change.history if change else None
    rot = rot or RotInfo()
    archive = rot.archive
    archive_url = archive.archive_url if archive else None
    return {
        "url": ref.url,
        "ids": list(ref.ids),
        "title": ref.title,
        "category": verdict.category,
        "reason": verdict.reason,
        "status": verdict.status,
        "http_status": verdict.http_status,
        "new_url": verdict.new_url,
        "final_url": verdict.final_url,
        "attempts": attempts,
        "ignore_reason": ignore_reason,
        "history": {
            "label": change.label if change else None,
            "promoted": bool(change and change.promoted),
            "consecutive_failures": history.consecutive_failures if history else 0,
            "first_failure": history.first_failure if history else None,
            "last_success": history.last_success if history else None,
            "first_seen": history.first_seen if history else None,
            "failed_since": change.failed_since if change else None,
        },
        "action": _action(ref, verdict, ignore_reason, dead_after_runs, change, archive_url),
        "drift": rot.drift,
        "remarks": list(rot.remarks),
        "archive_url": archive_url,
        "archive_lookup": (
            {"status": archive.status, "near": rot.archive_for, "detail": archive.detail}
            if archive
            else None
        ),
        "catalogue_line": _catalogue_line(ref, archive_url),
        "definition": _place(ref.definition) if ref.definition else None,
        "places": [_place(p) for p in ref.places],
    }


def _catalogue_line(ref: Reference, archive_url: str | None) -> str | None:
    """The catalogue line that points the reference at its archived copy, ready to paste
    over the old one (same id and title)."""
    if not archive_url or not ref.ids:
        return None
    title = (ref.title or "").replace('"', "'")
    return f'[{ref.ids[0]}]: {archive_url} "{title}"' if title else f"[{ref.ids[0]}]: {archive_url}"


def _place(place: Place) -> dict:
    return {"page": place.page, "source": place.source, "line": place.line}


# Why a link counts as dead, by the reason of its last verdict, and what fits that cause.
# "Gone" (404, 410, a domain that no longer exists) asks for a new address; a server that
# fails night after night asks a person to look first.
_GONE_ADVICE = (
    "Zoek de nieuwe vindplaats van deze bron en vervang de URL {where}. Bestaat de bron niet "
    "meer, haal dan de verwijzing weg op de pagina's hieronder."
)
_PERSISTENT_CAUSES = {
    "http-5xx": "de server van de site geeft een foutmelding",
    "timeout": "de site reageert niet",
    "reset": "de verbinding wordt steeds verbroken",
    "unreachable": "de server is niet bereikbaar",
    "dns-temporary": "de domeinnaam is niet op te zoeken",
    "redirect-loop": "de site stuurt in een kringetje door",
    "http-4xx": "de site weigert de pagina",
    "error": "de link geeft een onbekende fout",
}


_ARCHIVE_ADVICE = (
    " Er is een gearchiveerde kopie: vervang de regel in de catalogus door de regel "
    "hieronder (‘Gearchiveerde kopie’), als de bron zelf niet meer te vinden is."
)


_ARCHIVE_ADVICE_PLAIN = (
    " Er is een gearchiveerde kopie (hieronder): gebruik dat adres als de bron zelf niet "
    "meer te vinden is."
)


def _dead_advice(verdict: Verdict, where: str, runs: int) -> str:
    if verdict.reason in GONE_REASONS:
        return (
            "De pagina is weg, ook al antwoordt de site nog. Zoek de nieuwe vindplaats van "
            f"deze bron (bijvoorbeeld met de zoekfunctie van de site) en vervang de URL {where}."
            " Link niet naar de homepage of een zoekpagina van de site. Bestaat de bron niet "
            "meer, haal dan de verwijzing weg op de pagina's hieronder."
        )
    cause = _PERSISTENT_CAUSES.get(verdict.reason)
    if cause is None:
        return _GONE_ADVICE.format(where=where)
    nights = f"{runs} controles op rij" if runs > 1 else "bij elke controle"
    return (
        f"Open de link zelf in een browser: {cause}, al {nights}. Werkt hij bij jou wel, dan "
        "hoeft er niets te gebeuren (de site had een storing). Werkt hij ook niet, dan is de "
        "site mogelijk opgeheven: zoek de bron op een andere plek en vervang de URL "
        f"{where}, of haal de verwijzing weg."
    )


def _action(
    ref: Reference,
    verdict: Verdict,
    ignore_reason: str | None,
    dead_after_runs: int,
    change: Change | None = None,
    archive_url: str | None = None,
) -> str:
    advice = _advice(ref, verdict, ignore_reason, dead_after_runs, change)
    if archive_url and verdict.category in ("dead", "changed"):
        advice += _ARCHIVE_ADVICE if ref.ids else _ARCHIVE_ADVICE_PLAIN
    return advice


def _advice(
    ref: Reference,
    verdict: Verdict,
    ignore_reason: str | None,
    dead_after_runs: int,
    change: Change | None = None,
) -> str:
    if ref.definition:
        where = f"in `{ref.definition.source}` (regel {ref.definition.line})"
    else:
        where = "op de pagina's hieronder"
    category = verdict.category
    if category == "dead":
        runs = change.history.consecutive_failures if change else 1
        return _dead_advice(verdict, where, runs)
    if category == "changed":
        name = ref.ids[0] if ref.ids else ref.url
        return (
            "Open de pagina en kijk of ze nog zegt waarvoor de toolkit naar haar verwijst. "
            "Past ze nog: start op GitHub bij Actions de workflow ‘Links’ met ‘Run workflow’ "
            f"en vul bij ‘accepteer’ `{name}` in (op je eigen computer: "
            f"`scripts/check_links --accept {name}`); daarna wordt de pagina met deze versie "
            "vergeleken en verdwijnt ze uit dit rapport. Past ze niet meer: zoek de bron op "
            f"een andere plek en vervang de URL {where}."
        )
    if category == "moved":
        return f"Vervang de URL {where} door {verdict.new_url}"
    if category == "anchor":
        return (
            f"Open de pagina, zoek het bedoelde onderdeel op en pas het deel na # aan "
            f"{where}, of laat het weg."
        )
    if category == "watch":
        return (
            "Nog niets doen: de link wordt bij de volgende controle opnieuw geprobeerd. "
            f"Mislukt hij {dead_after_runs} keer op rij, dan wordt hij als dood gemeld."
        )
    if category == "unverifiable":
        return (
            "Open de link zelf in een browser. Werkt hij daar ook niet, behandel hem dan als dood."
        )
    if category == "ignored":
        return f"Niets: deze link staat op de negeerlijst in linkcheck.toml ({ignore_reason})"
    if category == "unchecked":
        return "Niets: de link wordt bij de volgende controle opnieuw geprobeerd."
    return ""
