"""The rendered-HTML net on small pages: what it must catch, what ordinary text it must
leave alone (a false alarm would block an editor for nothing)."""

from __future__ import annotations

import html
import re
from collections import Counter

import lxml.html
import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from project import DOCS
from toolkit.content_checks import Source
from toolkit.rendered_checks import Origin, check_rendered, parse_fragment, shown_words

HEAD = "---\nlaatst_gecontroleerd: 2026-01-01\n---\n\n# Titel\n\n"  # body starts on line 7


def findings(body: str, rendered: str) -> list[tuple[int | None, str]]:
    source = Source("docs/blokken/test.md", "blokken/test.md", HEAD + body)
    shown = "<h1>Titel</h1>" + rendered  # the heading of HEAD
    return [(item.line, item.rule) for item in check_rendered(shown, source)]


def test_a_numbered_heading_is_no_broken_list():
    assert findings("## 1. Visie\n", "<h2>1. Visie</h2>") == []


def test_numbered_lines_markdown_did_not_read_are_one_finding_on_the_first():
    body = "1) Eerst de huisarts\n2) Dan de fysiotherapeut\n"
    assert findings(body, "<p>1) Eerst de huisarts\n2) Dan de fysiotherapeut</p>") == [
        (7, "opsomming")
    ]


def test_a_bullet_pasted_from_word_is_named_at_its_own_line_with_a_dash_instead():
    for mark, gap in (("·", "\t"), ("•", " "), ("✓", " ")):
        body = f"- Eerst de huisarts\n{mark}{gap}Dan de fysiotherapeut\n"
        source = Source("docs/blokken/test.md", "blokken/test.md", HEAD + body)
        shown = (
            f"<h1>Titel</h1><ul><li>Eerst de huisarts\n{mark}{gap}Dan de fysiotherapeut</li></ul>"
        )
        (found,) = check_rendered(shown, source)
        assert (found.line, found.rule, found.corrected) == (
            8,
            "opsommingsteken",
            "- Dan de fysiotherapeut",
        )


def test_one_broken_reference_is_one_finding():
    body = "Zie [de gids][gids ].\n"
    assert findings(body, "<p>Zie [de gids][gids ].</p>") == [(7, "verwijzing")]


def test_text_shown_as_code_is_named_at_its_line_with_the_indent_removed():
    body = "Eerste alinea.\n\n    Ingesprongen alinea met tekst.\n"
    source = Source("docs/blokken/test.md", "blokken/test.md", HEAD + body)
    code = "<pre><code>Ingesprongen alinea met tekst.\n</code></pre>"
    shown = f"<h1>Titel</h1><p>Eerste alinea.</p>{code}"
    (found,) = check_rendered(shown, source)
    assert (found.line, found.rule) == (9, "code-blok")
    assert found.corrected == "Ingesprongen alinea met tekst."


def test_a_broken_editor_comment_is_named():
    body = "Beleidsregel Innovatie<!- url-ontbreekt -->\n"
    shown = "<p>Beleidsregel Innovatie&lt;!- url-ontbreekt --&gt;</p>"
    assert findings(body, shown) == [(7, "opmerking")]


# Ordinary Dutch prose, with the punctuation editors use, never raises an alarm.
WORDS = st.sampled_from(
    [
        "de",
        "het",
        "een",
        "zorg",
        "regio",
        "huisarts",
        "ziekenhuis",
        "patiënt",
        "(SROI)",
        "e.g.",
        "2026",
        "12",
        "3,5%",
        "fysiotherapeut’s",
        "“kernteam”",
        "netwerk:",
        "afspraken;",
        "-",
        "–",
        "wel/niet",
        "ja?",
        "zo!",
        "bijv.",
        "1",
        "2",
    ]
)
SENTENCES = st.lists(WORDS, min_size=1, max_size=30).map(" ".join)


@settings(max_examples=200, derandomize=True, database=None)
@given(paragraphs=st.lists(SENTENCES, min_size=1, max_size=4))
def test_ordinary_prose_raises_no_alarm(paragraphs):
    body = "\n\n".join(paragraphs) + "\n"
    rendered = markdown.markdown(body, extensions=["admonition", "attr_list", "tables"])
    assert findings(body, rendered) == []


@settings(max_examples=80, derandomize=True, database=None, deadline=None)
@given(
    items=st.lists(SENTENCES, min_size=2, max_size=5),
    at=st.integers(min_value=1, max_value=4),
    before=st.sampled_from(["x", "Ook:", '<span style="font-family:Calibri">zorg</span>', "–"]),
    gap=st.sampled_from(["  ", "   ", "\t"]),
    mark=st.sampled_from(["-", "*", "+"]),
)
def test_a_list_mark_pushed_into_its_line_is_named_there(items, at, before, gap, mark):
    """Text typed or pasted before an item's mark ('Ook:  - punt'): the item runs into the
    one above and shows its mark. Named at its own line (the test knows which it changed);
    the list without that slip raises nothing."""
    at %= len(items)
    lines = [f"- punt {number}: {item}" for number, item in enumerate(items, 1)]
    assert findings("\n".join(lines) + "\n", _shown("\n".join(lines))) == []
    if at == 0:
        return
    lines[at] = f"{before}{gap}{mark} punt {at + 1}: {items[at]}"
    if gap == "\t" and mark == "-":  # (a tab after text: Excel's cells, its own message)
        return
    body = "\n".join(lines) + "\n"
    named = findings(body, _shown(body))
    # ('–' before it is a bullet of its own: named as such, at the same line)
    assert {(7 + at, "opsomming"), (7 + at, "opsommingsteken")} & set(named), (lines, named)


# The words a page shows: an element tree walked by the test itself, against the check's query


def _walked_words(root) -> Counter:
    """The test's own reading: text and tails, alt and title, nothing inside a script,
    style, template or noscript (a tail after one of them is shown)."""
    parts: list[str] = []

    def walk(element, hidden: bool) -> None:
        inside = hidden or element.tag in {"script", "style", "template", "noscript"}
        if isinstance(element.tag, str) and not inside:
            parts.append(element.text or "")
            parts.extend(element.get(name) or "" for name in ("alt", "title"))
        for child in element:
            walk(child, inside)
            if not inside:
                parts.append(child.tail or "")

    walk(root, False)
    return Counter(word.casefold() for word in re.findall(r"[^\W\d_]{2,}", " ".join(parts)))


TAGS = st.sampled_from(["p", "li", "abbr", "em", "script", "template", "noscript", "div", "span"])
WORDS_SHOWN = st.sampled_from(["zorg", "Regio", "artrose", "huisarts", "NOV", "x", "één"])


@st.composite
def html_trees(draw, depth: int = 0) -> str:
    pieces = []
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.integers(0, 3 if depth < 3 else 1))
        if kind <= 1:
            pieces.append(" ".join(draw(st.lists(WORDS_SHOWN, max_size=3))))
        elif kind == 2:
            pieces.append(f"<!-- {draw(WORDS_SHOWN)} -->")
        else:
            tag = draw(TAGS)
            title = f' title="{draw(WORDS_SHOWN)}"' if draw(st.booleans()) else ""
            pieces.append(f"<{tag}{title}>{draw(html_trees(depth + 1))}</{tag}>")
        if draw(st.booleans()):
            pieces.append(f'<img alt="{draw(WORDS_SHOWN)} beeld">')
    return " ".join(pieces)


@settings(max_examples=80, derandomize=True, deadline=None)
@given(html_trees())
def test_the_words_shown_are_the_texts_outside_scripts_and_templates(html):
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    assert shown_words(root) == _walked_words(root)


@settings(max_examples=80, derandomize=True, deadline=None)
@given(html_trees(), st.sampled_from(["", "  ", "voor ", "<p>los</p>", "\n"]))
def test_the_checks_read_a_page_as_lxml_html_reads_a_fragment(html, before):
    """The checks parse with lxml.etree (fast); the tree is the one lxml.html builds."""
    content = before + html
    expected = lxml.html.fragment_fromstring(content, create_parent="div")
    assert etree.tostring(parse_fragment(content)) == etree.tostring(expected)


def test_a_blank_line_that_detaches_an_attribute_list_is_named():
    body = "Alleen op de startpagina.\n\n{ .tk-home-only }\n"
    shown = "<p>Alleen op de startpagina.</p><p>{ .tk-home-only }</p>"
    assert findings(body, shown) == [(8, "attributen-los")]


@settings(max_examples=60, derandomize=True, database=None, deadline=None)
@given(ids=st.lists(st.sampled_from(["a", "b", "c", "d"]), min_size=1, max_size=6))
def test_an_address_given_twice_is_named_where_it_is_given_again(ids):
    body = "".join(f"## Kop {n} {{ #{anchor} }}\n\nTekst.\n\n" for n, anchor in enumerate(ids))
    source = Source("docs/blokken/test.md", "blokken/test.md", HEAD + body)
    html = markdown.Markdown(extensions=["attr_list", "toc"]).convert("# Titel\n\n" + body)
    found = [(item.line, item.rule) for item in check_rendered(html, source)]
    # The test's own count: the line of each heading whose id came before, when that id's
    # second heading is this one (a third one says nothing new).
    second = [7 + 4 * n for n, anchor in enumerate(ids) if ids[:n].count(anchor) == 1]
    assert found == [(line, "id-dubbel") for line in second]


def test_an_attribute_list_above_its_paragraph_is_named_there_even_when_its_twin_is_fine():
    body = "Eerste alinea.\n{ .tk-home-only }\n\n{ .tk-home-only }\nTweede alinea.\n"
    source = Source("docs/blokken/test.md", "blokken/test.md", HEAD + body)
    html = markdown.Markdown(extensions=["attr_list"]).convert("# Titel\n\n" + body)
    assert [(item.line, item.rule) for item in check_rendered(html, source)] == [
        (10, "attributen-boven")
    ]


# A list pasted from Word: its bullets (and Word's 'o' for the second level) are
# characters to Markdown. Followed round by round, the advice turns every pasted line into
# an item at the level it had in Word; the test knows the levels, it made the list.

FIRST_LEVEL = ["•", "·", "▪", "\uf0b7", "\uf0a7", "–", "—", "‐", "‑", "‒", "−", "✓"]
SECOND_LEVEL = ["o", "◦"]


def _shown(body: str) -> str:
    return "<h1>Titel</h1>" + markdown.markdown(body, extensions=["sane_lists"])


@settings(max_examples=50, derandomize=True, database=None, deadline=None)
@given(
    items=st.lists(
        st.tuples(st.integers(1, 2), st.sampled_from(["overleg", "regio", "zorgpad", "NOV"])),
        min_size=2,
        max_size=5,
    ).filter(lambda items: items[0][0] == 1),
    first=st.sampled_from(FIRST_LEVEL),
    second=st.sampled_from(SECOND_LEVEL),
    gap=st.sampled_from(["\t", " "]),
)
def test_a_list_pasted_from_word_becomes_the_same_list_by_following_the_advice(
    items, first, second, gap
):
    pasted = [
        f"{first if level == 1 else second}{gap}punt {number} {word}"
        for number, (level, word) in enumerate(items, 1)
    ]
    lines = (HEAD + "Tekst erboven.\n\n" + "\n".join(pasted) + "\n").split("\n")
    for _ in range(len(items) + 1):
        source = Source("docs/blokken/test.md", "blokken/test.md", "\n".join(lines))
        found = [f for f in check_rendered(_shown("\n".join(lines[6:])), source) if f.corrected]
        if not found:
            break
        assert found[0].rule == "opsommingsteken" and found[0].line > 8, found
        lines[found[0].line - 1] = found[0].corrected
    root = lxml.html.fragment_fromstring(_shown("\n".join(lines[6:])), create_parent="div")
    for number, (level, _) in enumerate(items, 1):
        (item,) = [li for li in root.iter("li") if f"punt {number} " in (li.text or "")]
        assert len(item.xpath("ancestor::li")) == level - 1, (number, lines[8:])


# Markdown typed in the data file: the tiles and the self-scan show it as written. Named in
# the data file, never on the page that shows it (the self-scan page has its own '**'), and
# the advice gives back the line without the marks.

DATA_LINES = (DOCS / "_data" / "blokken.yml").read_text(encoding="utf-8").split("\n")
POINT_LINES = [n for n, line in enumerate(DATA_LINES, 1) if re.match(r"^\s+tekst: \w+ \w+", line)]
SCAN_PAGE = (DOCS / "zelfscan.md").read_text(encoding="utf-8")


@settings(max_examples=40, derandomize=True, database=None, deadline=None)
@given(
    number=st.sampled_from(POINT_LINES),
    mark=st.sampled_from(
        [
            "**{}**",
            "*{}*",
            "__{}__",
            "~~{}~~",
            "[{}](https://www.nhg.org/)",
            "{} <!-- nog nakijken -->",
            "{}<!--TODO-->",
            "<b>{}</b>",  # HTML: the texts are escaped, so the tags show
            "<strong>{}</strong>",
            '<span style="color:red">{}</span>',
            "{}<br>",
            "{}<br/>",
        ]
    ),
    at=st.integers(min_value=0),
)
def test_markdown_in_the_data_file_is_named_there_with_the_plain_line(number, mark, at):
    head, text = re.match(r"^(\s+tekst: )(.*)$", DATA_LINES[number - 1]).groups()
    words = text.split(" ")
    index = at % len(words)
    typed = " ".join([*words[:index], mark.format(words[index]), *words[index + 1 :]])
    lines = list(DATA_LINES)
    lines[number - 1] = head + typed
    data = Origin("docs/_data/blokken.yml", lines)
    source = Source("docs/zelfscan.md", "zelfscan.md", SCAN_PAGE)
    # (escaped, as the templates write the data file's texts: '| e')
    escaped = html.escape(typed)
    shown = f"<h1>Zelfscan</h1><fieldset><legend><span>K01</span> {escaped}</legend></fieldset>"
    findings = [  # (the page's own words are not in this test's HTML: their loss is no case)
        item
        for item in check_rendered(shown, source, [data], True)
        if item.rule != "verloren-tekst"
    ]
    assert findings, typed
    assert {(item.file, item.line) for item in findings} == {("docs/_data/blokken.yml", number)}
    assert all(item.corrected == DATA_LINES[number - 1] for item in findings), findings


AMPERSAND_LINES = [n for n in POINT_LINES if " & " in DATA_LINES[n - 1]]


@settings(max_examples=20, derandomize=True, database=None, deadline=None)
@given(
    number=st.sampled_from(AMPERSAND_LINES), entity=st.sampled_from(["&amp;", "&#38;", "&#x26;"])
)
def test_an_html_entity_in_the_data_file_is_named_there_with_the_character(number, entity):
    typed = DATA_LINES[number - 1].replace(" & ", f" {entity} ")
    lines = [*DATA_LINES[: number - 1], typed, *DATA_LINES[number:]]
    text = typed.split("tekst: ", 1)[1]
    legend = f"<legend><span>K01</span> {html.escape(text)}</legend>"
    shown = f"<h1>Zelfscan</h1><fieldset>{legend}</fieldset>"
    source = Source("docs/zelfscan.md", "zelfscan.md", SCAN_PAGE)
    data = Origin("docs/_data/blokken.yml", lines)
    findings = [
        item
        for item in check_rendered(shown, source, [data], True)
        if item.rule != "verloren-tekst"
    ]
    # the oracle: the line as it was, with the character itself
    assert [(item.file, item.line, item.corrected) for item in findings] == [
        ("docs/_data/blokken.yml", number, DATA_LINES[number - 1])
    ]


def test_a_tag_written_as_text_on_a_page_itself_is_meant():
    body = "Schrijf &lt;b&gt; en &amp;amp; zoals hier.\n"
    html_text = markdown.markdown(body)
    assert "&lt;b&gt;" in html_text  # the oracle: the reader sees '<b>' as text
    assert findings(body, html_text) == []


@settings(max_examples=30, derandomize=True, database=None, deadline=None)
@given(
    attributes=st.sampled_from(
        ['{ width="300" }', "{: width=300 }", '{ .klein width="50%" }', "{ loading=lazy }"]
    )
)
def test_an_attribute_list_that_sizes_an_image_loses_no_words(attributes):
    body = f"Het schema:\n\n![Schema van het zorgpad](schema.png){attributes}\n"
    html = markdown.markdown(body, extensions=["attr_list"])
    assert "{" not in html  # the oracle: Python-Markdown read it as attributes
    assert findings(body, html) == []


# A word broken over two lines after a hyphen, as text copied from a PDF is: the reader sees
# 'samen- werking'. The test breaks a word of a real page's sentence itself, so it knows the
# line; a hyphen before 'en' or 'of' ('knie-' / 'en heupartrose') is Dutch and meant.

SENTENCES = [
    line
    for path in sorted((DOCS / "blokken").glob("*.md"))
    for line in path.read_text(encoding="utf-8").split("\n")
    if re.match(r"[A-Z][a-z]", line) and len(line) > 60 and "[" not in line
]


@settings(max_examples=60, derandomize=True, database=None, deadline=None)
@given(
    sentence=st.sampled_from(SENTENCES),
    word_at=st.integers(min_value=0),
    cut_at=st.integers(min_value=0),
    in_list=st.booleans(),
)
def test_a_word_broken_over_two_lines_is_named_at_the_line_of_its_first_part(
    sentence, word_at, cut_at, in_list
):
    words = sentence.split(" ")
    long_words = [n for n, word in enumerate(words) if re.fullmatch(r"[^\W\d_]{6,}", word)]
    if not long_words:
        return
    index = long_words[word_at % len(long_words)]
    word = words[index]
    cut = 2 + cut_at % (len(word) - 4)  # two letters at least on either side
    head, tail = word[:cut], word[cut:]
    first = " ".join([*words[:index], f"{head}-"])
    second = " ".join([tail, *words[index + 1 :]])
    prefix, indent = ("- ", "  ") if in_list else ("", "")
    body = f"{prefix}{first}\n{indent}{second}\n"
    rendered = markdown.markdown(body)
    assert f"{head}-\n" in rendered  # the oracle: the line break is kept, a space to readers
    assert findings(body, rendered) == [(7, "woord-afgebroken")]


def test_a_hyphen_before_and_or_or_is_meant():
    body = "Samenwerking rond knie-\nen heupartrose, en rond heup-\nof knieklachten.\n"
    assert findings(body, markdown.markdown(body)) == []


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("De patiënt zegt: 'de zorg [...] is beter'.", []),  # words left out of a quote
        ("De patiënt zegt: 'de zorg […] is beter'.", []),
        ("Het rapport schrijft 'artrosse' [sic].", []),
        ("Zie [tekst] [nhg-home] hier.", [(7, "verwijzing")]),  # still a broken reference
        ("Een haak ] te veel.", [(7, "haak")]),
    ],
)
def test_brackets_of_writing_are_text_and_other_brackets_are_named(written, expected):
    assert findings(written + "\n", markdown.markdown(written)) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (":::note\nLet op de planning.\n:::", [(7, "kader")]),  # Docusaurus, VitePress
        ("::: tip Tip\nLet op de planning.\n:::", [(7, "kader")]),  # Pandoc
        ("Start om 10:00:00 uur.", []),
    ],
)
def test_a_box_written_as_other_sites_write_it_is_named(written, expected):
    rendered = markdown.markdown(written)
    assert ":::" in rendered or ":00" in rendered  # the oracle: shown as text
    assert findings(written + "\n", rendered) == expected


@settings(max_examples=30, derandomize=True, database=None, deadline=None)
@given(
    kind=st.sampled_from(["NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"]),  # GitHub's five
    case=st.sampled_from([str.upper, str.lower, str.title]),
    words=st.lists(st.sampled_from(["Let", "op", "de", "planning", "huisarts"]), min_size=1),
)
def test_a_github_alert_loses_no_words(kind, case, words):
    """The alert's kind ('[!NOTE]') becomes the box's Dutch title: not a word the page lost."""
    body = f"> [!{case(kind)}]\n> {' '.join(words)}.\n"
    rendered = markdown.markdown(
        body, extensions=["toolkit.github_markdown:GitHubAlerts", "admonition"]
    )
    assert 'class="admonition' in rendered  # the oracle: the site shows a box
    assert findings(body, rendered) == []


@settings(max_examples=40, derandomize=True, database=None, deadline=None)
@given(
    items=st.lists(
        st.sampled_from(["Eerst de huisarts", "Dan de fysio", "Zorg voor inzicht"]),
        min_size=2,
        max_size=4,
    ),
    slip=st.integers(min_value=0),
    numbered=st.booleans(),
)
def test_a_list_mark_without_its_space_is_named_at_its_own_line(items, slip, numbered):
    """'-Punt' (or '1.Punt' twice): Markdown reads no list item, and joins the line to the
    one above. The test takes the space away itself, so it knows the line."""
    at = 1 + slip % (len(items) - 1) if not numbered else slip % len(items)
    marks = [f"{n}." if numbered else "-" for n in range(1, len(items) + 1)]
    lines = [f"{mark} {text}" for mark, text in zip(marks, items, strict=True)]
    if numbered:  # (one numbered line without its space is a sentence; all of them are not)
        lines = [f"{mark}{text}" for mark, text in zip(marks, items, strict=True)]
    else:
        lines[at] = f"-{items[at]}"
    body = "\n".join(lines) + "\n"
    rendered = markdown.markdown(body)
    assert "-" + items[at] in rendered or f"{marks[0]}{items[0]}" in rendered  # the oracle
    found = findings(body, rendered)
    assert found == [(7 if numbered else 7 + at, "opsomming")], found


@settings(max_examples=40, derandomize=True, database=None, deadline=None)
@given(
    count=st.integers(min_value=2, max_value=4),
    slip=st.integers(min_value=0),
    key=st.sampled_from(['"', "'", "`", ".", ",", ";", "“", "=", "/"]),
    gap=st.sampled_from(["", " "]),
)
def test_a_key_typed_before_a_list_mark_is_named_at_its_line(count, slip, key, gap):
    """'"- punt': the item is no item; Markdown joins it to the one above, mark and all."""
    at = 1 + slip % (count - 1)
    lines = [f"- punt nummer {n}" for n in range(count)]
    lines[at] = f"{key}{gap}{lines[at]}"
    body = "\n".join(lines) + "\n"
    rendered = markdown.markdown(body)
    assert rendered.count("<li>") == count - 1  # the oracle: one item fewer
    assert findings(body, rendered) == [(7 + at, "opsomming")]


@settings(max_examples=40, derandomize=True, database=None, deadline=None)
@given(
    heading=st.booleans(),
    anchor=st.from_regex(r"[a-z]{3,8}(-[a-z]{3,8}){0,2}", fullmatch=True),
    spaces=st.sampled_from([" ", "  "]),  # as the site's pages write it: '{ #adres }'
)
def test_an_attribute_list_left_open_is_named_and_closing_it_gives_the_address(
    heading, anchor, spaces
):
    """'{ #adres' without '}' (a brace deleted): the reader sees the characters, and links to
    the address find nothing. The site's Markdown is the oracle: after the fix the page has
    an element with that address, and no braces in its text."""
    from editor_helpers import site_markdown

    # after a heading on its line; under a paragraph on a line of its own (as the home page)
    text = "## Tussenkop over de regio " if heading else "Een alinea over de regio.\n"
    line = f"{text}{{{spaces}#{anchor}"
    number = 7 + line.count("\n")
    converter = site_markdown()
    converter.reset()
    shown = converter.convert(line)
    assert "{" in "".join(parse_fragment(shown).itertext())  # the slip: braces as text
    source = Source("docs/blokken/test.md", "blokken/test.md", HEAD + line)
    found = check_rendered("<h1>Titel</h1>" + shown, source)  # (the heading of HEAD)
    assert [(item.line, item.rule) for item in found] == [(number, "attributen-open")]
    lines = line.split("\n")
    lines[-1] = found[0].corrected  # the advice, followed literally
    converter.reset()
    fixed = converter.convert("\n".join(lines))
    root = parse_fragment(fixed)
    assert root.xpath(f".//*[@id='{anchor}']") and "{" not in "".join(root.itertext())
