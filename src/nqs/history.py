"""The register's Git history: the only module that touches Git (through GitPython).

It answers in plain values: which data files changed between the merge base of a reference
and the working tree, and what a file held at that base; what each commit of the main line
did to each data file (the site's revision history); and what a commit's tree held (the
register as of an edition). Every reference is
checked before Git sees it: GitPython has had argument-injection advisories, and a ref that
begins with '-' would be read by git as an option.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tarfile
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import git

from nqs.escape import ascii_name
from nqs.layout import DATA_ROOTS

# Dates of commits are read as days in Kazakhstan (one time zone, UTC+5, since March 2024).
KAZAKHSTAN = ZoneInfo("Asia/Almaty")
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
    """The data files changed since the merge base and what each held there (by its old
    path), and the day the change began: the date of its first commit (None when nothing is
    committed yet)."""

    changes: list[Change]
    old: dict[str, bytes]
    began: dt.date | None = None


def checked_ref(ref: str) -> str:
    if not _REF.fullmatch(ref) or ".." in ref or "@{-" in ref:
        raise HistoryError("history-bad-ref", ascii_name(ref))
    return ref


@dataclass(frozen=True, slots=True)
class Revision:
    """The data files changed between two commits, and what each held on both sides."""

    changes: list[Change]
    old: dict[str, bytes]
    new: dict[str, bytes]


def between(root: Path, span: str) -> Revision:
    """BASE..HEAD: the data files that changed from the merge base of BASE and HEAD to HEAD."""
    base_ref, sep, head_ref = span.partition("..")
    if not sep:
        raise HistoryError("history-bad-range", span)
    repo, base, head = _merge_base(root, base_ref, head_ref or "HEAD", span)
    found = list(_diff(repo, base, head))
    data = [change for change, *_ in found]
    old = {c.old_path: before for c, before, _, _ in found if before is not None}
    new = {c.path: after for c, _, after, _ in found if after is not None}
    return Revision(data, old, new)


# What a side of a change is when it is not a regular file: never read, never followed.
Refused = str | None


def _diff(
    repo: git.Repo, a: Any, b: Any
) -> Iterator[tuple[Change, bytes | None, bytes | None, Refused]]:
    """The data files changed from commit a to commit b (None: the working tree, whose bytes
    are read from disk, not here), by path, with their bytes on both sides (None for a side
    that is not a regular file: then what it is comes last).

    Git's raw output is read here, NUL-separated, rather than through GitPython's diff
    objects: their parser drops a file whose name holds a newline (and prints a traceback),
    and a name is anything a proposal's author chose."""
    roots = list(DATA_ROOTS)
    options = ("--raw", "-z", "-M", "--no-abbrev", "--no-color", "--no-ext-diff")
    if b is None:
        raw = repo.git.diff(*options, a.hexsha, "--", *roots, stdout_as_string=False)
    else:
        ends = (a.hexsha, b.hexsha)
        raw = repo.git.diff_tree("-r", *options, *ends, "--", *roots, stdout_as_string=False)
    for change, old_side, new_side in sorted(_raw_changes(raw), key=lambda item: item[0].path):
        old, old_refused = _read(repo, *old_side) if change.status != "A" else (None, None)
        new, new_refused = (
            _read(repo, *new_side) if b is not None and change.status != "D" else (None, None)
        )
        yield change, old, new, old_refused or new_refused


# A side of a raw change: its file mode and its blob's SHA.
Side = tuple[int, str]


def _raw_changes(raw: bytes) -> Iterator[tuple[Change, Side, Side]]:
    """The changes of `git diff --raw -z`: ':old-mode new-mode old-sha new-sha status' then
    the path, or for a rename the old and the new path, each ended by NUL."""
    fields = raw.split(b"\0")
    at = 0
    while at < len(fields) and fields[at].startswith(b":"):
        old_mode, new_mode, old_sha, new_sha, status = fields[at][1:].decode("ascii").split()
        moved = status[0] in "RC"
        old_path = os.fsdecode(fields[at + 1])
        new_path = os.fsdecode(fields[at + 2]) if moved else old_path
        at += 3 if moved else 2
        letter = {"A": "A", "D": "D", "R": "R", "C": "A"}.get(status[0], "M")
        change = Change(letter, new_path if letter != "D" else old_path, old_path)
        yield change, (int(old_mode, 8), old_sha), (int(new_mode, 8), new_sha)


def _data_blobs(tree: Any) -> Iterator[Any]:
    """The entries of a tree under the data folders that are not folders: files, links and
    submodules."""
    for item in tree.traverse():
        if item.type != "tree" and _is_data(item.path):
            yield item


_REGULAR_MODES = (0o100644, 0o100755)
_REFUSED_MODES = {0o120000: "symlink", 0o160000: "submodule"}


def _read(repo: git.Repo, mode: int, sha: str) -> tuple[bytes | None, Refused]:
    """The bytes of a blob that is a regular file; a link's target or a submodule's commit is
    never read: None and what it is."""
    if mode not in _REGULAR_MODES:
        return None, _REFUSED_MODES.get(mode, "other")
    return bytes(repo.odb.stream(bytes.fromhex(sha)).read()), None


def _open(root: Path) -> git.Repo | None:
    """The repository whose working tree is root; None when root is not the top of one.
    Git's own refusals (a repository owned by another user, ...) are told in git's words."""
    try:
        repo = git.Repo(root)
    except (git.InvalidGitRepositoryError, git.NoSuchPathError):
        return None
    try:
        top = repo.git.rev_parse("--show-toplevel")
    except git.GitCommandError as exc:
        raise _refused(exc) from exc
    return repo if Path(top).resolve() == root.resolve() else None


def _checked_sha(commit: str) -> str:
    """A full commit SHA, as log() gives them; anything else is refused before Git sees it."""
    if not re.fullmatch(r"[0-9a-f]{40}", commit):
        raise HistoryError("history-bad-ref", commit)
    return commit


def _refused(exc: git.GitCommandError) -> HistoryError:
    """Git's refusal, in git's own words."""
    said = re.sub(r"^\s*stderr: '(.*)'\s*$", r"\1", str(exc.stderr), flags=re.S)
    return HistoryError("history-git", said.strip())


def _merge_base(root: Path, ref: str, head_ref: str, shown: str) -> tuple[Any, Any, Any]:
    """The repository, the merge base of ref and head_ref, and head_ref's commit; both refs
    checked before git sees them. `shown` is what the user wrote, for the message."""
    repo = _open(root)
    if repo is None:
        raise HistoryError("history-no-base", shown)
    try:
        head = repo.commit(checked_ref(head_ref))
        return repo, repo.merge_base(repo.commit(checked_ref(ref)), head)[0], head
    except HistoryError:
        raise
    except Exception as exc:  # GitPython and gitdb raise assorted errors for a bad ref
        raise HistoryError("history-no-base", shown) from exc


def changes_since(root: Path, ref: str) -> Base:
    """The data files changed since the merge base of ref and HEAD, working tree included."""
    repo, merge_base, _ = _merge_base(root, ref, "HEAD", ref)
    found = list(_diff(repo, merge_base, None))
    data = [change for change, *_ in found]
    untracked = repo.git.ls_files(
        "-z", "--others", "--exclude-standard", "--", *DATA_ROOTS, stdout_as_string=False
    )
    data += [Change("A", path, path) for path in map(os.fsdecode, untracked.split(b"\0")) if path]
    old = {c.old_path: before for c, before, _, _ in found if before is not None}
    commits = list(repo.iter_commits(f"{merge_base.hexsha}..{repo.head.commit.hexsha}"))
    began = commits[-1].authored_datetime.astimezone(KAZAKHSTAN).date() if commits else None
    return Base(sorted(data, key=lambda c: c.path), old, began)


def _is_data(path: str) -> bool:
    return path.split("/")[0] in DATA_ROOTS


@dataclass(frozen=True, slots=True)
class FileRevision:
    """What one commit of the main line did to one data file: the commit, its date (the day
    it was committed in Kazakhstan: for a merge commit, the day of the merge), the change,
    and the file's bytes before and after (None for a side that is a link or a submodule,
    which `refused` names)."""

    commit: str
    date: dt.date
    change: Change
    old: bytes | None
    new: bytes | None
    refused: Refused = None  # a side is a link or a submodule: what it is (never read)


def log(root: Path) -> list[FileRevision] | None:
    """Every change to a data file along HEAD's first-parent line (the merges into the main
    branch, each as one change), oldest first. None when root is not the top of a Git
    repository with commits; HistoryError for a shallow clone, whose history is cut short."""
    repo = _open(root)
    if repo is None or not repo.head.is_valid():  # not a repository, or no commit yet
        return None
    head = repo.head.commit
    if repo.git.rev_parse("--is-shallow-repository") == "true":
        raise HistoryError("history-shallow", str(root))
    roots: list[str | os.PathLike[str]] = list(DATA_ROOTS)
    commits = list(repo.iter_commits(head, first_parent=True, paths=roots))
    revisions: list[FileRevision] = []
    for commit in reversed(commits):
        date = commit.committed_datetime.astimezone(KAZAKHSTAN).date()
        if commit.parents:
            found = list(_diff(repo, commit.parents[0], commit))
        else:
            found = sorted(
                (
                    (Change("A", b.path, b.path), None, *_read(repo, b.mode, b.hexsha))
                    for b in _data_blobs(commit.tree)
                ),
                key=lambda item: item[0].path,
            )
        revisions += [FileRevision(commit.hexsha, date, *item) for item in found]
    return revisions


def export(root: Path, commit: str, dest: Path) -> None:
    """Write the tree of a commit (found by log(), so a full SHA) into dest."""
    with tempfile.TemporaryFile() as archive:
        try:
            with git.Repo(root) as repo:
                repo.archive(archive, treeish=_checked_sha(commit), format="tar")
        except git.GitCommandError as exc:
            raise _refused(exc) from exc
        archive.seek(0)
        with tarfile.open(fileobj=archive) as tar:
            tar.extractall(dest, filter="data")


EDITION_TAG = "edition/"


def edition_tags(root: Path) -> set[str]:
    """The decisions whose edition is tagged in the repository."""
    repo = _open(root)
    if repo is None:
        return set()
    return {t.name.removeprefix(EDITION_TAG) for t in repo.tags if t.name.startswith(EDITION_TAG)}


def tag_edition(root: Path, decision: str, commit: str) -> None:
    """Tag the commit that recorded a decision as its edition (edition/<decision>)."""
    name = checked_ref(EDITION_TAG + decision)
    repo = _open(root)
    if repo is None:
        raise HistoryError("history-no-base", name)
    try:
        repo.create_tag(name, ref=_checked_sha(commit), message=None)
    except git.GitCommandError as exc:
        raise _refused(exc) from exc


# --- the cycle's branches (cycle.py names them; cli.py's `nqs cycle` and `record-decision`) ---


def _repository(root: Path) -> git.Repo:
    repo = _open(root)
    if repo is None or not repo.head.is_valid():
        raise HistoryError("history-no-repository", str(root))
    return repo


def branch_refs(root: Path, branch: str) -> list[str]:
    """The refs that are this branch: the local one, then each remote's branch of exactly
    that name (origin/<branch>); never another branch whose name merely ends like it."""
    repo = _repository(root)
    local = [head.name for head in repo.heads if head.name == branch]
    return local + sorted(
        ref.name for r in repo.remotes for ref in r.refs if ref.remote_head == branch
    )


def current_branch(root: Path) -> str | None:
    """The branch checked out, None when HEAD is detached."""
    repo = _repository(root)
    return None if repo.head.is_detached else repo.active_branch.name


def create_branch(root: Path, name: str, start: str) -> str:
    """Create the local branch name at the tip of the local branch start; its commit."""
    repo = _repository(root)
    if start not in {head.name for head in repo.heads}:
        raise HistoryError("history-no-branch", start)
    taken = {head.name for head in repo.heads}
    taken |= {ref.remote_head for remote in repo.remotes for ref in remote.refs}
    if name in taken:
        raise HistoryError("history-branch-exists", name)
    commit = repo.heads[start].commit
    repo.create_head(checked_ref(name), commit)
    return str(commit.hexsha)


def dirty(root: Path) -> bool:
    """Whether the working tree or the index holds changes not committed (untracked files
    outside .gitignore included)."""
    return bool(_repository(root).is_dirty(untracked_files=True))


@dataclass(frozen=True, slots=True)
class Unmerged:
    """A branch with commits that the target has not taken, and the register files it
    changes (from its merge base with the target); the day of its first such commit."""

    branch: str
    began: dt.date
    paths: list[str]


def unmerged(root: Path, target: str, skip: Callable[[str], bool]) -> list[Unmerged]:
    """The local and remote-tracking branches (but those `skip` names) with commits not in
    target that touch register/."""
    repo = _repository(root)
    try:
        into = repo.commit(checked_ref(target))
    except HistoryError:
        raise
    except Exception as exc:  # GitPython and gitdb raise assorted errors for a bad ref
        raise HistoryError("history-no-base", target) from exc
    refs = [*repo.heads, *(ref for remote in repo.remotes for ref in remote.refs)]
    found = []
    for ref in refs:
        name = ref.name
        if name.endswith("/HEAD") or skip(name):
            continue
        tip = ref.commit
        commits = list(repo.iter_commits(f"{into.hexsha}..{tip.hexsha}"))
        if not commits:
            continue
        paths = [
            change.path
            for change, *_ in _diff(repo, repo.merge_base(into, tip)[0], tip)
            if change.path.startswith("register/")
        ]
        if paths:
            began = commits[-1].authored_datetime.astimezone(KAZAKHSTAN).date()
            found.append(Unmerged(name, began, paths))
    return sorted(found, key=lambda item: item.branch)


def restore(root: Path, paths: list[str]) -> None:
    """Put the given files back as the last commit has them (a file it does not have is
    removed): a command's edits undone before they are committed."""
    repo = _repository(root)
    committed = [path for path in paths if _committed(repo, path)]
    try:
        if committed:
            repo.git.checkout("HEAD", "--", *committed)
    except git.GitCommandError as exc:
        raise _refused(exc) from exc
    for path in set(paths) - set(committed):
        (root / path).unlink(missing_ok=True)


def _committed(repo: git.Repo, path: str) -> bool:
    try:
        repo.head.commit.tree.join(path)
    except KeyError:
        return False
    return True


def commit_files(root: Path, paths: list[str], message: str) -> str:
    """Commit the given files as they are in the working tree (a removed file removed);
    the new commit."""
    repo = _repository(root)
    try:
        repo.git.add("--all", "--", *paths)
        repo.git.commit("--quiet", "-m", message, "--", *paths)
    except git.GitCommandError as exc:
        raise _refused(exc) from exc
    return str(repo.head.commit.hexsha)
