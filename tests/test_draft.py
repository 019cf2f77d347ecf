"""`nqs draft`: the draft register for the National Council (Rules 10), from a real cycle
branch in a real Git repository, read back as HTML and checked as PDF."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from pathlib import Path

import pytest

from nqs.draft import draft
from nqs.history import Base, Change
from nqs.schema import Schemas
from nqs.validate import validate
from tests.conftest import run_nqs
from tests.git_support import commit, edit, make_repository

CHROMIUM = os.environ.get("NQS_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
PAYLOAD = '<script>alert(1)</script> & "q"'
AS_OF = "2025-03-20"
ENERGY = "register/professions/energy"
NURSE = "register/professions/health/3221-0-002.yml"


@pytest.fixture(scope="module")
def cycle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus base on main; on the cycle branch, one proposal of each kind: 7411-0-005
    included (voluntary), 3221-0-002 amended (mandatory: validity, demand, a name carrying
    markup), 7411-0-004 excluded (voluntary)."""
    root = make_repository(tmp_path_factory.mktemp("draft") / "repo", site=True)
    solar = (root / ENERGY / "7411-0-004.yml").read_text(encoding="utf-8")
    included = (
        solar.replace("7411-0-004", "7411-0-005")
        .replace("Күн сәулесі жабдықтарын монтаждаушы", "Сәулелі жылу жүйелерін орнатушы")
        .replace("Монтажник солнечных установок", "Установщик солнечных тепловых систем")
        .replace("amended_by: [2024-10-30]\n", "")
        .replace("included_by: 2024-03-29\n", "")  # a proposal: the council has not met
    )
    (root / ENERGY / "7411-0-005.yml").write_text(included, encoding="utf-8")
    edit(root, NURSE, "document_validity_years: 5", "document_validity_years: 3")
    edit(root, NURSE, "kk: Мейіргер", f"kk: 'Мейіргер {PAYLOAD.replace(chr(39), chr(39) * 2)}'")
    edit(root, NURSE, "не хватает медсестёр", "не хватает медсестёр и медбратьев")
    edit(root, f"{ENERGY}/7411-0-004.yml", "status: included", "status: excluded")
    commit(root, "Proposals of the spring cycle", "2025-01-20T10:00:00+0500")
    return root


@pytest.fixture(scope="module")
def written(cycle: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("papers") / "draft"
    result = run_nqs(
        cycle,
        *("draft", "--base", "main", "--out", str(out), "--as-of", AS_OF),
        NQS_CHROMIUM=CHROMIUM,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out, result.stdout


def _text(html: str) -> str:
    """The page's text, tags dropped (entities kept as written)."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_the_draft_is_written_in_both_languages_as_html_and_pdf(
    written: tuple[Path, str],
) -> None:
    out, said = written
    assert sorted(p.name for p in out.iterdir()) == [
        "draft.kk.html",
        "draft.kk.pdf",
        "draft.ru.html",
        "draft.ru.pdf",
    ]
    assert "(включение — 1, изменение — 1, исключение — 1)" in said


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "kk",
            [
                "Кәсіптер тізілімінің жобасы",
                "Міндетті негізде жүзеге асырылатын кәсіптік біліктілікті тану",
                "Тізілімдегі мәліметтерін өзгерту ұсынылатын кәсіптер",
                "3221-0-002",
                "Ерікті негізде жүзеге асырылатын кәсіптік біліктілікті тану",
                "Тізілімге енгізу ұсынылатын кәсіптер",
                "7411-0-005 Сәулелі жылу жүйелерін орнатушы",
                "Тізілімнен алып тастау ұсынылатын кәсіптер",
                "7411-0-004",
            ],
        ),
        (
            "ru",
            [
                "Проект реестра профессий",
                "Признание профессиональных квалификаций, осуществляемое на обязательной основе",
                "Профессии, сведения о которых в реестре предлагается изменить",
                "3221-0-002 Медицинская(ий) сестра/брат",
                "Признание профессиональных квалификаций, осуществляемое на добровольной основе",
                "Профессии, предлагаемые к включению в реестр",
                "7411-0-005 Установщик солнечных тепловых систем",
                "Профессии, предлагаемые к исключению из реестра",
                "7411-0-004 Монтажник солнечных установок",
            ],
        ),
    ],
)
def test_the_draft_follows_the_appendix_sections_in_each_language(
    written: tuple[Path, str], lang: str, words: list[str]
) -> None:
    text = _text((written[0] / f"draft.{lang}.html").read_text(encoding="utf-8"))
    places = [text.find(word) for word in words]
    assert -1 not in places, [w for w, at in zip(words, places, strict=True) if at < 0]
    assert places == sorted(places)  # the appendix's order: mandatory, then voluntary


def test_each_proposal_shows_its_body_grounds_and_changes(written: tuple[Path, str]) -> None:
    kk = _text((written[0] / "draft.kk.html").read_text(encoding="utf-8"))
    ru = _text((written[0] / "draft.ru.html").read_text(encoding="utf-8"))
    # The proposing body by its full name from register/bodies.yml, in each language.
    assert "Ұсыныс енгізген орган Денсаулық сақтау министрлігі" in kk
    assert "Предложение внесено Министерство энергетики" in ru
    # Rules 8 grounds and Rules 8-1's act, the provision worded per language.
    assert "Работа с электроустановками требует соблюдения требований безопасности" in ru
    assert "Единый тарифно-квалификационный справочник работ и профессий рабочих" in ru
    assert (
        "Статья 45 Кодекса Республики Казахстан от 7 июля 2020 года № 360-VI "
        "«О здоровье народа и системе здравоохранения»"
    ) in ru
    assert (
        "Қазақстан Республикасының 2020 жылғы 7 шілдедегі № 360-VI «Халық денсаулығы және "
        "денсаулық сақтау жүйесі туралы» Кодексінің 45-бабы"
    ) in kk
    assert "Статья 45" not in kk
    # An amendment: each changed field, before and after, in words.
    assert "Срок действия документа о признании 5 3" in ru
    assert "не хватает медсестёр Профессиональные" in ru  # the demand before …
    assert "не хватает медсестёр и медбратьев" in ru  # … and after
    # The submission deadline of Rules 10 for a draft of 20 March 2025.
    assert "1 апреля 2025" in ru and "2025 жылғы 1 сәуір" in kk


def test_a_name_carrying_markup_is_shown_escaped(written: tuple[Path, str]) -> None:
    for lang in ("kk", "ru"):
        html = (written[0] / f"draft.{lang}.html").read_text(encoding="utf-8")
        assert "<script" not in html
        assert "Content-Security-Policy" in html  # nothing else is loaded or run
    kk = (written[0] / "draft.kk.html").read_text(encoding="utf-8")
    assert "Мейіргер &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;q&#34;" in kk


@pytest.mark.parametrize(
    ("lang", "title"), [("kk", "Кәсіптер тізілімінің жобасы"), ("ru", "Проект реестра профессий")]
)
def test_the_pdf_is_a_pdf_with_pages_and_the_title_of_its_language(
    written: tuple[Path, str], lang: str, title: str
) -> None:
    pdf = (written[0] / f"draft.{lang}.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) >= 1
    # The document's title, as PDF writes text outside ASCII: UTF-16 with its byte order mark.
    assert b"<FEFF" + title.encode("utf-16-be").hex().upper().encode() in pdf.upper()


def test_a_base_that_is_no_reference_writes_nothing(cycle: Path, tmp_path: Path) -> None:
    for base in ("--upload-pack=touch", "main..HEAD", "no-such-branch"):
        result = run_nqs(
            cycle, "draft", f"--base={base}", "--out", str(tmp_path / "out"), "--lang", "en"
        )
        assert result.returncode == 2, result.stderr
        assert not (tmp_path / "out").exists()


def test_a_change_with_errors_is_refused_and_names_are_escaped(cycle: Path, tmp_path: Path) -> None:
    root = Path(shutil.copytree(cycle, tmp_path / "repo", symlinks=True))
    hostile = root / ENERGY / "\x1b[2J\n::error::x.yml"
    hostile.write_text("code: x\n", encoding="utf-8")
    (root / ENERGY / "7411-0-003.yml").symlink_to("/etc/passwd")
    commit(root, "hostile names", "2025-01-21T10:00:00+0500")
    out = tmp_path / "out"
    result = run_nqs(root, "draft", "--out", str(out), "--lang", "en")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "\x1b" not in result.stdout and "\n::error" not in result.stdout
    assert "\\x1b[2J\\n::error::x.yml" in result.stdout
    assert "7411-0-003.yml" in result.stdout
    assert "the draft register was not written" in result.stderr
    assert not out.exists()


def test_an_out_among_the_repositorys_sources_is_refused(cycle: Path, tmp_path: Path) -> None:
    """The draft's HTML and PDF in register/ would be files off the layout (the next
    validation and draft fail), in site/ pages to publish: refused before anything is read
    or written, also through a link that leads there."""
    root = Path(shutil.copytree(cycle, tmp_path / "repo", symlinks=True))
    (tmp_path / "link").symlink_to(root / "register")
    for out in ("register/drafts", "standards", "site/draft", "reference", ".", str(tmp_path)):
        result = run_nqs(root, "draft", "--out", out, "--lang", "en", NQS_CHROMIUM=CHROMIUM)
        assert result.returncode == 2, (out, result.stdout + result.stderr)
        assert "is not written to" in result.stderr and result.stdout == ""
    result = run_nqs(
        root, "draft", "--out", str(tmp_path / "link/x"), "--lang", "ru", NQS_CHROMIUM=CHROMIUM
    )
    assert result.returncode == 2 and "выберите для --out папку вне" in result.stderr
    assert not (root / "register/drafts").exists() and not (root / "register/x").exists()
    assert not (root / "site/draft").exists()
    assert list(root.glob("draft.*")) == []


def test_a_deleted_profession_cannot_be_in_a_draft(cycle: Path, tmp_path: Path) -> None:
    root = Path(shutil.copytree(cycle, tmp_path / "repo", symlinks=True))
    (root / NURSE).unlink()
    result = run_nqs(root, "draft", "--out", str(tmp_path / "out"), "--lang", "en")
    assert result.returncode == 1
    assert f"{NURSE}:1:1: error:" in result.stdout and "[history-keep]" in result.stdout


def test_without_chromium_the_draft_says_how_to_get_it(cycle: Path, tmp_path: Path) -> None:
    result = run_nqs(
        cycle,
        *("draft", "--out", str(tmp_path / "out"), "--lang", "en"),
        NQS_CHROMIUM=str(tmp_path / "no-browser"),
    )
    assert result.returncode == 2
    assert "make draft installs it" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()  # nothing half-written: no PDF, no HTML


def test_an_amendment_whose_base_cannot_be_read_shows_the_proposed_values(cycle: Path) -> None:
    outcome = validate(cycle, dt.date(2025, 3, 20), [NURSE], whole=False)
    assert outcome.register is not None
    base = Base([Change("M", NURSE, NURSE)], {NURSE: b"code: [unclosed\n"})
    item, found = draft(base, "main", outcome.register, Schemas(cycle / "schemas"))
    assert found == []
    (proposal,) = [p for _, groups in item.sections for _, ps in groups for p in ps]
    assert (proposal.action, proposal.before, proposal.fields) == ("amended", None, [])
    assert proposal.profession["code"] == "3221-0-002"
