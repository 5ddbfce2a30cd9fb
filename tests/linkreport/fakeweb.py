"""A local web server that plays the failures of the real web, for the link-check tests.

One `FakeWeb` serves the same route table on several loopback addresses (each address is a
separate "host" for the per-host limits) and records every request it gets, so tests can
assert how often each URL was fetched and how many requests a host had in flight at once.
Nothing here listens outside 127.0.0.0/8.
"""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    """What a route answers: a status, headers, a body, optionally after a delay."""

    status: int = 200
    body: str = "<html><body><h1 id='top'>Pagina</h1></body></html>"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    reset: bool = False  # close the connection with a TCP reset instead of answering


Route = Callable[["FakeWeb", str], Reply]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256

    def handle_error(self, request, client_address):
        pass  # clients that time out or reset are part of the play, not errors


class FakeWeb:
    """Serve `routes` (path -> Reply or callable) on the given loopback addresses."""

    def __init__(
        self,
        routes: dict[str, Reply | Route],
        addresses=("127.0.0.1",),
        fallback: Reply | Route | None = None,
    ):
        self.routes = routes
        self.fallback = fallback  # the answer to any path without a route (default: 404)
        self.addresses = tuple(addresses)
        self.phase = 1  # tests switch this between runs, e.g. for a 503 that recovers
        self.requests: list[tuple[str, str, str]] = []  # (host, method, path)
        self.max_in_flight: Counter[str] = Counter()
        self._in_flight: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._servers: list[_Server] = []
        self.hosts: list[str] = []  # "address:port", in the order of `addresses`

    # -- lifecycle ---------------------------------------------------------------------
    def start(self) -> FakeWeb:
        handler = self._make_handler()
        for address in self.addresses:
            server = _Server((address, 0), handler)
            self._servers.append(server)
            self.hosts.append(f"{address}:{server.server_address[1]}")
            threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()

    def __enter__(self) -> FakeWeb:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- bookkeeping -------------------------------------------------------------------
    def count(self, path: str, host: str | None = None, method: str = "GET") -> int:
        with self._lock:
            return sum(
                1
                for h, m, p in self.requests
                if p == path and m == method and (host is None or h == host)
            )

    def counts(self) -> Counter[tuple[str, str]]:
        """(method, path) -> number of requests, over all hosts."""
        with self._lock:
            return Counter((m, p) for _, m, p in self.requests)

    def reset_log(self) -> None:
        with self._lock:
            self.requests.clear()
            self.max_in_flight.clear()

    def _enter(self, host: str, method: str, path: str) -> None:
        with self._lock:
            self.requests.append((host, method, path))
            self._in_flight[host] += 1
            self.max_in_flight[host] = max(self.max_in_flight[host], self._in_flight[host])

    def _leave(self, host: str) -> None:
        with self._lock:
            self._in_flight[host] -= 1

    # -- HTTP --------------------------------------------------------------------------
    def _make_handler(self):
        web = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep test output quiet
                pass

            def _serve(self, method: str) -> None:
                address, port = self.server.server_address[:2]
                host = f"{address}:{port}"
                path = self.path.split("?", 1)[0]
                web._enter(host, method, path)
                try:
                    route = web.routes.get(path, web.fallback)
                    if route is None:
                        reply = Reply(404, "<html><body>Niet gevonden</body></html>")
                    elif callable(route):
                        reply = route(web, method)
                    else:
                        reply = route
                    if reply.delay:
                        time.sleep(reply.delay)
                    if reply.reset:
                        self._reset()
                        return
                    body = reply.body.encode() if method != "HEAD" else b""
                    self.send_response(reply.status)
                    headers = {"Content-Type": "text/html; charset=utf-8", **reply.headers}
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(reply.body.encode())))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout): nothing to answer
                finally:
                    web._leave(host)

            def _reset(self) -> None:
                # SO_LINGER 0 makes close() send RST: the client sees "connection reset".
                self.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                )
                self.connection.close()
                self.close_connection = True
                self.wfile = _Sink()

            def do_GET(self):
                self._serve("GET")

            def do_HEAD(self):
                self._serve("HEAD")

        return Handler


class _Sink:
    """Stands in for the socket file after a reset, so the server's cleanup is a no-op."""

    def write(self, data):
        return len(data)

    def flush(self):
        pass

    def close(self):
        pass

    closed = True


def redirect(status: int, location: str) -> Reply:
    return Reply(status, "", {"Location": location})


def refused_port(address: str = "127.0.0.1") -> int:
    """A port on `address` that nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind((address, 0))
        return sock.getsockname()[1]


def by_phase(**replies: Reply) -> Route:
    """A route whose answer depends on `web.phase`: by_phase(p1=Reply(503), p2=Reply())."""

    def route(web: FakeWeb, method: str) -> Reply:
        return replies.get(f"p{web.phase}", replies[sorted(replies)[-1]])

    return route


def head_refused(get: Reply) -> Route:
    """A server that answers GET but rejects HEAD with 405."""

    def route(web: FakeWeb, method: str) -> Reply:
        return Reply(405, "", {"Allow": "GET"}) if method == "HEAD" else get

    return route


__all__ = ["FakeWeb", "Reply", "by_phase", "head_refused", "redirect", "refused_port"]
