"""Fixtures of the link-check tests, loaded by their modules as a plugin
(`pytest_plugins = ["linkreport_fixtures"]`).

A plugin module rather than a conftest.py: the modules that need these fixtures ask for them,
and the `offline` guard is asked for explicitly, so nothing here touches other tests.
"""

from __future__ import annotations

import os
import socket

import pytest
from checkrun import ADDRESSES, OFFLINE_GUARD, routes
from fakeweb import FakeWeb


@pytest.fixture
def offline(monkeypatch):
    """Every process a test starts resolves loopback names only (offline/), and so does the
    test process itself."""
    monkeypatch.setenv(
        "PYTHONPATH",
        os.pathsep.join(filter(None, [str(OFFLINE_GUARD), os.environ.get("PYTHONPATH")])),
    )
    real = socket.getaddrinfo
    exec((OFFLINE_GUARD / "sitecustomize.py").read_text(), {})  # replaces getaddrinfo
    guarded, socket.getaddrinfo = socket.getaddrinfo, real
    monkeypatch.setattr(socket, "getaddrinfo", guarded)


@pytest.fixture(scope="module")
def fake_web():
    with FakeWeb(routes(), ADDRESSES) as fake:
        yield fake
