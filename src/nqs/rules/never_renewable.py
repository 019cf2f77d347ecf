"""A certificate revoked for violations concerning health, life support or safety is never
renewed (Law 26.5).

When `revocation.health_life_safety` is true, the status cannot be `renewed` and no `renewal`
may be recorded; such centers and their founders form the public list of centers not subject
to renewal.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Stage
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check("never-renewable", Severity.ERROR, Stage.REGISTER, __doc__ or "")


def check(register: Register) -> Iterator[Finding]:
    for doc in register.centers:
        revocation = doc.data.get("revocation")
        if revocation is None or not revocation["health_life_safety"]:
            continue
        if doc.data["status"] == "renewed" or "renewal" in doc.data:
            where = ("renewal",) if "renewal" in doc.data else ("status",)
            yield finding(doc, where, "never-renewable", at_key=where == ("renewal",))
