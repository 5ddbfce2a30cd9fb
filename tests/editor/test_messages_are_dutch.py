"""Every message an editor can get is Dutch to its last word (the check: tests/dutch.py).

The messages of real mistakes are checked where those mistakes are made
(editor_helpers.assert_findings_dutch, linkreport/test_config.py); here: the check itself,
and every message template with its blanks filled in."""

from __future__ import annotations

import re
import string

import pytest
from dutch import assert_dutch, english_words

from toolkit.messages import MESSAGES

ENGLISH_SEEN_BY_EDITORS = [
    "found a tab character that violates indentation",
    "Aborted with a BuildError!",
    "files were modified by this hook",
    "'regio' is undefined",
    "expected <block end>, but found '-'",
]


@pytest.mark.parametrize("message", ENGLISH_SEEN_BY_EDITORS)
def test_the_check_finds_english(message):
    unquoted = message.replace("'regio'", "regio")
    assert english_words(unquoted), unquoted


def test_the_check_lets_quoted_text_and_paths_be():
    assert_dutch(
        "docs/blokken/scholing.md, regel 3: 'Read more' is Engels. Oplossing: schrijf "
        '"Lees meer" (zie https://www.example.nl/the-page en docs/_data/referenties.md).'
    )
    with pytest.raises(AssertionError, match="Oplossing"):
        assert_dutch("docs/a.md, regel 1: er ontbreekt iets.")


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_template_is_dutch_to_the_end(key):
    blanks = [name for _, name, _, _ in string.Formatter().parse(MESSAGES[key]) if name]
    filled = MESSAGES[key].format(**{name: "'…'" for name in blanks})
    assert_dutch(filled)
    after_fix = filled.split("Oplossing:", 1)[1]
    if after_fix.strip(" .") == "'…'":
        return  # the fix is written by the check itself: see the messages of real mistakes
    assert re.search(r"[a-zë]{3,}", after_fix), f"{key}: nothing after 'Oplossing:'"
