"""Turn what linkchecker said about a URL into a verdict an editor can act on.

linkchecker's own "valid" is not the verdict: it calls a 429 valid, a URL hidden by
robots.txt valid ("syntax OK"), and a 503 as invalid as a 404. The categories here:

- ok; moved (permanent redirect, with the new URL); anchor (page fine, #part gone);
- changed: the page answers but its content drifted (set by rot.py, not here); pages
  that answer but are gone (soft 404s, redirects to the home page) are made dead there;
- dead: the page is gone (404/410), the host name does not exist, the server refuses
  connections: reported at once;
- watch: 5xx, timeouts, resets, redirect loops, other 4xx: maybe a bad night; dead only
  after failing on `dead_after_runs` consecutive runs (see history.py);
- unverifiable: the site refuses checkers (401/403/429/999, TLS trouble, robots.txt): listed
  apart, never as dead;
- ignored (config ignore list) and unchecked (no result this run) are set elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .config import ClassifySettings, RetrySettings
from .linkchecker_process import UrlCheck

CATEGORIES = (
    "dead",
    "changed",
    "moved",
    "anchor",
    "watch",
    "unverifiable",
    "unchecked",
    "ignored",
    "ok",
)
SUCCESS = frozenset({"ok", "moved", "anchor", "changed"})  # the page itself was reached
FAILURE = frozenset({"dead", "watch"})

_STATUS = re.compile(r"^(\d{3})\b")
_REDIRECT = re.compile(r"Redirected to `(?P<url>.*)' status: (?P<code>\d{3})")
_ANCHOR = re.compile(r"^Anchor `(?P<anchor>.*?)' .*not found", re.S)
_PERMANENT = (301, 308)

_DNS_GONE = re.compile(
    r"NameResolutionError|Failed to resolve|Name or service not known|Hostname not found"
    r"|No address associated|\[Errno -[25]\]|getaddrinfo failed"
)
_DNS_TEMPORARY = re.compile(r"Temporary failure in name resolution|\[Errno -3\]")
_REFUSED = re.compile(r"Connection refused|\[Errno 111\]")
_TIMEOUT = re.compile(r"Timeout|timed out", re.I)
_RESET = re.compile(
    r"Connection reset|\[Errno 104\]|Connection aborted|RemoteDisconnected|BadStatusLine"
    r"|ChunkedEncodingError|IncompleteRead|ProtocolError|Connection broken"
)
_UNREACHABLE = re.compile(r"\[Errno 10[13]\]|\[Errno 113\]|Network is unreachable|No route")
_TLS = re.compile(r"SSLError|CERTIFICATE|certificate|SSL:", re.S)
_LOOP = re.compile(r"TooManyRedirects|Exceeded \d+ redirects")
_ROBOTS = "Access denied by robots.txt"

_STATUS_WORDS = {
    400: "server weigert het verzoek (400)",
    401: "alleen toegankelijk na inloggen (401)",
    403: "site weigert geautomatiseerde controle (403)",
    404: "pagina bestaat niet meer (404)",
    407: "proxy vraagt om inloggen (407)",
    410: "pagina is definitief verwijderd (410)",
    429: "site weigert tijdelijk: te veel verzoeken (429)",
    451: "pagina om juridische redenen niet beschikbaar (451)",
    500: "serverfout (500)",
    502: "serverfout: achterliggende server antwoordt niet goed (502)",
    503: "server tijdelijk niet beschikbaar (503)",
    504: "serverfout: achterliggende server reageert niet op tijd (504)",
    999: "site weigert geautomatiseerde controle (999)",
}


@dataclass
class Verdict:
    category: str
    reason: str  # machine-readable: http-404, dns, refused, timeout, reset, moved, ...
    status: str  # plain Dutch for editors
    http_status: int | None = None
    new_url: str | None = None  # moved: where to point instead
    final_url: str | None = None  # where the redirects ended
    retryable: bool = False  # worth another attempt in this run
    connection_failure: bool = False  # no server answered at all


def status_words(code: int) -> str:
    if code in _STATUS_WORDS:
        return _STATUS_WORDS[code]
    if code >= 500:
        return f"serverfout ({code})"
    return f"server weigert de pagina ({code})"


def classify(
    check: UrlCheck, rules: ClassifySettings, retry: RetrySettings, timeout: int
) -> Verdict:
    if check.missing == "process-timeout":
        return _timeout(timeout, retry)
    if check.missing:
        why = check.detail or "de controle kwam niet aan deze link toe"
        return Verdict(
            "unchecked",
            f"unchecked-{check.missing}",
            f"niet gecontroleerd: {why}",
            retryable=check.missing == "crash",
        )
    if any(_ROBOTS in info for info in check.infos):
        return Verdict("unverifiable", "robots", "robots.txt van de site verbiedt de controle")
    match = _STATUS.match(check.result)
    if match:
        return _by_status(check, int(match.group(1)), rules)
    return _by_error(check.result, timeout, retry)


def _by_status(check: UrlCheck, code: int, rules: ClassifySettings) -> Verdict:
    hops = [
        (m["url"], int(m["code"]))
        for tag, text in check.warnings
        if tag == "http-redirected" and (m := _REDIRECT.search(text))
    ]
    final = check.real_url if hops else None
    if code in rules.dead_status:
        status = status_words(code)
        if hops:
            status += f", na doorverwijzing naar {check.real_url}"
        return Verdict("dead", f"http-{code}", status, code, final_url=final)
    if code in rules.unverifiable_status:
        return Verdict("unverifiable", f"http-{code}", status_words(code), code, final_url=final)
    if code >= 500:
        return Verdict(
            "watch", "http-5xx", status_words(code), code, final_url=final, retryable=True
        )
    if code >= 400 or not check.valid:
        return Verdict("watch", "http-4xx", status_words(code), code, final_url=final)
    new_url = _permanent_target(hops)
    if new_url:
        first_code = hops[0][1]
        return Verdict(
            "moved",
            "moved",
            f"verhuisd naar {new_url} ({first_code})",
            code,
            new_url=new_url,
            final_url=final,
        )
    for tag, text in check.warnings:
        anchor = _ANCHOR.match(text) if tag is None else None
        if anchor:
            return Verdict(
                "anchor",
                "anchor",
                f"pagina werkt, maar het onderdeel #{anchor['anchor']} bestaat niet (meer)",
                code,
                final_url=final,
            )
    if hops:
        return Verdict(
            "ok",
            "redirect-temporary",
            f"werkt (tijdelijk doorverwezen naar {check.real_url})",
            code,
            final_url=final,
        )
    return Verdict("ok", "ok", "werkt", code)


def _permanent_target(hops: list[tuple[str, int]]) -> str | None:
    """The URL reached by the leading permanent redirects: where to point from now on. A
    temporary hop after them (a login, a cookie wall) is not part of the new address."""
    target = None
    for url, code in hops:
        if code not in _PERMANENT:
            break
        target = url
    return target


def _by_error(text: str, timeout: int, retry: RetrySettings) -> Verdict:
    if _LOOP.search(text):
        return Verdict("watch", "redirect-loop", "doorverwijzingen lopen in een kringetje")
    if _DNS_TEMPORARY.search(text):
        return Verdict(
            "watch",
            "dns-temporary",
            "domeinnaam tijdelijk niet op te zoeken",
            retryable=True,
            connection_failure=True,
        )
    if _DNS_GONE.search(text):
        return Verdict(
            "dead",
            "dns",
            "server onbekend: de domeinnaam bestaat niet (meer)",
            connection_failure=True,
        )
    if _REFUSED.search(text):
        return Verdict(
            "dead", "refused", "server onbereikbaar: verbinding geweigerd", connection_failure=True
        )
    if _TLS.search(text) and not _TIMEOUT.search(text):
        return Verdict(
            "unverifiable", "tls", "beveiligde verbinding niet te controleren (certificaatprobleem)"
        )
    if _TIMEOUT.search(text):
        return _timeout(timeout, retry)
    if _RESET.search(text):
        return Verdict(
            "watch",
            "reset",
            "verbinding werd onverwacht verbroken",
            retryable=True,
            connection_failure=True,
        )
    if _UNREACHABLE.search(text):
        return Verdict(
            "watch",
            "unreachable",
            "server onbereikbaar: geen netwerkroute",
            retryable=True,
            connection_failure=True,
        )
    return Verdict("watch", "error", f"onbekende fout: {text[:200] or 'geen antwoord'}")


def _timeout(timeout: int, retry: RetrySettings) -> Verdict:
    unit = "seconde" if timeout == 1 else "seconden"
    return Verdict(
        "watch",
        "timeout",
        f"server reageert niet binnen {timeout} {unit}",
        retryable=retry.retry_timeouts,
        connection_failure=True,
    )
