"""The public site: the validated register as bilingual pages, downloads and a search index.

build_site() is the one entry point: it refuses an invalid register and an --out the site may
not replace (site_folder), then builds: model (model.py, with the Git history as told by
chronicle.py) -> pages (pages.py), the editions' feed (feed.py), press releases as files
(press.py), downloads (downloads.py, editions.py) and the JSON API (api.py) -> the engine (engine.py, MkDocs Material) -> the search index (search.py,
Pagefind). Whatever stops a build is a SiteError: a catalog key and its parameters, worded by
the caller in the reader's language. nqs serve updates a built site after an edit: preview.py.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import tempfile
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from markupsafe import escape

from nqs.chronicle import Chronicle, read_chronicle
from nqs.escape import terminal
from nqs.files import walk
from nqs.history import HistoryError
from nqs.layout import DATA_ROOTS
from nqs.lifeline import die_with, end_children, stopped_by_signals
from nqs.messages import Term, render
from nqs.register import Register
from nqs.result import Outcome
from nqs.site import editor
from nqs.site.api import write_api
from nqs.site.downloads import write_downloads
from nqs.site.editions import write_editions
from nqs.site.engine import build_language
from nqs.site.feed import atom_feed
from nqs.site.folder import SITE_MARKER, SiteBusy, refusal, replacing
from nqs.site.labels import LABELS, SITE_LANGUAGES
from nqs.site.model import SiteModel, build_model
from nqs.site.pages import register_rows, render_pages, search_records
from nqs.site.press import write_press_releases
from nqs.site.progress import Progress
from nqs.site.search import SearchIndexError, write_search_index

DEFAULT_SITE_URL = "https://nqs-kz.github.io/nqs/"
ROOT_PAGE = """<!doctype html>
<html lang="kk"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="0; url=kk/">
<title>Кәсіптер тізілімі · Реестр профессий</title>
<link rel="alternate" hreflang="kk" href="{url}kk/"><link rel="alternate" hreflang="ru" href="{url}ru/">
</head><body><p><a href="kk/" lang="kk">Қазақша</a> · <a href="ru/" lang="ru">Русский</a></p></body></html>
"""

# The page a host shows for an address outside both languages: both languages' words, both
# roots (absolute, since it is served at any depth).
ROOT_NOT_FOUND = """<!doctype html>
<html lang="kk"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{kk_title} · {ru_title}</title>
</head><body>
<h1>{kk_title}</h1><p>{kk_lead}</p><p><a href="{url}kk/">{kk_home}</a></p>
<div lang="ru"><h2>{ru_title}</h2><p>{ru_lead}</p><p><a href="{url}ru/">{ru_home}</a></p></div>
</body></html>
"""


def root_not_found(site_url: str) -> str:
    words = {
        f"{lang}_{name}": str(escape(LABELS[key][lang]))
        for lang in SITE_LANGUAGES
        for name, key in (("title", "not-found"), ("lead", "not-found-lead"), ("home", "site-name"))
    }
    return ROOT_NOT_FOUND.format(url=site_url, **words)


class SiteError(Exception):
    """The site cannot be built, in words of the message catalog: key and parameters."""

    def __init__(self, key: str, params: Mapping[str, object]) -> None:
        super().__init__(key, dict(params))
        self.key = key
        self.params = dict(params)

    def said(self, lang: str) -> str:
        """The message in lang, its values escaped and one line (for a terminal, a log)."""
        shown = {k: terminal(v) if isinstance(v, str) else v for k, v in self.params.items()}
        return render(self.key, shown, lang)


class RegisterInvalid(SiteError):
    """The register has errors: no site is built from it. outcome holds them."""

    def __init__(self, outcome: Outcome) -> None:
        super().__init__("build-refused", {})
        self.outcome = outcome


@dataclass(frozen=True, slots=True)
class Built:
    """What a build did beside writing the site."""

    # editions whose register could not be written, with the reason (their pages say so)
    skipped: dict[str, Term]
    # the history the site was built with; None without one (history_error says why, if known)
    story: Chronicle | None
    history_error: HistoryError | None


def site_folder(root: Path, out: Path) -> Path:
    """The folder a site of root is written to (out resolved), or a SiteError: never the
    repository or a folder of it that holds sources, nor a folder that is not empty and was
    not written by a build (SITE_MARKER), and one a site can be written to (_writable); root
    must have the site's sources (site/templates). Cheap: say it before a long validation."""
    _writable(out)
    resolved = out.resolve()
    other = resolved.is_dir() and any(resolved.iterdir()) and not (resolved / SITE_MARKER).is_file()
    if among_sources(root, resolved) or other:
        raise SiteError("build-unsafe-out", {"out": resolved})
    if not (root / "site" / "templates").is_dir():
        raise SiteError("cli-no-site", {"root": root})
    return resolved


def among_sources(root: Path, folder: Path) -> bool:
    """Whether a folder (resolved) is the repository, holds it, or lies in a folder of its
    sources (the data, site/, schemas/, reference/, .git): no output is written there."""
    sources = [root / name for name in (*DATA_ROOTS, "site", "schemas", "reference", ".git")]
    return root.is_relative_to(folder) or any(folder.is_relative_to(f) for f in sources)


def _writable(out: Path) -> None:
    """Refuse an out that is a file, lies under a file, or whose folder takes no new files
    (read-only, /proc): the site is written beside out and moved in place, so a folder and a
    file are made there to find out."""
    try:
        if out.exists() and not out.is_dir():
            raise SiteError("build-out-file", {"out": out})
        folder = out.resolve().parent
        while not folder.exists():
            folder = folder.parent
        if not folder.is_dir():
            raise SiteError("build-out-under-file", {"out": out, "file": folder})
        trial = Path(tempfile.mkdtemp(prefix=".nqs-trial-", dir=folder))
        try:
            (trial / "index.html").write_bytes(b"")
        finally:
            shutil.rmtree(trial, ignore_errors=True)
    except OSError as exc:
        raise SiteError("build-out-unwritable", {"out": out, "reason": refusal(exc)}) from None


def check_sources(root: Path) -> None:
    """Refuse a site/ holding anything but folders and regular files: MkDocs and the asset
    list would follow a link (to /proc/self/environ, say) and publish what it points to."""
    for path, what in walk(root, ["site"]):
        if what is not None:
            raise SiteError("site-file-type", {"path": path, "found": Term(f"file-is-{what}")})


def build_site(
    outcome: Outcome,
    root: Path,
    out: Path,
    site_url: str = DEFAULT_SITE_URL,
    progress: Progress | None = None,
    backend: editor.Backend | None = None,
) -> Built:
    """Write the whole site of the validated register (outcome of validate.validate) into
    out, with its Git history when root has one. An outcome with errors is refused
    (RegisterInvalid), as are an out the site may not replace (site_folder) and sources that
    are not regular files (check_sources). The site is written beside out and replaces it
    only when complete (folder.py): a failed, killed or stopped build leaves the previous
    site in place, and a build into the same out meanwhile raises SiteBusy.

    The two languages are built by two processes at once (MkDocs is single-threaded and
    dominates the time); meanwhile this one writes the downloads, the API and the search index.
    A failed worker is a SiteError naming its language. A stop signal ends the build
    (lifeline.Stopped) after its workers and its unfinished folder. Each stage is told to
    progress as it begins and ends, with its count. The form editor (/admin/) saves to
    backend (editor.Backend: GitHub's nqs-kz/nqs by default).
    """
    out = site_folder(root, out)
    if outcome.errors or outcome.register is None:
        raise RegisterInvalid(outcome)
    check_sources(root)
    try:
        story, history_error = read_chronicle(root), None
    except HistoryError as exc:  # a shallow clone: built without the history, and said so
        story, history_error = None, exc
    try:
        with stopped_by_signals(), replacing(out) as building:
            shown = progress or Progress("en", None)
            where = backend or editor.Backend()
            skipped = _build(outcome.register, root, building, site_url, story, shown, where)
    except SiteBusy:
        raise SiteError("build-busy", {"out": out}) from None
    return Built(skipped, story, history_error)


def _build(
    register: Register,
    root: Path,
    out: Path,
    site_url: str,
    story: Chronicle | None,
    progress: Progress,
    backend: editor.Backend,
) -> dict[str, Term]:
    skipped: dict[str, Term] = {}
    progress.start("editions")
    if story is not None:
        skipped = write_editions(root, story, out / "downloads" / "editions")
    editions = story.editions.values() if story is not None else ()
    progress.done("editions", sum(1 for e in editions if e.snapshot) - len(skipped))
    model = build_model(register, story, site_url, set(skipped))
    sources = root.resolve() / "site"
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        len(SITE_LANGUAGES), mp_context=context, initializer=die_with, initargs=(os.getpid(),)
    ) as pool:
        try:
            for lang in SITE_LANGUAGES:
                progress.start("pages", lang)
            with progress.still():  # the workers are forked here
                builds = [
                    pool.submit(_build_language, model, sources, lang, out / lang, site_url)
                    for lang in SITE_LANGUAGES
                ]
            editor.write_editor(root, register, out / editor.FOLDER, backend)
            (out / "index.html").write_text(ROOT_PAGE.format(url=site_url), encoding="utf-8")
            (out / "404.html").write_text(root_not_found(site_url), encoding="utf-8")
            write_data(model, sources / "templates", out, progress)
            for lang, done in zip(SITE_LANGUAGES, builds, strict=True):
                try:
                    progress.done("pages", done.result(), lang)
                except Exception as exc:  # raised in the worker: its MkDocs, templates, disk
                    params = {"lang": lang, "error": type(exc).__name__, "detail": str(exc)}
                    raise SiteError("build-language-failed", params) from exc
        except BaseException:
            end_children()  # else the pool would wait for them before out can be cleared
            raise
    return skipped


def write_data(model: SiteModel, templates: Path, out: Path, progress: Progress) -> None:
    """The files beside the pages, each made from the whole register: the downloads, the API,
    the press releases and the search index."""
    progress.start("downloads")
    documents = len(write_downloads(model, out / "downloads"))
    documents += write_api(model, out / "api" / "v1")
    progress.done("downloads", documents)
    write_press_releases(model, templates, out)
    records = [
        record for lang in SITE_LANGUAGES for record in search_records(model, templates, lang)
    ]
    progress.start("search")
    try:
        write_search_index(records, out)
    except SearchIndexError as exc:
        raise SiteError("build-failed", {"detail": str(exc)}) from exc
    progress.done("search", len(records))


def _build_language(
    model: SiteModel, sources: Path, lang: str, site_dir: Path, site_url: str
) -> int:
    """Build the site of one language (in a worker); returns how many pages it has."""
    pages = list(render_pages(model, sources / "templates", lang))
    # In the folder being built, which the next build clears if this one is killed.
    with tempfile.TemporaryDirectory(dir=site_dir.parent) as work:
        build_language(
            lang, pages, site_dir=site_dir, sources=sources, site_url=site_url, work=Path(work)
        )
    write_language_data(model, lang, site_dir)
    return len(pages)


def write_language_data(model: SiteModel, lang: str, site_dir: Path) -> None:
    """The files of a language beside its pages: the register's rows for the filters of its
    page, and the editions' feed."""
    rows = json.dumps(register_rows(model, lang), ensure_ascii=False, separators=(",", ":"))
    (site_dir / "professions" / "rows.json").write_text(rows, encoding="utf-8")
    (site_dir / "feed.xml").write_bytes(atom_feed(model, lang))
