"""A center's region is one of the 20 regions and cities of republican significance.

The ids are the ISO 3166-2 codes listed in `reference/regions.csv`, for example `KZ-AST`
(Astana) or `KZ-ULT` (Ulytau region).
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.problem import Problem, Severity
from nqs.register import Register

ID = "region"
SEVERITY = Severity.ERROR


def check(register: Register) -> Iterator[Problem]:
    regions = register.reference.regions
    for doc in register.centers:
        if doc.data["region"] not in regions:
            yield doc.problem(
                ("region",),
                ID,
                "region-unknown",
                region=doc.data["region"],
                allowed=sorted(regions),
            )
