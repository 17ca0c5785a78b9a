"""Talking HTTP to the city's collector from a hub: one POST per relayed batch, and one
per document of the hub office's decisions.

Errors are sorted by what the hub should do next, like a station's uploads:
``RelayTransient`` (network, 5xx, 429, an unreadable answer: retry later with backoff),
``RelayConflict`` (409: this batch needs a person, the others can still go),
``RelayRefused`` (any other 4xx: retrying will not help until the enrolment is fixed).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from station_app.protocol.batch import SIGNATURE_HEADER, STATION_HEADER
from station_app.protocol.hub_decisions import DECISIONS_PATH
from station_app.protocol.relay import RELAY_PATH
from station_app.protocol.signatures import upload_signature

if TYPE_CHECKING:
    import httpx
    import nacl.signing


class RelayError(Exception):
    """Relaying one batch failed; ``str()`` is one sentence."""

    def __init__(self, message: str, status: int = 0) -> None:
        super().__init__(message)
        self.status = status


class RelayTransient(RelayError):
    """The city's collector could not be reached or had a temporary problem."""


class RelayConflict(RelayError):
    """The city holds a card (or batch) with the same id but other content."""


class RelayRefused(RelayError):
    """The city refused the relayed batch (unknown hub, bad signature, ...)."""


@dataclass(frozen=True)
class RelayAck:
    """The city's acknowledgement of one relayed batch."""

    batch_id: str
    manifest_sha256: str
    status: str
    cards_stored: int
    cards_already_present: int
    contacts_opened: int


@dataclass(frozen=True)
class DecisionsAnswer:
    """The city's answer to a hub's decisions: ids it holds as applied, refusals' reasons."""

    applied: list[str]
    refused: dict[str, str]


class RelayClient:
    """A small HTTP client for the city's collector (a fresh connection per batch, so a
    connection broken by a flaky network never poisons the next attempt)."""

    def __init__(self, base_url: str, timeout: float = 30.0,
                 http: httpx.Client | None = None) -> None:
        import httpx

        self.base_url = base_url.rstrip("/")
        self._client = http or httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
            limits=httpx.Limits(max_keepalive_connections=0),
            headers={"User-Agent": "station-app-relay/1"})

    def close(self) -> None:
        self._client.close()

    def post(self, body: bytes, hub_id: str, key: nacl.signing.SigningKey) -> RelayAck:
        """Send one signed relay document; the acknowledgement or a ``RelayError``."""
        response = self._send(RELAY_PATH, body, hub_id, key)
        try:
            data = response.json()
            return RelayAck(str(data["batch_id"]), str(data["manifest_sha256"]),
                            str(data.get("status", "")), int(data.get("cards_stored", 0)),
                            int(data.get("cards_already_present", 0)),
                            int(data.get("contacts_opened", 0)))
        except (ValueError, KeyError, TypeError, AttributeError):
            raise RelayTransient("the city's collector sent an unreadable "
                                 "acknowledgement") from None

    def post_decisions(self, body: bytes, hub_id: str,
                       key: nacl.signing.SigningKey) -> DecisionsAnswer:
        """Send one signed decisions document; which ids the city applied (now or before)
        and which it refused, or a ``RelayError``."""
        response = self._send(DECISIONS_PATH, body, hub_id, key)
        try:
            data = response.json()
            applied = [str(i) for i in [*data["applied"], *data["already"]]]
            refused = {str(k): str(v) for k, v in dict(data["refused"]).items()}
        except (ValueError, KeyError, TypeError, AttributeError):
            raise RelayTransient("the city's collector sent an unreadable "
                                 "acknowledgement") from None
        return DecisionsAnswer(applied, refused)

    def _send(self, path: str, body: bytes, hub_id: str,
              key: nacl.signing.SigningKey) -> httpx.Response:
        import httpx

        try:
            response = self._client.post(
                f"{self.base_url}{path}", content=body,
                headers={"Content-Type": "application/json", STATION_HEADER: hub_id,
                         SIGNATURE_HEADER: upload_signature(body, key)})
        except httpx.HTTPError as error:
            raise RelayTransient(f"the city's collector is not reachable "
                                 f"({type(error).__name__})") from None
        status = response.status_code
        if status >= 500 or status == 429:
            raise RelayTransient(f"the city's collector answered {status}", status)
        if status == 404:
            raise RelayRefused("the city's collector has no relay address (404): it needs "
                               "this version of station-app", status)
        if status == 409:
            raise RelayConflict(f"conflict at the city: {_detail(response)}", status)
        if status >= 400:
            raise RelayRefused(f"the city refused it ({status}): {_detail(response)}", status)
        return response


def _detail(response: httpx.Response) -> str:
    try:
        data: Any = response.json()
        return str(data.get("detail") or data)[:300]
    except (ValueError, AttributeError):
        return response.text[:200] or response.reason_phrase
