"""How the register cites a provision of a legal act, in each language: an article, its
paragraph and subparagraph, or an appendix, stored as numbers and worded only when shown.

The data holds `article: 16`, `paragraph: 5`, `subparagraph: 3` (a number inserted later
into an act is written as Kazakhstan's acts number it, '13-1'); the site, the downloads and
the tool word them here, so that a Kazakh page never shows «статья 16». The forms follow
the acts as published on adilet.zan.kz: «23-баптың 5-тармағының 3) тармақшасы» /
«подпункт 3) пункта 5 статьи 23».
"""

from __future__ import annotations

from collections.abc import Mapping

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


def provision(parts: Mapping[str, object], lang: str) -> str:
    """The provision that parts name (any of `UNITS`, other keys ignored) in words of lang
    (kk, ru or en); an empty text when it names none."""
    units = [(unit, parts[unit]) for unit in UNITS if parts.get(unit) is not None]
    if not units:
        return ""
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
