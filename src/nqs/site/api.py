"""The register as a static JSON API: one document per entry at a stable address, and a list
of each kind, below api/v1/ of the site root.

    api/v1/index.json                      the lists and the date the data is as of
    api/v1/<section>.json                  every entry of a kind: key, names, status, address
    api/v1/<section>/<key>.json            one entry: its data, what is derived from it, pages

<section> is professions, standards, centers or decisions; <key> a profession's or a
standard's code, a center's BIN, a decision's id (its date). An entry's "data" is its file as
read and validated, unchanged; "derived" is what the register computes from it, as the site
shows it: a center's status and its state as of the date (nqs.law), the centers of a
profession, the professions of a standard, the professions a decision changed. The addresses
never change between editions; a new version of the layout would be api/v2/.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from nqs.law import status
from nqs.layout import Kind
from nqs.site.labels import SITE_LANGUAGES
from nqs.site.model import SiteModel
from nqs.site.pages import entry_uri

VERSION = "v1"


def derived(model: SiteModel, kind: Kind, key: str) -> dict[str, Any]:
    """What the register derives from an entry, by kind."""
    if kind is Kind.PROFESSION:
        return {"centers": [c["bin"] for c in model.centers_by_profession.get(key, [])]}
    if kind is Kind.STANDARD:
        return {"professions": [p["code"] for p in model.professions_by_standard.get(key, [])]}
    if kind is Kind.CENTER:
        return {"status": status(model.centers[key]), "state": model.center_state[key]}
    changes = model.changes.get(key, [])
    return {
        action: [c.profession["code"] for c in changes if c.action == action]
        for action in ("included", "amended", "excluded")
    }


def _summary(kind: Kind, entry: Mapping[str, Any], key: str) -> dict[str, Any]:
    """An entry as its kind's list shows it."""
    fields = ("body", "basis", "levels", "status", "region", "date", "protocol")
    return {
        kind.key_field: key,
        kind.title_field: entry[kind.title_field],
        **{name: entry[name] for name in fields if name in entry},
    }


def write_api(model: SiteModel, root: Path) -> int:
    """Write the API below root (the site's api/v1/); returns how many documents."""
    written = 0
    as_of = model.as_of.isoformat()
    lists = {}
    for kind, index in model.entries():
        folder = root / kind.section
        folder.mkdir(parents=True, exist_ok=True)
        rows = []
        for key in sorted(index):
            entry = index[key]
            pages = {
                lang: f"{model.site_url}{lang}/{entry_uri(kind, key)}" for lang in SITE_LANGUAGES
            }
            address = f"{kind.section}/{key}.json"
            summary = _summary(kind, entry, key)
            if kind is Kind.CENTER:  # the derived status and state, as the list page shows
                summary |= derived(model, kind, key)
            rows.append({**summary, "api": address, "pages": pages})
            document = {
                "as_of": as_of,
                "kind": kind.value,
                "key": key,
                "data": entry,
                "derived": derived(model, kind, key),
                "pages": pages,
            }
            _write(root / address, document)
            written += 1
        _write(root / f"{kind.section}.json", {"as_of": as_of, "count": len(rows), "entries": rows})
        lists[kind.section] = f"{kind.section}.json"
        written += 1
    _write(root / "index.json", {"version": VERSION, "as_of": as_of, "lists": lists})
    return written + 1


def _write(path: Path, document: Mapping[str, Any]) -> None:
    """JSON in UTF-8: every value a JSON string or number, quotes and controls escaped by the
    encoder; nothing is spliced into text."""
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    path.write_text(text, encoding="utf-8")
