"""Each register as CSV, JSON and XLSX, both languages in one file, at stable addresses.

The files depend only on the register and the date of the build: the same input gives the
same bytes, so a download can be compared across editions. The spreadsheets are safe to open:
no text the register holds becomes a formula (OWASP, "CSV Injection").
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import zipfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from nqs.citations import UNITS, provision
from nqs.citations import act as cite
from nqs.formatting import sentence
from nqs.law import certificate_status, current, health_life_safety, record, status
from nqs.site.datapackage import datapackage, field, labelled
from nqs.site.labels import SITE_LANGUAGES
from nqs.site.model import SiteModel

Row = dict[str, Any]
# OWASP "CSV Injection": a spreadsheet program reads a cell that begins with one of these as a
# formula (which can run commands or send the sheet's data away).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A spreadsheet reads _xHHHH_ in an XLSX text as the character U+HHHH (ECMA-376, ST_Xstring):
# a value holding it as text is written with its underscore escaped (_x005F_), or the sheet
# would show a character the register refuses (_x0007_) or one it does not hold.
_XSTRING_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")


def _text(prefix: str, pair: dict[str, str]) -> Row:
    return {f"{prefix}_kk": pair["kk"], f"{prefix}_ru": pair["ru"]}


def _body(model: SiteModel, body: str) -> Row:
    """A body's id and its name in each language beside it."""
    known = model.bodies.get(body)
    return {"body": body, **_text("body", known["name"] if known else {"kk": "", "ru": ""})}


def profession_rows(model: SiteModel) -> list[Row]:
    rows = []
    for p in model.sorted_professions():
        act = p.get("legal_act", {})
        requirements = p["grounds"].get("qualification_requirements", {})
        applies, health = health_life_safety(p)
        reference = _recorded_text(requirements.get("reference", {}))
        rows.append(
            {
                "code": p["code"],
                **_text("name", p["name"]),
                **_body(model, p["body"]),
                **labelled("professions", "basis", p["basis"]),
                "levels": " ".join(map(str, sorted(p["levels"]))),
                "document_validity_years": p.get("document_validity_years", ""),
                "document_validity_months": p.get("document_validity_months", ""),
                **labelled("professions", "status", p["status"]),
                "included_by": p.get("included_by", ""),
                "amended_by": " ".join(p.get("amended_by", [])),
                "excluded_by": p.get("excluded_by", ""),
                "legal_act_title_kk": _recorded_act(act, "kk"),
                "legal_act_title_ru": _recorded_act(act, "ru"),
                "legal_act_number": act.get("number", ""),
                "legal_act_date": act.get("date", ""),
                **{f"legal_act_{unit}": act.get(unit, "") for unit in UNITS},
                "legal_act_provision_kk": _recorded_provision(act, "kk"),
                "legal_act_provision_ru": _recorded_provision(act, "ru"),
                "standards": " ".join(p["grounds"].get("standards", [])),
                "qualification_requirements_ru": requirements.get("title", {}).get("ru", ""),
                "qualification_requirements_kk": requirements.get("title", {}).get("kk", ""),
                # Rules 8(1): the link, or why it does not apply (a voluntary profession)
                **labelled("professions", "health_life_safety_applies", "yes" if applies else "no"),
                **_text("health_life_safety", health),
                "qualification_requirements_reference_ru": reference.get("ru", ""),
                "qualification_requirements_reference_kk": reference.get("kk", ""),
            }
        )
    return rows


# An edition's register (editions.py) is written in today's formats from the data as it was
# recorded, valid under the schemas of its day: before December 2026 an article was words
# ("статья 16") and the reference of qualification requirements one text in one language.
# Such a value is written as it was, in both languages' columns.


def _recorded_text(value: Any) -> dict[str, str]:
    return {"kk": value, "ru": value} if isinstance(value, str) else dict(value)


def _recorded_act(act: Mapping[str, Any], lang: str) -> str:
    """The act as official texts cite it (citations.act), without its provision, which has
    columns of its own; an edition recorded before acts had a kind keeps its title."""
    if "kind" not in act:
        return str(act.get("title", {}).get(lang, ""))
    return sentence(cite({k: v for k, v in act.items() if k not in UNITS}, lang))


def _recorded_provision(act: Mapping[str, Any], lang: str) -> str:
    article = act.get("article")
    if isinstance(article, str) and not article[:1].isdigit():
        return article
    return provision(act, lang)


def standard_rows(model: SiteModel) -> list[Row]:
    return [
        {
            "code": s["code"],
            **_text("title", s["title"]),
            **_body(model, s["body"]),
            "occupations": " ".join(s["occupations"]),
            "levels": " ".join(map(str, sorted(s["levels"]))),
            "approval_order": s["approval"]["order_number"],
            "approval_date": s["approval"]["date"],
            **labelled("standards", "status", s["status"]),
            "repealed_date": s.get("repealed", {}).get("date", ""),
            "functions": len(s["functions"]),
        }
        for s in (model.standards[code] for code in sorted(model.standards))
    ]


def center_rows(model: SiteModel) -> list[Row]:
    rows = []
    for bin_ in sorted(model.centers):
        c = model.centers[bin_]
        certificate = current(c)
        # The latest event of each kind on the current certificate.
        last: dict[str, Any] = {}
        for event in certificate.get("events", []):
            kind, data = record(event)
            last[kind] = data
        revocation, termination = last.get("revocation", {}), last.get("termination", {})
        rows.append(
            {
                "bin": bin_,
                **_text("name", c["name"]),
                "region": c["region"],
                **_text("region_name", model.regions[c["region"]]),
                **_text("address", c["address"]),
                "phone": c["contacts"]["phone"],
                "email": c["contacts"]["email"],
                "website": c["contacts"].get("website", ""),
                "founders_kk": "; ".join(f["name"]["kk"] for f in c["founders"]),
                "founders_ru": "; ".join(f["name"]["ru"] for f in c["founders"]),
                "professions": "; ".join(
                    f"{i['code']}:{','.join(map(str, sorted(i['levels'])))}"
                    for i in c["professions"]
                ),
                "certificate_number": certificate["number"],
                **labelled("centers", "accreditation_route", certificate["route"]),
                "accreditation_decision": certificate["decision"],
                "certificate_issued": certificate["issued"],
                "certificate_expires": certificate["expires"],
                "agreement_date": certificate.get("agreement", {}).get("date", ""),
                **labelled("centers", "status", status(c)),
                **labelled("centers", "state_as_of_build", model.center_state[bin_]),
                **labelled("centers", "revocation_ground", revocation.get("ground", "")),
                "revocation_date": revocation.get("date", ""),
                **labelled(
                    "centers",
                    "not_renewable",
                    "yes" if revocation.get("health_life_safety") else "",
                ),
                **labelled("centers", "termination_ground", termination.get("ground", "")),
                "termination_date": termination.get("date", ""),
                "renewal_date": last.get("renewal", {}).get("date", ""),
                "reissue_date": last.get("reissue", {}).get("date", ""),
                "earlier_certificates": "; ".join(
                    f"{e['number']}:{certificate_status(e)}" for e in c["certificates"][:-1]
                ),
            }
        )
    return rows


REGISTERS: dict[str, Callable[[SiteModel], list[Row]]] = {
    "professions": profession_rows,
    "standards": standard_rows,
    "centers": center_rows,
}


def write_downloads(
    model: SiteModel, folder: Path, registers: tuple[str, ...] = tuple(REGISTERS)
) -> list[Path]:
    """Write the named registers (all by default) into folder."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    entries: dict[str, Callable[[], Sequence[Mapping[str, object]]]] = {
        "professions": model.sorted_professions,
        "standards": lambda: [model.standards[k] for k in sorted(model.standards)],
        "centers": lambda: [model.centers[k] for k in sorted(model.centers)],
    }
    described: dict[str, list[dict[str, Any]]] = {}
    for name in registers:
        rows = REGISTERS[name](model)
        described[name] = [field(name, column) for column in (rows[0] if rows else [])]
        written.append(_write(folder / f"{name}.csv", _csv(rows).encode("utf-8-sig")))
        document = {"as_of": model.as_of.isoformat(), "entries": entries[name]()}
        written.append(_write(folder / f"{name}.json", _json(document)))
        written.append(
            _write(folder / f"{name}.xlsx", _xlsx(name, rows, model.as_of, described[name]))
        )
    package = datapackage(described, model.as_of)
    written.append(_write(folder / "datapackage.json", _json(package)))
    return written


def _json(document: Mapping[str, Any]) -> bytes:
    """Compact JSON in UTF-8, without indentation: people read the files through tools, and the
    indentation was an eighth of their bytes."""
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


def _write(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


def _cell(value: Any) -> Any:
    """A value as a spreadsheet cell holds it, neutralized as OWASP advises: text that begins
    with = + - @, a tab or a carriage return gets a leading apostrophe, so that it is read as
    text and never run. A phone number (+7 7172 55 12 34) is such text: it reads as
    '+7 7172 55 12 34, the number as written, never a sum. Numbers (the register's counts and
    years are integers) stay numbers; no other text changes."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _csv(rows: list[Row]) -> str:
    out = io.StringIO()
    # Every text in quotes (OWASP): a separator inside it (a comma, or the semicolon a
    # spreadsheet set to Russian splits on) cannot start a new cell. Numbers stay unquoted.
    writer = csv.DictWriter(
        out,
        fieldnames=list(rows[0]) if rows else [],
        lineterminator="\n",
        quoting=csv.QUOTE_NONNUMERIC,
    )
    writer.writeheader()
    writer.writerows({key: _cell(value) for key, value in row.items()} for row in rows)
    return out.getvalue()


def _xlsx(name: str, rows: list[Row], as_of: dt.date, described: list[dict[str, Any]]) -> bytes:
    """The rows as a sheet, and their columns as described in the Data Package (its
    Kazakh and Russian titles and descriptions) as a second sheet, "columns"."""
    book = Workbook()
    sheet = book.active
    sheet.title = name
    lines = [list(rows[0]), *(list(row.values()) for row in rows)] if rows else []
    _fill(sheet, lines)
    _fill(
        book.create_sheet("columns"),
        [
            [
                "column",
                *(f"{w}_{lang}" for w in ("title", "description") for lang in SITE_LANGUAGES),
            ],
            *(
                [
                    f["name"],
                    *(f[w][lang] for w in ("titles", "descriptions") for lang in SITE_LANGUAGES),
                ]
                for f in described
            ),
        ],
    )
    stamp = dt.datetime.combine(as_of, dt.time())
    book.properties.created = book.properties.modified = stamp
    raw = io.BytesIO()
    book.save(raw)
    return _stable_zip(raw.getvalue(), stamp)


def _fill(sheet: Any, lines: list[list[Any]]) -> None:
    for number, values in enumerate(lines, start=1):
        for column, value in enumerate(values, start=1):
            cell = _cell(value)
            if isinstance(cell, str):
                cell = _XSTRING_ESCAPE.sub(r"_x005F_\1", cell)
            written = sheet.cell(row=number, column=column, value=cell)
            if isinstance(value, str):  # text is text: openpyxl would make "=…" a formula
                written.data_type = "s"


def _stable_zip(content: bytes, stamp: dt.datetime) -> bytes:
    """The same workbook with every member dated the build date, so equal data gives equal
    bytes."""
    source = zipfile.ZipFile(io.BytesIO(content))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            member = source.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the time of saving
                member = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*",
                    rb"\g<1>" + stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode(),
                    member,
                )
            target.writestr(fixed, member)
    return out.getvalue()
