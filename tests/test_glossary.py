"""One term per concept (issue 13): the glossary's matcher, and every project-authored text
checked against the glossary's rejected variants."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from nqs.glossary import PATH, load, markdown, variants
from nqs.messages import CATALOG
from nqs.site.labels import LABELS
from tests.conftest import PROJECT

CONCEPTS = load(PROJECT)


def found(text: str, lang: str) -> list[str]:
    return [variant.found for variant in variants(text, lang, CONCEPTS)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # inflected forms of a rejected stem are found, in any letter case
        ("Кәсіби біліктілігі танылатын кәсіптер", "kk", ["Кәсіби біліктілігі"]),
        ("Ұлттық кеңестің шешімдері — тіркелді", "kk", ["шешімдері"]),
        ("{decision} шешімімен енгізілді", "kk", ["шешімімен"]),
        ("записанное решение изменено", "ru", ["решение"]),
        ("включено решением {decision}", "ru", ["решением"]),
        ("аттестат кері қайтарылды", "kk", ["кері қайтарылды"]),
        ("Қайта жаңартылмайтын орталықтар", "kk", ["Қайта жаңартылмайтын"]),
        ("{out} папкасына жазып жатыр", "kk", ["папкасына"]),
        ("Газды пісіру", "kk", ["пісіру"]),
        ("Электр газбен пісіруші", "kk", ["пісіруші"]),
        # a hyphen parts words: a phrase pattern matches a hyphenated compound
        ("Апаттық-құтқару жұмыстарын жүргізу", "kk", ["Апаттық-құтқару"]),
        ("Авариялық-құтқару жұмыстары; апаттық тоқтау", "kk", []),
        # the term itself, in its forms, is not a variant of itself
        ("аттестатты кері қайтарып алу күні", "kk", []),
        ("кері қайтарып алынған аттестаттың қолданысы қайта басталмайды", "kk", []),
        ("Кәсіптік біліктілікті тану", "kk", []),
        ("Ұлттық кеңестің ұсынымы", "kk", []),
        ("рекомендация Национального совета", "ru", []),
        # the same words in another sense are allowed
        ("Аккредиттеу туралы шешім", "kk", []),
        ("сот шешімі (Заңның 26-бабы)", "kk", []),
        ("кері қайтарып алу туралы шешімнің көшірмесі", "kk", []),
        ("решение об аккредитации", "ru", []),
        ("решение суда", "ru", []),
        ("тамақ пісіру", "kk", []),
        # words that only begin alike are not variants
        ("Ұлттық кеңес әлі шешпеген", "kk", []),
        ("Национальный совет ещё не решил", "ru", []),
        ("қалтасы жоқ", "kk", []),
        ("кәсібі", "kk", []),
        # a Russian variant is not looked for in a Kazakh text
        ("решение", "kk", []),
    ],
)
def test_matcher(text: str, lang: str, expected: list[str]) -> None:
    assert found(text, lang) == expected


def test_glossary_page_is_generated() -> None:
    page = (PROJECT / "docs/glossary.md").read_text(encoding="utf-8")
    assert page == markdown(CONCEPTS), "regenerate: python -m nqs.glossary > docs/glossary.md"


def test_every_concept_has_a_source_and_three_terms() -> None:
    data = yaml.safe_load((PROJECT / PATH).read_text(encoding="utf-8"))
    ids = [item["id"] for item in data["concepts"]]
    assert len(ids) == len(set(ids)) >= 10
    for concept in CONCEPTS:
        assert concept.source, concept.id
        for lang in ("kk", "ru", "en"):
            assert concept.terms[lang].term and concept.terms[lang].source, (concept.id, lang)
        # a rejected variant is never one of the concept's own forms
        for lang, term in concept.terms.items():
            for pattern in term.rejected:
                assert not variants(term.term, lang, [concept]), (concept.id, pattern)


def _texts() -> Iterator[tuple[str, str, str]]:
    """(where, language, text) for every project-authored text."""
    for name, catalog in (("messages", CATALOG), ("labels", LABELS)):
        for key, texts in catalog.items():
            for lang in ("kk", "ru"):
                yield f"{name} {key}", lang, texts[lang]
    for path in sorted((PROJECT / "site").rglob("*.html")):
        for lang in ("kk", "ru"):
            yield str(path.relative_to(PROJECT)), lang, path.read_text(encoding="utf-8")
    for lang in ("kk", "ru"):
        for path in sorted((PROJECT / "site" / lang).rglob("*.md")):
            yield str(path.relative_to(PROJECT)), lang, path.read_text(encoding="utf-8")
    for folder in ("register", "standards"):
        for path in sorted((PROJECT / folder).rglob("*.yml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            for lang, text in _pairs(data):
                yield str(path.relative_to(PROJECT)), lang, text


def _pairs(data: Any) -> Iterator[tuple[str, str]]:
    if isinstance(data, dict):
        for key, value in data.items():
            if key in ("kk", "ru") and isinstance(value, str):
                yield key, value
            else:
                yield from _pairs(value)
    elif isinstance(data, list):
        for item in data:
            yield from _pairs(item)


def test_project_texts_use_the_glossary_terms() -> None:
    texts = list(_texts())
    assert len(texts) > 2000  # the catalogs, the site and the bundled register were read
    problems = [
        f"{where} ({lang}): «{variant.found}» — use «{variant.term}» ({variant.concept})"
        for where, lang, text in texts
        for variant in variants(text, lang, CONCEPTS)
    ]
    assert problems == []
