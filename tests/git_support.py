"""Real Git repositories for the tests: a base register committed on main in tmp_path, and
helpers to change it and commit on a fixed date."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import git

from tests.conftest import CORPUS, PROJECT, copy_shared

# Commits carry a fixed date: the proposal-cycle warning reads the date of a proposal's first
# commit, and the tests must not depend on the day they run (AS_OF is 2025-01-15).
COMMITTED = "2025-01-10T12:00:00+0500"


def make_repository(root: Path, when: str = COMMITTED, site: bool = False) -> Path:
    """The corpus base with real copies of the schemas and the reference data it needs (and
    the site's sources when asked), committed on main on `when`; branch proposal checked out.

    Made once per test session for each (when, site) and then copied with its .git: the same
    commits, at a fraction of the cost of running git init, add and commit for every test."""
    key = (when, site)
    if key not in _TEMPLATES:
        _TEMPLATES[key] = _made(Path(tempfile.mkdtemp(prefix="nqs-repository-")) / "repo", *key)
        atexit.register(shutil.rmtree, _TEMPLATES[key].parent, ignore_errors=True)
    shutil.copytree(_TEMPLATES[key], root, symlinks=True)
    return root


_TEMPLATES: dict[tuple[str, bool], Path] = {}


def _made(root: Path, when: str, site: bool) -> Path:
    shutil.copytree(CORPUS / "base", root)
    copy_shared(root)
    if site:
        shutil.copytree(PROJECT / "site", root / "site")
    with git.Repo.init(root, initial_branch="main") as repo, repo.config_writer() as config:
        config.set_value("user", "name", "Test").set_value("user", "email", "test@example.kz")
    commit(root, "base register", when)
    with git.Repo(root) as repo:
        repo.git.checkout("-b", "proposal")
    return root


def edit(root: Path, path: str, old: str, new: str) -> None:
    text = (root / path).read_text(encoding="utf-8")
    assert old in text
    (root / path).write_text(text.replace(old, new, 1), encoding="utf-8")


def commit(root: Path, message: str, when: str = COMMITTED) -> None:
    with git.Repo(root) as repo:
        repo.git.add(A=True)
        repo.index.commit(message, author_date=when, commit_date=when)


def merge(root: Path, branch: str, when: str) -> None:
    """Merge a branch into main with a merge commit made on `when` (the council's
    recommendation recorded: the edition)."""
    with git.Repo(root) as repo:
        repo.git.checkout("main")
        with repo.git.custom_environment(GIT_AUTHOR_DATE=when, GIT_COMMITTER_DATE=when):
            repo.git.merge("--no-ff", branch, "-m", f"Merge {branch}")


def record_decision(root: Path, decision: str) -> str:
    """Record a council decision (a copy of 30 October 2024's, protocol 1) and amend
    3221-0-002 by it, as the authorized body does after a recommendation; its path."""
    path = f"register/decisions/{decision}.yml"
    text = (root / "register/decisions/2024-10-30.yml").read_text(encoding="utf-8")
    (root / path).write_text(
        text.replace("2024-10-30", decision).replace("protocol: '2'", "protocol: '1'"),
        encoding="utf-8",
    )
    edit(
        root,
        "register/professions/health/3221-0-002.yml",
        "levels: [4, 5]",
        f"levels: [4, 5, 6]\namended_by: [{decision}]",
    )
    return path
