"""Hostile variations of a valid register, for the property tests (tests/test_fuzz.py) and
the long fuzzing run (benchmarks/fuzz.py).

Each example starts from the corpus base register and changes one data file the way a
proposal could: its bytes, an escaped or unusual character in a value, a number or a date,
its structure, or its name. `check` then runs `nqs validate` in this process (run_nqs) and
returns what went wrong with the contract: the command exits 0 or 1, within a time limit,
and every problem it reports points inside a file of the register.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
import tempfile
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from hypothesis import strategies as st

from tests.conftest import AS_OF, CORPUS, PROJECT, run_nqs

BASE = CORPUS / "base"
DATA_FILES = sorted(p.relative_to(BASE).as_posix() for p in BASE.rglob("*.yml"))
# Seconds a validation of the small base register may take before it counts as a hang.
TIME_LIMIT = 20

ESCAPES = [
    r"\u202E", r"\u200B", r"\x07", r"\0", r"\L", r"\N", r"\P", r"\_", r"\e", r"\u0438\u0306",
    r"\uFEFF", r"\U000E0041", r"\uFE0F", r"\u3164", r"\u2800", r"\uD800", r"\x85", r"\t",
    r"\r\n", r"\u00AD", r"\U0001F600", r"\\", r"\"", r"\/",
]  # fmt: skip
NUMBERS = [
    "9" * 5000, "-" + "9" * 4301, "1e999", "0x1F", "0o17", ".inf", "-.nan", "1_000", "012",
    "9998-01-01", "0001-01-01", "2025-02-30", "2025-13-01", "9999-12-31", "1900-01-01",
    "'2025-01-01T00:00:00'", "2025-01-01 10:00:00", "1:30", "-0", "+1", "0", "3.14",
    "13-1", "'13-0'", "'статья 16'", "16)", "99999-1",
]  # fmt: skip
STRUCTURES = [
    "[]",
    "{}",
    "[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]",
    "{a: {b: {c: 1}}}",
    "&a x",
    "*a",
    "!!binary aGk=",
    "<<: {x: 1}",
    "? complex",
    "|\n  block",
    "---",
]


@dataclass(frozen=True)
class Mutation:
    """One change of one file: the bytes written at a (possibly new) repository path."""

    original: str
    path: str
    content: bytes


def _lines(content: bytes) -> list[bytes]:
    return content.split(b"\n")


@st.composite
def _value_line(draw: st.DrawFn, content: bytes) -> tuple[list[bytes], int]:
    lines = _lines(content)
    candidates = [i for i, line in enumerate(lines) if b": " in line and not line.startswith(b"#")]
    return lines, draw(st.sampled_from(candidates or [0]))


def _replace_value(lines: list[bytes], index: int, value: bytes) -> bytes:
    line = lines[index]
    key, sep, _ = line.partition(b": ")
    lines[index] = key + sep + value if sep else value
    return b"\n".join(lines)


@st.composite
def mutations(draw: st.DrawFn) -> Mutation:
    original = draw(st.sampled_from(DATA_FILES))
    content = (BASE / original).read_bytes()
    kind = draw(st.sampled_from(["bytes", "escape", "unicode", "number", "structure", "name"]))
    path = original
    if kind == "bytes":
        for _ in range(draw(st.integers(1, 4))):
            at = draw(st.integers(0, len(content)))
            insert = draw(st.binary(min_size=0, max_size=8))
            cut = draw(st.integers(0, 8))
            content = content[:at] + insert + content[at + cut :]
    elif kind == "escape":
        lines, index = draw(_value_line(content))
        escape = draw(st.sampled_from(ESCAPES))
        words = draw(st.sampled_from(["", "Текст ", "text "]))
        content = _replace_value(lines, index, f'"{words}{escape}{words}"'.encode())
    elif kind == "unicode":
        lines, index = draw(_value_line(content))
        text = draw(st.text(st.characters(codec="utf-8"), min_size=1, max_size=12))
        quoted = draw(st.booleans())
        value = json.dumps(text, ensure_ascii=False) if quoted else text
        content = _replace_value(lines, index, value.encode("utf-8", "surrogatepass"))
    elif kind == "number":
        lines, index = draw(_value_line(content))
        content = _replace_value(lines, index, draw(st.sampled_from(NUMBERS)).encode())
    elif kind == "structure":
        lines, index = draw(_value_line(content))
        action = draw(st.sampled_from(["value", "delete", "duplicate", "indent", "outdent"]))
        if action == "value":
            content = _replace_value(lines, index, draw(st.sampled_from(STRUCTURES)).encode())
        elif action == "delete":
            content = b"\n".join(lines[:index] + lines[index + 1 :])
        elif action == "duplicate":
            content = b"\n".join(lines[: index + 1] + lines[index:])
        elif action == "indent":
            content = b"\n".join([*lines[:index], b"  " + lines[index], *lines[index + 1 :]])
        else:
            content = b"\n".join([*lines[:index], lines[index].lstrip(), *lines[index + 1 :]])
    else:
        folder, _, _ = original.rpartition("/")
        name = draw(
            st.text(
                st.characters(codec="utf-8", exclude_characters="/\0"), min_size=1, max_size=20
            ).filter(lambda n: n not in (".", "..") and len(n.encode()) < 200)
        )
        where = draw(st.sampled_from(["file", "folder", "dot-folder"]))
        stem = original.rpartition("/")[2]
        path = {
            "file": f"{folder}/{name}",
            "folder": f"{folder}/{name}/{stem}",
            "dot-folder": f"{folder}/.{name}/{stem}",
        }[where]
    return Mutation(original, path, content)


@contextlib.contextmanager
def register_with(mutation: Mutation) -> Iterator[Path]:
    """A copy of the base register with the mutation applied, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="nqs-fuzz-") as folder:
        root = Path(folder) / "repo"
        shutil.copytree(BASE, root)
        for shared in ("schemas", "reference"):
            shutil.copytree(PROJECT / shared, root / shared)
        (root / mutation.original).unlink()
        target = root / mutation.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(mutation.content)
        yield root


def check(mutation: Mutation) -> list[str]:
    """What broke the contract of `nqs validate` on this mutation (nothing: an empty list)."""
    with register_with(mutation) as root:
        args = ("validate", "--as-of", AS_OF.isoformat(), "--format", "json", "--lang", "en")
        try:
            result = run_nqs(root, *args, timeout=TIME_LIMIT, in_process=True)
        except subprocess.TimeoutExpired:
            return [f"no answer within {TIME_LIMIT} s"]
        except Exception as exc:  # the CLI maps every other exception to exit 3 (a fault)
            where = traceback.extract_tb(exc.__traceback__)[-1]
            return [f"{type(exc).__name__} at {where.filename}:{where.lineno}: {str(exc)[:200]}"]
        if result.returncode not in (0, 1):
            return [f"exit {result.returncode}: {result.stderr[-2000:]}"]
        return list(_unlocated(root, json.loads(result.stdout)["problems"]))


def _unlocated(root: Path, problems: list[dict[str, object]]) -> Iterator[str]:
    for problem in problems:
        path = root / str(problem["path"])
        if not (path.is_file() or path.is_symlink() or path.parent.is_dir()):
            yield f"a problem in a file that does not exist: {problem}"
            continue
        lines = path.read_bytes().count(b"\n") + 1 if path.is_file() else 1
        line, column = problem["line"], problem["column"]
        if not (isinstance(line, int) and isinstance(column, int)):
            yield f"no line or column: {problem}"
        elif not (1 <= line <= lines and column >= 1):
            yield f"line {line} outside the file's {lines} lines: {problem}"
