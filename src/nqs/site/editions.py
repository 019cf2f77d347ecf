"""The register as of each edition, downloadable: the tree of the commit that recorded a
council decision, validated as it stood and written as the same files as today's downloads,
under downloads/editions/<decision>/."""

from __future__ import annotations

import tempfile
from pathlib import Path

from nqs.chronicle import Chronicle
from nqs.history import export
from nqs.site.downloads import write_downloads
from nqs.site.model import build_model
from nqs.validate import validate


def write_editions(root: Path, chronicle: Chronicle, folder: Path) -> list[str]:
    """Write each edition that has a state of its own; return their decision ids. An old
    tree is read as it was (its own schemas and reference data); an entry that was invalid
    then is left out, as the site of that day would have refused it."""
    written = []
    for decision, edition in sorted(chronicle.editions.items()):
        if not edition.snapshot:
            continue
        with tempfile.TemporaryDirectory() as work:
            tree = Path(work)
            export(root, edition.commit, tree)
            outcome = validate(tree, edition.recorded)
            if outcome.register is None:
                continue
            write_downloads(build_model(outcome.register), folder / decision)
        written.append(decision)
    return written
