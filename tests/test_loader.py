"""Loading hazards that a corpus file cannot hold readably: encodings, size, extreme nesting;
and how plain values are read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from nqs.layout import Kind
from nqs.loader import MAX_FILE_BYTES, load
from nqs.messages import render
from nqs.validate import validate
from tests.conftest import AS_OF

CENTER = "register/centers/090140001235.yml"


def _problems(repo: Path, relpath: str, raw: bytes) -> list[tuple[int, int, str]]:
    (repo / relpath).write_bytes(raw)
    outcome = validate(repo, AS_OF, [relpath])
    return [(p.line, p.column, p.rule) for p in outcome.problems]


def test_byte_order_mark(repo: Path) -> None:
    raw = (repo / CENTER).read_bytes()
    assert _problems(repo, CENTER, b"\xef\xbb\xbf" + raw) == [(1, 1, "encoding")]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16(repo: Path, codec: str) -> None:
    text = (repo / CENTER).read_text(encoding="utf-8")
    assert _problems(repo, CENTER, text.encode(codec)) == [(1, 1, "encoding")]


def test_legacy_code_page_located(repo: Path) -> None:
    text = (repo / CENTER).read_text(encoding="utf-8")
    lines = text.split("\n")
    lines[2] = "name: {kk: 'x', ru: " + "'ТОО Сапа'".encode("cp1251").decode("latin-1") + "}"
    raw = "\n".join(lines).encode("latin-1", "replace")
    # the first line is ASCII, so decoding fails on line 3 at the first Cyrillic byte
    raw = "\n".join(lines[:2]).encode() + b"\n" + lines[2].encode("latin-1") + b"\n"
    assert _problems(repo, CENTER, raw) == [(3, 22, "encoding")]


def test_file_over_the_size_limit(repo: Path) -> None:
    raw = (repo / CENTER).read_bytes()
    padding = b"# " + b"x" * 100 + b"\n"
    raw += padding * (MAX_FILE_BYTES // len(padding) + 1)
    assert _problems(repo, CENTER, raw) == [(1, 1, "file-size")]


@pytest.mark.parametrize("depth", [17, 1_000, 100_000])
def test_deep_nesting_never_crashes(repo: Path, depth: int) -> None:
    # PyYAML's C composer recurses per level and crashes the interpreter on such input.
    raw = (
        "# yaml-language-server: $schema=../../schemas/center.schema.json\nbin: "
        + "[" * depth
        + "]" * depth
        + "\n"
    ).encode()
    assert _problems(repo, CENTER, raw) == [(2, 21, "nesting-depth")]


def test_crlf_line_endings_are_accepted(repo: Path) -> None:
    raw = (repo / CENTER).read_bytes().replace(b"\n", b"\r\n")
    assert _problems(repo, CENTER, raw) == []


def test_lone_carriage_return_is_reported(repo: Path) -> None:
    raw = (repo / CENTER).read_bytes().replace(b"status: active", b"status:\r active")
    assert [rule for *_, rule in _problems(repo, CENTER, raw)] == ["control-character"]


@pytest.mark.parametrize(
    ("written", "value", "reported"),
    [
        ("'0123'", "0123", False),
        ("0123", "0123", True),
        ("010140000143", "010140000143", True),
        ("NO", "NO", True),
        ("yes", "yes", True),
        ("2024-01-05", "2024-01-05", False),
        ("2024-01-05 10:30:00", "2024-01-05 10:30:00", True),
        ("1.10", "1.10", True),
        ("1:30", "1:30", True),
        ("0x1F", "0x1F", True),
        (".inf", ".inf", True),
        ("1e3", "1e3", True),
        ("7212-1-008", "7212-1-008", False),
        ("+7 7172 55 12 34", "+7 7172 55 12 34", False),
        ("5", 5, False),
        ("-5", -5, False),
        ("true", True, False),
        ("false", False, False),
        ("null", None, False),
        ("~", None, False),
        ("", None, False),
        ('"NO"', "NO", False),
        ("|\n  NO\n", "NO\n", False),
    ],
)
def test_plain_values_keep_their_text(
    tmp_path: Path, written: str, value: object, reported: bool
) -> None:
    (tmp_path / "f.yml").write_text(f"value: {written}\n", encoding="utf-8")
    doc, problems = load(tmp_path, "f.yml", Kind.DECISION)
    assert doc is not None
    assert doc.data == {"value": value}
    assert [p.rule for p in problems] == (["implicit-type"] if reported else [])


def test_positions_of_values_and_keys(tmp_path: Path) -> None:
    (tmp_path / "f.yml").write_text("a:\n  b: [x, {c: ә}]\n", encoding="utf-8")
    doc, problems = load(tmp_path, "f.yml", Kind.DECISION)
    assert problems == [] and doc is not None
    assert doc.locate(("a", "b", 1, "c")) == (2, 14)
    assert doc.locate(("a", "b", 1, "c"), key=True) == (2, 11)
    assert doc.locate(("a", "missing")) == (2, 3)


@pytest.mark.parametrize(
    "text", ["a: b: c\n", "a: [1, 2\n", "a: 'x\n", "- a\nb: c\n", "a:\n\t- b\n", 'a: "\\q"\n']
)
def test_common_syntax_errors_are_explained_in_every_language(tmp_path: Path, text: str) -> None:
    (tmp_path / "f.yml").write_text(text, encoding="utf-8")
    doc, problems = load(tmp_path, "f.yml", Kind.DECISION)
    assert doc is None and [p.rule for p in problems] == ["yaml-syntax"]
    for lang in ("kk", "ru"):
        message = render(problems[0].key, problems[0].params, lang)
        assert not re.search(
            r"[A-Za-z]{4,}", message.replace("YAML", "").replace("status: active", "")
        ), message
        assert "{" not in message and "}}" not in message


def test_missing_colon_points_at_the_key(tmp_path: Path) -> None:
    (tmp_path / "f.yml").write_text("a: 1\nstatus:'active'\nb: 2\n", encoding="utf-8")
    _, problems = load(tmp_path, "f.yml", Kind.DECISION)
    assert [(p.line, p.rule) for p in problems] == [(2, "yaml-syntax")]


def test_unreadable_file_is_reported_not_raised(repo: Path) -> None:
    # a broken link is a link: named, never followed (tests/test_files.py)
    (repo / "register/centers/210540007771.yml").symlink_to(repo / "nowhere.yml")
    outcome = validate(repo, AS_OF, ["register/centers"])
    assert [(p.line, p.rule) for p in outcome.problems] == [(1, "file-type")]
    _, problems = load(repo, "register/centers/210540007772.yml", Kind.CENTER)  # gone meanwhile
    assert [(p.line, p.rule, p.params["detail"]) for p in problems] == [
        (1, "file-read", "No such file or directory")
    ]


def test_unreadable_file_causes_no_problem_elsewhere(repo: Path) -> None:
    path = repo / "register/decisions/2024-03-29.yml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    outcome = validate(repo, AS_OF)
    assert [(p.path, p.rule) for p in outcome.problems] == [
        ("register/decisions/2024-03-29.yml", "encoding")
    ]
