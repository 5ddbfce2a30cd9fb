"""Property: every file mkdocs.yml makes each page load (extra_css, extra_javascript, the
theme's logo and favicon) is a file of docs/ that exists, or the line that names it says
why not: another site's address (a request from every reader's browser, which the privacy
statement rules out) or a path with no file. The test writes the entries itself, so it knows
which are fine and on which line each stands; it asks nothing of the check for that.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from project import ROOT
from toolkit.config_checks import check_loaded_files

CONFIG_TEXT = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
FILES = {
    str(path.relative_to(ROOT / "docs"))
    for path in (ROOT / "docs").rglob("*")
    if path.is_file() and "_data" not in path.parts
}
ASSETS = sorted(name for name in FILES if name.startswith("assets/"))
SETTINGS = settings(max_examples=60, derandomize=True, database=None, deadline=None)

existing = st.sampled_from(ASSETS)
another_site = st.builds(
    lambda scheme, host, name: f"{scheme}{host}/{name}",
    st.sampled_from(["https://", "http://", "//", "HTTPS://"]),
    st.sampled_from(["unpkg.com", "fonts.googleapis.com", "cdn.jsdelivr.net", "www.nov.nl"]),
    st.sampled_from(["mermaid.min.js", "css2?family=Roboto", "logo.png"]),
)
# a path that is not there: a letter dropped, a folder another, a new name
missing = st.one_of(
    existing.map(lambda name: name[:-1]),
    existing.map(lambda name: name.replace("assets/", "asset/", 1)),
    st.from_regex(r"assets/[a-z]{3,8}/[a-z]{3,8}\.(js|css|png)", fullmatch=True),
).filter(lambda name: name not in FILES)
entry = st.one_of(
    existing.map(lambda name: (name, "goed")),
    another_site.map(lambda name: (name, "config-andere-site")),
    missing.map(lambda name: (name, "config-bestand-weg")),
)


def with_section(key: str, entries: list[str]) -> tuple[str, int]:
    """mkdocs.yml with `key:` and its items replacing the project's own (the line of the
    first item)."""
    lines = [line for line in CONFIG_TEXT.split("\n")]
    if f"{key}:" in lines:  # drop the project's section (key, comments and items)
        start = lines.index(f"{key}:")
        end = start + 1
        while end < len(lines) and lines[end].startswith("  "):
            end += 1
        del lines[start:end]
    at = lines.index("validation:")
    lines[at:at] = [f"{key}:", *(f"  - {item}" for item in entries)]
    return "\n".join(lines), at + 2


@SETTINGS
@given(
    key=st.sampled_from(["extra_css", "extra_javascript"]),
    entries=st.lists(entry, min_size=1, max_size=5),
)
def test_each_file_a_page_loads_is_ours_and_there_or_named_at_its_line(key, entries):
    text, first = with_section(key, [name for name, _ in entries])
    expected = sorted(
        (first + index, rule) for index, (_, rule) in enumerate(entries) if rule != "goed"
    )
    found = check_loaded_files(text, FILES)
    assert sorted((item.line, item.rule) for item in found) == expected
    for item in found:
        assert entries[item.line - first][0] in item.message


@SETTINGS
@given(setting=st.sampled_from(["logo", "favicon"]), value=entry)
def test_the_theme_logo_and_favicon_are_ours_and_there(setting, value):
    name, rule = value
    lines = CONFIG_TEXT.split("\n")
    at = lines.index("  custom_dir: overrides") + 1
    lines.insert(at, f"  {setting}: {name}")
    found = check_loaded_files("\n".join(lines), FILES)
    assert [(item.line, item.rule) for item in found] == (
        [] if rule == "goed" else [(at + 1, rule)]
    )


def test_a_mistyped_stylesheet_is_named_once_at_its_own_line():
    """The typo makes the project's stylesheet unloaded too: one message, at the typo."""
    from toolkit.config_checks import check_stylesheets

    css = "assets/stylesheets/toolkit.css"
    text = CONFIG_TEXT.replace(f"  - {css}", f"  - {css[:-1]}")
    assert check_stylesheets(text, {css}) == []
    (found,) = check_loaded_files(text, FILES)
    line = text.split("\n").index(f"  - {css[:-1]}") + 1
    assert (found.line, found.rule) == (line, "config-bestand-weg")
    assert f"Bedoel je '{css}'?" in found.message
