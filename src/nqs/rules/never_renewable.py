"""A certificate revoked for violations concerning health, life support or safety is never
renewed (Law 26.5).

When `revocation.health_life_safety` is true, the status cannot be `renewed` and no `renewal`
may be recorded; such centers and their founders form the public list of centers not subject
to renewal.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.problem import Problem, Severity
from nqs.register import Register

ID = "never-renewable"
SEVERITY = Severity.ERROR


def check(register: Register) -> Iterator[Problem]:
    for doc in register.centers:
        revocation = doc.data.get("revocation")
        if revocation is None or not revocation["health_life_safety"]:
            continue
        if doc.data["status"] == "renewed" or "renewal" in doc.data:
            where = ("renewal",) if "renewal" in doc.data else ("status",)
            yield doc.problem(where, ID, "never-renewable", at_key=where == ("renewal",))
