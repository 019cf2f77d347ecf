"""The register as the public reads it: entries joined across files, statuses as of a date.

Built from a validated Register; pure data, no rendering. The date-dependent state of a
center uses the validator's own rules (three-year validity, the six-month window), so the
site and the checks cannot disagree.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from nqs.chronicle import Chronicle, Edition
from nqs.layout import Kind
from nqs.register import Register, naming, parse_date
from nqs.rules.reaccreditation_window import WORKING, deadline

Data = dict[str, Any]
# What a decision did to a profession, by the field that names it.
_ACTIONS = {"included_by": "included", "amended_by": "amended", "excluded_by": "excluded"}


@dataclass(frozen=True, slots=True)
class Change:
    """What a council decision did to a profession."""

    action: str  # included, amended, excluded
    profession: Data


@dataclass
class SiteModel:
    as_of: dt.date
    bodies: dict[str, Data]
    regions: dict[str, dict[str, str]]
    professions: dict[str, Data]
    standards: dict[str, Data]
    centers: dict[str, Data]
    decisions: dict[str, Data]
    center_state: dict[str, str] = field(default_factory=dict)
    centers_by_profession: dict[str, list[Data]] = field(default_factory=dict)
    professions_by_standard: dict[str, list[Data]] = field(default_factory=dict)
    changes: dict[str, list[Change]] = field(default_factory=dict)
    # The Git history (None when the site is built without it).
    chronicle: Chronicle | None = None
    # Where the site is published (ends with "/").
    site_url: str = ""
    # Editions whose register could not be read from the history (site/editions.py).
    unwritten: set[str] = field(default_factory=set)

    @property
    def edition(self) -> Data | None:
        """The latest council decision: the register as it reads now."""
        return max(self.decisions.values(), key=lambda d: (d["date"], d["id"]), default=None)

    def edition_of(self, decision_id: str) -> Edition | None:
        """The merge that recorded a decision, if the history holds it."""
        return self.chronicle.editions.get(decision_id) if self.chronicle else None

    def sorted_professions(self) -> list[Data]:
        return [self.professions[code] for code in sorted(self.professions)]

    def not_renewable(self) -> list[Data]:
        """Law 26.5: centers revoked for health, life support or safety violations."""
        return [
            c for c in self.centers.values() if c.get("revocation", {}).get("health_life_safety")
        ]


def center_state(center: Data, as_of: dt.date) -> str:
    """active, expiring, expired, revoked, terminated or renewed, as of a date."""
    status: str = center["status"]
    if status not in WORKING:
        return status
    expires = parse_date(center["certificate"]["expires"])
    if as_of > expires:
        return "expired"
    start = deadline(expires)
    if start is not None and as_of >= start:
        return "expiring"
    return status


def build_model(
    register: Register,
    chronicle: Chronicle | None = None,
    site_url: str = "",
    unwritten: set[str] | None = None,
) -> SiteModel:
    def index(kind: Kind, key: str) -> dict[str, Data]:
        return {doc.data[key]: doc.data for doc in register.documents[kind]}

    model = SiteModel(
        as_of=register.as_of,
        bodies=register.bodies,
        regions={rid: {"kk": n.kk, "ru": n.ru} for rid, n in register.reference.regions.items()},
        professions=index(Kind.PROFESSION, "code"),
        standards=index(Kind.STANDARD, "code"),
        centers=index(Kind.CENTER, "bin"),
        decisions=index(Kind.DECISION, "id"),
        chronicle=chronicle,
        site_url=site_url,
        unwritten=unwritten or set(),
    )
    covering: dict[str, list[Data]] = defaultdict(list)
    for bin_ in sorted(model.centers):
        center = model.centers[bin_]
        model.center_state[bin_] = center_state(center, model.as_of)
        for item in center["professions"]:
            covering[item["code"]].append(center)
    served: dict[str, list[Data]] = defaultdict(list)
    changes: dict[str, list[Change]] = defaultdict(list)
    for profession in model.sorted_professions():
        for code in profession["grounds"].get("standards", []):
            served[code].append(profession)
        for decision, where in naming(profession):
            changes[decision].append(Change(_ACTIONS[str(where[0])], profession))
    model.centers_by_profession = dict(covering)
    model.professions_by_standard = dict(served)
    model.changes = dict(changes)
    return model
