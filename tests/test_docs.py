"""Documentation that cannot drift from the code: the rules page, the law map, the messages."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from nqs.alphabet import WORD, is_mixed
from nqs.catalog import Catalog
from nqs.checks import Stage
from nqs.messages import CATALOG
from nqs.registry import CHECKS, document, of_stage
from nqs.site.labels import LABELS
from tests.conftest import PROJECT

RULE_IDS = {check.id for check in CHECKS}
RULES = of_stage(Stage.REGISTER)


def test_rules_page_is_generated_from_the_code() -> None:
    page = (PROJECT / "docs/rules.md").read_text(encoding="utf-8")
    expected = document()
    assert page == expected, "regenerate: python -m nqs.rules > docs/rules.md"


def test_every_rule_has_a_documented_purpose() -> None:
    for rule in RULES:
        assert len(rule.doc.split()) >= 8, rule.id
    for check in CHECKS:
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", check.id)
    assert len(RULE_IDS) == len(CHECKS)  # each check is declared once


def test_law_map_names_every_rule_and_only_rules() -> None:
    text = (PROJECT / "docs/law-map.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`([a-z]+(?:-[a-z]+)*)`", text))
    assert {rule.id for rule in RULES} - named == set()
    assert {name for name in named if "-" in name} - RULE_IDS == set()


def test_law_map_gives_each_requirement_its_source_and_status() -> None:
    """Each row: requirement | source | status | how (issue 10): the status says whether the
    requirement is enforced, partly enforced or not modelled."""
    text = (PROJECT / "docs/law-map.md").read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.startswith("|")]
    # a | inside `code` (cycle/<year>-<1|2>) is not a cell's edge
    cells = [re.sub(r"`[^`]*`", "`…`", row).strip("| ").split(" | ") for row in rows]
    assert all(len(row) == 4 for row in cells), [row[0] for row in cells if len(row) != 4]
    statuses = {row[2] for row in cells if row[0] not in ("requirement", "---")}
    assert all(re.match(r"(enforced|partly|not modelled)\b", status) for status in statuses)
    assert len(statuses) >= 3 and len(rows) > 60


CATALOGS = {"messages": CATALOG, "labels": LABELS}


@pytest.mark.parametrize(
    ("catalog", "key"), [(name, key) for name, texts in CATALOGS.items() for key in sorted(texts)]
)
def test_messages_exist_in_every_language_with_the_same_placeholders(
    catalog: str, key: str
) -> None:
    texts = CATALOGS[catalog][key]
    assert tuple(texts) == CATALOGS[catalog].languages
    assert all(text.strip() for text in texts.values())
    placeholders = list(CATALOGS[catalog].placeholders(key).values())
    assert all(found == placeholders[0] for found in placeholders), placeholders


def test_the_placeholder_check_sees_every_kind_of_placeholder() -> None:
    texts = Catalog(("kk", "ru"), {"k": ("{a} %(b)s %s %r {a}", "%(b)r {a} %s 100%% %s {a}")})
    assert texts.placeholders("k") == {
        "kk": Counter({"a": 2, "%(b)": 1, "%": 2}),
        "ru": Counter({"a": 2, "%(b)": 1, "%": 2}),
    }
    assert Catalog(("kk", "ru"), {"k": ("{a}", "{b}")}).placeholders("k") == {
        "kk": Counter({"a": 1}),
        "ru": Counter({"b": 1}),
    }


def test_no_message_mixes_scripts_within_a_word() -> None:
    mixed = [
        (key, lang, word)
        for key, texts in CATALOG.items()
        for lang, text in texts.items()
        for word in WORD.findall(text)
        if is_mixed(word)
    ]
    assert mixed == []


def test_kazakh_messages_are_kazakh() -> None:
    # Russian-only letters (ё, щ in words, ъ, э at word start aside) show a Russian phrase
    # left in the Kazakh catalog; Kazakh letters show the Kazakh text was written.
    kazakh_letters = set("әғқңөұүһі")
    phrases = {
        key: texts["kk"]
        for key, texts in CATALOG.items()
        if len(re.findall(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]{4,}", texts["kk"])) >= 3
    }
    assert len(phrases) >= len(CATALOG) // 2  # most messages are phrases (212 of 255)
    assert [key for key, text in phrases.items() if not kazakh_letters & set(text.lower())] == []


def test_threat_model_names_only_tests_and_cases_that_exist() -> None:
    text = (PROJECT / "docs/threat-model.md").read_text(encoding="utf-8")
    named = re.findall(r"`(tests/test_\w+\.py)::(test_\w+)`", text)
    assert len(named) >= 30
    for path, test in named:
        source = (PROJECT / path).read_text(encoding="utf-8")
        assert re.search(rf"^def {test}\(", source, re.MULTILINE), f"{path}::{test}"
    cases = re.findall(r"`([\w-]+--[\w-]+\.yml)`", text)
    scripts = re.findall(r"`(benchmarks/\w+\.py)`", text)
    assert cases and scripts  # the page names corpus cases and benchmarks
    assert [c for c in cases if not (PROJECT / "tests/corpus/invalid" / c).is_file()] == []
    assert [s for s in scripts if not (PROJECT / s).is_file()] == []
