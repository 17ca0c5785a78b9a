"""The client behind a reverse proxy the collector is told to trust (``--trusted-proxy``).

Behind a proxy every request comes from the proxy's address, so each per-client limit (the
follow-up pages, the holder's forms, the staff login, the wall's streams) would count all
clients together, and the audit log would name the proxy. ``collector serve --trusted-proxy
ADDR`` (an address or a network, repeatable) names the proxies: a request whose TCP peer is
one of them is taken to come from the client that ``X-Forwarded-For`` names.

Only the proxies' own entries are believed: the header is read from the right, the trusted
proxies' addresses are passed over, and the first other address is the client (whatever a
client wrote into the header itself stands further left and is never reached). A request
from any other peer keeps its peer address, whatever it claims; an entry that is not an
address leaves the proxy's. Without ``--trusted-proxy`` no header is read at all.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

from starlette.types import ASGIApp, Receive, Scope, Send

from station_app.errors import UserError

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
MAX_PROXIES = 64
HEADER = b"x-forwarded-for"


def parse_proxies(entries: Iterable[str]) -> tuple[Network, ...]:
    """The networks ``--trusted-proxy`` names (``127.0.0.1``, ``10.0.0.0/8``, ``::1``);
    anything else is refused in one sentence."""
    networks: list[Network] = []
    for entry in entries:
        try:
            networks.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError:
            raise UserError(f"--trusted-proxy {entry!r} is not an address or a network "
                            "(e.g. 127.0.0.1, ::1 or 10.0.0.0/8)") from None
    if len(networks) > MAX_PROXIES:
        raise UserError(f"--trusted-proxy: at most {MAX_PROXIES} addresses or networks")
    return tuple(networks)


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


class TrustedProxies:
    """Which peers may name the client, and who the client then is."""

    def __init__(self, networks: Iterable[Network]) -> None:
        self.networks = tuple(networks)

    def trusted(self, host: str) -> bool:
        address = _address(host)
        if address is None:
            return False
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        return any(address in network for network in self.networks)

    def client(self, peer: str, forwarded_for: Iterable[str]) -> str:
        """The client of a request from ``peer`` that carried ``forwarded_for`` (each
        header's value, in order)."""
        if not self.trusted(peer):
            return peer
        entries = [entry for value in forwarded_for for entry in value.split(",")]
        for entry in reversed(entries):
            address = _address(entry)
            if address is None:
                return peer  # not what a proxy of ours writes: keep the proxy's address
            if not self.trusted(str(address)):
                return str(address)
        return peer


class ForwardedClientMiddleware:
    """Puts the client a trusted proxy names into the request's ``client`` (outermost, so
    that every limit and the audit log see it)."""

    def __init__(self, app: ASGIApp, proxies: TrustedProxies) -> None:
        self.app = app
        self.proxies = proxies

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket") and scope.get("client"):
            peer, port = scope["client"]
            values = [value.decode("latin-1") for name, value in scope.get("headers", ())
                      if name == HEADER]
            client = self.proxies.client(peer, values)
            if client != peer:
                scope = {**scope, "client": (client, port)}
        await self.app(scope, receive, send)
