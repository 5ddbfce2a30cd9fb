"""Files readers cannot open as the editor meant: a page whose name MkDocs does not take for
a page, an image no browser shows. The oracle for pages is MkDocs' own rule."""

from __future__ import annotations

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.utils import is_markdown_file

from toolkit.content_checks import Source
from toolkit.file_kinds import check_file_names
from toolkit.rendered_checks import check_rendered

SETTINGS = settings(max_examples=60, derandomize=True, database=None, deadline=None)
PAGE_START = "---\nlaatst_gecontroleerd: 2026-01-01\n---\n\n# Nieuw\n\nTekst.\n"


@SETTINGS
@given(
    stem=st.from_regex(r"[A-Za-z][a-z-]{0,10}", fullmatch=True),
    suffix=st.sampled_from(
        [".md", ".MD", ".Md", ".mD", ".txt", ".TXT", ".markdown", "", ".pdf", ".docx", ".csv"]
    ),
    start=st.sampled_from([PAGE_START, "# Nieuw\n\nTekst.\n", "Naam;Rol\nJan;Huisarts\n", ""]),
)
def test_a_file_meant_as_a_page_is_named_when_mkdocs_takes_it_for_a_download(stem, suffix, start):
    uri = f"blokken/{stem}{suffix}"
    found = check_file_names([uri], "docs/", lambda _: start)
    # a text file (Notepad's '.txt', or no ending) that starts like a page
    text_page = suffix.lower() in {".txt", ""} and start.startswith(("---", "# "))
    meant_as_page = suffix.lower() == ".md" or text_page
    expected = meant_as_page and not is_markdown_file(uri)
    assert bool(found) == expected, (uri, start, found)
    if found:
        (item,) = found
        assert item.file == f"docs/{uri}" and item.line == 1
        assert is_markdown_file(f"blokken/{stem}.md") and f"'{stem}.md'" in item.fix


def images(body: str) -> list[tuple[int | None, str]]:
    text = PAGE_START.replace("Tekst.\n", body)
    source = Source("docs/blokken/nieuw.md", "blokken/nieuw.md", text)
    html = markdown.markdown(text.split("---\n", 2)[2])
    return [(item.line, item.rule) for item in check_rendered(html, source)]


@SETTINGS
@given(
    suffix=st.sampled_from([".png", ".JPG", ".jpeg", ".svg", ".webp", ".heic", ".tif", ".emf"]),
    html=st.booleans(),
)
def test_an_image_in_a_format_browsers_do_not_show_is_named_at_its_line(suffix, html):
    target = f"../assets/foto-van-het-team{suffix}"
    image = f'<img src="{target}" alt="Het kernteam">' if html else f"![Het kernteam]({target})"
    found = images(f"Tekst erboven.\n\n{image}\n")
    shown = suffix.lower() in {".png", ".jpg", ".jpeg", ".svg", ".webp"}  # Chromium's own list
    assert (found == []) == shown, found
    if not shown:
        assert found == [(9, "afbeelding-formaat")]
