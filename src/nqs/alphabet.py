"""Letters of the Latin and Cyrillic scripts, and the look-alikes that get mixed up."""

from __future__ import annotations

import re

# Latin letters that look like a Cyrillic one, and the Cyrillic letter meant. A Latin `i`
# in a Kazakh word almost always stands for the Kazakh `і`.
LOOKALIKES = {
    "a": "а",
    "c": "с",
    "e": "е",
    "i": "і",
    "o": "о",
    "p": "р",
    "x": "х",
    "y": "у",
    "A": "А",
    "B": "В",
    "C": "С",
    "E": "Е",
    "H": "Н",
    "I": "І",
    "K": "К",
    "M": "М",
    "O": "О",
    "P": "Р",
    "T": "Т",
    "X": "Х",
    "Y": "У",
}
WORD = re.compile(r"[^\W\d_]+")
LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def is_mixed(word: str) -> bool:
    return bool(LATIN.search(word)) and bool(CYRILLIC.search(word))


def fixed(word: str) -> str:
    """The word with every Latin look-alike replaced by its Cyrillic letter."""
    return "".join(LOOKALIKES.get(char, char) for char in word)


def unmix(text: str) -> str:
    """The text with look-alikes fixed inside words that mix scripts; other words are kept."""
    return WORD.sub(lambda m: fixed(m.group()) if is_mixed(m.group()) else m.group(), text)
