"""Test guard, loaded by every Python process the link-check tests start (through
PYTHONPATH): name resolution answers only for loopback, so no test can reach the internet.

Every other name fails the way a name that does not exist fails (EAI_NONAME) without a DNS
query leaving the machine: that is how the tests play "host not found" (a `.invalid` name
would otherwise be sent to the configured name server). Debian's own sitecustomize only
installs a crash reporter, so shadowing it here loses nothing.
"""

import ipaddress
import socket

_getaddrinfo = socket.getaddrinfo


def _loopback_only(host, *args, **kwargs):
    name = host.decode() if isinstance(host, bytes) else host
    try:
        allowed = name is None or ipaddress.ip_address(name).is_loopback
    except ValueError:
        allowed = name == "localhost"
    if not allowed:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    return _getaddrinfo(host, *args, **kwargs)


socket.getaddrinfo = _loopback_only
