"""The collector's OpenAPI 3 document, written out by hand so it says exactly what we mean.

Served at ``/api/v1/openapi.json``; the fuzz test drives the running collector from it.
"""

from __future__ import annotations

from typing import Any

from station_app import __version__
from station_app.collector.pages import LANGUAGES
from station_app.protocol.heartbeat import HEARTBEAT_PATH, PRINTER_STATES
from station_app.protocol.hub_decisions import DECISIONS_PATH, KINDS
from station_app.protocol.hub_decisions import FORMAT as DECISIONS_FORMAT
from station_app.protocol.package import PACKAGE_PATH, REQUEST_FORMAT
from station_app.protocol.relay import FORMAT as RELAY_FORMAT
from station_app.protocol.relay import RELAY_PATH

_ERROR = {"type": "object", "properties": {"detail": {"type": "string"}},
          "required": ["detail"]}

_CARD = {
    "type": "object",
    "required": ["uuid", "code", "session_id", "station_id", "prompt_id", "topic_id", "text",
                 "language", "source", "created_at"],
    "properties": {
        "uuid": {"type": "string", "format": "uuid"},
        "code": {"type": "string", "example": "K7M-4QX-9TRP"},
        "session_id": {"type": "integer"},
        "station_id": {"type": "string"},
        "prompt_id": {"type": "string"},
        "topic_id": {"type": "string"},
        "text": {"type": "string"},
        "district_id": {"type": "string", "nullable": True},
        "age_group_id": {"type": "string", "nullable": True},
        "language": {"type": "string"},
        "source": {"type": "string", "enum": ["kiosk", "paper"]},
        "created_at": {"type": "string", "format": "date-time"},
        "labels": {"type": "object"},
        "session": {"type": "object"},
        "hidden": {"type": "boolean"},
    },
}

_BATCH = {
    "type": "object",
    "required": ["format", "batch_id", "station_id", "seq", "created_at", "cards", "contacts",
                 "manifest_sha256", "signature"],
    "properties": {
        "format": {"type": "string", "enum": ["station-batch/1"]},
        "batch_id": {"type": "string", "format": "uuid"},
        "station_id": {"type": "string"},
        "seq": {"type": "integer", "minimum": 1},
        "created_at": {"type": "string", "format": "date-time"},
        "event": {"type": "object"},
        "totals": {"type": "object"},
        "cards": {"type": "array", "items": _CARD},
        "contacts": {"type": "array", "items": {
            "type": "object", "required": ["uuid", "sealed", "consent_version", "consented_at"],
            "properties": {"uuid": {"type": "string"}, "sealed": {"type": "string"},
                           "consent_version": {"type": "string"},
                           "consented_at": {"type": "string"}}}},
        "moderation": {"type": "array", "items": {
            "type": "object", "required": ["uuid", "card_uuid", "hidden", "reason", "at"],
            "properties": {"uuid": {"type": "string", "format": "uuid"},
                           "card_uuid": {"type": "string", "format": "uuid"},
                           "hidden": {"type": "boolean"}, "reason": {"type": "string"},
                           "at": {"type": "string", "format": "date-time"}}}},
        "manifest_sha256": {"type": "string"},
        "signature": {"type": "string", "description": "base64 Ed25519 signature over the "
                      "canonical JSON of the document without this field"},
    },
}

_ACK = {
    "type": "object",
    "required": ["status", "batch_id", "manifest_sha256"],
    "properties": {
        "status": {"type": "string", "enum": ["stored", "already-received"]},
        "batch_id": {"type": "string"}, "station_id": {"type": "string"},
        "seq": {"type": "integer"}, "manifest_sha256": {"type": "string"},
        "cards_stored": {"type": "integer"}, "cards_already_present": {"type": "integer"},
        "contacts": {"type": "integer"},
        "contacts_opened": {"type": "integer", "description": "contacts the collector "
                            "opened with its key; the station forgets only those"},
        "moderation": {"type": "integer"},
    },
}


def _error(description: str, media: str = "application/json") -> dict[str, Any]:
    schema = _ERROR if media == "application/json" else {"type": "string"}
    return {"description": description, "content": {media: {"schema": schema}}}


_LANGUAGES = list(LANGUAGES)
_LANG = {"name": "lang", "in": "query", "required": False,
         "schema": {"type": "string", "enum": _LANGUAGES}}
_CODE = {"name": "code", "in": "path", "required": True, "schema": {"type": "string"}}
_HTML = {"text/html": {"schema": {"type": "string"}}}


def _holder_get(operation: str, summary: str) -> dict[str, Any]:
    return {"operationId": operation, "summary": summary, "parameters": [_CODE, _LANG],
            "responses": {"200": {"description": "The page", "content": _HTML},
                          "404": {"description": "Unknown or mistyped code", "content": _HTML},
                          "409": {"description": "The card was withdrawn", "content": _HTML},
                          "429": {"description": "Too many requests", "content": _HTML}}}


def _holder_post(operation: str, summary: str, fields: dict[str, Any]) -> dict[str, Any]:
    """A form of the card's holder: a token bound to the code (from the form page), same
    origin only, rate-limited per client."""
    schema = {"type": "object", "required": ["csrf_token"],
              "properties": {"csrf_token": {"type": "string"},
                             "lang": {"type": "string", "enum": _LANGUAGES}, **fields}}
    return {"operationId": operation, "summary": summary, "parameters": [_CODE],
            "requestBody": {"required": True, "content": {
                "application/x-www-form-urlencoded": {"schema": schema}}},
            "responses": {"303": {"description": "Done: back to the card's page"},
                          "400": {"description": "Unreadable form", "content": _HTML},
                          "403": {"description": "Wrong token or another site",
                                  "content": _HTML},
                          "404": {"description": "Unknown or mistyped code", "content": _HTML},
                          "409": {"description": "Withdrawn, or too many corrections",
                                  "content": _HTML},
                          "429": {"description": "Too many requests", "content": _HTML}}}


_SIGNED_BY = [
    {"name": "X-Station-Id", "in": "header", "required": True, "schema": {"type": "string"},
     "description": "the hub's id (enrolled here like a station); an unknown one is refused "
                    "before its body is read"},
    {"name": "X-Batch-Signature", "in": "header", "required": True,
     "schema": {"type": "string"},
     "description": "the hub's upload signature over the exact body bytes (as for a batch)"},
]

_RELAY = {
    "type": "object",
    "required": ["format", "hub_id", "created_at", "registration", "batch", "contacts",
                 "signature"],
    "properties": {
        "format": {"type": "string", "enum": [RELAY_FORMAT]},
        "hub_id": {"type": "string"}, "created_at": {"type": "string", "format": "date-time"},
        "registration": {"type": "object", "required": ["station_id", "verify_key",
                                                        "enrolled_at"],
                         "properties": {"station_id": {"type": "string"},
                                        "verify_key": {"type": "string"},
                                        "enrolled_at": {"type": "string",
                                                        "format": "date-time"}}},
        "batch": _BATCH,
        "contacts": {"type": "array", "items": {
            "type": "object", "required": ["uuid", "sealed"],
            "properties": {"uuid": {"type": "string"}, "sealed": {"type": "string"}}},
            "description": "the batch's contacts sealed anew for this collector's key"},
        "signature": {"type": "string", "description": "the hub's Ed25519 signature over "
                      "the canonical JSON without this field"},
    },
}

_DECISIONS = {
    "type": "object", "required": ["format", "hub_id", "created_at", "decisions", "signature"],
    "properties": {
        "format": {"type": "string", "enum": [DECISIONS_FORMAT]},
        "hub_id": {"type": "string"}, "created_at": {"type": "string", "format": "date-time"},
        "decisions": {"type": "array", "minItems": 1, "maxItems": 1000, "items": {
            "type": "object", "required": ["id", "kind", "card_uuid", "at"],
            "properties": {"id": {"type": "string"}, "kind": {"type": "string",
                                                              "enum": list(KINDS)},
                           "card_uuid": {"type": "string"},
                           "at": {"type": "string", "format": "date-time"},
                           "reason": {"type": "string", "description": "hide, show"},
                           "by": {"type": "string", "description": "hide, show: the hub's "
                                  "staff member"},
                           "text": {"type": "string", "description": "correct"}}}},
        "signature": {"type": "string"},
    },
}

_DECISIONS_ACK = {
    "type": "object", "required": ["status", "hub_id", "applied", "already", "refused"],
    "properties": {"status": {"type": "string"}, "hub_id": {"type": "string"},
                   "applied": {"type": "array", "items": {"type": "string"}},
                   "already": {"type": "array", "items": {"type": "string"}},
                   "refused": {"type": "object", "additionalProperties": {"type": "string"},
                               "description": "decision id → why (sent again later)"}},
}

_HEARTBEAT = {
    "type": "object",
    "required": ["format", "station_id", "sent_at", "app_version", "pending_cards", "printer",
                 "signature"],
    "properties": {
        "format": {"type": "string", "enum": ["station-heartbeat/1"]},
        "station_id": {"type": "string"}, "sent_at": {"type": "string", "format": "date-time"},
        "app_version": {"type": "string"},
        "config_version": {"type": "integer", "nullable": True},
        "pending_cards": {"type": "integer", "minimum": 0},
        "printer": {"type": "string", "enum": list(PRINTER_STATES)},
        "free_disk_bytes": {"type": "integer", "nullable": True},
        "last_error": {"type": "string", "maxLength": 300},
        "signature": {"type": "string", "description": "the station's Ed25519 signature"},
    },
}

_PACKAGE_REQUEST = {
    "type": "object", "required": ["format", "station_id", "have", "signature"],
    "properties": {"format": {"type": "string", "enum": [REQUEST_FORMAT]},
                   "station_id": {"type": "string"},
                   "have": {"type": "integer", "minimum": 0,
                            "description": "the configuration version the station runs"},
                   "signature": {"type": "string"}},
}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


def _station_api() -> dict[str, Any]:
    """What stations and hubs send besides batches: relays, decisions, heartbeats and the
    question for a newer package."""
    event = {"name": "event", "in": "path", "required": True, "schema": {"type": "string"}}
    return {
        RELAY_PATH: {"post": {
            "operationId": "postRelay", "summary": "A venue hub relays one station batch",
            "description": "The station's batch as the station signed it, checked with the "
                           "station's own key; answered like an upload to /api/v1/batches.",
            "parameters": _SIGNED_BY,
            "requestBody": {"required": True, "content": _json(_RELAY)},
            "responses": {
                "200": {"description": "Received before", "content": _json(_ACK)},
                "201": {"description": "Stored", "content": _json(_ACK)},
                "401": _error("Not named or not signed"),
                "403": _error("Unknown hub, bad signature, or a station this collector "
                              "enrolled itself"),
                "409": _error("A card UUID was received before with other content"),
                "413": _error("Too large"), "415": _error("Not application/json"),
                "422": _error("Malformed relay document or batch"),
                "429": _error("Too many requests")}}},
        DECISIONS_PATH: {"post": {
            "operationId": "postHubDecisions",
            "summary": "A venue hub sends what its own office decided",
            "description": "Hides, shows, withdrawals and corrections made on the hub's "
                           "pages, each applied once per hub and id, only to cards of "
                           "stations the hub serves.",
            "parameters": _SIGNED_BY,
            "requestBody": {"required": True, "content": _json(_DECISIONS)},
            "responses": {
                "200": {"description": "Applied (see refused)",
                        "content": _json(_DECISIONS_ACK)},
                "401": _error("Not named or not signed"),
                "403": _error("Unknown hub or bad signature"),
                "413": _error("Too large"), "415": _error("Not application/json"),
                "422": _error("Malformed decisions document"),
                "429": _error("Too many requests")}}},
        HEARTBEAT_PATH: {"post": {
            "operationId": "postHeartbeat", "summary": "A station's signed health note",
            "requestBody": {"required": True, "content": _json(_HEARTBEAT)},
            "responses": {
                "200": {"description": "Kept", "content": _json({
                    "type": "object", "required": ["status", "latest_config_version"],
                    "properties": {"status": {"type": "string"},
                                   "latest_config_version": {"type": "integer"}}})},
                "400": _error("Not a heartbeat"),
                "403": _error("Unknown station or bad signature"),
                "413": _error("Too large"), "429": _error("Too many requests")}}},
        PACKAGE_PATH: {"post": {
            "operationId": "postPackageRequest",
            "summary": "A station asks for a newer station package",
            "requestBody": {"required": True, "content": _json(_PACKAGE_REQUEST)},
            "responses": {
                "200": {"description": "The newest station package (without keys)",
                        "content": _json({"type": "object"})},
                "204": {"description": "Nothing newer than the station has"},
                "400": _error("Not a package request"),
                "403": _error("Unknown station or bad signature"),
                "413": _error("Too large"), "429": _error("Too many requests")}}},
        "/wall/": {"get": {
            "operationId": "wallList", "summary": "The live walls (a hub: serve --wall)",
            "responses": {"200": {"description": "The list", "content": _HTML},
                          "404": {"description": "No wall served here", "content": _HTML}}}},
        "/wall/{event}": {"get": {
            "operationId": "wallPage", "summary": "An event's live wall, server-rendered",
            "parameters": [event],
            "responses": {"200": {"description": "The wall", "content": _HTML},
                          "404": {"description": "Unknown event or no wall",
                                  "content": _HTML}}}},
        "/wall/{event}/stream": {"get": {
            "operationId": "wallStream", "summary": "The wall's updates (server-sent events)",
            "parameters": [event],
            "responses": {"200": {"description": "An event stream", "content": {
                "text/event-stream": {"schema": {"type": "string"}}}},
                          "404": {"description": "Unknown event or no wall"},
                          "429": {"description": "Too many streams from this client"}}}},
    }


def openapi_document() -> dict[str, Any]:
    """The whole document."""
    html = {"text/html": {"schema": {"type": "string"}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Beteiligungsstation – Sammelstelle (collector)",
                 "version": __version__,
                 "description": "Receives signed card batches from stations and serves the "
                                "follow-up pages behind the receipts' QR codes."},
        "paths": {
            "/api/v1/health": {"get": {
                "operationId": "health", "summary": "Is the collector up?",
                "responses": {"200": {"description": "Up", "content": {"application/json": {
                    "schema": {"type": "object", "required": ["status"], "properties": {
                        "status": {"type": "string"}, "version": {"type": "string"},
                        "stations": {"type": "integer"}, "cards": {"type": "integer"},
                        "worker": {"type": "integer",
                                   "description": "the answering process's id (with "
                                                  "--workers N, one of N)"}}}}}},
                    "503": _error("The database is not available for a moment "
                                  "(Retry-After)")}}},
            "/api/v1/batches": {"post": {
                "operationId": "postBatch", "summary": "Upload one signed batch",
                "parameters": [
                    {"name": "X-Station-Id", "in": "header", "required": True,
                     "schema": {"type": "string"},
                     "description": "the station's id; an unknown station is refused "
                                    "before its body is read"},
                    {"name": "X-Batch-Signature", "in": "header", "required": True,
                     "schema": {"type": "string"},
                     "description": "base64 Ed25519 signature over 'station-batch/1 upload "
                                    "sha256:' followed by the 32-byte SHA-256 of the exact "
                                    "body bytes, checked before the body is parsed"},
                ],
                "requestBody": {"required": True,
                                "content": {"application/json": {"schema": _BATCH}}},
                "responses": {
                    "200": {"description": "Received before; nothing changed",
                            "content": {"application/json": {"schema": _ACK}}},
                    "201": {"description": "Stored",
                            "content": {"application/json": {"schema": _ACK}}},
                    "401": _error("The upload names no station or is not signed"),
                    "403": _error("Unknown station or bad signature"),
                    "409": _error("A card UUID was received before with other content"),
                    "413": _error("Batch too large"),
                    "415": _error("Not application/json"),
                    "422": _error("Malformed batch (not JSON, lone surrogates, numbers out of "
                                  "range, too deep), wrong manifest, time outside window, or "
                                  "a contact sealed for another collector"),
                    "429": _error("Too many requests"),
                }}},
            "/k/{code}": {"get": {
                "operationId": "followUpPage", "summary": "The card's follow-up page",
                "parameters": [
                    {"name": "code", "in": "path", "required": True,
                     "schema": {"type": "string"}},
                    _LANG,
                ],
                "responses": {"200": {"description": "The card", "content": html},
                              "404": {"description": "Unknown or mistyped code",
                                      "content": html},
                              "429": {"description": "Too many requests", "content": html}}}},
            "/k/{code}/withdraw": {
                "get": _holder_get("withdrawForm", "Confirmation page before a withdrawal"),
                "post": _holder_post("withdrawCard", "Withdraw the card (its text is erased)",
                                     {}),
            },
            "/k/{code}/correct": {
                "get": _holder_get("correctForm", "The form for a correction"),
                "post": _holder_post("correctCard", "Keep a correction beside the original",
                                     {"text": {"type": "string", "maxLength": 2000}}),
            },
            "/results": {"get": {
                "operationId": "resultsList", "summary": "The events whose results are public",
                "parameters": [_LANG],
                "responses": {"200": {"description": "The list", "content": html},
                              "429": {"description": "Too many requests", "content": html}}}},
            "/results/{event}": {"get": {
                "operationId": "resultsPage", "summary": "An event's published results",
                "parameters": [
                    {"name": "event", "in": "path", "required": True,
                     "schema": {"type": "string"}},
                    {"name": "page", "in": "query", "required": False,
                     "schema": {"type": "integer", "minimum": 1}}, _LANG],
                "responses": {"200": {"description": "The results", "content": html},
                              "404": {"description": "Unknown or not published",
                                      "content": html},
                              "429": {"description": "Too many requests", "content": html}}}},
            "/k": {"get": {
                "operationId": "followUpForm", "summary": "Code entry form (redirects)",
                "parameters": [
                    {"name": "code", "in": "query", "required": False,
                     "schema": {"type": "string"}},
                    _LANG,
                ],
                "responses": {"200": {"description": "The form", "content": html},
                              "303": {"description": "To the card's page"},
                              "404": {"description": "Mistyped code", "content": html},
                              "429": {"description": "Too many requests", "content": html}}}},
            **_station_api(),
        },
    }
