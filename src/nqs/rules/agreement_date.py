"""The post-accreditation agreement follows the accreditation (Law 25.2).

The agreement is concluded once the certificate is issued: it cannot be dated before
`certificate.issued`.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.problem import Problem, Severity
from nqs.register import Register

ID = "agreement-date"
SEVERITY = Severity.ERROR


def check(register: Register) -> Iterator[Problem]:
    for doc in register.centers:
        issued = doc.data["certificate"]["issued"]
        date = doc.data["agreement"]["date"]
        if date < issued:
            yield doc.problem(
                ("agreement", "date"), ID, "agreement-date", found=date, issued=issued
            )
