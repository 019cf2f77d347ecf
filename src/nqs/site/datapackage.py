"""The data dictionary of the downloads: a Frictionless Data Package (datapackage.json) whose
Table Schemas give each CSV column its type, its Kazakh and Russian title and description, and
each identifier's label in both languages, as open-data portals read it
(https://datapackage.org/).

A column is named by its base and, for a text in one language, the language (name_kk); the
texts are the site's labels "column-<register>-<base>" or else "column-<base>". An identifier
(basis, status, a route, a ground) has its labels in the two columns after it (basis_kk,
basis_ru), and its values and their labels are in the schema too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from nqs.formatting import Day
from nqs.site.labels import LABELS, SITE_LANGUAGES

# The label key of each value of an identifier, by register and column.
_STATES = ("active", "expiring", "expired", "revoked", "terminated", "renewed")
ENUMS: dict[tuple[str, str], dict[str, str]] = {
    ("professions", "basis"): {"mandatory": "mandatory", "voluntary": "voluntary"},
    ("professions", "status"): {"included": "status-included", "excluded": "status-excluded"},
    ("professions", "health_life_safety_applies"): {"yes": "value-yes", "no": "value-no"},
    ("standards", "status"): {"in-force": "in-force", "repealed": "repealed"},
    ("centers", "status"): {
        s: f"state-{s}" for s in ("active", "revoked", "terminated", "renewed")
    },
    ("centers", "state_as_of_build"): {s: f"state-{s}" for s in _STATES},
    ("centers", "accreditation_route"): {
        r: f"route-{r}" for r in ("chamber", "conformity-assessment")
    },
    ("centers", "revocation_ground"): {
        g: f"ground-{g}"
        for g in ("own-request", "procedure-violation", "monitoring", "confirmed-complaints")
    },
    ("centers", "termination_ground"): {
        g: f"ground-{g}" for g in ("revocation", "expiry", "liquidation", "court-decision")
    },
    ("centers", "not_renewable"): {"yes": "value-yes"},
}
# Identifiers labelled beside them that are no closed list (the bodies come with the register).
_NAMED = {"body"}
_INTEGERS = {"document_validity_years", "document_validity_months", "functions"}
_DATES = {
    "legal_act_date",
    "approval_date",
    "repealed_date",
    "accreditation_decision",
    "certificate_issued",
    "certificate_expires",
    "agreement_date",
    "revocation_date",
    "termination_date",
    "renewal_date",
    "reissue_date",
}
_KEYS = {"professions": "code", "standards": "code", "centers": "bin"}


def labelled(register: str, column: str, value: str) -> dict[str, str]:
    """An identifier and its label in each language, as three columns."""
    key = ENUMS[(register, column)].get(value)
    return {
        column: value,
        **{f"{column}_{lang}": LABELS[key][lang] if key else "" for lang in SITE_LANGUAGES},
    }


def _split(column: str) -> tuple[str, str | None]:
    for lang in SITE_LANGUAGES:
        if column.endswith(f"_{lang}"):
            return column[: -len(lang) - 1], lang
    return column, None


def _texts(register: str, base: str) -> tuple[dict[str, str], dict[str, str]]:
    """The title and the description of a base column, by language."""
    key = next(k for k in (f"column-{register}-{base}", f"column-{base}") if k in LABELS)
    return LABELS[key], LABELS[f"{key}-about"]


def field(register: str, column: str) -> dict[str, Any]:
    """The Table Schema field of a column: its name, type, titles and descriptions in kk and
    ru (titles, descriptions; title and description hold both), and an identifier's values
    with their labels."""
    base, lang = _split(column)
    titles, about = _texts(register, base)
    if lang is not None:
        labels = (register, base) in ENUMS or base in _NAMED
        wrap = "column-label" if labels else f"column-in-{lang}"
        titles = {k: LABELS.render(wrap, {"title": titles[k]}, k) for k in SITE_LANGUAGES}
        about = LABELS["column-label-about"] if labels else about
    kind = "integer" if column in _INTEGERS else "date" if column in _DATES else "string"
    described: dict[str, Any] = {
        "name": column,
        "type": kind,
        "title": " / ".join(titles[k] for k in SITE_LANGUAGES),
        "description": " / ".join(about[k] for k in SITE_LANGUAGES),
        "titles": dict(titles),
        "descriptions": dict(about),
    }
    values = ENUMS.get((register, column))
    if values is not None:
        described["constraints"] = {"enum": list(values)}
        described["enumLabels"] = {v: dict(LABELS[k]) for v, k in values.items()}
    if column == _KEYS[register]:
        described["constraints"] = {"required": True, "unique": True}
    return described


def datapackage(schemas: Mapping[str, list[dict[str, Any]]], as_of: dt.date) -> dict[str, Any]:
    """The Data Package of the CSV files named by their register, each with its fields."""
    titles, about = LABELS["datapackage-title"], LABELS.render
    return {
        "name": "nqs-kz-registers",
        "title": " / ".join(titles[k] for k in SITE_LANGUAGES),
        "description": " / ".join(
            about("datapackage-about", {"date": Day(as_of)}, k) for k in SITE_LANGUAGES
        ),
        "version": as_of.isoformat(),
        "created": f"{as_of.isoformat()}T00:00:00Z",
        "languages": list(SITE_LANGUAGES),
        "resources": [
            {
                "name": name,
                "path": f"{name}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8-sig",
                "schema": {
                    "fields": fields,
                    "primaryKey": [_KEYS[name]],
                    "missingValues": [""],
                },
            }
            for name, fields in schemas.items()
        ],
    }
