"""`nqs diff BASE..HEAD`: a change told field by field, in Kazakh and Russian, as Markdown
for a pull request's job summary. Plain values in (history.Revision), text out."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from nqs.history import Revision
from nqs.layout import Kind, classify
from nqs.loader import parse
from nqs.messages import render

_NAME = {
    Kind.PROFESSION: "name",
    Kind.STANDARD: "title",
    Kind.CENTER: "name",
    Kind.DECISION: "title",
}
_MARKDOWN = re.compile(r"([\\`*_\[\]<>|#])")
Entry = tuple[str, str, list[tuple[str, Any, Any]]]  # code, name pair, changed fields


def summarize(revision: Revision, span: str, languages: tuple[str, ...] = ("kk", "ru")) -> str:
    groups: dict[tuple[str, str], list[tuple[str, dict[str, str], list[tuple[str, Any, Any]]]]]
    groups = defaultdict(list)
    for change in revision.changes:
        placement = classify(change.path) or classify(change.old_path)
        if placement is None:
            continue
        old = _data(revision.old.get(change.old_path), change.old_path, placement.kind)
        new = _data(revision.new.get(change.path), change.path, placement.kind)
        action = _action(change.status, placement.kind, old, new)
        shown = new or old or {}
        name = shown.get(_NAME.get(placement.kind, ""), {}) if isinstance(shown, dict) else {}
        fields = (
            _fields(old, new)
            if action in ("amended", "excluded", "revoked", "renewed", "terminated", "changed")
            else []
        )
        groups[(placement.kind.value, action)].append((placement.stem, name, fields))
    parts = []
    for lang in languages:
        parts.append(f"## {render('diff-title', {'span': span}, lang)}\n")
        if not groups:
            parts.append(render("diff-none", {}, lang) + "\n")
        for (kind, action), entries in sorted(groups.items()):
            title = render(f"diff-{kind}-{action}", {}, lang)
            parts.append(f"**{title}** ({len(entries)})\n")
            for code, name, fields in entries:
                label = _escape(name.get(lang, "")) if isinstance(name, dict) else ""
                parts.append(f"- `{code}` {label}".rstrip())
                for field, before, after in fields:
                    parts.append(f"  - {field}: {_shown(before, lang)} → {_shown(after, lang)}")
            parts.append("")
    return "\n".join(parts).rstrip() + "\n"


def _data(raw: bytes | None, path: str, kind: Kind) -> dict[str, Any] | None:
    if raw is None:
        return None
    doc, _ = parse(raw, path, kind)
    return doc.data if doc is not None and isinstance(doc.data, dict) else None


def _action(status: str, kind: Kind, old: dict[str, Any] | None, new: dict[str, Any] | None) -> str:
    if status == "D":
        return "deleted"
    if status == "A" or old is None:
        return "added"
    if status == "R":
        return "renamed"
    if new is not None and kind in (Kind.PROFESSION, Kind.CENTER):
        before, after = old.get("status"), new.get("status")
        if before != after and after in ("excluded", "revoked", "renewed", "terminated"):
            return str(after)
    return "changed" if kind is Kind.DECISION else "amended"


def _fields(old: dict[str, Any] | None, new: dict[str, Any] | None) -> list[tuple[str, Any, Any]]:
    old, new = old or {}, new or {}
    return [
        (key, old.get(key), new.get(key))
        for key in dict.fromkeys([*old, *new])
        if old.get(key) != new.get(key)
    ]


def _shown(value: Any, lang: str) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict) and lang in value and isinstance(value[lang], str):
        return f"«{_escape(value[lang])}»"
    if isinstance(value, list) and all(isinstance(v, str | int) for v in value):
        return _escape(", ".join(map(str, value)))
    if isinstance(value, dict | list):
        return render("diff-structure", {}, lang)
    return _escape(str(value))


def _escape(text: str) -> str:
    return _MARKDOWN.sub(r"\\\1", " ".join(text.split()))
