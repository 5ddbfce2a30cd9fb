"""Which pages are due for a content review, and which open items the pages still carry.

Why: a toolkit full of external references goes stale quietly. Every page records in its
front matter when an editor last checked it (`laatst_gecontroleerd: JJJJ-MM-DD`); once that
is longer ago than the interval (`extra.review_interval_maanden` in mkdocs.yml), the page is
listed for the editors: in the build log (INFO, never a failure, never shown to readers), by
scripts/review-due, and in the summary of every CI run. Open items are the markers editors
leave in a page: `<!-- url-ontbreekt -->` (a reference without a known address) and
`<!-- nog-invullen -->` (text of a new block still to be written).

Pure functions, no MkDocs import; the pages come in as content_checks.Source objects.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .content_checks import REVIEW_FIELD, Source, review_date

DEFAULT_INTERVAL_MONTHS = 12
MARKERS = {
    "url-ontbreekt": "verwijzing zonder webadres",
    "nog-invullen": "tekst nog invullen",
}
MARKER = re.compile(r"<!--\s*(?P<name>url-ontbreekt|nog-invullen)\s*-->")


@dataclass(frozen=True)
class Review:
    file: str
    checked: dt.date | None  # None: the page has no valid date (a content-check finding too)
    due: dt.date | None

    def describe(self, today: dt.date) -> str:
        if self.checked is None or self.due is None:
            return f"{self.file}: geen geldige datum bij '{REVIEW_FIELD}'"
        late = (today - self.due).days
        return (
            f"{self.file}: laatst gecontroleerd op {self.checked.isoformat()}, volgende controle "
            f"uiterlijk {self.due.isoformat()} ({late} dagen geleden)"
        )


@dataclass(frozen=True)
class OpenItem:
    file: str
    line: int
    kind: str  # a key of MARKERS
    context: str

    def describe(self) -> str:
        return f"{self.file}, regel {self.line}: {MARKERS[self.kind]}: {self.context}"


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (the last day of the month if that month is shorter)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def reviews_due(
    sources: Iterable[Source], today: dt.date, interval_months: int = DEFAULT_INTERVAL_MONTHS
) -> list[Review]:
    """Pages whose last check is more than the interval ago, or that have no date at all."""
    due = []
    for source in sources:
        checked = review_date(source)
        if checked is None:
            due.append(Review(source.label, None, None))
            continue
        deadline = add_months(checked, interval_months)
        if deadline <= today:
            due.append(Review(source.label, checked, deadline))
    return sorted(due, key=lambda review: (review.due or dt.date.min, review.file))


def open_items(sources: Iterable[Source]) -> list[OpenItem]:
    items = []
    for source in sources:
        for number, line in enumerate(source.lines, start=1):
            for match in MARKER.finditer(line):
                context = _context(line[: match.start()])
                items.append(OpenItem(source.label, number, match["name"], context))
    return items


def _context(before: str) -> str:
    text = re.sub(r"<!--.*?-->", "", before)
    text = re.sub(r"^\s*(?:[-*+]|\d+\.)\s+", "", text).strip()
    return f"“…{text[-80:]}”" if len(text) > 80 else f"“{text}”"


def render(
    reviews: list[Review],
    items: list[OpenItem],
    today: dt.date,
    interval: int,
    markdown: bool = False,
) -> str:
    """The list for editors, as plain text or as Markdown (for a CI job summary)."""
    bullet = "- " if markdown else "  "
    title = "## Inhoudelijke controle" if markdown else "Inhoudelijke controle"
    lines = [
        title,
        "",
        f"Elke pagina wordt elke {interval} maanden gecontroleerd (peildatum "
        f"{today.isoformat()}). Na een controle: zet de datum bij '{REVIEW_FIELD}' "
        "bovenaan de pagina op de dag van de controle.",
        "",
    ]
    if reviews:
        lines.append(f"Te controleren ({len(reviews)}):")
        lines += [f"{bullet}{review.describe(today)}" for review in reviews]
    else:
        lines.append("Te controleren: geen; alle pagina's zijn op tijd gecontroleerd.")
    lines.append("")
    if items:
        lines.append(f"Open punten ({len(items)}):")
        lines += [f"{bullet}{item.describe()}" for item in items]
    else:
        lines.append("Open punten: geen.")
    return "\n".join(lines) + "\n"
