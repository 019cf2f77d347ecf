"""A center's region is one of the 20 regions and cities of republican significance.

The ids are the ISO 3166-2:KZ codes listed in `reference/regions.csv`, numeric since the
standard's 2022 update (the first two digits of the KATO code), for example `KZ-71` (Astana)
or `KZ-62` (Ulytau region).
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Stage
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check("region", Severity.ERROR, Stage.REGISTER, __doc__ or "")


def check(register: Register) -> Iterator[Finding]:
    regions = register.reference.regions
    for doc in register.centers:
        if doc.data["region"] not in regions:
            yield finding(
                doc,
                ("region",),
                "region-unknown",
                region=doc.data["region"],
                allowed=sorted(regions),
            )
