"""The proposal cycle as a workflow (cycle.py, proposals.py, record.py, yamltext.py), on real
Git repositories: a spring cycle from `nqs cycle open` through two bodies' proposals (one
late), the authorized body's remarks, `nqs record-decision` with one rejection, the merge into
main and the edition; every state's output and exit code, and main changed by nothing but the
cycle's own merge. Hostile inputs beside it: malformed cycles, control characters, a decision
dated 9999-12-31, paths outside the repository and a symbolic link to reject."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import git
import pytest
import yaml

from nqs import cycle as cycles
from nqs.cycle import Cycle, CycleStage
from nqs.formatting import Day
from nqs.yamltext import Unwritable, append_item, set_scalar
from tests.git_support import commit, edit, make_repository, merge, record_decision

NURSE = "register/professions/health/3221-0-002.yml"
SOLAR = "register/professions/energy/7411-0-004.yml"
NEW = "register/professions/energy/7411-0-008.yml"
RETURNING = "register/professions/health/3221-0-001.yml"
BRANCH = "cycle/2025-1"
DECISION = "register/decisions/2025-03-28.yml"
KK_REASON = "Ұсыныс мерзімінен кеш енгізілді"
RU_REASON = "Предложение внесено после срока"


def nqs(root: Path, *args: str) -> tuple[int, str, str]:
    from tests.conftest import run_nqs

    result = run_nqs(root, *args, in_process=True)
    return result.returncode, result.stdout, result.stderr


def problems(root: Path, *args: str) -> tuple[int, list[tuple[str, str, str]]]:
    """`nqs validate` as JSON: its exit code and each (path, rule, severity)."""
    code, out, err = nqs(root, "validate", "--format", "json", *args)
    assert code in (0, 1), err
    found = json.loads(out)["problems"]
    return code, [(p["path"], p["rule"], p["severity"]) for p in found]


def git_(root: Path, *args: str) -> str:
    with git.Repo(root) as repo:
        return str(repo.git.execute(["git", *args]))


def merge_into(root: Path, branch: str, into: str, when: str) -> None:
    """Merge a proposal into the cycle's branch, as the authorized body merges its pull
    request (a merge commit made on `when`)."""
    git_(root, "checkout", "--quiet", into)
    with (
        git.Repo(root) as repo,
        repo.git.custom_environment(GIT_AUTHOR_DATE=when, GIT_COMMITTER_DATE=when),
    ):
        repo.git.merge("--no-ff", branch, "-m", f"Merge {branch}")


def add_new_profession(root: Path) -> None:
    """A new profession of the energy body, proposed as a clerk does: no included_by."""
    text = (root / SOLAR).read_text(encoding="utf-8")
    text = text.replace("code: 7411-0-004", "code: 7411-0-008")
    text = text.replace(
        "{kk: Күн сәулесі жабдықтарын монтаждаушы, ru: Монтажник солнечных установок}",
        "{kk: Құрылыс электригі, ru: Электрик строительный}",
    )
    text = text.replace("included_by: 2024-03-29\namended_by: [2024-10-30]\n", "")
    (root / NEW).write_text(text, encoding="utf-8")


@pytest.fixture
def spring(tmp_path: Path) -> Path:
    """The corpus base on main (its decisions recorded on 5 November 2024), on main."""
    root = make_repository(tmp_path / "repo", "2024-11-05T10:00:00+0500")
    git_(root, "checkout", "--quiet", "main")
    git_(root, "branch", "--quiet", "-D", "proposal")
    return root


def test_a_spring_cycle_from_opening_to_the_edition(spring: Path) -> None:
    root = spring
    main_before = git_(root, "rev-parse", "main")

    # --- the cycle opens: its branch from main, said how to push and what protects it ---
    code, out, _ = nqs(root, "cycle", "open", "2025-1", "--lang", "kk")
    assert code == 0
    assert "git push -u origin cycle/2025-1" in out
    assert ".github/rulesets/cycle.json" in out and ".github/rulesets/main.json" in out
    # 1 February 2025 is a Saturday: the term ends on Monday, worded with the Kazakh dative
    assert "2025 жылғы 3 ақпанға дейін" in out
    assert git_(root, "rev-parse", BRANCH) == main_before
    code, _, err = nqs(root, "cycle", "open", "2025-1")
    assert code == 2 and "уже есть" in err
    code, out, _ = nqs(root, "cycle", "status", "2025-1", "--as-of", "2025-01-15")
    assert code == 0 and "пока нет предложений" in out

    # --- the health body proposes in time: an amendment naming no decision ---
    git_(root, "checkout", "--quiet", "-b", "health-nurse", BRANCH)
    edit(root, NURSE, "levels: [4, 5]", "levels: [4, 5, 6]")
    commit(root, "Health: nurses at level 6", "2025-01-20T10:00:00+0500")
    as_of = ("--as-of", "2025-01-21")
    # against the cycle's branch the proposal is correct and awaits the council (exit 0)
    assert problems(root, "--base", BRANCH, *as_of) == (0, [(NURSE, "decision-awaited", "info")])
    for lang, said in (
        ("kk", "Ұлттық кеңестің ұсынымын күтеді"),
        ("ru", "ожидает рекомендации Национального совета"),
        ("en", "awaits the National Council"),
    ):
        code, out, _ = nqs(root, "validate", "--base", BRANCH, *as_of, "--lang", lang)
        assert code == 0 and said in out
    _, out, _ = nqs(root, "validate", "--base", BRANCH, "--format", "github", *as_of)
    assert out.startswith(f"::notice file={NURSE},")
    # against main, or with the council stage asked, it lacks its decision (exit 1)
    council = (1, [(NURSE, "change-decision", "error")])
    assert problems(root, "--base", "main", *as_of) == council
    assert problems(root, "--base", BRANCH, "--stage", "council", *as_of) == council
    # a proposal cannot know the decision yet: naming one is an error of the proposal stage
    edit(
        root, NURSE, "included_by: 2024-03-29", "included_by: 2024-03-29\namended_by: [2024-10-30]"
    )
    assert problems(root, "--base", BRANCH, *as_of) == (
        1,
        [(NURSE, "proposal-decision", "error")],
    )
    git_(root, "checkout", "--quiet", "--", NURSE)

    # --- the authorized body's remarks on the pull request: 2 working days (Rules 9) ---
    code, out, _ = nqs(root, "remarks", "2025-01-22", "--as-of", "2025-01-23", "--lang", "en")
    assert (code, out) == (
        0,
        "remarks received on 22 January 2025 are to be fixed by 24 January 2025 inclusive "
        "(2 working days, Rules 9)\n",
    )
    code, out, _ = nqs(root, "remarks", "2025-01-24", "--as-of", "2025-01-29", "--lang", "en")
    assert code == 1 and "by 28 January 2025" in out and "ended on 28 January 2025" in out
    edit(root, NURSE, "document_validity_years: 5", "document_validity_years: 4")
    commit(root, "Health: remarks fixed", "2025-01-23T10:00:00+0500")

    # --- the energy body proposes late: a new profession and an amendment ---
    git_(root, "checkout", "--quiet", "-b", "energy-late", BRANCH)
    add_new_profession(root)
    edit(root, SOLAR, "levels: [2, 3]", "levels: [2, 3, 4]")
    commit(
        root, "Energy: a new profession, solar installers at level 4", "2025-02-10T10:00:00+0500"
    )
    late = problems(root, "--base", BRANCH, "--as-of", "2025-02-11")
    # the late warning reaches the new profession too (it names no decision now)
    assert late == (
        0,
        [
            (SOLAR, "proposal-cycle", "warning"),
            (SOLAR, "decision-awaited", "info"),
            (NEW, "proposal-cycle", "warning"),
            (NEW, "decision-awaited", "info"),
        ],
    )

    # --- the state of the cycle: both proposals, by body, the late one said so ---
    code, out, _ = nqs(root, "cycle", "status", "2025-1", "--as-of", "2025-02-11", "--lang", "en")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == (
        "cycle cycle/2025-1: proposals by 3 February 2025 (Rules 7), "
        "to the National Council by 1 April 2025 (Rules 10)"
    )
    assert lines[1] == "energy:"
    assert lines[2] == (
        f"  {SOLAR}  proposed (branch energy-late, not yet merged into the cycle's branch); "
        "proposals due by 3 February 2025; begun after the proposal deadline (3 February 2025): "
        "it belongs to the next cycle"
    )
    assert lines[3].startswith(f"  {NEW}  proposed (branch energy-late,")
    assert lines[4] == "health:"
    assert lines[5] == (
        f"  {NURSE}  proposed (branch health-nurse, not yet merged into the cycle's branch); "
        "proposals due by 3 February 2025"
    )
    code, out, _ = nqs(root, "cycle", "status", "--as-of", "2025-02-11", "--lang", "kk")
    assert code == 0 and "health-nurse" in out  # the current cycle by default

    # --- the draft register: both merged into the cycle's branch, which validates ---
    merge_into(root, "health-nurse", BRANCH, "2025-02-12T10:00:00+0500")
    merge_into(root, "energy-late", BRANCH, "2025-02-13T10:00:00+0500")
    code, out, _ = nqs(root, "validate", "--as-of", "2025-02-13")
    assert code == 0, out
    code, out, _ = nqs(root, "cycle", "status", "2025-1", "--as-of", "2025-02-13", "--lang", "en")
    assert f"  {NURSE}  in the draft register; due to the National Council by 1 April 2025" in out
    assert "proposed" not in out
    assert git_(root, "rev-parse", "main") == main_before

    # --- the council's recommendation: refusals first ---
    record = ("record-decision", "2025-03-28", "--protocol", "1", "--as-of", "2025-03-28")
    reject = ("--reject", NEW, "--reason-kk", KK_REASON, "--reason-ru", RU_REASON)
    git_(root, "checkout", "--quiet", "main")
    code, _, err = nqs(root, *record, "--lang", "en")
    assert code == 2 and "not a cycle's branch" in err
    git_(root, "checkout", "--quiet", BRANCH)
    (root / "notes.txt").write_text("draft", encoding="utf-8")
    code, _, err = nqs(root, *record, "--lang", "en")
    assert code == 2 and "not committed" in err
    (root / "notes.txt").unlink()
    for args, said in (
        (("record-decision", "2025-03-28", "--protocol", "1", "--as-of", "2025-03-20"), "after"),
        (("record-decision", "9999-12-31", "--protocol", "1"), "implausible"),
        (("record-decision", "2024-10-30", "--protocol", "1"), "already exists"),
        ((*record, "--protocol", "1; rm -rf /"), "not a protocol number"),
        ((*record, "--reject", NEW, "--reason-kk", KK_REASON), "each --reject needs"),
        ((*record, "--reject", f"../repo/{NEW}", "--reason-kk", "а", "--reason-ru", "а"), ".."),
        ((*record, "--reject", str(root / NEW), "--reason-kk", "а", "--reason-ru", "а"), ".."),
        (
            (*record, "--reject", "register/bodies.yml", "--reason-kk", "а", "--reason-ru", "а"),
            "not a profession",
        ),
        ((*record, *reject[:2], "--reason-kk", "а\x1b[31m", "--reason-ru", "а"), "one line"),
    ):
        code, out, err = nqs(root, *args, "--lang", "en")
        assert code == 2 and said in err, (args, err)
        assert "\x1b" not in err
    assert not (root / DECISION).exists()

    # --- recorded, with the late new profession rejected ---
    tip = git_(root, "rev-parse", BRANCH)
    code, out, err = nqs(root, *record, *reject, "--lang", "en")
    assert code == 0, err
    assert out == (
        "decision 2025-03-28 recorded (protocol 1): included 0, amended 2, excluded 0, "
        "rejected 1. Check: nqs validate --base main; then push the cycle's branch: its pull "
        "request into main takes the recommendation, and its merge publishes the register\n"
    )
    log = git_(root, "log", "--format=%s", f"{tip}..{BRANCH}").splitlines()
    assert log == [
        "Record the National Council's recommendation 2025-03-28 (protocol 1)",
        "Revert the proposals the National Council did not recommend "
        f"(decision 2025-03-28, protocol 1): {NEW}",
    ]
    assert git_(root, "status", "--porcelain") == ""
    assert not (root / NEW).exists()
    decision = yaml.safe_load((root / DECISION).read_text(encoding="utf-8"))
    assert decision["recommends"] == {"amended": ["3221-0-002", "7411-0-004"]}
    assert decision["rejected"] == [
        {"code": "7411-0-008", "body": "energy", "reason": {"kk": KK_REASON, "ru": RU_REASON}}
    ]
    assert "первое полугодие 2025 года" in decision["title"]["ru"]
    # the clerks' files edited in place: block style added, flow style extended, comments kept
    nurse = (root / NURSE).read_text(encoding="utf-8")
    assert nurse.endswith("included_by: 2024-03-29\namended_by:\n  - '2025-03-28'\n")
    solar = (root / SOLAR).read_text(encoding="utf-8")
    assert solar.endswith("amended_by: [2024-10-30, '2025-03-28']\n")
    assert "# no skills of its own" in solar
    # the register goes to the council: against main, everything names its decision
    code, found = problems(root, "--base", "main", "--as-of", "2025-03-28")
    assert (code, found) == (0, [])
    code, out, _ = nqs(root, "cycle", "status", "2025-1", "--as-of", "2025-03-28", "--lang", "en")
    assert f"  {NURSE}  recommended by 2025-03-28; the register is due" in out
    assert "  7411-0-008  not recommended by 2025-03-28" in out
    code, _, err = nqs(root, *record, "--lang", "en")
    assert code == 2 and "already exists" in err
    assert git_(root, "rev-parse", "main") == main_before

    # --- the merge into main records the recommendation: the edition ---
    merge(root, BRANCH, "2025-04-02T10:00:00+0500")
    first_parents = git_(root, "rev-list", "--first-parent", "main").splitlines()
    assert first_parents[1] == main_before  # nothing but the cycle's own merge
    assert git_(root, "rev-parse", "main^2") == git_(root, "rev-parse", BRANCH)
    code, out, _ = nqs(root, "validate", "--as-of", "2025-04-02")
    assert code == 0, out
    code, out, _ = nqs(root, "editions", "--tag", "--lang", "en")
    assert code == 0
    assert "2025-03-28" in out and "edition/2025-03-28" in out and "in time" in out
    assert git_(root, "rev-parse", "edition/2025-03-28^{commit}") == first_parents[0]


def test_cycle_names_and_refs_are_strict(spring: Path) -> None:
    for bad in ("2025-3", "2023-1", "2101-2", "25-1", "2025-1\n", "2025-1\x1b[2J"):
        code, _, err = nqs(spring, "cycle", "open", bad, "--lang", "en")
        assert code == 2, bad
        assert "\x1b" not in err and "not a cycle" in err
    assert nqs(spring, "cycle", "open", "-2025-1")[0] == 2  # an option to argparse
    assert git_(spring, "branch", "--list", "cycle/*") == ""
    # a base with control characters never reaches Git
    code, _, err = nqs(spring, "validate", "--base", "cycle/2025-1\x07", "--lang", "en")
    assert code == 2 and "\x07" not in err
    code, _, err = nqs(spring, "validate", "--stage", "proposal", "--lang", "en")
    assert code == 2 and "--stage goes with --base" in err
    code, _, err = nqs(spring, "cycle", "status", "2026-2", "--lang", "en")
    assert code == 2 and "there is no branch cycle/2026-2" in err


def test_a_repository_without_main_has_no_cycle(tmp_path: Path) -> None:
    root = make_repository(tmp_path / "repo")
    git_(root, "branch", "--quiet", "-D", "main")
    code, _, err = nqs(root, "cycle", "open", "2025-1", "--lang", "en")
    assert code == 2 and "has no branch «main»" in err


def test_a_symbolic_link_is_never_rejected_nor_read(spring: Path) -> None:
    root = spring
    assert nqs(root, "cycle", "open", "2025-1")[0] == 0
    git_(root, "checkout", "--quiet", BRANCH)
    os.symlink("7411-0-004.yml", root / NEW)
    commit(root, "A link where a profession should be", "2025-01-20T10:00:00+0500")
    args = ("record-decision", "2025-03-28", "--protocol", "1", "--lang", "en")
    code, _, err = nqs(root, *args, "--reject", NEW, "--reason-kk", "а", "--reason-ru", "а")
    assert code == 2 and "symbolic links" in err
    code, _, err = nqs(root, *args)
    assert code == 2 and "cannot be read" in err
    assert not (root / DECISION).exists()


def test_a_reason_the_register_would_refuse_records_nothing(spring: Path) -> None:
    """A reason is checked as validate checks the decision's file (blank, no Kazakh letters,
    too long) before anything is written or committed: the branch and the tree stay as they
    were, and a good reason then records the decision, which validates against main."""
    root = spring
    assert nqs(root, "cycle", "open", "2025-1")[0] == 0
    git_(root, "checkout", "--quiet", BRANCH)
    edit(root, NURSE, "levels: [4, 5]", "levels: [4, 5, 6]")
    add_new_profession(root)
    commit(root, "Two proposals", "2025-01-20T10:00:00+0500")
    tip = git_(root, "rev-parse", "HEAD")
    record = ("record-decision", "2025-03-28", "--protocol", "1", "--as-of", "2025-03-28")
    for kk, ru, said in (
        ("", RU_REASON, "must not be empty"),
        (KK_REASON, "   ", "the ru text is empty"),
        ("Late", RU_REASON, "no Cyrillic letters"),
        (KK_REASON, "а" * 4001, "longer than 4,000 characters"),
    ):
        args = (*record, "--reject", NEW, "--reason-kk", kk, "--reason-ru", ru, "--lang", "en")
        code, out, err = nqs(root, *args)
        assert code == 2 and said in out and "was not recorded" in err, (out, err)
        assert git_(root, "rev-parse", "HEAD") == tip
        assert git_(root, "status", "--porcelain") == ""
        assert (root / NEW).exists() and not (root / DECISION).exists()
    # a schema that cannot be read stops the check on the way: the tree is put back too
    schema = root / "schemas/decision.schema.json"
    schema.write_text("{", encoding="utf-8")
    commit(root, "A broken schema", "2025-01-21T10:00:00+0500")
    code, _, err = nqs(root, *record, "--reject", NEW, "--reason-kk", "", "--reason-ru", "а")
    assert code == 2 and "schemas/decision.schema.json" in err, err
    assert git_(root, "status", "--porcelain") == ""
    git_(root, "reset", "--quiet", "--hard", tip)
    # a date before a recorded decision would rewrite published editions (decision-backdated)
    code, _, err = nqs(root, "record-decision", "2024-10-29", "--protocol", "1", "--lang", "en")
    assert code == 2 and "before 2024-10-30, already recorded" in err, err
    assert git_(root, "rev-parse", "HEAD") == tip and git_(root, "status", "--porcelain") == ""
    # as a shell completes it, ./ and a doubled slash are the same path
    args = (*record, "--reject", f"./{NEW}".replace("/energy", "//energy"))
    code, out, err = nqs(root, *args, "--reason-kk", KK_REASON, "--reason-ru", RU_REASON)
    assert code == 0, err
    assert not (root / NEW).exists()
    assert problems(root, "--base", "main", "--as-of", "2025-03-28") == (0, [])


def test_a_proposal_to_exclude_and_a_return_are_recorded(spring: Path) -> None:
    root = spring
    assert nqs(root, "cycle", "open", "2025-1")[0] == 0
    git_(root, "checkout", "--quiet", BRANCH)
    edit(root, SOLAR, "status: included", "status: excluded")  # no excluded_by: awaited
    commit(root, "Energy: solar installers leave the register", "2025-01-20T10:00:00+0500")
    # an excluded nurse returns: the old decisions go, the new one is awaited
    edit(
        root,
        RETURNING,
        "status: excluded\nincluded_by: 2024-03-29\nexcluded_by: 2024-10-30",
        "status: included",
    )
    commit(root, "Health: the nurse returns", "2025-01-21T10:00:00+0500")
    assert problems(root, "--base", "main", "--stage", "proposal", "--as-of", "2025-01-21") == (
        0,
        [
            (SOLAR, "single-body", "warning"),
            (SOLAR, "decision-awaited", "info"),
            (RETURNING, "single-body", "warning"),
            (RETURNING, "decision-awaited", "info"),
        ],
    )
    code, _, err = nqs(root, "record-decision", "2025-03-28", "--protocol", "2/1")
    assert code == 0, err
    assert (
        (root / SOLAR)
        .read_text(encoding="utf-8")
        .endswith(
            "status: excluded\nincluded_by: 2024-03-29\namended_by: [2024-10-30]\n"
            "excluded_by: '2025-03-28'\n"
        )
    )
    assert (
        (root / RETURNING)
        .read_text(encoding="utf-8")
        .endswith("status: included\nincluded_by: '2025-03-28'\n")
    )
    decision = yaml.safe_load((root / DECISION).read_text(encoding="utf-8"))
    assert decision["recommends"] == {"included": ["3221-0-001"], "excluded": ["7411-0-004"]}
    assert decision["protocol"] == "2/1" and "rejected" not in decision
    code, found = problems(root, "--base", "main", "--as-of", "2025-03-28")
    assert code == 0 and [p for p in found if p[2] == "error"] == []
    # a profession naming the decision by hand, which the decision does not list
    edit(
        root, NURSE, "included_by: 2024-03-29", "included_by: 2024-03-29\namended_by: [2025-03-28]"
    )
    assert problems(root, NURSE, "--as-of", "2025-03-28") == (
        1,
        [(NURSE, "decision-recommends", "error")],
    )


def test_cycles_from_names_refs_and_days() -> None:
    assert cycles.parse("2027-1") == Cycle(2027, 1)
    assert [cycles.parse(n) for n in ("2027-0", "2027-12", "2024-2", "2100-2")] == [
        None,
        None,
        Cycle(2024, 2),
        Cycle(2100, 2),
    ]
    for ref in (
        "cycle/2027-1",
        "origin/cycle/2027-1",
        "refs/heads/cycle/2027-1",
        "refs/remotes/upstream/cycle/2027-1",
    ):
        assert cycles.of_ref(ref) == Cycle(2027, 1), ref
        assert cycles.stage_of(ref) is CycleStage.PROPOSAL
    for ref in ("main", "origin/main", "cycle/2027-3", "cycle/2027-1/x", "HEAD"):
        assert cycles.stage_of(ref) is CycleStage.COUNCIL, ref
    autumn = Cycle(2026, 2)
    # 1 November 2026 is a Sunday: the submission to the council ends on Monday
    assert (autumn.proposals_due, autumn.council_due) == (dt.date(2026, 9, 1), dt.date(2026, 11, 2))
    assert cycles.current(dt.date(2026, 4, 1)) == Cycle(2026, 1)
    assert cycles.current(dt.date(2026, 4, 2)) == Cycle(2026, 2)
    assert cycles.current(dt.date(2026, 11, 3)) == Cycle(2027, 1)


def test_text_edits_keep_the_rest_of_the_file() -> None:
    text = "code: '1'\n# a comment\nstatus: included\nincluded_by: x  # kept? no\nlevels: [1]\n"
    assert set_scalar(text, "included_by", "'y'", ("status",)) == text.replace(
        "included_by: x  # kept? no", "included_by: 'y'"
    )
    bare = "code: '1'\nstatus: included\n# end\n"
    assert set_scalar(bare, "included_by", "'y'", ("status",)) == (
        "code: '1'\nstatus: included\nincluded_by: 'y'\n# end\n"
    )
    block = "amended_by:\n- a\n- b\nnext: 1\n"
    assert append_item(block, "amended_by", "'c'", ()) == "amended_by:\n- a\n- b\n- 'c'\nnext: 1\n"
    indented = "amended_by:  # why\n  - a\n\nnext: 1\n"
    assert append_item(indented, "amended_by", "'c'", ()) == (
        "amended_by:  # why\n  - a\n  - 'c'\n\nnext: 1\n"
    )
    assert append_item("amended_by: []\n", "amended_by", "'c'", ()) == "amended_by: ['c']\n"
    for unusual in ("amended_by: a\n", "amended_by:\n  - a\n    b\n", "amended_by: {a: 1}\n"):
        with pytest.raises(Unwritable):
            append_item(unusual, "amended_by", "'c'", ())
    with pytest.raises(Unwritable):
        set_scalar("included_by: >\n  x\n", "included_by", "'y'", ())


def test_a_clone_sees_the_cycle_as_ci_does(spring: Path, tmp_path: Path) -> None:
    """In a clone the cycle's branch is remote-tracking (origin/cycle/2025-1), as in CI, where
    the base is origin/$GITHUB_BASE_REF: the stage is still the proposal's."""
    assert nqs(spring, "cycle", "open", "2025-1")[0] == 0
    git_(spring, "checkout", "--quiet", "-b", "health-nurse", BRANCH)
    edit(spring, NURSE, "levels: [4, 5]", "levels: [4, 5, 6]")
    commit(spring, "Health: nurses at level 6", "2025-01-20T10:00:00+0500")
    git_(spring, "checkout", "--quiet", "main")
    clone = tmp_path / "clone"
    git.Repo.clone_from(spring, clone).close()
    git_(clone, "checkout", "--quiet", "--detach", "origin/health-nurse")
    base = ("--base", f"origin/{BRANCH}", "--as-of", "2025-01-21")
    assert problems(clone, *base) == (0, [(NURSE, "decision-awaited", "info")])
    assert problems(clone, *base, "--strict") == (0, [(NURSE, "decision-awaited", "info")])
    code, out, _ = nqs(clone, "cycle", "status", "2025-1", "--as-of", "2025-01-21", "--lang", "en")
    assert code == 0
    assert f"  {NURSE}  proposed (branch origin/health-nurse," in out
    # a branch name is the proposer's text: Git takes a right-to-left override, nqs shows it
    git_(clone, "branch", "health-\u202egnp.exe", "origin/health-nurse")
    code, out, _ = nqs(clone, "cycle", "status", "2025-1", "--as-of", "2025-01-21", "--lang", "en")
    assert code == 0 and "\u202e" not in out
    assert "(branch health-\\u202egnp.exe," in out


@pytest.mark.parametrize(
    ("opened", "late"),
    [("2025-03-30", False), ("2025-04-01", False), ("2025-04-02", True), ("2025-04-11", False)],
)
def test_the_register_goes_to_the_council_by_its_cycles_deadline(
    repository: Path, opened: str, late: bool
) -> None:
    """Rules 10: the pull request from the cycle branch into main, opened before the council
    meets, is the register's submission; the spring cycle's is due by 1 April 2025 (a
    Tuesday). Here the council met late, on 10 April. A pull request opened after the
    council's recommendation was not the submission: its day says nothing of it."""
    record_decision(repository, "2025-04-10")
    commit(repository, "The council's recommendation", "2025-04-10T18:00:00+0500")
    args = ("--base", "main", "--opened", opened, "--as-of", "2025-04-12")
    _, found = problems(repository, *args)
    told = [f for f in found if f[1] == "council-submission"]
    assert told == (
        [(DECISION.replace("03-28", "04-10"), "council-submission", "warning")] if late else []
    )
    if late:
        _, out, _ = nqs(repository, "validate", *args, "--lang", "ru")
        day = format(Day(dt.date.fromisoformat(opened)).in_language("ru"))
        assert f"pull request в main открыт {day}, срок — до 1 апреля 2025 года" in out
    _, found = problems(repository, "--base", "main", "--as-of", "2025-04-12")
    assert "council-submission" not in {f[1] for f in found}  # only with --opened (CI)


def test_a_branch_ending_like_the_cycles_is_not_the_cycle(spring: Path, tmp_path: Path) -> None:
    """`a/cycle/2025-1` (anyone may push one) sorts before `cycle/2025-1` and ends like it: the
    status reads the cycle's own branch, local or a remote's, never that one."""
    assert nqs(spring, "cycle", "open", "2025-1")[0] == 0
    git_(spring, "checkout", "--quiet", "-b", "a/cycle/2025-1", "main")
    edit(spring, NURSE, "levels: [4, 5]", "levels: [4, 5, 6]")
    commit(spring, "A forged draft register", "2025-01-20T10:00:00+0500")
    git_(spring, "checkout", "--quiet", "main")
    status = ("cycle", "status", "2025-1", "--as-of", "2025-01-21", "--lang", "en")
    code, out, _ = nqs(spring, *status)
    assert code == 0 and "no proposals in this cycle yet" in out and NURSE not in out
    clone = tmp_path / "clone"  # both remote-tracking: origin/a/cycle/2025-1 sorts first
    git.Repo.clone_from(spring, clone).close()
    code, out, _ = nqs(clone, *status)
    assert code == 0 and "in the draft register" not in out  # at most a branch not merged
    git_(spring, "branch", "--quiet", "-D", BRANCH)  # only the look-alike is left
    code, _, err = nqs(spring, *status)
    assert code == 2 and "there is no branch cycle/2025-1" in err


def test_a_field_written_by_hand_as_told_is_recorded(spring: Path) -> None:
    """A file nqs cannot edit in its text (CRLF line ends) is refused with the advice to
    write the field by hand, commit and run again: doing so is then recorded, not refused
    as a proposal naming a decision."""
    root = spring
    assert nqs(root, "cycle", "open", "2025-1")[0] == 0
    git_(root, "checkout", "--quiet", BRANCH)
    edit(root, NURSE, "levels: [4, 5]", "levels: [4, 5, 6]")
    text = (root / NURSE).read_text(encoding="utf-8")
    (root / NURSE).write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    commit(root, "Health: nurses at level 6, written on Windows", "2025-01-20T10:00:00+0500")
    record = ("record-decision", "2025-03-28", "--protocol", "1", "--as-of", "2025-03-28")
    code, _, err = nqs(root, *record, "--lang", "en")
    assert code == 2 and "write it by hand, commit and run again" in err, err
    with (root / NURSE).open("ab") as handle:
        handle.write(b"amended_by: ['2025-03-28']\r\n")
    commit(root, "Health: the decision named by hand", "2025-03-28T10:00:00+0500")
    code, out, err = nqs(root, *record, "--lang", "en")
    assert code == 0 and "amended 1" in out, err
    assert git_(root, "status", "--porcelain") == ""
    decision = yaml.safe_load((root / DECISION).read_text(encoding="utf-8"))
    assert decision["recommends"] == {"amended": ["3221-0-002"]}
    assert problems(root, "--base", "main", "--as-of", "2025-03-28") == (0, [])
    # another decision named by hand is still the proposal's error
    git_(root, "reset", "--quiet", "--hard", "HEAD~1")
    code, _, err = nqs(root, "record-decision", "2025-03-29", "--protocol", "1", "--lang", "en")
    assert code == 2 and "already names the decision 2025-03-28" in err


def test_a_look_alike_cycle_is_shown_for_what_it_is(spring: Path) -> None:
    """A branch or reference spelled with a Cyrillic с for the Latin c (pasted from a
    Russian text) looks like the cycle's: the refusal shows the letter that differs."""
    assert nqs(spring, "cycle", "open", "2025-1")[0] == 0
    git_(spring, "checkout", "--quiet", "-b", "\u0441ycle/2025-1", BRANCH)
    code, _, err = nqs(spring, "record-decision", "2025-03-28", "--protocol", "1", "--lang", "en")
    assert code == 2 and "current branch \\u0441ycle/2025-1 is not" in err, err
    code, _, err = nqs(spring, "validate", "--base", "\u0441ycle/2025-1", "--lang", "en")
    assert code == 2 and "«\\u0441ycle/2025-1»" in err and "only Latin letters" in err, err
    code, _, err = nqs(spring, "cycle", "status", "2025\u20101", "--lang", "en")
    assert code == 2 and "«2025\\u20101» is not a cycle" in err, err


def test_remarks_are_told_only_in_years_whose_working_days_are_known(spring: Path) -> None:
    """2 working days after 30 December 2100 fall in a year the calendar does not know: told
    as such (as nqs calendar tells it), not as a certain date; the last known year is told."""
    code, out, err = nqs(spring, "remarks", "2100-12-30", "--as-of", "2100-12-30", "--lang", "en")
    assert code == 2 and out == "" and "working days in Kazakhstan are known" in err, err
    code, out, _ = nqs(spring, "remarks", "2099-12-30", "--as-of", "2099-12-30", "--lang", "en")
    assert code == 0 and "remarks received on 30 December 2099 are to be fixed by" in out


@pytest.mark.parametrize(("as_of", "cycle"), [("2020-01-10", "2020-1"), ("2100-11-02", "2101-1")])
def test_a_day_outside_the_cycles_years_has_no_cycle(spring: Path, as_of: str, cycle: str) -> None:
    """The status of the cycle of a day before 2024 or after the last one is not sent to
    open a branch that `cycle open` refuses: the day has no cycle, and the years are told."""
    code, _, err = nqs(spring, "cycle", "status", "--as-of", as_of, "--lang", "en")
    assert code == 2 and f"«{cycle}» is not a cycle" in err and "2024 to 2100" in err, err
