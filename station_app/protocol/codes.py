"""The card code on the receipt: short, unguessable, typo-proof, e.g. ``K7M-4QX-9TRP``.

The station makes codes; the collector checks them (a batch with a malformed code is
refused) and the follow-up page parses what a person typed, so both share this module.
"""

from __future__ import annotations

import operator
import re

CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
"""31 symbols: no 0/O, 1/I/L look-alikes. 31 is prime, which makes the check strong."""
CODE_DATA_LENGTH = 9
"""9 random symbols carry 9 * log2(31) ≈ 44.6 bits, more than the 40 required."""
CODE_GROUPS = (3, 3, 4)
"""Printed as ``ABC-DEF-GHJK``: short groups are easier to read aloud and type."""
_VALUE = {symbol: value for value, symbol in enumerate(CODE_ALPHABET)}
_WEIGHTS = tuple(range(1, CODE_DATA_LENGTH + 1))
_SEPARATORS = re.compile(r"[\s\-_.]")
_SYMBOL = f"[{CODE_ALPHABET}]"
_CANONICAL = re.compile(f"{_SYMBOL}{{3}}-{_SYMBOL}{{3}}-{_SYMBOL}{{4}}")
"""A code as printed (what the QR's address holds): parsed without rewriting it."""


def _check_symbol(data: str) -> str:
    # Weighted sum modulo a prime: every single substitution and every swap of two
    # neighbouring symbols changes the check symbol.
    total = sum(map(operator.mul, _WEIGHTS, map(_VALUE.__getitem__, data)))
    return CODE_ALPHABET[total % len(CODE_ALPHABET)]


def new_code() -> str:
    """A fresh, unguessable receipt code, grouped for reading, e.g. ``K7M-4QX-9TRP``."""
    import secrets  # on first use: the kiosk's start screen appears without it

    data = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_DATA_LENGTH))
    return format_code(data + _check_symbol(data))


def format_code(compact: str) -> str:
    """Group a 10-symbol code as ``XXX-XXX-XXXX``."""
    parts, start = [], 0
    for size in CODE_GROUPS:
        parts.append(compact[start:start + size])
        start += size
    return "-".join(parts)


def parse_code(typed: str) -> str | None:
    """The canonical code for what a person typed or scanned, or None if it cannot be one.

    Case, spaces and dashes do not matter; a wrong check symbol (a typo) gives None.
    """
    if _CANONICAL.fullmatch(typed):  # as printed: the QR's address, most of all
        compact = typed.replace("-", "")
        return typed if _check_symbol(compact[:-1]) == compact[-1] else None
    compact = _SEPARATORS.sub("", typed).upper()
    if len(compact) != CODE_DATA_LENGTH + 1 or not set(compact) <= _VALUE.keys():
        return None
    if _check_symbol(compact[:-1]) != compact[-1]:
        return None
    return format_code(compact)
