"""Check digits of the identifiers the registers use (the BIN of a legal entity)."""

from __future__ import annotations

_FIRST_WEIGHTS = tuple(range(1, 12))
_SECOND_WEIGHTS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def bin_check_digit(first11: str) -> int | None:
    """Return the 12th digit of a BIN/IIN whose first eleven digits are given.

    Government Decree No. 565 of 11.06.2003: S = sum(i * d_i) mod 11 with weights 1..11;
    if S is 10, weights 3..11,1,2 are used instead; if that is 10 too, no digit makes a
    valid number and None is returned.
    """
    digits = [int(c) for c in first11]
    for weights in (_FIRST_WEIGHTS, _SECOND_WEIGHTS):
        total = sum(w * d for w, d in zip(weights, digits, strict=True)) % 11
        if total != 10:
            return total
    return None
