"""No word mixes Latin and Cyrillic letters, in either language.

A Latin `i` typed for the Kazakh `і`, or a Latin `a`, `o`, `c` in a Cyrillic word, looks right
but breaks search, sorting and every comparison; the message names the word, the Latin letter
and the word as it should be written.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.alphabet import LATIN, WORD, fixed, is_mixed
from nqs.problem import Problem, Severity
from nqs.register import Register

ID = "mixed-script"
SEVERITY = Severity.ERROR


def check(register: Register) -> Iterator[Problem]:
    for doc, text in register.texts():
        for lang in ("kk", "ru"):
            if not LATIN.search(text[lang]):  # almost every text: no Latin letter at all
                continue
            for word in WORD.findall(text[lang]):
                if is_mixed(word):
                    letter = LATIN.search(word)
                    assert letter is not None
                    yield doc.problem(
                        (*doc.path_of(text), lang),
                        ID,
                        "mixed-script",
                        word=word,
                        letter=letter.group(),
                        fixed=fixed(word),
                    )
