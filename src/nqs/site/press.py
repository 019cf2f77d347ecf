"""Rules 12: the press release of each council decision's edition as files the authorized
body publishes on its own internet resource, in Kazakh and in Russian.

Each decision gets, at a stable address of the site (pages.press_uri), its press release as
Markdown (for a content system) and as one self-contained HTML page (no external styles,
scripts or images; printable). The words are the site's page's own (Context.press_release),
with the professions the decision included, amended and excluded. The HTML goes through
Jinja2 with autoescape (site/templates/press_release.html); in the Markdown every value is
escaped by escape.markdown and every address is an autolink of percent-encoded characters,
so a name in the register cannot become markup in either.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from nqs import escape
from nqs.entries import Decision
from nqs.layout import Kind
from nqs.site.labels import LABELS, SITE_LANGUAGES
from nqs.site.model import SiteModel
from nqs.site.pages import FORMATS, Context, entry_uri, environment, press_uri

ACTIONS = ("included", "amended", "excluded")
# What may stay as it is in an address written into Markdown (RFC 3986's reserved and
# unreserved characters, and % of what is already encoded): never a space, <, > or a quote.
_URL_SAFE = ":/?#[]@!$&'()*+,;=%-._~"


@dataclass(frozen=True, slots=True)
class Item:
    code: str
    name: str
    url: str


@dataclass(frozen=True, slots=True)
class Release:
    """A press release in one language: what both files say."""

    lang: str
    title: str
    heading: str
    paragraphs: list[str]
    sections: list[tuple[str, list[Item]]]
    register_url: str
    page_url: str


def release(model: SiteModel, decision: Decision, lang: str) -> Release:
    home = f"{model.site_url}{lang}/"
    context = Context(model, lang, entry_uri(Kind.DECISION, decision["id"]))
    changes = model.changes.get(decision["id"], [])
    sections = []
    for action in ACTIONS:
        items = [
            Item(
                c.profession["code"],
                c.profession["name"][lang],
                _url(home + entry_uri(Kind.PROFESSION, c.profession["code"])),
            )
            for c in changes
            if c.action == action
        ]
        if items:
            sections.append((context.count(f"{action}-count", len(items)), items))
    return Release(
        lang=lang,
        title=LABELS["press-release"][lang],
        heading=decision["title"][lang],
        paragraphs=context.press_release(decision, f"{home}professions/"),
        sections=sections,
        register_url=_url(f"{home}professions/"),
        page_url=_url(home + entry_uri(Kind.DECISION, decision["id"])),
    )


def markdown(item: Release) -> str:
    md = escape.markdown
    lines = [f"# {md(item.title)}: {md(item.heading)}", ""]
    lines += [line for paragraph in item.paragraphs for line in (md(paragraph), "")]
    for heading, entries in item.sections:
        lines += [f"## {md(heading)}", ""]
        lines += [f"- {md(e.code)} {md(e.name)}: <{e.url}>" for e in entries]
        lines.append("")
    lines.append(f"{md(LABELS['professions'][item.lang])}: <{item.register_url}>")
    lines += ["", f"{md(LABELS['decision'][item.lang])}: <{item.page_url}>", ""]
    return "\n".join(lines)


def write_press_releases(model: SiteModel, templates: Path, out: Path) -> list[Path]:
    """Write every decision's press release in each language and format under out (the
    site's root); return the files written."""
    template = environment(templates).get_template("press_release.html")
    written = []
    for decision_id in sorted(model.decisions):
        decision = model.decisions[decision_id]
        for lang in SITE_LANGUAGES:
            item = release(model, decision, lang)
            texts = {"md": markdown(item), "html": template.render(r=item, t=LABELS, lang=lang)}
            for fmt in FORMATS:
                path = out / press_uri(decision_id, lang, fmt)
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(texts[fmt], encoding="utf-8")
                written.append(path)
    return written


def _url(address: str) -> str:
    return quote(address, safe=_URL_SAFE)
