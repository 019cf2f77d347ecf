"""Kazakh and Russian texts differ (warning).

Identical `kk` and `ru` texts usually mean that one language was copied and not translated.
Founders' names are exempt: a person's name is often written alike in both languages.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.problem import Problem, Severity
from nqs.register import Register

ID = "untranslated"
SEVERITY = Severity.WARNING


def check(register: Register) -> Iterator[Problem]:
    for doc, text in register.texts():
        kk, ru = text["kk"].casefold(), text["ru"].casefold()
        if kk.lstrip()[:1] != ru.lstrip()[:1]:  # cheap test first: most texts differ at once
            continue
        if kk.strip() and " ".join(kk.split()) == " ".join(ru.split()):
            path = doc.path_of(text)
            if path[:1] != ("founders",):
                yield doc.problem((*path, "kk"), ID, "untranslated", found=text["kk"])
