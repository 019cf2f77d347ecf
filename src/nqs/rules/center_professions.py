"""A center covers professions that are in the register, at their levels (Law 24.1(3)).

Each profession a center lists must be a profession of the register that has not been
excluded, listed once, and its levels must be levels of that profession.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.layout import Kind
from nqs.problem import Problem, Severity
from nqs.register import Register, by_key

ID = "center-professions"
SEVERITY = Severity.ERROR


def check(register: Register) -> Iterator[Problem]:
    professions = by_key(register.professions)
    existing = register.stems[Kind.PROFESSION]
    for doc in register.centers:
        seen: set[str] = set()
        for index, item in enumerate(doc.data["professions"]):
            code = item["code"]
            where = ("professions", index, "code")
            if code in seen:
                yield doc.problem(where, ID, "center-profession-duplicate", code=code)
            seen.add(code)
            profession = professions.get(code)
            if profession is None:
                if code not in existing:
                    yield doc.problem(where, ID, "center-profession-unknown", code=code)
                continue
            if profession.data["status"] == "excluded":
                yield doc.problem(
                    where,
                    ID,
                    "center-profession-excluded",
                    code=code,
                    decision=profession.data["excluded_by"],
                )
            extra = sorted(set(item["levels"]) - set(profession.data["levels"]))
            if extra:
                yield doc.problem(
                    ("professions", index, "levels"),
                    ID,
                    "center-profession-levels",
                    levels=extra,
                    code=code,
                    allowed=sorted(profession.data["levels"]),
                )
