"""The register's past as plain values (chronicle.py), called directly on a constructed file
history: what each change did to an entry, and each council decision's edition. No Git:
tests/test_editions.py builds the same from a real repository and reads the site."""

from __future__ import annotations

import datetime as dt

import pytest

from nqs.chronicle import Edition, FieldChange, Skipped, action, changed_fields, chronicle, plain
from nqs.history import Change, FileRevision
from nqs.layout import Kind
from nqs.messages import Term
from tests.conftest import CORPUS, REVOKED, TERMINATED, center_events, corpus_file

PROFESSION = "register/professions/health/3221-0-002.yml"
EXCLUDED = "register/professions/energy/7411-0-004.yml"
CENTER = "register/centers/090140001235.yml"
AUTUMN = "register/decisions/2024-10-30.yml"
SPRING = "register/decisions/2025-03-28.yml"
BASE_FILES = sorted(
    p.relative_to(CORPUS / "base").as_posix() for p in (CORPUS / "base").rglob("*.yml")
)
IMPORT, DAY_ONE = "c0", dt.date(2024, 11, 5)


def spring_decision() -> bytes:
    return corpus_file(
        AUTUMN, ("id: 2024-10-30", "id: 2025-03-28"), ("date: 2024-10-30", "date: 2025-03-28")
    )


def imported() -> list[FileRevision]:
    """The first commit: the corpus base register brought into Git."""
    return [
        FileRevision(IMPORT, DAY_ONE, Change("A", path, path), None, corpus_file(path))
        for path in BASE_FILES
    ]


def amended(commit: str, day: dt.date) -> FileRevision:
    """3221-0-002 amended by the spring decision: levels 4, 5 → 4, 5, 6."""
    new = corpus_file(PROFESSION, ("levels: [4, 5]", "levels: [4, 5, 6]\namended_by: [2025-03-28]"))
    return FileRevision(
        commit, day, Change("M", PROFESSION, PROFESSION), corpus_file(PROFESSION), new
    )


def recorded(commit: str, day: dt.date) -> FileRevision:
    return FileRevision(commit, day, Change("A", SPRING, SPRING), None, spring_decision())


def test_no_history_is_an_empty_chronicle() -> None:
    found = chronicle([])
    assert (found.revisions, found.editions, found.skipped) == ({}, {}, [])


def test_the_first_commit_imports_the_register_and_its_decisions() -> None:
    found = chronicle(imported())
    assert len(BASE_FILES) >= 9
    entries = [key for key in found.revisions if key[0] != "bodies"]
    assert len(entries) == len(BASE_FILES) - 1  # every entry; bodies.yml is no entry
    assert {r.action for rs in found.revisions.values() for r in rs} == {"imported"}
    profession = found.revisions[("profession", "3221-0-002")]
    assert len(profession) == 1
    assert (profession[0].date, profession[0].decisions, profession[0].fields) == (
        DAY_ONE,
        ["2024-03-29"],
        [],
    )
    # both decisions recorded by the import: one commit, the later one its snapshot
    assert found.editions == {
        "2024-03-29": Edition(
            "2024-03-29", IMPORT, DAY_ONE, found.editions["2024-03-29"].due, False, True
        ),
        "2024-10-30": Edition("2024-10-30", IMPORT, DAY_ONE, dt.date(2024, 11, 13), True, True),
    }
    assert not any(edition.late for edition in found.editions.values())


def test_an_amendment_names_its_decision_and_its_fields() -> None:
    found = chronicle(
        [*imported(), recorded("c1", dt.date(2025, 4, 2)), amended("c1", dt.date(2025, 4, 2))]
    )
    newest = found.revisions[("profession", "3221-0-002")][-1]
    assert newest.action == "amended"
    assert newest.decisions == ["2025-03-28"]
    assert newest.fields == [
        FieldChange("levels", [4, 5], [4, 5, 6]),
        FieldChange("amended_by", None, ["2025-03-28"]),
    ]
    assert found.revisions[("decision", "2025-03-28")][0].action == "added"
    # recorded within 10 working days of 28 March 2025 (by 11 April)
    spring = found.editions["2025-03-28"]
    assert (spring.commit, spring.recorded, spring.due) == (
        "c1",
        dt.date(2025, 4, 2),
        dt.date(2025, 4, 11),
    )
    assert spring.snapshot and not spring.imported and not spring.late


def test_an_edition_is_complete_with_its_last_merge() -> None:
    """Two merges name the spring decision: the edition is the second, and late with it."""
    found = chronicle(
        [*imported(), recorded("c1", dt.date(2025, 4, 2)), amended("c2", dt.date(2025, 4, 15))]
    )
    spring = found.editions["2025-03-28"]
    assert (spring.commit, spring.recorded) == ("c2", dt.date(2025, 4, 15))
    assert spring.late


def test_an_edition_with_a_later_decision_in_its_tree_has_no_snapshot() -> None:
    later = "register/decisions/2025-05-01.yml"
    content = corpus_file(
        AUTUMN, ("id: 2024-10-30", "id: 2025-05-01"), ("date: 2024-10-30", "date: 2025-05-01")
    )
    found = chronicle(
        [
            *imported(),
            recorded("c1", dt.date(2025, 5, 5)),
            FileRevision("c1", dt.date(2025, 5, 5), Change("A", later, later), None, content),
        ]
    )
    assert not found.editions["2025-03-28"].snapshot
    assert found.editions["2025-05-01"].snapshot


@pytest.mark.parametrize(
    ("path", "edit", "expected"),
    [
        (EXCLUDED, ("status: included", "status: excluded\nexcluded_by: 2024-10-30"), "excluded"),
        (CENTER, center_events(REVOKED), "revoked"),
        (CENTER, center_events(TERMINATED), "terminated"),
        (CENTER, center_events("{reissue: {date: 2024-09-02, reason: change-of-name}}"), "amended"),
        (CENTER, ("region: KZ-71", "region: KZ-75"), "amended"),
        (AUTUMN, ("protocol: '2'", "protocol: '3'"), "changed"),
    ],
)
def test_a_change_is_named_by_what_it_did(path: str, edit: tuple[str, str], expected: str) -> None:
    change = FileRevision(
        "c1",
        dt.date(2025, 1, 10),
        Change("M", path, path),
        corpus_file(path),
        corpus_file(path, edit),
    )
    found = chronicle([*imported(), change])
    code = path.rsplit("/", 1)[1].removesuffix(".yml")
    kind = "decision" if path == AUTUMN else "center" if path == CENTER else "profession"
    assert [r.action for r in found.revisions[(kind, code)]] == ["imported", expected]


def test_deletions_and_renames_are_kept_in_the_entrys_history() -> None:
    moved = "register/professions/health/7411-0-004.yml"
    found = chronicle(
        [
            *imported(),
            FileRevision(
                "c1",
                dt.date(2025, 1, 10),
                Change("R", moved, EXCLUDED),
                corpus_file(EXCLUDED),
                corpus_file(EXCLUDED),
            ),
            FileRevision(
                "c2", dt.date(2025, 1, 11), Change("D", CENTER, CENTER), corpus_file(CENTER), None
            ),
        ]
    )
    assert [r.action for r in found.revisions[("profession", "7411-0-004")]] == [
        "imported",
        "renamed",
    ]
    assert [r.action for r in found.revisions[("center", "090140001235")]] == [
        "imported",
        "deleted",
    ]


def test_an_unreadable_side_is_skipped_with_its_reason() -> None:
    broken = FileRevision(
        "c1",
        dt.date(2025, 1, 10),
        Change("M", PROFESSION, PROFESSION),
        corpus_file(PROFESSION),
        b"code: [\n",
    )
    link = FileRevision(
        "c2",
        dt.date(2025, 1, 11),
        Change("M", CENTER, CENTER),
        corpus_file(CENTER),
        None,
        refused="symlink",
    )
    outside = FileRevision(
        "c3", dt.date(2025, 1, 12), Change("A", "README.md", "README.md"), None, b"x"
    )
    found = chronicle([*imported(), broken, link, outside])
    assert found.skipped == [
        Skipped("c1", PROFESSION, found.skipped[0].reason),
        Skipped("c2", CENTER, Term("file-is-symlink")),
    ]
    assert str(found.skipped[0].reason).startswith("yaml-syntax ")
    # what was readable stays; the skipped changes are not in the entries' histories
    assert len(found.revisions[("profession", "3221-0-002")]) == 1
    assert len(found.revisions[("center", "090140001235")]) == 1


@pytest.mark.parametrize("kind", list(Kind), ids=str)
def test_action_of_each_file_status(kind: Kind) -> None:
    data = {"status": "x"}
    assert action("D", kind, data, None) == "deleted"
    assert action("A", kind, None, data) == "added"
    assert action("M", kind, None, data) == "added"  # nothing readable before
    assert action("R", kind, data, data) == "renamed"
    assert action("M", kind, data, data) == ("changed" if kind is Kind.DECISION else "amended")


def test_changed_fields_in_the_order_they_are_written() -> None:
    old = {"a": 1, "b": [1], "c": "same"}
    new = {"c": "same", "b": [1, 2], "d": {"kk": "x"}}
    assert changed_fields("amended", old, new) == [
        FieldChange("a", 1, None),
        FieldChange("b", [1], [1, 2]),
        FieldChange("d", None, {"kk": "x"}),
    ]
    for whole in ("added", "imported", "deleted"):
        assert changed_fields(whole, old, new) == []


@pytest.mark.parametrize(
    ("value", "lang", "shown"),
    [
        (None, "ru", "—"),
        ({"kk": "Мейіргер", "ru": "Медсестра"}, "kk", "Мейіргер"),
        ({"kk": "Мейіргер", "ru": "Медсестра"}, "en", None),
        (["PS-3221-001", "PS-3221-002"], "ru", "PS-3221-001, PS-3221-002"),
        ([4, 5, 6], "ru", "4, 5, 6"),
        ([{"code": "x"}], "ru", None),
        ({"number": "15"}, "ru", None),
        (5, "ru", "5"),
        (False, "ru", "False"),
    ],
)
def test_plain_shows_a_value_on_one_line(value: object, lang: str, shown: str | None) -> None:
    assert plain(value, lang) == shown
