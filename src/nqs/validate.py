"""Validation of a register repository: load, check structure, build the register, run rules.

Data flows one way: files are loaded (loader), checked against their schema (schema), the
schema-valid documents form the register (register), and the rules read it (rules). Every
file is loaded, since rules look across files, except for a change, where the changed files
and the files they relate to (context.py) are; problems are reported for the selected paths.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from nqs import rules, timeliness, transitions
from nqs.checks import MODELINE, SCHEMA, Found
from nqs.context import Contents, related
from nqs.cycle import CycleStage
from nqs.files import kind_of, refused
from nqs.layout import EXTENSION, Kind, classify, discover, hidden, modeline
from nqs.loader import Document, load, parse
from nqs.messages import Term
from nqs.problem import Finding, Problem, Severity
from nqs.reference import Reference, load_reference
from nqs.register import Register, by_key
from nqs.result import Outcome
from nqs.schema import Schemas
from nqs.source_map import Locator

if TYPE_CHECKING:  # GitPython is loaded by the callers that read a history only
    from nqs.history import Base


def validate(
    root: Path,
    as_of: dt.date,
    selected: Collection[str] = (),
    whole: bool = True,
    reference: Reference | None = None,
    contents: Contents | None = None,
) -> Outcome:
    """Check the repository at root; keep the problems of the selected paths (files or
    folders, repository-relative POSIX), or of every file when none is selected.

    With whole=False and a selection, only the selected files and the files their rules read
    (context.py) are loaded: the same problems for the selected files, at a cost that grows
    with the selection rather than with the register. A caller that read root's reference
    data already (nqs serve, again and again) may pass it, and the files' bytes it keeps for
    the search of related files (contents)."""
    schemas = Schemas(root / "schemas")
    register = Register(reference or load_reference(root), as_of)
    problems: list[Problem] = []
    files = discover(root)
    is_selected = _selector(selected)
    chosen = [f for f in files if is_selected(f)]
    if whole or not selected:
        for relpath in files:
            problems += _read(root, relpath, schemas, register)
    else:
        for relpath in chosen:
            problems += _read(root, relpath, schemas, register)
        docs = [doc for found in register.documents.values() for doc in found]
        placed = [(f, p) for f in files if (p := classify(f)) is not None]
        done = set(chosen)
        for relpath in related(root, placed, docs, contents):
            if relpath not in done:
                done.add(relpath)
                _read(root, relpath, schemas, register)  # context: its problems are not ours
        for relpath, placement in placed:
            if relpath not in done:
                register.add_name(placement)
        register.in_path_order()
    problems += _located(register, (f for f in rules.run(register) if is_selected(f[1].path)))
    return Outcome(sorted(p for p in problems if is_selected(p.path)), len(chosen), register)


def _located(register: Register, found: Iterable[Found]) -> list[Problem]:
    """Findings located in the documents of the register (each file's source map is made
    on its first finding)."""
    locator = Locator(lambda: [doc for docs in register.documents.values() for doc in docs])
    return [locator.problem(check, finding) for check, finding in found]


def _read(root: Path, relpath: str, schemas: Schemas, register: Register) -> list[Problem]:
    """Load one file, check its form and schema, and add it to the register."""
    placement = classify(relpath)
    if placement is None:
        what = kind_of(root, relpath)
        return [refused(relpath, what) if what else _off_layout(relpath)]
    doc, found = load(root, relpath, placement.kind)
    if doc is None:
        register.add_name(placement)
        return found
    problems = []
    expected = modeline(relpath, placement.kind)
    locator = Locator(lambda: (doc,))
    if doc.first_line != expected:
        problems.append(
            locator.problem(
                MODELINE, Finding(relpath, None, "schema-modeline", {"expected": expected})
            )
        )
    structural = _unique(locator.problem(SCHEMA, finding) for finding in schemas.check(doc))
    # Where the schema explains a value, its message says what to write; the advice to
    # quote an implicitly typed value would only mislead there.
    explained = {(p.line, p.column) for p in structural}
    problems += [
        p for p in found if p.rule != "implicit-type" or (p.line, p.column) not in explained
    ]
    problems += structural
    register.add(doc, valid=not structural)
    return problems


def validate_unsaved(
    register: Register, schemas: Schemas, doc: Document | None, found: list[Problem]
) -> tuple[Register | None, list[Problem]]:
    """A document not saved yet (the form editor's entry: parsed, with what parsing found),
    checked as a file of the register is: its schema, then, schema-valid, the rules, in the
    register with it in place of the document at its path (or added). The register with it
    (None where it could not be read or the schema refuses it) and its errors, each once."""
    problems, with_doc = list(found), None
    if doc is not None:
        locator = Locator(lambda: (doc,))
        problems += [locator.problem(SCHEMA, finding) for finding in schemas.check(doc)]
        if all(p.severity is not Severity.ERROR for p in problems):  # the rules read valid ones
            with_doc = _in_place(register, doc)
            found_here = (f for f in rules.run(with_doc) if f[1].path == doc.path)
            problems += [locator.problem(check, finding) for check, finding in found_here]
    return with_doc, _unique(p for p in problems if p.severity is Severity.ERROR)


def _in_place(register: Register, doc: Document) -> Register:
    """The register with doc in place of the document at its path, or added."""
    documents: dict[Kind, list[Document]] = defaultdict(list)
    for kind, docs in register.documents.items():
        documents[kind] = [d for d in docs if d.path != doc.path]
    documents[doc.kind].append(doc)
    documents[doc.kind].sort(key=lambda d: d.path)
    return Register(register.reference, register.as_of, documents, register.stems)


def _unique(problems: Iterable[Problem]) -> list[Problem]:
    """One problem per place, message and parameters (the schema's errors often repeat)."""
    unique: dict[tuple[Problem, str], Problem] = {}
    for problem in problems:
        unique.setdefault((problem, repr(sorted(problem.params.items()))), problem)
    return sorted(unique.values())


def _selector(selected: Collection[str]) -> Callable[[str], bool]:
    """Whether a path is one of the selected files or lies in a selected folder."""
    if not selected:
        return lambda path: True
    exact = set(selected)
    folders = tuple(s.rstrip("/") + "/" for s in selected)
    return lambda path: path in exact or path.startswith(folders)


def _off_layout(relpath: str) -> Problem:
    name = hidden(relpath)
    if name is not None:
        return Problem(relpath, 1, 1, "file-layout", Severity.ERROR, "file-hidden", {"name": name})
    pure = PurePosixPath(relpath)
    renamed = pure.with_suffix(EXTENSION).as_posix() if pure.suffix else None
    if renamed and pure.suffix.lower() in (".yaml", ".yml") and classify(renamed):
        return Problem(
            relpath,
            1,
            1,
            "file-layout",
            Severity.ERROR,
            "file-extension",
            {"expected": pure.with_suffix(EXTENSION).name},
        )
    return Problem(
        relpath,
        1,
        1,
        "file-layout",
        Severity.ERROR,
        "file-layout",
        {"expected": Term("layout-expected")},
    )


def validate_change(
    root: Path,
    as_of: dt.date,
    base: Base,
    opened: dt.date | None = None,
    stage: CycleStage = CycleStage.COUNCIL,
) -> Outcome:
    """Check what changed since a base: the changed files in the context of the files
    they relate to, what each change does to the history (transitions.py), and whether it comes
    in time (timeliness.py). A proposal is opened on `opened`, else when its first commit was
    made, else today; a decision it records is published by the merge, so today (as_of).

    In the proposal stage (a change into a cycle branch) a change names no new decision;
    in the council stage (into main) every change to a profession names one (cycle.py)."""
    current = [c.path for c in base.changes if c.status != "D"]
    # With no current file left (only deletions), validate() would report every file.
    outcome = validate(root, as_of, current, whole=False) if current else Outcome([], 0, None)
    found: list[Found] = []
    if stage is CycleStage.PROPOSAL:  # the cycle's merge into main carries every body's
        found += transitions.bodies_touched([c.path for c in base.changes])
    register = outcome.register
    valid = (
        {} if register is None else {d.path: d for ds in register.documents.values() for d in ds}
    )
    decisions = {} if register is None else by_key(register.decisions)
    schemas = Schemas(root / "schemas") if valid else None
    # decision -> where this change records it (its file first, else the first entry)
    records: dict[str, tuple[Document, tuple[str | int, ...]]] = {}
    added = {c.path for c in base.changes if c.status in "AR"}
    recorded_before = {d for d, doc in decisions.items() if doc.path not in added}
    backdated: set[str] = set()  # decisions recorded before that a new profession names
    for change in base.changes:
        if change.status == "D":
            found += transitions.deleted(change.path)
            continue
        if change.status == "R":
            found += transitions.renamed(change.path, change.old_path)
        new = valid.get(change.path)
        placement = classify(change.old_path)
        if new is None or placement is None or schemas is None:
            continue
        old = None
        told: set[str] = set()  # a backdated inclusion, reported already
        if change.status != "A":
            raw = base.old.get(change.old_path)  # None: a link or a submodule at the base
            old = None if raw is None else parse(raw, change.old_path, placement.kind)[0]
            if old is None or not isinstance(old.data, dict) or schemas.check(old):
                continue  # unreadable at the base: nothing to compare with
            found += transitions.changed(old, new)
            if new.kind is Kind.PROFESSION:
                found += transitions.act_changed(old, new, decisions)
        elif new.kind is Kind.PROFESSION and new.data.get("included_by") in recorded_before:
            inclusion = decisions[new.data["included_by"]]
            backdated.add(inclusion.data["id"])
            told.add(inclusion.data["id"])
            found += transitions.backdated(new, inclusion)
        elif new.kind is Kind.DECISION:
            earlier = [decisions[d] for d in sorted(recorded_before)]
            found += transitions.decision_backdated(new, earlier)
        recorded = timeliness.recorded(old, new)
        if new.kind is Kind.PROFESSION:
            found += transitions.awaiting(old, new, [d for d, _ in recorded], stage)
        if stage is CycleStage.PROPOSAL:
            found += transitions.named_in_proposal(
                new, [(d, where) for d, where in recorded if d not in told]
            )
            continue
        for decision, where in recorded:
            if decision not in records or new.kind is Kind.DECISION:
                records[decision] = (new, where)
    for decision, (doc, where) in sorted(records.items()):
        if decision in decisions and decision not in backdated:  # else reported already
            found += timeliness.late(doc, where, decisions[decision], as_of)
            if opened is not None and stage is CycleStage.COUNCIL:
                found += timeliness.submitted(doc, where, decisions[decision], opened)
    if not records:
        found += timeliness.proposal(base.changes, opened or base.began or as_of)
    locator = Locator(valid.values)
    problems = outcome.problems + [locator.problem(check, finding) for check, finding in found]
    return Outcome(sorted(problems), outcome.checked, outcome.register)
