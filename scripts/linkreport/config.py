"""Load linkcheck.toml, the one place for the thresholds of the nightly link check."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path


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
    ignore: tuple[IgnoreRule, ...] = ()

    def ignore_rule_for(self, url: str) -> IgnoreRule | None:
        return next((rule for rule in self.ignore if rule.matches(url)), None)


_SECTIONS = {
    "check": CheckSettings,
    "retry": RetrySettings,
    "classify": ClassifySettings,
    "state": StateSettings,
    "extract": ExtractSettings,
}


def load_config(path: Path) -> Config:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"configuratiebestand {path} bestaat niet") from exc
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"configuratiebestand {path} is onleesbaar: {exc}") from exc
    return parse_config(data, source=str(path))


def parse_config(data: dict, source: str = "config") -> Config:
    unknown = set(data) - set(_SECTIONS) - {"ignore"}
    if unknown:
        raise ConfigError(f"{source}: onbekende sectie(s) {sorted(unknown)}")
    sections = {
        name: _section(cls, data.get(name, {}), f"{source} [{name}]")
        for name, cls in _SECTIONS.items()
    }
    config = Config(**sections, ignore=_ignore_rules(data.get("ignore", []), source))
    _validate(config, source)
    return config


def _section(cls, values: dict, where: str):
    if not isinstance(values, dict):
        raise ConfigError(f"{where} moet een tabel zijn")
    known = {f.name: f for f in fields(cls)}
    unknown = set(values) - set(known)
    if unknown:
        raise ConfigError(f"{where}: onbekende sleutel(s) {sorted(unknown)}")
    converted = {}
    defaults = cls()
    for name, value in values.items():
        default = getattr(defaults, name)
        converted[name] = _convert(value, default, f"{where} {name}")
    return cls(**converted)


def _convert(value, default, where: str):
    # The defaults carry the types: bool before int, since bool is an int in Python.
    if isinstance(default, bool):
        ok = isinstance(value, bool)
    elif isinstance(default, int):
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif isinstance(default, float):
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        value = float(value) if ok else value
    elif isinstance(default, str):
        ok = isinstance(value, str)
    elif isinstance(default, tuple):
        ok = isinstance(value, list)
        value = tuple(value) if ok else value
    else:  # pragma: no cover - every default above has one of these types
        ok = False
    if not ok:
        raise ConfigError(f"{where}: verkeerde waarde {value!r}")
    return value


def _ignore_rules(entries, source: str) -> tuple[IgnoreRule, ...]:
    if not isinstance(entries, list):
        raise ConfigError(f"{source}: [[ignore]] moet een lijst van tabellen zijn")
    rules = []
    for number, entry in enumerate(entries, start=1):
        where = f"{source} [[ignore]] nr. {number}"
        if not isinstance(entry, dict) or set(entry) != {"pattern", "reason"}:
            raise ConfigError(f"{where}: precies 'pattern' en 'reason' zijn nodig")
        if not str(entry["reason"]).strip():
            raise ConfigError(f"{where}: een reden is verplicht")
        try:
            pattern = re.compile(entry["pattern"])
        except re.error as exc:
            raise ConfigError(f"{where}: ongeldig patroon: {exc}") from exc
        rules.append(IgnoreRule(pattern, str(entry["reason"]).strip()))
    return tuple(rules)


def _validate(config: Config, source: str) -> None:
    checks = [
        (config.check.timeout >= 1, "check.timeout moet minstens 1 zijn"),
        (config.check.run_ceiling > 0, "check.run_ceiling moet groter dan 0 zijn"),
        (config.check.per_host >= 1, "check.per_host moet minstens 1 zijn"),
        (config.check.max_processes >= 1, "check.max_processes moet minstens 1 zijn"),
        (config.check.max_urls_per_process >= 1, "check.max_urls_per_process >= 1"),
        (config.retry.attempts >= 0, "retry.attempts mag niet negatief zijn"),
        (config.retry.backoff >= 0, "retry.backoff mag niet negatief zijn"),
        (config.classify.dead_after_runs >= 1, "classify.dead_after_runs >= 1"),
        (0 < config.classify.network_down_ratio <= 1, "classify.network_down_ratio in (0, 1]"),
        (config.state.forget_after_days >= 1, "state.forget_after_days >= 1"),
    ]
    for ok, message in checks:
        if not ok:
            raise ConfigError(f"{source}: {message}")
