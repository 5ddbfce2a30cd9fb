"""Review dates: when a page is due for a content review, and the open items in pages."""

from __future__ import annotations

import datetime as dt

import pytest

from toolkit.content_checks import Source
from toolkit.review_dates import add_months, open_items, render, reviews_due


def page(label: str, checked: str | None, body: str = "# T\n") -> Source:
    front = f"---\nlaatst_gecontroleerd: {checked}\n---\n" if checked else "---\nx: 1\n---\n"
    return Source(f"docs/{label}", label, front + body)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2024, 1, 31), 1, dt.date(2024, 2, 29)),
        (dt.date(2025, 11, 23), 12, dt.date(2026, 11, 23)),
        (dt.date(2025, 6, 15), 18, dt.date(2026, 12, 15)),
    ],
)
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected


def test_pages_past_the_interval_are_due_oldest_first():
    pages = [
        page("a.md", "2025-11-24"),  # due tomorrow
        page("b.md", "2025-11-23"),  # due today
        page("c.md", "2024-03-01"),
        page("d.md", None),
    ]
    due = reviews_due(pages, dt.date(2026, 11, 23), 12)
    assert [review.file for review in due] == ["docs/d.md", "docs/c.md", "docs/b.md"]
    assert due[1].describe(dt.date(2026, 11, 23)) == (
        "docs/c.md: laatst gecontroleerd op 2024-03-01, volgende controle uiterlijk 2025-03-01 "
        "(632 dagen geleden)"
    )
    assert reviews_due(pages, dt.date(2026, 11, 23), 36)[-1].file == "docs/d.md"


def test_open_items_and_the_list_for_editors():
    body = (
        "# T\n\n- Zie “Regionale Steppedcare” <!-- url-ontbreekt -->\n"
        "Nog schrijven. <!-- nog-invullen -->\n"
    )
    items = open_items([page("a.md", "2026-01-01", body)])
    assert [(item.line, item.kind) for item in items] == [(6, "url-ontbreekt"), (7, "nog-invullen")]
    assert items[0].describe() == (
        "docs/a.md, regel 6: verwijzing zonder webadres: “Zie “Regionale Steppedcare””"
    )
    text = render([], items, dt.date(2026, 11, 23), 12, markdown=True)
    assert text.startswith("## Inhoudelijke controle")
    assert "Te controleren: geen" in text and "Open punten (2):" in text
    assert "- docs/a.md, regel 7: tekst nog invullen: “Nog schrijven.”" in text
