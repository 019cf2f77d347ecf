"""A recognition center is not an educational institution (Law 24.2).

The schema requires `educational_institution: false`; this rule also warns when the center's
name in either language names a kind of educational institution (university, college,
school, lyceum ...), so that a reviewer checks the founding documents.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nqs.checks import Check, Stage
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check("educational-institution", Severity.WARNING, Stage.REGISTER, __doc__ or "")
_WORDS = re.compile(
    r"\b(университет\w*|колледж\w*|лицей\w*|гимнази\w*|школ\w*|училищ\w*|академи\w*|"
    r"мектеп\w*|институт\w*)",
    re.IGNORECASE,
)


def check(register: Register) -> Iterator[Finding]:
    for doc in register.centers:
        for lang in ("kk", "ru"):
            match = _WORDS.search(doc.data["name"][lang])
            if match:
                yield finding(doc, ("name", lang), "educational-name", word=match.group())
