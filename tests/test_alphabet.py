"""Look-alike letters: which words are Cyrillic words typed in Latin or Greek letters."""

from __future__ import annotations

import pytest

from nqs.alphabet import TOKEN, fixed, is_blank, is_disguised, is_mixed


def _disguised(text: str) -> list[str]:
    words = TOKEN.findall(text)
    return [word for index, word in enumerate(words) if is_disguised(words, index)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("TOO «Сапа»", ["TOO"]),
        ("ТОО «Сапа» и AO «Казатомпром»", ["AO"]),
        ("Закон PK о труде", ["PK"]),
        ("OOO Ромашка", ["OOO"]),
        ("для cexa ремонта", ["cexa"]),
        ("Ремонт ΤΟΟ Сапа", ["ΤΟΟ"]),
        # Latin words of their own
        ("IT-специалист", []),
        ("Microsoft Office для бухгалтера", []),
        ("кухня a la carte", []),
        ("XX века и XIX век", []),
        ("витамин C и гепатит B", []),
        ("водительские права категории BE", []),
        ("радио CB", []),
        ("язык программирования ABAP", []),
        ("ABAP программалау тілі", []),
        ("MP3 плеер", []),
        ("Сварщик TOO", []),
        ("TOO", []),
    ],
)
def test_whole_words_in_lookalike_letters(text: str, found: list[str]) -> None:
    assert _disguised(text) == found


def test_greek_and_ipa_lookalikes_inside_cyrillic_words() -> None:
    assert is_mixed("Свαрщик") and fixed("Свαрщик") == "Сварщик"
    assert is_mixed("Сəулет") and fixed("Сəулет") == "Сәулет"
    assert not is_mixed("Сварщик") and not is_mixed("Welder")


@pytest.mark.parametrize(
    ("text", "blank"),
    [
        ("", True),
        (" \t\n", True),
        ("\u3164\u2800\ufe0f\U000e0041\u200b\u115f\uffa0\U0001d159", True),
        ("\u00a0", True),
        ("а", False),
        ("\u2800а", False),
    ],
)
def test_blank_text(text: str, blank: bool) -> None:
    assert is_blank(text) is blank
