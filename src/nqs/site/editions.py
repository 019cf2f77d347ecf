"""The register as of each edition, downloadable: the tree of the commit that recorded a
council decision, validated as it stood, and its register of professions written in the
formats of today's downloads under downloads/editions/<decision>/."""

from __future__ import annotations

import tarfile
import tempfile
from pathlib import Path

from nqs.chronicle import Chronicle
from nqs.history import HistoryError, export
from nqs.reference import ReferenceError_
from nqs.schema import SchemaError
from nqs.site.downloads import write_downloads
from nqs.site.model import build_model
from nqs.validate import validate


def write_editions(root: Path, chronicle: Chronicle, folder: Path) -> dict[str, str]:
    """Write the register of professions of each edition that has a state of its own. An
    old tree is read as it was, with its own schemas and reference data, and an entry that
    was not schema-valid then is left out. An edition whose tree cannot be read (no schemas
    yet, say) is not written: returned with the reason."""
    skipped = {}
    for decision, edition in sorted(chronicle.editions.items()):
        if not edition.snapshot:
            continue
        with tempfile.TemporaryDirectory() as work:
            tree = Path(work)
            try:
                export(root, edition.commit, tree)
                outcome = validate(tree, edition.recorded)
            except (HistoryError, SchemaError, ReferenceError_, OSError, tarfile.TarError) as exc:
                skipped[decision] = str(exc).replace(work, "…")
                continue
            assert outcome.register is not None  # validate() always builds one
            write_downloads(build_model(outcome.register), folder / decision, ("professions",))
    return skipped
