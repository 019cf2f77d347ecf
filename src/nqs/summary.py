"""`nqs diff BASE..HEAD`: a change told field by field, in Kazakh and Russian, as Markdown
for a pull request's job summary. Plain values in (history.Revision), text out."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import PurePosixPath
from typing import Any

from nqs.chronicle import FieldChange, action, changed_fields, data_of, plain
from nqs.escape import markdown
from nqs.history import Revision
from nqs.layout import ENTRY_KINDS, IGNORED_NAMES, classify
from nqs.messages import render

_PLAIN_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.-]*")
# (kind, action) -> [(code, {kk, ru} name, changed fields, whether a side cannot be read)]
Groups = dict[tuple[str, str], list[tuple[str, dict[str, str], list[FieldChange], bool]]]


def summarize(revision: Revision, span: str, languages: tuple[str, ...] = ("kk", "ru")) -> str:
    groups: Groups = defaultdict(list)
    for change in revision.changes:
        placement = classify(change.path) or classify(change.old_path)
        if placement is None:  # off the layout: said, never left out (nqs validate says why)
            if PurePosixPath(change.path).name not in IGNORED_NAMES:
                groups[("file", "off-layout")].append((change.path, {}, [], False))
            continue
        old = data_of(revision.old.get(change.old_path), change.old_path, placement.kind)
        new = data_of(revision.new.get(change.path), change.path, placement.kind)
        # A side that cannot be read (broken YAML, a link) is said so, not shown as emptied.
        unreadable = (change.status != "A" and old is None) or (
            change.status != "D" and new is None
        )
        done = action(change.status, placement.kind, old, new)
        shown = new or old or {}
        title = placement.kind.title_field if placement.kind in ENTRY_KINDS else ""
        name = shown.get(title, {}) if isinstance(shown, dict) else {}
        fields = [] if unreadable else changed_fields(done, old, new)
        groups[(placement.kind.value, done)].append((placement.stem, name, fields, unreadable))
    parts = []
    for lang in languages:
        parts.append(f"## {render('diff-title', {'span': markdown(span)}, lang)}\n")
        if not groups:
            parts.append(render("diff-none", {}, lang) + "\n")
        for (kind, done), entries in sorted(groups.items()):
            title = render(f"diff-{kind}-{done}", {}, lang)
            parts.append(f"**{title}** ({len(entries)})\n")
            for code, name, fields, unreadable in entries:
                label = markdown(str(name.get(lang, ""))) if isinstance(name, dict) else ""
                if unreadable:
                    label = f"{label} — {render('diff-unreadable', {}, lang)}".lstrip(" —")
                parts.append(f"- {_code(code)} {label}".rstrip())
                for f in fields:
                    before, after = _shown(f.before, lang), _shown(f.after, lang)
                    parts.append(f"  - {markdown(str(f.field))}: {before} → {after}")
            parts.append("")
    return "\n".join(parts).rstrip() + "\n"


def _shown(value: Any, lang: str) -> str:
    line = plain(value, lang)
    if line is None:
        return render("diff-structure", {}, lang)
    return f"«{markdown(line)}»" if isinstance(value, dict) else markdown(line)


def _code(code: str) -> str:
    """An entry's code (its file name) as code, or as escaped text when it is not a plain
    code: a backtick inside would end the code span."""
    return f"`{code}`" if _PLAIN_CODE.fullmatch(code) else markdown(code)
