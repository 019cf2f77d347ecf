"""A recognition center is not an educational institution (Law 24.2).

The schema requires `educational_institution: false`; this rule also warns when the center's
name in either language names a kind of educational institution (university, college,
school, lyceum ...), so that a reviewer checks the founding documents.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nqs.problem import Problem, Severity
from nqs.register import Register

ID = "educational-institution"
SEVERITY = Severity.WARNING
_WORDS = re.compile(
    r"\b(университет\w*|колледж\w*|лицей\w*|гимнази\w*|школ\w*|училищ\w*|академи\w*|"
    r"мектеп\w*|институт\w*)",
    re.IGNORECASE,
)


def check(register: Register) -> Iterator[Problem]:
    for doc in register.centers:
        for lang in ("kk", "ru"):
            match = _WORDS.search(doc.data["name"][lang])
            if match:
                yield doc.problem(("name", lang), ID, "educational-name", word=match.group())
