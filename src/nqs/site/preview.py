"""nqs serve's update after an edit: the pages an edited entry reaches at once, the files made
from the whole register (downloads, API, press releases, search index) after, in the background.

An edit of entries' files (professions, standards, centers) is checked as `nqs validate --base`
checks a change: the edited files and the files their rules read (validate with whole=False);
its problems are the caller's to show. With errors nothing is written, the previous pages stay
served and the files are checked again with the next edit. Without, the new documents take the
place of the old ones in the register of the last build, and these pages are rendered again in
both languages:

- the edited entries' pages;
- the pages of the entries they name and of the entries that name them, before and after the
  edit, by the relations the scoped check reads files by (context.relations): the standards a
  profession is grounded on and the council decisions it names (a decision's page only when
  what it shows of the profession changed: on_decision_pages), the centers that recognize it;
  the professions of a center or of a standard;
- the pages other than entries' that show entries of the edited kind (LISTS): their list,
  and for a profession home, the council decisions' list and statistics; for professions,
  each language's rows.json (the register page's filters) and feed.

Each language's pages are written by a process of its own, forked with the engine's writer
warm (warm compiles the templates and fills the caches of words and numbers once, before the
first edit). The check keeps the data files' bytes between edits (context.Contents).

Stale until the background step ends (at national size a minute or more on a loaded machine;
the terminal says when): the downloads, the API, the press releases and the search index. A new
edit meanwhile ends that step and starts another.

Anything else takes a full build (plan says None): a file added, deleted or renamed (the site's
addresses change), the bodies, a council decision (its date and number are shown on the pages
of every profession it names and in the history tables), site/, schemas/, reference/.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from nqs.chronicle import Chronicle
from nqs.context import Contents, relations
from nqs.escape import refused
from nqs.law import naming
from nqs.layout import DATA_ROOTS, ENTRY_KINDS, IGNORED_NAMES, Kind
from nqs.lifeline import die_with
from nqs.loader import Document
from nqs.messages import render
from nqs.register import Register, key
from nqs.result import Outcome
from nqs.site import SiteError, write_data, write_language_data
from nqs.site.engine import PageWriter
from nqs.site.folder import SiteBusy, updating
from nqs.site.labels import SITE_LANGUAGES
from nqs.site.model import SiteModel, build_model
from nqs.site.pages import entry_uri, environment, render_pages
from nqs.site.progress import Progress
from nqs.validate import validate

# The kinds whose files an update takes (the others reach too many pages, see above), with the
# pages other than entries' that show entries of the kind (their counts, rows, charts).
LISTS = {
    Kind.PROFESSION: ("", "professions/", "decisions/", "statistics/"),
    Kind.STANDARD: ("standards/",),
    Kind.CENTER: ("centers/", "centers/not-renewable/", "statistics/"),
}
# Replaced whole by the background step: Pagefind names its files by their content.
WHOLE = ("pagefind",)


@dataclass(frozen=True, slots=True)
class Updated:
    outcome: Outcome  # the check of the edited files
    pages: int  # pages written in both languages (0: refused, the outcome has errors)


class Preview:
    """A built site and the register it was built from, updated edit by edit."""

    def __init__(
        self,
        root: Path,
        out: Path,
        site_url: str,
        register: Register,
        story: Chronicle | None,
        skipped: Collection[str],
        lang: str,
    ) -> None:
        self.root, self.out, self.site_url, self.lang = root, out, site_url, lang
        self.register, self.story, self.skipped = register, story, set(skipped)
        self._broken: set[str] = set()  # edited files whose last check found errors
        self._later: multiprocessing.process.BaseProcess | None = None
        self._writers: dict[str, PageWriter] = {}
        self._contents = Contents(root)  # the data files' bytes, for each check's search

    def warm(self) -> None:
        """Make the engine's writers, compile the templates (the pages', and the theme's by
        writing the lists again as they are, with each language's rows and feed), fill the
        caches of words and numbers those use, and read the data files for the search of
        related files (Contents): the first edit is then as quick as the next, and each
        update's children start with all of it (what a child fills is lost with it)."""
        model = build_model(self.register, self.story, self.site_url, self.skipped)
        templates = self.root / "site" / "templates"
        for name in environment(templates).list_templates():  # the updates' children inherit
            environment(templates).get_template(name)
        lists = {uri for uris in LISTS.values() for uri in uris}
        with updating(self.out) as partial:
            for lang in SITE_LANGUAGES:
                pages = render_pages(model, templates, lang, lists)
                self._writer(lang, partial).write(list(pages))
                write_language_data(model, lang, partial / lang)
        for path in self._documents():
            self._contents(path)

    def plan(self, paths: Iterable[Path]) -> list[str] | None:
        """The data files (repository-relative) that changed among paths, under root, for
        update; [] when none did (an editor's trial file that came and went); None when only
        a full build can show the change."""
        documents = self._documents()
        changed = set(self._broken)
        for path in paths:
            try:
                relpath = path.relative_to(self.root).as_posix()
            except ValueError:
                return None
            if relpath.split("/")[0] not in DATA_ROOTS:
                return None
            if relpath.rsplit("/", 1)[-1] in IGNORED_NAMES:
                continue
            exists = os.path.lexists(path)
            doc = documents.get(relpath)
            if doc is None and not exists:
                # A folder moved away or deleted whole is one event, none for its files.
                if any(known.startswith(relpath + "/") for known in documents):
                    return None
                continue
            if doc is None or not exists or doc.kind not in LISTS:
                return None
            changed.add(relpath)
        return sorted(changed)

    def update(self, changed: list[str]) -> Updated | None:
        """Check the changed files (from plan) and, without errors, write the pages they reach
        (see the module); None, writing nothing, when one of them is no longer a file (deleted
        since plan, or a folder in its place): only a full build shows that."""
        self.settle()
        reference = self.register.reference
        self._contents.forget(changed)
        outcome = validate(
            self.root, self.register.as_of, changed, False, reference, self._contents
        )
        checked = outcome.register
        if outcome.errors or checked is None:
            self._broken = set(changed)
            return Updated(outcome, 0)
        loaded = (doc for docs in checked.documents.values() for doc in docs)
        fresh = {doc.path: doc for doc in loaded if doc.path in changed}
        if len(fresh) < len(changed):
            return None
        # Its key is its file's name (rule file-name): the edit keeps each page's address.
        before = [self._documents()[path] for path in changed]
        after = [fresh[path] for path in changed]
        self._broken = set()
        self.register = _replaced(self.register, fresh)
        model = build_model(self.register, self.story, self.site_url, self.skipped)
        kinds = {doc.kind for doc in after}
        shown = reached(self.register, before, after)
        if [on_decision_pages(doc) for doc in before] == [on_decision_pages(doc) for doc in after]:
            shown = {uri for uri in shown if not uri.startswith(f"{Kind.DECISION.section}/")}
        shown.update(uri for kind in kinds for uri in LISTS[kind])
        rows = Kind.PROFESSION in kinds  # the register page's rows, the feed's counts
        try:
            with updating(self.out) as partial:
                written = self._write_languages(model, shown, partial, rows)
        except SiteBusy:
            raise SiteError("build-busy", {"out": self.out}) from None
        context = multiprocessing.get_context("fork")
        self._later = context.Process(
            target=_write_data_later,
            args=(model, self.root / "site" / "templates", self.out, self.lang, os.getpid()),
            daemon=True,
        )
        self._later.start()
        return Updated(outcome, written)

    def _write_languages(self, model: SiteModel, shown: set[str], partial: Path, rows: bool) -> int:
        """Write each language's pages by a process of its own, forked from this one with its
        writer warm (as a full build writes each language by a process); how many pages."""
        context = multiprocessing.get_context("fork")
        children = []
        for lang in SITE_LANGUAGES:
            self._writer(lang, partial)  # made here: each child inherits it
            answer, told = context.Pipe(duplex=False)
            child = context.Process(
                target=self._write_language,
                args=(model, lang, shown, partial, rows, told, os.getpid()),
                daemon=True,
            )
            child.start()
            told.close()
            children.append((lang, child, answer))
        written = 0
        for lang, child, answer in children:
            try:
                said = answer.recv()
            except EOFError:  # ended without a word: killed
                said = ("Killed", "")
            child.join()
            if not isinstance(said, int):
                params = {"lang": lang, "error": said[0], "detail": said[1]}
                raise SiteError("build-language-failed", params)
            written += said
        return written

    def _write_language(
        self,
        model: SiteModel,
        lang: str,
        shown: set[str],
        partial: Path,
        rows: bool,
        told: Connection,
        parent: int,
    ) -> None:
        """One language's pages (in a forked child): how many, or the error (its name, its
        words) to the parent."""
        die_with(parent)
        try:
            pages = list(render_pages(model, self.root / "site" / "templates", lang, shown))
            self._writer(lang, partial).write(pages)
            if rows:
                write_language_data(model, lang, partial / lang)
            told.send(len(pages))
        except Exception as exc:  # its templates, its disk: said by the parent
            told.send((type(exc).__name__, str(exc)))

    def settle(self) -> None:
        """End the background step of the last update, if it runs: its work is thrown away
        (a full build or the next update writes it again)."""
        if self._later is not None:
            self._later.kill()
            self._later.join()
            self._later = None

    def _writer(self, lang: str, partial: Path) -> PageWriter:
        """The engine's writer of lang's pages into partial (the same folder each update),
        made on the first update: its theme's templates are then compiled once."""
        if lang not in self._writers:
            sources, url = self.root / "site", self.site_url
            self._writers[lang] = PageWriter(
                lang, site_dir=partial / lang, sources=sources, site_url=url
            )
        return self._writers[lang]

    def _documents(self) -> dict[str, Document]:
        return {doc.path: doc for docs in self.register.documents.values() for doc in docs}


def reached(register: Register, before: list[Document], after: list[Document]) -> set[str]:
    """The addresses of the entries' pages that show the edited documents: their own, those
    of the entries they name (before or after the edit) and of the entries that name them."""
    edited = {(doc.kind, key(doc)) for doc in after}
    found = set(edited)
    for doc in (*before, *after):
        found.update(relations(doc))
    for docs in register.documents.values():
        for doc in docs:
            if doc.kind in ENTRY_KINDS and not edited.isdisjoint(relations(doc)):
                found.add((doc.kind, key(doc)))
    return {entry_uri(kind, str(text)) for kind, text in found if kind in ENTRY_KINDS}


def on_decision_pages(doc: Document) -> object:
    """What the pages of the council decisions show of an entry: of a profession, its code,
    its name and what each decision it names did to it (site/templates/decision.html, with
    the counts of its press release); of the other kinds, nothing. A council decision's page
    lists hundreds of professions, and most edits change none of this: it is written again
    only when this changed (tests/test_preview.py checks an edit of everything else)."""
    if doc.kind is not Kind.PROFESSION:
        return None
    return doc.data["code"], doc.data["name"], naming(doc.data)


def _replaced(register: Register, fresh: dict[str, Document]) -> Register:
    """The register with each document of `fresh` in place of the one at its path."""
    documents = defaultdict(list)
    for kind, docs in register.documents.items():
        documents[kind] = [fresh.get(doc.path, doc) for doc in docs]
    return Register(register.reference, register.as_of, documents, register.stems)


def _write_data_later(model: SiteModel, templates: Path, out: Path, lang: str, parent: int) -> None:
    """The background step (a forked process, killed by the next update): the downloads,
    the API, the press releases and the search index, each file swapped in when all are
    written."""
    die_with(parent)
    try:
        with updating(out, WHOLE) as partial:
            write_data(model, templates, partial, Progress(lang, None))
    except SiteBusy:  # a full build has begun: it writes them
        return
    except SiteError as exc:
        print("nqs: " + exc.said(lang), file=sys.stderr, flush=True)
        return
    except OSError as exc:  # a full disk, a file where a folder was: said, never a traceback
        said = render("cli-system-error", {"detail": refused(exc)}, lang)
        print("nqs: " + said, file=sys.stderr, flush=True)
        return
    print("nqs: " + render("serve-data-updated", {}, lang), flush=True)
