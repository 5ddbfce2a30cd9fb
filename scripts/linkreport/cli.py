"""scripts/check_links: check every external link of the built site with linkchecker and
write report.md (Dutch, for editors), report.json and the history (state file).

Exit status: 0 the check ran (whatever it found); 3 the report is written but some links
could not be checked (see the report); 2 nothing was checked (no site, bad config, no
linkchecker); 4 the history or the report could not be saved (the old history is intact).
"""

from __future__ import annotations

import argparse
import json
import shutil
import signal
import sys
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from .atomic import write_atomic
from .catalogue import normalize_label, read_catalogue
from .classify import Verdict, classify
from .config import Config, ConfigError, ExtractSettings, load_config
from .history import State, StateError, apply_run, load_state, save_state
from .inventory import build_inventory
from .report_data import RunInfo, build_report
from .report_markdown import dutch_date, render
from .rot import add_archive, apply_drift, find_gone
from .scheduler import Scheduler
from .soft404 import HostProbe, probe, probe_url, site_of

ROOT = Path(__file__).resolve().parents[2]
EXIT_OK, EXIT_SETUP, EXIT_INCOMPLETE, EXIT_SAVE = 0, 2, 3, 4


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="scripts/check_links",
        description="Controleer alle externe links van de gebouwde site met linkchecker en "
        "schrijf report.md, report.json en de geschiedenis (state).",
    )
    parser.add_argument(
        "--site",
        type=Path,
        default=ROOT / "site",
        help="map met de gebouwde HTML (standaard: site/; eerst scripts/build)",
    )
    docs = parser.add_mutually_exclusive_group()
    docs.add_argument(
        "--docs",
        type=Path,
        help="Markdown-bronnen, voor bronbestand en regel per vindplaats "
        "(standaard: de map docs/ naast de map van --site, als die bestaat)",
    )
    docs.add_argument(
        "--no-docs",
        action="store_true",
        help="alleen de HTML lezen: vindplaatsen zijn dan alleen pagina's",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=ROOT / "linkreport-output",
        help="map voor report.md en report.json (standaard: linkreport-output/)",
    )
    parser.add_argument(
        "--state", type=Path, help="geschiedenisbestand (standaard: OUT/state.json)"
    )
    parser.add_argument(
        "--config",
        type=Path,
        default=ROOT / "linkcheck.toml",
        help="instellingen (standaard: linkcheck.toml)",
    )
    parser.add_argument(
        "--linkchecker",
        default=None,
        help="een linkchecker-programma (standaard: linkchecker uit deze venv, "
        "gestart vanuit een voorgeladen fork-server)",
    )
    parser.add_argument(
        "--archive-url",
        help="adres van het webarchief voor deze controle (standaard: [archive] base_url "
        "in linkcheck.toml)",
    )
    parser.add_argument(
        "--accept",
        action="append",
        metavar="URL",
        help="de huidige versie van deze pagina is in orde (na 'inhoud veranderd'): onthoud "
        "haar als nieuwe vergelijkingsbasis. Een URL of een referentie-id uit de catalogus; "
        "mag vaker. Controleert verder niets.",
    )
    parser.add_argument(
        "--now", type=datetime.fromisoformat, default=None, help=argparse.SUPPRESS
    )  # tests: pretend the run happens then
    parser.add_argument("-q", "--quiet", action="store_true", help="geen samenvatting tonen")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    # A plain kill (CI cancelling the job) must still stop our linkchecker processes.
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        return _run(args)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _terminate(signum, frame):
    raise SystemExit(128 + signum)


def _run(args: argparse.Namespace) -> int:
    if args.accept:
        docs = None if args.no_docs else (args.docs or _sibling_docs(args.site) or ROOT / "docs")
        return accept(args.accept, args.state or args.out / "state.json", args.out, docs)
    started = datetime.now(UTC)
    now = _aware(args.now) if args.now else started
    try:
        config = load_config(args.config)
    except ConfigError as exc:
        return _fail(f"Fout in de instellingen: {exc}")
    site = args.site
    if not site.is_dir() or not any(site.rglob("*.html")):
        return _fail(
            f"Geen gebouwde site gevonden in {site}. Bouw eerst de site "
            "(scripts/build) of geef een map met HTML op met --site."
        )
    docs = None if args.no_docs else (args.docs or _sibling_docs(site))
    if docs is not None and not docs.is_dir():
        return _fail(f"Map met bronnen {docs} bestaat niet.")
    if args.archive_url and not args.archive_url.lower().startswith(("http://", "https://")):
        return _fail(
            f"--archive-url {args.archive_url}: geef een webadres dat begint met http:// of "
            "https://, bijvoorbeeld https://web.archive.org."
        )
    linkchecker = args.linkchecker
    if linkchecker and not (Path(linkchecker).exists() or shutil.which(linkchecker)):
        return _fail(f"linkchecker niet gevonden: {linkchecker}.")

    def judge(check):
        return classify(check, config.classify, config.retry, config.check.timeout)

    state_path = args.state or args.out / "state.json"
    try:
        state, state_note = load_state(state_path)
    except StateError as exc:
        return _fail(str(exc))

    scheduler = Scheduler(
        linkchecker, config.check, config.retry, should_retry=lambda check: judge(check).retryable
    )
    scheduler.warm_up()
    # Paths are shown as editors know them: relative to the folder holding docs/.
    inventory = build_inventory(site, docs, config.extract, docs.parent if docs else ROOT)
    ignore_reasons = {}
    for url in inventory.references:
        rule = config.ignore_rule_for(url)
        if rule:
            ignore_reasons[url] = rule.reason
    to_check = _failing_first(
        [url for url in inventory.references if url not in ignore_reasons], state
    )

    # One probe a night per site: how it answers a page that cannot exist (soft404.py).
    probe_urls = {site_of(url): probe_url(site_of(url)) for url in to_check if _is_http(url)}
    checks = scheduler.run(
        to_check,
        probes=list(probe_urls.values()),
        prober=lambda url: probe(url, config.check.timeout, config.check.user_agent),
    )
    probes = {
        result.site: result
        for result in scheduler.probe_results.values()
        if isinstance(result, HostProbe)
    }
    verdicts: dict[str, Verdict] = {}
    for url in inventory.references:
        if url in ignore_reasons:
            verdicts[url] = Verdict(
                "ignored", "ignored", f"niet gecontroleerd: {ignore_reasons[url]}"
            )
        else:
            verdicts[url] = judge(checks[url])
    find_gone(checks, verdicts, probes)
    _distrust_offline_run(verdicts, config)
    rot = apply_drift(state, verdicts, checks, inventory.references, now, config.drift)

    changes = apply_run(
        state, verdicts, now, config.classify.dead_after_runs, config.state.forget_after_days
    )
    notes = [state_note] if state_note else []
    archive_base = args.archive_url or config.archive.base_url
    archive_requests = 0
    if config.archive.enabled or args.archive_url:
        archive_requests = add_archive(
            rot,
            verdicts,
            state,
            now,
            archive_base,
            config.archive.lookup_timeout,
            config.check.user_agent,
        )
    exit_code = EXIT_OK
    try:
        save_state(state_path, state)
    except OSError as exc:
        notes.append(
            f"De geschiedenis kon niet worden opgeslagen ({exc}); de vorige is "
            "bewaard gebleven. 'Nieuw' en 'sinds' kloppen daardoor morgen mogelijk niet."
        )
        exit_code = EXIT_SAVE

    run = RunInfo(
        started=now,
        finished=now + (datetime.now(UTC) - started),
        site=str(site),
        docs=str(docs) if docs else None,
        linkchecker=_linkchecker_version(),
        settings=_settings(config),
        processes=scheduler.processes_started,
        notes=notes,
        extra_requests={"probes": scheduler.probes_started, "archive": archive_requests},
        archive_base=archive_base,
    )
    report = build_report(
        inventory,
        verdicts,
        changes,
        {url: check.attempts for url, check in checks.items()},
        ignore_reasons,
        run,
        config.classify.dead_after_runs,
        rot,
    )
    try:
        write_atomic(
            args.out / "report.json",
            (json.dumps(report, indent=2, ensure_ascii=False) + "\n").encode(),
        )
        write_atomic(args.out / "report.md", render(report).encode())
    except OSError as exc:
        print(f"Rapport kon niet worden geschreven: {exc}", file=sys.stderr)
        return EXIT_SAVE
    if not args.quiet:
        _print_summary(report, args.out)
    if exit_code == EXIT_OK and not report["run"]["complete"]:
        exit_code = EXIT_INCOMPLETE
    return exit_code


def accept(wanted: list[str], state_path: Path, out: Path, docs: Path | None = None) -> int:
    """`--accept`: the current version of these pages is fine; it becomes their baseline.
    Each is a URL as in the report, or a reference id of the catalogue."""
    try:
        state, note = load_state(state_path)
    except StateError as exc:
        return _fail(str(exc))
    if note or not state.urls:
        return _fail(f"Geen geschiedenis gevonden in {state_path}: draai eerst een controle.")
    ids = _ids_from_report(out / "report.json")
    if docs is not None and docs.is_dir():
        catalogue = read_catalogue(docs, ExtractSettings().catalogue, docs.parent)
        ids.update({label: d.url for label, d in catalogue.definitions.items()})
    accepted = []
    for name in wanted:
        url = name if name in state.urls else ids.get(normalize_label(name.strip("[]")))
        entry = state.urls.get(url) if url else None
        if entry is None:
            return _fail(
                f"'{name}' staat niet in de geschiedenis ({state_path}). Geef de URL precies "
                "zoals in het rapport, of de referentie-id uit de catalogus."
            )
        if not entry.latest:
            return _fail(
                f"Van {url} is nog geen versie bekend (hij werkte bij de laatste controle "
                "niet): er is niets om te accepteren."
            )
        entry.baseline = dict(entry.latest)
        entry.last_good = entry.latest.get("seen")
        entry.changed_since = None
        accepted.append((url, entry.last_good or ""))
    try:
        save_state(state_path, state)
    except OSError as exc:
        print(f"De geschiedenis kon niet worden opgeslagen: {exc}", file=sys.stderr)
        return EXIT_SAVE
    for url, seen in accepted:
        print(
            f"Geaccepteerd: {url} wordt vanaf nu vergeleken met de versie van "
            f"{dutch_date(seen)}. Het rapport meldt hem niet meer als veranderd."
        )
    return EXIT_OK


def _ids_from_report(path: Path) -> dict[str, str]:
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
        return {
            normalize_label(i): r["url"]
            for r in report.get("references", [])
            for i in r.get("ids", [])
        }
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}


def _is_http(url: str) -> bool:
    return url.lower().startswith(("http://", "https://"))


def _distrust_offline_run(verdicts: dict[str, Verdict], config: Config) -> None:
    """If nearly every link failed before any server answered, the checker was offline, not
    the web: report those links as not checked rather than declare them all dead."""
    rules = config.classify
    checked = [v for v in verdicts.values() if v.category not in ("ignored", "unchecked")]
    silent = [v for v in checked if v.connection_failure]
    if len(silent) < rules.network_down_min_urls or len(silent) < rules.network_down_ratio * len(
        checked
    ):
        return
    status = (
        f"niet gecontroleerd: het netwerk van de controle leek onbereikbaar ({len(silent)} "
        f"van de {len(checked)} links kregen geen enkel antwoord)"
    )
    for url, verdict in verdicts.items():
        if verdict.connection_failure:
            verdicts[url] = Verdict("unchecked", "unchecked-network", status)


def _failing_first(urls: list[str], state: State) -> list[str]:
    """URLs that failed last time (often slow ones) go first: started early, their wait
    overlaps the rest of the run instead of lengthening it."""

    def order(url: str) -> int:
        entry = state.urls.get(url)
        return 0 if entry and entry.last_category in ("watch", "dead") else 1

    return sorted(urls, key=order)


def _settings(config: Config) -> dict:
    return {
        "timeout": config.check.timeout,
        "run_ceiling": config.check.run_ceiling,
        "per_host": config.check.per_host,
        "retry_attempts": config.retry.attempts,
        "dead_after_runs": config.classify.dead_after_runs,
        "respect_robots": config.check.respect_robots,
        "check_anchors": config.check.check_anchors,
        "text_similarity": config.drift.text_similarity,
        "title_similarity": config.drift.title_similarity,
        "archive_lookup_timeout": config.archive.lookup_timeout,
    }


def _print_summary(report: dict, out: Path) -> None:
    s = report["summary"]
    print(
        f"Links: {s['checked']} gecontroleerd, {s['ok']} in orde, {s['dead']} dood, "
        f"{s['watch']} in de gaten houden, {s['changed']} inhoud veranderd, "
        f"{s['moved']} verhuisd, {s['anchor']} onderdeel "
        f"ontbreekt, {s['unverifiable']} niet te controleren, {s['ignored']} genegeerd, "
        f"{s['unchecked']} niet gecontroleerd."
    )
    for note in report["run"]["notes"]:
        print(f"Let op: {note}")
    print(f"Rapport: {out / 'report.md'} en {out / 'report.json'}")


def _linkchecker_version() -> str:
    try:
        return metadata.version("linkchecker")
    except metadata.PackageNotFoundError:
        return "onbekend"


def _sibling_docs(site: Path) -> Path | None:
    candidate = site.resolve().parent / "docs"
    return candidate if candidate.is_dir() else None


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return EXIT_SETUP
