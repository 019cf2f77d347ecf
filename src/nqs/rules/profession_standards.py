"""The standards a profession rests on exist, are in force and cover it (Rules 8(3)).

Each code in `grounds.standards` must be a professional standard in `standards/` whose
`occupations` include the profession's code; together the standards must cover every
qualification level of the profession. While the profession is in the register, its
standards must be `in-force`; an excluded profession's record is history and may keep citing
a standard repealed since. (Where no standard exists, the profession cites the Labour Code's
qualification requirements instead: the schema requires one of the two.)
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Reads, Stage
from nqs.layout import Kind
from nqs.problem import Finding, Severity, finding
from nqs.register import Register, by_key

CHECK = Check(
    "profession-standards",
    Severity.ERROR,
    Stage.REGISTER,
    __doc__ or "",
    reads=(Reads(Kind.STANDARD, Kind.PROFESSION, ("grounds", "standards", "*")),),
)


def check(register: Register) -> Iterator[Finding]:
    standards = by_key(register.standards)
    existing = register.stems[Kind.STANDARD]
    for doc in register.professions:
        codes = doc.data["grounds"].get("standards", [])
        levels: set[int] = set()
        checked = True
        for index, code in enumerate(codes):
            where = ("grounds", "standards", index)
            standard = standards.get(code)
            if standard is None:
                checked = False
                if code not in existing:
                    yield finding(doc, where, "standard-unknown", code=code)
                continue
            if standard.data["status"] != "in-force" and doc.data["status"] == "included":
                yield finding(doc, where, "standard-repealed", code=code)
            if doc.data["code"] not in standard.data["occupations"]:
                yield finding(
                    doc, where, "standard-not-covering", code=code, occupation=doc.data["code"]
                )
            levels.update(standard.data["levels"])
        missing = sorted(set(doc.data["levels"]) - levels)
        if codes and checked and missing:
            yield finding(doc, ("levels",), "standard-levels", levels=missing, codes=codes)
