"""Verdicts from linkchecker's answers, including the ones the fake web does not play."""

from __future__ import annotations

import pytest

from linkreport.classify import classify
from linkreport.config import ClassifySettings, RetrySettings
from linkreport.linkchecker_process import UrlCheck

RULES = ClassifySettings()
RETRY = RetrySettings()


def verdict(result="200 OK", valid=True, warnings=(), infos=(), real_url="", missing=None):
    check = UrlCheck(
        "https://a.example/x",
        valid=valid,
        result=result,
        real_url=real_url or "https://a.example/x",
        warnings=list(warnings),
        infos=list(infos),
        missing=missing,
    )
    return classify(check, RULES, RETRY, timeout=20)


def hop(url, code, reason="Moved Permanently"):
    return ("http-redirected", f"Redirected to `{url}' status: {code} {reason}.")


def test_permanent_then_temporary_suggests_the_permanent_target():
    v = verdict(
        warnings=[hop("https://a.example/y", 301), hop("https://a.example/login", 302, "Found")],
        real_url="https://a.example/login",
    )
    assert (v.category, v.new_url, v.final_url) == (
        "moved",
        "https://a.example/y",
        "https://a.example/login",
    )


def test_308_counts_as_moved_and_a_leading_302_does_not():
    assert verdict(warnings=[hop("https://b.example/", 308)]).category == "moved"
    assert (
        verdict(
            warnings=[hop("https://b.example/", 302, "Found"), hop("https://c.example/", 301)]
        ).category
        == "ok"
    )


def test_redirect_to_a_404_is_dead_and_says_where_it_went():
    v = verdict(
        "404 Not Found",
        False,
        [hop("https://a.example/nieuw", 301)],
        real_url="https://a.example/nieuw",
    )
    assert v.category == "dead"
    assert (
        v.status == "pagina bestaat niet meer (404), na doorverwijzing naar https://a.example/nieuw"
    )


def test_429_is_valid_for_linkchecker_but_unverifiable_here():
    v = verdict(
        "429 Too Many Requests", True, [("http-rate-limited", "Rate limited (Retry-After: 60)")]
    )
    assert (v.category, v.http_status) == ("unverifiable", 429)


def test_robots_denied_syntax_ok_is_never_fine():
    v = verdict("syntax OK", True, infos=["Access denied by robots.txt, checked only syntax."])
    assert (v.category, v.reason) == ("unverifiable", "robots")


@pytest.mark.parametrize(
    "text, category, reason, retryable",
    [
        (
            "ConnectionError: HTTPSConnectionPool(host='x.nl', port=443): Max retries exceeded "
            "with url: / (Caused by NameResolutionError(\"<urllib3...>: Failed to resolve 'x.nl' "
            '([Errno -2] Name or service not known)"))',
            "dead",
            "dns",
            False,
        ),
        (
            "ConnectionError: ... Failed to resolve 'x.nl' ([Errno -3] Temporary failure in name "
            "resolution)",
            "watch",
            "dns-temporary",
            True,
        ),
        ("ConnectionError: ... [Errno 111] Connection refused", "dead", "refused", False),
        (
            "ConnectTimeout: HTTPSConnectionPool(host='x.nl', port=443): Max retries exceeded "
            "(Caused by ConnectTimeoutError(..., 'Connection to x.nl timed out. (connect "
            "timeout=20)'))",
            "watch",
            "timeout",
            False,
        ),
        (
            "ReadTimeout: HTTPSConnectionPool(host='x.nl', port=443): Read timed out.",
            "watch",
            "timeout",
            False,
        ),
        (
            "ConnectionError: ('Connection aborted.', RemoteDisconnected('Remote end closed "
            "connection without response'))",
            "watch",
            "reset",
            True,
        ),
        (
            "SSLError: HTTPSConnectionPool(host='x.nl', port=443): "
            "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed",
            "unverifiable",
            "tls",
            False,
        ),
        ("TooManyRedirects: Exceeded 10 redirects.", "watch", "redirect-loop", False),
        ("ConnectionError: ... [Errno 101] Network is unreachable", "watch", "unreachable", True),
        ("InvalidURL: something odd", "watch", "error", False),
    ],
)
def test_errors_without_status(text, category, reason, retryable):
    v = verdict(text, False)
    assert (v.category, v.reason, v.retryable) == (category, reason, retryable)


@pytest.mark.parametrize(
    "code, category",
    [
        (500, "watch"),
        (502, "watch"),
        (503, "watch"),
        (400, "watch"),
        (410, "dead"),
        (401, "unverifiable"),
        (403, "unverifiable"),
        (999, "unverifiable"),
    ],
)
def test_status_codes(code, category):
    assert verdict(f"{code} Whatever", False).category == category


def test_a_stuck_process_is_a_timeout_and_a_crash_is_not_a_verdict():
    assert verdict(missing="process-timeout").reason == "timeout"
    crash = verdict(missing="crash")
    assert (crash.category, crash.retryable) == ("unchecked", True)
