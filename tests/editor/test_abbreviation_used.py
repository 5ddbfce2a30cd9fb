"""`used` (toolkit/abbreviations.py) finds an abbreviation exactly where the abbr extension
explains it: its own pattern (\\b before and after the name: whole, same case, and never for a
name that ends in a '.' before a space). It scans with str.find for speed; this pins it to
that pattern, and the pattern to what the extension makes of a page."""

from __future__ import annotations

import re

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.abbreviations import check_glossary, used

TEXT = st.text(alphabet="aAZb_1 .(é-\n", max_size=14)


@settings(deadline=None, max_examples=500)
@given(name=st.text(alphabet="aAZb_1 .(é-", min_size=1, max_size=3), text=TEXT)
def test_used_is_the_extensions_pattern(name: str, text: str):
    expected = re.search(rf"\b{re.escape(name)}\b", text) is not None
    assert used(name, text) == expected


@settings(deadline=None, max_examples=150, derandomize=True)
@given(
    name=st.sampled_from(["NZa", "o.b.v.", "o.b.v", ".NET", "i.s.m.", "ZBC's", "e-health"]),
    before=st.sampled_from(["", "De ", "(", "x"]),
    after=st.sampled_from(["", " de zorg", ").", "s", ", en", "."]),
)
def test_used_is_where_the_extension_explains_it(name: str, before: str, after: str):
    """The extension itself as the judge: does the page get an <abbr> for the name?"""
    text = f"{before}{name}{after}"
    page = markdown.markdown(f"{text}\n\n*[{name}]: uitleg", extensions=["abbr"])
    assert used(name, text) == ("<abbr" in page), page


def test_used_examples():
    assert used("NZa", "De NZa stelt")
    assert not used("NZa", "De NZab stelt")
    assert not used("NZa", "de nza")
    assert used("ZBC", "ZBC's en ziekenhuizen")
    assert not used("AVG", "_AVG")
    assert not used("o.b.v.", "Dit kan o.b.v. de zorg")  # '\\b' after '.' wants a letter
    assert used("o.b.v", "Dit kan o.b.v. de zorg")


@settings(deadline=None, max_examples=60, derandomize=True)
@given(
    name=st.sampled_from(["o.b.v", "i.s.m", "NZa", "t.a.v", "e.d"]),
    marks=st.sampled_from([(".", ""), ("", "."), (".", "."), ("", "..")]),
    after=st.sampled_from([" de zorg", ", en", ".", ""]),
)
def test_an_abbreviation_with_a_mark_at_its_edge_is_named_and_the_advice_explains_it(
    name: str, marks: tuple[str, str], after: str
):
    """'*[o.b.v.]: ...' as the pages write it: the extension explains it nowhere. Named at its
    line; the line the advice gives makes the extension explain it on the page."""
    written = f"{marks[0]}{name}{marks[1]}"
    page = f"Dit kan {written}{after}"
    (item,) = check_glossary(f"*[{written}]: uitleg", "g", [page])
    assert (item.line, item.rule) == (1, "afkorting-leesteken")
    assert check_glossary(item.corrected, "g", [page]) == []
    assert "<abbr" in markdown.markdown(f"{page}\n\n{item.corrected}", extensions=["abbr"])
