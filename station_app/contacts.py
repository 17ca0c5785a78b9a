"""The Mitmachpool: e-mail addresses given with consent, sealed for the collector at once.

An attendee may leave an e-mail address to be invited again. The address is never written
to disk readable: it is put in a libsodium sealed box for the collector's public key
(``contact.collector_public_key``) and only the sealed bytes, the consent text version and
the time of consent are stored. The contact is deliberately not linked to the card, so the
two cannot be joined on the station or at the collector.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from station_app.cards import utc_now
from station_app.config import Contact
from station_app.errors import ConfigError, UserError

if TYPE_CHECKING:
    from nacl.public import PublicKey, SealedBox

    from station_app.storage.contacts import ContactStore
    from station_app.storage.sessions import SessionBook

MAX_EMAIL_LENGTH = 254
_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+"          # local part, without quotes or spaces
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"  # domain labels
    r"[A-Za-z]{2,63}$"                              # a top-level domain of letters
)
SEALED_FORMAT = "mitmachpool/1"


class InvalidEmail(UserError):
    """The address cannot be an e-mail address (typo, spaces, missing domain)."""


def normalise_email(address: str) -> str:
    """The address as it will be sealed, or ``InvalidEmail``.

    Deliberately pragmatic: one ``@``, a dotted domain with a letter TLD, no spaces, no
    leading, trailing or doubled dots in the local part. The domain is lower-cased.
    """
    address = address.strip()
    if not address or len(address) > MAX_EMAIL_LENGTH or not _EMAIL.match(address):
        raise InvalidEmail("this is not an e-mail address")
    local, domain = address.rsplit("@", 1)
    if local.startswith(".") or local.endswith(".") or ".." in local or len(local) > 64:
        raise InvalidEmail("this is not an e-mail address")
    return f"{local}@{domain.lower()}"


def is_valid_email(address: str) -> bool:
    """True when ``normalise_email`` would accept the address."""
    try:
        normalise_email(address)
    except InvalidEmail:
        return False
    return True


def decode_public_key(encoded: str) -> PublicKey:
    """The collector's Curve25519 public key from its base64 form; ``ConfigError`` if bad."""
    from nacl.exceptions import CryptoError  # libsodium loads only when a key is configured
    from nacl.public import PublicKey

    try:
        raw = base64.b64decode(encoded.strip(), validate=True)
        return PublicKey(raw)
    except (binascii.Error, ValueError, CryptoError, TypeError):
        raise ConfigError("<config>", "contact.collector_public_key",
                          "must be a base64 Curve25519 public key (32 bytes)") from None


def offers_contact(settings: Contact) -> bool:
    """Whether the kiosk shows the Mitmachpool step: enabled and a sealing key configured."""
    return settings.enabled and bool(settings.collector_public_key.strip())


def consent_text(settings: Contact, language: str) -> str:
    """The consent text shown beside the checkbox (English when configured)."""
    if language == "en" and settings.consent_text_en:
        return settings.consent_text_en
    return settings.consent_text


@dataclass(frozen=True)
class SealedContact:
    """One Mitmachpool entry as stored: only the collector can open ``sealed``."""

    uuid: str
    session_id: int
    sealed: bytes
    consent_version: str
    consented_at: dt.datetime


class ContactPool:
    """Seals and stores Mitmachpool opt-ins for one station."""

    def __init__(self, settings: Contact, station_id: str, sessions: SessionBook,
                 store: ContactStore, clock: Callable[[], dt.datetime] = utc_now) -> None:
        self._settings = settings
        self._station_id = station_id
        self._sessions = sessions
        self._store = store
        self._clock = clock
        key = settings.collector_public_key.strip()
        self._box: SealedBox | None = None
        if key:
            from nacl.public import SealedBox

            self._box = SealedBox(decode_public_key(key))

    @property
    def available(self) -> bool:
        """Whether the kiosk offers the step: enabled and a sealing key configured."""
        return self._settings.enabled and self._box is not None

    def consent_text(self, language: str) -> str:
        return consent_text(self._settings, language)

    def seal(self, email: str, language: str, consented_at: dt.datetime) -> bytes:
        """The sealed box holding the address and what was consented to."""
        if self._box is None:
            raise UserError("the Mitmachpool is not configured (no collector_public_key)")
        payload = {
            "format": SEALED_FORMAT,
            "email": normalise_email(email),
            "language": language,
            "station_id": self._station_id,
            "consent_version": self._settings.consent_version,
            "consent_text": self.consent_text(language),
            "consented_at": consented_at.isoformat(),
        }
        return self._box.encrypt(json.dumps(payload, ensure_ascii=False).encode("utf-8"))

    def submit(self, email: str, language: str) -> SealedContact:
        """Seal one consented address and commit it; the plain address is not kept."""
        consented_at = self._clock().astimezone(dt.UTC)
        contact = SealedContact(
            uuid=str(uuid.uuid4()),
            session_id=self._sessions.current_or_open().id,
            sealed=self.seal(email, language, consented_at),
            consent_version=self._settings.consent_version,
            consented_at=consented_at,
        )
        self._store.add(contact)
        return contact
