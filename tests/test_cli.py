"""The `nqs` command as a user runs it: arguments, output formats, languages, exit codes."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from tests.conftest import AS_OF, NQS

CENTER = "register/centers/090140001235.yml"
PROFESSION = "register/professions/energy/7411-0-004.yml"


def run(
    repo: Path, *args: str, env: dict[str, str] | None = None, as_of: bool = True
) -> subprocess.CompletedProcess[str]:
    environ = {
        k: v
        for k, v in os.environ.items()
        if k not in ("GITHUB_ACTIONS", "NQS_LANG", "LANG", "LC_ALL", "LC_MESSAGES")
    }
    environ.update(env or {})
    extra = ["--as-of", AS_OF.isoformat()] if as_of and args[:1] == ("validate",) else []
    return subprocess.run(
        [NQS, *args, *extra], cwd=repo, env=environ, capture_output=True, text=True, check=False
    )


def _break_certificate(repo: Path) -> None:
    path = repo / CENTER
    path.write_text(
        path.read_text(encoding="utf-8").replace("expires: 2027-05-01", "expires: 2026-05-01"),
        encoding="utf-8",
    )


def test_clean_register_exits_0_with_a_count(repo: Path) -> None:
    result = run(repo, "validate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == "ошибок: 0, предупреждений: 0, в файлах: 0 (проверено: 9)\n"


def test_problem_exits_1_and_is_located(repo: Path) -> None:
    _break_certificate(repo)
    result = run(repo, "validate", "--lang", "en")
    assert result.returncode == 1
    first, summary = result.stdout.splitlines()
    assert re.fullmatch(
        rf"{CENTER}:15:64: error: «certificate.expires» must be exactly 3 years after "
        r"«certificate.issued» \(found 2026-05-01, expected 2027-05-01\) \[certificate-validity\]",
        first,
    )
    assert summary == "errors: 1, warnings: 0, in files: 1 (checked: 9)"


@pytest.mark.parametrize(
    ("env", "word"),
    [
        ({}, "ошибка"),
        ({"LANG": "kk_KZ.UTF-8"}, "қате"),
        ({"LANG": "en_US.UTF-8"}, "error"),
        ({"LANG": "en_US.UTF-8", "NQS_LANG": "kk"}, "қате"),
    ],
)
def test_language_from_the_environment(repo: Path, env: dict[str, str], word: str) -> None:
    _break_certificate(repo)
    assert f": {word}: " in run(repo, "validate", env=env).stdout


def test_every_language_explains_the_same_problem(repo: Path) -> None:
    _break_certificate(repo)
    lines = {
        lang: run(repo, "validate", "--lang", lang).stdout.splitlines()[0]
        for lang in ("kk", "ru", "en")
    }
    assert "аттестат" not in lines["en"]
    assert "жыл" in lines["kk"] and "года" in lines["ru"]
    assert all("2026-05-01" in line and "2027-05-01" in line for line in lines.values())


def test_json_format(repo: Path) -> None:
    _break_certificate(repo)
    result = run(repo, "validate", "--format", "json", "--lang", "en")
    document = json.loads(result.stdout)
    assert document["errors"] == 1 and document["checked"] == 9
    assert [
        (p["path"], p["line"], p["column"], p["rule"], p["severity"]) for p in document["problems"]
    ] == [(CENTER, 15, 64, "certificate-validity", "error")]


def test_github_format_is_chosen_in_github_actions(repo: Path) -> None:
    _break_certificate(repo)
    result = run(repo, "validate", env={"GITHUB_ACTIONS": "true"})
    assert result.stdout.startswith(
        f"::error file={CENTER},line=15,col=64,title=certificate-validity::"
    )


def test_strict_turns_warnings_into_errors(repo: Path) -> None:
    path = repo / PROFESSION
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("ru: Монтаж солнечных панелей", "ru: Күн панельдерін орнату"), encoding="utf-8"
    )
    assert run(repo, "validate").returncode == 0
    strict = run(repo, "validate", "--strict", "--lang", "en")
    assert strict.returncode == 1
    assert ": error: " in strict.stdout and "[untranslated]" in strict.stdout


def test_paths_select_what_is_reported(repo: Path) -> None:
    _break_certificate(repo)
    assert run(repo, "validate", PROFESSION).returncode == 0
    assert run(repo, "validate", "register/centers").returncode == 1
    assert run(repo, "validate", CENTER).returncode == 1


@pytest.mark.parametrize(
    "args",
    [
        ("validate", "register/nowhere.yml"),
        ("validate", "schemas"),
        ("validate", "--as-of", "2025-02-30"),
        ("validate", "--format", "xml"),
        ("frobnicate",),
    ],
)
def test_usage_errors_exit_2(repo: Path, args: tuple[str, ...]) -> None:
    result = run(repo, *args, as_of=False)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("nqs: ")
    assert "Traceback" not in result.stderr


def test_outside_a_repository_exits_2(tmp_path: Path) -> None:
    result = run(tmp_path, "validate")
    assert result.returncode == 2
    assert "schemas/" in result.stderr


@pytest.mark.parametrize("broken", ["{not json", '{"type": "strin"}'])
def test_a_broken_schema_is_an_environment_error(repo: Path, broken: str) -> None:
    (repo / "schemas/center.schema.json").write_text(broken, encoding="utf-8")
    result = run(repo, "validate", "--lang", "en")
    assert result.returncode == 2
    assert "center.schema.json" in result.stderr and "Traceback" not in result.stderr
