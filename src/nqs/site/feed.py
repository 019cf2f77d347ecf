"""The Atom feed of the register's editions, one per language: each council decision, newest
first, with its press release (Rules 12) and a link to its page."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from nqs.site.labels import LABELS
from nqs.site.model import SiteModel
from nqs.site.pages import Context

ATOM = "http://www.w3.org/2005/Atom"


def atom_feed(model: SiteModel, lang: str) -> bytes:
    ET.register_namespace("", ATOM)
    home = f"{model.site_url}{lang}/"
    feed = ET.Element(f"{{{ATOM}}}feed", {"xml:lang": lang})
    _add(feed, "id", f"{home}feed.xml")
    _add(feed, "title", f"{LABELS['site-name'][lang]}: {LABELS['editions'][lang]}")
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "self", "href": f"{home}feed.xml"})
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "alternate", "href": f"{home}decisions/"})
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _add(author, "name", LABELS["site-name"][lang])
    entries = []
    for decision_id in sorted(model.decisions, reverse=True):
        decision = model.decisions[decision_id]
        page = f"{home}decisions/{decision_id}/"
        context = Context(model, lang, f"decisions/{decision_id}/")
        entry = ET.Element(f"{{{ATOM}}}entry")
        _add(entry, "id", page)
        _add(entry, "title", decision["title"][lang])
        updated = _published(model, decision_id, decision["date"])
        _add(entry, "updated", updated)
        ET.SubElement(entry, f"{{{ATOM}}}link", {"rel": "alternate", "href": page})
        release = context.press_release(decision, f"{home}professions/")
        _add(entry, "summary", "\n".join(release))
        entries.append((updated, entry))
    _add(feed, "updated", max((u for u, _ in entries), default="1970-01-01T00:00:00+05:00"))
    feed.extend(entry for _, entry in entries)
    return bytes(ET.tostring(feed, encoding="utf-8", xml_declaration=True))


def _published(model: SiteModel, decision_id: str, decided: str) -> str:
    """The day the edition was published (its merge), else (not yet published, or imported
    with the register, when the day of its first publication is unknown) the decision's."""
    edition = model.edition_of(decision_id)
    day = edition.recorded if edition and not edition.imported else dt.date.fromisoformat(decided)
    return f"{day.isoformat()}T00:00:00+05:00"  # the start of the day in Kazakhstan


def _add(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}").text = text
