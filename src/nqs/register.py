"""The register as the rules see it: every schema-valid document, indexed by code.

Built from loaded documents, never from the files themselves; the rules read it and
return problems, and nothing here reads Git or the file system beyond the reference data.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from nqs.entries import Bodies, Body, Center, Decision, Profession, Standard
from nqs.layout import Kind, Placement, classify
from nqs.loader import Document, Path_
from nqs.reference import Reference

E = TypeVar("E")


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

    # The valid documents of each kind, their data typed as their schema says.
    @property
    def professions(self) -> list[Document[Profession]]:
        return self.documents[Kind.PROFESSION]

    @property
    def standards(self) -> list[Document[Standard]]:
        return self.documents[Kind.STANDARD]

    @property
    def centers(self) -> list[Document[Center]]:
        return self.documents[Kind.CENTER]

    @property
    def decisions(self) -> list[Document[Decision]]:
        return self.documents[Kind.DECISION]

    @property
    def bodies(self) -> dict[str, Body]:
        index: dict[str, Body] = {}
        files: list[Document[Bodies]] = self.documents[Kind.BODIES]
        for doc in files:
            for body in doc.data["bodies"]:
                index.setdefault(body["id"], body)
        return index

    def texts(self) -> Iterator[tuple[Document, Path_, dict[str, str]]]:
        """Every bilingual text {kk, ru} of every valid document, with its path."""
        for docs in self.documents.values():
            for doc in docs:
                for where, text in doc.texts:
                    yield doc, where, text


def key(doc: Document[Any]) -> str:
    """The key of a valid entry (its code, BIN or id), in the field its kind keeps it."""
    return str(doc.data[doc.kind.key_field])


def by_key(docs: list[Document[E]]) -> dict[str, Document[E]]:
    """Valid documents of a kind by their key (first one wins; duplicates are a rule)."""
    index: dict[str, Document[E]] = {}
    for doc in docs:
        index.setdefault(key(doc), doc)
    return index
