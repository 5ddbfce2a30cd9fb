"""scripts/check_links on plain directories of built HTML (no Markdown sources)."""

from __future__ import annotations

import pytest
from checkrun import html_site, run_check, write_config

pytest_plugins = ["linkreport_fixtures"]
pytestmark = pytest.mark.usefixtures("offline")


def test_html_without_sources_lists_pages_only(fake_web, tmp_path):
    a = fake_web.hosts[0]
    site = html_site(tmp_path / "site", [f"http://{a}/werkt", f"http://{a}/weg"])
    run = run_check(
        "--site", str(site), "--config", str(write_config(tmp_path)), out=tmp_path / "out"
    )
    assert run.exit_code == 0
    assert run.report["run"]["docs"] is None
    gone = run.ref("/weg")
    assert gone["category"] == "dead"
    assert gone["title"] == "Link 1"  # the link text, as there is no catalogue
    assert gone["definition"] is None
    assert gone["places"] == [
        {"page": "/", "source": None, "line": None},
        {"page": "/sub/page.html", "source": None, "line": None},
    ]
    assert "  - `/sub/page.html`\n" in run.markdown
    assert "vervang de URL op de pagina's hieronder" in run.markdown
    assert [r["url"] for r in run.report["references"]] == [f"http://{a}/weg", f"http://{a}/werkt"]


def test_all_well_says_nothing_to_do(fake_web, tmp_path):
    site = html_site(tmp_path / "site", [f"http://{fake_web.hosts[0]}/werkt"])
    run = run_check(
        "--site", str(site), "--config", str(write_config(tmp_path)), out=tmp_path / "out"
    )
    assert run.exit_code == 0
    assert run.report["summary"]["needs_action"] is False
    assert "Er hoeft niets aangepast te worden." in run.markdown
    assert "## Dood" not in run.markdown


def test_respecting_robots_never_passes_a_hidden_link_as_fine(fake_web, tmp_path):
    a = fake_web.hosts[5]
    fake_web.reset_log()
    site = html_site(tmp_path / "site", [f"http://{a}/prive/weg", f"http://{a}/werkt"])
    config = write_config(tmp_path, respect_robots=True)
    run = run_check("--site", str(site), "--config", str(config), out=tmp_path / "out")
    hidden = run.ref("/prive/weg")
    assert (hidden["category"], hidden["reason"]) == ("unverifiable", "robots")
    assert hidden["status"] == "robots.txt van de site verbiedt de controle"
    assert run.ref("/werkt")["category"] == "ok"
    assert fake_web.count("/prive/weg") == 0  # linkchecker obeyed robots.txt
    assert fake_web.count("/robots.txt") >= 1


def test_per_host_limit_is_reached_but_never_exceeded(fake_web, tmp_path):
    b = fake_web.hosts[1]
    fake_web.reset_log()
    urls = [f"http://{b}/langzaam-{n}" for n in range(1, 7)]
    site = html_site(tmp_path / "site", urls)
    run = run_check(
        "--site",
        str(site),
        "--config",
        str(write_config(tmp_path, per_host=2)),
        out=tmp_path / "out",
    )
    assert run.report["summary"]["ok"] == 6
    assert fake_web.max_in_flight[b] == 2
    assert [fake_web.count(f"/langzaam-{n}") for n in range(1, 7)] == [1] * 6


def test_site_that_was_not_built_is_an_error(tmp_path, capsys):
    (tmp_path / "site").mkdir()
    run = run_check(
        "--site",
        str(tmp_path / "site"),
        "--config",
        str(write_config(tmp_path)),
        out=tmp_path / "out",
    )
    assert run.exit_code == 2 and run.report is None
    assert "Bouw eerst de site" in capsys.readouterr().err
