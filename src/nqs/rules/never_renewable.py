"""A certificate is renewed only after violations were removed, and never after violations
concerning health, life support or safety (Law 26.5).

Renewal follows "the elimination of violations that served as the basis for the revocation"
(Law 26.5): a revocation at the center's own request (Law 26.2(1)) removes no violation, so
it is never followed by a renewal, and its `health_life_safety` cannot be true. A revocation
with `health_life_safety: true` is never followed by a renewal; such centers and their
founders form the public list of centers not subject to renewal.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Stage
from nqs.entries import Revocation
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check("never-renewable", Severity.ERROR, Stage.REGISTER, __doc__ or "")


def check(register: Register) -> Iterator[Finding]:
    for doc in register.centers:
        for index, certificate in enumerate(doc.data["certificates"]):
            revocation: Revocation | None = None
            for number, event in enumerate(certificate.get("events", [])):
                where = ("certificates", index, "events", number)
                if "revocation" in event:
                    revocation = event["revocation"]
                    if revocation["ground"] == "own-request" and revocation["health_life_safety"]:
                        yield finding(
                            doc, (*where, "revocation", "health_life_safety"), "own-request-health"
                        )
                elif "renewal" in event and revocation is not None:
                    if revocation["health_life_safety"]:
                        yield finding(doc, (*where, "renewal"), "never-renewable", at_key=True)
                    elif revocation["ground"] == "own-request":
                        yield finding(doc, (*where, "renewal"), "renewal-own-request", at_key=True)
