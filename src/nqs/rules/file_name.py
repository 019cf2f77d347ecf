"""The file name is the entry's code (BIN, decision id), and the folder is its body.

`register/professions/<body>/<code>.yml`, `standards/<body>/<code>.yml`,
`register/centers/<BIN>.yml`, `register/decisions/<id>.yml`: a file whose name differs from
the code written inside, or whose folder differs from its `body`, is an error, so that an
entry is always found where its code says and its owner is plain from its path.
"""

from __future__ import annotations

from collections.abc import Iterator

from nqs.checks import Check, Stage
from nqs.layout import ENTRY_KINDS, Kind, classify
from nqs.problem import Finding, Severity, finding
from nqs.register import Register

CHECK = Check("file-name", Severity.ERROR, Stage.REGISTER, __doc__ or "")


def check(register: Register) -> Iterator[Finding]:
    for kind in ENTRY_KINDS:
        field = kind.key_field
        for doc in register.documents[kind]:
            placement = classify(doc.path)
            assert placement is not None
            code = doc.data[field]
            if placement.stem != code:
                yield finding(doc, (field,), "file-name", expected=code, found=placement.stem)
            body = doc.data.get("body")
            if placement.folder is not None and body != placement.folder:
                top = doc.path.split("/")[0]
                expected = (
                    f"register/professions/{body}/" if kind is Kind.PROFESSION else f"{top}/{body}/"
                )
                yield finding(
                    doc,
                    ("body",),
                    "file-folder",
                    body=body,
                    folder=placement.folder,
                    expected=expected,
                )
