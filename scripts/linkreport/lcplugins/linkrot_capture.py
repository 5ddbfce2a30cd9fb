"""linkchecker plugin: a small record of every HTML page linkchecker fetched (its title,
first heading and text fingerprint), for the reference-rot checks of scripts/check_links.

Loaded by linkchecker from its plugin folder (scripts/linkreport/scheduler.py links this
folder there) and enabled by a [LinkrotCapture] section in the linkcheckerrc. It runs on
linkchecker's content hook, so it reads the body of the one GET linkchecker made: no
request of its own. linkchecker's own content plugins skip external URLs; this one does
not. The record travels as an info line in linkchecker's XML output (a pipe), so nothing
is written to a file that linkchecker, running as user nobody, could not write.
"""

import json
import sys
from pathlib import Path

from linkcheck.plugins import _ContentPlugin

try:
    from linkreport import page_text
except ImportError:  # a linkchecker started outside scripts/check_links' own Python path
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from linkreport import page_text


class LinkrotCapture(_ContentPlugin):
    """Add `linkrot-page: {json}` to the infos of every valid HTML page."""

    def applies_to(self, url_data, **kwargs):
        return url_data.valid and url_data.is_html()

    def check(self, url_data):
        try:
            page = page_text.read_page(_body(url_data))
        except Exception as exc:  # a page we cannot read is no reason to fail the check
            url_data.add_info(page_text.INFO_PREFIX + json.dumps({"error": str(exc)[:200]}))
            return
        url_data.add_info(page_text.INFO_PREFIX + json.dumps(page.to_wire(), ensure_ascii=True))


def _body(url_data) -> bytes:
    """The body, or its first CAPTURE_BYTES when nobody else needs the rest (AnchorCheck
    reads the whole page for a URL with a #part)."""
    if url_data.data is not None or url_data.anchor:
        return url_data.get_raw_content()
    chunks, size = [], 0
    for chunk in url_data.url_connection.iter_content(chunk_size=16384):
        chunks.append(chunk)
        size += len(chunk)
        if size >= page_text.CAPTURE_BYTES:
            break
    return b"".join(chunks)
