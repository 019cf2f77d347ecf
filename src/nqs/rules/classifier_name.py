"""A profession's name is the classifier's name for its code (warning).

Letter case and spacing are ignored (the classifier writes names in capitals), and so are
Latin look-alike letters in the classifier's own names (it has hundreds, such as a Latin `I`
for `І`: the register writes them right); any other difference is reported, in each
language, so that the register and the classifier agree.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.alphabet import unmix
from nqs.checks import Check, Stage
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check("classifier-name", Severity.WARNING, Stage.REGISTER, __doc__ or "")


def same_name(a: str, b: str) -> bool:
    """Equal but for spacing, letter case and Latin look-alikes inside Cyrillic words."""
    a, b = " ".join(a.split()).casefold(), " ".join(b.split()).casefold()
    return a == b or unmix(a) == unmix(b)


def check(register: Register) -> Iterator[Finding]:
    occupations = register.reference.occupations
    for doc in register.professions:
        reference = occupations.get(doc.data["code"])
        if reference is None:
            continue
        for lang in ("kk", "ru"):
            found = doc.data["name"][lang]
            expected = getattr(reference, lang)
            if not same_name(found, expected):
                yield finding(
                    doc,
                    ("name", lang),
                    "classifier-name",
                    found=found,
                    expected=expected,
                )
