"""No Cyrillic word is written with Latin or Greek letters, in either language.

A Latin `i` typed for the Kazakh `і`, or a Latin `a`, `o`, `c` (or a Greek `ο`, `α`) in a
Cyrillic word, looks right but breaks search, sorting and every comparison; the message names
the word, the foreign letter and the word as it should be written. So does a whole word
typed in look-alike Latin letters among Cyrillic ones: `TOO «Сапа»` for `ТОО «Сапа»`, `AO`
for `АО`, `PK` for `РК`. Latin words of their own stay legal: names (Microsoft, IT), a
single letter (vitamin C, category B), Roman numerals, acronyms of four or more capitals, a
word at the end of a text or among Latin words.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.alphabet import FOREIGN, LATIN, TOKEN, WORD, fixed, is_disguised, is_mixed
from nqs.checks import Check, Stage
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check("mixed-script", Severity.ERROR, Stage.REGISTER, __doc__ or "")


def check(register: Register) -> Iterator[Finding]:
    for doc, where, text in register.texts():
        for lang in ("kk", "ru"):
            value = text[lang]
            if not FOREIGN.search(value):  # almost every text: no Latin letter at all
                continue
            for word in WORD.findall(value):
                if is_mixed(word):
                    letter = FOREIGN.search(word)
                    assert letter is not None
                    key = "mixed-script" if LATIN.match(letter.group()) else "mixed-script-greek"
                    yield finding(
                        doc,
                        (*where, lang),
                        key,
                        word=word,
                        letter=letter.group(),
                        fixed=fixed(word),
                    )
            words = TOKEN.findall(value)
            for index, word in enumerate(words):
                if is_disguised(words, index):
                    yield finding(
                        doc,
                        (*where, lang),
                        "lookalike-word",
                        word=word,
                        fixed=fixed(word),
                    )
