"""Voting codes: hard to guess, typed forgivingly, stored only hashed."""

from __future__ import annotations

import math

import pytest

from designer.hall.codes import (
    CODE_ALPHABET,
    CODE_ENTROPY_BITS,
    CodeError,
    hash_code,
    make_codes,
    normalise_code,
)


def test_entropy_is_stated_for_six_characters_of_an_unambiguous_alphabet():
    assert not set("01OIL") & set(CODE_ALPHABET)
    assert len(CODE_ALPHABET) == 31
    assert pytest.approx(6 * math.log2(31)) == CODE_ENTROPY_BITS
    assert CODE_ENTROPY_BITS > 29.5


def test_codes_are_unique_six_characters_and_stored_only_as_salted_hashes():
    record, codes = make_codes("ws-1", 200)
    assert len(set(codes)) == 200
    assert all(len(c) == 6 and set(c) <= set(CODE_ALPHABET) for c in codes)
    assert len(record.code_hashes) == 200
    assert not any(c in h for c in codes for h in record.code_hashes)
    assert record.code_hashes[0] == hash_code(record.salt, codes[0])
    other, _ = make_codes("ws-2", 1)
    assert other.salt != record.salt  # the same code hashes differently in another workshop


def test_more_codes_keep_the_earlier_ones_and_the_salt():
    first, codes = make_codes("ws-1", 3)
    more, new = make_codes("ws-1", 2, first)
    assert more.id == first.id and more.salt == first.salt
    assert more.code_hashes[:3] == first.code_hashes
    assert not set(codes) & set(new)


def test_a_typed_code_is_normalised_and_a_malformed_one_is_refused():
    assert normalise_code(" abc-23x ") == "ABC23X"
    for bad in ("ABC12", "ABCDEFG", "ABC0DE", ""):
        with pytest.raises(CodeError):
            normalise_code(bad)


@pytest.mark.parametrize("count", [0, 5000])
def test_a_count_out_of_range_is_refused(count):
    with pytest.raises(CodeError):
        make_codes("ws-1", count)
