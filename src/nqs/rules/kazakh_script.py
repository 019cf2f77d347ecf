"""Kazakh text is written in Kazakh Cyrillic.

A `kk` text without a single Cyrillic letter (for example typed in the Latin alphabet, or
left in another language) is an error. Latin words such as names of software inside a
Cyrillic text are allowed; a word mixing the two scripts is the rule `mixed-script`.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.alphabet import CYRILLIC, WORD, is_blank
from nqs.checks import Check, Stage
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check("kazakh-script", Severity.ERROR, Stage.REGISTER, __doc__ or "")


def check(register: Register) -> Iterator[Finding]:
    for doc, where, text in register.texts():
        kk = text["kk"]
        if not CYRILLIC.search(kk) and WORD.search(kk) and not is_blank(kk):
            yield finding(doc, (*where, "kk"), "kazakh-not-cyrillic", found=kk)
