"""Pages of the public site, rendered from the site model by Jinja2 with autoescape.

Pure functions: a model and a language in, HTML fragments out. Nothing here knows the site
engine; an engine (see engine.py) puts each fragment into its page frame. Data is never
spliced into Markdown: every value passes through Jinja2's escaping.
"""

from __future__ import annotations

import datetime as dt
import functools
import posixpath
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from nqs import formatting
from nqs.chronicle import FieldChange, plain
from nqs.citations import act, provision
from nqs.collation import collated
from nqs.entries import Center, Decision
from nqs.layout import Kind
from nqs.legal_calendar import Event, cycle
from nqs.messages import render
from nqs.site import charts
from nqs.site.labels import FIELD_LABELS, LABELS, SITE_LANGUAGES
from nqs.site.linked_data import linked_data
from nqs.site.model import SiteModel

BODY_ORDER = ("mandatory", "voluntary")
# The kinds whose code says what an entry is (an occupation, a standard): it leads the title.
CODE_IN_TITLE = (Kind.PROFESSION, Kind.STANDARD)
# Rows of the register that come with its page; the rest are loaded by the filters.
REGISTER_ROWS = 100
# What Pagefind UI says for a count of results, which nqs.js replaces by the plural form of the
# count (WORD JOINERs around the count, then the query).
COUNT_MARK = "\u2060[COUNT]\u2060[SEARCH_TERM]"


@dataclass(frozen=True, slots=True)
class Page:
    """One page of one language: its address below the language root, title and body."""

    lang: str
    uri: str  # "" for the home page, else "professions/7212-1-008/"
    title: str
    body: str


@functools.cache
def environment(templates: Path) -> jinja2.Environment:
    """The templates' environment: autoescaped, strict, and sandboxed, so that a template
    (site/ comes with proposals too) reaches no Python internals (os, open, globals). One per
    folder and process, which keeps the compiled templates (each is compiled again when its
    file changes: nqs serve)."""
    env = SandboxedEnvironment(
        loader=jinja2.FileSystemLoader(templates),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        # A build reads each template once: no file checks on every lookup (macros.html is
        # looked up by every page that imports it).
        auto_reload=False,
    )
    env.filters["safe_url"] = safe_url
    return env


def safe_url(value: str) -> str:
    """Only http and https links reach a page; anything else becomes an inert '#'."""
    return value if value.startswith(("https://", "http://")) else "#"


@functools.cache  # rows.json counts a validity for each of 5,000 professions: a few counts
def _count(unit: str, n: int, lang: str) -> str:
    """Context.count: n in unit's label (years-one, years-few…) of the CLDR plural form."""
    forms = {key[len(unit) + 1 :]: key for key in LABELS if key.startswith(f"{unit}-")}
    form = formatting.plural(n, forms, lang)
    return LABELS.render(form, {"n": formatting.number(n, lang)}, lang)


class Context:
    """What every template of one language sees: labels, dates, links, names."""

    def __init__(self, model: SiteModel, lang: str, uri: str) -> None:
        self.model = model
        self.lang = lang
        self.uri = uri

    def t(self, key: str, **params: Any) -> str:
        return LABELS.render(key, params, self.lang)

    def count(self, unit: str, n: int) -> str:
        """A count of unit (a label with a form per CLDR plural category: years-one,
        years-few, ...), in the form its language gives the number."""
        return _count(unit, n, self.lang)

    def validity(self, profession: Mapping[str, Any]) -> str:
        """The validity of the document on recognition: years, months, or both (Law 21.5)."""
        parts = [
            self.count(unit, profession[field])
            for unit, field in (
                ("years", "document_validity_years"),
                ("months", "document_validity_months"),
            )
            if field in profession
        ]
        return " ".join(parts)

    def number(self, n: int) -> str:
        return formatting.number(n, self.lang)

    def search_ui(self) -> dict[str, str]:
        """The search interface's words (Pagefind UI's translation keys) in this language; its
        count of results is a mark (COUNT_MARK) that nqs.js words by search_results()."""
        prefix = "search-ui-"
        words = {key[len(prefix) :]: self.t(key) for key in LABELS if key.startswith(prefix)}
        return {**words, "one_result": COUNT_MARK, "many_results": COUNT_MARK}

    def search_results(self) -> dict[str, str]:
        """The count of search results, by CLDR plural category, in this language."""
        prefix = "search-results-"
        return {key[len(prefix) :]: self.t(key) for key in LABELS if key.startswith(prefix)}

    def date(self, value: str | dt.date) -> formatting.WordedDay:
        """The date in words of this language: shown as is, its nominative; given to a label,
        it takes the case the label's placeholder names («{date:attr}»)."""
        day = dt.date.fromisoformat(value) if isinstance(value, str) else value
        return formatting.WordedDay(day, self.lang)

    def act(self, cited: Mapping[str, Any], alone: bool = True) -> str:
        """A legal act as official texts cite it, with its provision (citations.act): a
        profession's legal_act, or a standard's order; alone, as a line of its own (capital)."""
        order = (
            {"kind": "order", "number": cited["order_number"]} if "order_number" in cited else {}
        )
        text = act({**cited, **order}, self.lang)
        return formatting.sentence(text) if alone else text

    def ordinal(self, n: int, noun: str) -> str:
        """A numbered thing, its noun the label noun in lower case: «4-деңгей», «уровень 4»."""
        return formatting.ordinal(n, self.t(noun).lower(), self.lang)

    def protocol(self, number: str) -> str:
        return formatting.protocol(number, self.lang)

    def href(self, target: str) -> str:
        """A link relative to the current page, to a page address or a file of this language
        ('professions/…/') or of the site root ('/downloads/…')."""
        here = posixpath.join(self.lang, self.uri)
        goal = target[1:] if target.startswith("/") else posixpath.join(self.lang, target)
        # From the site's root ("/"): relpath would otherwise ask for the working folder.
        relative = posixpath.relpath(f"/{goal}", f"/{here}")
        return relative + ("/" if target.endswith("/") and not relative.endswith("/") else "")

    def linked_data(self, kind: str, entry: Mapping[str, Any]) -> str:
        """The schema.org JSON-LD of this page's entry, as a <script> (linked_data.py)."""
        url = f"{self.model.site_url}{self.lang}/{self.uri}"
        return linked_data(self.model, Kind(kind), entry, self.lang, url)

    def body_name(self, body_id: str) -> str:
        return self.model.body_name(body_id, self.lang)

    def region_name(self, region_id: str) -> str:
        return self.model.regions.get(region_id, {}).get(self.lang, region_id)

    def by_body_name(self, body_ids: Iterable[str]) -> list[str]:
        """Bodies in the alphabetical order of their names in this language (collation.py)."""
        return collated(set(body_ids), self.lang, self.body_name)

    def by_region(self, centers: Iterable[Center]) -> list[tuple[str, list[Center]]]:
        """Centers grouped by region, the regions and the centers of each in the alphabetical
        order of their names in this language."""
        groups: dict[str, list[Center]] = {}
        for center in centers:
            groups.setdefault(center["region"], []).append(center)
        return [
            (r, collated(groups[r], self.lang, lambda c: c["name"][self.lang]))
            for r in collated(groups, self.lang, self.region_name)
        ]

    def text(self, pair: dict[str, str]) -> str:
        return pair[self.lang]

    def provision(self, parts: Mapping[str, object]) -> str:
        """The article, paragraph, subparagraph or appendix a legal act is cited by."""
        return provision(parts, self.lang)

    def field(self, name: str) -> str:
        """The label of an entry's field (its key where there is none)."""
        return self.t(FIELD_LABELS[name]) if name in FIELD_LABELS else name

    def change(self, change: FieldChange) -> str:
        """One changed field in one line: "label: before → after", or only that a nested
        structure changed."""
        label = self.field(change.field)
        before, after = (self.value(change.field, v) for v in (change.before, change.after))
        changed = self.t("value-changed")
        if before is None and after is None:
            return f"{label}: {changed}"
        return f"{label}: {changed if before is None else before} → " + (
            changed if after is None else after
        )

    def value(self, name: str, value: Any) -> str | None:
        """A field's value in words (chronicle.plain, None for a nested structure), with a
        body, a region or a council decision by its name, a status or a basis by its label."""
        if isinstance(value, list) and name == "amended_by":
            return ", ".join(self.value("included_by", item) or item for item in value)
        if not isinstance(value, str):
            return plain(value, self.lang)
        if name == "body":
            return self.body_name(value)
        if name == "region":
            return self.region_name(value)
        if name in ("included_by", "excluded_by"):
            decision = self.model.decisions.get(value)
            if decision is None:
                return value
            return f"{self.date(decision['date'])} (№ {decision['protocol']})"
        if name in ("status", "basis"):
            key = next((k for k in (f"status-{value}", f"state-{value}", value) if k in LABELS), "")
            return self.t(key) if key else value
        return value

    def deadline(self, event: Event) -> str:
        """A date of the legal cycle in words; when the day the Rules name is a day off, the
        term ends on the next working day, and that day is named (legal_calendar.term_end)."""
        day = str(self.date(event.date))
        if event.moved_from is None:
            return day
        return f"{day} ({self.t('deadline-moved', named=self.date(event.moved_from))})"

    def event(self, event: Event) -> str:
        """What falls due on a date of the cycle, in the words of `nqs calendar`."""
        text = render(event.key, {"decision": event.decision}, self.lang)
        if event.estimated and event.key != "calendar-estimated-holiday":
            days = ", ".join(str(self.date(day)) for day in event.estimated)
            text += render("calendar-estimated", {"days": days}, self.lang)
        return text

    def press_files(self, decision_id: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
        return press_files(decision_id, self.lang)

    def press_release(self, decision: Decision, url: str) -> list[str]:
        """Rules 12: the press release of a council decision's edition, in this language."""
        changes = self.model.changes.get(decision["id"], [])
        counts = {
            action: sum(1 for change in changes if change.action == action)
            for action in ("included", "amended", "excluded")
        }
        decided = self.date(decision["date"])
        lines = [
            self.t("press-release-lead", date=decided, protocol=decision["protocol"]),
            self.t("press-release-counts", **counts),
        ]
        edition = self.model.edition_of(decision["id"])
        if edition is not None and not edition.imported:
            published = self.date(edition.recorded)
            lines.append(self.t("press-release-published", date=published, url=url))
        return lines


def press_files(decision_id: str, lang: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """The press release files of a decision (press.py), for a page in lang: for each
    language, its name and each format's label and address."""
    return [
        (
            other,
            LABELS["language-name"][other],
            [
                (LABELS[f"format-{f}"][lang], "/" + press_uri(decision_id, other, f))
                for f in FORMATS
            ],
        )
        for other in SITE_LANGUAGES
    ]


def search_records(model: SiteModel, templates: Path, lang: str) -> Iterator[Page]:
    """For the search index: each entry at its page's address, with only its title, codes and
    names (indexing whole pages would make the index slow to build and heavy to download)."""
    template = environment(templates).get_template("search_record.html")
    for kind, index in model.entries():
        for code in sorted(index):
            entry = index[code]
            uri = entry_uri(kind, code)
            title = entry_title(kind, entry, lang)
            body = template.render(c=Context(model, lang, uri), kind=kind, e=entry, title=title)
            yield Page(lang, uri, title, body)


def entry_uri(kind: Kind, key: str) -> str:
    """The address of an entry's page below the language root."""
    return f"{kind.section}/{key}/"


# The formats of a press release file (press.py).
FORMATS = ("md", "html")


def press_uri(decision_id: str, lang: str, fmt: str) -> str:
    """The address of a decision's press release file below the site root (press.py)."""
    return f"press/{decision_id}/press-release.{lang}.{fmt}"


def entry_title(kind: Kind, entry: Mapping[str, Any], lang: str) -> str:
    """An entry's title in a language; a code that says what an entry is comes first."""
    title = str(entry[kind.title_field][lang])
    return f"{entry[kind.key_field]} {title}" if kind in CODE_IN_TITLE else title


def register_rows(model: SiteModel, lang: str) -> list[list[Any]]:
    """The register's rows for the filters of its page, in its language:
    [code, name, body id, body name, basis, levels, validity]."""
    c = Context(model, lang, "professions/")
    return [
        [
            p["code"],
            p["name"][lang],
            p["body"],
            c.body_name(p["body"]),
            p["basis"],
            sorted(p["levels"]),
            c.validity(p),
        ]
        for p in model.sorted_professions()
        if p["status"] == "included"
    ]


def render_pages(
    model: SiteModel, templates: Path, lang: str, only: Collection[str] | None = None
) -> Iterator[Page]:
    """Every page of one language; with `only`, the pages at those addresses (nqs serve
    renders again the pages an edit reaches, site/preview.py)."""
    env = environment(templates)

    def wanted(uri: str) -> bool:
        return only is None or uri in only

    def page(template: str, uri: str, title: str, **values: Any) -> Page:
        ctx = Context(model, lang, uri)
        body = env.get_template(template).render(c=ctx, m=model, title=title, **values)
        return Page(lang, uri, title, body)

    def entries(kind: Kind, index: Mapping[str, Any]) -> Iterator[tuple[str, str, Any]]:
        """The address, title and data of each wanted entry of a kind, in key order."""
        for key in sorted(index):
            uri = entry_uri(kind, key)
            if wanted(uri):
                yield uri, entry_title(kind, index[key], lang), index[key]

    t = LABELS
    if wanted(""):
        yield page("home.html", "", t["site-name"][lang])
    if wanted("professions/"):
        listed = model.sorted_professions()
        sections = [(basis, [p for p in listed if p["basis"] == basis]) for basis in BODY_ORDER]
        yield page(
            "professions.html",
            "professions/",
            t["professions"][lang],
            sections=sections,
            limit=REGISTER_ROWS,
        )
    for uri, title, profession in entries(Kind.PROFESSION, model.professions):
        yield page("profession.html", uri, title, p=profession)
    if wanted("standards/"):
        yield page("standards.html", "standards/", t["standards"][lang])
    for uri, title, standard in entries(Kind.STANDARD, model.standards):
        yield page("standard.html", uri, title, s=standard)
    if wanted("centers/"):
        yield page("centers.html", "centers/", t["centers"][lang])
    if wanted("centers/not-renewable/"):
        yield page("not_renewable.html", "centers/not-renewable/", t["not-renewable"][lang])
    for uri, title, center in entries(Kind.CENTER, model.centers):
        yield page("center.html", uri, title, center=center)
    if wanted("decisions/"):
        yield page("decisions.html", "decisions/", t["decisions"][lang])
    for uri, title, decision in entries(Kind.DECISION, model.decisions):
        yield page("decision.html", uri, title, d=decision)
    if wanted("statistics/"):
        yield page(
            "statistics.html",
            "statistics/",
            t["statistics"][lang],
            charts=charts.all_charts(model, lang),
        )
    # How to propose: the cycle step by step, with the dates of the year the site is built
    # for (its --as-of), each deadline moved past a day off.
    if wanted("propose/"):
        decided = [(d["id"], dt.date.fromisoformat(d["date"])) for d in model.decisions.values()]
        yield page(
            "propose.html",
            "propose/",
            t["propose"][lang],
            year=model.as_of.year,
            events=cycle(model.as_of.year, decided),
        )
    if wanted("downloads/"):
        yield page("downloads.html", "downloads/", t["downloads"][lang])
    if wanted("search/"):
        yield page("search.html", "search/", t["search"][lang])
