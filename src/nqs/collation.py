"""Alphabetical order for a Kazakh or a Russian reader.

Code-point order puts the Kazakh letters (Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ, І) after Я, and the
Russian Ё before А; neither Python nor Babel knows a Kazakh collation, and PyICU is not a
dependency. The alphabets below are the order a reader knows: the Kazakh Cyrillic alphabet
of 42 letters (Ә after А, Ғ after Г, Қ after К, Ң after Н, Ө after О, Ұ and Ү after У, Һ after
Х, І after Ы), the Russian one of 33 letters, where Ё ranks with Е (as Russian dictionaries
and ICU sort it) and only breaks a tie.

Letter case, spaces and punctuation (quotes of «"Сапа" ЖШС») do not decide the order; digits
come before letters, Latin letters before Cyrillic ones; the whole text breaks a tie, so the
order is total and stable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")

KAZAKH = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
RUSSIAN = "абвгдежзийклмнопрстуфхцчшщъыьэюя"
# Letters a Russian text may borrow from Kazakh (a Kazakh name inside a Russian one, «область
# Ұлытау»): each ranks after the letter it is built on, as in the Kazakh alphabet.
_BORROWED = {"а": "ә", "г": "ғ", "к": "қ", "н": "ң", "о": "ө", "у": "ұү", "х": "һ", "ы": "і"}
_RUSSIAN_ORDER = "".join(letter + _BORROWED.get(letter, "") for letter in RUSSIAN)
_RANKS = {
    "kk": {letter: rank for rank, letter in enumerate(KAZAKH)},
    "ru": {letter: rank for rank, letter in enumerate(_RUSSIAN_ORDER)}
    | {"ё": _RUSSIAN_ORDER.index("е")},
}


def sort_key(text: str, lang: str) -> tuple[tuple[tuple[int, int], ...], str, str]:
    """The key that orders texts as the alphabet of lang (kk or ru) does."""
    ranks = _RANKS[lang]
    primary = []
    for char in text.casefold():
        if char in ranks:
            primary.append((3, ranks[char]))
        elif char.isdigit():
            primary.append((1, ord(char)))
        elif char.isalpha():
            primary.append((2 if char.isascii() else 4, ord(char)))
    # Then Е before Ё in Russian (only a tie on the rest), then letter case.
    secondary = text.casefold().replace("ё", "е\uffff") if lang == "ru" else ""
    return tuple(primary), secondary, text


def collated(items: Iterable[T], lang: str, name: Callable[[T], str]) -> list[T]:
    """The items in the alphabetical order of their names in lang."""
    return sorted(items, key=lambda item: sort_key(name(item), lang))
