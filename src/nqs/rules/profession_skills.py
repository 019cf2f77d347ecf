"""A skill recognized on its own is one the cited standards provide for (Law 20.2).

Law 20.2 allows a skill to be recognized on its own only where the professional standard
(or, where none exists, the qualification requirements) establishes it. Each item of a
profession's `skills` that cites standards must be a skill of a labour function of one of
them (`functions[].skills`), in each language: the texts are compared with spacing and
letter case ignored, so a skill copied from the standard matches and a reworded one does
not. A profession resting on the qualification requirements alone is `skills-requirements`.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Reads, Stage
from nqs.layout import Kind
from nqs.problem import Finding, Severity, finding
from nqs.register import Register, by_key

CHECK = Check(
    "profession-skills",
    Severity.ERROR,
    Stage.REGISTER,
    __doc__ or "",
    reads=(Reads(Kind.STANDARD, Kind.PROFESSION, ("grounds", "standards", "*")),),
)
LANGUAGES = ("kk", "ru")


def normalized(text: str) -> str:
    return " ".join(text.split()).casefold()


def check(register: Register) -> Iterator[Finding]:
    standards = by_key(register.standards)
    for doc in register.professions:
        codes = doc.data["grounds"].get("standards", [])
        cited = [standards[code] for code in codes if code in standards]
        if not cited or len(cited) < len(codes):
            continue  # profession-standards reports a standard that does not exist
        provided = {
            lang: {
                normalized(skill[lang])
                for standard in cited
                for function in standard.data["functions"]
                for skill in function["skills"]
            }
            for lang in LANGUAGES
        }
        for index, skill in enumerate(doc.data.get("skills", [])):
            for lang in LANGUAGES:
                if normalized(skill[lang]) not in provided[lang]:
                    yield finding(
                        doc,
                        ("skills", index, lang),
                        "skill-not-in-standard",
                        found=skill[lang],
                        codes=codes,
                    )
