"""Unit tests and properties of the reference-rot pieces: the page fingerprint
(page_text.py), drift (drift.py) and the soft-404 judgement (soft404.py)."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st
from rotweb import HOME, KNOWLEDGE, NEWS, NOT_FOUND_TEMPLATE, REPORT, page

from linkreport.classify import Verdict
from linkreport.drift import DriftSettings, compare, fingerprint, same_title, shares_nothing
from linkreport.page_text import PageText, normalise, read_page, similarity, sketch
from linkreport.soft404 import HostProbe, judge

DRIFT = DriftSettings()
MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
POOL_A = [
    "zorg",
    "patient",
    "huisarts",
    "netwerk",
    "regio",
    "afspraak",
    "behandeling",
    "knie",
    "heup",
    "artrose",
    "fysiotherapeut",
    "verwijzing",
    "operatie",
    "pijn",
    "bewegen",
    "leefstijl",
    "coordinator",
    "overleg",
    "gegevens",
    "financiering",
    "uitkomst",
    "kwaliteit",
    "wachttijd",
    "ziekenhuis",
]
POOL_B = [
    "subsidie",
    "minister",
    "congres",
    "vacature",
    "jaarverslag",
    "webinar",
    "agenda",
    "persbericht",
    "nieuwsbrief",
    "bestuur",
    "aanbesteding",
    "wetgeving",
    "begroting",
    "inspectie",
    "rapportage",
    "campagne",
    "evenement",
    "toespraak",
    "kamerbrief",
]

dates = st.builds(
    lambda d, m, y, style: f"{d} {MONTHS[m]} {y}" if style else f"{d:02d}-{m + 1:02d}-{y}",
    st.integers(1, 28),
    st.integers(0, 11),
    st.integers(2000, 2030),
    st.booleans(),
)
words_a = st.lists(st.sampled_from(POOL_A), min_size=60, max_size=200)
menus = st.lists(
    st.sampled_from(POOL_A + POOL_B + ["Home", "Contact", "Nieuws"]), min_size=1, max_size=8
).map(tuple)
banners = st.lists(
    st.sampled_from(POOL_B + ["cookies", "akkoord", "voorkeuren"]), min_size=3, max_size=30
).map(" ".join)
sites = st.sampled_from(
    ["Rijksoverheid", "Thuisarts", "Zorginstituut Nederland", "RIVM", "Kennisbank NOV", "Vilans"]
)


def read(html: str) -> PageText:
    return read_page(html.encode())


# -- page text -----------------------------------------------------------------------------
def test_main_text_leaves_out_menu_cookie_banner_footer_and_scripts():
    html = page(
        "Titel",
        "Kop",
        "de echte inhoud van de pagina",
        menu=("Menuwoord",),
        cookie="Koekjesmelding",
        footer="Voetregel",
    )
    text = normalise(read_page(html.encode(), limit=10_000).title)
    assert text == "titel"
    from bs4 import BeautifulSoup

    from linkreport.page_text import main_text

    body = normalise(main_text(BeautifulSoup(html, "html.parser")))
    assert "echte inhoud" in body
    for noise in ("menuwoord", "koekjesmelding", "voetregel", "tracking", "margin"):
        assert noise not in body


def test_normalise_drops_dates_digits_and_accents():
    assert normalise("Bijgewerkt op 3 maart 2026: patiënten!") == "bijgewerkt op patienten"
    assert normalise("12-11-2026 versie 2.1") == "versie"


def test_the_body_read_is_capped():
    long_page = page("Lang", "Lang", "woord " * 200_000)
    assert read_page(long_page.encode(), limit=5_000).words < 1_000


def test_sketch_is_bounded_and_similarity_exact_on_small_sets():
    words = [f"w{n}" for n in range(5_000)]
    assert len(sketch(words)) == 128
    a = sketch(["een", "twee", "drie", "vier", "vijf", "zes"])
    assert similarity(a, a) == 1.0 and similarity(a, []) == 0.0


# -- drift ---------------------------------------------------------------------------------
@settings(max_examples=60, deadline=None)
@given(
    text=words_a,
    date_1=dates,
    date_2=dates,
    menu_1=menus,
    menu_2=menus,
    banner_1=banners,
    banner_2=banners,
    site_1=sites,
    site_2=sites,
)
def test_churn_never_raises_an_alarm(
    text, date_1, date_2, menu_1, menu_2, banner_1, banner_2, site_1, site_2
):
    body = " ".join(text)
    before = read(
        page(
            f"Artrose van de heup | {site_1}",
            "Artrose",
            body,
            menu=menu_1,
            cookie=banner_1,
            date=f"Gewijzigd op {date_1}",
        )
    )
    after = read(
        page(
            f"Artrose van de heup - {site_2}",
            "Artrose",
            body,
            menu=menu_2,
            cookie=banner_2,
            date=f"Gewijzigd op {date_2}",
        )
    )
    assert compare(fingerprint(before, "x"), after, DRIFT) is None


@settings(max_examples=60, deadline=None)
@given(old=words_a, new=st.lists(st.sampled_from(POOL_B), min_size=60, max_size=200), site=sites)
def test_replaced_content_always_raises_an_alarm(old, new, site):
    # Same title even: the text alone must tell.
    before = read(page(f"Publicatie | {site}", "Publicatie", " ".join(old)))
    after = read(page(f"Publicatie | {site}", "Publicatie", " ".join(new)))
    drift = compare(fingerprint(before, "x"), after, DRIFT)
    assert drift is not None and drift.text_changed


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000))
def test_a_few_edited_words_are_no_alarm(seed):
    rng = random.Random(seed)
    words = REPORT.split()
    edited = list(words)
    for _ in range(3):
        edited[rng.randrange(len(edited))] = rng.choice(POOL_B)
    before = read(page("Evaluatie | Kennisbank", "Evaluatie", " ".join(words)))
    after = read(page("Evaluatie | Kennisbank", "Evaluatie", " ".join(edited)))
    assert compare(fingerprint(before, "x"), after, DRIFT) is None


def test_titles_small_edits_and_site_suffixes_are_the_same_title():
    threshold = DRIFT.title_similarity
    assert same_title(
        "Richtlijn artrose | Thuisarts", "Richtlijn artrose - Thuisarts.nl", threshold
    )
    assert same_title("Zorgstandaard artrose", "Zorgstandaard artrose (2024)", threshold)
    assert same_title("Zorgstandaard artrose", "Zorgstandard artrose", threshold)
    assert not same_title("Evaluatie regionale samenwerking | NOV", "Nieuws | NOV", threshold)


def test_title_sharing_nothing_with_the_catalogue():
    assert shares_nothing("Cookiebeleid | Stichting", "Ketenzorg heupartrose")
    assert not shares_nothing("Heupartrose: behandeling | Thuisarts", "Ketenzorg heupartrose")
    assert not shares_nothing("Richtlijnen artrose", "Richtlijn artrose knie")
    assert not shares_nothing("", "Ketenzorg heupartrose")  # no title: nothing to say


# -- soft 404 ------------------------------------------------------------------------------
OK = Verdict("ok", "ok", "werkt", 200)


def redirected(final: str) -> Verdict:
    return Verdict("ok", "redirect-temporary", "werkt", 200, final_url=final)


def test_a_page_that_says_not_found_is_dead():
    for html in (
        NOT_FOUND_TEMPLATE,
        page("Oeps | Site", "Deze pagina bestaat niet (meer)", "Zoek opnieuw."),
        page("404 - Pagina niet gevonden", "Fout", "Helaas."),
    ):
        verdict = judge("https://x.nl/a", OK, read(html), [], {})
        assert verdict is not None and verdict.reason == "soft-404", html[:80]
    assert judge("https://x.nl/a", OK, read(page("Artrose", "Artrose", KNOWLEDGE)), [], {}) is None


def test_the_same_page_as_the_probe_is_dead_but_not_for_the_home_page_itself():
    probe = HostProbe("https://x.nl", "https://x.nl/abc", 200, page=read(HOME))
    gone = judge("https://x.nl/rapport", OK, read(HOME), [], {"https://x.nl": probe})
    assert gone is not None and gone.reason == "soft-404-template"
    assert judge("https://x.nl/", OK, read(HOME), [], {"https://x.nl": probe}) is None
    other = read(page("Rapport | Site", "Rapport", REPORT))
    assert judge("https://x.nl/rapport", OK, other, [], {"https://x.nl": probe}) is None


def test_redirects_to_home_search_or_the_probe_target_are_dead_real_moves_are_not():
    news = read(page("Nieuws", "Nieuws", NEWS))
    cases = {
        "https://x.nl/": "redirect-home",
        "https://x.nl/nl": "redirect-home",
        "https://www.x.nl/index.html": "redirect-home",
        "https://x.nl/zoeken?q=rapport": "redirect-search",
        "https://x.nl/pagina-niet-gevonden": "soft-404",
    }
    for final, reason in cases.items():
        verdict = judge("https://x.nl/rapport", redirected(final), news, [final], {})
        assert verdict is not None and verdict.reason == reason, final
    probe = HostProbe("https://x.nl", "https://x.nl/abc", 302, location="https://x.nl/overzicht")
    hops = ["https://x.nl/overzicht", "https://x.nl/overzicht/"]
    verdict = judge(
        "https://x.nl/rapport", redirected(hops[-1]), news, hops, {"https://x.nl": probe}
    )
    assert verdict is not None and verdict.reason == "redirect-notfound"
    moved = Verdict(
        "moved",
        "moved",
        "verhuisd",
        200,
        new_url="https://x.nl/nieuw/rapport",
        final_url="https://x.nl/nieuw/rapport",
    )
    assert (
        judge(
            "https://x.nl/rapport",
            moved,
            news,
            ["https://x.nl/nieuw/rapport"],
            {"https://x.nl": probe},
        )
        is None
    )
    # The home page linked as such, reached over http -> https: fine.
    assert judge("http://x.nl/", redirected("https://x.nl/"), news, ["https://x.nl/"], {}) is None


def test_an_honest_site_needs_nothing_more():
    probe = HostProbe("https://x.nl", "https://x.nl/abc", 404)
    assert probe.honest
    good = read(page("Rapport", "Rapport", REPORT))
    assert judge("https://x.nl/rapport", OK, good, [], {"https://x.nl": probe}) is None


# Not-found pages as Dutch government and knowledge-institute sites word them.
NOT_FOUND_PAGES = [
    ("Sorry, deze pagina bestaat niet | Rijksoverheid.nl", "Sorry"),
    ("RIVM", "Helaas, we kunnen de pagina niet vinden"),
    ("Oeps!", "Deze pagina is niet (meer) beschikbaar"),
    ("Foutmelding 404 | Thuisarts", "Oeps"),
    ("Page not found – NZa", ""),
    ("Error", "De opgevraagde pagina kon niet worden gevonden"),
    ("Zorginstituut", "Pagina niet beschikbaar"),
    ("Zorginstituut", "Deze pagina bestaat niet meer"),
]
ORDINARY_PAGES = [
    ("Artrose in de knie | Thuisarts", "Artrose in de knie"),
    ("Wat als mijn pijn niet overgaat? | Thuisarts", "Pijn"),
    ("Zorg die niet wordt vergoed | Zorgwijzer", "Vergoeding"),
    ("Wet 404 | Overheid.nl", "Wet"),
    ("Pagina's over artrose | Kennisbank", "Overzicht"),
]


def test_not_found_wordings_are_recognised_ordinary_titles_are_not():
    for title, h1 in NOT_FOUND_PAGES:
        verdict = judge("https://x.nl/a", OK, read(page(title, h1, "Tekst.")), [], {})
        assert verdict is not None and verdict.reason == "soft-404", (title, h1)
    for title, h1 in ORDINARY_PAGES:
        assert judge("https://x.nl/a", OK, read(page(title, h1, KNOWLEDGE)), [], {}) is None


def test_a_not_found_template_that_names_the_requested_path_is_still_the_same_page():
    def template(path: str) -> str:
        return page(
            "Niets hier | Site",
            "Hmm",
            f"We konden {path} niet vinden op deze site. Probeer de zoekfunctie bovenaan of "
            "kijk in het overzicht van onderwerpen: zorg, welzijn, sport, jeugd en wonen.",
        )

    probe = HostProbe(
        "https://x.nl", "https://x.nl/p", 200, page=read(template("/0f3a9b7c2d5e4f60a1b2c3d4"))
    )
    verdict = judge(
        "https://x.nl/rapport/evaluatie-2023",
        OK,
        read(template("/rapport/evaluatie-2023")),
        [],
        {"https://x.nl": probe},
    )
    assert verdict is not None and verdict.reason == "soft-404-template"


@settings(max_examples=40, deadline=None)
@given(
    text=st.lists(st.sampled_from(POOL_A), min_size=6, max_size=25),
    code_1=st.text("abcdefghijklmnopqrstuvwxyz", min_size=6, max_size=12),
    code_2=st.text("abcdefghijklmnopqrstuvwxyz", min_size=6, max_size=12),
    visitors=st.integers(0, 10_000),
)
def test_a_short_page_with_a_changing_code_or_counter_is_no_alarm(text, code_1, code_2, visitors):
    body = " ".join(text)
    before = read(page("Artrose | Site", "Artrose", f"{body} Sessie {code_1}. Bezoekers: 12."))
    after = read(
        page("Artrose | Site", "Artrose", f"{body} Sessie {code_2}. Bezoekers: {visitors}.")
    )
    assert compare(fingerprint(before, "x"), after, DRIFT) is None


def test_a_short_page_replaced_by_another_is_an_alarm():
    before = read(page("Publicatie | Site", "Publicatie", " ".join(POOL_A[:20])))
    after = read(page("Publicatie | Site", "Publicatie", " ".join(POOL_B[:20])))
    drift = compare(fingerprint(before, "x"), after, DRIFT)
    assert drift is not None and drift.text_changed


def test_not_found_said_in_the_text_of_a_short_page_or_in_a_status_meta_tag():
    text_only = page(
        "Zorgverzekeraars Nederland", "Zorgverzekeraars", "Pagina niet gevonden. Ga terug."
    )
    verdict = judge("https://x.nl/a", OK, read(text_only), [], {})
    assert verdict is not None and verdict.reason == "soft-404"
    spa = (
        '<html><head><title>App</title><meta name="prerender-status-code" content="404">'
        '</head><body><div id="app"></div></body></html>'
    )
    verdict = judge("https://x.nl/a", OK, read(spa), [], {})
    assert verdict is not None and verdict.reason == "soft-404"
    # A long page that mentions "niet gevonden" in its text is not a not-found page.
    long_text = "Wat als de huisarts geen oorzaak heeft gevonden? " + KNOWLEDGE * 3
    long_page = page("Pijn | Thuisarts", "Pijn", "Niet gevonden: de oorzaak. " + long_text)
    assert judge("https://x.nl/a", OK, read(long_page), [], {}) is None
