"""`nqs validate --base`: real Git repositories in tmp_path, a base register committed on
main, and branches that add, amend, exclude, delete, rename, revoke and renew."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import git
import pytest

from nqs.chronicle import action
from nqs.layout import Kind
from nqs.messages import CATALOG
from tests.conftest import (
    AS_OF,
    PROJECT,
    RENEWED,
    REVOKED,
    center_events,
    certificate_events,
    run_nqs,
)
from tests.git_support import commit, edit, record_decision

PROFESSION = "register/professions/energy/7411-0-004.yml"
CENTER = "register/centers/090140001235.yml"
DECISION = "register/decisions/2024-10-30.yml"


def check(root: Path, *extra: str) -> tuple[int, list[tuple[str, int, str]]]:
    args = ("validate", "--base", "main", "--format", "json", "--as-of", AS_OF.isoformat())
    result = run_nqs(root, *args, *extra, in_process=True)
    assert result.returncode in (0, 1), result.stderr
    found = json.loads(result.stdout)["problems"]
    return result.returncode, [(p["path"], p["line"], p["rule"]) for p in found]


def test_no_change_is_clean(repository: Path) -> None:
    assert check(repository) == (0, [])


def test_amendment_naming_its_decision_is_clean(repository: Path) -> None:
    edit(
        repository,
        "register/professions/health/3221-0-002.yml",
        "levels: [4, 5]",
        "levels: [4, 5, 6]\namended_by: [2024-10-30]",
    )
    commit(repository, "amend")
    # merged within 10 working days of the recommendation of 30 October 2024 (by 13 November)
    assert check(repository, "--as-of", "2024-11-12") == (0, [])
    # the same merge in January publishes the recommendation late (Rules 11)
    late = ("register/professions/health/3221-0-002.yml", 27, "decision-published")
    assert check(repository) == (0, [late])
    # naming a recommendation records it: the authorized body's merge, not a late proposal
    assert check(repository, "--opened", "2025-02-03") == (0, [late])


def test_amendment_without_a_new_decision(repository: Path) -> None:
    edit(repository, PROFESSION, "document_validity_years: 5", "document_validity_years: 4")
    # at the key where the decision is to be named; a working-tree change counts too
    assert check(repository) == (1, [(PROFESSION, 22, "change-decision")])


def test_only_changed_files_are_reported(repository: Path) -> None:
    # a problem in an unchanged file (added on main) is not this change's problem
    edit(repository, CENTER, "route: chamber", "route: chamber ")
    assert check(repository)[0] == 0


def test_deleting_and_renaming_entries(repository: Path) -> None:
    with git.Repo(repository) as repo:
        repo.git.rm(PROFESSION)
        repo.git.mv("register/centers/090140001235.yml", "register/centers/090140001236.yml")
    commit(repository, "delete and rename")
    code, found = check(repository)
    assert code == 1
    assert (PROFESSION, 1, "history-keep") in found
    assert ("register/centers/090140001236.yml", 1, "history-keep") in found


def test_a_recorded_decision_never_changes(repository: Path) -> None:
    edit(repository, DECISION, "protocol: '2'", "protocol: '3'")
    assert check(repository) == (1, [(DECISION, 2, "decision-immutable")])


def test_code_never_changes(repository: Path) -> None:
    edit(repository, "standards/health/PS-3221-001.yml", "code: PS-3221-001", "code: PS-3221-009")
    _, found = check(repository)
    assert ("standards/health/PS-3221-001.yml", 2, "history-keep") in found


def revoked_on_main(repository: Path) -> None:
    """The base center revoked, and that revocation merged: main is where the proposal is."""
    edit(repository, CENTER, *center_events(REVOKED))
    commit(repository, "revoke")
    assert check(repository) == (0, [])
    subprocess.run(["git", "branch", "-f", "main", "proposal"], cwd=repository, check=True)


def test_revoked_returns_only_through_renewal(repository: Path) -> None:
    revoked_on_main(repository)
    edit(repository, CENTER, certificate_events(REVOKED), certificate_events())
    assert (CENTER, 16, "lawful-transition") in check(repository)[1]


def test_renewal_after_revocation_is_lawful(repository: Path) -> None:
    revoked_on_main(repository)
    edit(repository, CENTER, certificate_events(REVOKED), certificate_events(REVOKED, RENEWED))
    assert check(repository) == (0, [])


def test_an_excluded_profession_returns_only_by_a_new_decision(repository: Path) -> None:
    path = "register/professions/health/3221-0-001.yml"
    edit(repository, path, "status: excluded", "status: included")
    edit(repository, path, "excluded_by: 2024-10-30\n", "")
    _, found = check(repository)
    assert (path, 15, "lawful-transition") in found


@pytest.mark.parametrize("ref", ["--output=/tmp/x", "-x", "main..HEAD", "ma in", "@{-1}"])
def test_references_are_checked_before_git_sees_them(repository: Path, ref: str) -> None:
    result = run_nqs(repository, "validate", f"--base={ref}", "--lang", "en", in_process=True)
    assert result.returncode == 2 and "is not accepted" in result.stderr


def test_an_unknown_base_is_a_usage_error(repository: Path) -> None:
    result = run_nqs(repository, "validate", "--base", "nowhere", "--lang", "en", in_process=True)
    assert result.returncode == 2 and "no merge base" in result.stderr


def diff(root: Path, span: str = "main..HEAD") -> str:
    result = run_nqs(root, "diff", span, in_process=True)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_diff_tells_each_change_in_both_languages(repository: Path) -> None:
    excluded = "register/professions/energy/7411-0-004.yml"
    edit(repository, excluded, "status: included", "status: excluded\nexcluded_by: 2024-10-30")
    edit(repository, CENTER, *center_events(REVOKED))
    edit(
        repository,
        "register/professions/health/3221-0-002.yml",
        "levels: [4, 5]",
        "levels: [4, 5, 6]\namended_by: [2024-10-30]",
    )
    (repository / "register/decisions/2025-03-28.yml").write_text(
        "# yaml-language-server: $schema=../../schemas/decision.schema.json\nid: 2025-03-28\n"
        "date: 2025-03-28\nprotocol: '1'\ntitle: {kk: Үшінші ұсыным, ru: Третья рекомендация}\n",
        encoding="utf-8",
    )
    commit(repository, "a council's recommendation")
    summary = diff(repository)
    kk, ru = summary.split("## Изменения: main..HEAD")
    assert kk.startswith("## Өзгерістер: main..HEAD")
    assert "**Профессии — исключены из реестра** (1)" in ru
    assert "- `7411-0-004` Монтажник солнечных установок" in ru
    assert "  - status: included → excluded" in ru
    assert "**Центры признания — аттестат отозван** (1)" in ru
    assert "**Профессии — изменены** (1)" in ru and "  - levels: 4, 5 → 4, 5, 6" in ru
    assert "**Рекомендации Национального совета — записаны** (1)" in ru
    assert "**Кәсіптер — тізілімнен алынып тасталды** (1)" in kk
    assert "- `7411-0-004` Күн сәулесі жабдықтарын монтаждаушы" in kk


@pytest.mark.parametrize("kind", list(Kind), ids=str)
def test_diff_has_words_for_every_change_of_every_kind(kind: Kind) -> None:
    """Every action a file change can have, with every status its schema allows."""
    schema = json.loads((PROJECT / "schemas" / kind.schema_file).read_text(encoding="utf-8"))
    statuses = schema["properties"].get("status", {}).get("enum", ["-"])
    data = {"status": statuses[0]}
    done = {action(status, kind, data, data) for status in "ADRM"}
    done |= {action("M", kind, data, {"status": after}) for after in statuses}
    assert {d for d in done if f"diff-{kind.value}-{d}" not in CATALOG} == set()


def test_diff_escapes_markdown_in_data(repository: Path) -> None:
    edit(
        repository,
        "register/professions/health/3221-0-002.yml",
        "ru: Медицинская(ий) сестра/брат",
        "ru: '<img src=x> **Медицинская(ий) сестра/брат'",
    )
    commit(repository, "markdown in a name")
    summary = diff(repository)
    assert "\\<img src=x\\> \\*\\*Медицинская" in summary and "<img" not in summary.replace(
        "\\<img", ""
    )


def test_diff_without_changes_and_bad_spans(repository: Path) -> None:
    assert "Данные реестра не изменились." in diff(repository)
    for span in ("main", "--output=x..HEAD", "main..-x"):
        result = run_nqs(repository, "diff", span, "--lang", "en", in_process=True)
        assert result.returncode == 2, span


def test_a_change_across_bodies_is_flagged(repository: Path) -> None:
    edit(
        repository,
        "register/professions/health/3221-0-002.yml",
        "levels: [4, 5]",
        "levels: [4, 5, 6]\namended_by: [2024-10-30]",
    )
    assert check(repository, "--as-of", "2024-11-12") == (0, [])
    edit(repository, PROFESSION, "levels: [2, 3]", "levels: [2]")  # energy already amended
    _, found = check(repository, "--stage", "proposal")
    assert ("register/professions/health/3221-0-002.yml", 1, "single-body") in found
    assert (PROFESSION, 1, "single-body") in found
    # the cycle's merge into main carries every body's proposals: not flagged there
    assert [p for p in check(repository)[1] if p[2] == "single-body"] == []


def test_a_proposal_opened_after_the_deadline_belongs_to_the_next_cycle(repository: Path) -> None:
    # a proposal, before the council: it names no decision yet (change-decision says so)
    path = "register/professions/health/3221-0-002.yml"
    edit(repository, path, "levels: [4, 5]", "levels: [4, 5, 6]")
    # 1 February 2025 was a Saturday: the deadline ended on Monday 3 February (Civil Code)
    commit(repository, "propose after the deadline", when="2025-02-04T09:00:00+0500")
    proposal = (path, 28, "change-decision")  # at included_by: add amended_by after it
    assert check(repository) == (1, [(path, 1, "proposal-cycle"), proposal])
    # the first commit's date is the default; --opened (the pull request's date) overrides it
    assert check(repository, "--opened", "2025-02-03") == (1, [proposal])
    # 1 September 2025 was a day off (Constitution Day moved from Saturday 30 August)
    assert check(repository, "--opened", "2025-09-02") == (1, [proposal])
    assert check(repository, "--opened", "2025-09-03") == (
        1,
        [(path, 1, "proposal-cycle"), proposal],
    )
    assert check(repository, "--opened", "2025-04-02") == (1, [proposal])
    args = ("validate", "--base", "main", "--as-of", AS_OF.isoformat(), "--lang", "ru")
    out = run_nqs(repository, *args, in_process=True).stdout
    # the missed deadline and the next one, each moved past its day off
    assert "после срока внесения предложений 3 февраля 2025 года" in out
    assert "до 2 сентября 2025 года" in out


def test_a_decision_merged_late_is_flagged(repository: Path) -> None:
    decision = record_decision(repository, "2025-01-03")
    commit(repository, "record the decision of 3 January")
    # 10 working days after Friday 3 January 2025 (a day off moved from Sunday 5 January,
    # which was a working day; 7 January, Orthodox Christmas, skipped) is 17 January
    assert check(repository, "--as-of", "2025-01-17") == (0, [])
    late = check(repository, "--as-of", "2025-01-20")
    assert late == (0, [(decision, 3, "decision-published")])


def test_opened_is_a_date_and_goes_with_base(repository: Path) -> None:
    alone = run_nqs(
        repository, "validate", "--opened", "2025-02-03", "--lang", "ru", in_process=True
    )
    assert alone.returncode == 2 and "--opened используется только вместе с --base" in alone.stderr
    bad = run_nqs(
        repository,
        "validate",
        "--base",
        "main",
        "--opened",
        "3 февраля",
        "--lang",
        "ru",
        in_process=True,
    )
    assert bad.returncode == 2 and "неверная дата --opened: 3 февраля" in bad.stderr


def test_recording_a_decision_is_not_a_late_proposal(repository: Path) -> None:
    record_decision(repository, "2025-01-31")
    commit(repository, "record the decision of 31 January", when="2025-02-05T09:00:00+0500")
    assert check(repository, "--as-of", "2025-02-05") == (0, [])


def test_gits_own_refusal_is_told_in_its_words(repository: Path) -> None:
    # git's test switch for a repository owned by another user (safe.directory)
    refused = run_nqs(
        repository,
        "validate",
        "--base",
        "main",
        "--lang",
        "ru",
        GIT_TEST_ASSUME_DIFFERENT_OWNER="1",
    )
    assert refused.returncode == 2
    assert "Git не дал прочитать историю: fatal: detected dubious ownership" in refused.stderr


NURSE = "register/professions/health/3221-0-002.yml"


def test_an_amendment_may_replace_the_legal_act(repository: Path) -> None:
    # the act of June 2024 came after the inclusion (29 March 2024), before the amendment
    # of 30 October 2024 that sets it: lawful, in the register and in the history
    edit(repository, NURSE, "date: 2020-07-07", "date: 2024-06-01")
    edit(repository, NURSE, "levels: [4, 5]", "levels: [4, 5]\namended_by: [2024-10-30]")
    commit(repository, "replace the legal act")
    assert check(repository, "--as-of", "2024-11-12") == (0, [])


def test_an_act_newer_than_the_decision_that_set_it(repository: Path) -> None:
    # the base names 2024-10-30 already (7411-0-004); here the change that sets an act of
    # December 2024 names only that October decision: the act cannot have been its ground
    edit(repository, NURSE, "date: 2020-07-07", "date: 2024-12-02")
    edit(repository, NURSE, "levels: [4, 5]", "levels: [4, 5]\namended_by: [2024-10-30]")
    commit(repository, "an act after the decision")
    # the register alone sees the same: 2024-10-30 is the entry's latest decision
    assert check(repository, "--as-of", "2024-11-12") == (
        1,
        [(NURSE, 14, "legal-act"), (NURSE, 14, "legal-act-change")],
    )


def test_the_history_finds_the_amendment_that_changed_the_act(repository: Path) -> None:
    # merged on main: an amendment by 30 October 2024 that did not touch the act
    edit(repository, NURSE, "levels: [4, 5]", "levels: [4, 5, 6]\namended_by: [2024-10-30]")
    commit(repository, "amend the levels")
    subprocess.run(["git", "branch", "-f", "main", "proposal"], cwd=repository, check=True)
    # now a decision of 3 January 2025 replaces the act with one of 20 December 2024
    record_decision_file(repository, "2025-01-03")
    edit(repository, NURSE, "date: 2020-07-07", "date: 2024-12-20")
    edit(repository, NURSE, "amended_by: [2024-10-30]", "amended_by: [2024-10-30, 2025-01-03]")
    commit(repository, "replace the act")
    assert check(repository, "--as-of", "2025-01-10") == (0, [])
    # the same act dated after the decision that sets it is the change's error
    edit(repository, NURSE, "date: 2024-12-20", "date: 2025-01-06")
    found = check(repository, "--as-of", "2025-01-10")
    assert found == (1, [(NURSE, 14, "legal-act"), (NURSE, 14, "legal-act-change")])


def record_decision_file(root: Path, decision: str) -> str:
    path = f"register/decisions/{decision}.yml"
    text = (root / "register/decisions/2024-10-30.yml").read_text(encoding="utf-8")
    (root / path).write_text(
        text.replace("2024-10-30", decision).replace("protocol: '2'", "protocol: '1'"),
        encoding="utf-8",
    )
    return path


NEW = "register/professions/energy/7411-0-008.yml"


def add_profession(root: Path, included_by: str) -> None:
    """A new profession of the energy body, included by a decision."""
    text = (root / PROFESSION).read_text(encoding="utf-8")
    text = text.replace("code: 7411-0-004", "code: 7411-0-008")
    text = text.replace(
        "{kk: Күн сәулесі жабдықтарын монтаждаушы, ru: Монтажник солнечных установок}",
        "{kk: Құрылыс электригі, ru: Электрик строительный}",
    )
    text = text.replace("included_by: 2024-03-29\namended_by: [2024-10-30]\n", "")
    (root / NEW).write_text(text + f"included_by: {included_by}\n", encoding="utf-8")


def test_a_new_profession_under_an_older_recorded_decision(repository: Path) -> None:
    # the recommendation of 29 March 2024 was recorded and published long ago: a profession
    # added under it now is backdated (Rules 11), an error rather than a late publication
    add_profession(repository, "2024-03-29")
    commit(repository, "include under an old decision")
    assert check(repository) == (1, [(NEW, 21, "inclusion-backdated")])
    args = ("validate", "--base", "main", "--as-of", AS_OF.isoformat(), "--lang")
    for lang, said in (
        ("kk", "бұрыннан тіркелген"),
        ("ru", "уже записана в реестре"),
        ("en", "already recorded in the register"),
    ):
        assert said in run_nqs(repository, *args, lang, in_process=True).stdout


def test_a_new_profession_within_its_decisions_publication(repository: Path) -> None:
    # the cycle's register comes with its recommendation in one merge into main: even within
    # the decision's 10 working days (by 13 November) a later merge cannot add under it
    add_profession(repository, "2024-10-30")
    commit(repository, "include under the October decision")
    assert check(repository, "--as-of", "2024-11-12") == (1, [(NEW, 21, "inclusion-backdated")])
    # and against a cycle branch too, reported once (not also as proposal-decision)
    found = check(repository, "--as-of", "2024-11-12", "--stage", "proposal")
    assert found == (1, [(NEW, 21, "inclusion-backdated")])


def test_a_decision_dated_before_a_recorded_one_is_backdated(repository: Path) -> None:
    # the register recorded 30 October 2024: a decision of 1 June 2024 added now (by hand or
    # by nqs record-decision on a cycle branch) would put an edition, and what it includes,
    # into the published past; it is an error in every stage, said in every language
    decision = record_decision_file(repository, "2024-06-01")
    add_profession(repository, "2024-06-01")
    commit(repository, "a decision dated before the last recorded one")
    found = check(repository, "--as-of", "2024-11-12")
    assert (decision, 3, "decision-backdated") in found[1] and found[0] == 1
    args = ("validate", "--base", "main", "--as-of", "2024-11-12", "--lang")
    for lang, said in (
        ("kk", "кейінгі 2024-10-30 ұсынымы бұрыннан тіркелген"),
        ("ru", "уже записана более поздняя рекомендация 2024-10-30"),
        ("en", "already recorded a later decision, 2024-10-30"),
    ):
        out = run_nqs(repository, *args, lang, in_process=True).stdout
        assert f"{decision}:3:7:" in out and said in out, out


def test_a_new_profession_with_its_new_decision(repository: Path) -> None:
    decision = record_decision_file(repository, "2025-01-03")
    add_profession(repository, "2025-01-03")
    commit(repository, "record a decision and include by it")
    assert check(repository, "--as-of", "2025-01-17") == (0, [])
    # recorded late, it is published late: a warning, not a backdated inclusion
    assert check(repository, "--as-of", "2025-01-20") == (
        0,
        [(decision, 3, "decision-published")],
    )
