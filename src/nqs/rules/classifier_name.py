"""A profession's name is the classifier's name for its code (warning).

Letter case and spacing are ignored (the classifier writes names in capitals), and so are
Latin look-alike letters in the classifier's own names (it has hundreds, such as a Latin `I`
for `І`: the register writes them right); any other difference is reported, in each
language, so that the register and the classifier agree.

A name the classifier gets wrong (a calque, a kk/ru pair that says different things) may be
corrected with a recorded reason: a row of `reference/corrections.csv` (the classifier's
file, the code, the language, the classifier's wording, the corrected name, the reason),
kept by the authorized body, which owns `reference/`. The corrected name is then accepted,
and only while the classifier still has the wording the correction was made to; a proposal
cannot silence the warning from its own entry.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.alphabet import unmix
from nqs.checks import Check, Stage
from nqs.problem import Finding, Severity, finding
from nqs.reference import Correction
from nqs.register import Register

CHECK = Check("classifier-name", Severity.WARNING, Stage.REGISTER, __doc__ or "")


def same_name(a: str, b: str) -> bool:
    """Equal but for spacing, letter case and Latin look-alikes inside Cyrillic words."""
    a, b = " ".join(a.split()).casefold(), " ".join(b.split()).casefold()
    return a == b or unmix(a) == unmix(b)


def corrected(found: str, expected: str, correction: Correction | None) -> bool:
    """The name is the recorded correction of the classifier's present wording."""
    return (
        correction is not None
        and same_name(correction.source, expected)
        and same_name(found, correction.corrected)
    )


def check(register: Register) -> Iterator[Finding]:
    occupations = register.reference.occupations
    for doc in register.professions:
        reference = occupations.get(doc.data["code"])
        if reference is None:
            continue
        for lang in ("kk", "ru"):
            found = doc.data["name"][lang]
            expected = getattr(reference, lang)
            correction = register.reference.name_corrections.get((doc.data["code"], lang))
            if not same_name(found, expected) and not corrected(found, expected, correction):
                yield finding(
                    doc,
                    ("name", lang),
                    "classifier-name",
                    found=found,
                    expected=expected,
                )
