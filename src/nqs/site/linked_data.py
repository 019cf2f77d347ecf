"""Entry pages as machine-readable data: schema.org JSON-LD (https://schema.org) in the page's
language, for search engines and job portals.

A profession is an Occupation whose occupationalCategory is its code in the National
Classifier of Occupations, with the document on recognition of its qualification as an
EducationalOccupationalCredential (valid for the profession's term, recognized by its
body) while it is in the register; a body is a GovernmentOrganization (the Chamber, a
non-state body, an Organization); a standard is a CreativeWork its body publishes; a center
an Organization with its accreditation certificate as its credential; a council decision a
CreativeWork the National Council publishes (see decision()).

The JSON sits inside a <script> element, where HTML escaping does not apply and "</script>"
would end it: every <, > and & is written as a JSON escape (\\u003c), so no value can close the
element, open a comment or start markup, and the JSON still reads the same.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, cast

from markupsafe import Markup

from nqs.entries import Center
from nqs.law import current
from nqs.layout import Kind
from nqs.site.labels import LABELS
from nqs.site.model import SiteModel


def json_in_script(value: Any) -> str:
    """Compact UTF-8 JSON that no value can break out of a <script> element with: <, > and &
    escaped (str.replace: a translate table costs a dictionary lookup per character)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def script(document: Mapping[str, Any]) -> Markup:
    """A JSON-LD document as a <script> element that no value can break out of."""
    return Markup(f'<script type="application/ld+json">{json_in_script(document)}</script>')


def body(model: SiteModel, body_id: str, lang: str) -> dict[str, Any]:
    """A body of the system: a GovernmentOrganization, the Chamber an Organization."""
    known = model.bodies.get(body_id)
    kind = "Organization" if known and known["kind"] == "chamber" else "GovernmentOrganization"
    name = known["name"][lang] if known else body_id
    return {"@type": kind, "name": name, "identifier": body_id}


def _duration(entry: Mapping[str, Any]) -> str:
    years, months = entry.get("document_validity_years"), entry.get("document_validity_months")
    return "P" + (f"{years}Y" if years else "") + (f"{months}M" if months else "")


def _country(lang: str) -> dict[str, str]:
    return {"@type": "Country", "name": LABELS["country"][lang], "identifier": "KZ"}


def profession(model: SiteModel, entry: Mapping[str, Any], lang: str, url: str) -> dict[str, Any]:
    code = entry["code"]
    occupation: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Occupation",
        "@id": f"{url}#occupation",
        "url": url,
        "name": entry["name"][lang],
        "occupationalCategory": {
            "@type": "CategoryCode",
            "codeValue": code,
            "inCodeSet": {"@type": "CategoryCodeSet", "name": LABELS["classifier"][lang]},
        },
    }
    if entry["status"] == "included":
        levels = ", ".join(map(str, sorted(entry["levels"])))
        occupation["qualifications"] = {
            "@type": "EducationalOccupationalCredential",
            "name": LABELS["recognition-document"][lang],
            "credentialCategory": LABELS["recognition-document"][lang],
            "educationalLevel": f"{LABELS['levels'][lang]}: {levels}",
            "validFor": _duration(entry),
            "validIn": _country(lang),
            "recognizedBy": body(model, entry["body"], lang),
            "inLanguage": lang,
        }
    return occupation


def standard(model: SiteModel, entry: Mapping[str, Any], lang: str, url: str) -> dict[str, Any]:
    return {
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "@id": f"{url}#standard",
        "url": url,
        "name": entry["title"][lang],
        "identifier": entry["code"],
        "genre": LABELS["standard"][lang],
        "dateCreated": entry["approval"]["date"],
        "publisher": body(model, entry["approval"]["body"], lang),
        "inLanguage": lang,
    }


def center(model: SiteModel, entry: Mapping[str, Any], lang: str, url: str) -> dict[str, Any]:
    certificate = current(cast(Center, entry))
    website = entry["contacts"].get("website", "")
    return {
        "@context": "https://schema.org",
        "@type": "Organization",
        "@id": f"{url}#center",
        "url": url,
        "name": entry["name"][lang],
        "identifier": {"@type": "PropertyValue", "propertyID": "BIN", "value": entry["bin"]},
        "address": {
            "@type": "PostalAddress",
            "streetAddress": entry["address"][lang],
            "addressRegion": model.regions.get(entry["region"], {}).get(lang, entry["region"]),
            "addressCountry": "KZ",
        },
        "telephone": entry["contacts"]["phone"],
        "email": entry["contacts"]["email"],
        **({"sameAs": website} if website.startswith(("https://", "http://")) else {}),
        "hasCredential": {
            "@type": "EducationalOccupationalCredential",
            "name": f"{LABELS['certificate'][lang]} № {certificate['number']}",
            "credentialCategory": LABELS["certificate"][lang],
            "identifier": certificate["number"],
            "dateCreated": certificate["issued"],
            "expires": certificate["expires"],
            "validIn": _country(lang),
        },
    }


def decision(model: SiteModel, entry: Mapping[str, Any], lang: str, url: str) -> dict[str, Any]:
    """A recommendation of the National Council: a CreativeWork (genre "recommendation of the
    National Council") the Council publishes, known by its protocol number. Not Legislation:
    schema.org's Legislation is a legal act (act, decree, bill), and the Council's recommendation
    is none: the Council is an advisory body established under the Government (Law 10.1;
    Rules 2(9)) whose members include trade unions, employers and the Chamber; it recommends,
    and the authorized body forms the register on that basis (Law 5.6; Rules 10-11). For the
    same reason the Council is an Organization, not a GovernmentOrganization (a state body)."""
    return {
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "@id": f"{url}#decision",
        "url": url,
        "name": entry["title"][lang],
        "identifier": {
            "@type": "PropertyValue",
            "propertyID": LABELS["protocol"][lang],
            "value": entry["protocol"],
        },
        "genre": LABELS["decision"][lang],
        "dateCreated": str(entry["date"]),
        "publisher": {"@type": "Organization", "name": LABELS["national-council"][lang]},
        "inLanguage": lang,
    }


_KINDS = {
    Kind.PROFESSION: profession,
    Kind.STANDARD: standard,
    Kind.CENTER: center,
    Kind.DECISION: decision,
}


def linked_data(
    model: SiteModel, kind: Kind, entry: Mapping[str, Any], lang: str, url: str
) -> Markup:
    """The JSON-LD <script> of an entry's page in lang at url."""
    return script(_KINDS[kind](model, entry, lang, url))
