"""Every human text exists in both Kazakh and Russian, and neither is blank (Rules 4).

The schema requires both `kk` and `ru`; this rule also rejects a text made only of spaces
and characters that show nothing (zero-width and format characters, Hangul fillers, the
Braille blank ...).
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.alphabet import is_blank
from nqs.checks import Check, Stage
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check("bilingual-text", Severity.ERROR, Stage.REGISTER, __doc__ or "")


def check(register: Register) -> Iterator[Finding]:
    for doc, where, text in register.texts():
        for lang in ("kk", "ru"):
            if is_blank(text[lang]):
                yield finding(doc, (*where, lang), "text-empty", lang=lang)
