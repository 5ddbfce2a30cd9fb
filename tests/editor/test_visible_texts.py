"""Two texts a message quotes never look the same on screen while they differ: every
character an editor cannot see or tell apart from a space, and a run of spaces between
words, is spelled out (messages.visible)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.messages import visible

# What looks like one ordinary space (or nothing) in a browser or a terminal.
LOOKALIKES = [" ", "  ", "   ", "\u00a0", "\u202f", "\u2009", "\t", "\u200b", "\u00ad", "\ufeff"]
WORDS = st.sampled_from(["Vorm", "een", "regionaal", "kernteam", "K01"])


def looks(text: str) -> str:
    """The text as a reader sees it: every look-alike gap one space, invisible ones gone."""
    for char in ("\u200b", "\u00ad", "\ufeff"):
        text = text.replace(char, "")
    return " ".join(text.split())


@settings(max_examples=200, derandomize=True, database=None, deadline=None)
@given(
    words=st.lists(WORDS, min_size=2, max_size=4),
    gaps=st.lists(st.sampled_from(LOOKALIKES), min_size=3, max_size=3),
    others=st.lists(st.sampled_from(LOOKALIKES), min_size=3, max_size=3),
)
def test_texts_that_differ_only_in_what_cannot_be_seen_are_shown_differently(words, gaps, others):
    first = "".join(word + gap for word, gap in zip(words, gaps, strict=False)) + "x"
    second = "".join(word + gap for word, gap in zip(words, others, strict=False)) + "x"
    if first == second or looks(first) != looks(second):
        return  # the same text, or a difference anyone can see
    assert visible(first) != visible(second), (first, second)
