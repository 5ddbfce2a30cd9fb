"""Pages that are gone although the site still answers: "soft 404s".

Dutch government and knowledge-institute sites often answer a removed page with status 200
and a "pagina niet gevonden" template, or redirect it to their home page or a search page.
HTTP alone calls those fine or "moved". Two things tell them apart:

- the probe: once a night per site, one request (redirects not followed) for a path that
  cannot exist. A site that answers it with 404/410 is honest and needs nothing more; one
  that answers 200 shows its not-found page; one that redirects shows where it sends
  unknown pages;
- the page itself: a title or first heading that says "niet gevonden", or a redirect that
  ends on the home page, a search page, or wherever the probe was sent.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from .classify import Verdict
from .drift import same_title
from .page_text import CAPTURE_BYTES, PageText, read_page, similarity

SAME_PAGE = 0.8  # sketch similarity above which a page is the site's not-found page
SHORT_PAGE = 150  # words; a not-found page is short, so its text is read only then

_NOT_FOUND = re.compile(
    r"niet gevonden|not found|^\W*(fout\w*|error|http)?\W*404\b"
    r"|\b404\W{0,3}(niet|not|error|fout|pagina)"
    r"|pagina (bestaat|is) niet|bestaat niet \(?meer\)?$"
    r"|pagina\b.{0,30}\bniet (meer )?(beschikbaar|gevonden|vinden|te vinden)"
    r"|(kan|kunnen|konden|kon) (we |wij )?(de|deze|die|uw|je|jouw) (opgevraagde |gezochte )?"
    r"pagina niet|pagina kon niet|page (does not|doesn't) exist|page cannot be found"
    r"|page (is )?(no longer|not) available",
    re.I,
)
_HOME_PATH = re.compile(r"^/?((index|default|home)(\.\w+)?|nl|en|home|nl/home|start)?/?$", re.I)
_SEARCH_PATH = re.compile(
    r"/(zoeken|zoek|search|zoekresultaten|sitesearch|zoekpagina)(/|\.|$)", re.I
)
_NOT_FOUND_PATH = re.compile(
    r"(^|/)(404|niet-gevonden|not-?found|pagina-niet-gevonden)(/|\.|$)", re.I
)

GONE_REASONS = (
    "soft-404",
    "soft-404-template",
    "redirect-home",
    "redirect-search",
    "redirect-notfound",
)


@dataclass
class HostProbe:
    """How a site answered a path that cannot exist."""

    site: str  # scheme://host[:port]
    url: str
    status: int | None = None
    location: str | None = None  # absolute, for a redirect
    page: PageText | None = None
    error: str | None = None

    @property
    def honest(self) -> bool:
        return self.status in (404, 410)


def site_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def probe_url(site: str) -> str:
    return f"{site}/{uuid.uuid4().hex}"


def probe(url: str, timeout: float, user_agent: str = "") -> HostProbe:
    """One GET, redirects not followed, at most CAPTURE_BYTES of the body read."""
    import requests

    result = HostProbe(site_of(url), url)
    headers = {"User-Agent": user_agent or "Mozilla/5.0 (compatible; toolkit-linkreport)"}
    try:
        with requests.get(
            url, allow_redirects=False, stream=True, timeout=(timeout, timeout), headers=headers
        ) as response:
            result.status = response.status_code
            if response.is_redirect and response.headers.get("Location"):
                result.location = urljoin(url, response.headers["Location"])
            elif response.status_code == 200 and "html" in response.headers.get(
                "Content-Type", "html"
            ):
                body = b""
                for chunk in response.iter_content(16384):
                    body += chunk
                    if len(body) >= CAPTURE_BYTES:
                        break
                result.page = read_page(body)
    except Exception as exc:  # a failing probe only means: no help from the probe
        result.error = f"{exc.__class__.__name__}: {str(exc)[:200]}"
    return result


def judge(
    url: str, verdict: Verdict, page: PageText | None, hops: list[str], probes: dict[str, HostProbe]
) -> Verdict | None:
    """A dead verdict if the page that answered is really gone, else None. `hops`: the
    URLs the redirects went through (the last one is where they ended)."""
    if verdict.category not in ("ok", "moved", "anchor"):
        return None
    original = urlsplit(url)
    final_url = verdict.final_url or url
    final = urlsplit(final_url)
    code = verdict.http_status
    if hops and _moved_off(original, final):
        if _HOME_PATH.match(final.path) and not _HOME_PATH.match(original.path):
            return Verdict(
                "dead",
                "redirect-home",
                f"de pagina is weg: de site stuurt door naar de homepage ({final_url})",
                code,
                final_url=final_url,
            )
        probe_ = probes.get(site_of(url))
        target = probe_.location if probe_ else None
        if target and any(_same_place(urlsplit(hop), urlsplit(target)) for hop in hops):
            return Verdict(
                "dead",
                "redirect-notfound",
                f"de pagina is weg: de site stuurt door naar {final_url}, waar ze "
                "ook elk adres dat niet bestaat naartoe stuurt",
                code,
                final_url=final_url,
            )
        if _SEARCH_PATH.search(final.path) and not _SEARCH_PATH.search(original.path):
            return Verdict(
                "dead",
                "redirect-search",
                f"de pagina is weg: de site stuurt door naar een zoekpagina ({final_url})",
                code,
                final_url=final_url,
            )
        if _NOT_FOUND_PATH.search(final.path):
            return Verdict(
                "dead",
                "soft-404",
                "de site geeft een gewone pagina terug, maar die zegt dat de pagina "
                f"niet bestaat ({final_url})",
                code,
                final_url=verdict.final_url,
            )
    if page is None:
        return None
    said = next((text for text in (page.title, page.h1) if text and _NOT_FOUND.search(text)), None)
    if said is None and page.status_hint in (404, 410):
        said = f"status {page.status_hint} in de pagina zelf"
    if said is None and page.words < SHORT_PAGE and _NOT_FOUND.search(page.lead):
        said = page.lead  # a short page whose text opens with "not found"
    if said:
        return Verdict(
            "dead",
            "soft-404",
            "de site geeft een gewone pagina terug, maar die zegt dat de pagina "
            f"niet bestaat (\u2018{said[:120]}\u2019)",
            code,
            final_url=verdict.final_url,
        )
    for site in dict.fromkeys((site_of(url), site_of(final_url))):
        probe_ = probes.get(site)
        if probe_ is None or probe_.status != 200 or probe_.page is None:
            continue
        if _HOME_PATH.match(final.path):
            continue  # the home page itself may well be what unknown pages get
        if _same_page(page, probe_.page):
            return Verdict(
                "dead",
                "soft-404-template",
                "de site geeft een gewone pagina terug, maar die zegt dat de pagina "
                "niet bestaat: het is dezelfde pagina die de site toont voor een "
                "adres dat niet kan bestaan",
                code,
                final_url=verdict.final_url,
            )
    return None


def _same_page(a: PageText, b: PageText) -> bool:
    """The site's not-found page, though it may name the requested path or suggest pages
    that fit it: near-identical text, or a similar title with mostly the same text."""
    score = similarity(a.sketch, b.sketch)
    if score >= 0.9:
        return True
    return score >= SAME_PAGE - 0.1 and same_title(a.title, b.title, 0.8)


def _moved_off(original, final) -> bool:
    return not _same_place(original, final)


def _same_place(a, b) -> bool:
    return (a.hostname or "", a.path.rstrip("/") or "/") == (
        b.hostname or "",
        b.path.rstrip("/") or "/",
    )
