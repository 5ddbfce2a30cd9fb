"""What GitHub's preview shows, the site shows (issue 16, part 7).

Editors check a change in the Preview tab of GitHub's web editor, which renders
GitHub-flavoured Markdown (GFM). The oracle here is GitHub's own parser, cmark-gfm (the
`cmarkgfm` bindings), not the code under test: each construct is rendered by it and by the
site (a tiny site built with the project's mkdocs.yml, theme and Markdown extensions), and
both must have the same structure (kinds of elements, their key attributes) and the same
text, with no Markdown syntax left as text. GitHub adds two things after cmark-gfm, which
the oracle adds too: alerts (`> [!NOTE]` becomes a box) and emoji shortcodes.

Where the site cannot render the same, toolkit.github_preview names the line in Dutch, and
its fix, followed literally, makes the two the same.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import cmarkgfm
import pytest
from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from cmarkgfm.cmark import Options
from dutch import assert_dutch
from editor_helpers import ROOT, build_env, copy_project, site_markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.content_checks import Source
from toolkit.github_preview import github_preview_findings, parsed_findings
from toolkit.rendered_checks import check_rendered

ALERT_TITLES = {
    "NOTE": "Opmerking",
    "TIP": "Tip",
    "IMPORTANT": "Belangrijk",
    "WARNING": "Waarschuwing",
    "CAUTION": "Let op",
}
# The kind of box Material styles for each GitHub alert (CAUTION is Material's "danger").
ALERT_BOXES = {"NOTE": "note", "TIP": "tip", "IMPORTANT": "important", "WARNING": "warning",
               "CAUTION": "danger"}  # fmt: skip
# GitHub's shortcodes (gemoji) used below, as GitHub shows them.
EMOJI = {":smile:": "😄", ":+1:": "👍", ":warning:": "⚠️", ":white_check_mark:": "✅"}

# Each construct of GitHub's "Basic writing and formatting syntax", as an editor writes it.
SAME = {
    "koppen": "## Tussenkop\n\n### Kleinere kop\n\nTekst onder de kop.",
    "setext-kop": "Tussenkop\n---------\n\nTekst.",
    "geen-kop-zonder-spatie": "#Geen kop\n\nTekst.",
    "vet-cursief": "**vet** en *cursief* en _ook cursief_ en ***beide*** en __vet__.",
    "vet-in-woord": "snake_case_woord en __init__ en on*der*streept.",
    "doorhalen": "Dit is ~~oud~~ nieuw, en ~5 minuten blijft tekst.",
    "sub-sup": "H<sub>2</sub>O en x<sup>2</sup>.",
    "citaat": "> Een citaat\n> over twee regels.\n\nTekst.",
    "citaat-onder-tekst": "Tekst\n> citaat direct eronder.",
    "inline-code": "Gebruik `~~geen~~ **opmaak** [x]` in code.",
    "codeblok": "```\n~~geen~~ **opmaak** https://www.nov.nl\n```",
    "codeblok-taal": "```python\nprint('hallo')\n```",
    "relatieve-link": "Zie [de privacyverklaring](over/privacy.md) en [kop](#tussenkop).",
    "afbeelding": "![Het logo van de NOV](assets/logo.png)",
    "opsomming": "- een\n- twee\n    - twee a\n    - twee b\n- drie",
    "sterretjes": "* een\n* twee",
    "genummerd": "1. een\n2. twee\n3. drie",
    "genummerd-vanaf-3": "3. drie\n4. vier",
    "genummerd-haakje": "1) een\n2) twee",
    "genummerd-en-opsomming": "1. een\n2. twee\n- los punt",
    "takenlijst": "- [ ] open taak\n- [x] klaar\n- [X] ook klaar",
    "emoji": "Goed :smile: en :+1: en :warning: en :white_check_mark:",
    "voetnoot": "Een bewering[^1] en nog een[^bron].\n\n[^1]: De eerste noot.\n[^bron]: De bron.",
    "opmerking-verborgen": "Zichtbaar <!-- verborgen voor de lezer --> tekst.\n\n"
    "<!-- url-ontbreekt -->",
    "escapes": "Geen \\*sterretjes\\*, geen \\_liggend streepje\\_, \\# geen kop, \\< en \\@ "
    "en \\~ en \\| en \\[haak\\].",
    "tabel": "| Wie | Wat |\n| --- | --- |\n| huisarts | verwijst |\n| fysio | behandelt |",
    "tabel-uitlijning": "| links | midden | rechts |\n|:---|:---:|---:|\n| a | b | c |",
    "tabel-zonder-randen": "Wie | Wat\n--- | ---\nhuisarts | verwijst",
    "tabel-pipe": "| teken | betekenis |\n| --- | --- |\n| a \\| b | of |",
    "details-markdown": "<details markdown>\n<summary>Meer lezen</summary>\n\n"
    "Tekst met **vet**.\n\n</details>",
    "div-markdown": "<div markdown>\n\n*cursief* in een blok.\n\n</div>",
    "html-inline": "Tekst met <kbd>Ctrl</kbd> en <abbr title='x'>y</abbr>.",
    "regeleinde-spaties": "regel een  \nregel twee",
    "regeleinde-backslash": "regel een\\\nregel twee",
    "regeleinde-br": "regel een<br>regel twee",
    "los-webadres": "Zie https://www.nov.nl/pagina?a=1. voor meer.",
    "www-adres": "Zie www.nov.nl voor meer.",
    "e-mail": "Mail naar info@nov.nl of secretariaat@orthopeden.org.",
    "autolink": "Zie <https://www.nov.nl>.",
    "horizontale-lijn": "Tekst\n\n***\n\nMeer tekst.",
    "kop-onder-tekst": "Tekst\n## Kop direct eronder",
    **{
        f"alert-{kind.lower()}": f"> [!{kind}]\n> Let op **dit**.\n> Tweede regel."
        for kind in ALERT_TITLES
    },
}

# What the site cannot render the same: (source, rule, line, the source with the fix).
EXPLAINED = {
    "div-zonder-markdown": (
        "Tekst.\n\n<div>\n\n*cursief* en **vet**\n\n</div>",
        "html-markdown",
        3,
        "Tekst.\n\n<div markdown>\n\n*cursief* en **vet**\n\n</div>",
    ),
    "details-zonder-markdown": (
        "<details>\n<summary>Meer</summary>\n\n- een\n- twee\n\n</details>",
        "html-markdown",
        1,
        "<details markdown>\n<summary>Meer</summary>\n\n- een\n- twee\n\n</details>",
    ),
    "enkele-tilde": (
        "Dit is ~oud~ nieuw.",
        "enkele-tilde",
        1,
        "Dit is ~~oud~~ nieuw.",
    ),
    "citaten": (
        "> Eerste citaat.\n\n> Tweede citaat.",
        "citaten",
        3,
        "> Eerste citaat.\n\n<!-- -->\n\n> Tweede citaat.",
    ),
    "lijstteken": (
        "- een\n- twee\n\n* drie",
        "lijstteken",
        4,
        "- een\n- twee\n\n- drie",
    ),
    "lijstteken-boven": (
        "Tekst.\n\n+ 3 huisartsen\n\n- een\n- twee",
        "lijstteken-boven",
        3,
        "Tekst.\n\n- 3 huisartsen\n\n- een\n- twee",
    ),
    "backslash": (
        "Tekst.\n\nHet pad C:\\Users\\toolkit.",
        "backslash",
        3,
        "Tekst.\n\nHet pad C:\\\\Users\\\\toolkit.",
    ),
}


# A 1x1 image, for the image construct
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)


# The two renderers


def gfm_html(source: str) -> str:
    """GitHub's rendering: cmark-gfm with GitHub's extensions, footnotes and raw HTML, then
    what GitHub does after cmark-gfm (alerts, emoji)."""
    html = cmarkgfm.github_flavored_markdown_to_html(
        source, options=Options.CMARK_OPT_UNSAFE | Options.CMARK_OPT_FOOTNOTES
    )
    soup = BeautifulSoup(html, "lxml")
    for quote in soup.find_all("blockquote"):
        first = quote.find("p")
        match = first and re.match(r"\[!(\w+)\]\s*", first.get_text())
        kind = match[1].upper() if match else ""
        if kind in ALERT_TITLES:  # GitHub reads [!note] as [!NOTE]
            quote.name = "div"
            quote["class"] = ["admonition", ALERT_BOXES[kind]]
            text = first.contents[0]
            text.replace_with(NavigableString(str(text).replace(match[0].rstrip(), "", 1)))
            title = soup.new_tag("p", attrs={"class": "admonition-title"})
            title.string = ALERT_TITLES[kind]
            quote.insert(0, title)
    for node in soup.find_all(string=True):
        if isinstance(node, NavigableString) and not node.find_parent(["code", "pre"]):
            text = str(node)
            for code, char in EMOJI.items():
                text = text.replace(code, char)
            if text != str(node):
                node.replace_with(text)
    return str(soup.body or soup)


# What a reader gets: element kinds with their key attributes, and the text


def shape(html: str) -> list[str]:
    """The structure a reader meets, in document order; wrappers that only differ in markup
    (a <p> in a list item, a label around a checkbox, Material's heading links) left out."""
    soup = BeautifulSoup(html, "lxml")
    for extra in soup.select("a.headerlink, a.footnote-backref, .footnote > hr"):
        extra.decompose()
    kinds = []
    for element in soup.find_all(True):
        kind = _kind(element)
        if kind:
            kinds.append(kind)
    return kinds


def _kind(element: Tag) -> str | None:
    name = element.name
    classes = element.get("class") or []
    if name == "div" and "admonition" in classes:
        return "kader:" + next(c for c in classes if c != "admonition")
    if name == "p" and "admonition-title" in classes:
        return "kader-titel"
    if name in ("section", "div") and ({"footnotes", "footnote"} & set(classes)):
        return "voetnoten"
    if name == "sup" and element.find("a", href=re.compile("^#fn")):
        return "voetnoot"
    if name == "a":
        href = element.get("href", "")
        if href.startswith("#fn"):
            return None
        if href.startswith("mailto:"):
            return "a:mailto"
        if re.match(r"[a-z]+:|//", href):
            return "a:" + href
        # a page of the site: GitHub links the .md file, the site its address
        return "a:intern:" + re.sub(r"(?:\.md|/)$", "", href.split("#")[0]).split("/")[-1]
    if name == "input":
        return "vinkje:" + ("aan" if element.has_attr("checked") else "uit")
    if name == "ol":
        return f"ol:{element.get('start', '1')}"
    if name in ("th", "td"):
        style = element.get("style", "") + " " + element.get("align", "")
        align = re.search(r"left|center|right", style)
        return f"{name}:{align.group(0) if align else ''}"
    if name in ("div", "span", "label", "body", "html", "article", "thead", "tbody", "tr"):
        return None  # wrappers (Material's highlight div, the checkbox label)
    if name == "p" and element.parent and element.parent.name == "li":
        return None  # a "loose" list item: the same list to a reader
    if name == "code" and element.parent and element.parent.name == "pre":
        return None
    return name


def reader_text(html: str) -> str:
    soup = BeautifulSoup(html, "lxml")
    for extra in soup.select("a.headerlink, a.footnote-backref, sup a[href^='#fn']"):
        extra.decompose()
    for comment in soup.find_all(string=lambda node: isinstance(node, Comment)):
        comment.extract()
    for pre in soup.find_all("pre"):  # highlighted code: one string, as shown
        pre.string = pre.get_text()
    return " ".join(soup.get_text(" ").split())


LEFTOVER_SYNTAX = re.compile(r"~~|\*\*|\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]|\[[ xX]\] |"
                             r"\[\^|:[a-z_+]+:|\|\s*-{3}")  # fmt: skip


def leftover_syntax(html: str) -> list[str]:
    """Markdown syntax shown as text, outside code."""
    soup = BeautifulSoup(html, "lxml")
    found = []
    for node in soup.find_all(string=True):
        if isinstance(node, Comment) or node.find_parent(["code", "pre"]):
            continue
        found += LEFTOVER_SYNTAX.findall(str(node))
    return found


# One tiny site with every construct, built once


@pytest.fixture(scope="module")
def gfm_site(tmp_path_factory) -> Path:
    """The project's mkdocs.yml (theme, extensions), one page per construct, built strictly.
    The project's hooks and plugins are left out: they check content rules (a bare address
    belongs in the catalogue), which tests/editor/test_editor_*.py cover."""
    project = copy_project(tmp_path_factory.mktemp("gfm") / "project")
    pages = project / "gfm-docs"
    shutil.copytree(project / "docs" / "assets", pages / "assets")
    (pages / "assets" / "logo.png").write_bytes(PNG)
    (pages / "over").mkdir()
    (pages / "over" / "privacy.md").write_text("# Privacy\n", encoding="utf-8")
    everything = {**SAME, **{name: case[0] for name, case in EXPLAINED.items()}}
    everything |= {f"{name}-opgelost": case[3] for name, case in EXPLAINED.items()}
    for name, source in everything.items():
        (pages / f"{name}.md").write_text(source + "\n", encoding="utf-8")
    (pages / "index.md").write_text("# GFM\n", encoding="utf-8")
    (project / "gfm.yml").write_text(
        "INHERIT: mkdocs.yml\ndocs_dir: gfm-docs\nhooks: []\nplugins: [search]\n"
        "nav: [index.md]\nvalidation: {omitted_files: info, anchors: info}\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", "gfm.yml", "-d", "out"],
        cwd=project,
        env=build_env(project),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return project / "out"


def site_html(site: Path, name: str) -> str:
    soup = BeautifulSoup((site / name / "index.html").read_text(encoding="utf-8"), "lxml")
    article = soup.select_one("article.md-content__inner")
    for extra in article.select("h1, a.md-content__button, .md-source-file"):
        extra.decompose()
    return str(article)


@pytest.mark.parametrize("name", list(SAME))
def test_the_site_shows_what_githubs_preview_shows(gfm_site, name):
    source = SAME[name]
    expected, shown = gfm_html(source), site_html(gfm_site, name)
    assert shape(shown) == shape(expected), f"{name}:\n{shown}\n--- GitHub:\n{expected}"
    assert reader_text(shown) == reader_text(expected)
    assert not leftover_syntax(shown), leftover_syntax(shown)
    assert not github_preview_findings(source), github_preview_findings(source)


# Shown alike, but on a page of this toolkit almost surely a slip, so the checks advise at the
# line: '#Kop' meant as a heading; a code block (a grey box in typewriter letters) in prose.
ADVISED = {"geen-kop-zonder-spatie": "kop", "codeblok": "code-blok", "codeblok-taal": "code-blok"}


@pytest.mark.parametrize("name", list(SAME))
def test_what_github_shows_the_same_is_no_mistake_to_the_rendered_checks(gfm_site, name):
    """A construct the site shows as GitHub does is fine: the checks on the rendered page
    (lost words, syntax left as text) must not block it (a false alarm stops an editor)."""
    source = Source(f"docs/{name}.md", f"{name}.md", SAME[name] + "\n")
    found = check_rendered(site_html(gfm_site, name), source)
    expected = [ADVISED[name]] if name in ADVISED else []
    assert [item.rule for item in found] == expected, [str(item) for item in found]


def test_alerts_are_material_boxes_with_dutch_titles(gfm_site):
    for kind, title in ALERT_TITLES.items():
        soup = BeautifulSoup(site_html(gfm_site, f"alert-{kind.lower()}"), "lxml")
        box = soup.select_one(f"div.admonition.{ALERT_BOXES[kind]}")
        assert box is not None and box.select_one("p.admonition-title").get_text() == title
        assert box.find("strong").get_text() == "dit"


def test_task_checkboxes_are_named_by_their_task(gfm_site):
    """A screen reader names each checkbox (axe: every form field has a name)."""
    soup = BeautifulSoup(site_html(gfm_site, "takenlijst"), "lxml")
    names = [box.get("aria-label") for box in soup.select("li input[type=checkbox]")]
    assert names == ["open taak", "klaar", "ook klaar"]


def test_nothing_loads_from_another_site(gfm_site):
    """Emoji are characters, not images from a CDN (the privacy statement)."""
    for name in SAME:
        soup = BeautifulSoup(site_html(gfm_site, name), "lxml")
        for element in soup.select("[src]"):
            assert not re.match(r"(?:https?:)?//", element["src"]), (name, element)


@pytest.mark.parametrize("name", list(EXPLAINED))
def test_what_renders_differently_is_explained_and_the_fix_makes_it_the_same(gfm_site, name):
    source, rule, line, fixed = EXPLAINED[name]
    shown, expected = site_html(gfm_site, name), gfm_html(source)
    assert (shape(shown), reader_text(shown)) != (shape(expected), reader_text(expected))
    findings = github_preview_findings(source)
    assert [(item.line, item.rule) for item in findings] == [(line, rule)]
    for item in findings:
        assert_dutch(f"{item.message} Oplossing: {item.fix}")
    shown = site_html(gfm_site, f"{name}-opgelost")
    assert shape(shown) == shape(gfm_html(fixed))
    assert reader_text(shown) == reader_text(gfm_html(fixed))
    assert not github_preview_findings(fixed)


def test_the_fix_names_the_tag_as_written():
    (finding,) = github_preview_findings('<div class="kader">\n\n**vet**\n\n</div>\n')
    assert finding.fix == (
        "schrijf op regel 1 '<div class=\"kader\" markdown>' in plaats van '<div class=\"kader\">'."
    )


def test_code_never_counts():
    page = (
        "---\ntitle: ~a~ C:\\x\n---\n\n# Kop\n\nTekst met `~a~ C:\\x <div>`.\n\n"
        "```\n~a~ C:\\x\n<div>\n\n**x**\n\n</div>\n```\n\n    ingesprongen ~a~ C:\\x\n"
    )
    assert github_preview_findings(page) == []


def test_box_bodies_are_read_as_on_the_site():
    page = (
        '# Kop\n\n!!! interessant "Interessant"\n\n    - Een ~oud~ voorbeeld\n\n'
        "    <div>\n\n    **vet**\n\n    </div>\n"
    )
    findings = github_preview_findings(page)
    assert [(item.line, item.rule) for item in findings] == [
        (5, "enkele-tilde"),
        (7, "html-markdown"),
    ]


# Random pages of GFM constructs: the same as GitHub's preview, or explained at a line

WORDS = st.sampled_from(["huisarts", "fysiotherapeut", "zorgpad", "regio", "artrose", "NOV"])


@st.composite
def construct(draw) -> str:
    word = draw(WORDS)
    kind = draw(st.integers(0, 23))
    if kind == 0:
        return f"## {word.capitalize()}"
    if kind == 1:
        mark = draw(st.sampled_from(["**", "*", "_", "~~", "***", "`", "~"]))
        return f"De {mark}{word}{mark} telt."
    if kind == 2:
        checks = draw(st.lists(st.sampled_from([" ", "x"]), min_size=1, max_size=3))
        return "\n".join(f"- [{check}] {word} {n}" for n, check in enumerate(checks))
    if kind == 3:
        columns = draw(st.integers(1, 3))
        align = [draw(st.sampled_from(["---", ":---", ":---:", "---:"])) for _ in range(columns)]
        return "\n".join(
            ["| " + " | ".join(f"{word}{n}" for n in range(columns)) + " |",
             "| " + " | ".join(align) + " |",
             "| " + " | ".join("x" for _ in range(columns)) + " |"]
        )  # fmt: skip
    if kind == 4:
        alert = draw(st.sampled_from(list(ALERT_TITLES)))
        return f"> [!{alert}]\n> Over de {word}."
    if kind == 5:
        start = draw(st.integers(1, 9))
        delimiter = draw(st.sampled_from([".", ")"]))
        count = draw(st.integers(1, 3))
        return "\n".join(f"{start + n}{delimiter} {word}" for n in range(count))
    if kind == 6:
        return f"- {word}\n    - sub {word}\n- {word} twee"
    if kind == 7:
        return draw(st.sampled_from(["https://www.nov.nl/x", "www.nov.nl", "info@nov.nl"]))
    if kind == 8:
        return f"Tekst :{draw(st.sampled_from(['smile', '+1', 'warning']))}: {word}."
    if kind == 9:
        ending = draw(st.sampled_from(["  ", "\\", "<br>"]))
        return f"{word}{ending}\nvolgende regel"
    if kind == 10:
        tag = draw(st.sampled_from(["div", "details", "section"]))
        attribute = draw(st.sampled_from(["", " markdown"]))
        summary = "\n<summary>Meer</summary>" if tag == "details" else ""
        return f"<{tag}{attribute}>{summary}\n\n**{word}** en *{word}*\n\n</{tag}>"
    if kind == 11:
        blank = draw(st.sampled_from(["", "\n"]))
        return f"Tekst over {word}:\n{blank}```\n~{word}~ **x**\n```"
    if kind == 12:
        return f"Pad C:\\{word} of C:\\\\{word}."
    if kind == 13:
        return f"> {word}\n> citaat"
    if kind == 14:
        return f"Tekst <sub>{word}</sub> en <sup>2</sup> en <kbd>{word}</kbd>."
    if kind == 15:
        return f"<!-- {word} -->"
    if kind == 16:
        return "***"
    if kind == 17:
        return f"Zie [{word}](over/privacy.md) en **{word} _{word}_** en `code ~a~`."
    if kind == 18:
        escaped = draw(st.sampled_from(["\\*", "\\_", "\\#", "\\<", "\\[", "\\~", "\\|"]))
        return f"Een {escaped}{word} teken."
    if kind == 19:
        return f"| **{word}** | ~~oud~~ |\n| --- | --- |\n| [x](over/privacy.md) | `a` |"
    if kind == 20:
        return f"- [ ] {word}\n    - [x] sub {word}"
    if kind == 22:
        return f"{draw(st.sampled_from(['-', '*', '+']))} {word}"
    if kind == 21:
        return f"> [!{draw(st.sampled_from(['note', 'Tip']))}]\n> {word}"
    return f"Gewone tekst over {word} en ~ongeveer 5 minuten."


@settings(
    max_examples=60,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.lists(construct(), min_size=1, max_size=6))
def test_random_pages_render_as_github_shows_or_are_explained(pieces):
    source = "\n\n".join(pieces) + "\n"
    with_notes = source + "\nMet een noot[^n].\n\n[^n]: De noot.\n"
    converter = site_markdown()
    converter.reset()
    shown = converter.convert(with_notes)
    expected = gfm_html(with_notes)
    findings = github_preview_findings(with_notes)
    same = (shape(shown), reader_text(shown)) == (shape(expected), reader_text(expected))
    # explained exactly where it differs: no message where the two agree, none missing
    assert same == (not findings), (
        f"{source}\n--- findings: {findings}\n--- site:\n{shown}\n--- GitHub:\n{expected}"
    )
    for item in findings:  # each at a line of the page, in Dutch
        assert 1 <= item.line <= with_notes.count("\n")
        assert_dutch(f"{item.message} Oplossing: {item.fix}")
    if same:
        assert not leftover_syntax(shown)


@st.composite
def html_block_to_the_end(draw) -> str:
    """An HTML block no blank line ends (the poster page's '<div>' around a macro): GitHub
    reads it to its end as HTML, as the site does."""
    tag = draw(st.sampled_from(["div", "section", "details", "DIV"]))
    inside = draw(st.sampled_from(["{{ blokken_overzicht() }}", "**vet** tekst", "<p>Tekst</p>"]))
    return f'<{tag} class="tk-poster">\n{inside}\n</{tag}>'


@settings(
    max_examples=80,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    st.lists(construct(), max_size=4),
    html_block_to_the_end(),
    st.sampled_from(["\n", "\n\n", "\n\nNog tekst.\n"]),
)
def test_a_page_the_shortcut_does_not_parse_has_nothing_to_find(pieces, block, after):
    """github_preview_findings skips the parse for a page without the marks a difference
    needs; the parse itself (parsed_findings) finds the same on every page."""
    source = "\n\n".join([*pieces, block]) + after
    assert github_preview_findings(source) == parsed_findings(source)
    assert github_preview_findings(block + after) == parsed_findings(block + after)
    for piece in pieces:  # each at the very start of a page, where no line break is before it
        assert github_preview_findings(piece) == parsed_findings(piece)


@pytest.mark.parametrize("page", ["+ een\n- twee\n", "* een\n\n- twee\n"])
def test_a_difference_on_the_first_line_is_not_skipped(page):
    assert github_preview_findings(page) == parsed_findings(page) != []


def test_contributing_names_every_message():
    """CONTRIBUTING.md's section on GitHub's preview names each message by its beginning."""
    guide = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    section = guide.split("## Wat GitHub's voorbeeldweergave laat zien")[1].split("\n## ")[0]
    for source, rule, _line, _fixed in EXPLAINED.values():
        for item in github_preview_findings(source):
            beginning = re.split(r"['\d(]", item.message)[0].strip()
            assert beginning in section, f"{rule}: {beginning!r} not in CONTRIBUTING.md"


# Explained by the content checks (toolkit.content_checks, toolkit.rendered_checks), not here:
# (source, the check that explains it, its line)
EXPLAINED_ELSEWHERE = {
    "sublijst-2-spaties": ("- een\n  - sub met 2 spaties\n- twee", "sublijst", 2),
    "lijst-onder-tekst": ("Zo gaat het:\n- een\n- twee", "lijst-witregel", 1),
    "tabel-onder-tekst": ("Zo gaat het:\n| a | b |\n| --- | --- |\n| 1 | 2 |", "tabel", 2),
}


@pytest.mark.parametrize("name", list(EXPLAINED_ELSEWHERE))
def test_what_the_content_checks_explain_renders_differently_and_is_named(name):
    from toolkit.content_checks import Source, check_lists
    from toolkit.rendered_checks import check_rendered

    body, check, line = EXPLAINED_ELSEWHERE[name]
    head = "---\nlaatst_gecontroleerd: 2026-01-01\n---\n\n# Kop\n\n"
    offset = head.count("\n")
    converter = site_markdown()
    converter.reset()
    shown = converter.convert(body)
    assert shape(shown) != shape(gfm_html(body))
    source = Source("docs/a.md", "a.md", head + body + "\n")
    findings = check_lists(source) + check_rendered(shown, source)
    assert (line + offset, check) in [(item.line, item.rule) for item in findings]
    assert not github_preview_findings(body), "one message per mistake"


# A citation or a chat's time in square brackets, as medical and meeting texts write them
CITATIONS = st.one_of(
    st.lists(st.integers(1, 120).map(str), min_size=1, max_size=3).map(
        lambda numbers: "[" + ", ".join(numbers) + "]"
    ),
    st.tuples(st.integers(1, 30), st.integers(1, 30)).map(lambda pair: f"[{pair[0]}-{pair[1]}]"),
    st.tuples(
        st.sampled_from(["Jansen", "De Vries", "Smit et al.", "Bakker en Visser"]),
        st.integers(1995, 2026),
        st.sampled_from(["", ",", "a"]),
    ).map(lambda c: f"[{c[0]}{',' if c[2] == ',' else ''} {c[1]}{'a' if c[2] == 'a' else ''}]"),
    st.tuples(st.integers(0, 23), st.integers(0, 59)).map(lambda t: f"[{t[0]}:{t[1]:02d}]"),
)


@settings(max_examples=80, derandomize=True, database=None, deadline=None)
@given(citation=CITATIONS, at_start=st.booleans())
def test_a_citation_in_brackets_is_text_as_on_github_and_no_mistake(citation, at_start):
    """GitHub's preview (cmark-gfm, the oracle) shows '[1]' or '[Jansen 2020]' as written;
    the site shows it alike, and no check calls it a broken reference or a stray bracket."""
    from toolkit.content_checks import check_links

    body = f"{citation} Uit onderzoek." if at_start else f"Uit onderzoek {citation} blijkt dit."
    assert citation in reader_text(gfm_html(body))  # GitHub: the brackets as text
    converter = site_markdown()
    converter.reset()
    shown = converter.convert(body)
    assert reader_text(shown) == reader_text(gfm_html(body))
    page = "---\nlaatst_gecontroleerd: 2026-01-01\n---\n\n# Titel\n\n" + body + "\n"
    source = Source("docs/blokken/test.md", "blokken/test.md", page)
    assert check_rendered("<h1>Titel</h1>" + shown, source) == []
    assert check_links(source, {}).findings == []
