"""The search key (scripts/toolkit/search_forms.py): diacritics, singular and plural, and
the promise that typing a word letter by letter never loses its page."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from toolkit.search_forms import fold, forms_of, index_forms, key, query_keys

# (what a reader types, what the page says), both ways round.
PAIRS = [
    ("patientinformatie", "patiëntinformatie"),
    ("huisartsen", "huisarts"),
    ("ziekenhuizen", "ziekenhuis"),
    ("fysiotherapeuten", "fysiotherapeut"),
    ("financiele", "financiële"),
    ("financieel", "financiële"),
    ("verwijsafspraak", "verwijsafspraken"),
    ("afspraken", "afspraak"),
    ("regios", "regio's"),
    ("regio", "regio’s"),
    ("zbc", "ZBC's"),
    ("patiënten", "patient"),
    ("bedden", "bed"),
    ("brieven", "brief"),
    ("zorgverzekeraar", "zorgverzekeraars"),
    ("organisatie", "organisaties"),
    ("ideeën", "idee"),
    ("knie", "knieën"),
    ("stakeholder", "stakeholders"),
    ("zorgpaden", "zorgpad"),
    ("evalueren", "evalueer"),
    ("SROI", "sroi"),
]

WORDS = st.text(alphabet="abcdefghijklmnoprstuvwzëéèïöü'", min_size=1, max_size=14)


def finds(typed: str, written: str) -> bool:
    """Whether the query key of `typed` begins a token the index holds for `written`."""
    query = key(typed)
    return any(form.startswith(query) for form in [written.lower(), *index_forms(written)])


@pytest.mark.parametrize(("typed", "written"), PAIRS)
def test_a_word_finds_its_other_spelling_and_number(typed, written):
    assert finds(typed, written), (key(typed), [written.lower(), *index_forms(written)])
    assert finds(written, typed), (key(written), [typed.lower(), *index_forms(typed)])


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("afspraak", "afspraken"),
        ("brief", "brieven"),
        ("financieel", "financiële"),
        ("bed", "bedden"),
    ],
)
def test_singular_and_plural_share_a_key(one, other):
    assert key(one) == key(other)


@pytest.mark.parametrize(("typed", "written"), [("artrose", "netwerk"), ("zorg", "bekostiging")])
def test_unrelated_words_do_not_find_each_other(typed, written):
    assert not finds(typed, written)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(WORDS)
@example("financiële")
@example("afspraakbevestiging")
@example("huizenmarkt")
@example("wezenlijk")
def test_folding_and_keys_are_stable(word):
    assert fold(fold(word)) == fold(word)
    assert key(key(word)) == key(word) or finds(key(word), word)
    assert query_keys(word) == key(word)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(WORDS)
@example("afspraakbevestiging")
@example("huizenmarkt")
@example("overeenkomstafspraak")
@example("ideeën")
def test_every_prefix_typed_still_finds_the_word(word):
    """Typing letter by letter, each prefix's key begins the word or one of its forms."""
    for end in range(1, len(word) + 1):
        assert finds(word[:end], word), (word[:end], key(word[:end]), index_forms(word))


def test_index_forms_only_where_the_word_does_not_begin_them():
    assert index_forms("huisartsen") == []  # "huisarts" is a prefix of the word itself
    assert index_forms("patiëntinformatie") == ["patientinformatie"]
    assert index_forms("afspraak") == ["afsprak"]


def test_forms_of_a_field_skip_stop_words_and_repeats():
    html = "<p>Financiële afspraken en financiële <em>steun</em> voor één patiënt</p>"
    forms = forms_of(html, r"[^0-9A-Za-z\u00C0-\u024F'\u2019]+", frozenset({"en", "voor", "één"}))
    assert forms.split() == ["financiele", "patient"]


def test_query_syntax_stays():
    assert query_keys("title:Ziekenhuizen +afspraken") == "title:ziekenhuis +afsprak"
