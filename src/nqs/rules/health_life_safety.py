"""A mandatory profession states its link to health, life support and safety (Rules 8(1)).

Rules 8 says the sectoral body *considers* (учитывают) the three grounds; for a voluntary
profession whose work does not concern the health, life support and safety of the
population, `grounds.health_life_safety` may say so with the reason, in both languages:

    health_life_safety:
      not_applicable:
        kk: ...
        ru: ...

A profession on the mandatory basis rests on a law that makes the qualification a condition
of the activity (Rules 8-1; Law 15.5): its link to health, life support and safety is
stated, never "not applicable".
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Stage
from nqs.law import health_life_safety
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check("health-life-safety", Severity.ERROR, Stage.REGISTER, __doc__ or "")


def check(register: Register) -> Iterator[Finding]:
    for doc in register.professions:
        applies, _ = health_life_safety(doc.data)
        if doc.data["basis"] == "mandatory" and not applies:
            yield finding(
                doc,
                ("grounds", "health_life_safety", "not_applicable"),
                "health-life-safety-required",
                at_key=True,
            )
