"""Property: a file in docs/ that nothing links to is named (everything in docs/ is public,
so a spreadsheet uploaded there by mistake can be downloaded by anyone), and a file that a
page, stylesheet, script, template or mkdocs.yml names is not, however the link writes its
name (as is, with '%20' for a space). The test writes the links, so it knows which are linked.
"""

from __future__ import annotations

from urllib.parse import quote

from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.unlinked_files import check_unlinked_files

word = st.from_regex(r"[A-Za-z][a-z0-9]{1,7}", fullmatch=True)
file_name = st.builds(
    lambda words, ext: " ".join(words) + ext,
    st.lists(word, min_size=1, max_size=3),
    st.sampled_from([".xlsx", ".csv", ".pdf", ".docx", ".png"]),
)
folder = st.sampled_from(["", "assets/", "blokken/", "assets/downloads/"])


@settings(max_examples=80, derandomize=True, database=None, deadline=None)
@given(
    files=st.dictionaries(
        st.builds(lambda where, name: where + name, folder, file_name),
        st.sampled_from(["niet", "md", "md-encoded", "html", "css"]),
        min_size=1,
        max_size=6,
    )
)
def test_only_a_file_nothing_links_to_is_named(files):
    texts = []
    for uri, how in files.items():
        name = uri.rsplit("/", 1)[-1]
        if how == "md":
            texts.append(f"Zie [de download](../{uri}).")
        elif how == "md-encoded":
            texts.append(f"Zie [de download](../{quote(uri)}).")
        elif how == "html":
            texts.append(f'<a href="{quote(uri)}">download</a>')
        elif how == "css":
            texts.append(f"body {{ background: url('../{name}'); }}")
    found = check_unlinked_files(files, texts)
    unlinked = {uri for uri, how in files.items() if how == "niet"}
    # a file whose name another linked file's name contains is found through that link
    linked_names = " ".join(uri.rsplit("/", 1)[-1] for uri in files if uri not in unlinked)
    expected = {uri for uri in unlinked if uri.rsplit("/", 1)[-1] not in linked_names}
    assert {item.file for item in found} == {f"docs/{uri}" for uri in expected}
    assert all(item.line is None and item.rule == "bestand-los" for item in found)


def test_files_found_by_their_name_alone_are_not_named():
    assert check_unlinked_files(["CNAME", "robots.txt", ".well-known/security.txt"], []) == []
