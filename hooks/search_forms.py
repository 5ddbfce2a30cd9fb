"""MkDocs hook: index every word also by the forms its search key begins, so search forgives
diacritics, singular and plural ("patientinformatie", "huisartsen", "afspraak").

Why: a clinician on a phone types "ziekenhuizen" where the page says "ziekenhuis". Before the
search plugin writes search_index.json, this hook appends to each indexed title and text the
forms of its words that the words themselves do not begin with (toolkit/search_forms.py), in
a hidden span: Material's worker searches only the title, text and tags fields, and shows
them as HTML, so the forms are found with the field's own boost but never shown. The browser
turns the typed words into the same keys (overrides/partials/search-forms.html).
"""

from __future__ import annotations

from pathlib import Path

import material
from mkdocs.plugins import event_priority

from toolkit.search_forms import forms_of, lunr_stop_words

LUNR_NL = Path(material.__file__).parent / "templates/assets/javascripts/lunr/min/lunr.nl.min.js"


@event_priority(60)  # before search_compounds.py splits the separator, and the index is written
def on_post_build(config):
    search = config.plugins.get("material/search")
    if search is None or not search.config.enabled:
        return
    index = search.search_index
    separator = index.config["separator"]
    stop_words = lunr_stop_words(LUNR_NL.read_text(encoding="utf-8"))
    for entry in index.entries:
        for field in ("title", "text"):
            forms = forms_of(entry.get(field, ""), separator, stop_words)
            if forms:
                entry[field] = f"{entry[field]} <span hidden>{forms}</span>"
