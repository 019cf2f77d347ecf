"""The public site: the validated register as bilingual pages, downloads and a search index.

build_site() is the one entry point: model (model.py) -> pages (pages.py) and downloads
(downloads.py) -> the engine (engine.py, MkDocs Material) -> the search index (Pagefind).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from nqs.register import Register
from nqs.site.downloads import write_downloads
from nqs.site.engine import build_language
from nqs.site.labels import SITE_LANGUAGES
from nqs.site.model import build_model
from nqs.site.pages import render_pages

DEFAULT_SITE_URL = "https://nqs-kz.github.io/nqs/"
ROOT_PAGE = """<!doctype html>
<html lang="kk"><head><meta charset="utf-8">
<meta http-equiv="refresh" content="0; url=kk/">
<title>Кәсіптер тізілімі · Реестр профессий</title>
<link rel="alternate" hreflang="kk" href="{url}kk/"><link rel="alternate" hreflang="ru" href="{url}ru/">
</head><body><p><a href="kk/" lang="kk">Қазақша</a> · <a href="ru/" lang="ru">Русский</a></p></body></html>
"""


class SiteError(Exception):
    """The site could not be built (the engine or the search indexer failed)."""


def build_site(register: Register, root: Path, out: Path, site_url: str = DEFAULT_SITE_URL) -> None:
    """Write the whole site for a validated register into out (replacing what was there)."""
    model = build_model(register)
    sources = root / "site"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as work:
        for lang in SITE_LANGUAGES:
            pages = list(render_pages(model, sources / "templates", lang))
            build_language(
                lang,
                pages,
                site_dir=out / lang,
                sources=sources,
                site_url=site_url,
                work=Path(work),
            )
    write_downloads(model, out / "downloads")
    (out / "index.html").write_text(ROOT_PAGE.format(url=site_url), encoding="utf-8")
    _index_for_search(out)


def _index_for_search(out: Path) -> None:
    """Pagefind: one chunked index per language (from <html lang>), served from the site."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pagefind",
            "--site",
            str(out),
            "--output-subdir",
            "pagefind",
            "--quiet",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SiteError(done.stderr.strip() or done.stdout.strip())
