"""`used` (toolkit/abbreviations.py) finds an abbreviation exactly where the regex of the abbr
extension's rule does: whole, same case. It scans with str.find for speed; this pins it to
the plain regex it replaced."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.abbreviations import used

TEXT = st.text(alphabet="aAZb_1 .(é-\n", max_size=14)


@settings(deadline=None, max_examples=500)
@given(name=st.text(alphabet="aAZb_1 .(é-", min_size=1, max_size=3), text=TEXT)
def test_used_is_the_whole_word_regex(name: str, text: str):
    expected = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None
    assert used(name, text) == expected


def test_used_examples():
    assert used("NZa", "De NZa stelt")
    assert not used("NZa", "De NZab stelt")
    assert not used("NZa", "de nza")
    assert used("ZBC", "ZBC's en ziekenhuizen")
    assert not used("AVG", "_AVG")
