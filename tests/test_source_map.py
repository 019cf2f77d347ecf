"""Findings are located once, just before reporting: a file's source map is made from its
text on its first finding with a data path, and never for a file without one."""

from __future__ import annotations

from nqs.checks import SCHEMA
from nqs.layout import Kind
from nqs.loader import Document, parse
from nqs.problem import Finding, Severity
from nqs.source_map import Locator


def _document(path: str, text: str) -> Document:
    doc, problems = parse(text.encode(), path, Kind.DECISION)
    assert doc is not None and problems == []
    return doc


def test_a_source_map_is_made_once_and_only_for_files_with_findings() -> None:
    first = _document("a.yml", "# a\nid: x\nlist:\n  - {kk: k, ru: r}\n")
    asked: list[int] = []

    def documents() -> list[Document]:  # b.yml is not among them: it is never read
        asked.append(1)
        return [first]

    locator = Locator(documents)
    whole = locator.problem(SCHEMA, Finding("b.yml", None, "schema-other"))
    assert (whole.line, whole.column) == (1, 1) and asked == []  # nothing read for a file
    found = [
        locator.problem(SCHEMA, Finding("a.yml", ("list", 0, "ru"), "schema-other")),
        locator.problem(SCHEMA, Finding("a.yml", ("list", 0, "ru"), "schema-other", at_key=True)),
        locator.problem(SCHEMA, Finding("a.yml", ("list", 5), "schema-other")),
        locator.problem(SCHEMA, Finding("a.yml", (), "schema-other")),
    ]
    assert [(p.line, p.column) for p in found] == [(4, 17), (4, 13), (4, 3), (2, 1)]
    assert asked == [1]


def test_the_check_stamps_its_id_and_severity() -> None:
    doc = _document("a.yml", "id: x\n")
    problem = Locator(lambda: [doc]).problem(SCHEMA, Finding("a.yml", ("id",), "schema-other"))
    assert (problem.rule, problem.severity, problem.line, problem.column) == (
        "schema",
        Severity.ERROR,
        1,
        5,
    )
