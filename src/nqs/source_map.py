"""From data paths to lines and columns: findings are located here, once, before reporting.

Checks find problems as data paths (problem.Finding); a file's source map, built from its
text the first time one of its findings is located, gives the line and column of each
value and key. Files without findings are never read again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import yaml

from nqs.checks import Check
from nqs.loader import Document, Path_
from nqs.problem import Finding, Problem

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_NODE_START = (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent)
_COLLECTION_END = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
_NO_KEY = object()  # a mapping waiting for its next key
_DUPLICATE = object()  # the value of a duplicate key: not in the data
_DUPLICATE_PATH = ("<dup>",)  # where a duplicate key's value is kept: no data path reaches it


class SourceMap:
    """Where each value and each key of a text that the loader accepted was written.

    Walks the parser's events as the loader does, keeping paths instead of values; the
    first of duplicate keys wins, as in the loader.
    """

    def __init__(self, text: str) -> None:
        self._values: dict[Path_, tuple[int, int]] = {}
        self._keys: dict[Path_, tuple[int, int]] = {}
        # Each frame: [path, is_mapping, pending key, number of items so far].
        stack: list[list[Any]] = []
        loader = _Loader(text)
        try:
            while loader.check_event():
                event = loader.get_event()
                if isinstance(event, _NODE_START):
                    self._node(event, stack)
                elif isinstance(event, _COLLECTION_END):
                    stack.pop()
        except yaml.YAMLError:
            pass  # the loader reported it; positions found so far still serve
        finally:
            loader.dispose()

    def _node(self, event: Any, stack: list[list[Any]]) -> None:
        where = event.start_mark.line + 1, event.start_mark.column + 1
        path: Path_ = ()
        if stack:
            frame = stack[-1]
            if frame[1] and frame[2] is _NO_KEY:
                key_path = (*frame[0], event.value)
                frame[2] = _DUPLICATE if key_path in self._keys else event.value
                self._keys.setdefault(key_path, where)
                return
            if frame[1]:
                path = (*frame[0], frame[2]) if frame[2] is not _DUPLICATE else _DUPLICATE_PATH
                frame[2] = _NO_KEY
            else:
                path = (*frame[0], frame[3])
                frame[3] += 1
        self._values.setdefault(path, where)
        if not isinstance(event, yaml.ScalarEvent):
            stack.append([path, isinstance(event, yaml.MappingStartEvent), _NO_KEY, 0])

    def locate(self, where: Path_, *, key: bool = False) -> tuple[int, int]:
        """Line and column of the value (or of its key) at a path, else of its nearest parent."""
        if key and where in self._keys:
            return self._keys[where]
        while where:
            if where in self._values:
                return self._values[where]
            where = where[:-1]
        return self._values.get((), (1, 1))


class Locator:
    """Turns the findings of checks into located problems, with one source map per file,
    built on the file's first finding that has a data path."""

    def __init__(self, documents: Callable[[], Iterable[Document]]) -> None:
        """documents: the documents whose findings are located, asked for on the first
        finding with a data path."""
        self._documents_of = documents
        self._documents: dict[str, Document] | None = None
        self._maps: dict[str, SourceMap] = {}

    def problem(self, check: Check, finding: Finding) -> Problem:
        """The finding, located, with the id and severity of the check that found it."""
        line, column = 1, 1
        if finding.where is not None:
            line, column = self._map(finding.path).locate(finding.where, key=finding.at_key)
        return Problem(
            finding.path,
            line,
            column,
            check.id,
            check.severity,
            finding.key,
            finding.params,
        )

    def _map(self, path: str) -> SourceMap:
        found = self._maps.get(path)
        if found is None:
            if self._documents is None:
                self._documents = {doc.path: doc for doc in self._documents_of()}
            found = self._maps[path] = SourceMap(self._documents[path].source)
        return found
