"""Mitmachpool: addresses are validated, sealed for the collector, stored apart from cards."""

from __future__ import annotations

import base64
import dataclasses
import json
import tomllib

import pytest
from nacl.public import PrivateKey, SealedBox

from station_app.config import parse_config
from station_app.contacts import (
    ContactOptIn,
    ContactPool,
    InvalidEmail,
    consent_text,
    normalise_email,
    privacy_notice,
)
from station_app.errors import ConfigError, StorageError
from station_app.paths import default_config_path
from station_app.storage.contacts import ContactStore


@pytest.mark.parametrize("address", ["erika@example.org", "a.b-c+tag@sub.stadt.dortmund.de",
                                     "  Erika@Example.ORG "])
def test_good_addresses(address):
    assert normalise_email(address).endswith(address.strip().split("@")[1].lower())


@pytest.mark.parametrize("address", ["", "erika", "erika@", "@example.org", "erika@example",
                                     "er ika@example.org", "erika..m@example.org",
                                     ".erika@example.org", "erika@exa_mple.org",
                                     "erika@example.o", f"{'x' * 65}@example.org"])
def test_bad_addresses(address):
    with pytest.raises(InvalidEmail):
        normalise_email(address)


def _pool(station, key: PrivateKey | None, clock) -> ContactPool:
    public = base64.b64encode(bytes(key.public_key)).decode() if key else ""
    settings = dataclasses.replace(station.config.contact, collector_public_key=public)
    return ContactPool(settings, station.config.station.id, station.sessions,
                       ContactStore(station.db), clock)


def test_contact_is_stored_only_sealed(station, clock):
    key = PrivateKey.generate()
    pool = _pool(station, key, clock)
    assert pool.available
    pool.submit(ContactOptIn("Erika@Example.org"))
    [row] = station.db.execute("SELECT sealed, consent_version, consented_at FROM contacts")
    sealed, version, at = row
    assert b"Erika" not in sealed and b"example" not in sealed
    opened = json.loads(SealedBox(key).decrypt(sealed))
    assert opened["email"] == "Erika@example.org"
    assert opened["consent_version"] == version == station.config.contact.consent_version
    # Only the day, inside the box and beside it: never a time that points at a card.
    assert opened["consented_on"] == at == clock().astimezone().date().isoformat()
    assert "consented_at" not in opened
    assert opened["station_id"] == station.config.station.id
    assert station.db.execute("SELECT COUNT(*) FROM cards").fetchone()[0] == 0


def test_the_box_says_nothing_about_the_kiosk_language(station, clock):
    """The language the attendee read could single out the one card written in it; the
    consent is recorded by its version (the reference text is the German one)."""
    key = PrivateKey.generate()
    pool = _pool(station, key, clock)
    pool.submit(ContactOptIn("erika@example.org"))
    [contact] = ContactStore(station.db).iter()
    opened = json.loads(SealedBox(key).decrypt(contact.sealed))
    assert "language" not in opened
    assert opened["consent_text"] == station.config.contact.consent_text
    assert opened["consent_version"] == station.config.contact.consent_version


def test_without_key_the_step_is_unavailable(station, clock):
    pool = _pool(station, None, clock)
    assert not pool.available


def test_a_key_that_comes_later_seals_from_then_on(station, clock):
    """An enrolment installed in the dashboard brings the collector's key to a pool that
    had none; a second enrolment's key replaces the first (never the old box again)."""
    pool = _pool(station, None, clock)
    first, second = PrivateKey.generate(), PrivateKey.generate()
    for key in (first, second):
        public = base64.b64encode(bytes(key.public_key)).decode()
        pool.use_settings(dataclasses.replace(station.config.contact,
                                              collector_public_key=public))
        assert pool.available
        pool.submit(ContactOptIn("erika@example.org"))
    sealed = [contact.sealed for contact in ContactStore(station.db).iter()]
    assert json.loads(SealedBox(first).decrypt(sealed[0]))["email"] == "erika@example.org"
    assert json.loads(SealedBox(second).decrypt(sealed[1]))["email"] == "erika@example.org"


@pytest.mark.parametrize("key", ["not-base64!", base64.b64encode(bytes(31)).decode()])
def test_a_bad_key_is_a_config_error(default_config, key):
    """Refused when the configuration is read: the kiosk never starts half-ready."""
    data = tomllib.loads(default_config_path().read_text(encoding="utf-8"))
    data["contact"]["collector_public_key"] = key
    with pytest.raises(ConfigError, match=r"contact\.collector_public_key"):
        parse_config(data, "station.toml")


def test_invalid_address_is_not_stored(station, clock):
    pool = _pool(station, PrivateKey.generate(), clock)
    with pytest.raises(InvalidEmail):
        pool.submit(ContactOptIn("no address"))
    assert ContactStore(station.db).count() == 0


def test_storage_failure_is_a_storage_error(station, clock):
    pool = _pool(station, PrivateKey.generate(), clock)
    station.db.execute("CREATE TRIGGER refuse BEFORE INSERT ON contacts "
                       "BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    with pytest.raises(StorageError):
        pool.submit(ContactOptIn("erika@example.org"))


@pytest.mark.parametrize(("language", "start"), [
    ("de", "Ja, ich möchte"), ("en", "Yes, I would like"), ("tr", "Evet, Dortmund"),
    ("ar", "نعم، أرغب"), ("pl", "Tak, chcę"), ("ro", "Da, doresc"), ("bg", "Да, искам"),
    ("uk", "Так, я хочу"), ("ru", "Да, я хочу"), ("fr", "Ja, ich möchte")])
def test_the_consent_text_is_in_the_attendees_language_else_german(default_config, language,
                                                                    start):
    assert consent_text(default_config.contact, language).startswith(start)


@pytest.mark.parametrize(("language", "start"), [
    ("de", "Wer erhebt Ihre Daten?"), ("en", "Who collects your data?"),
    ("tr", "Verilerinizi kim topluyor?"), ("ar", "من يجمع بياناتكم؟"),
    ("pl", "Kto zbiera Państwa dane?"), ("ro", "Cine vă colectează datele?"),
    ("bg", "Кой събира Вашите данни?"), ("uk", "Хто збирає Ваші дані?"),
    ("ru", "Кто собирает Ваши данные?"), ("fr", "Wer erhebt Ihre Daten?")])
def test_the_privacy_notice_is_in_the_attendees_language_else_german(default_config, language,
                                                                     start):
    notice = privacy_notice(default_config.contact, language)
    assert notice.startswith(start) and notice == notice.strip()


def test_a_translation_table_wins_over_the_older_english_keys(default_config):
    settings = dataclasses.replace(
        default_config.contact, consent_text_translations={"en": "Yes, please."},
        privacy_notice_translations={"en": "\nNotice.\n"})
    assert consent_text(settings, "en") == "Yes, please."
    assert privacy_notice(settings, "en") == "Notice."
    # the older keys alone still mean English; without any text there is no notice
    older = dataclasses.replace(default_config.contact, consent_text_translations={},
                                privacy_notice_translations={})
    assert consent_text(older, "en") == default_config.contact.consent_text_en
    assert consent_text(older, "tr") == default_config.contact.consent_text
    none = dataclasses.replace(older, privacy_notice="", privacy_notice_en="")
    assert privacy_notice(none, "en") == privacy_notice(none, "tr") == ""
