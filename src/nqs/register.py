"""The register as the rules see it: every schema-valid document, indexed by code.

Built from loaded documents, never from the files themselves; the rules read it and
return problems, and nothing here reads Git or the file system beyond the reference data.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from nqs.layout import Kind, Placement, classify
from nqs.loader import Document, Path_
from nqs.reference import Reference


@dataclass
class Register:
    reference: Reference
    as_of: dt.date
    # Schema-valid documents of each kind, in path order.
    documents: dict[Kind, list[Document]] = field(default_factory=lambda: defaultdict(list))
    # The file stem of every data file that exists, valid or not: a reference to an entry
    # whose file has other problems is not reported again as a reference to nothing.
    stems: dict[Kind, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add(self, doc: Document, valid: bool) -> None:
        placement = classify(doc.path)
        if placement is not None:
            self.stems[doc.kind].add(placement.stem)
        if valid:
            self.documents[doc.kind].append(doc)

    def in_path_order(self) -> None:
        """Put the documents in path order, however they were added."""
        for docs in self.documents.values():
            docs.sort(key=lambda doc: doc.path)

    def add_name(self, placement: Placement) -> None:
        """A file that exists but was not loaded (it could not be, or a change did not need
        it): known by name, so that references to it are not references to nothing."""
        self.stems[placement.kind].add(placement.stem)

    def by_code(self, kind: Kind) -> dict[str, Document]:
        """Valid documents of a kind by their code (first one wins; duplicates are a rule)."""
        field_name = {Kind.CENTER: "bin", Kind.DECISION: "id"}.get(kind, "code")
        index: dict[str, Document] = {}
        for doc in self.documents[kind]:
            index.setdefault(doc.data[field_name], doc)
        return index

    @property
    def bodies(self) -> dict[str, dict[str, Any]]:
        index: dict[str, dict[str, Any]] = {}
        for doc in self.documents[Kind.BODIES]:
            for body in doc.data["bodies"]:
                index.setdefault(body["id"], body)
        return index

    def texts(self) -> Iterator[tuple[Document, Path_, dict[str, str]]]:
        """Every bilingual text {kk, ru} of every valid document, with its path."""
        for docs in self.documents.values():
            for doc in docs:
                for where, text in doc.texts:
                    yield doc, where, text


def parse_date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def naming(data: dict[str, Any]) -> list[tuple[str, tuple[str | int, ...]]]:
    """The council decisions a profession names (included_by, amended_by, excluded_by),
    each with where it names it."""
    found: list[tuple[str, tuple[str | int, ...]]] = [(data["included_by"], ("included_by",))]
    found += [(d, ("amended_by", i)) for i, d in enumerate(data.get("amended_by", []))]
    found += [(data["excluded_by"], ("excluded_by",))] if "excluded_by" in data else []
    return found


def decisions_named(data: dict[str, Any]) -> set[str]:
    return {decision for decision, _ in naming(data)}
