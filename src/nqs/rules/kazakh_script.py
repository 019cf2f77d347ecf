"""Kazakh text is written in Kazakh Cyrillic.

A `kk` text without a single Cyrillic letter (for example typed in the Latin alphabet, or
left in another language) is an error. Latin words such as names of software inside a
Cyrillic text are allowed; a word mixing the two scripts is the rule `mixed-script`.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.alphabet import CYRILLIC, WORD, is_blank
from nqs.problem import Problem, Severity
from nqs.register import Register

ID = "kazakh-script"
SEVERITY = Severity.ERROR


def check(register: Register) -> Iterator[Problem]:
    for doc, text in register.texts():
        kk = text["kk"]
        if not CYRILLIC.search(kk) and WORD.search(kk) and not is_blank(kk):
            yield doc.problem((*doc.path_of(text), "kk"), ID, "kazakh-not-cyrillic", found=kk)
