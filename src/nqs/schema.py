"""JSON Schema validation of loaded documents, with messages a clerk can act on.

The schemas in schemas/ are the single source of truth for structure. A document is first
checked by jsonschema-rs (compiled, fast); only a document that fails is checked again by
the reference implementation, jsonschema, whose errors carry enough detail to be explained
field by field in Kazakh, Russian or English.

A schema is data of the repository too, and a proposal may change it: nothing it names is
fetched (a `$ref` reaches only the files of schemas/), and its patterns are matched by one
engine without backtracking (the Rust `regex` crate of jsonschema-rs) in both validators, so
that a pattern cannot hang the check and means the same in both: `$` is the end of the text,
never "before a final newline" as in Python's `re`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urljoin

import jsonschema_rs

from nqs.dates import FIRST_YEAR, LAST_YEAR, plausible_year
from nqs.files import read_regular
from nqs.layout import Kind
from nqs.loader import Document
from nqs.messages import Term
from nqs.problem import Finding, finding

# Schemas get this base in memory only: the files carry no $id, so that an editor resolves
# "defs.schema.json" next to the schema file instead of fetching it from the network.
BASE_URI = "https://nqs.invalid/schemas/"
DIALECT = "https://json-schema.org/draft/2020-12/schema"
MAX_SCHEMA_BYTES = 1024 * 1024
_DATE_FORM = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
# A date, or a decision id (a date), of the right form whose pattern still fails: its year.
_YEAR = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(-[2-9])?\Z")
_DATED = ("form-date", "form-decision-id")
_JSON_TYPES = {list: "array", bool: "boolean", str: "string", type(None): "null"}
# A linear-time engine: no lookaround, no backreferences, no catastrophic backtracking.
_PATTERNS = jsonschema_rs.RegexOptions()

_FORMS = {
    "occupation_code": "form-occupation-code",
    "standard_code": "form-standard-code",
    "bin": "form-bin",
    "body_id": "form-body-id",
    "decision_id": "form-decision-id",
    "region_id": "form-region-id",
    "date": "form-date",
    "url": "form-url",
    "provision_number": "form-provision-number",
}
_FIELD_FORMS = {
    "phone": "form-phone",
    "email": "form-email",
    "number": "form-certificate-number",
    "protocol": "form-protocol",
    "team": "form-team",
}


class SchemaError(Exception):
    """A schema file cannot be read or is not a valid JSON Schema.

    The detail is the validator's own text, or a catalog key (with its parameters) where nqs
    itself refuses the schema."""

    def __init__(self, path: Path, detail: str, key: str = "", **params: Any) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail
        self.key = key
        self.params = params


def _refuse(uri: str) -> Any:
    """The retriever of both validators: a schema refers only to resources already loaded."""
    raise ValueError(f"{uri}: only the files of schemas/ can be referred to")


class Schemas:
    """The validators of every kind of file, built once from a schemas/ folder."""

    def __init__(self, folder: Path) -> None:
        contents: dict[str, dict[str, Any]] = {}
        for path in sorted(folder.glob("*.schema.json")):
            try:
                # Never through a link: a schema is shown in messages, and a link could show
                # any file of the machine.
                raw = read_regular(folder.parent, f"{folder.name}/{path.name}", MAX_SCHEMA_BYTES)
                schema = json.loads(raw.decode("utf-8"))
            except json.JSONDecodeError as exc:  # where, in the reader's words
                where = {"line": exc.lineno, "column": exc.colno}
                raise SchemaError(path, exc.msg, "schema-not-json", **where) from exc
            except (OSError, ValueError) as exc:
                raise SchemaError(path, str(exc).splitlines()[0]) from exc
            if not isinstance(schema, dict):
                found = _JSON_TYPES.get(type(schema), "number")
                raise SchemaError(path, found, "schema-not-object", found=found)
            contents[path.name] = schema
        for name, schema in contents.items():
            _check_outward(folder / name, schema, set(contents))
            try:  # only once nothing in it points outside: meta-validation fetches $schema
                jsonschema_rs.meta.validate(schema)
            except (ValueError, jsonschema_rs.ValidationError) as exc:
                raise SchemaError(folder / name, str(exc).splitlines()[0]) from exc
        contents = {name: {**s, "$id": BASE_URI + name} for name, s in contents.items()}
        self._schemas = contents
        defs = contents.get("defs.schema.json", {}).get("$defs", {})
        self._pattern_forms = {
            sub["pattern"]: _FORMS[name]
            for name, sub in defs.items()
            if name in _FORMS and isinstance(sub, dict) and "pattern" in sub
        }
        self._fast: dict[Kind, Any] = {}
        self._detailed: dict[Kind, Any] = {}
        missing = [kind.schema_file for kind in Kind if kind.schema_file not in contents]
        if missing:
            raise SchemaError(folder / missing[0], "missing")
        try:
            registry = jsonschema_rs.Registry(
                [(s["$id"], s) for s in contents.values()], retriever=_refuse
            )
        except ValueError as exc:
            raise SchemaError(folder, str(exc).splitlines()[0]) from exc
        for kind in Kind:
            try:  # a pattern the linear-time engine cannot compile is refused here
                self._fast[kind] = jsonschema_rs.validator_for(
                    contents[kind.schema_file],
                    registry=registry,
                    retriever=_refuse,
                    validate_formats=True,
                    pattern_options=_PATTERNS,
                )
            except (ValueError, jsonschema_rs.ValidationError) as exc:
                raise SchemaError(folder / kind.schema_file, str(exc).splitlines()[0]) from exc

    def check(self, doc: Document) -> list[Finding]:
        """What is wrong with a document's structure, each at its data path (the same error
        may be explained twice); empty when it is valid."""
        fast = self._fast[doc.kind]
        if fast.is_valid(doc.data):
            return []
        root = self._schemas[doc.kind.schema_file]
        findings = [
            found
            for error in self._detailed_validator(doc.kind).iter_errors(doc.data)
            for found in _explain(doc, error, root, self._pattern_forms)
        ]
        if not findings:  # the two implementations disagree: still never let it through
            detail = next(iter(fast.iter_errors(doc.data))).message
            findings = [finding(doc, (), "schema-other", field="/", detail=detail)]
        return findings

    def _detailed_validator(self, kind: Kind) -> Any:
        # Imported here: only a document that fails needs it, and it is slow to import.
        import jsonschema
        import referencing
        import referencing.jsonschema

        if kind not in self._detailed:
            registry: referencing.Registry[Any] = referencing.Registry().with_resources(
                (
                    s["$id"],
                    referencing.Resource.from_contents(
                        s, default_specification=referencing.jsonschema.DRAFT202012
                    ),
                )
                for s in self._schemas.values()
            )
            cls = jsonschema.validators.extend(
                jsonschema.Draft202012Validator, {"pattern": _pattern}
            )
            self._detailed[kind] = cls(
                self._schemas[kind.schema_file],
                registry=registry,
                format_checker=cls.FORMAT_CHECKER,
            )
        return self._detailed[kind]


def _check_outward(path: Path, schema: Any, names: set[str]) -> None:
    """Refuse what would make a validator reach outside schemas/ or match with Python's `re`:
    a $ref to anything but these files, a $schema other than the dialect of nqs, an $id
    (which would move the base of every reference under it), patternProperties."""
    base = BASE_URI + path.name
    known = {BASE_URI + name for name in names}
    stack = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        if not isinstance(node, dict):
            continue
        for key, value in node.items():
            stack.append(value)
            if key == "patternProperties" or (key == "$id" and isinstance(value, str)):
                raise SchemaError(path, key, "schema-keyword", keyword=key)
            if not isinstance(value, str):
                continue
            if key in ("$ref", "$dynamicRef") and _resolved(base, value) not in known:
                raise SchemaError(path, value, "schema-outward-ref", ref=value)
            if key == "$schema" and value != DIALECT:
                raise SchemaError(path, value, "schema-dialect", found=value, expected=DIALECT)


def _resolved(base: str, reference: str) -> str | None:
    """The resource a reference names, without its fragment; None if it is no URI at all."""
    try:
        return urldefrag(urljoin(base, reference))[0]
    except ValueError:
        return None


@lru_cache(maxsize=256)
def _matcher(pattern: str) -> Any:
    return jsonschema_rs.validator_for({"pattern": pattern}, pattern_options=_PATTERNS)


def _pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[Any]:
    """The `pattern` keyword of the detailed validator, matched as jsonschema-rs matches it."""
    from jsonschema.exceptions import ValidationError

    if validator.is_type(instance, "string") and not _matcher(pattern).is_valid(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def field_name(path: Sequence[Any]) -> str:
    """A path as the clerk sees it in the file, items counted from 1: grounds.standards[1]."""
    text = ""
    for part in path:
        text += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "/"


def _shown(value: Any) -> str:
    if isinstance(value, str):  # a newline or control character is shown, never printed
        return "'" + "".join(c if c.isprintable() else repr(c)[1:-1] for c in value) + "'"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "{…}"
    if isinstance(value, list):
        return "[…]"
    return str(value)


def _explain(
    doc: Document, error: Any, root: dict[str, Any], forms: dict[str, str]
) -> Iterator[Finding]:
    path = tuple(error.absolute_path)
    field = field_name(path)
    keyword = error.validator
    value = error.validator_value
    instance = error.instance
    schema_path = list(error.relative_schema_path)

    def problem(
        key: str, where: tuple[Any, ...] = path, at_key: bool = False, **params: Any
    ) -> Finding:
        return finding(doc, where, key, at_key=at_key, **params)

    if keyword == "anyOf" and all(set(branch) == {"required"} for branch in value):
        yield problem(
            "schema-any-of", field=field, options=[name for b in value for name in b["required"]]
        )
    elif keyword in ("anyOf", "oneOf"):
        from jsonschema.exceptions import best_match

        best = best_match(error.context)
        if best is not None:
            yield from _explain(doc, best, root, forms)
    elif keyword == "required":
        condition = _condition(root, schema_path)
        for name in value:
            if isinstance(instance, dict) and name not in instance:
                if condition and "then" in schema_path:
                    yield problem(
                        "schema-required-if",
                        (*path, condition[0]),
                        True,
                        name=name,
                        condition=condition[0],
                        value=condition[1],
                    )
                else:
                    yield problem("schema-required", name=_child(field, name))
    elif keyword == "not" and isinstance(value, dict) and "required" in value:
        condition = _condition(root, schema_path)
        for name in value["required"]:
            key = "schema-forbidden-unless" if "else" in schema_path else "schema-forbidden-if"
            if condition is None:
                key, condition = "schema-forbidden-if", ("?", "?")
            yield problem(
                key, (*path, name), True, name=name, condition=condition[0], value=condition[1]
            )
    elif keyword == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        for name in instance:
            if name not in allowed:
                yield problem("schema-additional", (*path, name), True, name=name, allowed=allowed)
    elif keyword == "type" and not path:
        yield problem("schema-root-type", found=_shown(instance))
    elif keyword == "type":
        yield problem(
            "schema-type", field=field, expected=_expected_type(error), found=_shown(instance)
        )
    elif keyword == "enum":
        yield problem("schema-enum", field=field, allowed=value, found=_shown(instance))
    elif keyword == "const":
        yield problem("schema-const", field=field, expected=_shown(value), found=_shown(instance))
    elif keyword == "pattern" and _YEAR.match(str(instance)) and forms.get(value) in _DATED:
        yield problem(
            "schema-date-year",
            field=field,
            found=_shown(instance),
            first=FIRST_YEAR,
            last=LAST_YEAR,
        )
    elif keyword == "pattern":
        yield problem(
            "schema-pattern",
            field=field,
            found=_shown(instance),
            expected=Term(forms.get(value) or _field_form(path)),
        )
    elif keyword == "format" and value == "date" and _real_form(instance):
        yield problem("schema-format-date", field=field, found=_shown(instance))
    elif keyword == "format" and value == "date" and "pattern" in error.schema:
        return  # the pattern's problem already says what is wrong: the form or the year
    elif keyword == "minLength" and value == 1:
        yield problem("schema-min-length", field=field)
    elif keyword == "maxLength":
        yield problem("schema-max-length", field=field, limit=value)
    elif keyword in ("minimum", "maximum"):
        yield problem(f"schema-{keyword}", field=field, limit=value, found=_shown(instance))
    elif keyword == "minItems" and value == 1:
        yield problem("schema-empty-list", field=field)
    elif keyword == "minItems":
        yield problem("schema-min-items", field=field, limit=value)
    elif keyword == "uniqueItems":
        repeated = next((item for i, item in enumerate(instance) if item in instance[:i]), None)
        yield problem("schema-unique", field=field, found=_shown(repeated))
    elif keyword in ("allOf", "if", "then", "else"):
        return
    else:
        yield problem("schema-other", field=field, detail=error.message)


def _expected_type(error: Any) -> Term | list[Term]:
    """What a type error expects, in words: a bilingual text (defs text) as such, and each of
    several allowed types."""
    value = error.validator_value
    if isinstance(value, list):
        return [Term(f"type-{name}") for name in value]
    if value == "object" and set(error.schema.get("properties", {})) == {"kk", "ru"}:
        return Term("type-text")
    return Term(f"type-{value}")


def _real_form(instance: Any) -> bool:
    """A date written YYYY-MM-DD in a plausible year: if it is refused, it does not exist."""
    text = str(instance)
    return bool(_DATE_FORM.match(text)) and plausible_year(int(text[:4]))


def _child(field: str, name: str) -> str:
    return name if field == "/" else f"{field}.{name}"


def _field_form(path: tuple[Any, ...]) -> str:
    """Which form a pattern outside the shared definitions describes, by its field's name."""
    name = next((part for part in reversed(path) if isinstance(part, str)), "")
    return _FIELD_FORMS.get(name, "form-other")


def _condition(root: dict[str, Any], schema_path: list[Any]) -> tuple[str, str] | None:
    """For an error inside then/else: the (property, value) of the matching if."""
    branch = max(
        (i for i, part in enumerate(schema_path) if part in ("then", "else")), default=None
    )
    if branch is None:
        return None
    node: Any = root
    for part in schema_path[:branch]:
        if part == "$ref" or not isinstance(node, dict | list):
            return None
        node = node[part]
    for name, sub in node.get("if", {}).get("properties", {}).items():
        if "const" in sub:
            return name, str(sub["const"])
    return None
