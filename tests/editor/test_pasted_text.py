"""Text pasted from Word or a PDF, made what the editor meant before anything reads it
(toolkit/source_text.py): soft hyphens go, ligatures become their letters, everything
else stays exactly as typed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.source_text import normalize

SETTINGS = settings(max_examples=200, derandomize=True, database=None, deadline=None)
# The test's own table: what a reader sees in each ligature.
LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
PLAIN = st.text(
    alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzéëï ABCZ.,;:!?()-*#[]\n0123456789"),
    max_size=80,
).filter(lambda text: not text.startswith(" "))


@SETTINGS
@given(text=PLAIN)
def test_plain_text_stays_as_typed(text):
    assert normalize(text) == text


@SETTINGS
@given(
    text=PLAIN,
    inserts=st.lists(
        st.tuples(st.integers(min_value=0), st.sampled_from([*LIGATURES, "\u00ad"])), max_size=6
    ),
)
def test_pasted_ligatures_and_soft_hyphens_become_what_the_reader_sees(text, inserts):
    pasted, meant = text, text
    for position, char in inserts:
        at = position % (len(pasted) + 1)
        # The same place in the meant text: every inserted char before it, as the reader sees it
        meant_at = len("".join(LIGATURES.get(c, "" if c == "\u00ad" else c) for c in pasted[:at]))
        pasted = pasted[:at] + char + pasted[at:]
        meant = meant[:meant_at] + LIGATURES.get(char, "") + meant[meant_at:]
    assert normalize(pasted) == meant


ODD = ["\u00a0", "\u202f", "\u2007", "\u2009"]


@SETTINGS
@given(
    head=st.sampled_from(["- ", "id:", "tekst:", "  - id:", "    pagina:", "-"]),
    space=st.sampled_from(ODD),
    value=st.text(alphabet="abcdefghij-", min_size=1, max_size=12),
)
def test_a_hard_space_after_a_dash_or_a_name_becomes_a_space(head, space, value):
    # (the dash or name as typed, a hard space where a space belongs, then the value)
    typed = head.rstrip(" ") if head.endswith(" ") and head.strip() == "-" else head
    assert normalize(f"{typed}{space}{value}") == f"{typed} {value}"
