"""The form editor's preview pane under `nqs edit` (docs/editor.md): an entry being filled in,
shown as the site's own page shows it.

/admin/nqs-cms.js posts the entry as the editor would save it (the register's YAML) with the
path it would be saved at; the answer is the entry's page rendered by the site's template
(site/templates/<kind>.html) from the site's model, the entry in place of the saved one (or
added, when new), wrapped as the site's theme wraps a page's content, for the site's own
stylesheets. An entry that is not yet schema-valid cannot be rendered: the answer lists
what the validator says of it, located, in the editor's language.

Every byte posted is hostile: it is read as a data file is read (loader.parse), checked by
the schemas and the rules (those that find something in this file), and rendered by the
sandboxed, autoescaped templates.
"""

from __future__ import annotations

from html import escape

from nqs.layout import ENTRY_KINDS, classify
from nqs.loader import parse
from nqs.messages import render
from nqs.register import key
from nqs.schema import Schemas
from nqs.site.labels import SITE_LANGUAGES
from nqs.site.model import build_model
from nqs.site.pages import entry_uri, render_pages
from nqs.site.preview import Preview
from nqs.validate import validate_unsaved


class NotAnEntry(ValueError):
    """A request for no entry of the register: a path outside its folders, another kind of
    file, a language the site is not in."""


def entry_page(preview: Preview, lang: str, relpath: str, raw: bytes) -> str:
    """The HTML of the page of the entry raw would be at relpath, in lang, as the site built
    by preview shows it; or what is wrong with it."""
    placement = classify(relpath)
    if lang not in SITE_LANGUAGES or placement is None or placement.kind not in ENTRY_KINDS:
        raise NotAnEntry(relpath)
    doc, found = parse(raw, relpath, placement.kind)
    register, errors = validate_unsaved(
        preview.register, Schemas(preview.root / "schemas"), doc, found
    )
    if doc is None or register is None or errors:
        items = "".join(
            f"<li>{p.line}:{p.column} [{escape(p.rule)}] "
            f"{escape(render(p.key, p.params, lang))}</li>"
            for p in errors
        )
        heading = escape(render("editor-preview-problems", {}, lang))
        return _framed(f"<p>{heading}</p><ul>{items}</ul>", lang)
    model = build_model(register, preview.story, preview.site_url, preview.skipped)
    templates = preview.root / "site" / "templates"
    pages = render_pages(model, templates, lang, {entry_uri(doc.kind, key(doc))})
    return _framed("".join(page.body for page in pages), lang)


def _framed(body: str, lang: str) -> str:
    """body inside what the site's theme puts a page's content in (its stylesheets' rules)."""
    return (
        '<div class="md-content"><article class="md-content__inner md-typeset">'
        f'<div lang="{lang}">{body}</div></article></div>'
    )
