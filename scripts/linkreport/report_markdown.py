"""report.md: the Dutch report for editors, rendered from the report data.

Grouped by reference, the ones to act on first. Each reference says what it is, what is
wrong in plain words, since when, what to do, and every place it is used.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

try:
    from zoneinfo import ZoneInfo

    _LOCAL = ZoneInfo("Europe/Amsterdam")
except Exception:  # no time zone data: dates in UTC are still right within a day
    _LOCAL = UTC

_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

# (category, heading, explanation), in the order of the report.
_SECTIONS = (
    (
        "dead",
        "Dood",
        "Deze links werken niet meer. Lezers komen op een foutpagina, op een pagina die zegt "
        "dat de pagina niet bestaat, op de homepage of op een zoekpagina, of nergens.",
    ),
    (
        "changed",
        "Inhoud veranderd",
        "Deze pagina's werken nog, maar zeggen iets anders dan toen ze in de toolkit kwamen: "
        "een andere titel of een andere tekst. Kijk of ze nog passen.",
    ),
    (
        "moved",
        "Verhuisd",
        "Deze pagina's staan blijvend op een nieuw adres. De oude link werkt nog via een "
        "doorverwijzing, maar die kan op elk moment verdwijnen.",
    ),
    (
        "anchor",
        "Onderdeel van de pagina ontbreekt",
        "De pagina werkt, maar het onderdeel waar de link naartoe springt (het deel na #) "
        "bestaat niet meer. Lezers komen bovenaan de pagina uit.",
    ),
    (
        "watch",
        "In de gaten houden",
        "Deze links gaven bij deze controle een fout die ook tijdelijk kan zijn (een trage of "
        "overbelaste server). Nog niets doen.",
    ),
    (
        "unverifiable",
        "Niet automatisch te controleren",
        "Deze sites weren geautomatiseerde controles (inlogpagina, botbescherming, te veel "
        "verzoeken). Dat zegt niets over of de link werkt: controleer ze af en toe zelf.",
    ),
    ("unchecked", "Niet gecontroleerd", "Deze links zijn deze keer niet gecontroleerd."),
    ("ignored", "Genegeerd", "Deze links staan op de negeerlijst in `linkcheck.toml`."),
)

_SUMMARY = (
    ("checked", "Gecontroleerd"),
    ("ok", "In orde"),
    ("dead", "Dood"),
    ("watch", "In de gaten houden"),
    ("changed", "Inhoud veranderd"),
    ("moved", "Verhuisd"),
    ("anchor", "Onderdeel ontbreekt"),
    ("unverifiable", "Niet te controleren"),
    ("ignored", "Genegeerd"),
    ("unchecked", "Niet gecontroleerd"),
    ("recovered", "Hersteld"),
)


def render(report: dict) -> str:
    run, summary, refs = report["run"], report["summary"], report["references"]
    lines = [f"# Controle externe links, {dutch_date(run['started'])}", ""]
    for note in run["notes"]:
        lines += [f"> **Let op:** {_escape(note)}", ""]
    lines += _summary(summary)
    for category, heading, explanation in _SECTIONS:
        chosen = [r for r in refs if r["category"] == category]
        if not chosen:
            continue
        lines += [f"## {heading} ({len(chosen)})", "", explanation, ""]
        for ref in chosen:
            lines += _reference(ref)
    remarked = [r for r in refs if r.get("remarks")]
    if remarked:
        lines += [
            f"## Opmerkingen ({len(remarked)})",
            "",
            "Deze links werken, maar er valt iets op. Dit wordt één keer gemeld.",
            "",
        ]
        for ref in remarked:
            lines.append(f"- {_title(ref)}: {_url(ref['url'])}")
            lines += [f"  - {_escape(remark)}" for remark in ref["remarks"]]
        lines.append("")
    recovered = [r for r in refs if r["history"]["label"] == "recovered"]
    if recovered:
        lines += [
            f"## Hersteld ({len(recovered)})",
            "",
            "Deze links faalden eerder en werken weer.",
            "",
        ]
        for ref in recovered:
            since = ref["history"]["failed_since"]
            lines.append(
                f"- {_title(ref)}: <{ref['url']}>, faalde sinds {dutch_date(since)}"
                if since
                else f"- {_title(ref)}: <{ref['url']}>"
            )
        lines.append("")
    fine = [r for r in refs if r["category"] == "ok"]
    if fine:
        lines += ["<details>", f"<summary>In orde ({len(fine)})</summary>", ""]
        lines += [f"- {_title(r)}: <{r['url']}>" for r in fine]
        lines += ["", "</details>", ""]
    lines += [
        "---",
        "",
        f"Gecontroleerd met linkchecker {run['linkchecker']} in "
        f"{_seconds(run['duration_seconds'])}. Een link in de gaten houden wordt als dood "
        f"gemeld na {run['settings']['dead_after_runs']} mislukte controles op rij. "
        "Instellingen: `linkcheck.toml`.",
        "",
    ]
    return "\n".join(lines)


def _summary(summary: dict) -> list[str]:
    lines = []
    for key, label in _SUMMARY:
        value = summary[key]
        if value == 0 and key not in ("checked", "ok", "dead", "watch", "moved", "changed"):
            continue
        text = f"- **{label}:** {value}"
        if key == "checked":
            text += " verwijzingen" if value != 1 else " verwijzing"
        if key == "dead" and summary["new_dead"]:
            text += f" ({summary['new_dead']} nieuw)"
        lines.append(text)
    if not summary["needs_action"]:
        lines.append("")
        lines.append("Er hoeft niets aangepast te worden.")
    return lines + [""]


def _reference(ref: dict) -> list[str]:
    lines = [
        f"### {_title(ref)}",
        "",
        f"- **Link:** {_url(ref['url'])}",
        f"- **Status:** {_escape_action(ref['status'])}",
    ]
    since = _since(ref)
    if since:
        lines.append(f"- **Sinds:** {since}")
    if ref["ids"]:
        ids = ", ".join(f"`[{i}]`" for i in ref["ids"])
        where = ref["definition"]
        lines.append(f"- **Referentie:** {ids} in `{where['source']}`, regel {where['line']}")
    drift = ref.get("drift")
    if drift:
        if drift["title_changed"]:
            lines.append(f"- **Titel toen:** {_escape(drift['old_title'] or '(geen)')}")
            lines.append(f"- **Titel nu:** {_escape(drift['new_title'] or '(geen)')}")
        else:
            lines.append(f"- **Titel:** {_escape(drift['new_title'] or '(geen)')}")
        if drift["text_changed"]:
            lines.append(
                f"- **Tekst:** komt nog voor {round(drift['text_similarity'] * 100)}% overeen"
            )
        lines.append(f"- **Laatst gezien zoals bedoeld:** {dutch_date(drift['last_good'])}")
    if ref["action"]:
        lines.append(f"- **Wat te doen:** {_escape_action(ref['action'])}")
    lines += _archive(ref)
    if ref["places"]:
        lines.append("- **Gebruikt op:**")
        lines += [f"  - {_place(place)}" for place in ref["places"]]
    else:
        lines.append("- **Gebruikt op:** nergens (de referentie wordt niet gebruikt)")
    return lines + [""]


def _archive(ref: dict) -> list[str]:
    lookup = ref.get("archive_lookup")
    if lookup is None:
        return []
    near = dutch_date(lookup["near"]) if lookup["near"] else "vandaag"
    if ref["archive_url"]:
        lines = [f"- **Gearchiveerde kopie** (dichtst bij {near}): {_url(ref['archive_url'])}"]
        if ref["catalogue_line"]:
            lines += [
                "  Regel voor de catalogus, klaar om te plakken:",
                "",
                "  ```",
                f"  {ref['catalogue_line']}",
                "  ```",
            ]
        return lines
    if lookup["status"] == "none":
        return ["- **Gearchiveerde kopie:** het webarchief heeft geen kopie van deze pagina"]
    return [
        "- **Gearchiveerde kopie:** het webarchief gaf deze keer geen antwoord; de volgende "
        "controle probeert het opnieuw"
    ]


def _since(ref: dict) -> str | None:
    history = ref["history"]
    first = history["first_failure"]
    if ref["category"] == "dead" and first:
        runs = history["consecutive_failures"]
        if history["label"] == "new" and history["promoted"]:
            return f"{dutch_date(first)} (nieuw als dood gemeld: {runs} controles op rij mislukt)"
        if history["label"] == "new":
            return f"{dutch_date(first)} (nieuw)"
        return f"{dutch_date(first)} (nog steeds dood, {runs} controles op rij)"
    if ref["category"] == "changed" and ref.get("drift"):
        return f"{dutch_date(ref['drift']['changed_since'])}"
    if ref["category"] == "watch" and first:
        runs = history["consecutive_failures"]
        return dutch_date(first) + (" (eerste keer)" if runs == 1 else f" ({runs} keer op rij)")
    if ref["category"] in ("unverifiable", "unchecked") and history["last_success"]:
        return f"laatst gelukt op {dutch_date(history['last_success'])}"
    return None


def _place(place: dict) -> str:
    parts = []
    if place["page"]:
        parts.append(f"`{place['page']}`")
    if place["source"]:
        source = f"`{place['source']}`"
        if place["line"]:
            source += f", regel {place['line']}"
        parts.append(source)
    return " — ".join(parts)


def dutch_date(stamp: str | None) -> str:
    if not stamp:
        return "onbekend"
    moment = datetime.fromisoformat(stamp)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone(_LOCAL)
    return f"{local.day} {_MONTHS[local.month - 1]} {local.year}"


def _seconds(value: float) -> str:
    if value < 90:
        return f"{value:.0f} seconden"
    return f"{value / 60:.0f} minuten"


def _title(ref: dict) -> str:
    return _escape(ref["title"]) if ref["title"] else _url(ref["url"])


def _url(url: str) -> str:
    if re.search(r"[\s<>]", url):
        return f"`{url}`"
    return f"<{url}>"


_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def _escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text)


def _escape_action(text: str) -> str:
    # Actions and statuses carry `file` code spans and bare URLs on purpose; escape the rest.
    pieces = re.split(r"(`[^`]*`|https?://\S+)", text)
    return "".join(piece if piece.startswith(("`", "http")) else _escape(piece) for piece in pieces)
