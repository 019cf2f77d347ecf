"""Loading hazards that a corpus file cannot hold readably: encodings, size, extreme nesting;
and how plain values are read."""

from __future__ import annotations

import re
from pathlib import Path

import git
import pytest
import yaml

from nqs.chronicle import read_chronicle
from nqs.layout import Kind
from nqs.loader import (
    MAX_FILE_BYTES,
    YAML_PROBLEM_UNKNOWN,
    YAML_PROBLEMS,
    _explained,
    load,
    parse,
)
from nqs.messages import CATALOG, Term, render
from nqs.source_map import SourceMap
from nqs.validate import validate
from tests.conftest import AS_OF
from tests.git_support import commit, edit, merge

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
    raw = (repo / CENTER).read_bytes().replace(b"route: chamber", b"route:\r chamber")
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
    source = SourceMap(doc.source)
    assert source.locate(("a", "b", 1, "c")) == (2, 14)
    assert source.locate(("a", "b", 1, "c"), key=True) == (2, 11)
    assert source.locate(("a", "missing")) == (2, 3)


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


def test_every_yaml_problem_is_explained_in_every_language() -> None:
    for key in {*YAML_PROBLEMS.values(), YAML_PROBLEM_UNKNOWN}:
        assert {lang: bool(text.strip()) for lang, text in CATALOG[key].items()} == {
            "kk": True,
            "ru": True,
            "en": True,
        }, key


# Texts that libyaml refuses, one or more for each kind of refusal (its scanner, parser and
# reader), each with the words of its refusal.
REFUSALS = {
    "a: b: c\n": "mapping values are not allowed in this context",
    "a: [1, 2\n": "did not find expected ',' or ']'",
    "a: {b: 1\n": "did not find expected ',' or '}'",
    "a: 'x\n": "found unexpected end of stream",
    "- a\nb: c\n": "did not find expected '-' indicator",
    "a: b\n- c\n": "did not find expected key",
    "a: - b\n": "block sequence entries are not allowed in this context",
    "a: [b, :c]\n": "did not find expected node content",
    "a: @b\n": "found character that cannot start any token",
    'a: "\\q"\n': "found unknown escape character",
    'a: "\\xZZ"\n': "did not find expected hexdecimal number",
    'a: "\\uD800"\n': "found invalid Unicode character escape code",
    "a: x\n\tb: y\n": "found a tab character that violates indentation",
    "a: |0\n  x\n": "found an indentation indicator equal to 0",
    "a: | x\n": "did not find expected comment or line break",
    "a: 'x\n---\n'\n": "found unexpected document indicator",
    "{a: 1} x\n": "did not find expected <document start>",
    "a: !<x\n": "did not find the expected '>'",
    "a: !e!x y\n": "found undefined tag handle",
    "a: &\n": "did not find expected alphabetic or numeric character",
    "a: !<%zz> b\n": "did not find URI escaped octet",
    "a: !!\n": "did not find expected tag URI",
    "%FOO bar\n---\na: 1\n": "found unknown directive name",
    "%YAML 1.1\n%YAML 1.1\n---\na: 1\n": "found duplicate %YAML directive",
    "%YAML 2.0\n---\na: 1\n": "found incompatible YAML document",
    "%YAML x\n---\na: 1\n": "did not find expected version number",
    "%TAG !a!x\n---\na: 1\n": "did not find expected whitespace",
    "%\n---\na: 1\n": "could not find expected directive name",
    "%YAML 1.11111111111\n---\na: 1\n": "found extremely long version number",
    "%TAG !a! x\n%TAG !a! x\n---\na: 1\n": "found duplicate %TAG directive",
    "a: é\uffff\n": "control characters are not allowed",
}


@pytest.mark.parametrize("text", REFUSALS)
def test_libyaml_refusals_are_explained_in_every_language(tmp_path: Path, text: str) -> None:
    loader = yaml.CSafeLoader(text)
    with pytest.raises(yaml.YAMLError) as refused:
        while loader.check_event():
            loader.get_event()
    error = refused.value
    assert (getattr(error, "problem", None) or getattr(error, "reason", None)) == REFUSALS[text]
    assert REFUSALS[text] in YAML_PROBLEMS
    (tmp_path / "f.yml").write_text(text, encoding="utf-8")
    doc, problems = load(tmp_path, "f.yml", Kind.DECISION)
    syntax = [p for p in problems if p.rule == "yaml-syntax"]
    assert doc is None and len(syntax) == 1
    assert syntax[0].params["detail"] == Term(YAML_PROBLEMS[REFUSALS[text]])
    for lang in ("kk", "ru"):
        message = render(syntax[0].key, syntax[0].params, lang)
        assert not re.search(r"[A-Za-z]{4,}", re.sub("YAML|Unicode", "", message)), message


def test_an_unknown_refusal_is_explained_without_the_parsers_words() -> None:
    assert _explained("some future libyaml complaint") == Term(YAML_PROBLEM_UNKNOWN)


def test_libyaml_nesting_limit_is_nesting_depth_where_the_limit_is_passed(tmp_path: Path) -> None:
    # Nesting beyond libyaml's own limit (1,000 levels): in flow, libyaml's look-ahead refuses
    # it before the first events reach the loader.
    block = "a: 1\nb:\n  " + "- " * 1_100 + "x\n"
    flow = "a: 1\nb: " + "[" * 1_000 + "]" * 1_000 + "\n"
    for text, where in ((block, (3, 33)), (flow, (2, 19))):
        (tmp_path / "f.yml").write_text(text, encoding="utf-8")
        doc, problems = load(tmp_path, "f.yml", Kind.DECISION)
        assert doc is None
        assert [(p.line, p.column, p.rule) for p in problems] == [(*where, "nesting-depth")]


@pytest.mark.parametrize("sign", ["", "-"])
def test_an_integer_too_long_to_convert_is_a_located_problem(sign: str) -> None:
    # Python refuses to convert more than 4,300 digits; parse() also reads old commits' blobs.
    digits = "7" * 5_000
    doc, problems = parse(f"a: 1\nvalue: {sign}{digits}\n".encode(), "f.yml", Kind.DECISION)
    assert doc is not None and doc.data == {"a": 1, "value": sign + digits}
    assert [(p.line, p.column, p.rule, p.key) for p in problems] == [
        (2, 8, "implicit-type", "number-too-long")
    ]
    assert "5000" in render(problems[0].key, problems[0].params, "kk")


@pytest.mark.parametrize(
    ("escape", "rule", "code"),
    [
        ("\\u202E", "control-character", "U+202E"),
        ("\\u200B", "control-character", "U+200B"),
        ("\\x07", "control-character", "U+0007"),
        ("\\0", "control-character", "U+0000"),
        ("\\e", "control-character", "U+001B"),
        ("\\N", "control-character", "U+0085"),
        ("\\L", "control-character", "U+2028"),
        ("\\P", "control-character", "U+2029"),
        ("\\r", "control-character", "U+000D"),
        ("\\u00AD", "control-character", "U+00AD"),
        ("\\U000E0041", "control-character", "U+E0041"),
        ("\\uFE0F", "control-character", "U+FE0F"),
        ("\\U000E0100", "control-character", "U+E0100"),
        ("\\u3164", "control-character", "U+3164"),
        ("\\uFFA0", "control-character", "U+FFA0"),
        ("\\u115F", "control-character", "U+115F"),
        ("\\u2800", "control-character", "U+2800"),
        ("\\U0001D159", "control-character", "U+1D159"),
        ("\\uFFFE", "control-character", "U+FFFE"),
        ("\\uFDD0", "control-character", "U+FDD0"),
        ("\\uE000", "control-character", "U+E000"),
        ("\\U0010FFFF", "control-character", "U+10FFFF"),
        ("\\t", "control-character", "U+0009"),
        ("\\u0438\\u0306", "unicode-nfc", "U+0438 U+0306"),
    ],
)
def test_escapes_are_checked_in_values_and_keys(escape: str, rule: str, code: str) -> None:
    text = f'a: 1\nvalue: "Сварщик{escape}"\n"key{escape}": x\n'
    doc, problems = parse(text.encode(), "f.yml", Kind.DECISION)
    assert doc is not None
    assert [(p.line, p.column, p.rule, p.params["code"]) for p in problems] == [
        (2, 8, rule, code),
        (3, 1, rule, code),
    ]


def test_escapes_of_allowed_characters_pass() -> None:
    text = 'a: "Сварщик и\\nэлектрик\\u00A0й\\u0439"\n'
    doc, problems = parse(text.encode(), "f.yml", Kind.DECISION)
    assert problems == [] and doc is not None
    assert doc.data == {"a": "Сварщик и\nэлектрик\u00a0йй"}


def test_a_tab_inside_a_value_is_refused_however_it_is_written() -> None:
    # YAML's white space in the text of a file, a tab in a value only pads or hides text
    text = "a: Свар\tщик\nb: 'x\ty'\nc: ok\n"
    doc, problems = parse(text.encode(), "f.yml", Kind.DECISION)
    assert doc is not None
    assert [(p.line, p.column, p.params["code"]) for p in problems] == [
        (1, 4, "U+0009"),
        (2, 4, "U+0009"),
    ]


def test_texts_keep_their_paths(tmp_path: Path) -> None:
    # Equal texts are distinct values with distinct paths; the value of a duplicate key is
    # not in the data, and its text has the path of the whole document.
    text = (
        "a:\n  - {kk: x, ru: x}\n  - {kk: x, ru: x}\nb: {c: {kk: x, ru: x}}\n"
        "b: {d: [{kk: w, ru: w}]}\n"
    )
    (tmp_path / "f.yml").write_text(text, encoding="utf-8")
    doc, problems = load(tmp_path, "f.yml", Kind.DECISION)
    assert doc is not None and [p.rule for p in problems] == ["yaml-duplicate-key"]
    assert [where for where, _ in doc.texts] == [("a", 0), ("a", 1), ("b", "c"), ()]
    assert [t for _, t in doc.texts][:3] == [
        doc.data["a"][0],
        doc.data["a"][1],
        doc.data["b"]["c"],
    ]


def test_an_integer_too_long_in_an_old_commit_leaves_the_history_readable(
    repository: Path,
) -> None:
    # A merge into main brought a number that Python refuses to convert; a later merge fixed
    # it. Reading the history parses the blobs of both: the revision with the number is left
    # out and told (it cannot be read whole), and the fix is read from the entry as it was
    # before it, so that the history still shows the value the register holds now.
    path = "register/professions/energy/7411-0-004.yml"
    edit(repository, path, "document_validity_years: 5", "document_validity_years: " + "9" * 5_000)
    commit(repository, "A number too long", "2025-01-11T12:00:00+0500")
    merge(repository, "proposal", "2025-01-11T13:00:00+0500")
    with git.Repo(repository) as repo:
        repo.git.checkout("-b", "fix")
    edit(repository, path, "document_validity_years: " + "9" * 5_000, "document_validity_years: 4")
    commit(repository, "Fixed", "2025-01-12T12:00:00+0500")
    merge(repository, "fix", "2025-01-12T13:00:00+0500")
    found = read_chronicle(repository)
    assert found is not None
    fields = [
        [(c.field, c.after if len(str(c.after)) < 10 else "long") for c in revision.fields]
        for revision in found.revisions[("profession", "7411-0-004")]
    ]
    assert fields == [[], [("document_validity_years", 4)]]
    assert [(s.path, str(s.reason)) for s in found.skipped] == [(path, "implicit-type 16:26")]
