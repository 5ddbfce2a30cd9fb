"""The content checks on small pieces of Markdown: every variant of each mistake, and the
things that must not be reported (code, comments, the real catalogue's comment line)."""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse

import lxml.html
import markdown
import pytest
import yaml
from editor_helpers import DOCS, ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.characters import check_characters
from toolkit.config_checks import (
    check_config,
    check_loaded_files,
    check_stylesheets,
    check_yaml,
)
from toolkit.content_checks import (
    Source,
    check_admonitions,
    check_front_matter,
    check_headings,
    check_hide,
    check_inner_tabs,
    check_links,
    check_lists,
    check_pages,
    check_placeholders,
    check_url,
    nav_pages,
    parse_catalogue,
    without_tracking,
)
from toolkit.editor_notes import EDITOR_NOTE
from toolkit.editor_yaml import comment_cut_value
from toolkit.findings import Finding, report
from toolkit.messages import MESSAGES

TODAY = dt.date(2026, 11, 23)
CATALOGUE_TEXT = """[//]: # (Referentiecatalogus)
[nov-home]: https://www.orthopeden.org/ "Nederlandse Orthopaedische Vereniging"
[thuisarts-artrose]: https://www.thuisarts.nl/artrose "Artrose | Thuisarts.nl"
"""
REFERENCES, _ = parse_catalogue(CATALOGUE_TEXT)
HEAD = "---\nlaatst_gecontroleerd: 2026-11-01\n---\n\n# Titel\n\n"  # body starts on line 7


def page(body: str, uri: str = "blokken/test.md") -> Source:
    return Source(f"docs/{uri}", uri, HEAD + body)


def found(findings: list[Finding]) -> list[tuple[int | None, str]]:
    return [(item.line, item.rule) for item in findings]


def links(body: str, **kwargs) -> list[tuple[int | None, str]]:
    return found(check_links(page(body), REFERENCES, **kwargs).findings)


# Every message names the fix


def test_every_message_has_a_fix():
    for key, text in MESSAGES.items():
        assert "Oplossing:" in text, key


def test_findings_read_file_line_message():
    item = Finding("docs/a.md", 3, "yaml", "x.", "y.")
    assert str(item) == "docs/a.md, regel 3: x. Oplossing: y."
    assert str(Finding("docs/a.md", None, "yaml", "x", "")) == "docs/a.md: x"
    text = "docs/_data/blokken.yml, regel 40 (blok 'scholing'): de pagina ... Oplossing: z."
    placed = Finding("docs/_data/blokken.yml", 40, "yaml", "de pagina ...", "z.", "blok 'scholing'")
    assert (placed.file, placed.line, str(placed)) == ("docs/_data/blokken.yml", 40, text)
    summary = report([item, placed])
    assert summary.startswith("De inhoud bevat 2 fouten.") and f"  - {text}" in summary


# References and the catalogue


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Zie [de NOV][nov-hom].", [(7, "onbekende-verwijzing")]),
        ("Zie [nov-hom].", [(7, "onbekende-verwijzing")]),  # shortcut that looks like a name
        ("Zie [de NOV][NOV-Home] en [de vereniging][nov-home].", []),  # case does not count
        # the reader would see the catalogue's name as the link text
        ("Zie [nov-home][] en meer.", [(7, "linktekst-naam")]),
        ("Zie [NOV-Home] en meer.", [(7, "linktekst-naam")]),
        ("Zie [sic] en [a b].", []),  # brackets in prose are not references
        ("Zie `[x][onbekend]` en\n\n```\n[x][onbekend]\n```\n", []),  # code
        ("<!-- [x][onbekend] https://x.nl -->\nTekst.", []),  # comment
        ("Zie \\[x\\]\\[onbekend\\].", []),  # escaped
    ],
)
def test_references(body, expected):
    assert links(body) == expected


def test_unknown_reference_suggests_the_near_name():
    (item,) = check_links(page("[a][thuisarts-artose]"), REFERENCES).findings
    assert "Bedoel je [thuisarts-artrose]?" in item.text
    assert "docs/_data/referenties.md" in item.text


@pytest.mark.parametrize(
    ("body", "what"),
    [
        ("[NOV](https://www.orthopeden.org/)", "de link naar https://www.orthopeden.org/"),
        ("Zie <https://www.voorbeeld.nl/a>.", "de link naar https://www.voorbeeld.nl/a"),
        ("Zie https://www.voorbeeld.nl/a.", "het webadres https://www.voorbeeld.nl/a staat los"),
        ("Zie www.voorbeeld.nl/a, en verder.", "het webadres www.voorbeeld.nl/a staat los"),
        ('<a href="https://www.voorbeeld.nl">NOV</a>', "de link naar https://www.voorbeeld.nl"),
        ("[eigen]: https://www.voorbeeld.nl/b", "de verwijzing naar https://www.voorbeeld.nl/b"),
    ],
)
def test_direct_links(body, what):
    findings = check_links(page(body), REFERENCES).findings
    assert [item.rule for item in findings] == ["directe-link"]
    assert what in findings[0].text and "niet in de referentiecatalogus" in findings[0].text


def test_direct_link_to_a_catalogued_address_names_the_reference():
    (item,) = check_links(page("[NOV](http://WWW.Orthopeden.org)"), REFERENCES).findings
    assert "staat al in de catalogus als [nov-home]; schrijf '[tekst][nov-home]'" in item.text


def test_relative_links_are_checked_against_the_files():
    pages, files = {"index.md", "blokken/test.md", "blokken/scholing.md"}, {"img/a.png"}
    body = "[a](scholing.md) [b](../index.md#intro) [c](#kop) [d](../img/a.png) [e](scholingen.md)"
    findings = check_links(page(body), REFERENCES, pages=pages, files=files).findings
    assert found(findings) == [(7, "kapotte-link")]
    assert "Bedoel je 'scholing.md'?" in findings[0].text


@pytest.mark.parametrize("uri", ["blokken/test.md", "index.md"])
def test_a_link_to_the_pdf_the_build_makes_leads_to_the_whole_toolkit_page(uri):
    """The PDF exists only after the build (scripts/build-pdf): the page that offers it is
    the link that works, named as seen from the page's folder."""
    pages = {"index.md", "blokken/test.md", "toolkit-compleet.md"}
    up = "../" if "/" in uri else ""
    body = f"Zie [de PDF]({up}toolkit-regionale-samenwerking-knie-en-heupartrose.pdf)."
    source = Source(f"docs/{uri}", uri, HEAD + body)
    (item,) = check_links(source, REFERENCES, pages=pages, files=set()).findings
    assert (item.line, item.rule) == (7, "kapotte-link")
    assert f"'{up}toolkit-compleet.md': daar staat de knop" in item.text
    fixed = Source(f"docs/{uri}", uri, HEAD + f"Zie [de hele toolkit]({up}toolkit-compleet.md).")
    assert check_links(fixed, REFERENCES, pages=pages, files=set()).findings == []


@pytest.mark.parametrize(
    ("body", "check"),
    [
        ("[](https://x.nl)", "lege-linktekst"),
        ("[ ][nov-home]", "lege-linktekst"),
        ('<a href="../index.md"> </a>', "lege-linktekst"),
        ("![](plaatje.png)", "alt-tekst"),
        ("![ ][nov-home]", "alt-tekst"),
        ('<img src="plaatje.png">', "alt-tekst-html"),
        ('<img src="plaatje.png" alt="">', "alt-tekst-html"),
    ],
)
def test_empty_link_text_and_missing_alt(body, check):
    assert check in [item.rule for item in check_links(page(body), REFERENCES).findings]


def test_good_links_pass():
    body = '[NOV][nov-home], ![Schema van het zorgpad](a.png), <a href="#x">naar boven</a>'
    assert links(body) == []


@pytest.mark.parametrize("anchor", ['<a name="afdelingen"></a>', '<a id="afdelingen"></a>'])
def test_a_place_to_link_to_is_no_link_without_text(anchor):
    """An HTML anchor without href (an old habit for '{ #adres }'): no link, nothing to read."""
    assert links(f"{anchor}\nTekst over de afdelingen.") == []


def test_catalogue_lines():
    text = (
        CATALOGUE_TEXT
        + "Zomaar tekst\n"  # line 4
        + "[zonder-titel]: https://www.voorbeeld.nl/z\n"  # line 5
        + '[kapot]: www.voorbeeld.nl "Kapot"\n'  # line 6
        + '[NOV-home]: https://www.orthopeden.org/nieuw "Dubbel"\n'  # line 7
    )
    references, findings = parse_catalogue(text)
    assert found(findings) == [
        (4, "catalogus-regel"),
        (5, "catalogus-titel"),
        (6, "catalogus-adres"),
        (7, "dubbele-naam"),
    ]
    assert references["nov-home"].line == 7


def test_unused_and_duplicate_addresses():
    text = CATALOGUE_TEXT + '[nov-site]: http://WWW.orthopeden.org "NOV-site"\n'
    pages = [page("[de NOV][nov-home] [de NOV][nov-site]")]
    findings = check_pages(pages, text, today=TODAY)
    assert found(findings) == [
        (3, "ongebruikt"),  # thuisarts-artrose
        (4, "dubbel-adres-gelijk"),  # equally used: only the editor knows which one is new
    ]
    assert findings[1].text == (
        "[nov-site] en [nov-home] (regel 2) hebben hetzelfde webadres en worden allebei op 1 "
        "plaats gebruikt. Oplossing: houd de naam die al in de catalogus stond: verwijder de "
        "regel van de naam die je zelf hebt toegevoegd, en schrijf op je pagina de andere naam "
        "('[tekst][nov-home]' of '[tekst][nov-site]')."
    )


DUPLICATE_ABOVE = (
    '[nov-eerst]: https://www.orthopeden.org "Nederlandse Orthopaedische Vereniging"\n'
)


@pytest.mark.parametrize(
    ("catalogue", "body", "new_name", "new_line"),
    [
        # added above the established name, as the alphabet asks, not yet used anywhere
        (DUPLICATE_ABOVE + CATALOGUE_TEXT, "[NOV][nov-home] en [NOV][nov-home]", "nov-eerst", 1),
        # added above and used on the page being edited; the established one is used twice
        (
            DUPLICATE_ABOVE + CATALOGUE_TEXT,
            "[a][nov-home] [b][nov-home] [c][nov-eerst]",
            "nov-eerst",
            1,
        ),
        # added below the established name and already used on the page being edited
        (
            CATALOGUE_TEXT + '[nov-zz]: https://www.orthopeden.org "NOV"\n',
            "[a][nov-home] [b][nov-home] [c][nov-zz]",
            "nov-zz",
            4,
        ),
        # added below, not used
        (
            CATALOGUE_TEXT + '[nov-zz]: https://www.orthopeden.org "NOV"\n',
            "[a][nov-home]",
            "nov-zz",
            4,
        ),
    ],
)
def test_a_duplicate_address_is_reported_on_the_newer_name(catalogue, body, new_name, new_line):
    body += " [b][thuisarts-artrose]"
    findings = check_pages([page(body)], catalogue, today=TODAY)
    assert found(findings) == [(new_line, "dubbel-adres-nieuw")]  # not also "ongebruikt"
    message = findings[0].text
    assert message.startswith(f"[{new_name}] heeft hetzelfde webadres als [nov-home]")
    assert "Oplossing: gebruik de bestaande naam [nov-home]" in message
    assert message.endswith("verwijder deze regel.")


def test_a_link_text_that_is_another_entrys_title_is_reported():
    body = "[Artrose | Thuisarts.nl][nov-home] [Thuisarts][thuisarts-artrose]"
    findings = check_pages([page(body)], CATALOGUE_TEXT, today=TODAY)
    assert found(findings) == [(7, "andere-verwijzing")]
    assert "schrijf '[Artrose | Thuisarts.nl][thuisarts-artrose]'" in findings[0].text


def test_the_real_content_keeps_one_entry_per_title():
    sources = [
        Source(str(path), str(path.relative_to(DOCS)), path.read_text(encoding="utf-8"))
        for path in DOCS.rglob("*.md")
        if "_data" not in path.parts
    ]
    catalogue = (DOCS / "_data/referenties.md").read_text(encoding="utf-8")
    findings = check_pages(sources, catalogue, today=TODAY)
    assert [item for item in findings if item.rule == "andere-verwijzing"] == []


@pytest.mark.parametrize(
    "url",
    [
        "https://www.thuisarts.nl/artrose?utm_source=nieuwsbrief",
        "http://thuisarts.nl/artrose/",
        "https://WWW.thuisarts.nl/artrose#utm_medium=x",
    ],
)
def test_a_direct_link_to_a_catalogued_page_names_it_once(url):
    findings = check_pages(
        [page(f"[Thuisarts]({url}) [NOV][nov-home]")], CATALOGUE_TEXT, today=TODAY
    )
    # one message naming the entry; the entry is not called unused, no new name suggested
    assert found(findings) == [(7, "directe-link")]
    assert "staat al in de catalogus als [thuisarts-artrose]" in findings[0].text
    assert "nieuwe-naam" not in findings[0].text


# Addresses


@pytest.mark.parametrize(
    ("url", "check", "fix"),
    [
        ("https://x.nl/p?utm_source=nb&utm_medium=mail", "volgcodes", "volgcodes: https://x.nl/p"),
        ("https://x.nl/p?id=3&UTM_Campaign=a", "volgcodes", "volgcodes: https://x.nl/p?id=3"),
        ("https://x.nl/p?fbclid=abc", "volgcodes", "volgcodes: https://x.nl/p"),
        (
            "https://www.google.com/url?sa=t&url=https%3A%2F%2Fwww.rivm.nl%2Fa&usg=AOv",
            "doorverwijzing",
            "gebruik het echte adres: https://www.rivm.nl/a",
        ),
        (
            "https://www.google.nl/url?q=https://www.rivm.nl/b&sa=D",
            "doorverwijzing",
            "gebruik het echte adres: https://www.rivm.nl/b",
        ),
        (
            "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fa.nl&data=x",
            "doorverwijzing",
            "gebruik het echte adres: https://a.nl",
        ),
        ("https://bit.ly/3abc", "doorverwijzing", "kopieer het adres van de pagina"),
    ],
)
def test_tracking_tags_and_redirect_wrappers(url, check, fix):
    (item,) = check_url(url, "docs/_data/referenties.md", 9)
    assert (item.line, item.rule) == (9, check)
    assert fix in item.text


def test_clean_addresses_pass():
    assert check_url("https://www.google.com/search?q=artrose", "x", 1) == []
    assert check_url("https://www.rivm.nl/a?id=utm", "x", 1) == []
    assert without_tracking("https://a.nl/p?a=1&utm_x=2#top") == "https://a.nl/p?a=1#top"


# Admonitions


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('!!! interesant "Interessant"\n\n    - x\n', [(7, "onbekende-bloksoort")]),
        ('!!! Interessant "Interessant"\n\n    - x\n', [(7, "onbekende-bloksoort")]),
        ('!!! leer-van-andere "Leer van anderen"\n\n    - x\n', [(7, "onbekende-bloksoort")]),
        ('!! interessant "Interessant"\n\n    - x\n', [(7, "uitroeptekens")]),
        ('!!!! interessant "Interessant"\n\n    - x\n', [(7, "uitroeptekens")]),
        ('!!! "Interessant"\n\n    - x\n', [(7, "bloksoort-ontbreekt")]),
        ("!!! leer-van-anderen\n\n    - x\n", [(7, "bloktitel")]),
        ('!!! leer-van-anderen ""\n\n    - x\n', [(7, "bloktitel")]),  # a box without title
        ('!!! interessant "Interessant"\n\n  - x\n', [(9, "leeg-blok-inspringing")]),
        ('!!! interessant "Interessant"\n\n- x\n', [(9, "leeg-blok-inspringing")]),
        ('!!! interessant "Interessant"\n', [(7, "leeg-blok-niets")]),
        ('!!! interessant "Interessant"\n\n## Kop\n', [(7, "leeg-blok-niets")]),
        ('???+ interessant "Interessant"\n\n    - x\n', []),
        ('!!!interessant "Interessant"\n\n\tTekst\n', []),
        ('- punt\n\n    !!! interessant "Interessant"\n\n        - x\n', []),
    ],
)
def test_admonitions(body, expected):
    assert found(check_admonitions(page(body))) == expected


LEER = '!!! leer-van-anderen "Leer van anderen"\n\n    - x\n\n'  # lines 7-10


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (LEER + '!!! interessant "Interessant"\n\n    - [NOV][nov-home]\n', []),
        ("Tekst zonder blokken.\n", [(7, "blok-ontbreekt"), (7, "blok-ontbreekt")]),
        (LEER, [(9, "blok-ontbreekt")]),
        ('!!! interessant "Interessant"\n\n    - x\n', [(7, "blok-ontbreekt")]),
        # a misspelt kind is that box, misspelt: one message, not also "missing"
        (LEER + '!!! interesant "Interessant"\n\n    - x\n', [(11, "onbekende-bloksoort")]),
        # an empty block gets one message (it is there, but empty), not also "missing"
        (LEER + '!!! interessant "Interessant"\n\n- x\n', [(13, "leeg-blok-inspringing")]),
    ],
)
def test_a_block_page_needs_both_blocks(body, expected):
    assert found(check_admonitions(page(body), block_page=True)) == expected


@settings(max_examples=60, derandomize=True, database=None, deadline=None)
@given(
    second=st.booleans(),
    at=st.integers(min_value=0, max_value=20),
    slip=st.sampled_from(["drop", "double", "swap"]),
)
def test_a_misspelt_box_kind_is_one_message_at_its_line(second, at, slip):
    """Whatever letter slips in the kind of one of the two boxes of a block page, the editor
    reads one message, at that box's line (the box is there, its kind misspelt)."""
    kind = "interessant" if second else "leer-van-anderen"
    at %= len(kind) - 1
    typed = {
        "drop": kind[:at] + kind[at + 1 :],
        "double": kind[:at] + kind[at] + kind[at:],
        "swap": kind[:at] + kind[at + 1] + kind[at] + kind[at + 2 :],
    }[slip]
    if typed == kind:
        return  # ('ss' swapped)
    boxes = LEER + '!!! interessant "Interessant"\n\n    - x\n'
    body = boxes.replace(f"!!! {kind} ", f"!!! {typed} ", 1)
    line = 7 if not second else 11
    assert found(check_admonitions(page(body), block_page=True)) == [(line, "onbekende-bloksoort")]


def test_a_missing_block_says_where_and_what_to_write():
    (item,) = check_admonitions(page('!!! interessant "Interessant"\n\n    - x\n'), True)
    assert "geen blok 'Leer van anderen'" in item.text
    assert "boven het blok 'Interessant'" in item.text
    assert "De toolkit noemt bij dit bouwblok geen voorbeelden uit de regio's." in item.text


def test_an_empty_block_names_the_line_that_fell_out():
    (item,) = check_admonitions(page('!!! interessant "Interessant"\n\nDe toolkit noemt.\n'))
    assert item.line == 9
    assert "springt niet in en staat daardoor buiten het blok 'Interessant'" in item.text


def test_the_suggestion_is_the_nearest_type():
    (item,) = check_admonitions(page('!!! leer-van-andren "Leer van anderen"\n\n    x\n'))
    assert "Oplossing: schrijf '!!! leer-van-anderen \"Leer van anderen\"'" in item.text


def test_a_page_that_is_no_block_needs_no_interessant():
    assert check_admonitions(page("Tekst.\n"), block_page=False) == []


# Headings and lists


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("## A\n\n### B\n\n## C\n\n#### D\n", [(13, "kopniveau")]),
        ("### A\n", [(7, "kopniveau")]),
        ("# Tweede\n", [(7, "tweede-h1")]),
        ("Tweede\n======\n", [(8, "onderstreepte-kop")]),
        ("Tekst\n\n---\n\n## A\n", []),  # a rule after a blank line is no heading
        ("```\n# geen kop\n```\n<!--\n# ook niet\n-->\n", []),
        ('!!! interessant "Interessant"\n\n    #### Te diep\n', [(9, "kopniveau")]),
        ("## Kop { #anker }\n\n### Sub\n", []),
    ],
)
def test_headings(body, expected):
    assert found(check_headings(page(body))) == expected


@pytest.mark.parametrize(
    ("body", "first_line"),
    [
        ("## Titel\n\nTekst.\n", 5),  # '#' typed twice
        ("Titel\n-----\n\n### Sub\n", 5),  # underlined with '-': a level-2 heading
        ("\n Titel\n\nTekst.\n", 6),  # the '#' deleted: no heading at all
    ],
)
def test_a_page_without_main_heading_names_its_first_heading(body, first_line):
    text = HEAD.replace("# Titel\n\n", "") + body
    source = Source("docs/blokken/test.md", "blokken/test.md", text)
    items = check_headings(source)
    assert found(items) == [(first_line, "geen-h1")]
    assert "Oplossing: begin de titel van de pagina met precies één '#'" in items[0].text


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("- a\n  - b\n", [(8, "sublijst")]),
        ("- a\n    - b\n        - c\n", []),
        ('!!! interessant "Interessant"\n\n    - a\n      - b\n', [(10, "sublijst")]),
        ('!!! interessant "Interessant"\n\n    - a\n        - b\n', []),
        ("1. a\n   1. b\n", [(8, "sublijst")]),
        ("Tekst\n\n- a\nlui vervolg\n- b\n", []),
        ("## Kop\n- a\n", []),
        ("Tekst:\n- a\n- b\n", [(7, "lijst-witregel")]),
        ("Tekst\n  - a\n", [(7, "lijst-witregel")]),
        ('!!! interessant "Interessant"\n\n    Zin.\n    - a\n', [(9, "lijst-witregel")]),
        ("- a\n\n    Vervolg van a.\n    - sub\n", [(9, "lijst-witregel")]),
    ],
)
def test_sublists(body, expected):
    assert found(check_lists(page(body))) == expected


# Front matter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# Titel\n", [(1, "gegevensblok-ontbreekt")]),
        # named where the closing '---' belongs: after the last 'naam: waarde' line
        ("---\nlaatst_gecontroleerd: 2026-01-01\n\n# Titel\n", [(3, "gegevensblok-open")]),
        ("---\ndescription: x\nhide:\n  - toc\n# Titel\n", [(5, "gegevensblok-open")]),
        ("----\nlaatst_gecontroleerd: 2026-01-01\n---\n# Titel\n", [(1, "gegevensblok-begin")]),
        ("---Mail ons\nlaatst_gecontroleerd: 2026-01-01\n---\n# T\n", [(1, "gegevensblok-begin")]),
        ("---\n#laatst_gecontroleerd: 2026-01-01\n---\n# T\n", [(2, "controledatum-opmerking")]),
        ("---\ndescription: Let op: dit\n---\n# T\n", [(2, "yaml-dubbele-punt-waarde")]),
        ("---\ndescription: x\n  laatst: 1\n---\n# T\n", [(3, "gegevensblok-yaml")]),
        ("---\n- lijst\n---\n# T\n", [(2, "gegevensblok-yaml")]),
        ("---\ndescription: x\n---\n# T\n", [(3, "controledatum-ontbreekt")]),
        ("---\nlaatst_gecontroleerd: 23-11-2026\n---\n", [(2, "controledatum-vorm")]),
        ("---\nlaatst_gecontroleerd: 2062-11-23\n---\n", [(2, "controledatum-toekomst")]),
        ("---\nlaatst_gecontroleerd: 2026-11-23 10:00:00\n---\n", []),
        ("---\ndescription: x\nlaatst_gecontroleerd: 2025-11-23\n---\n", []),
    ],
)
def test_front_matter(text, expected):
    source = Source("docs/a.md", "a.md", text)
    assert found(check_front_matter(source, TODAY)) == expected


@settings(max_examples=60, derandomize=True, database=None, deadline=None)
@given(
    toml=st.booleans(),  # 'naam = "waarde"' as Hugo writes it, or 'naam: waarde'
    closing=st.sampled_from(["+++", "---", None]),
    description=st.booleans(),
)
def test_front_matter_copied_from_hugo_is_named_and_the_advice_fixes_it(toml, closing, description):
    """A page whose front matter starts with '+++' (Hugo's TOML): named at line 1, and the
    advice, followed as written, gives a front matter the site reads."""
    fields = [("description", "Over de regio"), ("laatst_gecontroleerd", "2026-01-01")]
    fields = fields if description else fields[1:]
    lines = ["+++", *(f'{k} = "{v}"' if toml else f"{k}: {v}" for k, v in fields)]
    lines += [closing] if closing else []
    text = "\n".join([*lines, "", "# Titel", "", "Tekst.", ""])
    (item,) = check_front_matter(Source("docs/a.md", "a.md", text), TODAY)
    assert item.line == 1, item
    assert toml == ("'naam: waarde'" in item.fix)
    fixed = text.split("\n")  # the advice, followed as written
    for number in re.findall(r"regel (\d+)", item.fix):
        fixed[int(number) - 1] = "---"
    if "vervang '+++' door '---'" in item.fix:
        fixed[0] = "---"
    if "sluit het gegevensblok" in item.fix:
        fixed.insert(len(lines), "---")
    if "'naam: waarde'" in item.fix:
        fixed = [re.sub(r'^(\w+) = "(.*)"$', r"\1: \2", line) for line in fixed]
    assert check_front_matter(Source("docs/a.md", "a.md", "\n".join(fixed)), TODAY) == []


def test_front_matter_error_is_in_dutch():
    source = Source("docs/a.md", "a.md", '---\ndescription: "x\n---\n')  # a quote left open
    (item,) = check_front_matter(source, TODAY)
    assert "YAML" in str(item) and "Oplossing: " in str(item)
    assert str(item).startswith('docs/a.md, regel 2: de waarde begint met "')
    assert item.corrected == 'description: "x"'  # the quote closed


# Reachability, nav and YAML files


def test_orphan_pages_and_nav():
    nav = [{"Inhoud": "index.md"}, {"Over": [{"Privacy": "over/privacy.md"}, "https://x.nl"]}]
    assert nav_pages(nav) == {"index.md", "over/privacy.md"}
    sources = [page("x", "index.md"), page("x", "blokken/los.md")]
    findings = check_pages(sources, None, today=TODAY, reachable={"index.md"}, block_pages=set())
    orphans = [item for item in findings if item.rule == "onbereikbaar"]
    assert [str(item).split(":")[0] for item in orphans] == ["docs/blokken/los.md, regel 1"]


def test_yaml_syntax_with_line_and_env_tags():
    assert check_yaml("site_url: !ENV [SITE_URL, 'https://x.nl/']\n", "mkdocs.yml") == []
    (item,) = check_yaml("nav:\n  - Inhoud: index.md\n - Blokken: x.md\n", "mkdocs.yml")
    assert str(item).startswith("mkdocs.yml, regel 3: deze regel springt 1 spaties in")
    assert "Oplossing:" in item.text


def test_the_real_pages_have_no_false_alarms():
    """The checks on the repository's own content (the build runs them too)."""
    sources = [
        Source(
            f"docs/{path.relative_to(DOCS).as_posix()}",
            path.relative_to(DOCS).as_posix(),
            path.read_text(encoding="utf-8"),
        )
        for path in sorted(DOCS.rglob("*.md"))
        if "_data" not in path.parts
    ]
    catalogue = (DOCS / "_data/referenties.md").read_text(encoding="utf-8")
    assert [str(item) for item in check_pages(sources, catalogue, today=dt.date.today())] == []


def test_template_fields_left_in_a_page():
    text = "---\ndescription: ${description}\nlaatst_gecontroleerd: 2026-11-01\n---\n\n# ${titel}\n"
    source = Source("docs/blokken/nieuw.md", "blokken/nieuw.md", text + "\n`${code}`\n")
    findings = check_placeholders(source)
    assert found(findings) == [(2, "sjabloon"), (6, "sjabloon")]
    assert "hier staat nog '${titel}' uit het sjabloon. Oplossing: vervang het door de titel" in (
        findings[1].text
    )


# Settings the theme or the site would ignore without a word


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        ("hide:\n  - navigation\n  - toc\n", []),
        ("hide:\n  - navigaton\n  - toc\n", [(3, "verbergen-onbekend")]),
        ("hide:\n  - toc\n  - sidebar\n", [(4, "verbergen-onbekend")]),
    ],
)
def test_hide_values(front, expected):
    source = Source(
        "docs/a.md", "a.md", f"---\n{front}laatst_gecontroleerd: 2026-01-01\n---\n# T\n"
    )
    assert found(check_hide(source)) == expected


def test_an_unknown_extra_key_and_theme_feature_are_named_with_the_likely_name():
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert check_config(text) == []
    broken = text.replace("    - navigation.top\n", "    - navigation.tops\n").replace(
        "review_interval_maanden: 12", "review_interval_maand: 12"
    )
    findings = check_config(broken)
    lines = broken.split("\n")
    assert sorted((item.rule, lines[item.line - 1].strip()) for item in findings) == [
        ("config-extra-onbekend", "review_interval_maand: 12"),
        ("config-onbekende-functie", "- navigation.tops"),
    ]
    assert all("Bedoel je" in item.message for item in findings)


@pytest.mark.parametrize(
    ("added", "expected"),
    [
        # what the theme reads: a link, a banner, footer links (no request elsewhere)
        ("  homepage: https://www.orthopeden.org", []),
        ("  social:\n    - icon: fontawesome/brands/linkedin\n      link: https://x.nl", []),
        ("  consent:\n    title: Cookies", []),
        # a visitor counter in every reader's browser
        ("  analytics:\n    provider: google\n    property: G-XXXX", ["config-extra-volgen"]),
        ("  homepgae: https://www.orthopeden.org", ["config-extra-onbekend"]),
        ("  polyfills:\n    - https://unpkg.com/x.js", ["config-andere-site"]),
    ],
)
def test_what_the_theme_reads_under_extra_is_known_and_tracking_is_named(added, expected):
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    changed = text.replace("  generator: false\n", f"  generator: false\n{added}\n", 1)
    line = changed.split("\n").index(added.split("\n")[0]) + 1
    files = {str(path.relative_to(DOCS)) for path in DOCS.rglob("*") if path.is_file()}
    findings = check_config(changed) + check_loaded_files(changed, files)
    assert [item.rule for item in findings] == expected
    # named at the line the editor added (a list under it: at its item)
    assert all(line <= item.line <= line + 1 for item in findings)


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        ("volgorde: 2 # was 3: verplaatst", False),  # a number, then a comment
        ("id: kernteam # oud", False),  # one word, then a comment
        ("titel: Zorgpaden #1 in de regio", True),  # text cut at '#'
        ("titel: Zorg voor draagvlak # ook bij de RvB", True),
    ],
)
def test_a_hash_cuts_text_but_a_comment_after_a_value_is_fine(line, cut):
    root = yaml.compose(line)
    assert (comment_cut_value(root, line) is not None) == cut


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Wie\tWat\nhuisarts\tverwijst\n", [(7, "Wie Wat"), (8, "huisarts verwijst")]),
        ("1.\tBetrek de huisarts\n", []),  # a tab after a list marker is a separator
        ("\t- sub onder een punt\n", []),  # indentation
        ("Zie `a\tb` hier.\n", []),  # code shows what it shows
    ],
)
def test_tabs_between_words_as_pasted_from_excel(body, expected):
    assert [(item.line, item.corrected) for item in check_inner_tabs(page(body))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> patch-1\nd\n", [2, 4, 6]),
        ("Kop\n=======\n\nTekst.\n", []),  # a heading's underline, not a conflict
        ("a\n<<<<<<< HEAD\nb\n", []),  # one end only: not what git writes
    ],
)
def test_conflict_markers_are_named_at_each_line(text, expected):
    findings = check_characters(text, "docs/a.md")
    assert [item.line for item in findings if item.rule == "conflict-markering"] == expected


def test_a_stylesheet_no_longer_loaded_is_named_where_its_line_was():
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    css = "assets/stylesheets/toolkit.css"
    assert check_stylesheets(text, {css}) == []
    lines = text.split("\n")
    at = lines.index(f"  - {css}") + 1
    broken = "\n".join(lines[: at - 1] + lines[at:])
    (found,) = check_stylesheets(broken, {css})
    assert (found.line, found.rule) == (at, "config-opmaak")


@pytest.mark.parametrize(("language", "named"), [("custom", False), ("nl", False), ("custm", True)])
def test_a_theme_language_without_translations_is_named_at_its_line(language, named):
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    changed = text.replace("  language: custom", f"  language: {language}")
    findings = [item for item in check_config(changed) if item.rule == "config-taal"]
    line = changed.split("\n").index(f"  language: {language}") + 1
    assert [item.line for item in findings] == ([line] if named else [])


@pytest.mark.parametrize(
    "field, expected",
    [
        ("description", []),
        ("title", []),
        ("Description", [(2, "gegevensblok-veld", "description: Samenvatting")]),
        ("discription", [(2, "gegevensblok-veld", "description: Samenvatting")]),
        ("auteur", [(2, "gegevensblok-veld", None)]),
        ("laatst_gecontroleerd_op", []),  # a misspelt review date: check_front_matter
    ],
)
def test_front_matter_fields_nobody_reads(field, expected):
    from toolkit.content_checks import check_front_matter_fields

    text = f"---\n{field}: Samenvatting\nlaatst_gecontroleerd: 2026-11-01\n---\n\n# Titel\n"
    findings = check_front_matter_fields(Source("docs/x.md", "x.md", text))
    assert [(item.line, item.rule, item.corrected) for item in findings] == expected


def test_a_page_twice_in_the_menu_is_named_at_its_second_line():
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    entry = "  - Afkortingen: afkortingen.md\n"
    first = text[: text.index(entry)].count("\n") + 1
    twice = text.replace(entry, entry + "  - Alle afkortingen: afkortingen.md\n", 1)
    found = [(item.line, item.rule) for item in check_config(twice)]
    assert found == [(first + 1, "config-nav-dubbel")]
    assert check_config(text) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("- TODO: nog aanvullen\n", [(7, "notitie-als-tekst")]),
        ("Tekst FIXME later.\n", [(7, "notitie-als-tekst")]),
        ("Lorem ipsum dolor sit amet.\n", [(7, "notitie-als-tekst")]),
        ("<!-- TODO: nog aanvullen -->\nTekst.\n", []),  # a comment: no reader sees it
        ("[//]: # (TODO redactie: invullen)\n", []),  # a note: no reader sees it either
        ("Wat moet er nog todo?\n", []),  # an ordinary word, not a note in capitals
        ("*[WHO]: Wereldgezondheidsorganisatie\n", [(7, "afkorting-op-pagina")]),
        ("*[WHO] is een afkorting.\n", []),
    ],
)
def test_notes_to_editors_and_glossary_lines_on_a_page(body, expected):
    assert found(check_placeholders(page(body))) == expected


NOTE_WORDS = {"todo", "fixme", "xxx", "tbd"}


@settings(max_examples=300, derandomize=True, database=None, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(
                ["TODO", "todo", "FixMe", "XXX", "xx", "TBD", "TODOs", "xTODO", "tixme", "fixmee"]
                + ["lorem", "Lorem", "ipsum", "IPSUM", "1TODO", "é", "zorg", "TBDé", "TB"]
            ),
            st.sampled_from([" ", "  ", ", ", "-", ".", "\n", "_", "", "'"]),
        ),
        max_size=6,
    )
)
def test_a_note_is_found_where_it_stands_as_a_word(pieces):
    """TODO, FIXME, XXX, TBD and 'lorem ipsum' count as words only, in any case; the test
    splits the text into words itself."""
    text = "".join(word + after for word, after in pieces)
    parts = re.findall(r"\w+|\W+", text)
    words = [part.lower() for part in parts]
    expected = bool(NOTE_WORDS & set(words)) or any(
        words[i : i + 3] == ["lorem", " ", "ipsum"] for i in range(len(words))
    )
    assert (EDITOR_NOTE.search(text) is not None) == expected


@settings(max_examples=50, derandomize=True, database=None, deadline=None)
@given(
    marks=st.lists(st.sampled_from(["1", "2", "bron"]), min_size=1, max_size=4),
    texts=st.sets(st.sampled_from(["1", "2", "bron"])),
)
def test_a_footnote_mark_or_text_without_the_other_is_named_at_its_line(marks, texts):
    from toolkit.content_checks import check_footnotes

    body = "".join(f"Zin met een voetnoot[^{mark}].\n\n" for mark in marks)
    body += "".join(f"[^{name}]: De bron van {name}.\n" for name in sorted(texts))
    # The test's own count: the line of each mark (body starts on line 7, 2 lines apart),
    # then the line of each text no mark points to (one a line, after the marks)
    expected = [
        (7 + 2 * n, "voetnoot-zonder-tekst") for n, mark in enumerate(marks) if mark not in texts
    ]
    expected += [
        (7 + 2 * len(marks) + n, "voetnoot-ongebruikt")
        for n, name in enumerate(sorted(texts))
        if name not in marks
    ]
    assert found(check_footnotes(page(body))) == expected


BOX_QUOTES = ["", '"', "'", "‘", "’", "„", "`"]


@settings(max_examples=60, derandomize=True, database=None, deadline=None)
@given(
    kind=st.sampled_from(["interessant", "leer-van-anderen"]),
    words=st.lists(st.sampled_from(["Interessant", "Leer", "van", "anderen", "Meer"]), min_size=1),
    opening=st.sampled_from(BOX_QUOTES),
    closing=st.sampled_from(BOX_QUOTES),
)
def test_a_box_title_python_markdown_does_not_read_gets_straight_quotes(
    kind, words, opening, closing
):
    title = " ".join(words)
    line = f"!!! {kind} {opening}{title}{closing}"
    body = f"{line}\n\n    - x\n"
    as_box = 'class="admonition' in markdown.markdown(body, extensions=["admonition"])
    items = [item for item in check_admonitions(page(body)) if item.line == 7]
    if as_box:  # Python-Markdown made a box (a title without quotes counts as its type)
        assert all(item.rule != "bloktitel-aanhalingstekens" for item in items), items
        return
    assert items and items[0].corrected, (line, items)
    rendered = markdown.markdown(f"{items[0].corrected}\n\n    - x\n", extensions=["admonition"])
    assert f'<p class="admonition-title">{title}</p>' in rendered, rendered


@settings(max_examples=60, derandomize=True, database=None, deadline=None)
@given(year=st.integers(2020, 2026), month=st.integers(1, 14), day=st.integers(1, 32))
def test_a_review_date_that_does_not_exist_is_named_at_its_line(year, month, day):
    typed = f"{year}-{month:02d}-{day:02d}"
    try:
        dt.date(year, month, day)
        exists = True
    except ValueError:
        exists = False
    text = f"---\ndescription: x\nlaatst_gecontroleerd: {typed}\n---\n\n# T\n"
    found = check_front_matter(Source("docs/a.md", "a.md", text), dt.date(2026, 12, 31))
    if exists:
        assert found == []
    else:
        assert [(item.line, item.rule) for item in found] == [(3, "controledatum-bestaat-niet")]


CATALOGUE_LINES = [
    line
    for line in (DOCS / "_data" / "referenties.md").read_text(encoding="utf-8").split("\n")
    if line.startswith("[") and not line.startswith("[//]")
]


@settings(max_examples=40, derandomize=True, database=None, deadline=None)
@given(first=st.sampled_from(CATALOGUE_LINES), second=st.sampled_from(CATALOGUE_LINES))
def test_two_catalogue_lines_joined_are_named_and_split_by_the_advice(first, second):
    if first == second:
        return
    joined = f"{first} {second}"
    references, found = parse_catalogue(f"{joined}\n")
    assert [(item.line, item.rule) for item in found] == [(1, "catalogus-twee-op-regel")]
    split, again = parse_catalogue(f"{found[0].corrected}\n")
    assert again == [] and split == parse_catalogue(f"{first}\n{second}\n")[0]
    assert set(references) == set(split)  # the pages that use either are not blamed


CATALOGUED = sorted(parse_catalogue(CATALOGUE_TEXT)[0].values(), key=lambda item: item.id)
WRAPPERS = [
    "https://eur01.safelinks.protection.outlook.com/?url={quoted}&data=05%7C01&reserved=0",
    "https://www.google.com/url?sa=t&url={quoted}&usg=AOv",
    "https://l.facebook.com/l.php?u={quoted}&h=AT0",
]


@settings(max_examples=40, derandomize=True, database=None, deadline=None)
@given(reference=st.sampled_from(CATALOGUED), wrapper=st.sampled_from(WRAPPERS))
def test_a_wrapped_link_on_a_page_is_advised_by_its_real_address(reference, wrapper):
    from urllib.parse import quote

    url = wrapper.format(quoted=quote(reference.url, safe=""))
    findings = check_pages([page(f"[Lees dit]({url})")], CATALOGUE_TEXT, today=TODAY)
    direct = [item for item in findings if item.rule == "directe-link"]
    assert len(direct) == 1 and direct[0].line == 7, findings
    # the entry that holds the real address (the test wrapped it), never the wrapper
    holders = [item.id for item in CATALOGUED if item.url == reference.url]
    assert any(f"[{name}]" in direct[0].fix for name in holders), direct[0].fix
    assert "safelinks" not in direct[0].fix and "google.com/url" not in direct[0].fix


@settings(max_examples=40, derandomize=True, database=None, deadline=None)
@given(
    level=st.integers(2, 4),
    title=st.sampled_from(["Interessant", "interessant", "Interessant:", "INTERESSANT"]),
    indented=st.booleans(),
)
def test_a_box_written_as_a_heading_gets_its_box_line(level, title, indented):
    body_lines = "    - [NOV][nov-home]\n" if indented else "- [NOV][nov-home]\n"
    body = LEER + f"{'#' * level} {title}\n\n{body_lines}"
    findings = check_admonitions(page(body), block_page=True)
    assert found(findings) == [(11, "blok-als-kop")]
    fixed = body.replace(f"{'#' * level} {title}", findings[0].corrected).replace(
        "\n- [NOV]", "\n    - [NOV]"
    )  # and the lines below indented, as the advice says
    assert found(check_admonitions(page(fixed), block_page=True)) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("[![Logo van de NOV](../assets/logo.png)][nov-home]\n", []),
        # (one message: the image's own, which is the link's text)
        ("[![](../assets/logo.png)][nov-home]\n", [(7, "alt-tekst")]),
        ("[![Schermafbeelding](../assets/logo.png)][nov-home]\n", [(7, "alt-tekst-vaag")]),
    ],
)
def test_an_image_inside_a_reference_link_gives_the_link_its_text(body, expected):
    findings = check_links(page(body), parse_catalogue(CATALOGUE_TEXT)[0]).findings
    assert [(item.line, item.rule) for item in findings] == expected


@settings(max_examples=40, derandomize=True, database=None, deadline=None)
@given(
    target=st.sampled_from(["draagvlak.md", "../over/privacy.md", "scholing.md#interessant"]),
    quotes=st.sampled_from(["“”", "‘’", "„”", "””"]),
    where=st.sampled_from(["address", "title"]),
)
def test_word_quotes_in_a_link_are_named_and_the_straight_line_is_a_link(target, quotes, where):
    written = (
        f"[Zie hier]({quotes[0]}{target}{quotes[1]})"
        if where == "address"
        else f"[Zie hier]({target} {quotes[0]}Meer lezen{quotes[1]})"
    )
    body = f"Lees verder: {written} voor meer.\n"
    findings = [item for item in check_links(page(body), {}).findings if item.line == 7]
    assert [item.rule for item in findings] == ["link-krulquotes"], findings
    line = findings[0].corrected
    # the oracle: Python-Markdown reads the corrected line as a link to the target
    html = markdown.markdown(line)
    assert f'href="{target}"' in html, html
    if where == "title":
        assert 'title="Meer lezen"' in html


NAV_BLOCK_PAGES = sorted(f"blokken/{path.name}" for path in (DOCS / "blokken").glob("*.md"))


@settings(max_examples=20, derandomize=True, database=None, deadline=None)
@given(page=st.sampled_from(NAV_BLOCK_PAGES), name=st.sampled_from(["Kernteam", "Blok"]))
def test_a_block_page_named_in_the_menu_too_is_named_at_that_line(page, name):
    from toolkit.blocks_data import load_blocks
    from toolkit.config_checks import check_nav_blocks
    from toolkit.content_checks import nav_pages

    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    anchor = "  - Afkortingen: afkortingen.md\n"
    changed = config.replace(anchor, f"{anchor}  - {name}: {page}\n", 1)
    line = changed.split("\n").index(f"  - {name}: {page}") + 1
    blocks = {block.page for block in load_blocks(DOCS / "_data" / "blokken.yml", DOCS)}
    named = nav_pages(yaml.load(changed, Loader=_AnyTag)["nav"])
    found_ = check_nav_blocks(named, blocks, changed)
    assert [(item.line, item.rule) for item in found_] == [(line, "config-nav-blok")]
    assert (
        check_nav_blocks(nav_pages(yaml.load(config, Loader=_AnyTag)["nav"]), blocks, config) == []
    )


class _AnyTag(yaml.SafeLoader):
    """mkdocs.yml's '!ENV' and other tags read as plain values."""


_AnyTag.add_multi_constructor("", lambda loader, suffix, node: None)


BOX_PAGES = sorted((DOCS / "blokken").glob("*.md"), key=lambda path: path.name)


@settings(max_examples=40, derandomize=True, database=None, deadline=None)
@given(
    path=st.sampled_from(BOX_PAGES),
    kind=st.sampled_from(["interessant", "leer-van-anderen"]),
    also_above=st.booleans(),
    also_blank=st.booleans(),
)
def test_a_deleted_box_line_is_named_where_it_stood(path, kind, also_above, also_blank):
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    index = next(i for i, line in enumerate(lines) if line.startswith(f"!!! {kind} "))
    start = index - 1 if also_above and lines[index - 1].strip() else index
    end = index + 2 if also_blank and not lines[index + 1].strip() else index + 1
    broken_lines = [*lines[:start], *lines[end:]]
    source = Source(f"docs/blokken/{path.name}", f"blokken/{path.name}", "\n".join(broken_lines))
    findings = [
        item
        for item in check_admonitions(source, block_page=True, before=text)
        if item.rule == "blok-weggehaald"
    ]
    # where it stood: the deletion's place, or a blank line beside it (blank lines around a
    # deleted line are interchangeable), up to the body it left behind
    body = next(n for n in range(start, len(broken_lines)) if broken_lines[n].strip())
    assert len(findings) == 1 and start - 1 <= findings[0].line - 1 <= body, findings
    place = findings[0].line - 1
    broken_lines[place] = findings[0].corrected  # the advice: the line back, there
    fixed = Source(source.label, source.uri, "\n".join(broken_lines))
    assert check_admonitions(fixed, block_page=True) == []


@settings(max_examples=40, derandomize=True, database=None, deadline=None)
@given(
    mark=st.sampled_from(["// ", "//", "%% ", "/* ", "/*"]),
    words=st.lists(st.sampled_from(["let", "op", "(bron)", "NHG", "2021:"]), min_size=1),
)
def test_a_note_typed_as_code_gets_the_hidden_note_line(mark, words):
    text = " ".join(words)
    closing = {"%%": " %%", "/*": " */"}.get(mark.strip(), "")
    body = f"Tekst erboven.\n\n{mark}{text}{closing}\n"
    items = [item for item in check_placeholders(page(body)) if item.rule == "notitie-teken"]
    assert [item.line for item in items] == [9], items
    # the oracle: Python-Markdown shows none of the corrected line, and it keeps the words
    assert markdown.markdown(items[0].corrected).strip() == ""
    assert text in items[0].corrected


@pytest.mark.parametrize(
    "note", ["[//]: # (nog controleren)", "[comment]: <> (nog controleren)", '[//]: # "x"']
)
def test_hidden_note_idioms_are_no_links(note):
    findings = check_links(page(f"Tekst.\n\n{note}\n"), {}).findings
    assert findings == [] and markdown.markdown(note).strip() == ""


@settings(max_examples=20, derandomize=True, database=None, deadline=None)
@given(path=st.sampled_from(BOX_PAGES), title=st.sampled_from(["Lees ook", "Interessant!"]))
def test_a_box_line_changed_in_place_is_no_deleted_line(path, title):
    text = path.read_text(encoding="utf-8")
    changed = text.replace('!!! interessant "Interessant"', f'!!! interessant "{title}"', 1)
    source = Source(f"docs/blokken/{path.name}", f"blokken/{path.name}", changed)
    rules = [item.rule for item in check_admonitions(source, block_page=True, before=text)]
    assert "blok-weggehaald" not in rules


def test_a_deleted_box_line_does_not_hide_the_other_missing_box():
    text = (DOCS / "blokken" / "kernteam.md").read_text(encoding="utf-8")
    lines = text.split("\n")
    leer = next(i for i, line in enumerate(lines) if line.startswith("!!! leer-van-anderen"))
    interessant = next(i for i, line in enumerate(lines) if line.startswith("!!! interessant"))
    # the whole 'Leer van anderen' box gone, and only the line of 'Interessant'
    kept = [*lines[:leer], *lines[interessant + 1 :]]
    source = Source("docs/blokken/kernteam.md", "blokken/kernteam.md", "\n".join(kept))
    rules = sorted(item.rule for item in check_admonitions(source, True, before=text))
    assert rules == ["blok-ontbreekt", "blok-weggehaald"]


@settings(max_examples=60, derandomize=True, database=None, deadline=None)
@given(
    words=st.lists(
        st.text(alphabet="abcdeRPé0123-_", min_size=1, max_size=8), min_size=2, max_size=4
    ),
    folder=st.sampled_from(["", "../assets/", "../", "https://www.nhg.org/"]),
    suffix=st.sampled_from([".pdf", ".md", ".docx"]),
    image=st.booleans(),
)
def test_an_address_with_spaces_is_named_and_the_advice_is_a_link_on_github_too(
    words, folder, suffix, image
):
    """'[plan](../assets/Regionaal plan.pdf)': the site links, GitHub's preview (CommonMark)
    shows text. Named at the line; the corrected line is a link to that very file in both
    readings (markdown-it as GitHub's, Python-Markdown as the site's)."""
    from markdown_it import MarkdownIt

    target = folder + " ".join(words) + suffix
    mark = "!" if image else ""
    body = f"Lees het {mark}[regionale plan]({target}) voor meer.\n"
    findings = [item for item in check_links(page(body), {}).findings if item.line == 7]
    assert [item.rule for item in findings] == ["link-spatie"], findings
    corrected = findings[0].corrected
    again = check_links(page(corrected + "\n"), {}).findings
    # (a link to the web is then named for the catalogue, as any address typed on a page; an
    # image from another site by the rendered checks)
    web_link = folder.startswith("http") and not image
    assert [item.rule for item in again] == (["directe-link"] if web_link else [])
    attribute = "src" if image else "href"
    github = MarkdownIt("commonmark").parse(corrected)
    links_ = [
        child
        for token in github
        if token.children
        for child in token.children
        if child.type in ("link_open", "image")
    ]
    assert links_ and urllib.parse.unquote(links_[0].attrs[attribute]) == target
    site = lxml.html.fragment_fromstring(markdown.markdown(corrected), create_parent="div")
    assert [urllib.parse.unquote(value) for value in site.xpath(f"//@{attribute}")] == [target]


@settings(max_examples=30, derandomize=True, database=None, deadline=None)
@given(
    local=st.text(alphabet="abcxyz.-_0123", min_size=1, max_size=10).filter(
        lambda text: text[0] not in ".-"
    ),
    domain=st.sampled_from(["orthopeden.org", "nov.nl", "zorg-regio.example.nl"]),
    scheme=st.sampled_from(["mailto:", ""]),
)
def test_an_e_mail_link_is_named_with_its_address_once(local, domain, scheme):
    """'[tekst](mailto:x@y)' is a direct link like any other; '[tekst](x@y)' lacks 'mailto:'.
    Either way the message names the address with one 'mailto:' (it once said
    'mailto:mailto:', and that the link had none)."""
    address = f"{local}@{domain}"
    findings = check_links(page(f"Mail [het secretariaat]({scheme}{address}).\n"), {}).findings
    assert [item.rule for item in findings] == ["directe-link"], findings
    message = findings[0].message
    assert f"mailto:{address}" in message and "mailto:mailto:" not in message
    assert ("zonder 'mailto:'" in message) == (scheme == "")


BOX_LINES = [
    (path, number)
    for path in BOX_PAGES
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1)
    if re.match(r'^!!! (interessant|leer-van-anderen) "', line)
]


@settings(max_examples=40, derandomize=True, database=None, deadline=None)
@given(
    place=st.sampled_from(BOX_LINES),
    typed=st.sampled_from(["Meer lezen", "Interessante links", "Leer van elkaar", "Tips"]),
)
def test_a_box_retitled_is_named_and_the_advice_gives_the_line_back(place, typed):
    """'!!! interessant "Meer lezen"': every block page names its boxes 'Interessant' and
    'Leer van anderen'; the corrected line is the page's line as it was."""
    path, number = place
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    kind = re.match(r'^!!! ([\w-]+) "', lines[number - 1])[1]
    lines[number - 1] = f'!!! {kind} "{typed}"'
    uri = f"blokken/{path.name}"
    findings = check_admonitions(Source(f"docs/{uri}", uri, "\n".join(lines)), block_page=True)
    assert [(item.line, item.rule) for item in findings] == [(number, "bloktitel-anders")]
    assert findings[0].corrected == text.split("\n")[number - 1]


@settings(max_examples=30, derandomize=True, database=None, deadline=None)
@given(
    name=st.sampled_from(["nov-home", "thuisarts-artrose"]),
    slip=st.sampled_from(["space", "letter", "capital-space"]),
)
def test_a_misspelt_name_is_named_on_the_page_and_its_catalogue_line_not_called_unused(name, slip):
    """'[tekst][nov home]': the page is told "Bedoel je [nov-home]?"; the catalogue line the
    page meant is not also reported unused (one slip, one message, where it was made)."""
    typed = {
        "space": name.replace("-", " "),
        "letter": name[:-1],
        "capital-space": name.replace("-", " ").upper(),
    }[slip]
    other = next(item for item in ("nov-home", "thuisarts-artrose") if item != name)
    findings = check_pages([page(f"[a][{typed}] en [b][{other}]")], CATALOGUE_TEXT, today=TODAY)
    assert [(item.file, item.rule) for item in findings] == [
        ("docs/blokken/test.md", "onbekende-verwijzing")
    ]
    assert f"Bedoel je [{name}]?" in findings[0].message


@settings(max_examples=40, derandomize=True, database=None, deadline=None)
@given(
    path=st.sampled_from(BOX_PAGES),
    at=st.integers(min_value=0),
    info=st.sampled_from(["", "suggestion", "mermaid", "python"]),
    mark=st.sampled_from(["```", "~~~", "````"]),
)
def test_a_code_block_never_closed_is_named_at_its_line_and_nothing_else_changes(
    path, at, info, mark
):
    """Python-Markdown leaves a code block that is never closed unread: the site shows the
    marks as text and the rest of the page as always. So the checks read the rest of the
    page as before, and name only the opening line (the test inserts it, so knows it)."""
    from toolkit.content_checks import check_open_fence

    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    source = Source(f"docs/blokken/{path.name}", f"blokken/{path.name}", text)
    # a blank line after the heading and before the end, where a new paragraph may start
    places = [n for n in range(source.front_matter.end + 1, len(lines) - 1) if not lines[n].strip()]
    place = places[at % len(places)]
    broken_lines = [*lines[: place + 1], f"{mark}{info}", *lines[place + 1 :]]
    broken = Source(source.label, source.uri, "\n".join(broken_lines))
    # the oracle: Python-Markdown reads no new code block
    extensions = ["admonition", "pymdownx.superfences", "attr_list", "md_in_html"]
    before = markdown.markdown("\n".join(lines[source.front_matter.end :]), extensions=extensions)
    after = markdown.markdown(
        "\n".join(broken_lines[source.front_matter.end :]), extensions=extensions
    )
    assert after.count("<pre") == before.count("<pre")
    assert [(item.line, item.rule) for item in check_open_fence(broken)] == [
        (place + 2, "codeblok-open")
    ]
    # every other line reads as it did: the prose after the fence is not blanked
    assert broken.prose[: place + 1] + broken.prose[place + 2 :] == source.prose


@settings(max_examples=60, derandomize=True, database=None, deadline=None)
@given(
    path=st.sampled_from(BOX_PAGES),
    tag=st.sampled_from(["div", "details", "section", "table", "DIV"]),
    shape=st.sampled_from(["open", "close", "pair", "pair-nested-open"]),
    at=st.integers(min_value=0),
    gap=st.integers(min_value=1, max_value=6),
)
def test_an_html_block_left_open_or_closed_alone_is_named_at_its_line(path, tag, shape, at, gap):
    """The test inserts HTML block tags between the lines of a real page, so it knows which
    are unbalanced: an opening tag never closed, a closing tag never opened. A pair (with or
    without an element left open inside it, which the browser closes with it) is fine."""
    from toolkit.content_checks import check_html_balance

    lines = path.read_text(encoding="utf-8").split("\n")
    source = Source(f"docs/blokken/{path.name}", f"blokken/{path.name}", "\n".join(lines))
    blanks = [n for n in range(source.front_matter.end + 1, len(lines)) if not lines[n].strip()]
    first = blanks[at % len(blanks)]
    second = blanks[min(blanks.index(first) + gap, len(blanks) - 1)]
    inserts = {  # line index: what the editor pasted there
        "open": {first: f"<{tag}>"},
        "close": {first: f"</{tag}>"},
        "pair": {first: f"<{tag}>", second: f"</{tag}>"},
        "pair-nested-open": {first: f"<{tag}>\n<figure>", second: f"</{tag}>"},
    }[shape]
    if shape.startswith("pair") and first == second:
        inserts = {first: f"<{tag}>\n</{tag}>"}
    out, expected = [], []
    for number, line in enumerate(lines):
        if number in inserts:
            out.append("")
            for piece in inserts[number].split("\n"):
                out.append(piece)
                if shape in ("open", "close"):  # the test's own list of what stays unbalanced
                    expected.append(
                        (len(out), "html-niet-gesloten" if shape == "open" else "html-los-einde")
                    )
            out.append("")
        out.append(line)
    broken = Source(source.label, source.uri, "\n".join(out))
    assert [(item.line, item.rule) for item in check_html_balance(broken)] == expected


@settings(max_examples=30, derandomize=True, database=None, deadline=None)
@given(
    path=st.sampled_from(BOX_PAGES),
    kind=st.sampled_from(["interessant", "leer-van-anderen"]),
    style=st.sampled_from(["<!-- {} -->", "<!--{}-->", "[//]: # ({})"]),
)
def test_a_box_line_turned_into_a_note_is_named_at_it_and_the_fix_restores_it(path, kind, style):
    """Hiding the box line ('<!-- !!! interessant ... -->') takes the box away as deleting it
    does: named at that line (the test changed it), and the advice puts the box line back."""
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    index = next(i for i, line in enumerate(lines) if line.startswith(f"!!! {kind} "))
    broken_lines = [*lines[:index], style.format(lines[index]), *lines[index + 1 :]]
    source = Source(f"docs/blokken/{path.name}", f"blokken/{path.name}", "\n".join(broken_lines))
    findings = check_admonitions(source, block_page=True, before=text)
    assert [(item.line, item.rule) for item in findings] == [(index + 1, "blok-weggehaald")]
    broken_lines[index] = findings[0].corrected
    assert broken_lines == lines  # the advice, followed literally, gives the page back


@settings(max_examples=30, derandomize=True, database=None, deadline=None)
@given(
    entry=st.sampled_from(
        [
            "  - Afkortingen: afkortingen.md",
            "      - Privacy: over/privacy.md",
            "  - Zelfscan: zelfscan.md",
        ]
    ),
    slip=st.sampled_from([lambda page: page.removesuffix(".md"), lambda page: page.upper()]),
)
def test_a_menu_page_misspelt_is_named_at_its_menu_line_not_where_the_name_also_stands(entry, slip):
    """'afkortingen' also stands in the line that loads the glossary (and 'zelfscan' in a
    comment): the message names the menu line the test changed."""
    from toolkit.config_checks import check_nav

    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    title, page = entry.rsplit(": ", 1)
    wrong = slip(page)
    changed = text.replace(entry, f"{title}: {wrong}", 1)
    line = changed.split("\n").index(f"{title}: {wrong}") + 1
    pages = {path.relative_to(DOCS).as_posix() for path in DOCS.rglob("*.md")}
    named = {wrong} | (pages - {page})
    findings, meant = check_nav(named, pages, changed)
    assert [(item.line, item.rule) for item in findings] == [(line, "config-nav-pagina")]
    assert meant == {page} or wrong == page.upper()  # the guess: the page it was


@pytest.mark.parametrize("title", ["Nieuws", "Over de NOV"])
def test_a_menu_entry_without_a_page_is_named_at_its_line(title):
    from toolkit.config_checks import translate

    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    entry = "  - Afkortingen: afkortingen.md"
    changed = text.replace(entry, f"{entry}\n  - {title}:", 1)
    line = changed.split("\n").index(f"  - {title}:") + 1
    # what MkDocs logs for it (mkdocs.config.config_options.Nav)
    found = translate("Config value 'nav': Expected nav to be a list, got None", changed)
    assert (found.line, found.rule) == (line, "config-nav-leeg") and f"'{title}'" in found.message


REAL_REFERENCES, _ = parse_catalogue((DOCS / "_data" / "referenties.md").read_text("utf-8"))
USED_NAMES = sorted(
    {
        match[1]
        for path in BOX_PAGES
        for match in re.finditer(r"\]\[([a-z0-9-]{8,})\]", path.read_text(encoding="utf-8"))
    }
)


@settings(max_examples=60, derandomize=True, database=None, deadline=None)
@given(
    name=st.sampled_from(USED_NAMES),
    cut=st.integers(min_value=1),
    part=st.sampled_from(["name", "text", "address"]),
    indent=st.sampled_from(["", "    "]),
)
def test_enter_pressed_inside_a_link_is_named_when_it_breaks_the_link(name, cut, part, indent):
    """A line break in a link's text is fine in Markdown; in its name or address the site no
    longer finds the link. The oracle is Python-Markdown itself, on the test's own page."""
    from toolkit.content_checks import normalize_id

    at = 1 + cut % (len(name) - 1)
    if part == "name":
        body = f"Zie het [rapport van de regio][{name[:at]}\n{indent}{name[at:]}] hier.\n"
    elif part == "text":
        body = f"Zie het [rapport van\n{indent}de regio][{name}] hier.\n"
    else:
        body = f"Zie de [pagina](../blokken/{name[:at]}\n{indent}{name[at:]}.md) hier.\n"
    definitions = "\n".join(f"[{n}]: https://example.org/{n}" for n in USED_NAMES)
    rendered = markdown.markdown(body + "\n" + definitions)
    links = lxml.html.fragment_fromstring(rendered, create_parent="div").findall(".//a")
    scan = check_links(page(body), REAL_REFERENCES)
    broken = [item.line for item in scan.findings if item.rule == "link-afgebroken"]
    # (an address with a line break is no page's file name: MkDocs cannot make it a link to
    # the page, whatever Python-Markdown makes of it)
    if links and part != "address":  # the oracle: the site finds the link
        assert broken == []
        assert part == "address" or (normalize_id(name), 7 + (part == "text")) in scan.used
    else:
        assert broken == [7], scan.findings  # named at the line where the link starts
        assert part == "address" or normalize_id(name) in {key for key, _ in scan.used}


@pytest.mark.parametrize(
    ("note", "harmless"),
    [
        ("<!-- nog nakijken -->", True),  # a note no reader sees
        ("  <!-- controleren in 2027 -->  ", True),
        ("<!-- nog nakijken", False),  # left open: shown as text
        ("<!-- a --> tekst <!-- b -->", False),  # text between two notes
    ],
)
def test_a_note_line_in_the_catalogue_is_no_mistake(note, harmless):
    from toolkit.shared_definitions import parse

    text = f"{CATALOGUE_TEXT}{note}\n"
    references, findings = parse_catalogue(text)
    # the oracle: what Python-Markdown shows of the line when it is appended to a page
    shown = markdown.markdown(f"Tekst.\n\n{note}").replace("<p>Tekst.</p>", "")
    visible = lxml.html.fragment_fromstring(f"<div>{shown}</div>").text_content().strip()
    assert (not visible) == harmless
    assert references.keys() == REFERENCES.keys()
    assert (findings == [] and parse(text).leftover == ()) == harmless


NOTED_PAGES = [path for path in BOX_PAGES if "<!--" in path.read_text(encoding="utf-8")]


@settings(max_examples=30, derandomize=True, database=None, deadline=None)
@given(path=st.sampled_from(NOTED_PAGES), at=st.integers(min_value=0))
def test_a_note_left_open_above_another_note_is_named_at_its_line(path, at):
    """'<!-- nakijken' without '-->', above a note further down: the first note runs on to the
    end of that one, and the text between vanishes (Python-Markdown is the oracle). Named
    at the line the test inserted, and the rest of the page read as if it were closed."""
    from toolkit.content_checks import check_open_comment

    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    source = Source(f"docs/blokken/{path.name}", f"blokken/{path.name}", text)
    later_note = next(n for n, line in enumerate(lines) if "<!--" in line)
    blanks = [n for n in range(source.front_matter.end + 1, later_note) if not lines[n].strip()]
    place = blanks[at % len(blanks)]
    broken_lines = [*lines[: place + 1], "<!-- nog nakijken", *lines[place + 1 :]]
    broken = Source(source.label, source.uri, "\n".join(broken_lines))

    def shown_words(page_lines):
        body = "\n".join(page_lines[source.front_matter.end :])
        html = markdown.markdown(body, extensions=["admonition"])
        return len(lxml.html.fragment_fromstring(html, create_parent="div").text_content().split())

    # the oracle: the page shows fewer words than before (more than the note's two go)
    assert shown_words(broken_lines) < shown_words(lines) - 2
    findings = check_open_comment(broken)
    assert [(item.line, item.rule) for item in findings] == [(place + 2, "verloren-opmerking-tot")]
    assert broken.prose[place + 2 :] == source.prose[place + 1 :]


def test_two_notes_on_one_line_are_two_closed_notes():
    from toolkit.content_checks import check_open_comment

    written = "Tekst<!-- a --> en <!-- b --> meer.\n"
    assert check_open_comment(page(written)) == []


@settings(max_examples=30, derandomize=True, database=None, deadline=None)
@given(
    name=st.sampled_from(["nov-home", "thuisarts-artrose"]),
    at=st.integers(min_value=1),
    side=st.sampled_from(["page", "catalogue"]),
    history=st.booleans(),
)
def test_a_name_a_letter_off_is_named_on_the_side_that_may_hold_it(name, at, side, history):
    """The test doubles a letter of a name on one side. With git's history the checks know
    which file changed (the catalogue's own check names a renamed definition); without it,
    both the page's line and the catalogue's line are named."""
    cut = 1 + at % (len(name) - 1)
    typo = name[:cut] + name[cut - 1] + name[cut:]
    page_name, catalogue = name, CATALOGUE_TEXT
    if side == "page":
        page_name = typo
    else:
        catalogue = CATALOGUE_TEXT.replace(f"[{name}]:", f"[{typo}]:")
    other = next(n for n in ("nov-home", "thuisarts-artrose") if n != name)  # used as is
    body = f"Zie [de bron][{page_name}] en [de andere bron][{other}].\n"
    findings = check_pages([page(body)], catalogue, today=TODAY, history=history)
    catalogue_line = next(
        n for n, line in enumerate(catalogue.split("\n"), 1) if line.startswith(f"[{name[:cut]}")
    )
    expected = [("docs/blokken/test.md", 7, "onbekende-verwijzing")]
    if not history:
        expected.append(("docs/_data/referenties.md", catalogue_line, "verwijzing-naam-anders"))
    assert sorted((item.file, item.line, item.rule) for item in findings) == sorted(expected)


# What becomes of a '---' line: spaces before it, or its dashes made long by a phone's or
# Word's autocorrect ('--' to '—'), or one too many
FENCE_SLIPS = st.one_of(
    st.sampled_from([" ", "  ", "   ", "\t"]).map(lambda indent: indent + "---"),
    st.lists(st.sampled_from(["-", "—", "–", "‐", "−"]), min_size=2, max_size=4)
    .map("".join)
    .filter(lambda fence: fence != "---"),
)


@settings(max_examples=60, derandomize=True, database=None, deadline=None)
@given(path=st.sampled_from(BOX_PAGES), slipped=FENCE_SLIPS, opening=st.booleans())
def test_a_slipped_line_of_the_front_matter_is_named_and_the_fix_closes_it(path, slipped, opening):
    from toolkit.content_checks import parse_front_matter

    lines = path.read_text(encoding="utf-8").split("\n")
    at = 0 if opening else lines.index("---", 1)
    if opening and slipped.strip() == "---":
        slipped = slipped.strip() + "-"  # (spaces before the first line: a YAML slip)
    lines[at] = slipped
    front = parse_front_matter("\n".join(lines))
    rule = "gegevensblok-begin" if opening else "gegevensblok-einde"
    assert (front.error.line, front.error.rule) == (at + 1, rule)
    lines[at] = front.error.corrected  # the advice, followed literally
    assert parse_front_matter("\n".join(lines)).present


@settings(max_examples=60, derandomize=True, database=None, deadline=None)
@given(path=st.sampled_from([*BOX_PAGES, DOCS / "index.md"]), both=st.booleans())
def test_front_matter_fields_left_without_their_dashes_are_named_and_the_fix_closes_them(
    path, both
):
    """The '---' above the fields deleted (and the one below too): the site shows the fields
    as text. Named at line 1 with the last field line; the advice, followed, restores them."""
    from toolkit.content_checks import parse_front_matter

    lines = path.read_text(encoding="utf-8").split("\n")
    closing = lines.index("---", 1)
    fields = lines[1:closing]
    rest = lines[closing + 1 :] if both else lines[closing:]
    front = parse_front_matter("\n".join([*fields, *rest]))
    rule = "gegevensblok-zonder-streepjes" if both else "gegevensblok-zonder-begin"
    assert (front.error.line, front.error.rule) == (1, rule)
    last = len(fields)  # the test's own count of the field lines it kept
    assert f"regel {last}" in front.error.message or f"met {last} " in front.error.message
    fixed = ["---", *fields, "---", *lines[closing + 1 :]]  # '---' above 1 (and below {last})
    assert parse_front_matter("\n".join(fixed)).data == parse_front_matter("\n".join(lines)).data


def _nested_levels(wanted: list[int]) -> list[int]:
    """A list's levels as Markdown allows them: each at most one below the item above."""
    levels: list[int] = []
    for level in wanted:
        levels.append(min(level, levels[-1] + 1 if levels else 0))
    return levels


@settings(max_examples=60, derandomize=True, database=None, deadline=None)
@given(
    levels=st.lists(st.integers(0, 2), min_size=2, max_size=6).map(_nested_levels),
    at=st.integers(1, 5),
    extra=st.integers(1, 2),
    box=st.booleans(),
)
def test_an_item_indented_two_levels_below_the_item_above_is_named_and_the_fix_makes_it_an_item(
    levels, at, extra, box
):
    """A Tab too many: the item reads as text of the item above (on GitHub too). The test
    indents item `at` `extra` levels deeper than one below the item above, and renders the
    page with the site's Markdown: before the fix its text is no list item, after it is."""
    from editor_helpers import site_markdown

    at = min(at, len(levels) - 1)
    margin = "    " if box else ""
    words = [f"punt{chr(97 + n)} tekst" for n in range(len(levels))]
    lines = [f"{margin}{'    ' * level}- {word}" for level, word in zip(levels, words, strict=True)]
    lines[at] = f"{margin}{'    ' * (levels[at - 1] + 1 + extra)}- {words[at]}"  # too deep
    head = '!!! interessant "Interessant"\n\n' if box else "Tekst.\n\n"
    number = HEAD.count("\n") + head.count("\n") + at + 1

    def items_shown(body: str) -> set[str]:
        converter = site_markdown()
        converter.reset()
        root = lxml.html.fromstring(f"<div>{converter.convert(body)}</div>")
        return {" ".join((li.text or "").split()) for li in root.iter("li")}

    body = head + "\n".join(lines) + "\n"
    assert words[at] not in items_shown(body)  # the oracle: the site shows it as text
    findings = check_lists(page(body))
    assert (number, "sublijst-te-diep") in found(findings), (body, found(findings))
    fixed = next(item for item in findings if item.line == number).corrected
    lines[at] = fixed
    body = head + "\n".join(lines) + "\n"
    assert words[at] in items_shown(body)
    assert not [item for item in check_lists(page(body)) if item.rule == "sublijst-te-diep"]


def _box_lines(text: str) -> list[int]:
    """Lines of a box's body (4 spaces in) with a line of the box right above and below."""
    lines = text.split("\n")
    inside, found = False, []
    for number, line in enumerate(lines, 1):
        if line.startswith("!!! "):
            inside = True
        elif line.strip() and not line.startswith("    "):
            inside = False
        elif (
            inside
            and line.startswith("    ")
            and 1 < number < len(lines)
            and lines[number - 2].startswith("    ")
            and lines[number].startswith("    ")
        ):
            found.append(number)
    return found


@settings(max_examples=60, derandomize=True, database=None, deadline=None)
@given(path=st.sampled_from(BOX_PAGES), data=st.data())
def test_a_box_line_that_lost_its_indentation_is_named_and_the_fix_keeps_the_box_whole(path, data):
    """The site's Markdown is the oracle: with the line at the margin, the box ends there
    (fewer of the page's words in the box); the corrected line gives the box its words back."""
    from editor_helpers import site_markdown

    text = path.read_text(encoding="utf-8")
    number = data.draw(st.sampled_from(_box_lines(text)))
    lines = text.split("\n")
    lines[number - 1] = lines[number - 1].lstrip()

    def box_words(page: str) -> int:
        converter = site_markdown()
        converter.reset()
        root = lxml.html.fromstring(f"<div>{converter.convert(page.split('---', 2)[2])}</div>")
        return sum(len(box.text_content().split()) for box in root.find_class("admonition"))

    broken = "\n".join(lines)
    assert box_words(broken) < box_words(text)  # the slip: words fall out of the box
    source = Source(f"docs/blokken/{path.name}", f"blokken/{path.name}", broken)
    (item,) = [f for f in check_admonitions(source) if f.rule == "kader-onderbroken"]
    assert item.line == number
    lines[number - 1] = item.corrected  # (a sub-item comes back as an item: still in the box)
    assert box_words("\n".join(lines)) == box_words(text)


@settings(max_examples=60, derandomize=True, database=None, deadline=None)
@given(
    name=st.sampled_from(sorted(REFERENCES)),
    char=st.sampled_from("[]"),
    where=st.integers(0, 200),
)
def test_a_bracket_too_many_in_a_reference_is_named_with_the_line_without_it(name, char, where):
    """One '[' or ']' typed into '[tekst][naam]': no link, the brackets as text, and the
    name looked unused in the catalogue. The test types it, so it knows the line it broke."""
    from toolkit.content_checks import normalize_id

    line = f"Lees meer in [de bron][{name}] over dit onderwerp."
    start, end = line.index("["), line.index("]", line.index("][") + 2) + 1
    at = start + where % (end - start + 1)
    broken = line[:at] + char + line[at:]
    found = check_links(page(broken), REFERENCES)
    (item,) = [f for f in found.findings if f.line == 7]
    assert item.rule == "verwijzing-haak-teveel" and item.corrected == line, str(item)
    assert (normalize_id(name), 7) in found.used  # not also "unused" in the catalogue
