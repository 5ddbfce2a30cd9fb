"""Files readers cannot open as the editor meant: a page whose name MkDocs does not take for
a page, an image no browser shows, an image too heavy for a phone. The oracle for pages is
MkDocs' own rule; for sizes, the bytes the test writes."""

from __future__ import annotations

import tempfile
from pathlib import Path

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.utils import is_markdown_file

from toolkit.content_checks import Source
from toolkit.file_kinds import check_file_names, check_image_sizes, size_in
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


@SETTINGS
@given(
    files=st.dictionaries(
        st.sampled_from(
            ["assets/foto.jpg", "assets/schema.PNG", "team.webp", "assets/verslag.pdf"]
        ),
        st.sampled_from([0, 200_000, 999_999, 1_000_000, 1_000_001, 3_400_000, 8_000_000]),
        min_size=1,
    )
)
def test_an_image_too_heavy_for_a_phone_is_named_at_the_file_with_its_size(files):
    with tempfile.TemporaryDirectory() as folder:
        docs = Path(folder)
        for uri, size in files.items():
            (docs / uri).parent.mkdir(parents=True, exist_ok=True)
            (docs / uri).write_bytes(b"\0" * size)
        found = check_image_sizes(files, "docs/", size_in(docs))
        heavy = {
            uri for uri, size in files.items() if size > 1_000_000 and not uri.endswith(".pdf")
        }
        assert {item.file for item in found} == {f"docs/{uri}" for uri in heavy}
        for item in found:
            megabytes = files[item.file.removeprefix("docs/")] / 1_000_000
            assert item.line is None and f"{megabytes:.1f} MB".replace(".", ",") in item.message
        for uri in heavy:  # the advice: a smaller file with the same name in its place
            (docs / uri).write_bytes(b"\0" * 200_000)
        assert check_image_sizes(files, "docs/", size_in(docs)) == []


@SETTINGS
@given(
    src=st.sampled_from(
        [
            ("cid:image001.png@01DA1234.ABCDEF00", "adres-eigen-kopie"),  # Outlook
            ("blob:https://github.com/3f2a9c1e-1111", "adres-eigen-kopie"),  # a browser
            ("file:///C:/Users/jan/logo.png", "adres-eigen-computer"),
            ("C:\\Users\\jan\\logo.png", "adres-eigen-computer"),
            ("../assets/logo.png", None),
        ]
    ),
    html=st.booleans(),
)
def test_a_pasted_image_that_only_exists_where_it_was_copied_is_named_at_its_line(src, html):
    """A picture copied out of an e-mail or a browser keeps an address only that program
    knows: the reader sees nothing. Named as such, never as a file format."""
    address, rule = src
    image = f'<img src="{address}" alt="Logo van de NOV">' if html else f"![Logo]({address})"
    found = images(f"Tekst erboven.\n\n{image}\n")
    assert found == ([(9, rule)] if rule else []), found
