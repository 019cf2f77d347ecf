"""The reporters (report.py), called directly with an Outcome of constructed problems: each
format's exact lines, the summary's counts, and escaping for where the text goes."""

from __future__ import annotations

import json
import os

import pytest

from nqs.messages import render
from nqs.problem import Problem, Severity
from nqs.report import FORMATS, Outcome

CENTER = "register/centers/090140001235.yml"
PROFESSION = "register/professions/energy/7411-0-004.yml"
EXPIRES = Problem(
    CENTER,
    16,
    93,
    "certificate-validity",
    Severity.ERROR,
    "certificate-validity",
    {"found": "2026-05-01", "expected": "2027-05-01", "years": 3},
)
UNTRANSLATED = Problem(
    PROFESSION, 5, 7, "untranslated", Severity.WARNING, "untranslated", {"found": "Сварщик"}
)
OUTCOME = Outcome([EXPIRES, UNTRANSLATED], checked=9)
# A file name a proposal chose: a line break, a workflow command, a terminal escape.
HOSTILE = "register/professions/health/x\n::error file=forged::forged\r\x1b[2J.yml"


def message(problem: Problem, lang: str) -> str:
    return render(problem.key, problem.params, lang)


def test_the_formats_are_looked_up_by_name() -> None:
    assert sorted(FORMATS) == ["github", "json", "text"]


def test_text_is_one_line_per_problem_and_a_summary() -> None:
    lines = FORMATS["text"](OUTCOME, "en").splitlines()
    assert lines == [
        f"{CENTER}:16:93: error: {message(EXPIRES, 'en')} [certificate-validity]",
        f"{PROFESSION}:5:7: warning: {message(UNTRANSLATED, 'en')} [untranslated]",
        "errors: 1, warnings: 1, in files: 2 (checked: 9)",
    ]
    assert "(found 2026-05-01, expected 2027-05-01)" in lines[0]


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_every_format_speaks_the_readers_language(lang: str) -> None:
    for name, reporter in FORMATS.items():
        assert message(EXPIRES, lang) in reporter(OUTCOME, lang), name
    summary = render("summary", {"errors": 1, "warnings": 1, "files": 2, "checked": 9}, lang)
    assert FORMATS["text"](OUTCOME, lang).endswith(f"\n{summary}\n")
    assert FORMATS["github"](OUTCOME, lang).endswith(f"\n{summary}\n")


def test_github_annotations_carry_file_line_column_and_rule() -> None:
    lines = FORMATS["github"](OUTCOME, "en").splitlines()
    assert lines[0] == (
        f"::error file={CENTER},line=16,col=93,title=certificate-validity::{message(EXPIRES, 'en')}"
    )
    assert lines[1].startswith(f"::warning file={PROFESSION},line=5,col=7,title=untranslated::")
    assert len(lines) == 3


def test_json_holds_every_problem_and_the_counts() -> None:
    document = json.loads(FORMATS["json"](OUTCOME, "ru"))
    assert document == {
        "problems": [
            {
                "path": CENTER,
                "line": 16,
                "column": 93,
                "severity": "error",
                "rule": "certificate-validity",
                "message": message(EXPIRES, "ru"),
            },
            {
                "path": PROFESSION,
                "line": 5,
                "column": 7,
                "severity": "warning",
                "rule": "untranslated",
                "message": message(UNTRANSLATED, "ru"),
            },
        ],
        "errors": 1,
        "warnings": 1,
        "checked": 9,
    }


def test_a_clean_outcome_is_its_summary_alone() -> None:
    clean = Outcome([], checked=9)
    assert FORMATS["text"](clean, "en") == "errors: 0, warnings: 0, in files: 0 (checked: 9)\n"
    assert FORMATS["github"](clean, "en") == FORMATS["text"](clean, "en")
    assert json.loads(FORMATS["json"](clean, "en")) == {
        "problems": [],
        "errors": 0,
        "warnings": 0,
        "checked": 9,
    }


def test_problems_of_one_file_count_it_once() -> None:
    again = Problem(
        CENTER,
        2,
        1,
        "bin-checksum",
        Severity.ERROR,
        "bin-checksum",
        {"bin": "090140001236", "expected": 5, "found": 6},
    )
    text = FORMATS["text"](Outcome([EXPIRES, again], checked=1), "en")
    assert text.endswith("errors: 2, warnings: 0, in files: 1 (checked: 1)\n")


@pytest.mark.parametrize("name", ["text", "github"])
def test_a_hostile_path_cannot_forge_a_line(name: str) -> None:
    problem = Problem(
        HOSTILE, 1, 1, "file-name", Severity.ERROR, "file-name", {"expected": "x", "found": "y"}
    )
    shown = FORMATS[name](Outcome([problem], checked=1), "en")
    lines = shown.splitlines()
    assert len(lines) == 2  # the problem and the summary
    assert not any(line.startswith(("::error file=forged", "## forged")) for line in lines)
    assert "\x1b" not in shown and "\r" not in shown
    if name == "github":  # shown as for a terminal, and a property's ':' escaped
        assert "file=register/professions/health/x\\n%3A%3Aerror file=forged%3A%3A" in lines[0]
    else:
        assert lines[0].startswith("register/professions/health/x\\n::error file=forged")


def test_json_escapes_its_own() -> None:
    problem = Problem(
        HOSTILE, 1, 1, "file-name", Severity.ERROR, "file-name", {"expected": "x", "found": "y"}
    )
    shown = FORMATS["json"](Outcome([problem], checked=1), "en")
    assert len(shown.splitlines()) == len(json.dumps(json.loads(shown), indent=2).splitlines())
    assert json.loads(shown)["problems"][0]["path"] == HOSTILE


def test_json_is_utf8_whatever_bytes_a_file_name_holds() -> None:
    # Python keeps a file name that is not UTF-8 with lone surrogates (os.fsdecode)
    name = "register/professions/health/" + os.fsdecode(b"bad\xff\xfe.yml")
    problem = Problem(name, 1, 1, "file-layout", Severity.ERROR, "file-layout", {"expected": "x"})
    shown = FORMATS["json"](Outcome([problem], checked=1), "en").encode("utf-8")  # no error
    assert json.loads(shown)["problems"][0]["path"].endswith("bad\\xff\\xfe.yml")
