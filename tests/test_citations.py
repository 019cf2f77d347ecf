"""A provision of a legal act is stored as numbers and worded per language (Rules 4): the
forms of the acts on adilet.zan.kz, and a clear, located error for the old form in words."""

from __future__ import annotations

from pathlib import Path

import pytest

from nqs.citations import provision
from tests.conftest import AS_OF, corpus_file, run_nqs

NURSE = "register/professions/health/3221-0-002.yml"


@pytest.mark.parametrize(
    ("parts", "kk", "ru", "en"),
    [
        ({"article": 16}, "16-бап", "статья 16", "Article 16"),
        ({"article": "13-1"}, "13-1-бап", "статья 13-1", "Article 13-1"),
        ({"article": 23, "paragraph": 5}, "23-баптың 5-тармағы", "пункт 5 статьи 23",
         "Article 23(5)"),
        (
            {"article": 26, "paragraph": 2, "subparagraph": 1},
            "26-баптың 2-тармағының 1) тармақшасы",
            "подпункт 1) пункта 2 статьи 26",
            "Article 26(2)(1)",
        ),
        ({"article": 15, "subparagraph": 3}, "15-баптың 3) тармақшасы", "подпункт 3) статьи 15",
         "Article 15(3)"),
        ({"appendix": 1}, "1-қосымша", "приложение 1", "Appendix 1"),
        ({"appendix": 1, "paragraph": 12}, "1-қосымшаның 12-тармағы", "пункт 12 приложения 1",
         "Appendix 1(12)"),
        (
            {"title": {"kk": "…", "ru": "…"}, "number": "188-V", "article": 16},
            "16-бап",
            "статья 16",
            "Article 16",
        ),
        ({"number": "188-V"}, "", "", ""),
    ],
)  # fmt: skip
def test_a_provision_is_worded_in_each_language(
    parts: dict[str, object], kk: str, ru: str, en: str
) -> None:
    assert [provision(parts, lang) for lang in ("kk", "ru", "en")] == [kk, ru, en]


def test_the_old_form_in_words_says_what_to_write(repo: Path) -> None:
    (repo / NURSE).write_bytes(corpus_file(NURSE, ("article: 45", "article: 'статья 45'")))
    expected = {
        "kk": "«legal_act.article» пішімі дұрыс емес: 'статья 45'; күтілетіні: тек нөмір, "
        "мысалы 16",
        "ru": "«legal_act.article» имеет неверный вид: 'статья 45'; ожидается: только номер, "
        "например 16",
        "en": "«legal_act.article» has the wrong form: 'статья 45'; expected the number alone, "
        "e.g. 16",
    }
    for lang, text in expected.items():
        args = ("validate", "--lang", lang, "--as-of", AS_OF.isoformat())
        result = run_nqs(repo, *args, in_process=True)
        assert result.returncode == 1
        line = next(line for line in result.stdout.splitlines() if NURSE in line)
        assert line.startswith(f"{NURSE}:15:12: ") and text in line and line.endswith("[schema]")


def test_a_reference_in_one_language_asks_for_both(repo: Path) -> None:
    path = "register/professions/health/3221-0-001.yml"
    old = "reference: {kk: '№ 553 бұйрық', ru: 'Приказ № 553'}"
    (repo / path).write_bytes(corpus_file(path, (old, "reference: Приказ № 553")))
    result = run_nqs(
        repo, "validate", "--lang", "en", "--as-of", AS_OF.isoformat(), in_process=True
    )
    assert result.returncode == 1
    assert (
        f"{path}:11:16: error: «grounds.qualification_requirements.reference» must be a text in "
        "both languages, kk: (Kazakh) and ru: (Russian); found 'Приказ № 553' [schema]"
    ) in result.stdout
