"""`nqs diff`'s text (summary.py), called directly on a constructed history.Revision: no Git
and no process. tests/test_history.py runs `nqs diff` on a real repository."""

from __future__ import annotations

from nqs.history import Change, Revision
from nqs.messages import render
from nqs.summary import summarize
from tests.conftest import REVOKED, center_events, corpus_file

PROFESSION = "register/professions/health/3221-0-002.yml"
ENERGY = "register/professions/energy/7411-0-004.yml"
CENTER = "register/centers/090140001235.yml"
DECISION = "register/decisions/2024-10-30.yml"
STANDARD = "standards/health/PS-3221-001.yml"


def modified(path: str, *edits: tuple[str, str]) -> Revision:
    return Revision(
        [Change("M", path, path)], {path: corpus_file(path)}, {path: corpus_file(path, *edits)}
    )


def section(summary: str, lang: str) -> str:
    """The part of a summary in one language (from its title to the next one)."""
    title = render("diff-title", {"span": "main..HEAD"}, lang)
    start = summary.index(f"## {title}\n")
    end = summary.find("\n## ", start + 1)
    return summary[start : None if end == -1 else end + 1]


def test_an_amendment_is_told_field_by_field_in_each_language() -> None:
    revision = modified(
        PROFESSION, ("levels: [4, 5]", "levels: [4, 5, 6]\namended_by: [2024-10-30]")
    )
    summary = summarize(revision, "main..HEAD")
    kk, ru = section(summary, "kk"), section(summary, "ru")
    assert summary == kk + ru
    assert ru.splitlines() == [
        "## Изменения: main..HEAD",
        "",
        f"**{render('diff-profession-amended', {}, 'ru')}** (1)",
        "",
        "- `3221-0-002` Медицинская\\(ий\\) сестра/брат",
        "  - levels: 4, 5 → 4, 5, 6",
        "  - amended\\_by: — → 2024-10-30",
    ]
    assert "- `3221-0-002` Мейіргер" in kk.splitlines()
    assert f"**{render('diff-profession-amended', {}, 'kk')}** (1)" in kk


def test_the_languages_asked_for_in_their_order() -> None:
    revision = modified(PROFESSION, ("levels: [4, 5]", "levels: [4]"))
    summary = summarize(revision, "main..HEAD", ("en", "kk"))
    assert summary.startswith("## Changes: main..HEAD\n")
    assert summary.index("## Changes") < summary.index("## Өзгерістер")
    assert "## Изменения" not in summary


def test_no_change_is_said() -> None:
    summary = summarize(Revision([], {}, {}), "main..HEAD", ("ru",))
    assert summary == f"## Изменения: main..HEAD\n\n{render('diff-none', {}, 'ru')}\n"


def test_each_action_has_its_group_with_a_count() -> None:
    renamed = "register/decisions/2024-10-31.yml"
    added = "register/decisions/2025-03-28.yml"
    revision = Revision(
        [
            Change("M", ENERGY, ENERGY),
            Change("M", CENTER, CENTER),
            Change("D", STANDARD, STANDARD),
            Change("A", added, added),
            Change("R", renamed, DECISION),
            Change("A", "README.md", "README.md"),  # off the layout: not the register's data
        ],
        {
            ENERGY: corpus_file(ENERGY),
            CENTER: corpus_file(CENTER),
            STANDARD: corpus_file(STANDARD),
            DECISION: corpus_file(DECISION),
        },
        {
            ENERGY: corpus_file(
                ENERGY, ("status: included", "status: excluded\nexcluded_by: 2024-10-30")
            ),
            CENTER: corpus_file(CENTER, center_events(REVOKED)),
            added: corpus_file(
                DECISION, ("2024-10-30", "2025-03-28"), ("2024-10-30", "2025-03-28")
            ),
            renamed: corpus_file(DECISION),
        },
    )
    ru = summarize(revision, "main..HEAD", ("ru",))
    titles = [line for line in ru.splitlines() if line.startswith("**")]
    # grouped by kind, then action, in a stable order
    assert titles == [
        f"**{render(key, {}, 'ru')}** (1)"
        for key in (
            "diff-center-revoked",
            "diff-decision-added",
            "diff-decision-renamed",
            "diff-profession-excluded",
            "diff-standard-deleted",
        )
    ]
    assert "- `7411-0-004` Монтажник солнечных установок" in ru
    assert "  - status: included → excluded" in ru
    # a rename is listed under the new name; an addition and a deletion are told whole
    assert (
        "- `2024-10-31` Вторая рекомендация Национального совета" in ru
        and "- `PS-3221-001` Сестринское дело" in ru
    )
    assert "- `2025-03-28` Вторая рекомендация Национального совета" in ru
    assert "README" not in ru
    assert ru.count("  - ") == 2 + 1  # the status and its decision; the certificates


def test_a_text_is_quoted_and_a_structure_is_named() -> None:
    revision = modified(
        CENTER,
        ("ru: ТОО «Сапа»", "ru: ТОО «Сапа плюс»"),
        ("levels: [4]", "levels: [4, 5]"),
    )
    ru = summarize(revision, "main..HEAD", ("ru",))
    assert "  - name: «ТОО «Сапа»» → «ТОО «Сапа плюс»»" in ru
    structure = render("diff-structure", {}, "ru")
    assert f"  - professions: {structure} → {structure}" in ru


def test_unreadable_data_is_told_without_its_fields() -> None:
    """A side that cannot be read as data (here: not YAML) is as if absent."""
    revision = Revision(
        [Change("M", PROFESSION, PROFESSION)],
        {PROFESSION: b"code: [\n"},
        {PROFESSION: corpus_file(PROFESSION)},
    )
    ru = summarize(revision, "main..HEAD", ("ru",))
    assert f"**{render('diff-profession-added', {}, 'ru')}** (1)" in ru
    assert "  - " not in ru
    assert f"— {render('diff-unreadable', {}, 'ru')}" in ru


def test_a_file_that_cannot_be_read_is_said_not_shown_emptied() -> None:
    revision = Revision(
        [Change("M", PROFESSION, PROFESSION), Change("A", "register/x.yml", "register/x.yml")],
        {PROFESSION: corpus_file(PROFESSION)},
        {PROFESSION: b"code: [unclosed\n", "register/x.yml": b"a: 1\n"},
    )
    ru = summarize(revision, "main..HEAD", ("ru",))
    assert (
        f"`3221-0-002` Медицинская\\(ий\\) сестра/брат — {render('diff-unreadable', {}, 'ru')}"
        in ru
    )
    assert "  - " not in ru  # no field "deleted"
    assert f"**{render('diff-file-off-layout', {}, 'ru')}** (1)" in ru and "register/x.yml" in ru


def test_markdown_in_data_names_and_the_span_is_escaped() -> None:
    hostile = "register/professions/health/3221-0-0`<b>`.yml"
    revision = Revision(
        [Change("A", hostile, hostile)],
        {},
        {
            hostile: corpus_file(
                PROFESSION, ("ru: Медицинская(ий) сестра/брат", "ru: '<img src=x> **x'")
            )
        },
    )
    ru = summarize(revision, "main..HEAD", ("ru",))
    # not a plain code: escaped text, not a code span a backtick would end
    assert "- 3221-0-0\\`\\<b\\>\\` \\<img src=x\\> \\*\\*x" in ru.splitlines()
    span = summarize(Revision([], {}, {}), "<i>..HEAD", ("ru",))
    assert span.startswith("## Изменения: \\<i\\>..HEAD\n")
