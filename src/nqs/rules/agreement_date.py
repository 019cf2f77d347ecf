"""The post-accreditation agreement follows the accreditation (Law 25.2).

The agreement is concluded once the certificate is issued: it cannot be dated before
`certificate.issued`.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Stage
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check("agreement-date", Severity.ERROR, Stage.REGISTER, __doc__ or "")


def check(register: Register) -> Iterator[Finding]:
    for doc in register.centers:
        issued = doc.data["certificate"]["issued"]
        date = doc.data["agreement"]["date"]
        if date < issued:
            yield finding(doc, ("agreement", "date"), "agreement-date", found=date, issued=issued)
