"""The Mitmachpool step: the attendee's e-mail address and consent, until it is sealed."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from station_app.config import Contact
from station_app.contacts import ContactPool, consent_text, is_valid_email, offers_contact
from station_app.errors import StorageError
from station_app.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from station_app.qml.language import LanguageBridge

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "ContactBridge"]


@QmlElement
@QmlUncreatable("ContactBridge is provided by the application")
class ContactBridge(QObject):
    """Wraps ``ContactPool``: holds what the attendee typed, seals it on ``commit``.

    The plain address only ever lives in this object's memory and is cleared when the card
    is handed in or the draft is discarded.

    Signals:
        changed: the address, the consent tick or the consent text changed.
    """

    changed = Signal()

    def __init__(self, settings: Contact, language: LanguageBridge,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._pool: ContactPool | None = None
        self._language = language
        self._email = ""
        self._consent = False
        language.languageChanged.connect(self.changed)

    def attach_pool(self, pool: ContactPool) -> None:
        """Where opt-ins are sealed and stored, once the station's database is open."""
        self._pool = pool

    @Property(bool, constant=True)
    def available(self) -> bool:
        """Whether the kiosk shows the step (a sealing key is configured)."""
        return offers_contact(self._settings)

    def _get_email(self) -> str:
        return self._email

    def _set_email(self, email: str) -> None:
        if email != self._email:
            self._email = email
            self.changed.emit()

    email = Property(str, _get_email, _set_email, notify=changed)

    def _get_consent(self) -> bool:
        return self._consent

    def _set_consent(self, consent: bool) -> None:
        if consent != self._consent:
            self._consent = consent
            self.changed.emit()

    consent = Property(bool, _get_consent, _set_consent, notify=changed)

    @Property(bool, notify=changed)
    def emailValid(self) -> bool:
        return is_valid_email(self._email)

    @Property(bool, notify=changed)
    def wanted(self) -> bool:
        """The attendee started to opt in (typed an address or ticked the box)."""
        return bool(self._email.strip()) or self._consent

    @Property(bool, notify=changed)
    def ready(self) -> bool:
        """Either nothing given (the step is skipped) or a valid address with consent."""
        return not self.wanted or (self.emailValid and self._consent)

    @Property(str, notify=changed)
    def problem(self) -> str:
        """Why ``ready`` is false: ``email``, ``consent`` or '' (translated in QML)."""
        if self.ready:
            return ""
        return "consent" if self.emailValid else "email"

    @Property(str, notify=changed)
    def consentText(self) -> str:
        return consent_text(self._settings, self._language.language)

    @Slot()
    def clear(self) -> None:
        """Forget the address and the tick (skip, new attendee, after sealing)."""
        if self._email or self._consent:
            self._email = ""
            self._consent = False
            self.changed.emit()

    def commit(self) -> bool:
        """Seal and store the opt-in if one was given; True if a contact was stored.

        Raises ``UserError`` (``StorageError``) when it cannot be stored; the caller runs
        this inside the card's transaction so card and contact are kept together or not.
        """
        if not (self.available and self.wanted and self.ready):
            return False
        if self._pool is None:
            raise StorageError("the Mitmachpool's storage is not open yet")
        self._pool.submit(self._email, self._language.language)
        return True
