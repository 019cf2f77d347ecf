"""Every human text exists in both Kazakh and Russian, and neither is blank (Rules 4).

The schema requires both `kk` and `ru`; this rule also rejects a text made only of spaces.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.problem import Problem, Severity
from nqs.register import Register

ID = "bilingual-text"
SEVERITY = Severity.ERROR


def check(register: Register) -> Iterator[Problem]:
    for doc, text in register.texts():
        for lang in ("kk", "ru"):
            if not text[lang].strip():
                yield doc.problem((*doc.path_of(text), lang), ID, "text-empty", lang=lang)
