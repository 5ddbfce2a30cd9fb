"""Reading the Markdown catalogue and usages; folding runs into the history; rendering."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from linkreport.atomic import write_atomic
from linkreport.catalogue import page_for_source, read_catalogue
from linkreport.classify import Verdict
from linkreport.history import State, apply_run, load_state, save_state
from linkreport.report_markdown import _escape, dutch_date


def test_catalogue_definitions_and_usages(tmp_path: Path):
    docs = tmp_path / "docs"
    (docs / "_data").mkdir(parents=True)
    (docs / "_data/referenties.md").write_text(
        "[//]: # (commentaar)\n"
        '[Een Id]: https://a.example/1 "Titel met ‘quotes’"\n'
        "[twee]: <https://a.example/2> 'Enkel'\n"
        "[drie]: https://a.example/3 (Haakjes)\n"
        '[een id]: https://a.example/dubbel "Tweede definitie telt niet"\n'
    )
    (docs / "a").mkdir()
    (docs / "a/index.md").write_text(
        "Zie [tekst][EEN  ID] en [twee][].\n"
        "```\n[niet][drie]\n```\n"
        "`[ook niet][drie]` maar [drie] wel, en [x](https://b.example/inline) en "
        "<https://b.example/auto>.\n"
        "[onbekend] en [checkbox] tellen niet.\n"
    )
    catalogue = read_catalogue(docs, "_data/referenties.md", tmp_path)
    assert {k: (d.url, d.title, d.line) for k, d in catalogue.definitions.items()} == {
        "een id": ("https://a.example/1", "Titel met ‘quotes’", 2),
        "twee": ("https://a.example/2", "Enkel", 3),
        "drie": ("https://a.example/3", "Haakjes", 4),
    }
    usages = {
        url: [(u.source, u.line, u.page) for u in found]
        for url, found in catalogue.usages_by_url.items()
    }
    assert usages == {
        "https://a.example/1": [("docs/a/index.md", 1, "/a/")],
        "https://a.example/2": [("docs/a/index.md", 1, "/a/")],
        "https://a.example/3": [("docs/a/index.md", 5, "/a/")],
        "https://b.example/inline": [("docs/a/index.md", 5, "/a/")],
        "https://b.example/auto": [("docs/a/index.md", 5, "/a/")],
    }


@pytest.mark.parametrize(
    "source, page",
    [
        ("index.md", "/"),
        ("blokken/scholing.md", "/blokken/scholing/"),
        ("blokken/index.md", "/blokken/"),
        ("over/README.md", "/over/"),
    ],
)
def test_source_to_page(source, page):
    assert page_for_source(Path(source)) == page


NIGHT = datetime(2026, 11, 20, 3, tzinfo=UTC)


def _run(state, category, night, after=2):
    verdict = Verdict(category, "x", "x")
    change = apply_run(state, {"u": verdict}, NIGHT + timedelta(days=night), after, 90)["u"]
    return verdict.category, change.label, state.urls["u"].consecutive_failures


def test_history_over_nights():
    state = State()
    assert _run(state, "watch", 0) == ("watch", "new", 1)
    assert _run(state, "unverifiable", 1) == ("unverifiable", None, 1)  # changes nothing
    assert _run(state, "unchecked", 2) == ("unchecked", None, 1)
    assert _run(state, "watch", 3) == ("dead", "new", 2)  # promoted: newly dead
    assert _run(state, "watch", 4) == ("dead", "ongoing", 3)  # and dead since
    assert state.urls["u"].first_failure == NIGHT.isoformat()
    assert _run(state, "ok", 4) == ("ok", "recovered", 0)
    assert state.urls["u"].first_failure is None
    assert _run(state, "dead", 5) == ("dead", "new", 1)


def test_history_forgets_urls_no_longer_used():
    state = State()
    apply_run(state, {"oud": Verdict("ok", "ok", "werkt")}, NIGHT, 2, 90)
    apply_run(state, {}, NIGHT + timedelta(days=89), 2, 90)
    assert "oud" in state.urls
    apply_run(state, {}, NIGHT + timedelta(days=91), 2, 90)
    assert "oud" not in state.urls


def test_state_round_trip(tmp_path: Path):
    state = State()
    apply_run(state, {"https://a.example/": Verdict("dead", "http-404", "weg")}, NIGHT, 2, 90)
    save_state(tmp_path / "state.json", state)
    loaded, note = load_state(tmp_path / "state.json")
    assert note is None and loaded.urls == state.urls


def test_atomic_write_failure_leaves_the_old_file(tmp_path: Path, monkeypatch):
    import linkreport.atomic as atomic

    target = tmp_path / "state.json"
    target.write_bytes(b"oud")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_atomic(target, b"nieuw")
    assert target.read_bytes() == b"oud"
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]


def test_dutch_dates_use_amsterdam_time():
    assert dutch_date("2026-03-31T23:30:00+00:00") == "1 april 2026"  # 01:30 CEST
    assert dutch_date(None) == "onbekend"


def test_markdown_escaping_of_titles():
    assert _escape("A*b_c [d] <e> | f") == r"A\*b\_c \[d\] \<e\> \| f"
