"""Alphabetical order for Kazakh and Russian readers (issue 13): the alphabets' order, not
the code points'."""

from __future__ import annotations

import pytest

from nqs.collation import KAZAKH, collated, sort_key


def ordered(names: list[str], lang: str) -> list[str]:
    return collated(names, lang, lambda name: name)


@pytest.mark.parametrize(
    "expected",
    [
        # each Kazakh letter right after its base letter, where code points put it after Я
        ["Абай облысы", "Әлия", "Бақыт"],
        ["Гүлнар", "Ғалым", "Дәулет"],
        ["Қарағанды облысы", "Қостанай облысы", "Қызылорда облысы", "Лепсі"],
        ["Кентау", "Қарағанды облысы", "Лисаковск"],
        ["Нұра", "Ңғ", "Орал"],
        ["Орал", "Өскемен", "Павлодар облысы"],
        ["Уральск", "Ұлытау облысы", "Үржар", "Федоровка"],
        ["Хромтау", "Һ", "Цел"],
        ["Шығыс Қазақстан облысы", "Ыбырай", "Іле", "Эмба"],
        # a letter inside a word counts too: Ақмола before Алматы (қ after к, before л)
        ["Ақмола облысы", "Ақтөбе облысы", "Алматы қаласы", "Алматы облысы", "Астана қаласы"],
    ],
)
def test_kazakh_order(expected: list[str]) -> None:
    assert ordered(list(reversed(expected)), "kk") == expected
    assert ordered(sorted(expected), "kk") == expected


def test_code_point_order_is_wrong_for_these_names() -> None:
    names = ["Әлия", "Бақыт", "Ұлытау облысы", "Үржар", "Федоровка", "Іле", "Эмба"]
    assert sorted(names) != ordered(names, "kk")


def test_the_kazakh_alphabet_has_42_letters_in_order() -> None:
    assert len(KAZAKH) == len(set(KAZAKH)) == 42
    assert KAZAKH.index("ә") == KAZAKH.index("а") + 1
    assert KAZAKH.index("і") == KAZAKH.index("ы") + 1


def test_russian_order() -> None:
    # Ё ranks with Е (code points put Ё before А and ё after я); it breaks only a tie
    assert ordered(["Ёлкино", "Абай", "Елена", "Ежово"], "ru") == [
        "Абай",
        "Ежово",
        "Елена",
        "Ёлкино",
    ]
    assert ordered(["ёж", "еж"], "ru") == ["еж", "ёж"]
    assert ordered(["Яблоко", "ёлка", "Юрта"], "ru") == ["ёлка", "Юрта", "Яблоко"]
    # a Kazakh letter in a Russian name ranks after its base letter
    assert ordered(["область Ұлытау", "область Уральск", "область Фа"], "ru") == [
        "область Уральск",
        "область Ұлытау",
        "область Фа",
    ]


def test_case_spaces_and_quotes_do_not_decide_the_order() -> None:
    names = ["«Өрлеу» ЖШС", "«Алтын» ЖШС", "«Дәнекер Сапа» ЖШС", "«дала» ЖШС"]
    assert ordered(names, "kk") == [
        "«Алтын» ЖШС",
        "«дала» ЖШС",
        "«Дәнекер Сапа» ЖШС",
        "«Өрлеу» ЖШС",
    ]
    # digits before letters, Latin before Cyrillic; the order is total
    assert ordered(["Б", "B", "2"], "kk") == ["2", "B", "Б"]
    assert sort_key("Ақ", "kk") != sort_key("ақ", "kk")
