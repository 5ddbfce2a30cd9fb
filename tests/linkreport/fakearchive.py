"""A local stand-in for the Wayback Machine, for the reference-rot tests.

`GET /web/{timestamp}/{url}` answers 302 to `/web/{snapshot}/{url}` when the archive holds
a snapshot of `url`, else 404, like the real one. Every request is recorded with the
timestamp it asked for. A `hanging` archive never answers until the test ends (it waits on
an event, not a clock), to show that a hanging archive cannot hold up the report.
Listens on loopback only.
"""

from __future__ import annotations

import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

_PATH = re.compile(r"^/web/(?P<stamp>\d{1,14})/(?P<url>.+)$")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        pass


class FakeArchive:
    def __init__(
        self,
        snapshots: dict[str, str] | None = None,
        hanging: bool = False,
        address: str = "127.0.0.1",
    ):
        self.snapshots = dict(snapshots or {})  # url -> snapshot timestamp
        self.hanging = hanging
        self.requests: list[tuple[str, str]] = []  # (asked timestamp, url)
        self.release = threading.Event()
        self._lock = threading.Lock()
        archive = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                match = _PATH.match(self.path)
                with archive._lock:
                    archive.requests.append(
                        (match["stamp"], match["url"]) if match else ("", self.path)
                    )
                if archive.hanging:
                    archive.release.wait()
                    return
                snapshot = archive.snapshots.get(match["url"]) if match else None
                if snapshot:
                    self.send_response(302)
                    self.send_header("Location", f"/web/{snapshot}/{match['url']}")
                else:
                    self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self._server = _Server((address, 0), Handler)
        self.url = f"http://{address}:{self._server.server_address[1]}"

    def __enter__(self) -> FakeArchive:
        threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.release.set()
        self._server.shutdown()
        self._server.server_close()

    def asked(self) -> dict[str, str]:
        """url -> the timestamp the last request for it asked for."""
        with self._lock:
            return {url: stamp for stamp, url in self.requests}
