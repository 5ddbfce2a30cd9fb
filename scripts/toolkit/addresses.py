"""What an address in a link means for a reader of the published site.

Why: editors copy addresses from wherever they are: the file explorer (a file on their own
computer or a network drive), their organisation's SharePoint or Teams, the local preview,
or the address bar of this very toolkit. Each works for the editor and fails for every
reader, and each has its own fix. Both the page links and the catalogue ask here.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from posixpath import normpath
from urllib.parse import unquote, urlsplit

# The whole toolkit as PDF, in the site's root: scripts/build-pdf prints it after the build
# (hooks/whole_toolkit.py links it), so no page can link it as a file below docs/.
WHOLE_TOOLKIT_PDF = "toolkit-regionale-samenwerking-knie-en-heupartrose.pdf"
WHOLE_TOOLKIT_PAGE = "toolkit-compleet.md"

# Hosts whose documents open only for someone logged in to the organisation that owns them.
LOGIN_HOSTS = (
    "sharepoint.com",
    "teams.microsoft.com",
    "teams.live.com",
    "onedrive.live.com",
    "1drv.ms",
    "outlook.office.com",
    "outlook.office365.com",
    "outlook.live.com",
)
# A path on a computer: C:\..., C:/..., \\server\share\...
LOCAL_PATH = re.compile(r"^(?:[A-Za-z]:[\\/]|\\\\)")
# An address on another site (a scheme or '//'): not a file of this site
ANOTHER_SITE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)
# Where `scripts/serve` shows the site while an editor works on it.
PREVIEW_ADDRESSES = ("http://127.0.0.1:8000/", "http://localhost:8000/")


def private_kind(url: str) -> tuple[str, str] | None:
    """(rule, place) when only the writer can open this address; None for a public one.

    Rules: 'adres-eigen-computer' (a file on a computer or network drive),
    'adres-eigen-netwerk' (a host inside the writer's network), 'adres-inloggen' (a
    document behind the organisation's login), 'adres-eigen-kopie' (a picture inside an
    e-mail, 'cid:', or one the browser held while copying, 'blob:')."""
    address = url.strip().strip("<>")
    if LOCAL_PATH.match(address) or address.lower().startswith("file:"):
        return "adres-eigen-computer", address
    if address.lower().startswith(("cid:", "blob:")):  # pasted from Outlook or a browser
        return "adres-eigen-kopie", address
    parts = urlsplit(address if "//" in address else f"//{address}")
    host = (parts.hostname or "").lower().rstrip(".")
    if not host or parts.scheme.lower() not in ("", "http", "https"):
        return None
    if host == "localhost" or host.endswith((".local", ".localhost", ".lan", ".internal")):
        return "adres-eigen-netwerk", host
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        if "." not in host and parts.scheme:  # http://intranet/...
            return "adres-eigen-netwerk", host
    else:
        if ip.is_private or ip.is_loopback or ip.is_link_local:
            return "adres-eigen-netwerk", host
    if any(host == name or host.endswith("." + name) for name in LOGIN_HOSTS):
        return "adres-inloggen", host
    return None


@dataclass(frozen=True)
class OwnSite:
    """The addresses at which this toolkit's own pages can be copied: the published site,
    the local preview and the repository on GitHub (from `edit_uri`)."""

    site_url: str = ""
    edit_uri: str = ""

    def page_of(self, url: str, pages: set[str]) -> str | None:
        """The page (path below docs/, with any '#anchor') this address shows, if it is one
        of this toolkit's pages."""
        address, _, anchor = url.strip().strip("<>").partition("#")
        address = address.split("?", 1)[0]
        path = self._path_below(address)
        if path is None:
            return None
        path = unquote(path)
        if path.endswith(".md"):
            candidates = [path]
        else:
            stem = path.removesuffix("index.html").removesuffix(".html").strip("/")
            candidates = [f"{stem}.md", f"{stem}/index.md"] if stem else ["index.md"]
        for candidate in candidates:
            candidate = normpath(candidate).lstrip("/")
            if candidate in pages:
                return candidate + (f"#{anchor}" if anchor else "")
        return None

    def _path_below(self, address: str) -> str | None:
        for base in (self.site_url, *PREVIEW_ADDRESSES):
            if base and _same_place(address, base):
                return _after(address, base)
        repository = re.match(
            r"^https?://github\.com/(?P<repo>[^/]+/[^/]+)/(?:edit|blob)/[^/]+/(?P<docs>.*)$",
            self.edit_uri,
        )
        if repository:
            on_github = re.match(
                rf"^https?://github\.com/{re.escape(repository['repo'])}/"
                rf"(?:edit|blob|tree|raw)/[^/]+/{re.escape(repository['docs'])}(?P<path>.*)$",
                address,
                re.IGNORECASE,
            )
            if on_github:
                return on_github["path"]
        return None


def as_page_file(address: str, docs_prefix: str = "docs/") -> str:
    """A page as the data file and the redirect map name it, its file below docs/
    ('blokken/oud.md'), from what an editor may write instead: the path in the repository,
    a site address, Windows' backslashes."""
    page = address.strip().replace("\\", "/")
    page = urlsplit(page).path if "://" in page else page
    page = page.removeprefix("/").removeprefix(docs_prefix).lstrip("/")
    if page.endswith(".md") or not page:
        return page or "index.md"
    page = page.removesuffix("index.html").removesuffix(".html").rstrip("/")
    return f"{page}.md" if page else "index.md"


def _same_place(address: str, base: str) -> bool:
    return (_comparable(address) + "/").startswith(_comparable(base).rstrip("/") + "/")


def _after(address: str, base: str) -> str:
    return _comparable(address)[len(_comparable(base).rstrip("/")) :].lstrip("/")


def _comparable(address: str) -> str:
    """Scheme and 'www.' do not matter for which page an address shows."""
    parts = urlsplit(address)
    host = (parts.netloc or "").lower().removeprefix("www.")
    return f"{host}{parts.path}"
