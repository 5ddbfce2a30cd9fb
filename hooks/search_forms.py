"""MkDocs hook: index every word also by its search key, so search forgives diacritics,
singular and plural ("patientinformatie", "huisartsen", "afspraak").

Why: a clinician on a phone types "ziekenhuizen" where the page says "ziekenhuis". Before the
search plugin writes search_index.json, this hook gives each indexed section two extra
fields with the keys of its title and text words (toolkit/search_forms.py); the browser
turns the typed words into the same keys (overrides/partials/search-forms.html).
"""

from __future__ import annotations

from pathlib import Path

import material
from mkdocs.plugins import event_priority

from toolkit.search_forms import forms_of, lunr_stop_words

FIELDS = {"title": "title_forms", "text": "forms"}
BOOST = {"title_forms": 1e3, "forms": 1.0}  # as Material's own title and text fields
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
        for field, forms_field in FIELDS.items():
            forms = forms_of(entry.get(field, ""), separator, stop_words)
            if forms:
                entry[forms_field] = forms
    index.config["fields"] = {
        **index.config["fields"],
        **{name: {"boost": boost} for name, boost in BOOST.items()},
    }
