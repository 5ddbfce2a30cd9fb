"""Two nightly runs of scripts/check_links on the fixture site against the fake fake_web.

Night 1 (20 November): everything as the fake web plays it first; the 503 is down.
Night 2 (21 November): the 503 is back up. Asserted: each classification, how often the
server was asked for each URL, the per-host limit, the report text, and the history
("nieuw", "nog steeds dood", "hersteld", watch promoted to dead after two nights and
announced as newly dead, with advice that fits its cause).
"""

from __future__ import annotations

import json
from collections import Counter

import jsonschema
import pytest
from checkrun import PER_HOST, PROBE_PATH, ROOT, make_site, run_check, url_key, write_config

pytest_plugins = ["linkreport_fixtures"]
pytestmark = pytest.mark.usefixtures("offline")

NIGHT_1 = "2026-11-20T03:00:00+00:00"
NIGHT_2 = "2026-11-21T03:00:00+00:00"
SCHEMA = json.loads((ROOT / "scripts/linkreport/report.schema.json").read_text())

# URL path (or name) -> (category, reason) on night 1.
NIGHT_1_VERDICTS = {
    "/werkt": ("ok", "ok"),
    "/direct": ("ok", "ok"),
    "/ongebruikt": ("ok", "ok"),
    "/geen-head": ("ok", "ok"),
    "/tijdelijk": ("ok", "redirect-temporary"),
    "/weg": ("dead", "http-404"),
    "/opgeheven": ("dead", "http-410"),
    "/prive/weg": ("dead", "http-404"),  # robots.txt disallows it: checked anyway
    "niet-bestaand.invalid/pagina": ("dead", "dns"),
    "REFUSED": ("dead", "refused"),
    "/oud": ("moved", "moved"),
    "/anker#bestaat-niet": ("anchor", "anchor"),
    "/serverfout": ("watch", "http-5xx"),
    "/wisselvallig": ("watch", "http-5xx"),
    "/verbroken": ("watch", "reset"),
    "/traag": ("watch", "timeout"),
    "/rondje": ("watch", "redirect-loop"),
    "/druk": ("unverifiable", "http-429"),
    "/verboden": ("unverifiable", "http-403"),
    "linkedin.com/company/nov": ("ignored", "ignored"),
}

# Requests per (method, path) on night 1. Transient failures get 1 + 2 retries; the
# timeout is not retried within the run; the loop is linkchecker's fixed 10 redirects.
NIGHT_1_REQUESTS = {
    ("GET", "/werkt"): 1,
    ("GET", "/direct"): 1,
    ("GET", "/ongebruikt"): 1,
    ("GET", "/geen-head"): 1,
    ("GET", "/weg"): 1,
    ("GET", "/opgeheven"): 1,
    ("GET", "/prive/weg"): 1,
    ("GET", "/anker"): 1,
    ("GET", "/druk"): 1,
    ("GET", "/verboden"): 1,
    ("GET", "/traag"): 1,
    ("GET", "/tijdelijk"): 1,
    ("GET", "/tijdelijk-2"): 1,
    ("GET", "/doel"): 1,
    ("GET", "/oud"): 1,
    ("GET", "/tussen"): 1,
    ("GET", "/nieuw"): 1,
    ("GET", "/serverfout"): 3,
    ("GET", "/wisselvallig"): 3,
    ("GET", "/verbroken"): 3,
    ("GET", "/rondje"): 6,
    ("GET", "/rondje-b"): 5,
}


@pytest.fixture(scope="module")
def nights(fake_web, tmp_path_factory):
    base = tmp_path_factory.mktemp("nights")
    project = make_site(base / "project", fake_web)
    config = write_config(base)
    out = base / "out"
    runs = []
    for phase, now in ((1, NIGHT_1), (2, NIGHT_2)):
        fake_web.phase = phase
        fake_web.reset_log()
        run = run_check(
            "--site", str(project / "site"), "--config", str(config), "--now", now, out=out
        )
        runs.append((run, fake_web.counts(), Counter(fake_web.max_in_flight)))
    return runs


def _key(ref_url: str) -> str:
    if url_key(ref_url) in NIGHT_1_VERDICTS:
        return url_key(ref_url)
    if ref_url.startswith("http://127.0.0.1:"):
        return "REFUSED"
    return next(key for key in NIGHT_1_VERDICTS if key in ref_url)


def test_night_1_classifies_every_reference(nights):
    run, _, _ = nights[0]
    assert run.exit_code == 0
    got = {_key(r["url"]): (r["category"], r["reason"]) for r in run.report["references"]}
    assert got == NIGHT_1_VERDICTS


def test_moved_suggests_the_end_of_the_permanent_chain(nights):
    run, _, _ = nights[0]
    moved = run.ref("/oud")
    assert moved["new_url"].endswith("/nieuw")
    assert moved["status"] == f"verhuisd naar {moved['new_url']} (301)"
    assert run.ref("/tijdelijk")["new_url"] is None  # 302s are not a new address


def test_each_url_is_fetched_once_plus_bounded_retries(nights, fake_web):
    run, counts, _ = nights[0]
    probes = {key: n for key, n in counts.items() if PROBE_PATH.match(key[1])}
    pages = {key: n for key, n in counts.items() if key not in probes}
    assert pages == NIGHT_1_REQUESTS  # no HEAD, no robots.txt, nothing twice
    # One probe (a path that cannot exist) per site with a checked reference, and no more.
    assert set(probes.values()) == {1} and len(probes) == len(fake_web.hosts)
    # The other two sites of the fixture do not answer at all (unknown name, refused port).
    summary = run.report["summary"]
    assert run.report["run"]["extra_requests"] == {
        "probes": len(fake_web.hosts) + 2,
        "archive": summary["dead"] + summary["changed"],
    }
    assert run.ref("/serverfout")["attempts"] == 3
    assert run.ref("/traag")["attempts"] == 1
    assert run.ref("/weg")["attempts"] == 1


def test_no_host_gets_more_than_per_host_requests_at_once(nights):
    for _, _, in_flight in nights:
        assert in_flight and max(in_flight.values()) <= PER_HOST


def test_places_list_every_page_source_and_line(nights):
    run, _, _ = nights[0]
    gone = run.ref("/weg")
    assert gone["ids"] == ["weg-404"]
    assert gone["definition"] == {"page": None, "source": "docs/_data/referenties.md", "line": 3}
    # The code block in index.md does not count; the upper-case id in scholing.md does.
    assert [(p["page"], p["source"], p["line"]) for p in gone["places"]] == [
        ("/", "docs/index.md", 5),
        ("/blokken/netwerk/", "docs/blokken/netwerk.md", 3),
        ("/blokken/scholing/", "docs/blokken/scholing.md", 3),
    ]
    assert run.ref("/ongebruikt")["places"] == []
    direct = run.ref("/direct")
    assert direct["ids"] == [] and direct["places"] == [
        {"page": "/blokken/netwerk/", "source": "docs/blokken/netwerk.md", "line": 7}
    ]
    # Edit buttons, permalinks, header and footer links are not references.
    assert not [r for r in run.report["references"] if "example.invalid" in r["url"]]


def test_reports_match_the_schema(nights):
    for run, _, _ in nights:
        jsonschema.validate(run.report, SCHEMA)


def test_night_1_summary_and_report_text(nights):
    run, _, _ = nights[0]
    summary = run.report["summary"]
    assert {
        k: summary[k]
        for k in (
            "total",
            "checked",
            "ok",
            "dead",
            "watch",
            "moved",
            "anchor",
            "unverifiable",
            "ignored",
            "unchecked",
            "new_dead",
            "recovered",
            "needs_action",
        )
    } == {
        "total": 20,
        "checked": 19,
        "ok": 5,
        "dead": 5,
        "watch": 5,
        "moved": 1,
        "anchor": 1,
        "unverifiable": 2,
        "ignored": 1,
        "unchecked": 0,
        "new_dead": 5,
        "recovered": 0,
        "needs_action": True,
    }
    assert run.report["run"]["complete"] is True
    md = run.markdown
    assert md.startswith("# Controle externe links, 20 november 2026\n")
    assert "- **Gecontroleerd:** 19 verwijzingen\n- **In orde:** 5\n- **Dood:** 5 (5 nieuw)\n" in md
    # Dead first, then moved, anchor, watch, unverifiable, ignored.
    order = [
        md.index(h)
        for h in (
            "## Dood (5)",
            "## Verhuisd (1)",
            "## Onderdeel van de pagina ontbreekt (1)",
            "## In de gaten houden (5)",
            "## Niet automatisch te controleren (2)",
            "## Genegeerd (1)",
        )
    ]
    assert order == sorted(order)
    gone = md[md.index("### Verdwenen handreiking") :]
    gone = gone[: gone.index("\n### ")]
    assert "- **Status:** pagina bestaat niet meer (404)\n" in gone
    assert "- **Sinds:** 20 november 2026 (nieuw)\n" in gone
    assert "- **Referentie:** `[weg-404]` in `docs/_data/referenties.md`, regel 3\n" in gone
    assert "  - `/blokken/scholing/` — `docs/blokken/scholing.md`, regel 3\n" in gone
    assert "- **Status:** server onbekend: de domeinnaam bestaat niet (meer)" in md
    assert "- **Status:** server onbereikbaar: verbinding geweigerd" in md
    assert "- **Status:** pagina is definitief verwijderd (410)" in md
    assert "- **Status:** site weigert geautomatiseerde controle (403)" in md
    assert "- **Status:** server reageert niet binnen 1 seconde\n" in md
    assert f"door {run.ref('/oud')['new_url']}\n" in md  # the moved action names it


def test_night_2_still_dead_recovered_and_promoted(nights):
    run, counts, _ = nights[1]
    assert run.exit_code == 0
    gone = run.ref("/weg")
    assert (gone["category"], gone["history"]["label"]) == ("dead", "ongoing")
    assert gone["history"]["first_failure"] == NIGHT_1
    assert gone["history"]["consecutive_failures"] == 2
    # Transient failures on two nights in a row are now dead: newly dead, announced so.
    promoted = ("/serverfout", "/verbroken", "/traag", "/rondje")
    for path in promoted:
        ref = run.ref(path)
        assert (ref["category"], ref["history"]["promoted"]) == ("dead", True), path
        assert ref["history"]["label"] == "new", path
        # A server that fails is not a page that moved: look first, then search.
        assert ref["action"].startswith("Open de link zelf in een browser: "), ref["action"]
        assert "al 2 controles op rij" in ref["action"]
    assert run.report["summary"]["new_dead"] == len(promoted)
    assert "de server van de site geeft een foutmelding" in run.ref("/serverfout")["action"]
    assert "de site reageert niet" in run.ref("/traag")["action"]
    assert gone["action"].startswith("Zoek de nieuwe vindplaats van deze bron")
    flaky = run.ref("/wisselvallig")
    assert (flaky["category"], flaky["history"]["label"]) == ("ok", "recovered")
    assert flaky["history"]["failed_since"] == NIGHT_1
    assert counts[("GET", "/wisselvallig")] == 1
    assert run.report["summary"]["recovered"] == 1
    md = run.markdown
    assert "- **Sinds:** 20 november 2026 (nog steeds dood, 2 controles op rij)\n" in md
    assert (
        "- **Sinds:** 20 november 2026 (nieuw als dood gemeld: 2 controles op rij mislukt)\n"
    ) in md
    assert f"- **Dood:** {run.report['summary']['dead']} ({len(promoted)} nieuw)\n" in md
    assert "sinds 20 november 2026 (" not in md.replace("faalde sinds", "")  # no "Sinds: .. sinds"
    assert "## Hersteld (1)" in md
    assert "Eerst 503, daarna weer in orde: <http://" in md and "faalde sinds 20 november" in md


def test_state_file_remembers_each_url(nights):
    run, _, _ = nights[1]
    urls = run.state["urls"]
    flaky = next(v for k, v in urls.items() if k.endswith("/wisselvallig"))
    assert flaky["consecutive_failures"] == 0 and flaky["first_failure"] is None
    assert flaky["last_success"] == NIGHT_2
    gone = next(v for k, v in urls.items() if k.endswith("/weg"))
    assert (gone["first_failure"], gone["consecutive_failures"]) == (NIGHT_1, 2)
    assert gone["last_success"] is None
    blocked = next(v for k, v in urls.items() if k.endswith("/verboden"))
    assert blocked["consecutive_failures"] == 0  # unverifiable changes no counter
