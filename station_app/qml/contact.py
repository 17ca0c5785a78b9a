"""The Mitmachpool step: the attendee's e-mail address and consent, until it is sealed."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from station_app.card_flow import CardFlow
from station_app.config import Contact
from station_app.contacts import ContactDraft, consent_text, offers_contact, privacy_notice
from station_app.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from station_app.qml.language import LanguageBridge

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "ContactBridge"]


@QmlElement
@QmlUncreatable("ContactBridge is provided by the application")
class ContactBridge(QObject):
    """Wraps the card flow's ``ContactDraft``: what the attendee typed, never stored plain.

    The address lives only in the flow's memory; it is sealed when the card is handed in
    and forgotten when the flow is reset.

    Signals:
        changed: the address, the consent tick or the consent text changed.
    """

    changed = Signal()

    def __init__(self, settings: Contact, flow: CardFlow, language: LanguageBridge,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._flow = flow
        self._language = language
        language.languageChanged.connect(self.changed)

    @Property(bool, notify=changed)
    def available(self) -> bool:
        """Whether the kiosk shows the step (a sealing key is configured)."""
        return offers_contact(self._settings)

    def use_settings(self, settings: Contact) -> None:
        """The Mitmachpool's settings from now on (an enrolment brought the key)."""
        self._settings = settings
        self.changed.emit()

    def _draft(self) -> ContactDraft:
        return self._flow.contact

    def _change(self, **changes: object) -> None:
        changed = replace(self._flow.contact, **changes)
        if changed != self._flow.contact:
            self._flow.contact = changed
            self.changed.emit()

    def _get_email(self) -> str:
        return self._draft().email

    def _set_email(self, email: str) -> None:
        self._change(email=email)

    email = Property(str, _get_email, _set_email, notify=changed)

    def _get_consent(self) -> bool:
        return self._draft().consent

    def _set_consent(self, consent: bool) -> None:
        self._change(consent=consent)

    consent = Property(bool, _get_consent, _set_consent, notify=changed)

    @Property(bool, notify=changed)
    def emailValid(self) -> bool:
        return self._draft().email_valid

    @Property(bool, notify=changed)
    def wanted(self) -> bool:
        return self._draft().wanted

    @Property(bool, notify=changed)
    def ready(self) -> bool:
        return self._draft().ready

    @Property(str, notify=changed)
    def problem(self) -> str:
        """Why ``ready`` is false: ``email``, ``consent`` or '' (worded in QML)."""
        return self._draft().problem

    @Property(str, notify=changed)
    def consentText(self) -> str:
        return consent_text(self._settings, self._language.language)

    @Property(str, notify=changed)
    def privacyNotice(self) -> str:
        """The privacy notice (DSGVO Art. 13) in the UI language ('' when none is set)."""
        return privacy_notice(self._settings, self._language.language)

    @Slot()
    def clear(self) -> None:
        """Forget the address and the tick (skip, new attendee)."""
        self._change(email="", consent=False)

    def forgotten(self) -> None:
        """The flow was reset (card handed in, timeout): tell QML the fields are empty."""
        self.changed.emit()
