"""How the register cites a legal act and a provision of it, in each language: an article, its
paragraph and subparagraph, or an appendix, stored as numbers and worded only when shown; the
act by its kind, issuer, date, number and title (formatting.py words the date).

The data holds `article: 16`, `paragraph: 5`, `subparagraph: 3` (a number inserted later
into an act is written as Kazakhstan's acts number it, '13-1'); the site, the downloads and
the tool word them here, so that a Kazakh page never shows «статья 16». The forms follow
the acts as published on adilet.zan.kz: «23-баптың 5-тармағының 3) тармақшасы» /
«подпункт 3) пункта 5 статьи 23».
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from nqs import dates
from nqs.formatting import date

# From the smallest unit to the largest: the order in which a citation nests them.
UNITS = ("subparagraph", "paragraph", "article", "appendix")

# Russian: the unit alone (nominative), and inside a longer citation (genitive).
_RU = {
    "subparagraph": ("подпункт {n})", "подпункта {n})"),
    "paragraph": ("пункт {n}", "пункта {n}"),
    "article": ("статья {n}", "статьи {n}"),
    "appendix": ("приложение {n}", "приложения {n}"),
}
# Kazakh: alone; the largest unit of a longer citation (genitive); a unit between two others
# (possessive, then genitive); the smallest of a longer citation (possessive).
_KK = {
    "subparagraph": ("{n}) тармақша", "{n}) тармақшаның", "{n}) тармақшасының", "{n}) тармақшасы"),
    "paragraph": ("{n}-тармақ", "{n}-тармақтың", "{n}-тармағының", "{n}-тармағы"),
    "article": ("{n}-бап", "{n}-баптың", "{n}-бабының", "{n}-бабы"),
    "appendix": ("{n}-қосымша", "{n}-қосымшаның", "{n}-қосымшасының", "{n}-қосымшасы"),
}
# English, as the acts' official translations cite them: Article 23(5)(3), Appendix 1.
_EN = {
    "subparagraph": "({n})",
    "paragraph": "({n})",
    "article": "Article {n}",
    "appendix": "Appendix {n}",
}


def provision(parts: Mapping[str, object], lang: str, *, of_act: bool = False) -> str:
    """The provision that parts name (any of `UNITS`, other keys ignored) in words of lang
    (kk, ru or en); an empty text when it names none. of_act: a Kazakh provision follows the
    act in the genitive, so every unit takes the possessive («Заңының 23-бабының 5-тармағы»)."""
    units = [(unit, parts[unit]) for unit in UNITS if parts.get(unit) is not None]
    if not units:
        return ""
    if lang == "kk" and of_act:
        *outer, smallest = reversed(units)
        words = [_KK[u][2].format(n=v) for u, v in outer]
        return " ".join([*words, _KK[smallest[0]][3].format(n=smallest[1])])
    if lang == "ru":
        (first, n), *rest = units
        return " ".join([_RU[first][0].format(n=n), *(_RU[u][1].format(n=v) for u, v in rest)])
    if lang == "kk":
        if len(units) == 1:
            unit, n = units[0]
            return _KK[unit][0].format(n=n)
        largest, *middle, smallest = reversed(units)
        words = [_KK[largest[0]][1].format(n=largest[1])]
        words += [_KK[u][2].format(n=v) for u, v in middle]
        return " ".join([*words, _KK[smallest[0]][3].format(n=smallest[1])])
    outer = [(u, v) for u, v in units if u in ("article", "appendix")]
    inner = [(u, v) for u, v in units if u not in ("article", "appendix")]
    if not outer:  # a paragraph of an act without articles: named, not bracketed
        return " of ".join(f"{u} {v}" + (")" if u == "subparagraph" else "") for u, v in inner)
    head = " of ".join(_EN[u].format(n=v) for u, v in outer)
    return head + "".join(_EN[u].format(n=v) for u, v in reversed(inner))


# The kinds of act the register cites. Kazakh: the kind alone and in the genitive (the act of
# a provision); Russian: the same, the kind leading the citation. A law and a code are the
# Republic's; an order names its issuer (the Minister, in the genitive).
# The Labour Code, which Rules 8(3) names, has a name of its own and no title.
KINDS = ("law", "code", "labour-code", "order")
_KK_KIND = {
    "law": ("Заңы", "Заңының"),
    "code": ("Кодексі", "Кодексінің"),
    "labour-code": ("Еңбек кодексі", "Еңбек кодексінің"),
    "order": ("бұйрығы", "бұйрығының"),
}
_RU_KIND = {
    "law": ("Закон", "Закона"),
    "code": ("Кодекс", "Кодекса"),
    "labour-code": ("Трудовой кодекс", "Трудового кодекса"),
    "order": ("приказ", "приказа"),
}
_REPUBLIC = {"kk": "Қазақстан Республикасының", "ru": "Республики Казахстан"}


def act(cited: Mapping[str, Any], lang: str) -> str:
    """A legal act as official texts cite it, with the provision cited, if any, in kk or ru:
    «Қазақстан Республикасы Өнеркәсіп және құрылыс министрінің 2023 жылғы 14 қарашадағы
    № 113 бұйрығы», «Қазақстан Республикасының 2014 жылғы 11 сәуірдегі № 188-V «Азаматтық
    қорғау туралы» Заңының 16-бабы»; «приказ Министра промышленности и строительства
    Республики Казахстан от 14 ноября 2023 года № 113», «статья 16 Закона Республики
    Казахстан от 11 апреля 2014 года № 188-V «О гражданской защите»».

    cited: kind (KINDS), date (YYYY-MM-DD), number, title ({kk, ru}: the name proper, «О
    гражданской защите»; optional for an order), issuer ({kk, ru}, in the genitive: an
    order's), and the provision's units (UNITS)."""
    kind = cited["kind"]
    day = date(dates.read(str(cited["date"])), lang, "attr")
    issuer = cited["issuer"][lang] if kind == "order" else _REPUBLIC[lang]
    title = f"«{cited['title'][lang]}»" if "title" in cited else ""
    cites = provision(cited, lang, of_act=True)
    if lang == "kk":
        word = _KK_KIND[kind][1 if cites else 0]
        words = [issuer, day, f"№ {cited['number']}", title, word, cites]
    else:
        word = _RU_KIND[kind][1 if cites else 0]
        words = [cites, word, issuer, f"от {day}", f"№ {cited['number']}", title]
    return " ".join(w for w in words if w)


@dataclass(frozen=True, slots=True)
class OfTheLaw:
    """Provisions of the Law on professional qualifications, as a message cites them in its
    reader's language (a Worded parameter of catalog.py): kk «Заңның 23-бабының 5-тармағы»,
    ru «пункт 5 статьи 23 Закона», en 'the Law, Article 23(5)'."""

    provisions: tuple[Mapping[str, object], ...]

    def in_language(self, lang: str) -> str:
        articles = {p.get("article") for p in self.provisions}
        paragraphs = [p.get("paragraph") for p in self.provisions]
        if len(self.provisions) > 1 and len(articles) == 1 and all(paragraphs):
            # paragraphs of one article: «пункты 2 и 5 статьи 26», «26-бабының 2 және 5-тармақтары»
            n = articles.pop()
            *head, last = paragraphs
            joined = {"kk": "және", "ru": "и", "en": "and"}[lang]
            listed = f"{', '.join(map(str, head))} {joined} {last}"
            return {
                "kk": f"Заңның {n}-бабының {listed}-тармақтары",
                "ru": f"пункты {listed} статьи {n} Закона",
                "en": f"the Law, Article {n}({')('.join(map(str, head))}) {joined} ({last})",
            }[lang]
        if lang == "kk":
            return "Заңның " + ", ".join(provision(p, lang, of_act=True) for p in self.provisions)
        words = ", ".join(provision(p, lang) for p in self.provisions)
        return f"{words} Закона" if lang == "ru" else f"the Law, {words}"


def law(*provisions: tuple[int, ...]) -> OfTheLaw:
    """Provisions of the Law by their numbers, each (article, paragraph, subparagraph) as far
    as it goes: law((23, 5), (26,)) is paragraph 5 of Article 23 and Article 26."""
    return OfTheLaw(
        tuple(
            dict(zip(("article", "paragraph", "subparagraph"), p, strict=False)) for p in provisions
        )
    )
