"""What the station and the collector share, byte for byte: the wire protocol.

Both deployables import this package and neither reaches into the other's rooms:

- ``canonical``: the one JSON byte form that is hashed and signed, strict base64.
- ``signatures``: Ed25519 signatures over canonical documents.
- ``codes``: the card code printed on the receipt (alphabet, check symbol, parsing).
- ``cards``: the fields that make a card what it is, with their wire types.
- ``batch``: the ``station-batch/1`` document, its shape and manifest hash.
- ``enrolment``: the file that gives a station its keys and its collector.
- ``files``: writing files (batches, enrolments, exports) completely or not at all.

Nothing here imports Qt, SQLite or a station configuration.
"""
