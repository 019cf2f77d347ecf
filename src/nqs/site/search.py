"""The search index: Pagefind, fed the generated pages' own HTML rather than the built site.

Pagefind splits the index per language (a Kazakh page finds Kazakh results, a Russian page
Russian ones, with Russian stemming) and into chunks, so a phone downloads only what a query
needs. Each generated page is written once more as a bare document (its body, its title, its
language) at its address, and the Pagefind command indexes that folder: parsing these small
files instead of the built pages with the whole theme around them keeps indexing fast at
national size. (Pagefind's Python API was measured at about 0.1 s per page here.)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from markupsafe import escape

from nqs.lifeline import tied
from nqs.site.pages import Page


class SearchIndexError(Exception):
    """Pagefind could not index the pages or write the index."""


def write_search_index(pages: Sequence[Page], out: Path) -> None:
    """Index the pages into out/pagefind. The bare documents are written in out too (and
    removed), where the next build clears them if this one is killed; Pagefind dies with
    this process."""
    with tempfile.TemporaryDirectory(dir=out) as work:
        for page in pages:
            path = Path(work, page.lang, page.uri, "index.html")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(_document(page), encoding="utf-8")
        done = subprocess.run(
            tied(
                [
                    sys.executable,
                    "-m",
                    "pagefind",
                    "--site",
                    work,
                    "--output-path",
                    str(out / "pagefind"),
                    "--quiet",
                ]
            ),
            capture_output=True,
            text=True,
            check=False,
        )
    if done.returncode != 0:
        raise SearchIndexError(done.stderr.strip() or done.stdout.strip())


def _document(page: Page) -> str:
    return (
        f'<!doctype html><html lang="{page.lang}"><head><meta charset="utf-8">'
        f"<title>{escape(page.title)}</title></head>"
        f"<body><main data-pagefind-body>{page.body}</main></body></html>"
    )
