"""Kazakh text does not look Russian (warning).

A `kk` text without a single letter of the Kazakh alphabet that Russian lacks (ә, ғ, қ, ң, ө,
ұ, ү, һ, і) and with two or more words ending the way Russian adjectives and nouns do (-ый,
-ая, -ого, -ение, -ция ...) is almost always Russian text pasted into the Kazakh field.
(Measured on the 13,912 translated rows of the skills reference: no Kazakh text is taken
for Russian; about half of the Russian texts are caught.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nqs.checks import Check, Stage
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check("kazakh-letters", Severity.WARNING, Stage.REGISTER, __doc__ or "")
KAZAKH_LETTERS = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
RUSSIAN_ENDING = re.compile(
    r"\b[а-яё]+(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ых|их|ыми|ими|ция|ции|ение|ения|ости"
    r"|ание|ания)\b",
    re.IGNORECASE,
)


def looks_russian(text: str) -> bool:
    return not KAZAKH_LETTERS.search(text) and len(RUSSIAN_ENDING.findall(text)) >= 2


def check(register: Register) -> Iterator[Finding]:
    for doc, where, text in register.texts():
        if looks_russian(text["kk"]):
            yield finding(doc, (*where, "kk"), "kazakh-looks-russian", found=text["kk"])
