"""Dates, counts, ordinals, protocol numbers and citations of acts in each language, as
official texts write them (formatting.py, citations.py).

The Russian examples are quoted from the order that approved the Rules of the register
(/work/shared/seeds/003_a94220c68db47fff.txt, the text of adilet.zan.kz): its heading
«Приказ Министра труда и социальной защиты населения Республики Казахстан от 21 сентября 2023
года № 399. Зарегистрирован в Министерстве юстиции Республики Казахстан 25 сентября 2023 года
№ 33455.» and its preamble «В соответствии с частью второй статьи 5 Закона Республики
Казахстан "О профессиональных квалификациях"». The Kazakh forms are those of the same acts'
Kazakh texts on adilet.zan.kz («Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау
министрінің 2023 жылғы 21 қыркүйектегі № 399 бұйрығы»; «Қазақстан Республикасы Денсаулық сақтау
министрінің 2020 жылғы 21 желтоқсандағы № ҚР ДСМ-305/2020 бұйрығы», cited in the bundled
register as its official text gives it).
"""

from __future__ import annotations

import datetime as dt
import re
import string

import pytest

from nqs import formatting
from nqs.catalog import Catalog
from nqs.citations import act, law
from nqs.formatting import Day, date, kk_case, number, ordinal, plural, protocol
from nqs.messages import CATALOG, render
from nqs.site.labels import LABELS

# Every month, in each case a Kazakh date takes: the ending follows the last vowel (back а ы,
# front е і ү) and the last sound (voiceless к: -тегі, -ке; a nasal н м: -нан; a vowel: -да).
KK_MONTHS = [
    # nominative, locative, attributive, dative, ablative
    ("қаңтар", "қаңтарда", "қаңтардағы", "қаңтарға", "қаңтардан"),
    ("ақпан", "ақпанда", "ақпандағы", "ақпанға", "ақпаннан"),
    ("наурыз", "наурызда", "наурыздағы", "наурызға", "наурыздан"),
    ("сәуір", "сәуірде", "сәуірдегі", "сәуірге", "сәуірден"),
    ("мамыр", "мамырда", "мамырдағы", "мамырға", "мамырдан"),
    ("маусым", "маусымда", "маусымдағы", "маусымға", "маусымнан"),
    ("шілде", "шілдеде", "шілдедегі", "шілдеге", "шілдеден"),
    ("тамыз", "тамызда", "тамыздағы", "тамызға", "тамыздан"),
    ("қыркүйек", "қыркүйекте", "қыркүйектегі", "қыркүйекке", "қыркүйектен"),
    ("қазан", "қазанда", "қазандағы", "қазанға", "қазаннан"),
    ("қараша", "қарашада", "қарашадағы", "қарашаға", "қарашадан"),
    ("желтоқсан", "желтоқсанда", "желтоқсандағы", "желтоқсанға", "желтоқсаннан"),
]
RU_MONTHS = [
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
]  # fmt: skip


@pytest.mark.parametrize("month", range(1, 13))
def test_every_month_takes_each_case_by_vowel_harmony(month: int) -> None:
    forms = KK_MONTHS[month - 1]
    day = dt.date(2025, month, 29 if month != 2 else 28)
    assert [date(day, "kk", case) for case in formatting.CASES] == [
        f"2025 жылғы {day.day} {form}" for form in forms
    ]
    assert date(day, "ru") == f"{day.day} {RU_MONTHS[month - 1]} 2025 года"


def test_dates_in_the_official_forms() -> None:
    assert date(dt.date(2025, 10, 29), "kk") == "2025 жылғы 29 қазан"
    assert f"{date(dt.date(2026, 12, 1), 'kk', 'attr')} жағдай бойынша" == (
        "2026 жылғы 1 желтоқсандағы жағдай бойынша"
    )
    assert f"{date(dt.date(2027, 10, 21), 'kk', 'dat')} дейін" == "2027 жылғы 21 қазанға дейін"
    # the seed's «от 21 сентября 2023 года № 399», «25 сентября 2023 года»
    assert f"от {date(dt.date(2023, 9, 21), 'ru')} № 399" == "от 21 сентября 2023 года № 399"
    assert date(dt.date(2023, 9, 25), "ru", "attr") == "25 сентября 2023 года"  # one form
    assert date(dt.date(2023, 7, 4), "en") == "4 July 2023"


def test_a_case_ending_follows_the_last_sound_of_any_word() -> None:
    assert [kk_case("бап", c) for c in ("loc", "dat", "abl")] == ["бапта", "бапқа", "баптан"]
    assert [kk_case("кезең", c) for c in ("attr", "dat", "abl")] == [
        "кезеңдегі",
        "кезеңге",
        "кезеңнен",
    ]
    with pytest.raises(ValueError, match="unknown case"):
        kk_case("қазан", "genitive")


def test_a_catalog_text_names_the_case_of_its_date() -> None:
    catalog = Catalog(
        ("kk", "ru"), {"as-of": ("{date:attr} жағдай бойынша", "по состоянию на {date}")}
    )
    day = Day(dt.date(2026, 12, 1))
    assert (
        catalog.render("as-of", {"date": day}, "kk") == "2026 жылғы 1 желтоқсандағы жағдай бойынша"
    )
    assert catalog.render("as-of", {"date": day}, "ru") == "по состоянию на 1 декабря 2026 года"
    assert LABELS.render("as-of", {"date": day}, "kk").startswith("2026 жылғы 1 желтоқсандағы")


@pytest.mark.parametrize(
    ("n", "ru"),
    [(1, "1 год"), (2, "2 года"), (4, "4 года"), (5, "5 лет"), (11, "11 лет"), (21, "21 год"),
     (22, "22 года"), (111, "111 лет")],
)  # fmt: skip
def test_counts_take_the_cldr_plural_form(n: int, ru: str) -> None:
    forms = {"one": "{n} год", "few": "{n} года", "many": "{n} лет", "other": "{n} года"}
    assert plural(n, forms, "ru").format(n=n) == ru
    assert plural(n, {"other": "{n} жыл"}, "kk").format(n=n) == f"{n} жыл"


def test_numbers_ordinals_and_protocols() -> None:
    assert number(12345, "kk") == number(12345, "ru") == "12\xa0345"
    assert number(12345, "en") == "12,345"
    assert ordinal(2, "деңгей", "kk") == "2-деңгей"
    assert ordinal(14, "шағын аудан", "kk") == "14-шағын аудан"
    assert ordinal(2, "уровень", "ru") == "уровень 2"
    assert protocol("2", "kk") == "№ 2 хаттама"
    assert protocol("2", "ru") == "протокол № 2"


ORDER_399 = {
    "kind": "order",
    "issuer": {
        "kk": "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің",
        "ru": "Министра труда и социальной защиты населения Республики Казахстан",
    },
    "date": "2023-09-21",
    "number": "399",
}
LAW_ON_QUALIFICATIONS = {
    "kind": "law",
    # the Kazakh title as ../shared/data/terminology.csv gives it (docs/glossary.yml)
    "title": {"kk": "Кәсіптік біліктілік туралы", "ru": "О профессиональных квалификациях"},
    "date": "2023-07-04",  # the seed 004: "The Law of the Republic of Kazakhstan dated July 4,
    "number": "14-VIII",  # 2023 No. 14-VIII"
}


def test_an_order_is_cited_as_its_official_text_names_it() -> None:
    assert formatting.sentence(act(ORDER_399, "ru")) == (
        "Приказ Министра труда и социальной защиты населения Республики Казахстан "
        "от 21 сентября 2023 года № 399"
    )
    assert act(ORDER_399, "kk") == (
        "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің "
        "2023 жылғы 21 қыркүйектегі № 399 бұйрығы"
    )
    order_113 = {
        "kind": "order",
        "issuer": {
            "kk": "Қазақстан Республикасы Өнеркәсіп және құрылыс министрінің",
            "ru": "Министра промышленности и строительства Республики Казахстан",
        },
        "date": "2023-11-14",
        "number": "113",
    }
    assert act(order_113, "kk") == (
        "Қазақстан Республикасы Өнеркәсіп және құрылыс министрінің "
        "2023 жылғы 14 қарашадағы № 113 бұйрығы"
    )
    assert act(order_113, "ru") == (
        "приказ Министра промышленности и строительства Республики Казахстан "
        "от 14 ноября 2023 года № 113"
    )
    assert act({**ORDER_399, "paragraph": 6}, "ru").startswith("пункт 6 приказа Министра труда")


def test_a_provision_of_a_law_is_cited_with_the_law_in_the_genitive() -> None:
    # the seed: «статьи 5 Закона Республики Казахстан "О профессиональных квалификациях"»
    article_5 = {**LAW_ON_QUALIFICATIONS, "article": 5}
    assert act(article_5, "ru") == (
        "статья 5 Закона Республики Казахстан от 4 июля 2023 года № 14-VIII "
        "«О профессиональных квалификациях»"
    )
    assert act(article_5, "kk") == (
        "Қазақстан Республикасының 2023 жылғы 4 шілдедегі № 14-VIII "
        "«Кәсіптік біліктілік туралы» Заңының 5-бабы"
    )
    paragraph = {**LAW_ON_QUALIFICATIONS, "article": 23, "paragraph": 5}
    assert act(paragraph, "kk").endswith("Заңының 23-бабының 5-тармағы")
    assert act(paragraph, "ru").startswith("пункт 5 статьи 23 Закона Республики Казахстан")
    assert act(LAW_ON_QUALIFICATIONS, "ru").startswith("Закон Республики Казахстан от 4 июля")
    labour = {"kind": "labour-code", "date": "2015-11-23", "number": "414-V", "article": 182}
    assert act(labour, "kk") == (
        "Қазақстан Республикасының 2015 жылғы 23 қарашадағы № 414-V Еңбек кодексінің 182-бабы"
    )
    assert act(labour, "ru") == (
        "статья 182 Трудового кодекса Республики Казахстан от 23 ноября 2015 года № 414-V"
    )


# The list form and the shorthand the official style replaces: «2025 ж. 29 қазан»,
# «бұйрығы, № 113», «(Заң 23.5-б.)», «(Закон, ст. 23.5)», «2025 г.».
SHORTHAND = re.compile(r"\d ж\.|[\d}]-б\.|Заң [\d{]|ст\. [\d{]|Закон, ст|\d г\.|бұйрығы, №|Law \d")


@pytest.mark.parametrize("catalog", [CATALOG, LABELS], ids=["messages", "labels"])
def test_no_text_of_the_catalogs_cites_in_shorthand(catalog: Catalog) -> None:
    found = [
        (key, lang, text)
        for key, texts in catalog.items()
        for lang, text in texts.items()
        if SHORTHAND.search(text)
    ]
    assert found == []


@pytest.mark.parametrize("catalog", [CATALOG, LABELS], ids=["messages", "labels"])
def test_every_text_renders_its_dates_and_counts(catalog: Catalog) -> None:
    """A placeholder's spec is a case of a date (formatting.CASES) or a unit of the catalog's
    counts, and the text renders in every language with a date and with counts (1, 2, 5)."""
    specs = {
        name: spec
        for texts in catalog.values()
        for text in texts.values()
        for _, name, spec, _ in string.Formatter().parse(text)
        if name and spec
    }
    assert set(specs.values()) <= set(formatting.CASES) | set(catalog.counts)
    for key, texts in catalog.items():
        for lang, text in texts.items():
            fields = [(name, spec) for _, name, spec, _ in string.Formatter().parse(text) if name]
            for n in (1, 2, 5):
                params = {
                    name: Day(dt.date(2025, 10, 29)) if spec in formatting.CASES else n
                    for name, spec in fields
                }
                assert catalog.render(key, params, lang), key  # a bad spec raises


def test_counts_in_messages_agree_with_their_number() -> None:
    assert render("schema-min-items", {"field": "levels", "limit": 2}, "ru") == (
        "в списке «levels» должно быть не меньше 2 элементов"
    )
    assert render("schema-empty-list", {"field": "levels"}, "ru") == (
        "список «levels» не должен быть пустым"
    )
    assert render("schema-max-length", {"field": "name", "limit": 1}, "ru") == (
        "«name» длиннее 1 символа"
    )
    deadline = {
        "found": Day(dt.date(2025, 5, 20)),
        "start": Day(dt.date(2025, 5, 1)),
        "count": 3,
        "law": law((26, 3)),
    }
    assert render("procedure-deadline", deadline, "ru") == (
        "дата 20 мая 2025 года позже срока — 3 рабочих дня со дня 1 мая 2025 года "
        "(пункт 3 статьи 26 Закона): проверьте даты"
    )
    assert render("procedure-deadline", {**deadline, "count": 10}, "kk") == (
        "2025 жылғы 20 мамыр күні 2025 жылғы 1 мамырдан бастап 10 жұмыс күні мерзімінен кеш "
        "(Заңның 26-бабының 3-тармағы): күндерді тексеріңіз"
    )
    expired = {"status": "active", "expires": Day(dt.date(2026, 5, 20))}
    expired |= {"as_of": Day(dt.date(2026, 12, 1)), "law": law((26, 6))}
    assert "мерзімі 2026 жылғы 20 мамырда аяқталған (2026 жылғы 1 желтоқсандағы жағдай " in (
        render("certificate-expired", expired, "kk")
    )
    assert "срок истёк 20 мая 2026 года (по состоянию на 1 декабря 2026 года)" in (
        render("certificate-expired", expired, "ru")
    )
    assert (
        "(Заңның 26-бабының 6-тармағының 1) тармақшасы)" in CATALOG["termination-revocation"]["kk"]
    )
    assert "(подпункт 1) пункта 6 статьи 26 Закона)" in CATALOG["termination-revocation"]["ru"]
