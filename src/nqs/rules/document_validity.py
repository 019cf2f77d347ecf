"""The document on recognition is valid at most ten years (warning: a policy, not the Law).

Law 21.5 leaves the validity of the document on recognition to the register of professions
and sets no limit; it may be written in years (`document_validity_years`), in months
(`document_validity_months`) or both (1 year and 6 months). A period longer than ten years
is not unlawful, but this register's policy is to have it looked at again, since a
qualification recognized for longer outlives most standards.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Stage
from nqs.law import DOCUMENT_VALIDITY_POLICY_MONTHS, document_validity_months
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check("document-validity", Severity.WARNING, Stage.REGISTER, __doc__ or "")


def check(register: Register) -> Iterator[Finding]:
    for doc in register.professions:
        months = document_validity_months(doc.data)
        if months > DOCUMENT_VALIDITY_POLICY_MONTHS:
            field = (
                "document_validity_years"
                if "document_validity_years" in doc.data
                else "document_validity_months"
            )
            yield finding(
                doc,
                (field,),
                "document-validity-long",
                found=months,
                limit=DOCUMENT_VALIDITY_POLICY_MONTHS,
            )
