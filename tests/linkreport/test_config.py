"""linkcheck.toml: the shipped file is valid against its schema, and every mistake an editor
can make in it stops the nightly job with a Dutch message naming the file, the line and the
fix (the thresholds themselves are exercised end to end by the nightly-run tests, which
use the shipped file with shorter waiting times: checkrun.write_config)."""

from __future__ import annotations

import dataclasses
import json
import tomllib

import jsonschema
import pytest
from checkrun import SHIPPED_CONFIG, html_site, run_check
from dutch import assert_dutch
from hypothesis import given, settings
from hypothesis import strategies as st

from linkreport import config as linkconfig

SCHEMA = json.loads(linkconfig.SCHEMA_FILE.read_text(encoding="utf-8"))
SHIPPED_TEXT = SHIPPED_CONFIG.read_text(encoding="utf-8")
SECTIONS = linkconfig._SECTIONS  # section name -> settings dataclass


def keys_in_schema(section: str) -> set[str]:
    return set(SCHEMA["properties"][section]["properties"])


def test_the_shipped_file_is_valid_and_loads():
    jsonschema.validate(tomllib.loads(SHIPPED_TEXT), SCHEMA)
    config = linkconfig.load_config(SHIPPED_CONFIG)
    assert config.ignore, "the shipped file has ignore rules, each with a reason"


@pytest.mark.parametrize("section", sorted(SECTIONS))
def test_schema_and_settings_name_the_same_keys(section):
    fields = {field.name for field in dataclasses.fields(SECTIONS[section])}
    assert keys_in_schema(section) == fields


@pytest.mark.parametrize("section", sorted(SECTIONS))
def test_every_key_is_in_the_shipped_file_with_an_explanation(section):
    """Editors change thresholds in linkcheck.toml only: each one is there, commented."""
    lines = SHIPPED_TEXT.splitlines()
    for key in keys_in_schema(section):
        line = linkconfig._line_of(SHIPPED_TEXT, [section, key])
        assert line, f"[{section}] {key} is not in linkcheck.toml"
        paragraph = []  # the lines above the key, up to a blank line
        for above in reversed(lines[: line - 1]):
            if not above.strip():
                break
            paragraph.append(above)
        assert any(row.startswith("#") for row in paragraph), f"[{section}] {key}: no comment"


def mistake(replace: str, by: str) -> str:
    assert replace in SHIPPED_TEXT
    return SHIPPED_TEXT.replace(replace, by, 1)


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def error_for(text: str, tmp_path) -> str:
    path = tmp_path / "linkcheck.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(linkconfig.ConfigError) as caught:
        linkconfig.load_config(path)
    message = str(caught.value)
    assert message.startswith(str(path)), message
    assert_dutch(message)
    return message


@pytest.mark.parametrize(
    "old, new, says",
    [
        (
            "dead_after_runs = 2",
            "dead_after_runs = 0",
            "'classify.dead_after_runs' moet minstens 1",
        ),
        ("timeout = 20", 'timeout = "20"', "'check.timeout' moet een geheel getal"),
        ("respect_robots = false", "respect_robots = nee", "TOML-opmaak"),
        ("respect_robots = false", 'respect_robots = "nee"', "moet true of false zijn"),
        ("network_down_ratio = 0.8", "network_down_ratio = 1.5", "mag hoogstens 1"),
        ("dead_status = [404, 410]", "dead_status = [404, 410, 429]", "zowel bij dead_status"),
        ("dead_status = [404, 410]", "dead_status = [404, 404]", "twee keer"),
        ("[state]", "[staat]", "'staat' is geen bekende sleutel in het bestand"),
        ("pattern = '^https?://([a-z0-9-]+", "pattern = '^https?://(([a-z0-9-]+", "reguliere"),
        ('reason = "LinkedIn', 'reden = "LinkedIn', "Bedoel je 'reason'?"),
    ],
)
def test_a_wrong_value_is_reported_on_its_line(tmp_path, old, new, says):
    text = mistake(old, new)
    message = error_for(text, tmp_path)
    assert says in message, message
    if "TOML-opmaak" not in says:
        assert f", regel {line_of(text, new)}:" in message, message


def misspellings(key: str):
    """What typing does to a key: a letter lost, doubled or two letters swapped."""
    positions = st.integers(0, len(key) - 1)
    return st.one_of(
        positions.map(lambda i: key[:i] + key[i + 1 :]),
        positions.map(lambda i: key[:i] + key[i] + key[i:]),
        st.integers(0, len(key) - 2).map(lambda i: key[:i] + key[i + 1] + key[i] + key[i + 2 :]),
    )


KNOWN_KEYS = [(section, key) for section in sorted(SECTIONS) for key in keys_in_schema(section)]


@settings(max_examples=40, derandomize=True, deadline=None)
@given(data=st.data())
def test_a_misspelt_key_is_named_with_its_likely_meaning(tmp_path_factory, data):
    section, key = data.draw(st.sampled_from(KNOWN_KEYS))
    typo = data.draw(misspellings(key).filter(lambda word: word not in keys_in_schema(section)))
    line = linkconfig._line_of(SHIPPED_TEXT, [section, key])
    lines = SHIPPED_TEXT.splitlines()
    lines[line - 1] = lines[line - 1].replace(key, typo, 1)
    message = error_for("\n".join(lines) + "\n", tmp_path_factory.mktemp("typo"))
    assert f", regel {line}: '{typo}' is geen bekende sleutel in [{section}]" in message
    assert f"Bedoel je '{key}'?" in message


def test_the_nightly_job_stops_with_the_message_and_checks_nothing(tmp_path, capsys):
    site = html_site(tmp_path / "site", ["http://127.0.0.1:9/"])
    config = tmp_path / "linkcheck.toml"
    config.write_text(mistake("dead_after_runs = 2", "dead_afer_runs = 2"), encoding="utf-8")
    run = run_check("--site", str(site), "--config", str(config), out=tmp_path / "out")
    assert run.exit_code == 2 and run.report is None
    err = capsys.readouterr().err
    assert "Bedoel je 'dead_after_runs'?" in err and "Oplossing:" in err
