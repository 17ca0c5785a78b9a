"""The collector's OpenAPI 3 document, written out by hand so it says exactly what we mean.

Served at ``/api/v1/openapi.json``; the fuzz test drives the running collector from it.
"""

from __future__ import annotations

from typing import Any

from station_app import __version__

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


_LANG = {"name": "lang", "in": "query", "required": False,
         "schema": {"type": "string", "enum": ["de", "en"]}}
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
                             "lang": {"type": "string", "enum": ["de", "en"]}, **fields}}
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
                    "schema": {"type": "object", "required": ["status"],
                               "properties": {"status": {"type": "string"},
                                              "version": {"type": "string"}}}}}}}}},
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
                    {"name": "lang", "in": "query", "required": False,
                     "schema": {"type": "string", "enum": ["de", "en"]}},
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
                    {"name": "lang", "in": "query", "required": False,
                     "schema": {"type": "string", "enum": ["de", "en"]}},
                ],
                "responses": {"200": {"description": "The form", "content": html},
                              "303": {"description": "To the card's page"},
                              "404": {"description": "Mistyped code", "content": html},
                              "429": {"description": "Too many requests", "content": html}}}},
        },
    }
