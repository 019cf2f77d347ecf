"""Letters of the Latin, Greek and Cyrillic scripts, the look-alikes that get mixed up, and the
characters that show nothing."""

from __future__ import annotations

import re

# Greek letters that look like a Cyrillic one (Cyrillic grew out of Greek).
GREEK_LOOKALIKES = {
    "α": "а",
    "ε": "е",
    "κ": "к",
    "ο": "о",
    "ρ": "р",
    "τ": "т",
    "υ": "у",
    "φ": "ф",
    "χ": "х",
    "Α": "А",
    "Β": "В",
    "Γ": "Г",
    "Ε": "Е",
    "Η": "Н",
    "Ι": "І",
    "Κ": "К",
    "Μ": "М",
    "Ο": "О",
    "Π": "П",
    "Ρ": "Р",
    "Τ": "Т",
    "Υ": "У",
    "Φ": "Ф",
    "Χ": "Х",
}
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
    "h": "һ",
    "ə": "ә",
    "Ə": "Ә",
    "ɵ": "ө",
    "Ɵ": "Ө",
    **GREEK_LOOKALIKES,
}
WORD = re.compile(r"[^\W\d_]+")
# Latin letters, with the IPA block (Latin ə for the Kazakh ә, ɵ for ө), and Greek letters:
# neither belongs inside a Cyrillic word.
LATIN = re.compile(r"[A-Za-z\u00c0-\u02af]")
FOREIGN = re.compile(r"[A-Za-z\u00c0-\u02af\u0370-\u03ff\u1f00-\u1fff]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# The characters that show nothing, for a character class: Unicode's default-ignorable code
# points (soft hyphen, zero-width and bidirectional controls, variation selectors, tags,
# Hangul fillers ...) and the letters and symbols drawn blank (Braille blank, null notehead).
INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8"
    "\U0001bca0-\U0001bca3\U0001d159\U0001d173-\U0001d17a\U000e0000-\U000e0fff"
)
_BLANK = re.compile(f"[\\s{INVISIBLE}]*\\Z")


def is_mixed(word: str) -> bool:
    """A word with Cyrillic letters and Latin or Greek ones."""
    return bool(FOREIGN.search(word)) and bool(CYRILLIC.search(word))


def fixed(word: str) -> str:
    """The word with every Latin look-alike replaced by its Cyrillic letter."""
    return "".join(LOOKALIKES.get(char, char) for char in word)


def unmix(text: str) -> str:
    """The text with look-alikes fixed inside words that mix scripts; other words are kept."""
    return WORD.sub(lambda m: fixed(m.group()) if is_mixed(m.group()) else m.group(), text)


def is_blank(text: str) -> bool:
    """Nothing but spaces and characters that show nothing."""
    return _BLANK.match(text) is not None
