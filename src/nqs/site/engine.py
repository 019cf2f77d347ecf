"""The Material for MkDocs adapter: the only module that knows the site engine.

The engine is ProperDocs, the maintained continuation of MkDocs 1.x (same API, under the
name `properdocs`); Material 9 runs on it unchanged. Each language is one project built
into OUT/<lang>/: the hand-written pages of site/<lang>/, and the generated pages handed
over as virtual files whose HTML skips Markdown entirely. Another engine (Zensical, or a
plain Jinja2 frame) needs only another module like this one: pages.py produces complete,
escaped HTML bodies.
"""

from __future__ import annotations

import json
import logging
import posixpath
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import quote, urljoin

import properdocs.replacement  # noqa: F401  Material's `mkdocs.*` imports get ProperDocs
from markupsafe import escape
from properdocs.commands.build import _build_page, _populate_page, build
from properdocs.config import load_config
from properdocs.config.defaults import ProperDocsConfig
from properdocs.plugins import BasePlugin
from properdocs.structure.files import File, Files, get_files, set_exclusions
from properdocs.structure.nav import get_navigation
from properdocs.structure.pages import Page as EnginePage
from properdocs.utils import get_build_date

from nqs.site.labels import LABELS, SITE_LANGUAGES
from nqs.site.linked_data import json_in_script
from nqs.site.pages import Page

SECTIONS = ("professions", "standards", "centers", "decisions")
# The navigation stays small: Material renders it into every page, so entries are reached
# through the index pages and tables, never listed in it.
NAV = (
    ("home", ""),
    ("professions", "professions/"),
    ("standards", "standards/"),
    ("centers", "centers/"),
    ("decisions", "decisions/"),
    ("statistics", "statistics/"),
    ("downloads", "downloads/"),
    ("search", "search/"),
)
# The pages about the register, after the sections: hand-written in site/<lang>/ (about.md,
# data.md), and "How to propose", generated (pages.py) since it shows the year's dates.
ABOUT_NAV = (("about", "about.md"), ("propose", "propose.md"), ("use-data", "data.md"))
NAV_URIS = {uri for _, uri in NAV} | {path.removesuffix(".md") + "/" for _, path in ABOUT_NAV}


def source_uri(uri: str) -> str:
    """The docs-relative file that a page address comes from: professions/X/ -> professions/X.md."""
    if not uri:
        return "index.md"
    stem = uri.rstrip("/")
    return f"{stem}/index.md" if stem in SECTIONS else f"{stem}.md"


# A page outside the navigation whose body has its own <h1> (an entry, say) differs from the
# other such pages of its folder only in its address, title and body: Material frames one
# stand-in per folder (a "shell" at FOLDER/SLOT/ with these placeholders), and every page of
# the folder is that frame with its own values put in: the HTML Material would make of each
# page (then compact()), for a fraction of the work (no Markdown, no theme per page).
SLOT = "nqs-frame-slot"
TITLE_SLOT = "nqs-frame-title"
BODY_SLOT = "<h1>nqs-frame-body</h1>"
_SLOTS = re.compile(f"({re.escape(SLOT)}|{re.escape(TITLE_SLOT)}|{re.escape(BODY_SLOT)})")


def framed(page: Page) -> bool:
    """Whether a page is put into its folder's captured frame (see SLOT): one a folder deep
    (FOLDER/KEY/), outside the navigation (which marks the page it is on), with its <h1>
    (else Material would add one)."""
    return page.uri not in NAV_URIS and page.uri.count("/") == 2 and "<h1" in page.body


def folder_of(uri: str) -> str:
    return posixpath.dirname(uri.rstrip("/"))


class _GeneratedPages(BasePlugin):  # type: ignore[type-arg,no-untyped-call]
    """Adds the generated pages and the site's assets as virtual files; writes the framed
    pages (see SLOT) from their folder's shell."""

    def __init__(self, pages: Sequence[Page], assets: dict[str, Path]) -> None:
        super().__init__()
        self.order = list(pages)
        self.take(pages)
        self.assets = assets

    def take(self, pages: Sequence[Page]) -> None:
        """The pages to write: the framed ones by folder, the others and one shell per
        folder as the engine's pages."""
        self.framed: dict[str, list[Page]] = {}
        for page in pages:
            if framed(page):
                self.framed.setdefault(folder_of(page.uri), []).append(page)
        shells = [
            Page(group[0].lang, f"{folder}/{SLOT}/", TITLE_SLOT, BODY_SLOT)
            for folder, group in self.framed.items()
        ]
        self.shells = {source_uri(shell.uri): folder_of(shell.uri) for shell in shells}
        is_framed = {id(page) for group in self.framed.values() for page in group}
        self.pages = {
            source_uri(page.uri): page for page in [*pages, *shells] if id(page) not in is_framed
        }

    def on_files(self, files: Files, /, *, config: ProperDocsConfig) -> Files:
        for src_uri in self.pages:
            files.append(File.generated(config, src_uri, content=""))
        for src_uri, path in self.assets.items():
            files.append(File.generated(config, src_uri, abs_src_path=str(path)))
        return files

    def on_page_markdown(
        self, markdown: str, /, *, page: EnginePage, config: ProperDocsConfig, files: Files
    ) -> str:
        generated = self.pages.get(page.file.src_uri)
        if generated is not None:
            # Material treats titles as HTML (ProperDocs has no autoescape): escape the data.
            page.meta["title"] = str(escape(generated.title))
        return markdown

    def on_page_content(
        self, html: str, /, *, page: EnginePage, config: ProperDocsConfig, files: Files
    ) -> str:
        generated = self.pages.get(page.file.src_uri)
        if generated is None:
            return html
        return f'<div data-pagefind-body lang="{generated.lang}">{generated.body}</div>'

    def on_template_context(
        self, context: Any, /, *, template_name: str, config: ProperDocsConfig
    ) -> Any:
        if template_name == "sitemap-pages.xml":  # every page but the shells, in order
            by_uri = {file.src_uri: file for file in context["pages"]}
            generated = {source_uri(page.uri) for page in self.order} | set(self.shells)
            listed = [file for file in context["pages"] if file.src_uri not in generated]
            for page in self.order:
                file = by_uri.get(source_uri(page.uri))
                listed.append(file if file is not None else _sitemap_entry(page, config))
            context["pages"] = listed
        return context

    def on_post_page(self, output: str, /, *, page: EnginePage, config: ProperDocsConfig) -> str:
        folder = self.shells.get(page.file.src_uri)
        if folder is None:
            return valid_html(output)
        frame = without_unused_parts(between_tags(compact(valid_html(output))))
        frame = shared_navigation(frame, page.file.url, Path(config.site_dir), config.site_name)
        parts = _SLOTS.split(frame)
        for framed_page in self.framed[folder]:
            values = {
                SLOT: quote(framed_page.uri.rstrip("/").rsplit("/", 1)[-1]),
                TITLE_SLOT: str(escape(framed_page.title)),
                BODY_SLOT: compact(framed_page.body),
            }
            html = "".join(values.get(part, part) for part in parts)
            path = Path(config.site_dir, framed_page.uri, "index.html")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(html.encode("utf-8", errors="xmlcharrefreplace"))
        return ""  # the shell itself is not written

    def on_post_template(
        self, output_content: str, /, *, template_name: str, config: ProperDocsConfig
    ) -> str:
        return valid_html(output_content)


def _sitemap_entry(page: Page, config: ProperDocsConfig) -> SimpleNamespace:
    """What the sitemap template reads of a framed page's file (as MkDocs would give it)."""
    url = quote(page.uri)
    return SimpleNamespace(
        page=SimpleNamespace(
            is_link=False,
            canonical_url=urljoin(config.site_url or "", url),
            url=url,
            update_date=get_build_date(),
        )
    )


# A framed page without the indentation of the templates (Material's and the site's): a line's
# leading spaces are not content outside <pre> and <textarea>, which the frame never has.
# Material's settings (the "__config" JSON) in UTF-8 rather than Jinja's \uXXXX escapes, without
# its words (those of its search, version selector and "copy" button for code: the site's
# search is Pagefind's, and a framed page has no code), the address of its search's worker and
# the settings left empty (none), which Material's script reads as missing.
_INDENT = re.compile(r"\n\s+", re.ASCII)  # a text's own no-break spaces are shown
_VERBATIM = ("<pre", "<textarea")
_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


def compact(html: str) -> str:
    if any(tag in html for tag in _VERBATIM):
        return html

    def settings(match: re.Match[str]) -> str:
        value = json.loads(match[2])
        value["translations"] = {}
        value = {k: v for k, v in value.items() if v is not None and k != "search"}
        return match[1] + json_in_script(value) + match[3]

    return _CONFIG.sub(settings, _INDENT.sub("\n", html))


def between_tags(frame: str) -> str:
    """Material's frame without the line breaks between one tag and the next (180 bytes of
    every entry page): where the frame has them, they show nothing, because the elements are
    blocks, flex items, or the first thing in their line. Not the entry's own body, whose
    inline elements a line break would space."""
    return frame.replace(">\n<", "><")


# Material's navigation (the site's sections and pages, NAV) is the same on every entry page of
# a language, about 1.7 KB of each (90 MB of the stress site): entry pages have the list of its
# links empty, naming the one file that holds it for every entry page, and the site's script
# (nqs.js) puts it in when the page loads. That file is a page of its own (valid HTML, its
# links relative to it, not for search engines). The navigation's title stays in the page:
# without scripts it still leads to the home page and every section (in a phone's menu; on a
# desktop, the header's logo).
NAVIGATION = "assets/nqs/navigation.html"
_NAV_LIST = re.compile(
    r'(<nav class="md-nav md-nav--primary".*?<ul class="md-nav__list"[^>]*)>(.*?)</ul>', re.S
)
_LINK = re.compile(r'((?:href|src)=")([^"]*)"')


def shared_navigation(frame: str, url: str, site_dir: Path, site_name: str) -> str:
    """The frame of the page at `url` (docs-relative) with its navigation's list moved to
    NAVIGATION (written into site_dir): the frame's list is empty and names the file in
    `data-nqs-nav`. Every folder's frame writes the same file: its links are relative to it."""
    found = _NAV_LIST.search(frame)
    assert found is not None, "Material's primary navigation"
    here, there = url.rstrip("/"), posixpath.dirname(NAVIGATION)

    def moved(link: re.Match[str]) -> str:
        target = posixpath.normpath(posixpath.join(here, link[2]))
        slash = "/" if link[2].endswith("/") and target != "." else ""
        return f'{link[1]}{posixpath.relpath(target, there)}{slash}"'

    lang = re.search(r'<html lang="([^"]+)"', frame)
    assert lang is not None
    content = _LINK.sub(moved, found[2])
    path = site_dir / NAVIGATION
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f'<!doctype html><html lang="{lang[1]}"><head><meta charset="utf-8">'
        f'<meta name="robots" content="noindex"><title>{escape(site_name)}</title></head>'
        f'<body><ul class="md-nav__list">{content}</ul></body></html>\n',
        encoding="utf-8",
    )
    reference = posixpath.relpath(NAVIGATION, here)
    listed = f'{found[1]} data-nqs-nav="{reference}"></ul>'
    return frame[: found.start()] + listed + frame[found.end() :]


# What Material puts into every page for what entry pages do not have: the places of a "skip to
# the table of contents" link, of an announcement and of the dialog that says "copied" (code
# blocks), all empty, and the empty table of contents, of which only its column in the layout
# is kept (wide screens). Material's script mounts each only where it is on the page. And the
# link to the editions' feed, which feed readers find on the home page and the lists.
_UNUSED = re.compile(
    r'<div data-md-component="(?:skip|announce)"></div>'
    r'|<link rel="alternate" type="application/atom\+xml"[^>]*>'
    r'|<div class="md-dialog" data-md-component="dialog"><div class="md-dialog__inner md-typeset">'
    r"</div></div>"
)
_TOC = '<div class="md-sidebar md-sidebar--secondary"'
_EMPTY_TOC = re.compile(
    re.escape(_TOC) + r'[^>]*><div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner">'
    r'<nav class="md-nav md-nav--secondary"[^>]*></nav></div></div></div>'
)


def without_unused_parts(frame: str) -> str:
    return _EMPTY_TOC.sub(f"{_TOC}></div>", _UNUSED.sub("", frame))


# Material marks its two hidden checkbox toggles autocomplete="off", which HTML does not
# allow on checkboxes: the only markup of the theme that fails the HTML validator.
_CHECKBOX_AUTOCOMPLETE = re.compile(
    r'(<input class="md-toggle"[^>]*type="checkbox"[^>]*) '
    r'autocomplete="off"'
)


def valid_html(output: str) -> str:
    return _CHECKBOX_AUTOCOMPLETE.sub(r"\1", output)


def build_language(
    lang: str, pages: Sequence[Page], *, site_dir: Path, sources: Path, site_url: str, work: Path
) -> None:
    """Build one language's site with Material on ProperDocs into site_dir."""
    build(_config(lang, pages, site_dir=site_dir, sources=sources, site_url=site_url, work=work))


class PageWriter:
    """One language's ProperDocs configuration, theme and navigation, kept to write some
    generated pages again and again into site_dir, each byte for byte as build_language
    writes it (nqs serve, after an edit). A page depends on no other page: Material's frame
    holds the navigation (NAV, the same in every build) and the page itself.

    ProperDocs has no public call for one page: this runs its build's own steps for a page
    (_populate_page, _build_page) with the files and navigation of a build, without the other
    pages, the theme's assets and its templates (404.html, sitemap.xml)."""

    def __init__(self, lang: str, *, site_dir: Path, sources: Path, site_url: str) -> None:
        with tempfile.TemporaryDirectory() as work:
            config = _config(
                lang, [], site_dir=site_dir, sources=sources, site_url=site_url, work=Path(work)
            )
        self.config = config.plugins.on_config(config)
        plugin = self.config.plugins["nqs-generated-pages"]
        assert isinstance(plugin, _GeneratedPages)
        self.plugin = plugin
        files = get_files(self.config)
        # The navigation's generated pages, as files only: written when asked for.
        self.plugin.pages = {
            src: Page(lang, "", "", "")
            for src in [source_uri(uri) for _, uri in NAV] + [path for _, path in ABOUT_NAV]
            if files.get_file_from_path(src) is None
        }
        self.files = self.config.plugins.on_files(files, config=self.config)
        set_exclusions(self.files, self.config)
        self.nav = get_navigation(self.files, self.config)
        env = self.config.theme.get_env()
        self.env = self.config.plugins.on_env(env, config=self.config, files=self.files)

    def write(self, pages: Sequence[Page]) -> None:
        """Write these pages (generated ones, of this language) into site_dir."""
        self.plugin.take(pages)
        for src_uri in self.plugin.pages:
            file = self.files.get_file_from_path(src_uri)
            if file is None:
                file = File.generated(self.config, src_uri, content="")
                self.files.append(file)
            page = file.page or EnginePage(None, file, self.config)
            _populate_page(page, self.config, self.files)
            _build_page(page, self.config, self.files.documentation_pages(), self.nav, self.env)


def _config(
    lang: str, pages: Sequence[Page], *, site_dir: Path, sources: Path, site_url: str, work: Path
) -> ProperDocsConfig:
    """The ProperDocs configuration of one language's site, with the generated pages."""

    def t(key: str) -> str:
        return LABELS[key][lang]

    nav: list[Any] = [{t(key): source_uri(uri)} for key, uri in NAV]
    nav += [{t(key): path} for key, path in ABOUT_NAV]
    config_file = work / f"mkdocs-{lang}.yml"
    config_file.write_text("{}\n", encoding="utf-8")
    config = load_config(
        config_file=str(config_file),
        site_name=t("site-name"),
        site_description=t("site-description"),
        site_url=f"{site_url}{lang}/",
        docs_dir=str(sources / lang),
        site_dir=str(site_dir),
        use_directory_urls=True,
        strict=True,
        nav=nav,
        theme={
            "name": "material",
            "language": lang,
            "custom_dir": str(sources / "overrides"),
            "font": False,
            "features": ["navigation.top", "navigation.footer"],
            "static_templates": ["sitemap-pages.xml"],  # sitemap.xml is its index
            # No colour schemes: an empty mapping (not none) also spares every page the
            # script that would restore a reader's chosen scheme.
            "palette": {},
            # The menu button's and back-to-top button's icons are drawn by the site's
            # stylesheet (nqs.css), not written into every page: an empty icon file here.
            "icon": {"menu": "nqs/none", "top": "nqs/none"},
        },
        plugins=[],
        copyright=t("copyright"),
        extra={
            "generator": False,
            "feed_title": t("feed"),
            "not_found": {key: t(f"not-found{key}") for key in ("", "-lead")},
            "home": t("home"),
            "search": t("search"),
            # Not a list: Material shows its language switch (ours, partials/alternate.html)
            # but names no twin in the head, where it could name only the other language's
            # home. Each page's twins are in sitemap-pages.xml (as search engines read them
            # from a head); a head link to the twin would make Material's script ask for a
            # sitemap.xml beside it, that is in no page's folder (a 404 on every page).
            "alternate": True,
            "languages": [
                {
                    "name": LABELS["language-name"][other],
                    "link": f"{site_url}{other}/",
                    "lang": other,
                }
                for other in SITE_LANGUAGES
            ],
        },
        validation={"nav": {"omitted_files": "ignore"}, "links": {"unrecognized_links": "warn"}},
    )
    assets = {f"assets/nqs/{p.name}": p for p in sorted((sources / "assets").iterdir())}
    config.plugins["nqs-generated-pages"] = _GeneratedPages(pages, assets)
    logging.getLogger("properdocs").setLevel(logging.WARNING)
    return config
