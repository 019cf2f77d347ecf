"""A center's founder is not an educational organization (Law 24.2).

A recognition center may not be set up at an educational institution (Law 24.2); a center
founded by one is set up at it just as much. A founder is an educational organization when
its record says so (`educational_institution: true`), or when its BIN is declared one by the
record of the same founder in another center of the list (the register's own knowledge of
that BIN). A founder's BIN that is itself a recognition center of the list is known not to
be one (a center is never an educational institution, schema), and the two records cannot
disagree: such a founder declared educational is reported too. The register holds no list of
educational institutions; where a founder's BIN is unknown, the declared flag decides.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Reads, Stage
from nqs.layout import Kind
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check(
    "educational-founder",
    Severity.ERROR,
    Stage.REGISTER,
    __doc__ or "",
    reads=(Reads(Kind.CENTER, Kind.CENTER, ("founders", "*", "bin")),),
)


def check(register: Register) -> Iterator[Finding]:
    declared: dict[str, str] = {}  # an educational founder's BIN: the file that says so
    for doc in register.centers:
        for founder in doc.data["founders"]:
            if founder.get("educational_institution") and "bin" in founder:
                declared.setdefault(founder["bin"], doc.path)
    centers = register.stems[Kind.CENTER]  # every center file, read or known by name
    for doc in register.centers:
        for index, founder in enumerate(doc.data["founders"]):
            bin_ = founder.get("bin")
            where = ("founders", index)
            if founder.get("educational_institution"):
                if bin_ in centers:
                    yield finding(doc, (*where, "bin"), "founder-is-center", bin=bin_)
                else:
                    yield finding(doc, (*where, "educational_institution"), "founder-educational")
            elif bin_ is not None and bin_ in declared:
                yield finding(
                    doc,
                    (*where, "bin"),
                    "founder-educational-elsewhere",
                    bin=bin_,
                    other=declared[bin_],
                )
