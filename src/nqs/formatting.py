"""How dates, numbers, counts, ordinals and protocol numbers are written in each language, as
official texts of Kazakhstan write them; citations.py words legal acts and their provisions
with it.

Kazakh: «2025 жылғы 29 қазан»; a date that qualifies a noun takes a case ending on the month,
by vowel harmony and the month's last sound: «2025 жылғы 29 қазандағы ұсынымы» (attributive),
«2025 жылғы 29 қазанда ұсынды» (locative),
«2027 жылғы 21 қазанға дейін» (dative), «2024 жылғы 1 қаңтардан бастап» (ablative). Russian:
«14 ноября 2023 года» in every use («от 14 ноября 2023 года», «до 21 октября 2027 года»).
Counts take the plural form CLDR gives the number (Babel): «1 год», «2 года», «5 лет».

A text of a catalog names the case in its placeholder's format spec — «{date:attr} жағдай
бойынша» — and receives a `Day`, which the catalog words in the text's language.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass

# The cases a Kazakh date takes: nominative, locative («қазанда»: when something happened),
# attributive (locative + -ғы: «қазандағы ұсыным»), dative («қазанға дейін»), ablative
# («қазаннан бастап»). Russian and English dates have one form.
CASES = ("nom", "loc", "attr", "dat", "abl")

_KK_MONTHS = (
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
)
# The month in the genitive, as a Russian date names it («14 ноября»).
_RU_MONTHS = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
# The month alone, as a heading or a column names it («декабрь 2026 года»).
_RU_MONTHS_ALONE = (
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)
_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

_BACK_VOWELS = set("аоұыя")
_FRONT_VOWELS = set("әеөүіэ")
_VOICELESS = set("пфкқтсшщхцчһ")
_NASALS = set("мнң")


def _front(word: str) -> bool:
    """Whether the word's last vowel is a front one (Kazakh vowel harmony: сәуір, қыркүйек)."""
    for letter in reversed(word):
        if letter in _FRONT_VOWELS:
            return True
        if letter in _BACK_VOWELS:
            return False
    return False


def kk_case(word: str, case: str) -> str:
    """A Kazakh word with the case ending that its last vowel and last sound call for."""
    if case == "nom":
        return word
    front = _front(word)
    last = word[-1]
    if case in ("loc", "attr"):  # -да/-та/-де/-те, and -ғы/-гі for the attributive
        ending = ("т" if last in _VOICELESS else "д") + ("е" if front else "а")
        ending += ("гі" if front else "ғы") if case == "attr" else ""
    elif case == "dat":  # -ға/-ге after a vowel or a voiced sound, -қа/-ке after a voiceless one
        ending = ("к" if front else "қ") if last in _VOICELESS else ("г" if front else "ғ")
        ending += "е" if front else "а"
    elif case == "abl":  # -дан/-тан/-нан and their front forms
        first = "т" if last in _VOICELESS else "н" if last in _NASALS else "д"
        ending = first + ("ен" if front else "ан")
    else:
        raise ValueError(f"unknown case {case!r}; expected one of {CASES}")
    return word + ending


def date(day: dt.date, lang: str, case: str = "nom") -> str:
    """The date in words of lang; case is the Kazakh case the date takes (see CASES)."""
    if case not in CASES:
        raise ValueError(f"unknown case {case!r}; expected one of {CASES}")
    if lang == "kk":
        return f"{day.year} жылғы {day.day} {kk_case(_KK_MONTHS[day.month - 1], case)}"
    if lang == "ru":
        return f"{day.day} {_RU_MONTHS[day.month - 1]} {day.year} года"
    return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"


def month_name(year: int, month: int, lang: str) -> str:
    """A month of a year: «2026 жылғы желтоқсан», «декабрь 2026 года», 'December 2026'."""
    if lang == "kk":
        return f"{year} жылғы {_KK_MONTHS[month - 1]}"
    if lang == "ru":
        return f"{_RU_MONTHS_ALONE[month - 1]} {year} года"
    return f"{_EN_MONTHS[month - 1]} {year}"


@dataclass(frozen=True, slots=True)
class Day:
    """A date given to a catalog text: worded in the text's language, in the case its
    placeholder names («{date:attr}»), nominative by default."""

    day: dt.date

    def in_language(self, lang: str) -> WordedDay:
        return WordedDay(self.day, lang)


@dataclass(frozen=True, slots=True)
class WordedDay:
    """A date bound to a language: str() is its nominative, a format spec its case."""

    day: dt.date
    lang: str

    def in_language(self, lang: str) -> WordedDay:
        return WordedDay(self.day, lang)

    def __str__(self) -> str:
        return date(self.day, self.lang)

    def __format__(self, spec: str) -> str:
        return date(self.day, self.lang, spec or "nom")


@functools.cache  # Babel's formatting is slow, and pages count the same few numbers often
def number(n: int, lang: str) -> str:
    """A count as its language writes it (CLDR): 12 345 with a no-break space, in kk and ru."""
    from babel.numbers import format_decimal  # here: nqs validate loads no Babel

    return format_decimal(n, locale=lang)


@functools.cache
def plural_form(n: int, lang: str) -> str:
    """The CLDR plural category of n in lang: one, few, many or other (Russian has all four,
    Kazakh and English one and other)."""
    from babel import Locale  # here: nqs validate loads no Babel

    return str(Locale.parse(lang).plural_form(n))


def plural(n: int, forms: Mapping[str, str], lang: str) -> str:
    """Of forms (by CLDR category), the one lang gives n; 'other' where a language has no
    form of its own for the category."""
    return forms.get(plural_form(n, lang), forms["other"])


def ordinal(n: int | str, noun: str, lang: str) -> str:
    """A numbered thing as official texts write it: kk «2-деңгей», «14-шағын аудан»; ru
    «уровень 2»; en 'level 2'."""
    if lang == "kk":
        return f"{n}-{noun}"
    return f"{noun} {n}"


def protocol(n: str, lang: str) -> str:
    """The minutes of a meeting by their number: «№ 2 хаттама», «протокол № 2», 'minutes No. 2'."""
    if lang == "kk":
        return f"№ {n} хаттама"
    if lang == "ru":
        return f"протокол № {n}"
    return f"minutes No. {n}"


def sentence(text: str) -> str:
    """The text as the start of a sentence or a line of its own: its first letter capital."""
    return text[:1].upper() + text[1:]
