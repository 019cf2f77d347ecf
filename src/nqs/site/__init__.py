"""The public site: the validated register as bilingual pages, downloads and a search index.

build_site() is the one entry point: model (model.py, with the Git history as told by
chronicle.py) -> pages (pages.py), the editions' feed (feed.py) and downloads (downloads.py,
editions.py) -> the engine (engine.py, MkDocs Material) -> the search index (search.py,
Pagefind).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from nqs.chronicle import Chronicle
from nqs.files import walk
from nqs.lifeline import die_with, end_children, stopped_by_signals
from nqs.register import Register
from nqs.site.downloads import write_downloads
from nqs.site.editions import write_editions
from nqs.site.engine import build_language
from nqs.site.feed import atom_feed
from nqs.site.folder import replacing
from nqs.site.labels import SITE_LANGUAGES
from nqs.site.model import SiteModel, build_model
from nqs.site.pages import register_rows, render_pages, search_records
from nqs.site.search import SearchIndexError, write_search_index

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


class SiteSourceError(SiteError):
    """A file among the site's sources is not a regular file (a link, a named pipe, ...):
    named, never copied into the site nor read."""

    def __init__(self, path: str, what: str) -> None:
        super().__init__(f"{path}: {what}")
        self.path = path
        self.what = what


def check_sources(root: Path) -> None:
    """Refuse a site/ holding anything but folders and regular files: MkDocs and the asset
    list would follow a link (to /proc/self/environ, say) and publish what it points to."""
    for path, what in walk(root, ["site"]):
        if what is not None:
            raise SiteSourceError(path, what)


def build_site(
    register: Register,
    root: Path,
    out: Path,
    site_url: str = DEFAULT_SITE_URL,
    story: Chronicle | None = None,
) -> dict[str, str]:
    """Write the whole site for a validated register into out, with its history when the
    story (chronicle.read_chronicle) is given. The site is written beside out and replaces
    it only when complete (folder.py): a failed, killed or stopped build leaves the previous
    site in place, and a build into the same out meanwhile raises SiteBusy. Returns the
    editions whose register could not be written, with the reason (their pages say so).

    The two languages are built by two processes at once (MkDocs is single-threaded and
    dominates the time); meanwhile this one writes the downloads and the search index.
    A stop signal ends the build (lifeline.Stopped) after its workers and its unfinished
    folder.
    """
    check_sources(root)
    with stopped_by_signals(), replacing(out) as building:
        skipped = _build(register, root, building, site_url, story)
    return skipped


def _build(
    register: Register, root: Path, out: Path, site_url: str, story: Chronicle | None
) -> dict[str, str]:
    skipped = {}
    if story is not None:
        skipped = write_editions(root, story, out / "downloads" / "editions")
    model = build_model(register, story, site_url, set(skipped))
    sources = root.resolve() / "site"
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        len(SITE_LANGUAGES), mp_context=context, initializer=die_with, initargs=(os.getpid(),)
    ) as pool:
        try:
            builds = [
                pool.submit(_build_language, model, sources, lang, out / lang, site_url)
                for lang in SITE_LANGUAGES
            ]
            write_downloads(model, out / "downloads")
            (out / "index.html").write_text(ROOT_PAGE.format(url=site_url), encoding="utf-8")
            records = [
                record
                for lang in SITE_LANGUAGES
                for record in search_records(model, sources / "templates", lang)
            ]
            try:
                write_search_index(records, out)
            except SearchIndexError as exc:
                raise SiteError(str(exc)) from exc
            for done in builds:
                done.result()
        except BaseException:
            end_children()  # else the pool would wait for them before out can be cleared
            raise
    return skipped


def _build_language(
    model: SiteModel, sources: Path, lang: str, site_dir: Path, site_url: str
) -> None:
    pages = list(render_pages(model, sources / "templates", lang))
    # In the folder being built, which the next build clears if this one is killed.
    with tempfile.TemporaryDirectory(dir=site_dir.parent) as work:
        build_language(
            lang, pages, site_dir=site_dir, sources=sources, site_url=site_url, work=Path(work)
        )
    rows = json.dumps(register_rows(model, lang), ensure_ascii=False, separators=(",", ":"))
    (site_dir / "professions" / "rows.json").write_text(rows, encoding="utf-8")
    (site_dir / "feed.xml").write_bytes(atom_feed(model, lang))
