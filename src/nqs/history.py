"""The register's Git history: the only module that touches Git (through GitPython).

It answers two questions in plain values: which data files changed between the merge base
of a reference and the working tree, and what a file held at that base. Every reference is
checked before Git sees it: GitPython has had argument-injection advisories, and a ref that
begins with '-' would be read by git as an option.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import git

from nqs.layout import DATA_ROOTS

_REF = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_./~^@{}-]{0,199}")


class HistoryError(Exception):
    """The reference or the repository cannot be used (worded by the CLI)."""

    def __init__(self, key: str, value: str) -> None:
        super().__init__(f"{key}: {value}")
        self.key = key
        self.value = value


@dataclass(frozen=True, slots=True)
class Change:
    """A data file that differs from the base: added (A), modified (M), deleted (D) or
    renamed (R, with the old path)."""

    status: str
    path: str
    old_path: str


@dataclass(frozen=True, slots=True)
class Base:
    commit: str
    changes: list[Change]

    def old_bytes(self, root: Path, path: str) -> bytes:
        return bytes(git.Repo(root).commit(self.commit).tree[path].data_stream.read())


def checked_ref(ref: str) -> str:
    if not _REF.fullmatch(ref) or ".." in ref or "@{-" in ref:
        raise HistoryError("history-bad-ref", ref)
    return ref


def changes_since(root: Path, ref: str) -> Base:
    """The data files changed since the merge base of ref and HEAD, working tree included."""
    try:
        repo = git.Repo(root)
        base_commit = repo.commit(checked_ref(ref))
        merge_base = repo.merge_base(base_commit, repo.head.commit)[0]
    except HistoryError:
        raise
    except Exception as exc:  # GitPython and gitdb raise assorted errors for a bad ref
        raise HistoryError("history-no-base", ref) from exc
    changes: list[Change] = []
    for diff in merge_base.diff(None, find_renames=True):
        old, new = diff.a_path or "", diff.b_path or ""
        if diff.deleted_file:
            changes.append(Change("D", old, old))
        elif diff.new_file:
            changes.append(Change("A", new, new))
        elif diff.renamed_file:
            changes.append(Change("R", new, old))
        else:
            changes.append(Change("M", new, old))
    changes += [Change("A", path, path) for path in repo.untracked_files]
    data = [
        c
        for c in changes
        if c.path.split("/")[0] in DATA_ROOTS or c.old_path.split("/")[0] in DATA_ROOTS
    ]
    return Base(merge_base.hexsha, sorted(data, key=lambda c: c.path))
