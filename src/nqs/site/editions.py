"""The register as of each edition, downloadable: the tree of the commit that recorded a
council decision, validated as it stood, and its register of professions written in the
formats of today's downloads under downloads/editions/<decision>/."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from nqs.chronicle import UNEXPECTED, Chronicle
from nqs.files import read_regular
from nqs.history import export
from nqs.messages import Term
from nqs.reference import FILES, MAX_REFERENCE_BYTES
from nqs.site.downloads import write_downloads
from nqs.site.model import build_model
from nqs.validate import validate


def write_editions(root: Path, chronicle: Chronicle, folder: Path) -> dict[str, Term]:
    """Write the register of professions of each edition that has a state of its own. An
    old tree is read as it was, with its own schemas and reference data, and an entry that
    was not schema-valid then is left out. An edition whose tree cannot be read (no schemas
    yet, say) is not written: returned with the reason."""
    skipped: dict[str, Term] = {}
    for decision, edition in sorted(chronicle.editions.items()):
        if not edition.snapshot:
            continue
        with tempfile.TemporaryDirectory() as work:
            tree = Path(work)
            try:
                export(root, edition.commit, tree)
                # An edition publishes the register of professions: the centers of its day,
                # in whatever form they had then, are not read by today's rules.
                shutil.rmtree(tree / "register" / "centers", ignore_errors=True)
                _complete_reference(root, tree)
                outcome = validate(tree, edition.recorded)
                assert outcome.register is not None  # validate() always builds one
                model = build_model(outcome.register)
                write_downloads(model, folder / decision, ("professions",))
            except Exception:  # an old tree is never trusted: any failure skips it
                skipped[decision] = UNEXPECTED
                shutil.rmtree(folder / decision, ignore_errors=True)
    return skipped


def _complete_reference(root: Path, tree: Path) -> None:
    """Give an old tree today's copy of each reference file its day did not have yet."""
    for path in FILES:
        if not os.path.lexists(tree / path):
            (tree / path).parent.mkdir(parents=True, exist_ok=True)
            (tree / path).write_bytes(read_regular(root, path.as_posix(), MAX_REFERENCE_BYTES))
