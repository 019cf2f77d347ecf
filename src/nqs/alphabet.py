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
# The characters that show nothing: Unicode's default-ignorable code points (soft hyphen,
# zero-width and bidirectional controls, variation selectors, tags, Hangul fillers ...) and
# the letters and symbols drawn blank (Braille blank, musical null notehead).
INVISIBLE_RANGES = (
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0x2800, 0x2800),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D159, 0x1D159),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)


def character_class(ranges: tuple[tuple[int, int], ...]) -> str:
    """The inside of a regular expression's [...] for ranges of code points."""
    return "".join(f"\\U{first:08x}-\\U{last:08x}" for first, last in ranges)


_INVISIBLE = frozenset(chr(c) for first, last in INVISIBLE_RANGES for c in range(first, last + 1))
_BLANK = re.compile(f"[\\s{character_class(INVISIBLE_RANGES)}]*\\Z")


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
    stripped = text.strip()
    # Almost every text starts with a letter: the expression only for one that does not.
    return not stripped or (stripped[0] in _INVISIBLE and _BLANK.match(stripped) is not None)


# Latin and Greek letters that make a whole word look Cyrillic (TOO for ТОО). Not the Latin
# I: it writes Roman numerals and IT, and looks like the Kazakh і only, which Russian lacks.
_DISGUISE = frozenset(LOOKALIKES) - {"i", "I"}
_ROMAN = re.compile(r"M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})\Z")
# Words with their digits (MP3 is one word, not MP).
TOKEN = re.compile(r"[^\W_]+")


def is_cyrillic_word(word: str) -> bool:
    return bool(CYRILLIC.search(word)) and not FOREIGN.search(word)


def is_disguised(words: list[str], index: int) -> bool:
    """The word at index (of TOKEN's words) is a Cyrillic word typed in look-alike Latin or
    Greek letters: an abbreviation of two or three capitals (TOO, AO, PK) or a word without
    capitals after its first letter, made only of letters that look Cyrillic, before a
    Cyrillic word and after one, if any (`TOO «Сапа»`, `в AO Казахтелеком`).

    Latin words of their own stay legal: a single letter (vitamin C, category B), a Roman
    numeral, a word with a digit (MP3), an acronym of four or more capitals (ABAP, HACCP), a
    word at the end of a text (category BE, radio CB) and a word among Latin ones (a la
    carte, Microsoft Office, IT).
    """
    word = words[index]
    if (
        len(word) < 2
        or not _DISGUISE.issuperset(word)
        or (word.isupper() and len(word) > 3)
        or (not word.isupper() and not word[1:].islower())
        or _ROMAN.match(word)
        or index + 1 == len(words)
    ):
        return False
    return is_cyrillic_word(words[index + 1]) and (index == 0 or is_cyrillic_word(words[index - 1]))
