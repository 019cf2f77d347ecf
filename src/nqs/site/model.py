"""The register as the public reads it: entries joined across files, statuses as of a date.

Built from a validated Register; pure data, no rendering. A center's status is derived from
its latest certificate and its events, and its date-dependent state is the Law's (nqs.law:
the validity of each route, the six-month window), as the checks read it, so the site and
the checks cannot disagree.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from nqs.chronicle import Chronicle, Edition
from nqs.entries import Body, Center, Certificate, Decision, Profession, Revocation, Standard
from nqs.law import State, center_state, current, naming
from nqs.layout import Kind
from nqs.loader import Document
from nqs.register import Register, key

E = TypeVar("E")
# What a decision did to a profession, by the field that names it.
_ACTIONS = {"included_by": "included", "amended_by": "amended", "excluded_by": "excluded"}


@dataclass(frozen=True, slots=True)
class Change:
    """What a council decision did to a profession."""

    action: str  # included, amended, excluded
    profession: Profession


@dataclass
class SiteModel:
    as_of: dt.date
    bodies: dict[str, Body]
    regions: dict[str, dict[str, str]]
    professions: dict[str, Profession]
    standards: dict[str, Standard]
    centers: dict[str, Center]
    decisions: dict[str, Decision]
    center_state: dict[str, State] = field(default_factory=dict)
    centers_by_profession: dict[str, list[Center]] = field(default_factory=dict)
    professions_by_standard: dict[str, list[Profession]] = field(default_factory=dict)
    changes: dict[str, list[Change]] = field(default_factory=dict)
    # The Git history (None when the site is built without it).
    chronicle: Chronicle | None = None
    # Where the site is published (ends with "/").
    site_url: str = ""
    # Editions whose register could not be read from the history (site/editions.py).
    unwritten: set[str] = field(default_factory=set)

    @property
    def edition(self) -> Decision | None:
        """The latest council decision: the register as it reads now."""
        return max(self.decisions.values(), key=lambda d: (d["date"], d["id"]), default=None)

    def edition_of(self, decision_id: str) -> Edition | None:
        """The merge that recorded a decision, if the history holds it."""
        return self.chronicle.editions.get(decision_id) if self.chronicle else None

    def entries(self) -> list[tuple[Kind, Mapping[str, Mapping[str, Any]]]]:
        """The entries of each kind by their key."""
        return [
            (Kind.PROFESSION, self.professions),
            (Kind.STANDARD, self.standards),
            (Kind.CENTER, self.centers),
            (Kind.DECISION, self.decisions),
        ]

    def sorted_professions(self) -> list[Profession]:
        return [self.professions[code] for code in sorted(self.professions)]

    def body_name(self, body_id: str, lang: str) -> str:
        body = self.bodies.get(body_id)
        return body["name"][lang] if body else body_id

    def current(self, center: Center) -> Certificate:
        """The latest certificate: the one the list shows."""
        return current(center)

    def not_renewable(self) -> list[tuple[Center, Revocation]]:
        """Law 26.5: centers with a certificate revoked for health, life support or safety
        violations, each with that revocation."""
        return [
            (center, event["revocation"])
            for center in self.centers.values()
            for certificate in center["certificates"]
            for event in certificate.get("events", [])
            if "revocation" in event and event["revocation"]["health_life_safety"]
        ]


def _index(docs: list[Document[E]]) -> dict[str, E]:
    """The data of valid entries by their key."""
    return {key(doc): doc.data for doc in docs}


def build_model(
    register: Register,
    chronicle: Chronicle | None = None,
    site_url: str = "",
    unwritten: set[str] | None = None,
) -> SiteModel:
    model = SiteModel(
        as_of=register.as_of,
        bodies=register.bodies,
        regions={rid: {"kk": n.kk, "ru": n.ru} for rid, n in register.reference.regions.items()},
        professions=_index(register.professions),
        standards=_index(register.standards),
        centers=_index(register.centers),
        decisions=_index(register.decisions),
        chronicle=chronicle,
        site_url=site_url,
        unwritten=unwritten or set(),
    )
    covering: dict[str, list[Center]] = defaultdict(list)
    for bin_ in sorted(model.centers):
        center = model.centers[bin_]
        model.center_state[bin_] = center_state(center, model.as_of)
        for item in center["professions"]:
            covering[item["code"]].append(center)
    served: dict[str, list[Profession]] = defaultdict(list)
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
