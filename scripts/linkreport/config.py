"""Load linkcheck.toml, the one place for the thresholds of the nightly link check."""

from __future__ import annotations

import difflib
import json
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import jsonschema

from .drift import DriftSettings


class ConfigError(ValueError):
    """The config file is missing, unreadable or has a wrong key or value."""


@dataclass(frozen=True)
class CheckSettings:
    timeout: int = 20
    run_ceiling: float = 900.0
    per_host: int = 3
    max_processes: int = 8
    max_urls_per_process: int = 50
    respect_robots: bool = False
    check_anchors: bool = True
    user_agent: str = ""


@dataclass(frozen=True)
class RetrySettings:
    attempts: int = 2
    backoff: float = 5.0
    backoff_max: float = 30.0
    retry_timeouts: bool = False


@dataclass(frozen=True)
class ClassifySettings:
    dead_status: tuple[int, ...] = (404, 410)
    unverifiable_status: tuple[int, ...] = (401, 403, 407, 429, 451, 999)
    dead_after_runs: int = 2
    network_down_ratio: float = 0.8
    network_down_min_urls: int = 5


@dataclass(frozen=True)
class StateSettings:
    forget_after_days: int = 90


@dataclass(frozen=True)
class ExtractSettings:
    content_selector: str = "article"
    exclude_selector: str = ".md-content__button, .headerlink"
    catalogue: str = "_data/referenties.md"
    internal_hosts: tuple[str, ...] = ()


@dataclass(frozen=True)
class ArchiveSettings:
    base_url: str = "https://web.archive.org"
    lookup_timeout: float = 15.0
    enabled: bool = True


@dataclass(frozen=True)
class IgnoreRule:
    pattern: re.Pattern[str]
    reason: str

    def matches(self, url: str) -> bool:
        return self.pattern.search(url) is not None


@dataclass(frozen=True)
class Config:
    check: CheckSettings = field(default_factory=CheckSettings)
    retry: RetrySettings = field(default_factory=RetrySettings)
    classify: ClassifySettings = field(default_factory=ClassifySettings)
    state: StateSettings = field(default_factory=StateSettings)
    extract: ExtractSettings = field(default_factory=ExtractSettings)
    drift: DriftSettings = field(default_factory=DriftSettings)
    archive: ArchiveSettings = field(default_factory=ArchiveSettings)
    ignore: tuple[IgnoreRule, ...] = ()

    def ignore_rule_for(self, url: str) -> IgnoreRule | None:
        return next((rule for rule in self.ignore if rule.matches(url)), None)


_SECTIONS = {
    "check": CheckSettings,
    "retry": RetrySettings,
    "classify": ClassifySettings,
    "state": StateSettings,
    "extract": ExtractSettings,
    "drift": DriftSettings,
    "archive": ArchiveSettings,
}
# Keys, types and bounds of linkcheck.toml; the defaults are the dataclasses above.
SCHEMA_FILE = Path(__file__).with_name("linkcheck.schema.json")
_TYPE_NAMES = {
    "integer": "een geheel getal (zoals 3)",
    "number": "een getal (zoals 2 of 0.5)",
    "boolean": "true of false",
    "string": 'tekst tussen aanhalingstekens (zoals "tekst")',
    "array": "een lijst tussen blokhaken (zoals [404, 410])",
    "object": "een sectie (zoals [check])",
}
_HEADER = re.compile(r"\[\[?\s*([\w.-]+)\s*\]\]?")
_FIX = "Oplossing: herstel de waarde; elke sleutel staat met uitleg in linkcheck.toml."


def load_config(path: Path) -> Config:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(
            f"{path}: het bestand met instellingen bestaat niet. Oplossing: zet linkcheck.toml "
            "terug of geef het juiste bestand op met --config."
        ) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"{path}: het bestand is onleesbaar ({exc.__class__.__name__}). Oplossing: sla het "
            "op als UTF-8-tekst."
        ) from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib's own text is English; only its position is passed on.
        position = re.search(r"at line (\d+)", str(exc))
        where = f"{path}, regel {position[1]}" if position else str(path)
        raise ConfigError(
            f"{where}: de TOML-opmaak klopt niet. Oplossing: schrijf de regel als sleutel = "
            'waarde, met tekst tussen aanhalingstekens ("tekst"), true of false voor ja of nee, '
            "en lijsten tussen blokhaken ([404, 410])."
        ) from exc
    return parse_config(data, source=str(path), text=text)


def parse_config(data: dict, source: str = "config", text: str = "") -> Config:
    """The settings of `data` (parsed TOML); every wrong key or value is a ConfigError in
    Dutch naming the file, the line (when `text`, the file's text, is given) and the fix."""
    _check_schema(data, source, text)
    sections = {name: _section(cls, data.get(name, {})) for name, cls in _SECTIONS.items()}
    ignore = _ignore_rules(data.get("ignore", []), source, text)
    config = Config(**sections, ignore=ignore)
    _check_statuses(config, source, text)
    return config


def _check_schema(data: dict, source: str, text: str) -> None:
    validator = jsonschema.Draft202012Validator(_schema())
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is None:
        return
    path = list(error.absolute_path)
    if error.validator == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        unknown = sorted(set(error.instance) - set(allowed))[0]
        where = _section_name(path) if path else "het bestand"
        guess = difflib.get_close_matches(unknown, allowed, n=1, cutoff=0.5)
        hint = f"Bedoel je '{guess[0]}'?" if guess else f"Bekend zijn: {', '.join(allowed)}."
        raise ConfigError(
            f"{_where(source, text, [*path, unknown])}: '{unknown}' is geen bekende sleutel "
            f"in {where}. {hint} Oplossing: verbeter de naam; onbekende sleutels worden "
            "niet gebruikt."
        )
    key = ".".join(str(part) for part in path if not isinstance(part, int))
    expected = error.schema
    if error.validator == "type":
        problem = f"moet {_TYPE_NAMES[expected['type']]} zijn, niet {error.instance!r}"
    elif error.validator in ("minimum", "exclusiveMinimum"):
        bound = expected[error.validator]
        word = "minstens" if error.validator == "minimum" else "groter dan"
        problem = f"moet {word} {bound} zijn, niet {error.instance!r}"
    elif error.validator == "maximum":
        problem = f"mag hoogstens {expected['maximum']} zijn, niet {error.instance!r}"
    elif error.validator == "required":
        problem = "heeft 'pattern' (het patroon) en 'reason' (de reden) allebei nodig"
    elif error.validator in ("minLength", "pattern"):
        problem = "mag niet leeg zijn"
    elif error.validator == "uniqueItems":
        problem = "noemt een status twee keer"
    else:
        problem = f"heeft een ongeldige waarde {error.instance!r}"
    raise ConfigError(f"{_where(source, text, path)}: '{key}' {problem}. {_FIX}")


@cache
def _schema() -> dict:
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


def _where(source: str, text: str, path: list) -> str:
    """ "file, regel N" for the key at `path` ([section, key] or ["ignore", n, key])."""
    line = _line_of(text, path)
    return f"{source}, regel {line}" if line else source


def _line_of(text: str, path: list) -> int | None:
    """The line of a section header ([section], the n-th [[ignore]]) or of a key in it."""
    names = [part for part in path if not isinstance(part, int)]
    if not names:
        return None
    section, key = names[0], (names[1] if len(names) > 1 else None)
    wanted = next((part for part in path if isinstance(part, int)), 0)
    current, occurrence = None, -1
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        header = _HEADER.fullmatch(stripped)
        if header:
            current = header[1]
            occurrence += current == section
            if current == section and occurrence == wanted and key is None:
                return number
        elif current == section and occurrence == wanted and _is_key(stripped, key):
            return number
    return None


def _section_name(path: list) -> str:
    if path[0] == "ignore" and len(path) > 1:
        return f"[[ignore]] nr. {path[1] + 1}"
    return f"[{path[0]}]"


def _is_key(line: str, key: str | None) -> bool:
    return key is not None and re.match(rf"{re.escape(key)}\s*=", line) is not None


def _section(cls, values: dict):
    converted = {}
    for name, value in values.items():
        default = getattr(cls, name)
        if isinstance(default, tuple):
            value = tuple(value)
        elif isinstance(default, float):
            value = float(value)
        converted[name] = value
    return cls(**converted)


def _ignore_rules(entries: list, source: str, text: str) -> tuple[IgnoreRule, ...]:
    rules = []
    for number, entry in enumerate(entries):
        try:
            pattern = re.compile(entry["pattern"])
        except re.error as exc:
            raise ConfigError(
                f"{_where(source, text, ['ignore', number, 'pattern'])}: het patroon is geen "
                f"geldige reguliere expressie (fout bij teken {exc.pos}). Oplossing: zet een "
                "\\ voor tekens als . ? ( en ) en sluit elk haakje dat je opent."
            ) from exc
        rules.append(IgnoreRule(pattern, entry["reason"].strip()))
    return tuple(rules)


def _check_statuses(config: Config, source: str, text: str) -> None:
    both = sorted(set(config.classify.dead_status) & set(config.classify.unverifiable_status))
    if both:
        other = _line_of(text, ["classify", "unverifiable_status"])
        raise ConfigError(
            f"{_where(source, text, ['classify', 'dead_status'])}: status "
            f"{', '.join(map(str, both))} staat zowel bij dead_status als bij "
            f"unverifiable_status{f' (regel {other})' if other else ''}. Oplossing: kies één "
            "van de twee lijsten: dead_status voor 'pagina bestaat niet meer', "
            "unverifiable_status voor sites die controles weigeren."
        )
