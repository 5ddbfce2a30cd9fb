"""The PDF of the whole toolkit and the overview poster, made by scripts/build-pdf with
Debian's Chromium and read back with poppler-utils (pdfinfo, pdftotext, pdftohtml)."""

from __future__ import annotations

import html
import importlib.machinery
import importlib.util
import re
import subprocess
import sys
from urllib.parse import urljoin

import pytest
import whole_toolkit
from site_helpers import blocks, built_html, pdf_pages_as_png

from project import ROOT

BLOCKS = blocks()
SCRIPT = ROOT / "scripts" / "build-pdf"


def run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True, timeout=60).stdout


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def pdfs(built_site, tmp_path_factory):
    out = tmp_path_factory.mktemp("pdf")
    whole, poster = out / "toolkit.pdf", out / "poster.pdf"
    subprocess.run(
        [sys.executable, SCRIPT, built_site, "--out", whole, "--poster", poster],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return whole, poster


@pytest.fixture(scope="module")
def pages_text(pdfs):
    return [squash(page) for page in run("pdftotext", "-layout", str(pdfs[0]), "-").split("\f")]


def info(pdf) -> dict[str, str]:
    return dict(line.split(":", 1) for line in run("pdfinfo", str(pdf)).splitlines() if ":" in line)


def test_pdf_text_holds_every_block_title(pages_text):
    text = " ".join(pages_text)
    for block in BLOCKS:
        assert squash(block.title) in text, block.title


def test_pdf_gives_every_block_a_page_or_more_of_its_own(pdfs, pages_text):
    starts = []
    for block in BLOCKS:
        found = [n for n, page in enumerate(pages_text) if page.startswith(squash(block.title))]
        assert found, f"geen pagina begint met {block.title!r}"
        starts.append(found[0])
    assert starts == sorted(starts) and len(set(starts)) == len(BLOCKS)
    assert int(info(pdfs[0])["Pages"]) >= len(BLOCKS) + 2  # + title/contents and overview


def test_pdf_has_outline_clickable_links_tags_and_the_toolkit_title(pdfs):
    xml = run("pdftohtml", "-xml", "-i", "-stdout", str(pdfs[0]))
    outline = squash(" ".join(re.findall(r"<item[^>]*>(.*?)</item>", xml)).replace("&amp;", "&"))
    for block in BLOCKS:
        assert squash(block.title) in outline, block.title
    raw = pdfs[0].read_bytes()
    assert raw.count(b"/Dest") >= len(BLOCKS)  # in-document links (contents, overview)
    assert b"/URI" in raw  # links to the sources
    meta = info(pdfs[0])
    assert meta["Tagged"].strip() == "yes"
    assert meta["Title"].strip() == "Toolkit regionale samenwerking knie- en heupartrose"
    assert "A4" in meta["Page size"]


def test_every_pdf_page_is_numbered(pdfs, pages_text):
    total = int(info(pdfs[0])["Pages"])
    assert len([page for page in pages_text if page]) == total
    for number, page in enumerate(pages_text[:total], start=1):
        assert f"Pagina {number} van {total}" in page, f"page {number} has no page number"


def word_boxes(pdf) -> list[tuple[str, float, float]]:
    """(word, x, y) of every word in the PDF (pdftotext -bbox), in reading order."""
    xml = run("pdftotext", "-bbox", str(pdf), "-")
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>'
    return [(word, float(x), float(y)) for x, y, word in re.findall(pattern, xml)]


def test_poster_lays_the_blocks_out_in_a_grid_of_three_by_three_in_order(pdfs):
    words = word_boxes(pdfs[1])
    texts = [html.unescape(word) for word, _, _ in words]
    corners = []
    for block in BLOCKS:
        start = squash(block.title).split()[:3]
        found = [i for i in range(len(texts)) if texts[i : i + len(start)] == start]
        assert found, f"{block.title!r} not on the poster"
        corners.append(words[found[0]][1:])
    columns = sorted({round(x / 40) for x, _ in corners})
    rows = sorted({round(y / 40) for _, y in corners})
    assert len(columns) == 3 and len(rows) == 3, corners
    reading_order = sorted(corners, key=lambda xy: (round(xy[1] / 40), xy[0]))
    assert reading_order == corners, "the tiles are not in the order of the data file"


def test_poster_is_one_a4_landscape_page(pdfs):
    meta = info(pdfs[1])
    assert meta["Pages"].strip() == "1"
    width, height = map(float, re.findall(r"[\d.]+", meta["Page size"])[:2])
    assert (round(width), round(height)) in {(842, 595), (841, 595)}
    text = squash(run("pdftotext", str(pdfs[1]), "-"))
    for block in BLOCKS:
        assert squash(block.title) in text


def test_pdf_goes_where_the_site_links_to(built_site):
    loader = importlib.machinery.SourceFileLoader("build_pdf", str(SCRIPT))
    module = importlib.util.module_from_spec(importlib.util.spec_from_loader("build_pdf", loader))
    loader.exec_module(module)
    url, file = module.find_page(built_site, module.WHOLE_TOOLKIT)
    assert module.pdf_path_from_link(file, url) == whole_toolkit.PDF_FILE
    link = built_html(built_site, "toolkit-compleet.md").select_one("a.tk-download__link")
    assert urljoin("http://site" + url, link["href"]) == "http://site/" + whole_toolkit.PDF_FILE


def ink_by_quadrant(pgm: bytes) -> list[float]:
    """Share of non-white pixels in each quarter of a binary PGM (P5) picture."""
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", pgm)
    width, height = int(header[1]), int(header[2])
    pixels = pgm[header.end() :]
    shares = []
    for top in (0, height // 2):
        for left in (0, width // 2):
            rows = [
                pixels[y * width + left : y * width + left + width // 2]
                for y in range(top, top + height // 2)
            ]
            inked = sum(sum(1 for value in row if value < 200) for row in rows)
            shares.append(inked / (width // 2 * height // 2))
    return shares


def test_pdf_pages_for_people_to_look_at(pdfs, screenshot_dir, tmp_path):
    """PNGs of the first pages and the poster, in screenshots/ (kept after the run); the
    poster is no blank page: every quarter of it carries tiles."""
    pdf_pages_as_png(pdfs[0], screenshot_dir / "reader-pdf", pages=4)
    pdf_pages_as_png(pdfs[1], screenshot_dir / "reader-poster", resolution=60)
    assert sorted(screenshot_dir.glob("reader-pdf-*.png"))
    run("pdftoppm", "-gray", "-r", "30", "-singlefile", str(pdfs[1]), str(tmp_path / "poster"))
    shares = ink_by_quadrant((tmp_path / "poster.pgm").read_bytes())
    assert all(share > 0.05 for share in shares), shares
