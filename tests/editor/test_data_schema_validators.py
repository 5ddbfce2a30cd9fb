"""The data file's schema has two readers: fastjsonschema says in a build whether the data
passes (it is fast), jsonschema says why not (it explains). A data file fastjsonschema passes
is never checked again, so the two must agree on every data file an editor can make. The
oracle is jsonschema, another implementation than the one under test; the edits are the
test's own: a value of another kind, a field deleted, added or renamed, an id or a page
written otherwise, a list emptied or doubled."""

from __future__ import annotations

import copy
import datetime as dt
import json

import fastjsonschema
import jsonschema
import yaml
from editor_helpers import DOCS
from hypothesis import given, settings
from hypothesis import strategies as st

SCHEMA = json.loads((DOCS / "_data/blokken.schema.json").read_text(encoding="utf-8"))
DATA = yaml.safe_load((DOCS / "_data/blokken.yml").read_text(encoding="utf-8"))

# What a YAML value can become when an editor types it (YAML reads 'ja' as text, '12:30' as
# text, '2026-01-01' as a date, '1.0' as a number, '~' as nothing).
VALUES = st.one_of(
    st.sampled_from(
        [None, True, False, 0, 1, 7, -1, 1.0, 2.5, "", " ", "x", dt.date(2026, 1, 1), [], {}]
    ),
    st.sampled_from(
        [
            "k01-ok",
            "k1-kort",
            "K01-hoofdletter",
            "k01-",
            "k01-" + "a" * 50,
            "k01-x\n",
            "blokken/zorgpaden.md",
            "blokken/Zorgpaden.md",
            "blokken/zorgpaden",
            "zorg paden",
            "zorgpaden-",
            "a-b",
            "1",
        ]
    ),
    st.lists(st.sampled_from(["k99-weg", "k99-weg", 5, None]), max_size=3),
)
FIELD_NAMES = st.sampled_from(
    ["id", "titel", "kernpunten", "pagina", "volgorde", "tekst", "subpunten", "Id", "extra"]
)


def _containers(data: object, path: tuple = ()):
    """Every mapping and list in the data, with its path."""
    if isinstance(data, dict):
        yield path, data
        for key, value in data.items():
            yield from _containers(value, (*path, key))
    elif isinstance(data, list):
        yield path, data
        for index, value in enumerate(data):
            yield from _containers(value, (*path, index))


@st.composite
def edited_data(draw) -> object:
    data = copy.deepcopy(DATA)
    for _ in range(draw(st.integers(1, 3))):
        places = list(_containers(data))
        _, place = draw(st.sampled_from(places))
        action = draw(st.sampled_from(["set", "delete", "add", "rename", "empty", "double"]))
        if isinstance(place, dict) and place:
            key = draw(st.sampled_from(sorted(place, key=str)))
            if action == "set":
                place[key] = draw(VALUES)
            elif action == "delete":
                del place[key]
            elif action in ("add", "rename"):
                value = place.pop(key) if action == "rename" else draw(VALUES)
                place[draw(FIELD_NAMES)] = value
            elif action == "empty":
                place.clear()
        elif isinstance(place, list):
            if action == "empty":
                place.clear()
            elif action == "double" and place:
                place.append(copy.deepcopy(place[0]))
            elif action == "set" and place:
                place[draw(st.integers(0, len(place) - 1))] = draw(VALUES)
            elif action == "add":
                place.append(draw(VALUES))
    return data


def fast_passes(data: object) -> bool:
    try:
        fastjsonschema.compile(SCHEMA)(data)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


def test_the_data_file_as_it_is_passes_both():
    assert fast_passes(DATA)
    assert jsonschema.Draft202012Validator(SCHEMA).is_valid(DATA)


@settings(max_examples=400, derandomize=True, database=None, deadline=None)
@given(edited_data())
def test_both_readers_of_the_schema_agree_on_every_edit(data):
    assert fast_passes(data) == jsonschema.Draft202012Validator(SCHEMA).is_valid(data), data
