"""A skill of a profession that rests on the qualification requirements alone is checked by
hand (warning, Law 20.2).

Where no professional standard exists, Law 20.2 lets a skill be recognized on its own if the
qualification requirements establish it. The register holds only the requirements' title
and reference, not their text, so it cannot match the skill: each such skill is reported as
a warning for the authorized body to check against the requirements (Rules 9).
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Stage
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check("skills-requirements", Severity.WARNING, Stage.REGISTER, __doc__ or "")


def check(register: Register) -> Iterator[Finding]:
    for doc in register.professions:
        if "standards" in doc.data["grounds"]:
            continue
        for index, skill in enumerate(doc.data.get("skills", [])):
            yield finding(doc, ("skills", index), "skill-requirements", found=skill["ru"])
