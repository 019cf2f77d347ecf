"""The TypedDicts of nqs.entries say what the schemas say: the same fields at every level, the
same required ones, and the same types of values, so that the type checker's view of the data
is the schema's."""

from __future__ import annotations

import json
import typing
from pathlib import Path
from typing import Any, Literal, get_args, get_origin, get_type_hints, is_typeddict

import pytest

from nqs import entries
from nqs.layout import Kind

SCHEMAS = Path(__file__).parent.parent / "schemas"
TYPES = {
    Kind.PROFESSION: entries.Profession,
    Kind.STANDARD: entries.Standard,
    Kind.CENTER: entries.Center,
    Kind.DECISION: entries.Decision,
    Kind.BODIES: entries.Bodies,
}
_SCALARS = {"string": str, "integer": int, "boolean": bool}


def _resolve(schema: dict[str, Any], home: str) -> tuple[dict[str, Any], str]:
    """The schema a reference points to, and the file it is in (a reference within a file
    names no file)."""
    ref = schema.get("$ref")
    if ref is None:
        return schema, home
    file, _, pointer = ref.partition("#")
    home = file or home
    node = json.loads((SCHEMAS / home).read_text(encoding="utf-8"))
    for part in pointer.strip("/").split("/"):
        node = node[part]
    return _resolve(node, home)


def _compare(schema: dict[str, Any], annotation: Any, where: str, home: str) -> list[str]:
    """Every difference between a schema (in the file `home`) and a type, each with where
    it is."""
    schema, home = _resolve(schema, home)
    if annotation == entries.Text:
        languages = set(entries.LANGUAGES)
        properties = schema.get("properties", {})
        strings = all(value.get("type") == "string" for value in properties.values())
        if set(properties) == set(schema.get("required", [])) == languages and strings:
            return []
        return [f"{where}: a bilingual text, not {schema}"]
    if "anyOf" in schema and "properties" not in schema:  # one of several shapes, in order
        branches, types = schema["anyOf"], get_args(annotation)
        if len(branches) != len(types):
            return [f"{where}: one of {len(branches)} shapes, typed {annotation}"]
        return [
            d for b, t in zip(branches, types, strict=True) for d in _compare(b, t, where, home)
        ]
    if "properties" in schema:
        if not is_typeddict(annotation):
            return [f"{where}: an object, typed {annotation}"]
        differences = []
        hints = get_type_hints(annotation)
        if set(schema["properties"]) != set(hints):
            differences.append(f"{where}: fields {sorted(schema['properties'])} != {sorted(hints)}")
        if set(schema.get("required", [])) != annotation.__required_keys__:
            differences.append(
                f"{where}: required {sorted(schema.get('required', []))} "
                f"!= {sorted(annotation.__required_keys__)}"
            )
        for name, value in schema["properties"].items():
            if name in hints:
                differences += _compare(value, hints[name], f"{where}.{name}", home)
        return differences
    if "enum" in schema or "const" in schema:
        values = schema.get("enum", [schema.get("const")])
        if get_origin(annotation) is not Literal or set(get_args(annotation)) != set(values):
            return [f"{where}: one of {values}, typed {annotation}"]
        return []
    if schema.get("type") == "array":
        if get_origin(annotation) is not list:
            return [f"{where}: an array, typed {annotation}"]
        return _compare(schema["items"], get_args(annotation)[0], f"{where}[]", home)
    if isinstance(schema["type"], list):  # one of several types: their union
        types = {_SCALARS[name] for name in schema["type"]}
        if set(get_args(annotation)) != types:
            return [f"{where}: one of {schema['type']}, typed {annotation}"]
        return []
    expected = _SCALARS[schema["type"]]
    return [] if annotation is expected else [f"{where}: {schema['type']}, typed {annotation}"]


@pytest.mark.parametrize("kind", list(Kind))
def test_each_kind_is_typed_as_its_schema_says(kind: Kind) -> None:
    schema = json.loads((SCHEMAS / kind.schema_file).read_text(encoding="utf-8"))
    assert _compare(schema, TYPES[kind], kind.value, kind.schema_file) == []


def test_a_difference_is_found() -> None:
    """The comparison fails where a field, its requiredness or its type differ."""

    class Loose(typing.TypedDict):
        id: str
        date: int
        protocol: typing.NotRequired[str]
        title: str
        extra: str

    schema = json.loads((SCHEMAS / Kind.DECISION.schema_file).read_text(encoding="utf-8"))
    found = _compare(schema, Loose, "decision", Kind.DECISION.schema_file)
    assert len(found) == 4
    assert "fields" in found[0] and "required" in found[1]
    assert "decision.date" in found[2] and "decision.title" in found[3]
