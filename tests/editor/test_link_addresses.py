"""Addresses that work for the editor and for no reader: a file on their own computer or
network drive, a host in their organisation's network, a document behind its login, and this
toolkit's own pages by their full address (copied from the address bar, the local preview
or GitHub). Each is named at its line with its own fix, on a page and in the catalogue.

The addresses are generated; what each one is, the test knows from how it made it."""

from __future__ import annotations

import datetime as dt
import ipaddress
from posixpath import dirname, normpath

from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.addresses import LOGIN_HOSTS, OwnSite, private_kind
from toolkit.content_checks import Source, check_headings, check_links, check_pages, parse_catalogue

SETTINGS = settings(max_examples=60, derandomize=True, database=None, deadline=None)
TODAY_TEXT = "---\nlaatst_gecontroleerd: 2026-11-01\n---\n\n# Titel\n\n"  # body from line 7
TODAY = dt.date(2026, 11, 23)
SITE = "https://toolkit.example.org/artrose/"
EDIT = "https://github.com/nov-org/toolkit/edit/main/docs/"
OWN = OwnSite(SITE, EDIT)

label = st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=10)
word = st.text("abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=10)
file_name = st.builds(
    lambda stem, ext: f"{stem}.{ext}", word, st.sampled_from(["pdf", "docx", "xlsx", "png"])
)
folders = st.lists(word, min_size=0, max_size=3)


def page(body: str, uri: str = "blokken/test.md") -> Source:
    return Source(f"docs/{uri}", uri, TODAY_TEXT + body)


# Addresses only the writer can open


@st.composite
def on_own_computer(draw) -> str:
    parts = [*draw(folders), draw(file_name)]
    drive = draw(st.sampled_from("CDHZ"))
    form = draw(st.sampled_from(["drive", "drive-slash", "network", "file-url"]))
    if form == "drive":
        return f"{drive}:\\" + "\\".join(parts)
    if form == "drive-slash":
        return f"{drive}:/" + "/".join(parts)
    if form == "network":
        return "\\\\" + draw(label) + "\\" + "\\".join(parts)
    return f"file:///{drive}:/" + "/".join(parts)


@st.composite
def in_own_network(draw) -> tuple[str, str]:
    """(address, host) of a host inside an organisation's network."""
    network = draw(
        st.sampled_from(["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8"])
    )
    hosts = ipaddress.ip_network(network)
    host = str(hosts[draw(st.integers(1, hosts.num_addresses - 2))])
    host = draw(st.sampled_from([host, "localhost", draw(label), f"{draw(label)}.local"]))
    port = draw(st.sampled_from(["", ":8080", ":8000"]))
    scheme = draw(st.sampled_from(["http", "https"]))
    return f"{scheme}://{host}{port}/" + "/".join(draw(folders)), host


@st.composite
def behind_login(draw) -> tuple[str, str]:
    service = draw(st.sampled_from(LOGIN_HOSTS))
    host = draw(st.sampled_from([service, f"{draw(label)}.{service}"]))
    return f"https://{host}/" + "/".join(draw(folders)), host


@st.composite
def public(draw) -> str:
    host = ".".join(draw(st.lists(label, min_size=1, max_size=3)))
    tld = draw(st.sampled_from(["nl", "com", "org", "eu", "be"]))
    return f"https://{host}.{tld}/" + "/".join(draw(folders))


@SETTINGS
@given(address=on_own_computer())
def test_a_file_on_a_computer_or_network_drive(address):
    assert private_kind(address) == ("adres-eigen-computer", address)


@SETTINGS
@given(made=in_own_network())
def test_a_host_inside_the_network(made):
    address, host = made
    assert private_kind(address) == ("adres-eigen-netwerk", host)


@SETTINGS
@given(made=behind_login())
def test_a_document_behind_a_login(made):
    address, host = made
    assert private_kind(address) == ("adres-inloggen", host)


@SETTINGS
@given(address=public())
def test_a_public_address_is_fine(address):
    assert private_kind(address) is None


@SETTINGS
@given(address=st.one_of(on_own_computer(), in_own_network().map(lambda made: made[0])))
def test_on_a_page_named_at_its_line_and_not_sent_to_the_catalogue(address):
    body = f"Tekst.\n\nZie [het protocol]({address}) voor meer.\n"
    findings = check_links(page(body), {}).findings
    assert [(item.line, item.rule) for item in findings] == [(9, private_kind(address)[0])], (
        findings
    )
    assert "referenties.md" not in findings[0].fix  # a private address is no catalogue entry


@SETTINGS
@given(made=behind_login())
def test_in_the_catalogue_named_at_its_line(made):
    address, _host = made
    catalogue = f'[//]: # (catalogus)\n[protocol]: {address} "Protocol"\n'
    source = page("Zie [het protocol][protocol].\n")
    findings = check_pages([source], catalogue, today=TODAY)
    assert [(item.file, item.line, item.rule) for item in findings] == [
        ("docs/_data/referenties.md", 2, "adres-inloggen")
    ]


# This toolkit's own pages by their full address

PAGES = ["index.md", "zelfscan.md", "blokken/kernteam.md", "over/privacy.md"]


@st.composite
def own_address(draw) -> tuple[str, str]:
    """(address of a page of the toolkit, as a reader or editor copies it; that page)."""
    page_uri = draw(st.sampled_from(PAGES))
    stem = page_uri.removesuffix(".md").removesuffix("index")
    anchor = draw(st.sampled_from(["", "#" + draw(word)]))
    where = draw(st.sampled_from(["site", "site-www", "site-html", "preview", "github"]))
    if where == "github":
        kind = draw(st.sampled_from(["blob", "edit"]))
        address = f"https://github.com/nov-org/toolkit/{kind}/main/docs/{page_uri}"
    elif where == "preview":
        address = f"http://127.0.0.1:8000/{stem}"
    elif where == "site-www":
        address = SITE.replace("://", "://www.") + stem
    elif where == "site-html":
        address = SITE + (f"{stem}index.html" if stem else "index.html")
    else:
        address = SITE + stem
    return address + anchor, page_uri + anchor


@SETTINGS
@given(made=own_address())
def test_an_own_page_is_found_by_its_address(made):
    address, expected = made
    assert OWN.page_of(address, set(PAGES)) == expected


@SETTINGS
@given(made=own_address(), here=st.sampled_from(PAGES))
def test_an_own_page_gets_the_relative_link_and_it_leads_there(made, here):
    address, expected = made
    line = f"Zie [die pagina]({address}) voor meer."
    findings = check_links(page(line + "\n", here), {}, set(PAGES), set(PAGES), OWN).findings
    assert [(item.line, item.rule) for item in findings] == [(7, "eigen-pagina")]
    corrected = findings[0].corrected
    assert corrected is not None and address not in corrected
    target = corrected.split("](", 1)[1].split(")", 1)[0]
    path, _, anchor = target.partition("#")
    assert normpath(f"{dirname(here)}/{path}".lstrip("/")) + (f"#{anchor}" if anchor else "") == (
        expected
    )
    again = check_links(page(corrected + "\n", here), {}, set(PAGES), set(PAGES), OWN)
    assert again.findings == []


def test_another_site_on_the_same_name_is_not_ours():
    assert OWN.page_of("https://toolkit.example.org.evil.example/artrose/", set(PAGES)) is None
    assert OWN.page_of("https://toolkit.example.org/artrose-oud/", set(PAGES)) is None
    assert (
        OWN.page_of("https://github.com/other/toolkit/blob/main/docs/index.md", {"index.md"})
        is None
    )


def test_an_own_page_in_the_catalogue():
    catalogue = f'[//]: # (catalogus)\n[scan]: {SITE}zelfscan/ "Zelfscan"\n'
    findings = check_pages(
        [page("Zie [de scan][scan].\n"), page("Tekst.\n", "zelfscan.md")],
        catalogue,
        today=TODAY,
        own_site=OWN,
    )
    assert [(item.line, item.rule) for item in findings] == [(2, "eigen-pagina-catalogus")]
    assert "'[tekst](../zelfscan.md)'" in findings[0].fix


# A link without an address, an address without its beginning


def test_a_link_without_an_address():
    for target in ("", "#", " "):
        findings = check_links(page(f"Zie [de scan]({target}).\n"), {}).findings
        assert [(item.line, item.rule) for item in findings] == [(7, "link-zonder-adres")]


def test_an_address_without_https_or_mailto():
    catalogue, _ = parse_catalogue('[nov]: https://www.orthopeden.org/ "NOV"\n')
    for target, meant in (
        ("nhg.org/standaarden", "https://nhg.org/standaarden"),
        ("info@orthopeden.org", "mailto:info@orthopeden.org"),
    ):
        findings = check_links(page(f"Zie [dit]({target}).\n"), catalogue, set(), set()).findings
        assert [(item.line, item.rule) for item in findings] == [(7, "directe-link")]
        assert meant in findings[0].fix  # and not the catalogue's other entry on that host


# A line under a text that makes it a heading


def test_an_underline_that_makes_a_second_title_is_named_where_it_was_typed():
    for marks in ("===", "=========="):
        source = page(f"Eerste alinea.\n{marks}\n\nMeer tekst.\n")
        findings = check_headings(source)
        assert [(item.line, item.rule) for item in findings] == [(8, "onderstreepte-kop")]


# Link texts and image descriptions that say nothing; links the site leaves as written

PAGES_AND_FILES = {
    "blokken/test.md",
    "blokken/draagvlak.md",
    "assets/Schema Zorgpad.png",
    "assets/schema.png",
}


def rules_on(body: str) -> list[tuple[int | None, str]]:
    scan = check_links(
        page(body), {}, {p for p in PAGES_AND_FILES if p.endswith(".md")}, PAGES_AND_FILES
    )
    return [(item.line, item.rule) for item in scan.findings]


@SETTINGS
@given(
    text=st.sampled_from(["hier", "Klik hier", "lees meer", "Meer informatie", "website", "link"]),
    html=st.booleans(),
)
def test_a_link_text_that_says_nothing_is_named(text, html):
    link = f'<a href="../assets/schema.png">{text}</a>' if html else f"[{text}](draagvlak.md)"
    assert rules_on(f"Zie {link}.\n") == [(7, "linktekst-vaag")]


@SETTINGS
@given(
    alt=st.sampled_from(
        ["image", "Image", "foto", "schema.png", "Schermafbeelding 2026-12-07 om 10.12.33"]
    ),
    html=st.booleans(),
)
def test_an_image_description_that_says_nothing_is_named(alt, html):
    image = (
        f'<img alt="{alt}" src="../assets/schema.png">'
        if html
        else f"![{alt}](../assets/schema.png)"
    )
    assert rules_on(f"{image}\n") == [(7, "alt-tekst-vaag")]


def test_a_descriptive_text_is_fine():
    assert (
        rules_on(
            "Zie [de aanpak van draagvlak](draagvlak.md) en "
            "![Schema van het zorgpad](../assets/schema.png).\n"
        )
        == []
    )


def test_an_html_link_to_a_page_file_gets_the_markdown_link():
    line = 'Zie <a href="draagvlak.md#aanpak">de aanpak</a> hier.'
    (found,) = check_links(page(line + "\n"), {}, {"blokken/draagvlak.md"}, set()).findings
    assert (found.line, found.rule, found.corrected) == (
        7,
        "html-link-md",
        "Zie [de aanpak](draagvlak.md#aanpak) hier.",
    )


def test_file_names_as_the_web_server_sees_them():
    assert rules_on("![Schema zorgpad](../assets/Schema%20Zorgpad.png)\n") == []
    assert rules_on('<img alt="Schema zorgpad" src="../assets/overleg.png">\n') == [
        (7, "kapotte-link")
    ]
    (found,) = check_links(
        page("![Schema zorgpad](../assets/Schema.PNG)\n"), {}, set(), PAGES_AND_FILES
    ).findings
    assert found.rule == "kapotte-link" and "Bedoel je '../assets/schema.png'?" in found.message


@SETTINGS
@given(
    folders=folders,
    stem=word,
    form=st.sampled_from(["file", "repo", "slash", "backslash", "dir-url", "html", "bare"]),
)
def test_a_page_written_as_an_address_or_path_is_its_file_below_docs(folders, stem, form):
    from toolkit.addresses import as_page_file

    page = "/".join([*folders, f"{stem}.md"])
    written = {
        "file": page,
        "repo": f"docs/{page}",
        "slash": f"/{page}",
        "backslash": page.replace("/", "\\"),
        "dir-url": f"https://toolkit.example.org/{page.removesuffix('.md')}/",
        "html": f"{page.removesuffix('.md')}/index.html",
        "bare": page.removesuffix(".md"),
    }[form]
    assert as_page_file(written) == page


# A web address typed with a slip in its beginning: the advice never copies the slip into the
# catalogue (which would refuse it), it asks for the address from the browser's address bar.


@st.composite
def slipped_address(draw) -> tuple[str, bool]:
    """(address, whether it still works): a letter of 'https' dropped, the colon or a slash
    dropped. The test knows which slips leave a working address ('http://')."""
    host = draw(word) + "." + draw(st.sampled_from(["nl", "org", "com"]))
    path = "/".join(draw(folders))
    scheme = "https://"
    at = draw(st.integers(min_value=0, max_value=len(scheme) - 1))
    slipped = scheme[:at] + scheme[at + 1 :]
    return f"{slipped}{host}/{path}", slipped == "http://"


@SETTINGS
@given(slipped=slipped_address())
def test_a_slip_in_the_beginning_of_an_address_is_not_copied_into_the_catalogue(slipped):
    address, works = slipped
    findings = check_links(page(f"Zie [dit]({address}).\n"), {}, set(), set()).findings
    rules = [item.rule for item in findings]
    assert rules and set(rules) <= {"directe-link", "adres-http"}, findings
    advice = findings[0].fix
    if works:
        assert address in advice  # an address that works goes to the catalogue as it is
    else:
        assert address not in advice and "https://" in advice
        catalogue = '[nieuwe-naam]: https://www.voorbeeld.nl/ "Titel"\n'  # as advised
        _, problems = parse_catalogue(catalogue)
        assert problems == []


@SETTINGS
@given(scheme=st.sampled_from(["mailto:", "tel:", "https://"]), spaces=st.sampled_from([" ", "  "]))
def test_a_space_after_the_beginning_of_an_address_is_taken_out(scheme, spaces):
    rest = {"mailto:": "info@orthopeden.org", "tel:": "+31301234567", "https://": "nov.nl/"}[scheme]
    findings = check_links(page(f"Zie [dit]({scheme}{spaces}{rest}).\n"), {}, set(), set())
    (spaced,) = [item for item in findings.findings if item.rule == "link-spatie"]
    assert f"[dit]({scheme}{rest})" in spaced.corrected
