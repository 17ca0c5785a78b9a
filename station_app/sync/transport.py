"""Talking HTTP to the collector: one POST per batch, the acknowledgement checked.

Errors are sorted by what the station should do next: ``TransientError`` (network, 5xx,
timeouts: retry later with backoff), ``BatchConflict`` (409: this batch needs a person, the
others can still go), ``RejectedError`` (any other 4xx: retrying will not help until the
enrolment or configuration is fixed).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from station_app.protocol.batch import SIGNATURE_HEADER, STATION_HEADER
from station_app.protocol.signatures import upload_signature

if TYPE_CHECKING:
    import httpx
    import nacl.signing


BATCHES_PATH = "/api/v1/batches"


class TransportError(Exception):
    """Uploading one batch failed; ``str()`` is a sentence for the facilitator."""


class TransientError(TransportError):
    """The collector could not be reached or had a temporary problem."""


class BatchConflict(TransportError):
    """The collector holds a card with the same UUID but different content."""


class RejectedError(TransportError):
    """The collector refused the batch (unknown station, bad signature, ...)."""


@dataclass(frozen=True)
class Ack:
    """The collector's acknowledgement of one batch."""

    batch_id: str
    manifest_sha256: str
    status: str
    cards_stored: int
    cards_already_present: int
    contacts_opened: int | None = None
    """How many of the batch's contacts the collector could open (None: it did not say)."""


class CollectorClient:
    """A small HTTP client for one collector base URL."""

    def __init__(self, base_url: str, timeout: float = 15.0,
                 http: httpx.Client | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        # No keep-alive: each batch gets a fresh connection, so a connection broken by a
        # flaky network never poisons the next attempt. Tests pass an in-process client.
        import httpx  # imported on first use: the kiosk starts faster without it

        self._client = http or httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
            limits=httpx.Limits(max_keepalive_connections=0),
            headers={"User-Agent": "station-app-sync/1"},
        )

    def close(self) -> None:
        self._client.close()

    def post_batch(self, document: bytes, station_id: str,
                   key: nacl.signing.SigningKey) -> Ack:
        """Send one signed batch; returns the acknowledgement or raises ``TransportError``.

        The request names the station and signs the exact bytes it sends (the collector
        checks that before it parses the body).
        """
        import httpx

        signature = upload_signature(document, key)
        try:
            response = self._client.post(
                f"{self.base_url}{BATCHES_PATH}", content=document,
                headers={"Content-Type": "application/json", STATION_HEADER: station_id,
                         SIGNATURE_HEADER: signature})
        except httpx.HTTPError as error:
            raise TransientError(f"collector not reachable ({type(error).__name__})") from None
        if response.status_code >= 500 or response.status_code == 429:
            raise TransientError(f"collector answered {response.status_code}")
        detail = _detail(response)
        if response.status_code == 409:
            raise BatchConflict(f"collector reports a conflict: {detail}")
        if response.status_code >= 400:
            raise RejectedError(f"collector refused the batch ({response.status_code}): "
                                f"{detail}")
        try:
            data = response.json()
            opened = data.get("contacts_opened")
            return Ack(str(data["batch_id"]), str(data["manifest_sha256"]),
                       str(data.get("status", "")), int(data.get("cards_stored", 0)),
                       int(data.get("cards_already_present", 0)),
                       int(opened) if opened is not None else None)
        except (ValueError, KeyError, TypeError):
            # A proxy or captive portal answering 200 with something else: try again later.
            raise TransientError("collector sent an unreadable acknowledgement") from None


    def post_heartbeat(self, document: bytes) -> int:
        """Send the station's signed heartbeat; returns the newest configuration version
        the collector has packaged for the station (0: none); ``TransportError`` when it
        did not arrive."""
        import httpx

        from station_app.protocol.heartbeat import HEARTBEAT_PATH

        try:
            response = self._client.post(f"{self.base_url}{HEARTBEAT_PATH}", content=document,
                                         headers={"Content-Type": "application/json"})
        except httpx.HTTPError as error:
            raise TransientError(f"collector not reachable ({type(error).__name__})") from None
        if response.status_code >= 500 or response.status_code == 429:
            raise TransientError(f"collector answered {response.status_code}")
        if response.status_code >= 400:
            raise RejectedError(f"collector refused the heartbeat ({response.status_code}): "
                                f"{_detail(response)}")
        try:
            latest = response.json().get("latest_config_version", 0)
        except (ValueError, AttributeError):
            return 0
        return latest if isinstance(latest, int) and not isinstance(latest, bool) else 0

    def fetch_package(self, request: bytes) -> bytes | None:
        """Ask for a newer station package with the station's signed ``request``; the
        package's bytes, or None when there is none; ``TransportError`` on failure."""
        import httpx

        from station_app.protocol.package import MAX_PACKAGE_BYTES, PACKAGE_PATH

        try:
            response = self._client.post(f"{self.base_url}{PACKAGE_PATH}", content=request,
                                         headers={"Content-Type": "application/json"})
        except httpx.HTTPError as error:
            raise TransientError(f"collector not reachable ({type(error).__name__})") from None
        if response.status_code == 204:
            return None
        if response.status_code >= 500 or response.status_code == 429:
            raise TransientError(f"collector answered {response.status_code}")
        if response.status_code >= 400:
            raise RejectedError(f"collector refused the package request "
                                f"({response.status_code}): {_detail(response)}")
        if len(response.content) > MAX_PACKAGE_BYTES:
            raise RejectedError("the collector sent a package that is too large")
        return response.content


def _detail(response: httpx.Response) -> str:
    try:
        data: Any = response.json()
        return str(data.get("detail") or data)
    except ValueError:
        return response.text[:200] or response.reason_phrase
