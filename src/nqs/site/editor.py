"""The form editor at /admin/ (Decap CMS, docs/editor.md): its configuration generated from
schemas/ and the bodies, never written by hand.

A collection per kind of file, the professions and the standards one per sectoral body (the
folders their teams own, CODEOWNERS); a widget per field of the schema, labelled in the
editor's language from the site's catalog (site/labels.py), with the form of a code from
the validator's (messages.py) as its hint. Beside the configuration, the layout of each kind
(editor.json): the order of the keys and the kind of each value, by which /admin/nqs-cms.js
writes a saved entry in the house style the validator and the upkeep scripts use.

Plain values in (the schemas' JSON, the bodies, the regions), plain values out.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from nqs.cycle import Cycle, current
from nqs.entries import Body
from nqs.files import read_regular
from nqs.layout import Kind, modeline
from nqs.messages import render
from nqs.reference import Name
from nqs.register import Register
from nqs.schema import _FIELD_FORMS, _FORMS, MAX_SCHEMA_BYTES
from nqs.site.labels import FIELD_LABELS, LABELS, SITE_LANGUAGES

# The repository on GitHub the editor proposes changes to, where neither --repo nor the
# clone's origin says another.
REPOSITORY = "nqs-kz/nqs"
_GITHUB_REMOTE = re.compile(
    r"^(?:https://github\.com/|git@github\.com:|ssh://git@github\.com/)"
    r"([A-Za-z0-9-]+/[A-Za-z0-9._-]+?)(?:\.git)?/?$"
)
REPOSITORY_FORM = re.compile(r"^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$")
FOLDER = "admin"  # the editor's folder in the site
PREVIEW = "/__nqs_preview"  # nqs edit's address that renders an entry with the site's template
# The classifier's occupations, [code, kk name, ru name] each, for a profession's code to be
# chosen by its code or its name (nqs-cms.js): fetched by the profession's form only.
CLASSIFIER = "classifier.json"
SOURCES = Path("site/admin")  # the register's own scripts of the editor
# The packages installed from editor/package-lock.json (Makefile), and what /admin/ serves of
# each: (folder in node_modules, file patterns, folder in /admin/).
NODE_MODULES = Path(".cache/editor/node_modules")
VENDORED = (
    ("decap-cms/dist", ("decap-cms.js", "*.decap-cms.js", "*.wasm", "*.LICENSE.txt"), ""),
    ("yaml/browser/dist", ("*.js",), "yaml"),
    ("yaml", ("LICENSE",), "yaml"),
)


# The label (site/labels.py) of each field, by its name wherever it is in a schema: the
# site's own field labels, and the editor's where a form needs another word or a deeper field.
WIDGET_LABELS = {
    **FIELD_LABELS,
    "id": "editor-id",
    "title": "editor-title",
    "number": "editor-number",
    "article": "editor-article",
    "paragraph": "editor-paragraph",
    "subparagraph": "editor-subparagraph",
    "appendix": "editor-appendix",
    "requirement": "requirement",
    "health_life_safety": "ground-health",
    "not_applicable": "ground-not-applicable",
    "labour_market_demand": "ground-demand",
    "standards": "ground-standards",
    "qualification_requirements": "ground-requirements",
    "reference": "editor-reference",
    "document_validity_years": "editor-validity-years",
    "document_validity_months": "editor-validity-months",
    "level": "level",
    "knowledge": "function-knowledge",
    "order_number": "editor-order-number",
    "kind": "editor-act-kind",
    "issuer": "editor-issuer",
    "included": "draft-included",
    "amended": "draft-amended",
    "excluded": "draft-excluded",
    "reason": "editor-reason",
    "phone": "phone",
    "email": "email",
    "website": "website",
    "route": "accreditor",
    "decision": "accreditation-decision",
    "issued": "issued",
    "expires": "expires",
    "events": "editor-events",
    "reissue": "reissued",
    "ground": "ground",
    "detected": "detected",
    "copy_sent": "copy-sent",
    "violations_removed": "violations-removed",
    "kk": "editor-in-kk",
    "ru": "editor-in-ru",
}
# The label of an enumerated value: the first of these keys the site's catalog has.
_VALUE_LABELS = ("{value}", "status-{value}", "requirement-{value}", "route-{value}")
_VALUE_LABELS_OF = {
    "ground": ("ground-{value}",),
    "reason": ("reason-{value}",),
    "kind": ("act-kind-{value}",),
}
# Fields whose value is chosen among the entries of another collection.
_RELATIONS = {
    "decision_id": ("decisions", "id"),
}
# Values chosen from a list or a calendar, whose form needs no hint.
_CHOSEN = ("body_id", "decision_id", "date", "region_id")
_DATE = {
    "widget": "datetime",
    "format": "YYYY-MM-DD",
    "date_format": "DD.MM.YYYY",
    "time_format": False,
}


@dataclass(frozen=True, slots=True)
class Backend:
    """Where the editor saves: pull requests on GitHub into the cycle branch of repository
    (OWNER/NAME); under `nqs edit`, decap-server on this machine at local_port instead, and
    the preview pane renders the entry through nqs edit's own server (PREVIEW). The public
    site's editor (local_port None) asks no other address than GitHub's."""

    repository: str = REPOSITORY
    local_port: int | None = None


def repository_of(root: Path) -> str:
    """The repository on GitHub the clone at root came from (its remote origin), or
    REPOSITORY when it has none there."""
    done = subprocess.run(
        ["git", "-C", str(root), "remote", "get-url", "origin"],
        capture_output=True,
        text=True,
        check=False,
    )
    found = _GITHUB_REMOTE.match(done.stdout.strip()) if done.returncode == 0 else None
    return found.group(1) if found else REPOSITORY


@dataclass(frozen=True, slots=True)
class Collection:
    """What an editor collection holds: files of one kind, in one folder."""

    name: str
    kind: Kind
    folder: str
    body: str | None  # the owning body of the folder, for professions and standards


def collections(bodies: Mapping[str, Body]) -> list[Collection]:
    """The collections: professions and standards per sectoral body, the centers, the
    council's decisions."""
    sectoral = sorted(b["id"] for b in bodies.values() if b["kind"] == "sectoral")
    found = [
        Collection(f"professions-{b}", Kind.PROFESSION, f"register/professions/{b}", b)
        for b in sectoral
    ]
    found += [Collection(f"standards-{b}", Kind.STANDARD, f"standards/{b}", b) for b in sectoral]
    found.append(Collection("centers", Kind.CENTER, "register/centers", None))
    found.append(Collection("decisions", Kind.DECISION, "register/decisions", None))
    return found


def read_schemas(root: Path) -> dict[str, Any]:
    """The schemas of schemas/ by file name, as JSON (the validator has checked them)."""
    found = {}
    for kind in [*Kind, None]:
        name = kind.schema_file if kind else "defs.schema.json"
        raw = read_regular(root, f"schemas/{name}", MAX_SCHEMA_BYTES)
        found[name] = json.loads(raw.decode("utf-8"))
    return found


def resolve(
    schemas: Mapping[str, Any], node: Mapping[str, Any], file: str
) -> tuple[str | None, Mapping[str, Any], str]:
    """The name of the definition a schema node refers to (if any), the node it refers to,
    merged with the referring node's own keywords, and the schema file it is in."""
    ref = node.get("$ref")
    if not isinstance(ref, str):
        return None, node, file
    target_file, _, pointer = ref.partition("#")
    target_file = target_file or file
    target: Any = schemas[target_file]
    for part in pointer.strip("/").split("/"):
        target = target[part]
    name, resolved, where = resolve(schemas, target, target_file)
    merged = {**resolved, **{k: v for k, v in node.items() if k != "$ref"}}
    return name or pointer.rsplit("/", 1)[-1], merged, where


class _Fields:
    """The widgets of one collection, walked from its kind's schema."""

    def __init__(
        self,
        schemas: Mapping[str, Any],
        collection: Collection,
        bodies: Mapping[str, Body],
        regions: Mapping[str, Name],
        lang: str,
    ) -> None:
        self.schemas = schemas
        self.collection = collection
        self.bodies = bodies
        self.regions = regions
        self.lang = lang

    def label(self, key: str) -> str:
        return LABELS.render(key, {}, self.lang)

    def fields(
        self, node: Mapping[str, Any], file: str, path: tuple[str, ...], filled: bool = True
    ) -> list[dict[str, Any]]:
        """The widgets of the properties of an object node (of every alternative of an
        anyOf: the health ground is a text or a reason why it does not apply). Inside an
        optional object (filled false) no field is required by the form, which would refuse
        the object left out: the validator says what a half-filled one lacks."""
        properties: dict[str, Any] = {}
        required: set[str] = set()
        alternatives = [node, *node.get("anyOf", ())]
        for index, alternative in enumerate(alternatives):
            _, alternative, _ = resolve(self.schemas, alternative, file)
            properties.update(alternative.get("properties", {}))
            if index == 0:  # an alternative's own requirements hold only when it is chosen
                required.update(alternative.get("required", ()))
        return [
            self.widget(name, sub, file, (*path, name), filled and name in required)
            for name, sub in properties.items()
        ]

    def widget(
        self, name: str, node: Mapping[str, Any], file: str, path: tuple[str, ...], required: bool
    ) -> dict[str, Any]:
        definition, node, file = resolve(self.schemas, node, file)
        field: dict[str, Any] = {"name": name, "label": self.label(WIDGET_LABELS[name])}
        if not required:
            field["required"] = False
        field.update(self._shape(name, definition, node, file, path, required))
        hint = self._hint(name, definition, node)
        if hint:
            field["hint"] = hint
        return field

    def _hint(self, name: str, definition: str | None, node: Mapping[str, Any]) -> str | None:
        """The form of a text a pattern constrains, in the validator's words."""
        key = _FORMS.get(definition or "") or _FIELD_FORMS.get(name)
        if key is None or "pattern" not in node or definition in _CHOSEN:
            return None
        return render(key, {}, self.lang)

    def _shape(
        self,
        name: str,
        definition: str | None,
        node: Mapping[str, Any],
        file: str,
        path: tuple[str, ...],
        required: bool,
    ) -> dict[str, Any]:
        if definition == "text":
            fields = self.fields(node, file, path, required)
            return {"widget": "object", "collapsed": False, "fields": fields}
        if definition == "date":
            return dict(_DATE)
        if definition == "body_id":
            if path == ("body",) and self.collection.body is not None:  # the folder's body
                return {"widget": "hidden", "default": self.collection.body}
            options = [
                {"label": f"{b} — {self.bodies[b]['name'][_lang(self.lang)]}", "value": b}
                for b in sorted(self.bodies)
            ]
            return {"widget": "select", "options": options}
        if definition == "region_id":
            options = [
                {"label": f"{r} — {getattr(n, _lang(self.lang))}", "value": r}
                for r, n in self.regions.items()
            ]
            return {"widget": "select", "options": options}
        relation = self._relation(definition, path)
        if relation is not None:
            return relation
        if "enum" in node:
            return {"widget": "select", "options": [self._option(name, v) for v in node["enum"]]}
        if node.get("const") is False:
            return {"widget": "hidden", "default": False}
        kind = node.get("type")
        if kind == "array":
            items = node["items"]
            item_name, item, item_file = resolve(self.schemas, items, file)
            shape: dict[str, Any] = {"widget": "list", "collapsed": False}
            relation = self._relation(item_name, path)
            if relation is not None:
                return {**relation, "multiple": True, "min": node.get("minItems", 0)}
            if item_name == "text" or item.get("type") == "object":
                shape["fields"] = self.fields(item, item_file, path)
            else:
                shape["field"] = self.widget(name, items, file, path, True)
            if "minItems" in node:
                shape["min"] = node["minItems"]
            return shape
        if kind == "object" or "anyOf" in node:
            fields = self.fields(node, file, path, required)
            return {"widget": "object", "collapsed": False, "fields": fields}
        if kind == "integer":
            shape = {"widget": "number", "value_type": "int"}
            shape.update({k: node[k] for k in ("minimum", "maximum") if k in node})
            return {
                ("min" if k == "minimum" else "max" if k == "maximum" else k): v
                for k, v in shape.items()
            }
        if kind == "boolean":
            return {"widget": "boolean", "default": False}
        shape = {"widget": "text" if path[-1] in ("kk", "ru") else "string"}
        if "pattern" in node:
            hint = self._hint(name, definition, node) or render("form-other", {}, self.lang)
            shape["pattern"] = [node["pattern"], hint]
        return shape

    def _relation(self, definition: str | None, path: tuple[str, ...]) -> dict[str, Any] | None:
        """A value chosen among the entries of a collection: a council decision, or a
        standard of the profession's own body (its grounds, Rules 8(3))."""
        if definition == "standard_code" and path[:1] == ("grounds",):
            target, key = f"standards-{self.collection.body}", "code"
        elif definition in _RELATIONS:
            target, key = _RELATIONS[definition]
        else:
            return None
        return {
            "widget": "relation",
            "collection": target,
            "value_field": key,
            "search_fields": [key],
            "display_fields": [key],
        }

    def _option(self, name: str, value: str) -> dict[str, str]:
        for template in _VALUE_LABELS_OF.get(name, _VALUE_LABELS):
            key = template.format(value=value)
            if key in LABELS:
                return {"label": self.label(key), "value": value}
        return {"label": value, "value": value}


def _lang(lang: str) -> str:
    return lang if lang in SITE_LANGUAGES else "ru"


def config(
    schemas: Mapping[str, Any],
    bodies: Mapping[str, Body],
    regions: Mapping[str, Name],
    lang: str,
    cycle: Cycle,
    backend: Backend,
) -> dict[str, Any]:
    """The Decap CMS configuration of the editor in lang: pull requests (editorial
    workflow) into the cycle's branch on GitHub, or into decap-server on this machine."""
    found: list[dict[str, Any]] = []
    for each in collections(bodies):
        fields = _Fields(schemas, each, bodies, regions, lang)
        schema = schemas[each.kind.schema_file]
        key = each.kind.key_field
        title = LABELS.render(each.kind.section, {}, lang)
        if each.body is not None:
            title = f"{title}: {bodies[each.body]['name'][_lang(lang)]}"
        entry: dict[str, Any] = {
            "name": each.name,
            "label": title,
            "label_singular": LABELS.render(each.kind.value, {}, lang),
            "folder": each.folder,
            "extension": "yml",
            "format": f"nqs-{each.kind.value}",
            "identifier_field": key,
            "slug": "{{" + key + "}}",
            "summary": "{{" + key + "}} — {{" + each.kind.title_field + "." + lang + "}}",
            "create": each.kind is not Kind.DECISION,
            "delete": False,
            "fields": fields.fields(schema, each.kind.schema_file, ()),
        }
        if each.kind is Kind.DECISION:  # written by `nqs record-decision`, read here
            entry["publish"] = False
        found.append(entry)
    settings: dict[str, Any] = {
        "locale": lang,
        "backend": {
            "name": "github",
            "repo": backend.repository,
            "branch": cycle.branch,
            "squash_merges": True,
        },
    }
    if backend.local_port is not None:
        settings["local_backend"] = {"url": f"http://127.0.0.1:{backend.local_port}/api/v1"}
    return {
        **settings,
        "publish_mode": "editorial_workflow",
        "media_folder": "register/media",
        "show_preview_links": False,
        "editor": {"preview": backend.local_port is not None},
        "search": False,
        "collections": found,
    }


def layouts(schemas: Mapping[str, Any]) -> dict[str, Any]:
    """For each kind of entry: the modeline of its files and the tree of its keys, each with
    the kind of value /admin/nqs-cms.js writes there (quoted text, plain date, number,
    boolean, or a provision number: plain when it is digits only)."""

    def tree(node: Mapping[str, Any], file: str) -> Any:
        definition, node, file = resolve(schemas, node, file)
        if definition in ("date",):
            return "date"
        if definition == "provision_number":
            return "provision"
        kind = node.get("type")
        if kind == "array":
            return {"items": tree(node["items"], file)}
        if kind == "object" or "properties" in node or "anyOf" in node:
            keys: dict[str, Any] = {}
            for alternative in [node, *node.get("anyOf", ())]:
                _, alternative, alt_file = resolve(schemas, alternative, file)
                for name, sub in alternative.get("properties", {}).items():
                    keys[name] = tree(sub, alt_file)
            return {"keys": [[name, sub] for name, sub in keys.items()]}
        if kind == "integer":
            return "int"
        if kind == "boolean" or node.get("const") is False:
            return "bool"
        return "text"

    example = {
        Kind.PROFESSION: "register/professions/b/x.yml",
        Kind.STANDARD: "standards/b/x.yml",
        Kind.CENTER: "register/centers/x.yml",
        Kind.DECISION: "register/decisions/x.yml",
    }
    return {
        kind.value: {
            "modeline": modeline(path, kind),
            "tree": tree(schemas[kind.schema_file], kind.schema_file),
        }
        for kind, path in example.items()
    }


def _index(lang: str) -> str:
    """The editor's page in lang: Decap CMS, then the register's format and locale."""
    title = LABELS.render("editor-page-title", {}, lang)
    return (
        "<!doctype html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="robots" content="noindex">\n'
        f"<title>{title}</title>\n"
        '<link rel="stylesheet" href="../nqs-cms.css">\n'
        "<script>window.CMS_MANUAL_INIT = true;</script>\n"
        '<script src="../decap-cms.js"></script>\n'
        '<script type="module" src="../nqs-cms.js"></script>\n'
        "</head>\n<body>\n</body>\n</html>\n"
    )


def _choice() -> str:
    """/admin/ itself: the editor in either language."""

    def said(key: str, lang: str) -> str:
        return LABELS.render(key, {}, lang)

    links = "\n".join(
        f'<li><a href="{lang}/" lang="{lang}" hreflang="{lang}">'
        f"{said('language-name', lang)}: {said('editor-page-title', lang)}</a></li>"
        for lang in SITE_LANGUAGES
    )
    heading = " / ".join(
        f'<span lang="{lang}">{said("editor-page-title", lang)}</span>' for lang in SITE_LANGUAGES
    )
    title = " / ".join(said("editor-page-title", lang) for lang in SITE_LANGUAGES)
    return (
        '<!doctype html>\n<html lang="kk">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="robots" content="noindex">\n<title>{title}</title>\n'
        "<style>body{font-family:system-ui,sans-serif;margin:2rem;line-height:1.6}</style>\n"
        f"</head>\n<body>\n<main>\n<h1>{heading}</h1>\n<ul>\n{links}\n</ul>\n</main>\n"
        "</body>\n</html>\n"
    )


def locale(lang: str) -> dict[str, Any]:
    """The editor's own words in lang (labels editor-ui-*), nested as Decap's locales are."""
    nested: dict[str, Any] = {}
    prefix = "editor-ui-"
    for key in LABELS:
        if key.startswith(prefix):
            *parents, last = key[len(prefix) :].split(".")
            place = nested
            for parent in parents:
                place = place.setdefault(parent, {})
            place[last] = LABELS.render(key, {}, lang)
    return nested


def editor_files(
    schemas: Mapping[str, Any],
    bodies: Mapping[str, Body],
    regions: Mapping[str, Name],
    occupations: Mapping[str, Name],
    cycle: Cycle,
    backend: Backend,
) -> dict[str, str]:
    """The generated files of /admin/ by their path in it."""
    files = {"index.html": _choice()}
    classifier = [[code, name.kk, name.ru] for code, name in sorted(occupations.items())]
    files[CLASSIFIER] = json.dumps(classifier, ensure_ascii=False, separators=(",", ":"))
    for lang in SITE_LANGUAGES:
        settings = config(schemas, bodies, regions, lang, cycle, backend)
        files[f"{lang}/config.yml"] = yaml.safe_dump(settings, allow_unicode=True, sort_keys=False)
        files[f"{lang}/index.html"] = _index(lang)
    locales = {lang: locale(lang) for lang in SITE_LANGUAGES}
    layout = {
        "formats": layouts(schemas),
        "locales": locales,
        "readonly": [each.name for each in collections(bodies) if each.kind is Kind.DECISION],
        "preview": PREVIEW if backend.local_port is not None else None,
        "previewed": [each.name for each in collections(bodies)],
        "chosen": {
            each.name: "code" for each in collections(bodies) if each.kind is Kind.PROFESSION
        },
    }
    files["editor.json"] = json.dumps(layout, ensure_ascii=False, indent=1) + "\n"
    return files


def installed(root: Path) -> bool:
    """Whether Decap CMS is installed (`make site`, `make test`)."""
    return (root / NODE_MODULES / VENDORED[0][0] / "decap-cms.js").is_file()


def write_editor(root: Path, register: Register, out: Path, backend: Backend) -> None:
    """Write /admin/ into out: the configuration generated for the cycle running on the
    register's date, the register's scripts, and Decap CMS where it is installed (without
    it the pages are written, and say nothing works: `make site` installs it)."""
    files = editor_files(
        read_schemas(root),
        register.bodies,
        register.reference.regions,
        register.reference.occupations,
        current(register.as_of),
        backend,
    )
    for name, text in files.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_text(text, encoding="utf-8")
    for source in sorted((root / SOURCES).glob("*.*")):
        shutil.copyfile(source, out / source.name)
    for folder, patterns, target in VENDORED:
        (out / target).mkdir(parents=True, exist_ok=True)
        for pattern in patterns:
            for source in sorted((root / NODE_MODULES / folder).glob(pattern)):
                shutil.copyfile(source, out / target / source.name)
