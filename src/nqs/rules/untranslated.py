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
    for doc, path, text in register.texts():
        if path[:1] == ("founders",):
            continue
        kk = " ".join(text["kk"].split()).casefold()
        if kk and kk == " ".join(text["ru"].split()).casefold():
            yield doc.problem((*path, "kk"), ID, "untranslated", found=text["kk"])
