"""Every human text exists in both Kazakh and Russian, and neither is blank (Rules 4).

The schema requires both `kk` and `ru`; this rule also rejects a text made only of spaces
and characters that show nothing (zero-width and format characters, Hangul fillers, the
Braille blank ...).
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.alphabet import is_blank
from nqs.problem import Problem, Severity
from nqs.register import Register

ID = "bilingual-text"
SEVERITY = Severity.ERROR


def check(register: Register) -> Iterator[Problem]:
    for doc, text in register.texts():
        for lang in ("kk", "ru"):
            if is_blank(text[lang]):
                yield doc.problem((*doc.path_of(text), lang), ID, "text-empty", lang=lang)
