"""A profession's occupation is within the Law's scope (warning, Law 2.3).

The Law does not apply to civil servants (including law enforcement service, special state
bodies and military personnel), to the staff of the National Bank and of the financial-market
regulator, to judges, and to deputies of Parliament and of maslikhats (Law 2.3). The
classifier groups these occupations belong to, each with its reason, are listed in
`reference/law-scope.csv`; a profession whose code falls in one of them is reported. It is a
warning: a group's name says whose positions it holds, not that every occupation in it is
one (a classifier's occupation may also exist outside the civil service), so the sectoral
body confirms.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Stage
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check("law-scope", Severity.WARNING, Stage.REGISTER, __doc__ or "")


def groups(code: str) -> list[str]:
    """The classifier groups an occupation code NNNN-N-NNN belongs to, widest first: the
    major group N, sub-major NN, minor NNN, unit group NNNN and occupation group NNNN-N."""
    return [code[:1], code[:2], code[:3], code[:4], code[:6]]


def check(register: Register) -> Iterator[Finding]:
    excluded = register.reference.out_of_scope
    for doc in register.professions:
        code = doc.data["code"]
        for group in groups(code):
            if group in excluded:
                yield finding(
                    doc, ("code",), "law-scope", code=code, group=group, item=excluded[group]
                )
                break
