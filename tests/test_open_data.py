"""Open data as open-data portals publish it: the downloads' Data Package (checked by the
frictionless library), with Kazakh and Russian titles and each identifier's labels; the
static JSON API; schema.org JSON-LD in the entry pages. One site, with hostile names."""

from __future__ import annotations

import csv
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from frictionless import validate
from openpyxl import load_workbook

from nqs.law import center_state, status
from nqs.layout import ENTRY_KINDS, Kind
from nqs.register import Register, key
from nqs.site.labels import LABELS, SITE_LANGUAGES
from nqs.validate import validate as validate_register
from tests.site_support import SITE_URL, WRITTEN_FOR, build, copy_project

# Markup that would end a <script> element or open a comment in it, quotes, a backslash; a
# formula for a spreadsheet.
HOSTILE = "</script><script>alert(1)</script> \"q\" 'a' \\ & <!--"
FORMULA = '=HYPERLINK("http://evil") Бекова'


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site of the bundled register with hostile text in 7212-1-008's names and a
    formula in 080840000558's Kazakh name, built once."""

    def inject(root: Path) -> None:
        path = root / "register/professions/industry/7212-1-008.yml"
        text = path.read_text(encoding="utf-8")
        quoted = HOSTILE.replace("'", "''")
        for old, new in (
            ("kk: 'Дәнекерлеуші'", f"kk: 'Дәнекерлеуші {quoted}'"),
            ("ru: 'Сварщик'\n", f"ru: 'Сварщик {quoted}'\n"),
        ):
            assert old in text, old
            text = text.replace(old, new, 1)
        path.write_text(text, encoding="utf-8")
        path = root / "register/centers/080840000558.yml"
        text = path.read_text(encoding="utf-8")
        old = "'Бекова Салтанат Ерболқызы'"
        assert old in text
        path.write_text(text.replace(old, f"'{FORMULA}'", 1), encoding="utf-8")

    work = tmp_path_factory.mktemp("open-data")
    return build(copy_project(work / "repo"), work / "out", change=inject)


def _rows(site: Path, name: str) -> list[dict[str, str]]:
    with (site / f"downloads/{name}.csv").open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _package(site: Path) -> dict[str, object]:
    loaded = json.loads((site / "downloads/datapackage.json").read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def test_the_data_package_validates(site: Path) -> None:
    report = validate(site / "downloads/datapackage.json")
    errors = [(t.name, e.message) for t in report.tasks for e in t.errors]
    assert report.valid, errors or [e.message for e in report.errors]
    assert [t.name for t in report.tasks] == ["professions", "standards", "centers"]
    assert all(t.stats["rows"] > 0 for t in report.tasks)
    for lang in SITE_LANGUAGES:
        page = (site / lang / "downloads/index.html").read_text(encoding="utf-8")
        assert 'href="../../downloads/datapackage.json"' in page
        assert LABELS["datapackage-lead"][lang] in page


def test_every_column_has_titles_and_descriptions_in_kk_and_ru(site: Path) -> None:
    resources = {r["name"]: r for r in _package(site)["resources"]}  # type: ignore[attr-defined]
    for name, resource in resources.items():
        fields = resource["schema"]["fields"]
        with (site / "downloads" / resource["path"]).open(encoding="utf-8-sig") as f:
            header = next(csv.reader(f))
        assert [f["name"] for f in fields] == header, name
        for field in fields:
            for lang in SITE_LANGUAGES:
                assert field["titles"][lang] and field["descriptions"][lang], field["name"]
            assert field["descriptions"]["kk"] != field["descriptions"]["ru"], field["name"]
            assert field["title"] == " / ".join(field["titles"].values())
    professions = {f["name"]: f for f in resources["professions"]["schema"]["fields"]}
    assert professions["name_kk"]["titles"] == {
        "kk": "Атауы (қазақ тілінде)",
        "ru": "Наименование (на казахском языке)",
    }
    assert professions["document_validity_years"]["type"] == "integer"
    assert professions["legal_act_date"]["type"] == "date"
    assert resources["centers"]["schema"]["primaryKey"] == ["bin"]


def test_identifiers_carry_their_labels_beside_them(site: Path) -> None:
    """Each identifier's two label columns hold the labels the schema gives its value, and
    the labels are the site's words (basis, status, the route, a body's name)."""
    resources = _package(site)["resources"]
    checked = 0
    for resource in resources:  # type: ignore[attr-defined]
        rows = _rows(site, resource["name"])
        for field in resource["schema"]["fields"]:
            if "enumLabels" not in field:
                continue
            assert set(field["enumLabels"]) == set(field["constraints"]["enum"])
            for row in rows:
                value = row[field["name"]]
                for lang in SITE_LANGUAGES:
                    expected = field["enumLabels"][value][lang] if value else ""
                    assert row[f"{field['name']}_{lang}"] == expected, (field["name"], value)
                    checked += 1
    assert checked > 100
    welder = next(r for r in _rows(site, "professions") if r["code"] == "7212-1-008")
    assert welder["basis"] == "mandatory" and welder["basis_ru"] == LABELS["mandatory"]["ru"]
    assert welder["status_kk"] == LABELS["status-included"]["kk"]
    assert (welder["body"], welder["body_ru"]) == ("industry", _body_name("industry", "ru"))
    center = next(r for r in _rows(site, "centers") if r["bin"] == "080840000558")
    assert (
        center["accreditation_route_kk"] == LABELS[f"route-{center['accreditation_route']}"]["kk"]
    )


def _body_name(body: str, lang: str) -> str:
    from nqs.site.model import build_model
    from tests.conftest import PROJECT

    outcome = validate_register(PROJECT, WRITTEN_FOR)
    assert outcome.register is not None
    return str(build_model(outcome.register).bodies[body]["name"][lang])


def test_formulas_stay_neutralized_and_the_package_stays_valid(site: Path) -> None:
    center = next(r for r in _rows(site, "centers") if r["bin"] == "080840000558")
    assert center["founders_kk"].startswith("'" + FORMULA)
    sheets = load_workbook(site / "downloads/centers.xlsx")
    assert sheets.sheetnames == ["centers", "columns"]
    for sheet in sheets.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type in ("s", "inlineStr", "n"), cell.coordinate
                assert not str(cell.value or "").startswith(("=", "+", "-", "@", "\t", "\r"))
    columns = list(sheets["columns"].iter_rows(values_only=True))
    assert columns[0] == ("column", "title_kk", "title_ru", "description_kk", "description_ru")
    assert [r[0] for r in columns[1:]] == list(_rows(site, "centers")[0])
    assert columns[1][:3] == ("bin", "БСН", "БИН")
    welder = next(r for r in _rows(site, "professions") if r["code"] == "7212-1-008")
    assert HOSTILE in welder["name_kk"] and HOSTILE in welder["name_ru"]


# The static JSON API (site/api.py).


def _register(site: Path) -> Register:
    outcome = validate_register(site.parent / "repo", WRITTEN_FOR)
    assert outcome.register is not None
    return outcome.register


def _api(site: Path, address: str) -> dict[str, Any]:
    loaded = json.loads((site / "api/v1" / address).read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def test_each_entry_has_its_document_with_the_validated_data(site: Path) -> None:
    register = _register(site)
    index = _api(site, "index.json")
    assert index["version"] == "v1" and index["as_of"] == WRITTEN_FOR.isoformat()
    for kind in ENTRY_KINDS:
        documents = register.documents[kind]
        listed = _api(site, index["lists"][kind.section])
        assert listed["count"] == len(documents) == len(listed["entries"]) > 0
        assert len(list((site / "api/v1" / kind.section).iterdir())) == len(documents)
        for doc, row in zip(sorted(documents, key=key), listed["entries"], strict=True):
            entry = _api(site, row["api"])
            assert row["api"] == f"{kind.section}/{key(doc)}.json"
            assert (entry["kind"], entry["key"], row[kind.key_field]) == (
                kind.value,
                key(doc),
                key(doc),
            )
            assert entry["data"] == doc.data  # the file as read and validated, unchanged
            assert row[kind.title_field] == doc.data[kind.title_field]
            for lang in SITE_LANGUAGES:
                page = entry["pages"][lang]
                assert page == row["pages"][lang] == f"{SITE_URL}{lang}/{kind.section}/{key(doc)}/"
                assert (site / page.removeprefix(SITE_URL) / "index.html").is_file()


def test_derived_statuses_are_the_laws(site: Path) -> None:
    """A center's status and state are nqs.law's, as the downloads and the site say them."""
    register = _register(site)
    downloaded = {r["bin"]: r for r in _rows(site, "centers")}
    listed = {r["bin"]: r for r in _api(site, "centers.json")["entries"]}
    states = set()
    for doc in register.centers:
        derived = _api(site, f"centers/{doc.data['bin']}.json")["derived"]
        expected = {"status": status(doc.data), "state": center_state(doc.data, WRITTEN_FOR)}
        assert derived == expected
        row = downloaded[doc.data["bin"]]
        assert (row["status"], row["state_as_of_build"]) == (expected["status"], expected["state"])
        assert {k: listed[doc.data["bin"]][k] for k in expected} == expected
        states.add(expected["state"])
    assert len(states) > 2  # the bundled register has centers in several states
    welder = _api(site, "professions/7212-1-008.json")["derived"]["centers"]
    covering = [
        d.data["bin"]
        for d in register.centers
        if any(i["code"] == "7212-1-008" for i in d.data["professions"])
    ]
    assert welder == sorted(covering) and welder
    decision = _api(site, "decisions/2024-10-30.json")["derived"]
    included = sorted(
        d.data["code"] for d in register.professions if d.data.get("included_by") == "2024-10-30"
    )
    assert decision["included"] == included


def test_hostile_values_are_json_strings(site: Path) -> None:
    raw = (site / "api/v1/professions/7212-1-008.json").read_text(encoding="utf-8")
    assert json.loads(raw)["data"]["name"]["kk"] == f"Дәнекерлеуші {HOSTILE}"
    assert '\\"q\\"' in raw and "\\\\ &" in raw  # quotes and the backslash escaped
    listed = _api(site, "professions.json")["entries"]
    assert next(r for r in listed if r["code"] == "7212-1-008")["name"]["ru"].endswith(HOSTILE)


def test_the_data_page_documents_the_api_with_a_real_example(site: Path) -> None:
    for lang in SITE_LANGUAGES:
        page = (site / lang / "data/index.html").read_text(encoding="utf-8")
        for address in ("api/v1/index.json", "api/v1/professions/", "api/v1/centers.json"):
            assert address in page, (lang, address)
        example = re.search(r"curl https://nqs-kz\.github\.io/nqs/api/v1/([\w/.-]+)", page)
        assert example is not None
        assert (site / "api/v1" / example[1]).is_file()


# schema.org JSON-LD in the entry pages (site/linked_data.py), checked against the
# vocabulary: each type's properties (its own and its supertypes', as the schema.org pages
# of the types list them) with the types each accepts; Text, Date, Duration and URL are
# checked by their form. The properties the pages must carry are the REQUIRED ones.

_THING = {"name": {"Text"}, "identifier": {"PropertyValue", "Text", "URL"}, "url": {"URL"}}
_THING |= {"sameAs": {"URL"}, "description": {"Text"}, "alternateName": {"Text"}}
_CREATIVE_WORK = _THING | {
    "dateCreated": {"Date"},
    "expires": {"Date"},
    "inLanguage": {"Text"},
    "publisher": {"Organization", "Person"},
    "genre": {"Text", "URL"},
}
_ORGANIZATION = _THING | {
    "address": {"PostalAddress", "Text"},
    "telephone": {"Text"},
    "email": {"Text"},
    "hasCredential": {"EducationalOccupationalCredential"},
    "taxID": {"Text"},
}
VOCABULARY: dict[str, dict[str, set[str]]] = {
    "Occupation": _THING
    | {
        "occupationalCategory": {"CategoryCode", "Text"},
        "qualifications": {"EducationalOccupationalCredential", "Text"},
        "occupationLocation": {"AdministrativeArea"},
    },
    "CategoryCode": _THING | {"codeValue": {"Text"}, "inCodeSet": {"CategoryCodeSet", "URL"}},
    "CategoryCodeSet": _CREATIVE_WORK | {"hasCategoryCode": {"CategoryCode"}},
    "EducationalOccupationalCredential": _CREATIVE_WORK
    | {
        "credentialCategory": {"DefinedTerm", "Text", "URL"},
        "educationalLevel": {"DefinedTerm", "Text", "URL"},
        "recognizedBy": {"Organization"},
        "validFor": {"Duration"},
        "validIn": {"AdministrativeArea"},
    },
    "CreativeWork": _CREATIVE_WORK,
    "Organization": _ORGANIZATION,
    "GovernmentOrganization": _ORGANIZATION,
    "PostalAddress": _THING
    | {"streetAddress": {"Text"}, "addressRegion": {"Text"}, "addressCountry": {"Country", "Text"}},
    "PropertyValue": _THING | {"propertyID": {"Text", "URL"}, "value": {"Text"}},
    "Country": _THING,
}
SUBTYPES = {
    "Organization": {"Organization", "GovernmentOrganization"},
    "AdministrativeArea": {"AdministrativeArea", "Country"},
}
REQUIRED = {
    "Occupation": {"name", "occupationalCategory", "url"},
    "CategoryCode": {"codeValue", "inCodeSet"},
    "EducationalOccupationalCredential": {"name", "credentialCategory"},
    "CreativeWork": {"name", "identifier", "publisher", "url"},
    "Organization": {"name"},
    "GovernmentOrganization": {"name"},
    "PostalAddress": {"streetAddress", "addressCountry"},
    "PropertyValue": {"propertyID", "value"},
    "Country": {"name"},
}
_FORMS = {
    "Text": r"(?s).+",
    "URL": r"https?://\S+",
    "Date": r"\d{4}-\d{2}-\d{2}",
    "Duration": r"P(?=\d)(\d+Y)?(\d+M)?",
}


def _conforms(node: Any, accepted: set[str], where: str) -> None:
    if isinstance(node, list):
        for item in node:
            _conforms(item, accepted, where)
        return
    if isinstance(node, str):
        assert any(re.fullmatch(_FORMS[t], node) for t in accepted if t in _FORMS), (where, node)
        return
    kind = node["@type"]
    allowed = set().union(*(SUBTYPES.get(t, {t}) for t in accepted))
    assert kind in allowed and kind in VOCABULARY, (where, kind, accepted)
    assert REQUIRED.get(kind, set()) <= set(node), (where, kind, set(node))
    for name, value in node.items():
        if name.startswith("@"):
            continue
        assert name in VOCABULARY[kind], f"{where}: {kind} has no property {name}"
        _conforms(value, VOCABULARY[kind][name], f"{where}.{name}")


class _Scripts(HTMLParser):
    """The <script> elements of a page as a browser's parser splits them: type and text."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self.scripts.append((dict(attrs).get("type") or "", ""))

    def handle_data(self, data: str) -> None:
        if self.lasttag == "script" and self.scripts and not self.scripts[-1][1]:
            self.scripts[-1] = (self.scripts[-1][0], data)


def _linked_data(page: Path) -> list[dict[str, Any]]:
    parser = _Scripts()
    parser.feed(page.read_text(encoding="utf-8"))
    return [json.loads(text) for kind, text in parser.scripts if kind == "application/ld+json"]


LINKED = {
    Kind.PROFESSION: "Occupation",
    Kind.STANDARD: "CreativeWork",
    Kind.CENTER: "Organization",
    Kind.DECISION: "CreativeWork",
}


def test_entry_pages_carry_schema_org_linked_data(site: Path) -> None:
    register = _register(site)
    bodies = {b["id"]: b for b in _bodies(site)}
    for kind, expected in LINKED.items():
        for doc in register.documents[kind]:
            for lang in SITE_LANGUAGES:
                uri = f"{lang}/{kind.section}/{key(doc)}/"
                found = _linked_data(site / uri / "index.html")
                assert len(found) == 1, uri
                (data,) = found
                assert data["@context"] == "https://schema.org" and data["@type"] == expected
                _conforms(data, {expected}, uri)
                assert data["url"] == SITE_URL + uri
                assert data["name"] == doc.data[kind.title_field][lang]
                if kind is Kind.PROFESSION:
                    _occupation(data, doc.data, bodies, lang)
                if kind is Kind.DECISION:
                    _recommendation(data, doc.data, lang)


def _occupation(
    data: dict[str, Any], entry: dict[str, Any], bodies: dict[str, Any], lang: str
) -> None:
    assert data["occupationalCategory"]["codeValue"] == entry["code"]
    if entry["status"] != "included":
        assert "qualifications" not in data
        return
    credential = data["qualifications"]
    years, months = entry.get("document_validity_years"), entry.get("document_validity_months")
    assert (
        credential["validFor"] == f"P{f'{years}Y' if years else ''}{f'{months}M' if months else ''}"
    )
    body = bodies[entry["body"]]
    organization = "Organization" if body["kind"] == "chamber" else "GovernmentOrganization"
    assert credential["recognizedBy"] == {
        "@type": organization,
        "name": body["name"][lang],
        "identifier": body["id"],
    }


def _recommendation(data: dict[str, Any], entry: dict[str, Any], lang: str) -> None:
    """A council decision: the Council's recommendation, known by its protocol and date."""
    assert data["genre"] == LABELS["decision"][lang]
    assert data["identifier"]["value"] == entry["protocol"]
    assert data["dateCreated"] == str(entry["date"])
    assert data["publisher"] == {"@type": "Organization", "name": LABELS["national-council"][lang]}
    assert data["inLanguage"] == lang


def _bodies(site: Path) -> list[dict[str, Any]]:
    import yaml

    loaded = yaml.safe_load((site.parent / "repo/register/bodies.yml").read_text("utf-8"))
    return list(loaded["bodies"])


def test_a_script_end_in_a_name_cannot_leave_the_linked_data(site: Path) -> None:
    for lang, name in (("kk", "Дәнекерлеуші"), ("ru", "Сварщик")):
        page = site / lang / "professions/7212-1-008/index.html"
        clean = site / lang / "professions/2512-1-007/index.html"
        scripts = _Scripts()
        scripts.feed(page.read_text(encoding="utf-8"))
        others = _Scripts()
        others.feed(clean.read_text(encoding="utf-8"))
        # the payload opened no script of its own: the same scripts as a clean page
        assert [t for t, _ in scripts.scripts] == [t for t, _ in others.scripts]
        (data,) = _linked_data(page)
        assert data["name"] == f"{name} {HOSTILE}"
        (text,) = [t for kind, t in scripts.scripts if kind == "application/ld+json"]
        assert "<" not in text and ">" not in text and "&" not in text
        assert "\\u003c/script\\u003e" in text


def test_the_escaping_keeps_every_character() -> None:
    from nqs.site.linked_data import script

    value = "</script><!-- <script> & \u2028 \" \\ 'x'"
    element = str(script({"name": value}))
    inner = element.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert "<" not in inner and json.loads(inner) == {"name": value}
