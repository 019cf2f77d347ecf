"""Kazakh and Russian texts differ (warning).

Identical `kk` and `ru` texts usually mean that one language was copied and not translated.
Founders' names are exempt: a person's name is often written alike in both languages.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Stage
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check("untranslated", Severity.WARNING, Stage.REGISTER, __doc__ or "")


def check(register: Register) -> Iterator[Finding]:
    for doc, where, text in register.texts():
        kk, ru = text["kk"].casefold(), text["ru"].casefold()
        if kk.lstrip()[:1] != ru.lstrip()[:1]:  # cheap test first: most texts differ at once
            continue
        same = kk.strip() and " ".join(kk.split()) == " ".join(ru.split())
        if same and where[:1] != ("founders",):
            yield finding(doc, (*where, "kk"), "untranslated", found=text["kk"])
