"""Reporters: problems as text for people, as GitHub annotations, or as JSON.

Paths and messages are escaped for where they go (escape.py; JSON escapes its own), so that
a hostile file name cannot forge a line or a workflow command.

Looked up by name in FORMATS. Messages are rendered in the reader's language here, and only
here.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from nqs import escape
from nqs.messages import render
from nqs.problem import Problem, Severity
from nqs.result import Outcome


def _message(problem: Problem, lang: str) -> str:
    return render(problem.key, problem.params, lang)


def _summary(outcome: Outcome, lang: str) -> str:
    files = len({p.path for p in outcome.problems if p.severity is not Severity.INFO})
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
            f"{escape.terminal(p.path)}:{p.line}:{p.column}: "
            f"{render('severity-' + p.severity.value, {}, lang)}: "
            f"{escape.terminal(_message(p, lang))} [{p.rule}]"
            for p in outcome.problems
        ],
        outcome,
        lang,
    )


# GitHub's workflow command for each severity: information is a notice.
_GITHUB = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def github(outcome: Outcome, lang: str) -> str:
    return _with_summary(
        [
            f"::{_GITHUB[p.severity]} file={escape.github(p.path, prop=True)},"
            f"line={p.line},col={p.column},title={escape.github(p.rule, prop=True)}"
            f"::{escape.github(_message(p, lang))}"
            for p in outcome.problems
        ],
        outcome,
        lang,
    )


def _utf8(text: str) -> str:
    """A text that JSON can hold as UTF-8: the bytes of a file name that is not UTF-8 (kept
    by Python as lone surrogates) written as \\xff escapes."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def json_(outcome: Outcome, lang: str) -> str:
    document = {
        "problems": [
            {
                "path": _utf8(p.path),
                "line": p.line,
                "column": p.column,
                "severity": p.severity.value,
                "rule": p.rule,
                "message": _utf8(_message(p, lang)),
            }
            for p in outcome.problems
        ],
        "errors": outcome.errors,
        "warnings": outcome.warnings,
        "checked": outcome.checked,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


FORMATS: dict[str, Callable[[Outcome, str], str]] = {"text": text, "github": github, "json": json_}
