"""The site tells the register's history: a real Git repository in tmp_path whose main line
records a base register, then merges a proposal (a decision added, a profession amended,
another excluded, a center revoked) and a renewal; the built site shows each entry's
revisions, each decision's edition with its press release, the Atom feed, and the register
as of each edition."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import git
import pytest
from frictionless import validate as validate_package

from tests.conftest import RENEWED, REVOKED, center_events, certificate_events, run_nqs
from tests.git_support import commit, edit, make_repository, merge, record_decision
from tests.site_support import build, copy_project

EXCLUDED = "register/professions/energy/7411-0-004.yml"
ADDED = "register/professions/energy/7411-0-005.yml"
CENTER = "register/centers/090140001235.yml"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("editions")
    # the base: decisions of 29 March and 30 October 2024, recorded on 5 November 2024
    root = make_repository(work / "repo", "2024-11-05T10:00:00+0500", site=True)
    record_decision(root, "2025-03-28")  # and 3221-0-002 amended by it
    added = (root / EXCLUDED).read_text(encoding="utf-8")
    for before, after in (
        ("7411-0-004", "7411-0-005"),
        ("Күн сәулесі жабдықтарын монтаждаушы", "Сәулелі жылу жүйелерін орнатушы"),
        ("Монтажник солнечных установок", "Установщик солнечных тепловых систем"),
        ("included_by: 2024-03-29\namended_by: [2024-10-30]", "included_by: 2025-03-28"),
    ):
        assert before in added
        added = added.replace(before, after)
    (root / ADDED).write_text(added, encoding="utf-8")
    edit(root, EXCLUDED, "status: included", "status: excluded\nexcluded_by: 2025-03-28")
    edit(root, CENTER, "  - code: 7411-0-004\n    levels: [2, 3]\n", "")  # no longer listed
    edit(root, CENTER, *center_events(REVOKED))
    commit(root, "Proposal for the spring cycle", "2025-01-30T10:00:00+0500")
    # recorded on 20 April 2025: later than 10 working days after 28 March
    merge(root, "proposal", "2025-04-20T10:00:00+0500")
    with git.Repo(root) as repo:
        repo.git.checkout("-b", "renewal")
    edit(root, CENTER, certificate_events(REVOKED), certificate_events(REVOKED, RENEWED))
    commit(root, "Renewal", "2025-05-06T10:00:00+0500")
    merge(root, "renewal", "2025-05-12T10:00:00+0500")
    return build(root, work / "site", as_of=dt.date(2025, 5, 13))


def text(site: Path, page: str) -> str:
    raw = (site / page / "index.html").read_text(encoding="utf-8")
    raw = re.sub(r"<script.*?</script>", " ", raw, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", raw)).split())


def history(site: Path, page: str, heading: str = "История изменений") -> str:
    """The page's revision history, newest first (heading: "Өзгерістер тарихы" in kk)."""
    whole = text(site, page)
    return whole[whole.index(heading) :]


def test_an_amendment_shows_its_date_decision_and_fields(site: Path) -> None:
    found = history(site, "ru/professions/3221-0-002")
    newest, base = found.split("20 апреля 2025 года")[1], found.split("5 ноября 2024 года")[1]
    assert newest.startswith(" 28 марта 2025 года (№ 1) Запись изменена")
    assert "Уровни квалификации: 4, 5 → 4, 5, 6" in newest
    assert "Рекомендации об изменении: — → 28 марта 2025 года (№ 1)" in newest  # was absent
    # the first commit brings the register into Git: its entries were published before
    assert base.startswith(" 29 марта 2024 года (№ 1) Запись внесена при открытии реестра")
    page = (site / "ru/professions/3221-0-002/index.html").read_text(encoding="utf-8")
    assert 'href="../../decisions/2025-03-28/"' in page


def test_an_addition_names_its_inclusion(site: Path) -> None:
    added = history(site, "ru/professions/7411-0-005")
    assert "20 апреля 2025 года 28 марта 2025 года (№ 1) Запись добавлена" in added
    assert "Жазба қосылды" in history(site, "kk/professions/7411-0-005", "Өзгерістер тарихы")


def test_an_exclusion_and_a_revocation_and_renewal(site: Path) -> None:
    excluded = history(site, "ru/professions/7411-0-004")
    assert "20 апреля 2025 года 28 марта 2025 года (№ 1) Исключена из реестра" in excluded
    assert "Статус: В реестре → Исключена из реестра" in excluded
    center = history(site, "ru/centers/090140001235")
    assert center.index("12 мая 2025 года") < center.index("20 апреля 2025 года")  # newest first
    assert "12 мая 2025 года — Действие аттестата возобновлено" in center
    assert "20 апреля 2025 года — Аттестат отозван" in center
    assert "Өзгерістер тарихы" in text(site, "kk/centers/090140001235")


def test_each_decision_is_an_edition_with_its_press_release(site: Path) -> None:
    spring = text(site, "ru/decisions/2025-03-28")
    assert "Реестр размещён 20 апреля 2025 года (позже срока)" in spring
    assert "Срок размещения (10 рабочих дней, пункт 11 Правил) 11 апреля 2025 года" in spring
    assert "Включено в реестр профессий: 1; изменено: 1; исключено: 1." in spring
    published = "Обновлённый реестр размещён 20 апреля 2025 года: https://nqs.test/ru/professions/"
    assert published in spring
    kazakh = text(site, "kk/decisions/2025-03-28")
    assert "Тізілімге енгізілген кәсіптер: 1; өзгертілгені: 1; алынып тасталғаны: 1." in kazakh
    autumn = text(site, "ru/decisions/2024-10-30")
    # recorded by the first commit: imported, not measured against the deadline
    assert "Внесена при открытии реестра вместе с прежними данными 5 ноября 2024 года" in autumn
    assert "позже срока" not in autumn and "Обновлённый реестр размещён" not in autumn
    # recorded in the same commit as a later decision: no state of its own
    assert "Отдельного состояния реестра на эту редакцию нет" in text(
        site, "ru/decisions/2024-03-29"
    )


def test_the_register_as_of_each_edition_can_be_downloaded(site: Path) -> None:
    def rows(decision: str) -> dict[str, dict[str, str]]:
        raw = (site / f"downloads/editions/{decision}/professions.csv").read_text("utf-8-sig")
        return {row["code"]: row for row in csv.DictReader(io.StringIO(raw))}

    autumn, spring = rows("2024-10-30"), rows("2025-03-28")
    assert (autumn["7411-0-004"]["status"], spring["7411-0-004"]["status"]) == (
        "included",
        "excluded",
    )
    assert (autumn["3221-0-002"]["levels"], spring["3221-0-002"]["levels"]) == ("4 5", "4 5 6")
    assert "7411-0-005" in spring and "7411-0-005" not in autumn
    assert not (site / "downloads/editions/2024-03-29").exists()
    for decision in ("2024-10-30", "2025-03-28"):  # each with its data dictionary
        report = validate_package(site / f"downloads/editions/{decision}/datapackage.json")
        assert report.valid and [t.name for t in report.tasks] == ["professions"], decision
    page = (site / "ru/decisions/2024-10-30/index.html").read_text(encoding="utf-8")
    assert 'href="../../../downloads/editions/2024-10-30/professions.csv"' in page


def test_the_atom_feed_lists_the_editions(site: Path) -> None:
    for lang, counts in (("ru", "исключено: 1"), ("kk", "алынып тасталғаны: 1")):
        feed = ET.parse(site / lang / "feed.xml").getroot()
        entries = feed.findall(f"{ATOM}entry")
        assert [e.findtext(f"{ATOM}id") for e in entries] == [
            f"https://nqs.test/{lang}/decisions/{d}/"
            for d in ("2025-03-28", "2024-10-30", "2024-03-29")
        ]
        assert entries[0].findtext(f"{ATOM}updated") == "2025-04-20T00:00:00+05:00"
        assert counts in (entries[0].findtext(f"{ATOM}summary") or "")
        assert feed.findtext(f"{ATOM}updated") == "2025-04-20T00:00:00+05:00"
        title = {
            "ru": "Реестр профессий: Редакции реестра",
            "kk": "Кәсіптер тізілімі: Тізілім басылымдары",
        }
        assert feed.findtext(f"{ATOM}title") == title[lang]
    page = (site / "ru/index.html").read_text(encoding="utf-8")
    assert re.search(r'<link rel="alternate" type="application/atom\+xml" href="feed.xml"', page)


def test_without_git_history_the_site_says_so(tmp_path: Path) -> None:
    out = build(copy_project(tmp_path / "project"), tmp_path / "site")
    decision = text(out, "ru/decisions/2025-10-29")
    assert "В этой сборке сайта нет истории изменений." in decision
    assert not (out / "downloads/editions").exists()


def test_the_lists_show_each_edition(site: Path) -> None:
    decisions = text(site, "ru/decisions")
    assert "20 апреля 2025 года (позже срока)" in decisions
    assert decisions.count("Внесена при открытии реестра вместе с прежними данными") == 2
    assert decisions.count("позже срока") == 1
    downloads = (site / "ru/downloads/index.html").read_text(encoding="utf-8")
    listed = re.findall(r'href="../../downloads/editions/([0-9-]+)/professions.csv"', downloads)
    assert listed == ["2025-03-28", "2024-10-30"]
    assert 'href="../feed.xml"' in downloads


def test_a_shallow_clone_is_built_without_history_and_says_so(site: Path, tmp_path: Path) -> None:
    """Said with the clone's folder, escaped: its name (a clerk's, a CI's) is one line."""
    source = site.parent / "repo"
    clone = tmp_path / "clone\n::error::x\x1b[2J"
    git.Repo.clone_from(source.as_uri(), clone, depth=1).close()
    result = run_nqs(
        clone, "build", "--out", str(tmp_path / "out"), "--as-of", "2025-05-13", "--lang", "ru"
    )
    assert result.returncode == 0, result.stderr
    said = [line for line in result.stderr.splitlines() if "неполный клон Git" in line]
    assert len(said) == 1 and "git fetch --unshallow" in said[0]
    assert "clone\\n::error::x\\x1b[2J — неполный клон Git" in said[0]
    assert "\x1b" not in result.stderr
    page = text(tmp_path / "out", "ru/professions/3221-0-002")
    assert "В этой сборке сайта нет истории изменений." in page


def test_a_moved_entry_keeps_its_history(tmp_path: Path) -> None:
    """Moving a file is refused by `validate --base` (history-keep), but if such a change is
    merged the entry's page still shows its whole history, the move included."""
    root = make_repository(tmp_path / "repo", "2024-11-05T10:00:00+0500", site=True)
    moved = "register/professions/health/7411-0-004.yml"
    with git.Repo(root) as repo:
        repo.git.mv(EXCLUDED, moved)
    edit(root, moved, "body: energy", "body: health")
    commit(root, "Move to health", "2024-12-02T10:00:00+0500")
    merge(root, "proposal", "2024-12-03T10:00:00+0500")
    found = history(
        build(root, tmp_path / "site", as_of=dt.date(2024, 12, 4)), "ru/professions/7411-0-004"
    )
    assert "3 декабря 2024 года — Запись перенесена в другой раздел" in found
    assert "Отраслевой государственный орган: Министерство энергетики" in found
    assert "→ Министерство здравоохранения" in found
    # text() turns tags into spaces: "(№ 1)</a>, 30" reads "(№ 1) , 30"
    added = (
        "5 ноября 2024 года 29 марта 2024 года (№ 1) , 30 октября 2024 года (№ 2) Запись внесена"
    )
    assert added in found


def test_an_unreadable_edition_is_skipped_and_a_failed_build_keeps_the_old_site(
    tmp_path: Path,
) -> None:
    root = make_repository(tmp_path / "repo", "2024-11-05T10:00:00+0500", site=True)
    record_decision(root, "2025-03-28")
    schema = root / "schemas/defs.schema.json"
    good = schema.read_bytes()
    schema.write_text("{", encoding="utf-8")  # the edition's own tree cannot be read
    commit(root, "Spring, with a broken schema", "2025-03-31T10:00:00+0500")
    merge(root, "proposal", "2025-04-02T10:00:00+0500")
    schema.write_bytes(good)
    commit(root, "Repair the schema", "2025-04-03T10:00:00+0500")
    out = tmp_path / "out"
    result = run_nqs(root, "build", "--out", str(out), "--as-of", "2025-04-04", "--lang", "ru")
    assert result.returncode == 0, result.stderr
    assert "редакция 2025-03-28: реестр на эту редакцию не записан" in result.stdout
    assert "Реестр на эту редакцию не удалось прочитать из истории." in text(
        out, "ru/decisions/2025-03-28"
    )
    assert not (out / "downloads/editions/2025-03-28").exists()
    assert (out / "downloads/editions/2024-10-30/professions.csv").exists()
    # a build that fails leaves the site that was there
    (root / "site/templates/decision.html").write_text("{% if %}", encoding="utf-8")
    failed = run_nqs(root, "build", "--out", str(out), "--as-of", "2025-04-04")
    assert failed.returncode != 0
    assert (out / "ru/decisions/2025-03-28/index.html").exists()
    assert not (tmp_path / ".out.building").exists()


def test_editions_are_listed_and_tagged(site: Path) -> None:
    root = site.parent / "repo"

    def editions(*extra: str) -> list[str]:
        result = run_nqs(root, "editions", "--lang", "ru", *extra, in_process=True)
        assert result.returncode == 0, result.stderr
        return result.stdout.splitlines()[1:]

    listed = editions()
    assert [line.split()[0] for line in listed] == ["2024-03-29", "2024-10-30", "2025-03-28"]
    assert listed[2].endswith(
        "—  размещена 20 апреля 2025 года, позже срока (срок — до 11 апреля 2025 года)"
    )
    assert "внесена при открытии реестра (5 ноября 2024 года)" in listed[0]
    tagged = editions("--tag")
    assert [line.split()[2] for line in tagged] == ["—", "edition/2024-10-30", "edition/2025-03-28"]
    with git.Repo(root) as repo:
        tags = {tag.name: tag.commit for tag in repo.tags}
        spring = tags["edition/2025-03-28"]
        assert spring.message.startswith("Merge proposal")  # the merge that recorded it
        assert "register/decisions/2025-03-28.yml" not in spring.parents[0].tree  # type: ignore[operator]
    assert editions("--tag") == tagged  # tagging twice changes nothing


def test_an_edition_made_of_several_merges(tmp_path: Path) -> None:
    """Two bodies' proposals name the same recommendation and are merged on different days:
    the edition is complete, and published, with the second."""
    root = make_repository(tmp_path / "repo", "2024-11-05T10:00:00+0500", site=True)
    record_decision(root, "2025-03-28")  # health's proposal, with the decision's file
    commit(root, "Health", "2025-03-31T10:00:00+0500")
    merge(root, "proposal", "2025-04-02T10:00:00+0500")  # in time (by 11 April)
    with git.Repo(root) as repo:
        repo.git.checkout("-b", "energy")
    edit(root, EXCLUDED, "document_validity_years: 5", "document_validity_years: 4")
    edit(root, EXCLUDED, "amended_by: [2024-10-30]", "amended_by: [2024-10-30, 2025-03-28]")
    commit(root, "Energy", "2025-04-14T10:00:00+0500")
    merge(root, "energy", "2025-04-15T10:00:00+0500")  # late
    out = build(root, tmp_path / "site", as_of=dt.date(2025, 4, 16))
    page = text(out, "ru/decisions/2025-03-28")
    assert "Реестр размещён 15 апреля 2025 года (позже срока)" in page
    assert "Включено в реестр профессий: 0; изменено: 2; исключено: 0." in page
    raw = (out / "downloads/editions/2025-03-28/professions.csv").read_text("utf-8-sig")
    rows = {row["code"]: row for row in csv.DictReader(io.StringIO(raw))}
    assert rows["7411-0-004"]["document_validity_years"] == "4"
    assert rows["3221-0-002"]["levels"] == "4 5 6"


def test_an_edition_of_before_numbered_provisions_keeps_its_words(tmp_path: Path) -> None:
    """An edition recorded when an article was words ('статья 45') and the reference of
    qualification requirements one text, valid under the schemas of its day, is still
    written in today's formats, its values as they were (site/downloads.py)."""
    root = make_repository(tmp_path / "repo", "2024-11-05T10:00:00+0500", site=True)
    schema = root / "schemas/profession.schema.json"
    today = schema.read_text(encoding="utf-8")
    before = json.loads(today)
    short = {"$ref": "defs.schema.json#/$defs/short_text"}
    act = before["properties"]["legal_act"]
    act["properties"]["article"] = short
    act["required"].append("article")
    del act["anyOf"]
    grounds = before["properties"]["grounds"]["properties"]
    grounds["qualification_requirements"]["properties"]["reference"] = short
    schema.write_text(json.dumps(before, ensure_ascii=False), encoding="utf-8")
    nurse = "register/professions/health/3221-0-002.yml"
    masseur = "register/professions/health/3221-0-001.yml"
    edit(root, nurse, "article: 45", "article: 'статья 45'")
    edit(
        root,
        masseur,
        "reference: {kk: '№ 553 бұйрық', ru: 'Приказ № 553'}",
        "reference: Приказ № 553",
    )
    record_decision(root, "2025-03-28")
    commit(root, "Spring cycle, in the forms of its day", "2025-03-30T10:00:00+0500")
    merge(root, "proposal", "2025-04-02T10:00:00+0500")
    schema.write_text(today, encoding="utf-8")
    edit(root, nurse, "article: 'статья 45'", "article: 45")
    edit(
        root,
        masseur,
        "reference: Приказ № 553",
        "reference: {kk: '№ 553 бұйрық', ru: 'Приказ № 553'}",
    )
    commit(root, "Provisions as numbers, references in both languages", "2025-04-03T10:00:00+0500")
    site = build(root, tmp_path / "site", as_of=dt.date(2025, 4, 4))
    raw = (site / "downloads/editions/2025-03-28/professions.csv").read_text("utf-8-sig")
    rows = {row["code"]: row for row in csv.DictReader(io.StringIO(raw))}
    assert rows["3221-0-002"]["legal_act_provision_kk"] == "статья 45"
    assert rows["3221-0-002"]["legal_act_provision_ru"] == "статья 45"
    assert rows["3221-0-001"]["qualification_requirements_reference_kk"] == "Приказ № 553"
    now = (site / "downloads/professions.csv").read_text("utf-8-sig")
    rows = {row["code"]: row for row in csv.DictReader(io.StringIO(now))}
    assert rows["3221-0-002"]["legal_act_provision_kk"] == "45-бап"
    assert rows["3221-0-001"]["qualification_requirements_reference_kk"] == "№ 553 бұйрық"


def test_an_edition_of_before_the_certificate_history_is_still_written(tmp_path: Path) -> None:
    """An edition recorded when a center held one certificate and a recorded status (valid
    under the schemas of its day) still gets its register of professions: an edition
    publishes professions, so the centers of its tree are not read (site/editions.py)."""
    root = make_repository(tmp_path / "repo", "2024-11-05T10:00:00+0500", site=True)
    schema = root / "schemas/center.schema.json"
    today = schema.read_text(encoding="utf-8")
    center = "register/centers/090140001235.yml"
    now = (root / center).read_text(encoding="utf-8")
    schema.write_text('{"type": "object", "required": ["bin", "status"]}', encoding="utf-8")
    (root / center).write_text(
        "bin: '090140001235'\nstatus: 'active'\ncertificate: {number: 'KZ00012401'}\n",
        encoding="utf-8",
    )
    record_decision(root, "2025-03-28")
    commit(root, "Spring cycle, centers in the form of their day", "2025-03-30T10:00:00+0500")
    merge(root, "proposal", "2025-04-02T10:00:00+0500")
    schema.write_text(today, encoding="utf-8")
    (root / center).write_text(now, encoding="utf-8")
    commit(root, "Centers hold their certificates' history", "2025-04-03T10:00:00+0500")
    site = build(root, tmp_path / "site", as_of=dt.date(2025, 4, 4))
    raw = (site / "downloads/editions/2025-03-28/professions.csv").read_text("utf-8-sig")
    assert "3221-0-002" in {row["code"] for row in csv.DictReader(io.StringIO(raw))}


def test_an_edition_of_before_a_reference_file_existed_is_still_written(tmp_path: Path) -> None:
    """An edition recorded before reference/law-scope.csv was written is read with today's
    copy of that file (site/editions.py), not skipped."""
    root = make_repository(tmp_path / "repo", "2024-11-05T10:00:00+0500", site=True)
    scope = root / "reference/law-scope.csv"
    today = scope.read_text(encoding="utf-8")
    scope.unlink()
    record_decision(root, "2025-03-28")
    commit(root, "Spring cycle, before the Law's scope was listed", "2025-03-30T10:00:00+0500")
    merge(root, "proposal", "2025-04-02T10:00:00+0500")
    scope.write_text(today, encoding="utf-8")
    commit(root, "The classifier groups outside the Law", "2025-04-03T10:00:00+0500")
    site = build(root, tmp_path / "site", as_of=dt.date(2025, 4, 4))
    raw = (site / "downloads/editions/2025-03-28/professions.csv").read_text("utf-8-sig")
    assert "3221-0-002" in {row["code"] for row in csv.DictReader(io.StringIO(raw))}
