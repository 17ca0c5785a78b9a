"""Card codes: unguessable, free of look-alikes, every typo and neighbour swap caught."""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station_app.protocol.codes import CODE_ALPHABET, CODE_DATA_LENGTH, new_code, parse_code

CODE_SHAPE = re.compile(r"^[%s]{3}-[%s]{3}-[%s]{4}$" % ((CODE_ALPHABET,) * 3))


def test_codes_have_no_look_alikes_and_enough_randomness():
    assert not set("01OIL") & set(CODE_ALPHABET)
    assert CODE_DATA_LENGTH * math.log2(len(CODE_ALPHABET)) >= 40
    codes = {new_code() for _ in range(5000)}
    assert len(codes) == 5000
    assert all(CODE_SHAPE.match(code) for code in codes)


def test_typed_code_is_accepted_in_any_case_and_spacing():
    code = new_code()
    assert parse_code(code) == code
    assert parse_code(code.lower()) == code
    assert parse_code(" " + code.replace("-", " ") + " ") == code
    assert parse_code(code.replace("-", "")) == code


@given(st.data())
def test_every_single_typo_and_neighbour_swap_is_detected(data):
    compact = new_code().replace("-", "")
    position = data.draw(st.integers(0, len(compact) - 1))
    replacement = data.draw(st.sampled_from([c for c in CODE_ALPHABET if c != compact[position]]))
    typo = compact[:position] + replacement + compact[position + 1:]
    assert parse_code(typo) is None
    swap_at = data.draw(st.integers(0, len(compact) - 2))
    if compact[swap_at] != compact[swap_at + 1]:
        swapped = (compact[:swap_at] + compact[swap_at + 1] + compact[swap_at]
                   + compact[swap_at + 2:])
        assert parse_code(swapped) is None


@pytest.mark.parametrize("typed", ["", "ABC", "ABC-DEF-GHJK-LMN", "0BC-DEF-GHJK", "ÄBC-DEF-GHJK"])
def test_malformed_codes_are_refused(typed):
    assert parse_code(typed) is None
