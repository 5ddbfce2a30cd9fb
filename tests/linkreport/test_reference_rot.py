"""Reference rot over several nights with one state file, on a fault web of its own:

- S answers every unknown page with 200 and a "Pagina niet gevonden" template;
- T answers every unknown page with 200 and its home page;
- R sends removed pages to its home page or to the overview page it sends unknown pages
  to (and has one page that really moved);
- C has a report replaced by a news overview between two nights, and a page with only
  harmless churn (date, cookie banner, menu, site name in the title);
- H answers unknown pages honestly with 404, and has a page whose title shares nothing
  with the catalogue's text;
- a fake Wayback Machine with snapshots for some references and none for others, and one
  that hangs.
"""

from __future__ import annotations

import json

import jsonschema
import pytest
from checkrun import PROBE_PATH, ROOT, run_check, write_config
from fakearchive import FakeArchive
from fakeweb import FakeWeb, Reply, by_phase, redirect
from rotweb import HOME, KNOWLEDGE, NEWS, NOT_FOUND_TEMPLATE, OVERVIEW, REPORT, page

pytest_plugins = ["linkreport_fixtures"]
pytestmark = pytest.mark.usefixtures("offline")

NIGHTS = [f"2026-11-{day}T03:00:00+00:00" for day in (20, 21, 22, 23)]
SCHEMA = json.loads((ROOT / "scripts/linkreport/report.schema.json").read_text())

CATALOGUE = {
    # id: (site, path, catalogue title)
    "soft-weg": ("S", "/oude-handreiking", "Handreiking artrosezorg in de regio"),
    "soft-goed": ("S", "/richtlijn", "Richtlijn artrose knie"),
    "tmpl-weg": ("T", "/verdwenen", "Factsheet regionale netwerken"),
    "home-weg": ("R", "/oud-beleid", "Beleidsnota zorgnetwerken"),
    "overzicht-weg": ("R", "/oude-brochure", "Brochure bewegen bij artrose"),
    "verhuisd": ("R", "/verplaatst", "Zorgstandaard artrose"),
    "vervangen": ("C", "/rapport", "Rapport evaluatie regionale samenwerking"),
    "churn": ("C", "/kennisbank", "Kennisbank heupartrose"),
    "eerlijk-weg": ("H", "/weg", "Verdwenen rapport"),
    "eerlijk-goed": ("H", "/goed", "Fysiotherapie bij heupartrose"),
    "verkeerd": ("H", "/verkeerd", "Ketenzorg heupartrose"),
}
ARCHIVED = {
    "soft-weg": "20261001120000",
    "home-weg": "20250601000000",
    "vervangen": "20261115000000",
}

CHURNED = page(
    "Heupartrose behandelen | Kennisbank NOV",
    "Heupartrose behandelen",
    KNOWLEDGE,
    menu=("Home", "Thema's", "Nieuws", "Over ons", "Contact"),
    cookie="Deze website plaatst functionele en analytische cookies. Kies uw voorkeur.",
    date="Laatst gewijzigd op 12 november 2026",
    footer="Copyright 2027. Privacy en cookies. Toegankelijkheid.",
)


def sites() -> dict[str, FakeWeb]:
    return {
        "S": FakeWeb(
            {
                "/richtlijn": Reply(
                    body=page(
                        "Richtlijn artrose knie | Zorginstituut", "Artrose in de knie", KNOWLEDGE
                    )
                )
            },
            ("127.0.0.21",),
            fallback=Reply(body=NOT_FOUND_TEMPLATE),
        ),
        "T": FakeWeb({"/": Reply(body=HOME)}, ("127.0.0.22",), fallback=Reply(body=HOME)),
        "R": FakeWeb(
            {
                "/": Reply(body=HOME),
                "/publicaties": Reply(body=OVERVIEW),
                "/oud-beleid": redirect(301, "/"),
                "/oude-brochure": redirect(301, "/publicaties?bron=brochure"),
                "/verplaatst": redirect(301, "/zorgstandaard-artrose"),
                "/zorgstandaard-artrose": Reply(
                    body=page("Zorgstandaard artrose | Rijksoverheid.nl", "Zorgstandaard", REPORT)
                ),
            },
            ("127.0.0.23",),
            fallback=redirect(302, "/publicaties"),
        ),
        "C": FakeWeb(
            {
                "/rapport": by_phase(
                    p1=Reply(
                        body=page(
                            "Evaluatie regionale samenwerking | Kennisbank NOV",
                            "Evaluatie regionale samenwerking",
                            REPORT,
                        )
                    ),
                    p2=Reply(body=page("Nieuws | Kennisbank NOV", "Nieuws", NEWS)),
                ),
                "/kennisbank": by_phase(
                    p1=Reply(
                        body=page(
                            "Heupartrose behandelen | Kennisbank",
                            "Heupartrose behandelen",
                            KNOWLEDGE,
                        )
                    ),
                    p2=Reply(body=CHURNED),
                ),
            },
            ("127.0.0.24",),
        ),
        "H": FakeWeb(
            {
                "/goed": Reply(
                    body=page(
                        "Fysiotherapie bij heupartrose - KNGF",
                        "Fysiotherapie bij heupartrose",
                        KNOWLEDGE,
                    )
                ),
                "/weg": Reply(404),
                "/verkeerd": Reply(
                    body=page("Cookiebeleid | Stichting Voorbeeld", "Cookiebeleid", NEWS)
                ),
            },
            ("127.0.0.25",),
        ),
    }


def url_of(webs, name: str) -> str:
    site, path, _ = CATALOGUE[name]
    return f"http://{webs[site].hosts[0]}{path}"


def make_project(base, webs):
    docs = base / "docs"
    (docs / "_data").mkdir(parents=True)
    (docs / "_data/referenties.md").write_text(
        "".join(f'[{n}]: {url_of(webs, n)} "{title}"\n' for n, (_, _, title) in CATALOGUE.items())
    )
    (docs / "index.md").write_text(
        "# Start\n\n" + "".join(f"- [{title}][{n}]\n" for n, (_, _, title) in CATALOGUE.items())
    )
    links = "".join(
        f'<li><a href="{url_of(webs, n)}">{title}</a></li>'
        for n, (_, _, title) in CATALOGUE.items()
    )
    site = base / "site"
    site.mkdir()
    (site / "index.html").write_text(
        f"<html><body><article><h1>Start</h1><ul>{links}</ul></article></body></html>"
    )
    return site


@pytest.fixture(scope="module")
def webs():
    started = sites()
    for web in started.values():
        web.start()
    yield started
    for web in started.values():
        web.stop()


@pytest.fixture(scope="module")
def nights(webs, tmp_path_factory):
    """Night 1 and 2 as the web plays them; night 3 as night 2; then the editor accepts
    the replaced report, and night 4."""
    base = tmp_path_factory.mktemp("rot")
    site = make_project(base, webs)
    config = write_config(base)
    out = base / "out"
    snapshots = {url_of(webs, name): stamp for name, stamp in ARCHIVED.items()}
    runs, requests, asked = [], [], []
    with FakeArchive(snapshots) as archive:
        for number, now in enumerate(NIGHTS, start=1):
            if number == 4:
                accepted = run_check("--accept", "vervangen", out=out)
                assert accepted.exit_code == 0
            for web in webs.values():
                web.phase = min(number, 2)
                web.reset_log()
            archive.requests.clear()
            runs.append(
                run_check(
                    "--site",
                    str(site),
                    "--config",
                    str(config),
                    "--now",
                    now,
                    "--archive-url",
                    archive.url,
                    out=out,
                )
            )
            requests.append({name: web.counts() for name, web in webs.items()})
            asked.append(archive.asked())
    return runs, requests, asked


def verdicts(run, webs) -> dict[str, tuple[str, str]]:
    by_url = {r["url"]: r for r in run.report["references"]}
    return {
        name: (by_url[url_of(webs, name)]["category"], by_url[url_of(webs, name)]["reason"])
        for name in CATALOGUE
    }


def ref(run, webs, name) -> dict:
    return next(r for r in run.report["references"] if r["url"] == url_of(webs, name))


def test_night_1_gone_pages_are_dead_and_real_moves_stay_moved(nights, webs):
    run = nights[0][0]
    assert run.exit_code == 0
    assert verdicts(run, webs) == {
        "soft-weg": ("dead", "soft-404"),
        "soft-goed": ("ok", "ok"),
        "tmpl-weg": ("dead", "soft-404-template"),
        "home-weg": ("dead", "redirect-home"),
        "overzicht-weg": ("dead", "redirect-notfound"),
        "verhuisd": ("moved", "moved"),
        "vervangen": ("ok", "ok"),
        "churn": ("ok", "ok"),
        "eerlijk-weg": ("dead", "http-404"),
        "eerlijk-goed": ("ok", "ok"),
        "verkeerd": ("ok", "ok"),
    }
    soft = ref(run, webs, "soft-weg")
    assert soft["status"].startswith(
        "de site geeft een gewone pagina terug, maar die zegt dat de pagina niet bestaat"
    )
    home = ref(run, webs, "home-weg")
    # Gone, not moved: never the advice to link the home page.
    assert home["new_url"] is None
    assert "Link niet naar de homepage" in home["action"]
    assert "vervang de URL" in home["action"] and "door http" not in home["action"]


def test_one_probe_per_site_and_one_archive_request_per_dead_or_changed(nights, webs):
    runs, requests, asked = nights
    for run, counts, archive in zip(runs, requests, asked, strict=True):
        for name, web_counts in counts.items():
            probes = [path for (_, path), n in web_counts.items() if PROBE_PATH.match(path)]
            assert len(probes) == 1, (name, probes)
            assert all(web_counts[("GET", p)] == 1 for p in probes)
        summary = run.report["summary"]
        assert len(archive) == summary["dead"] + summary["changed"]
        assert run.report["run"]["extra_requests"] == {"probes": 5, "archive": len(archive)}
        # Every reference still fetched once: the fingerprint comes from that same fetch.
        for name, (site, path, _) in CATALOGUE.items():
            assert counts[site][("GET", path)] == 1, name


def test_archived_copy_offered_where_the_archive_has_one(nights, webs):
    run = nights[0][0]
    soft = ref(run, webs, "soft-weg")
    assert soft["archive_url"].endswith(f"/web/20261001120000/{url_of(webs, 'soft-weg')}")
    assert soft["catalogue_line"] == (
        f'[soft-weg]: {soft["archive_url"]} "Handreiking artrosezorg in de regio"'
    )
    assert soft["archive_lookup"]["status"] == "found"
    honest = ref(run, webs, "eerlijk-weg")
    assert honest["archive_url"] is None and honest["archive_lookup"]["status"] == "none"
    assert ref(run, webs, "soft-goed")["archive_lookup"] is None  # fine: not asked
    md = run.markdown
    assert f"  {soft['catalogue_line']}\n" in md
    assert "het webarchief heeft geen kopie van deze pagina" in md
    assert run.report["summary"]["archived_copies"] == 2


def test_title_unrelated_to_the_catalogue_is_said_once(nights, webs):
    runs = nights[0]
    first = ref(runs[0], webs, "verkeerd")
    assert len(first["remarks"]) == 1 and "Cookiebeleid" in first["remarks"][0]
    assert "## Opmerkingen (1)" in runs[0].markdown
    assert ref(runs[1], webs, "verkeerd")["remarks"] == []
    others = [r for r in runs[0].report["references"] if r["remarks"] and r is not first]
    assert others == []


def test_night_2_replaced_content_is_changed_churn_is_not(nights, webs):
    run, _, asked = nights[0][1], None, nights[2][1]
    got = verdicts(run, webs)
    assert got["vervangen"] == ("changed", "content-changed")
    assert got["churn"] == ("ok", "ok")
    assert got["soft-goed"] == ("ok", "ok") and got["eerlijk-goed"] == ("ok", "ok")
    changed = ref(run, webs, "vervangen")
    drift = changed["drift"]
    assert drift["old_title"] == "Evaluatie regionale samenwerking | Kennisbank NOV"
    assert drift["new_title"] == "Nieuws | Kennisbank NOV"
    assert drift["last_good"] == NIGHTS[0] and drift["changed_since"] == NIGHTS[1]
    assert drift["title_changed"] and drift["text_changed"]
    # The archived copy nearest to the last good sighting.
    assert asked[url_of(webs, "vervangen")] == "20261120030000"
    assert changed["archive_url"].endswith(f"/web/20261115000000/{url_of(webs, 'vervangen')}")
    assert "`scripts/check_links --accept vervangen`" in changed["action"]
    md = run.markdown
    assert "## Inhoud veranderd (1)" in md
    assert "- **Titel toen:** Evaluatie regionale samenwerking \\| Kennisbank NOV\n" in md
    assert "- **Titel nu:** Nieuws \\| Kennisbank NOV\n" in md
    assert "- **Laatst gezien zoals bedoeld:** 20 november 2026\n" in md
    # Dead, changed and moved first.
    order = [md.index(h) for h in ("## Dood (5)", "## Inhoud veranderd (1)", "## Verhuisd (1)")]
    assert order == sorted(order)
    assert run.report["summary"]["needs_action"] is True


def test_changed_until_accepted(nights, webs):
    runs = nights[0]
    third = ref(runs[2], webs, "vervangen")
    assert third["category"] == "changed"
    assert third["drift"]["changed_since"] == NIGHTS[1]  # still since the first night
    fourth = ref(runs[3], webs, "vervangen")
    assert (fourth["category"], fourth["drift"]) == ("ok", None)
    assert runs[3].state["urls"][url_of(webs, "vervangen")]["baseline"]["title"] == (
        "Nieuws | Kennisbank NOV"
    )


def test_reports_match_the_schema(nights):
    for run in nights[0]:
        jsonschema.validate(run.report, SCHEMA)


def test_a_hanging_archive_does_not_hold_up_the_report(webs, tmp_path):
    site = make_project(tmp_path, webs)
    config = write_config(tmp_path, lookup_timeout=1)
    for web in webs.values():
        web.phase = 1
    with FakeArchive(hanging=True) as archive:
        run = run_check(
            "--site",
            str(site),
            "--config",
            str(config),
            "--now",
            NIGHTS[0],
            "--archive-url",
            archive.url,
            out=tmp_path / "out",
        )
        # The report is written while the archive still holds every request.
        assert not archive.release.is_set()
        assert len(archive.requests) == run.report["summary"]["dead"]
    assert run.exit_code == 0
    dead = [r for r in run.report["references"] if r["category"] == "dead"]
    assert dead and all(r["archive_lookup"]["status"] == "timeout" for r in dead)
    assert all(r["archive_url"] is None for r in dead)
    assert "het webarchief gaf deze keer geen antwoord" in run.markdown


def test_accept_names_what_it_does_not_know(nights, tmp_path, capsys):
    out = tmp_path / "leeg"
    result = run_check("--accept", "https://example.invalid/nergens", out=out)
    assert result.exit_code == 2
    assert "draai eerst een controle" in capsys.readouterr().err
