"""Building sites for the tests: the bundled register, or a copy of it changed by a test."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

import git

from nqs.site import build_site
from nqs.validate import validate
from tests.conftest import PROJECT, copy_shared

SITE_URL = "https://nqs.test/"
WRITTEN_FOR = dt.date(2026, 11, 24)


def copy_project(target: Path) -> Path:
    for name in ("register", "standards", "site"):
        shutil.copytree(PROJECT / name, target / name)
    copy_shared(target)
    return target


def git_project(target: Path) -> Path:
    """The bundled register as a Git repository with a history: brought in by a first commit
    (5 November 2025), then one merged amendment of 7212-1-008 by the decision of 29 October
    2025 (10 November 2025). Schemas and reference data are real copies, as in a clone."""
    for name in ("register", "standards", "site", "schemas", "reference"):
        shutil.copytree(PROJECT / name, target / name)
    with git.Repo.init(target, initial_branch="main") as repo:
        with repo.config_writer() as config:
            config.set_value("user", "name", "Test").set_value("user", "email", "test@example.kz")
        _commit(repo, "The register comes into Git", "2025-11-05T10:00:00+0500")
        path = target / "register/professions/industry/7212-1-008.yml"
        text = path.read_text(encoding="utf-8")
        path.write_text(
            text.replace("document_validity_years: 3", "document_validity_years: 4")
            + "amended_by: ['2025-10-29']\n",
            encoding="utf-8",
        )
        _commit(repo, "Amend 7212-1-008", "2025-11-10T10:00:00+0500")
    return target


def _commit(repo: git.Repo, message: str, when: str) -> None:
    repo.git.add(A=True)
    repo.index.commit(message, author_date=when, commit_date=when)


def build(
    root: Path,
    out: Path,
    as_of: dt.date = WRITTEN_FOR,
    change: Callable[[Path], None] | None = None,
    site_url: str = SITE_URL,
) -> Path:
    if change is not None:
        change(root)
    outcome = validate(root, as_of)
    assert outcome.errors == 0, [(p.path, p.rule) for p in outcome.problems]
    build_site(outcome, root, out, site_url)
    return out


def without_stages(stderr: str) -> str:
    """A build's stderr without the lines of the stages it went through (site/progress.py),
    as a build whose stderr is no terminal writes them: what else it said."""
    from nqs.messages import LANGUAGES, render
    from nqs.site.labels import SITE_LANGUAGES
    from nqs.site.progress import STAGES

    names = {
        render(f"progress-{stage}", {"site": site}, lang)
        for lang in LANGUAGES
        for stage in STAGES
        for site in SITE_LANGUAGES
    }
    return "".join(
        line
        for line in stderr.splitlines(keepends=True)
        if not (line.startswith("nqs: ") and line[5:].rsplit(": ", 1)[0] in names)
    )
