"""The Mitmachpool: e-mail addresses given with consent, sealed for the collector at once.

An attendee may leave an e-mail address to be invited again. The address is never written
to disk readable: it is put in a libsodium sealed box for the collector's public key
(``contact.collector_public_key``) and only the sealed bytes, the consent text version and
the day of consent are stored. The contact is deliberately not linked to the card: no id
in common, and no time finer than the day, inside the box or beside it, so the two cannot
be joined on the station or at the collector (see ``docs/privacy.md``).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from station_app.clock import utc_now
from station_app.config import Contact
from station_app.errors import ConfigError, UserError

if TYPE_CHECKING:
    from nacl.public import PublicKey, SealedBox

    from station_app.storage.contacts import ContactStore
    from station_app.storage.sessions import SessionBook

MAX_EMAIL_LENGTH = 254
_EMAIL_PATTERN = (
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+"          # local part, without quotes or spaces
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"  # domain labels
    r"[A-Za-z]{2,63}$"                              # a top-level domain of letters
)
"""Compiled at the first address (``re`` caches it): not before the start screen's frame."""
SEALED_FORMAT = "mitmachpool/1"


class InvalidEmail(UserError):
    """The address cannot be an e-mail address (typo, spaces, missing domain)."""


def normalise_email(address: str) -> str:
    """The address as it will be sealed, or ``InvalidEmail``.

    Deliberately pragmatic: one ``@``, a dotted domain with a letter TLD, no spaces, no
    leading, trailing or doubled dots in the local part. The domain is lower-cased.
    """
    address = address.strip()
    if not address or len(address) > MAX_EMAIL_LENGTH or not re.match(_EMAIL_PATTERN, address):
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
    """The consent text shown beside the checkbox, in ``language`` when it is translated
    (``consent_text_translations``, or ``consent_text_en``), else German."""
    return settings.consent_text_for(language)


def privacy_notice(settings: Contact, language: str) -> str:
    """The Mitmachpool's privacy notice in ``language`` when it is translated, else German
    ('' when none is configured)."""
    return settings.privacy_notice_for(language)


@dataclass(frozen=True)
class ContactOptIn:
    """A consented, well-formed address, ready to be sealed (never stored as it is)."""

    email: str


@dataclass(frozen=True)
class ContactDraft:
    """What the attendee has typed on the Mitmachpool step so far."""

    email: str = ""
    consent: bool = False

    @property
    def email_valid(self) -> bool:
        return is_valid_email(self.email)

    @property
    def wanted(self) -> bool:
        """The attendee started to opt in (typed an address or ticked the box)."""
        return bool(self.email.strip()) or self.consent

    @property
    def ready(self) -> bool:
        """Either nothing given (the step is skipped) or a valid address with consent."""
        return not self.wanted or (self.email_valid and self.consent)

    @property
    def problem(self) -> str:
        """Why ``ready`` is false: ``email``, ``consent`` or '' (worded by the UI)."""
        if self.ready:
            return ""
        return "consent" if self.email_valid else "email"

    def opt_in(self) -> ContactOptIn | None:
        """The opt-in to seal, or None when nothing (or nothing complete) was given."""
        if not (self.wanted and self.ready):
            return None
        return ContactOptIn(normalise_email(self.email))


@dataclass(frozen=True)
class SealedContact:
    """One Mitmachpool entry as stored: only the collector can open ``sealed``."""

    uuid: str
    session_id: int
    sealed: bytes
    consent_version: str
    consented_on: dt.date
    """The day of consent in the station's time zone: nothing finer, so that the time
    of consent can never point at the card written in the same minute."""


class ContactPool:
    """Seals and stores Mitmachpool opt-ins for one station."""

    def __init__(self, settings: Contact, station_id: str, sessions: SessionBook,
                 store: ContactStore, clock: Callable[[], dt.datetime] = utc_now) -> None:
        self._settings = settings
        self._station_id = station_id
        self._sessions = sessions
        self._store = store
        self._clock = clock
        self._box: SealedBox | None = None

    @property
    def available(self) -> bool:
        """Whether the kiosk offers the step: enabled and a sealing key configured."""
        return offers_contact(self._settings)

    def use_settings(self, settings: Contact) -> None:
        """Seal with these settings from now on (an enrolment brought the collector's key)."""
        self._settings = settings
        self._box = None

    def _sealed_box(self) -> SealedBox:
        """The box for the collector's key (libsodium loads only when a contact is sealed);
        ``ConfigError`` if the configured key is not a key."""
        if self._box is None:
            if not self.available:
                raise UserError("the Mitmachpool is not configured (no collector_public_key)")
            from nacl.public import SealedBox

            self._box = SealedBox(decode_public_key(self._settings.collector_public_key))
        return self._box

    def consent_text(self, language: str) -> str:
        return consent_text(self._settings, language)

    def seal(self, email: str, consented_on: dt.date) -> bytes:
        """The sealed box holding the address and what was consented to.

        Not the language the attendee read the kiosk in: with the card export's language
        column it could point at the one card written in that language that day. The
        consent is recorded by its version, which names the text in every language (the
        German one is sealed as the reference).
        """
        box = self._sealed_box()
        payload = {
            "format": SEALED_FORMAT,
            "email": normalise_email(email),
            "station_id": self._station_id,
            "consent_version": self._settings.consent_version,
            "consent_text": self._settings.consent_text,
            "consented_on": consented_on.isoformat(),
        }
        import json  # on first use, like libsodium

        return box.encrypt(json.dumps(payload, ensure_ascii=False).encode("utf-8"))

    def submit(self, opt_in: ContactOptIn) -> SealedContact:
        """Seal one consented address and commit it; the plain address is not kept.

        The caller (``CardIntake.hand_in``) runs this in the card's transaction, so card
        and contact are kept together or not at all.
        """
        from uuid import uuid4

        consented_on = self._clock().astimezone().date()
        contact = SealedContact(
            uuid=str(uuid4()),
            session_id=self._sessions.current_or_open().id,
            sealed=self.seal(opt_in.email, consented_on),
            consent_version=self._settings.consent_version,
            consented_on=consented_on,
        )
        self._store.add(contact)
        return contact
