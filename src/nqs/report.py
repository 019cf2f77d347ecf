"""Reporters: problems as text for people, as GitHub annotations, or as JSON.

Looked up by name in FORMATS. Messages are rendered in the reader's language here, and only
here.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from nqs.messages import render
from nqs.problem import Problem
from nqs.validate import Outcome


def _message(problem: Problem, lang: str) -> str:
    return render(problem.key, problem.params, lang)


def _summary(outcome: Outcome, lang: str) -> str:
    files = len({p.path for p in outcome.problems})
    return render(
        "summary",
        {
            "errors": outcome.errors,
            "warnings": outcome.warnings,
            "files": files,
            "checked": outcome.checked,
        },
        lang,
    )


def _with_summary(lines: list[str], outcome: Outcome, lang: str) -> str:
    return "\n".join([*lines, _summary(outcome, lang)]) + "\n"


def text(outcome: Outcome, lang: str) -> str:
    return _with_summary(
        [
            f"{p.path}:{p.line}:{p.column}: {render('severity-' + p.severity.value, {}, lang)}: "
            f"{_message(p, lang)} [{p.rule}]"
            for p in outcome.problems
        ],
        outcome,
        lang,
    )


def _escape(value: str, *, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if prop else value


def github(outcome: Outcome, lang: str) -> str:
    return _with_summary(
        [
            f"::{p.severity.value} file={_escape(p.path, prop=True)},line={p.line},col={p.column},"
            f"title={_escape(p.rule, prop=True)}::{_escape(_message(p, lang))}"
            for p in outcome.problems
        ],
        outcome,
        lang,
    )


def json_(outcome: Outcome, lang: str) -> str:
    document = {
        "problems": [
            {
                "path": p.path,
                "line": p.line,
                "column": p.column,
                "severity": p.severity.value,
                "rule": p.rule,
                "message": _message(p, lang),
            }
            for p in outcome.problems
        ],
        "errors": outcome.errors,
        "warnings": outcome.warnings,
        "checked": outcome.checked,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


FORMATS: dict[str, Callable[[Outcome, str], str]] = {"text": text, "github": github, "json": json_}
