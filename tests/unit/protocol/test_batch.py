"""The batch format's own defences: the value budget, checked without parsing."""

from __future__ import annotations

import pytest

from station_app.protocol.batch import (
    MAX_CONTAINERS,
    MAX_VALUES,
    BatchFormatError,
    check_size,
    parse_document,
)


@pytest.mark.parametrize(("raw", "reason"), [
    (b"[" + b"0," * MAX_VALUES + b"0]", "too many values"),
    (b'["' + b'a","' * MAX_VALUES + b'"]', "too many values"),
    (b"[" + b"[]," * MAX_CONTAINERS + b"[]]", "too many objects and lists"),
    (b"[" + b"{}," * MAX_CONTAINERS + b"{}]", "too many objects and lists"),
])
def test_too_many_values_are_refused_before_parsing(raw, reason):
    with pytest.raises(BatchFormatError, match=reason):
        check_size(raw)
    with pytest.raises(BatchFormatError, match=reason):
        parse_document(raw)


@pytest.mark.parametrize("text", [
    b",:[{" * (MAX_VALUES // 2),           # separators inside a text are no values
    b'\\",[' * (MAX_VALUES // 2),          # nor behind escaped quotes
])
def test_a_long_text_full_of_separators_is_within_the_budget(text):
    raw = b'{"format": "x", "t": "' + text + b'"}'
    check_size(raw)  # not refused: the separators are inside the string
    with pytest.raises(BatchFormatError, match="unknown batch format"):
        parse_document(raw)  # parsed, and refused only for what it is


@pytest.mark.parametrize("raw", [
    b'"\\' * 200_000,            # an unterminated string of escapes
    b'x\\"' * 200_000,           # escaped quotes outside any string
    b'"' + b"a" * 1_000_000,    # a string that never ends
    b'[",' * 400_000,            # quotes that pair up across separators
])
def test_odd_quoting_is_counted_without_error(raw):
    try:
        check_size(raw)
    except BatchFormatError as error:
        assert "too many" in str(error)
    with pytest.raises(BatchFormatError):
        parse_document(raw)
