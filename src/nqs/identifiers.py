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


# What a BIN's digits mean, as the national register of business identification numbers forms
# them (Law No. 223-III of 12 January 2007 "On national registers of identification numbers";
# the digits as explained, e.g., by the Russian Wikipedia article "Бизнес-идентификационный
# номер" and the BIN glossary of Bank CenterCredit, bcc.kz): digits 1-2 the year and 3-4 the
# month of registration; 5 the type of entity: 4 a resident legal entity, 5 a non-resident
# legal entity, 6 individual entrepreneurs in joint entrepreneurship (ИП(С)); 6 the kind of
# unit: 0 the head unit, 1 a branch, 2 a representative office, 3 a peasant (farm) enterprise
# in joint entrepreneurship; 7-11 a serial number; 12 the check digit above. Any two-digit
# year can be a year of registration (BINs were given to entities registered since 1991).
BIN_ENTITY_TYPES = "456"
BIN_UNIT_KINDS = "0123"


def bin_structure(bin_: str) -> tuple[str, str] | None:
    """The first part of a twelve-digit BIN that no BIN has, as (month, entity or unit, the
    digits found), else None. All zeros has no month."""
    if not "01" <= bin_[2:4] <= "12":
        return "month", bin_[2:4]
    if bin_[4] not in BIN_ENTITY_TYPES:
        return "entity", bin_[4]
    if bin_[5] not in BIN_UNIT_KINDS:
        return "unit", bin_[5]
    return None
