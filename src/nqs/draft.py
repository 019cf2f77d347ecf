"""Rules 10: the draft register that the authorized body submits to the National Council.

The draft is the cycle branch against its base (normally `main`): every profession it
proposes to include, amend or exclude, with its Rules 8 grounds and the sectoral body that
proposes it (its full name from register/bodies.yml), and for an amendment or an exclusion
each changed field before and after. It is laid out as the Rules' appendix lays the register
out, in its two sections (recognition on a mandatory and on a voluntary basis), and written
in Kazakh and in Russian (Rules 4) as self-contained printable HTML, which printing.py
turns into PDF.

Plain values in: the changes since the base (history.Base) and the validated register of
the working tree; what the draft cannot carry (a profession's file deleted or renamed) is a
finding of transitions.py, as `nqs validate --base` reports it. The pages are rendered by
the site's sandboxed, autoescaped templates with the site's words (site/templates/
draft_register.html, site/labels.py), so every value of a proposal is escaped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from nqs import transitions
from nqs.checks import Found
from nqs.chronicle import FieldChange, action, changed_fields
from nqs.entries import Profession
from nqs.history import Base
from nqs.layout import Kind, classify
from nqs.legal_calendar import Event, council_deadline
from nqs.loader import parse
from nqs.register import Register
from nqs.schema import Schemas
from nqs.site.labels import SITE_LANGUAGES
from nqs.site.model import build_model
from nqs.site.pages import BODY_ORDER, Context, environment

ACTIONS = ("included", "amended", "excluded")
TEMPLATE = "draft_register.html"


@dataclass(frozen=True, slots=True)
class Proposal:
    """One proposed change of the register: what it does, the profession as proposed, and
    for an amendment or an exclusion the entry at the base (None when the base's file
    cannot be read as a profession: then only the proposed values are shown) and the
    fields that differ."""

    action: str  # included, amended, excluded
    profession: Profession
    before: Profession | None
    fields: list[FieldChange]


@dataclass(frozen=True, slots=True)
class Draft:
    """The draft register: the proposals in the appendix's two sections, each by action."""

    base: str
    as_of: dt.date
    deadline: Event  # Rules 10: the day the register goes to the council at the latest
    sections: list[tuple[str, list[tuple[str, list[Proposal]]]]]

    @property
    def count(self) -> dict[str, int]:
        return {
            done: sum(len(items) for _, groups in self.sections for a, items in groups if a == done)
            for done in ACTIONS
        }


def current_files(base: Base) -> list[str]:
    """The current paths of the files a change adds or modifies: the draft is made only of a
    change whose files all validate, as `nqs validate --base` reads them."""
    return [c.path for c in base.changes if c.status != "D"]


def draft(
    base: Base, base_name: str, register: Register, schemas: Schemas
) -> tuple[Draft, list[Found]]:
    """The draft register of the changes since base, read from the validated register of the
    working tree; and the findings of what a draft cannot carry (a profession's file deleted
    or renamed: a profession leaves the register by exclusion)."""
    valid = {doc.path: doc for doc in register.professions}
    found: list[Found] = []
    proposals: list[Proposal] = []
    for change in base.changes:
        if not (_is_profession(change.path) or _is_profession(change.old_path)):
            continue
        if change.status == "D":
            found += transitions.deleted(change.path)
            continue
        if change.status == "R":
            found += transitions.renamed(change.path, change.old_path)
            continue
        new = valid.get(change.path)
        if new is None:  # not schema-valid: validation has said why
            continue
        before = None if change.status == "A" else _at_base(base, change.old_path, schemas)
        done = _proposed(change.status, before, new.data)
        fields = changed_fields(done, dict(before), dict(new.data)) if before is not None else []
        proposals.append(Proposal(done, new.data, before, fields))
    ordered = sorted(proposals, key=lambda p: p.profession["code"])
    sections = [
        (
            basis,
            [
                (done, [p for p in ordered if (p.action, p.profession["basis"]) == (done, basis)])
                for done in ACTIONS
            ],
        )
        for basis in BODY_ORDER
    ]
    as_of = register.as_of
    return Draft(base_name, as_of, council_deadline(as_of), sections), found


def _proposed(status: str, before: Profession | None, after: Profession) -> str:
    """What a change proposes: to include a profession (a new one, or an excluded one
    returning, which only a new inclusion decision may do), to exclude it, or to amend it;
    a base that cannot be read leaves only the proposed status to tell."""
    if status == "A":
        return "included"
    if before is not None and before["status"] == "excluded" and after["status"] == "included":
        return "included"
    done = action(status, Kind.PROFESSION, dict(before or {}), dict(after))
    return "excluded" if done == "excluded" else "amended"


def _is_profession(path: str) -> bool:
    placement = classify(path)
    return placement is not None and placement.kind is Kind.PROFESSION


def _at_base(base: Base, path: str, schemas: Schemas) -> Profession | None:
    """The profession's file at the base, if it reads as a schema-valid profession (old
    commits are not trusted: an unreadable one is shown as such, never a crash)."""
    raw = base.old.get(path)  # None: a link or a submodule at the base
    if raw is None:
        return None
    doc = parse(raw, path, Kind.PROFESSION)[0]
    if doc is None or not isinstance(doc.data, dict) or schemas.check(doc):
        return None
    return cast(Profession, doc.data)


def pages(item: Draft, register: Register, templates: Path) -> dict[str, str]:
    """The draft's HTML page in each language of the register (Rules 4)."""
    model = build_model(register)
    authorized = next((b["id"] for b in register.bodies.values() if b["kind"] == "authorized"), "")
    template = environment(templates).get_template(TEMPLATE)
    return {
        lang: template.render(
            c=Context(model, lang, ""), d=item, lang=lang, authorized=authorized, actions=ACTIONS
        )
        for lang in SITE_LANGUAGES
    }
