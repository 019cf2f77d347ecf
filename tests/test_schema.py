"""Schemas are data a proposal can change: they reach nothing outside schemas/, their patterns
cannot hang either validator, and a pattern means the same in both."""

from __future__ import annotations

import http.server
import json
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from nqs.checks import SCHEMA
from nqs.layout import Kind
from nqs.loader import load
from nqs.schema import DIALECT, SchemaError, Schemas
from nqs.source_map import Locator
from tests.conftest import AS_OF, PROJECT, run_nqs

CENTER = "register/centers/090140001235.yml"
# Python's re takes some 2**36 steps to refuse this; a linear-time engine does not.
EVIL_PATTERN = "^(a+)+$"
EVIL_VALUE = "a" * 36 + "!"


@pytest.fixture
def requests() -> Iterator[tuple[str, list[str]]]:
    """A real HTTP server on localhost: its address, and the paths it was asked for."""
    asked: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.append(self.path)
            body = json.dumps({"type": "string"}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", asked
    finally:
        server.shutdown()
        server.server_close()


def _schemas(repo: Path, change: dict[str, object] | None = None, name: str = "center") -> Path:
    """The repository's schemas as real files, one of them (center by default) changed."""
    folder = repo / "schemas"
    if folder.is_symlink():
        folder.unlink()
    else:
        shutil.rmtree(folder)
    shutil.copytree(PROJECT / "schemas", repo / "schemas")
    if change is not None:
        path = repo / f"schemas/{name}.schema.json"
        schema = json.loads(path.read_text(encoding="utf-8"))
        path.write_text(json.dumps({**schema, **change}), encoding="utf-8")
    return repo / "schemas"


def _set_phone_pattern(folder: Path, pattern: str) -> None:
    path = folder / "center.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    schema["properties"]["contacts"]["properties"]["phone"]["pattern"] = pattern
    path.write_text(json.dumps(schema), encoding="utf-8")


def _outward(address: str, tmp_path: Path) -> list[tuple[str, dict[str, object]]]:
    elsewhere = tmp_path / "elsewhere.json"  # a schema file that would build if it were read
    elsewhere.write_text('{"type": "object"}', encoding="utf-8")
    return [
        ("ref-http", {"$ref": f"{address}/schema.json"}),
        ("ref-scheme-relative", {"$ref": "//" + address.split("//")[1] + "/schema.json"}),
        ("ref-file", {"$ref": elsewhere.as_uri()}),
        ("ref-up", {"$ref": "../elsewhere.json"}),
        ("ref-unknown", {"$ref": "elsewhere.schema.json"}),
        ("dynamic-ref", {"$dynamicRef": f"{address}/schema.json#x"}),
        ("dialect", {"$schema": f"{address}/meta.json"}),
        ("id", {"$defs": {"moved": {"$id": f"{address}/base/", "$ref": "schema.json"}}}),
        ("pattern-properties", {"patternProperties": {EVIL_PATTERN: {"type": "string"}}}),
    ]


def test_a_schema_reaches_nothing_outside_schemas(
    repo: Path, tmp_path: Path, requests: tuple[str, list[str]]
) -> None:
    address, asked = requests
    for label, change in _outward(address, tmp_path):
        folder = _schemas(repo, change)
        with pytest.raises(SchemaError) as refused:
            Schemas(folder)
        assert refused.value.path == folder / "center.schema.json", label
        assert refused.value.key, label  # worded by nqs, in every language
    assert asked == []


def test_the_command_says_which_reference_it_refused(
    repo: Path, tmp_path: Path, requests: tuple[str, list[str]]
) -> None:
    address, asked = requests
    _schemas(repo, {"$ref": f"{address}/schema.json"})
    texts = {
        "kk": "сілтемесі schemas/ қалтасының файлдарынан тыс",
        "ru": "ведёт за пределы файлов папки schemas/",
        "en": "leads outside the files of schemas/",
    }
    for lang, text in texts.items():
        args = ("validate", "--lang", lang, "--as-of", AS_OF.isoformat())
        result = run_nqs(repo, *args, in_process=True)
        assert result.returncode == 2
        assert f"{address}/schema.json" in result.stderr and text in result.stderr
        assert "center.schema.json" in result.stderr and "Traceback" not in result.stderr
    _schemas(repo, {"$schema": f"{address}/meta.json"}, name="defs")
    result = run_nqs(
        repo, "validate", "--lang", "en", "--as-of", AS_OF.isoformat(), in_process=True
    )
    assert result.returncode == 2 and f"expected {DIALECT}" in result.stderr
    assert asked == []


def test_a_backtracking_pattern_cannot_hang_either_validator(repo: Path) -> None:
    _set_phone_pattern(_schemas(repo), EVIL_PATTERN)
    path = repo / CENTER
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("phone: +7 7172 55 12 34", f"phone: {EVIL_VALUE}"), "utf-8")
    # A hang is a failure: the fast validator refuses the value, then the detailed one
    # explains it; with Python's re the explanation would take hours.
    result = run_nqs(
        repo, "validate", "--lang", "en", "--as-of", AS_OF.isoformat(), CENTER, timeout=120
    )
    assert result.returncode == 1, result.stderr
    assert f"{CENTER}:6:19: error: «contacts.phone» has the wrong form: '{EVIL_VALUE}'" in (
        result.stdout
    )


@pytest.mark.parametrize("pattern", ["^(?=a)a$", "^(a)\\1$", "(?<!b)a"])
def test_a_pattern_the_linear_engine_cannot_match_is_refused(repo: Path, pattern: str) -> None:
    _set_phone_pattern(_schemas(repo), pattern)
    result = run_nqs(
        repo, "validate", "--lang", "en", "--as-of", AS_OF.isoformat(), in_process=True
    )
    assert result.returncode == 2
    assert "center.schema.json" in result.stderr and "Traceback" not in result.stderr


def test_dollar_is_the_end_of_the_text_in_both_validators(repo: Path) -> None:
    schemas = Schemas(_schemas(repo))
    path = repo / CENTER
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("phone: +7 7172 55 12 34", 'phone: "+7 7172 55 12 34\\n"'), "utf-8"
    )
    doc, _ = load(repo, CENTER, Kind.CENTER)
    assert doc is not None
    assert not schemas._fast[doc.kind].is_valid(doc.data)
    assert not schemas._detailed_validator(doc.kind).is_valid(doc.data)
    problems = [Locator(lambda: (doc,)).problem(SCHEMA, found) for found in schemas.check(doc)]
    assert [(p.line, p.column, p.key) for p in problems] == [(6, 19, "schema-pattern")]
    assert problems[0].params["found"] == "'+7 7172 55 12 34\\n'"


@pytest.mark.parametrize(
    "text",
    [
        "[1, 2]",
        "true",
        '{"$ref": "http://[::1"}',
        '{"$ref": "defs.schema.json#%ZZ"}',
        '{"$ref": "#/$defs/nothing"}',
        '{"$schema": 5}',
    ],
)
def test_any_schema_file_is_a_schema_or_exit_2(repo: Path, text: str) -> None:
    (_schemas(repo) / "center.schema.json").write_text(text, encoding="utf-8")
    result = run_nqs(
        repo, "validate", "--lang", "ru", "--as-of", AS_OF.isoformat(), in_process=True
    )
    assert result.returncode == 2
    assert result.stderr.startswith("nqs: не удалось прочитать схему ")
    assert "Traceback" not in result.stderr


def test_a_schema_that_is_not_json_is_told_where_in_the_readers_words(repo: Path) -> None:
    (_schemas(repo) / "center.schema.json").write_text('{\n  "type": "object",\n}', "utf-8")
    result = run_nqs(
        repo, "validate", "--lang", "ru", "--as-of", AS_OF.isoformat(), in_process=True
    )
    assert result.returncode == 2
    assert result.stderr.endswith(
        "center.schema.json: файл не читается как JSON: строка 3, столбец 1 "
        "(проверьте скобки, кавычки и запятые)\n"
    )


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("kk", "reference/regions.csv"),
        ("ru", "reference/regions.csv"),
        ("en", "the list is reference/regions.csv"),
    ],
)
def test_a_region_in_the_old_letter_form_is_told_where_the_codes_are(
    repo: Path, lang: str, said: str
) -> None:
    """KZ-AST, ISO's letter code before 2022: the example alone (KZ-71) would lead a clerk
    with KZ-ALA (Almaty) to write Astana's code; the message names whose code the example
    is and where every code is listed."""
    path = repo / CENTER
    path.write_text(
        path.read_text(encoding="utf-8").replace("region: KZ-71", "region: KZ-ALA"),
        encoding="utf-8",
    )
    result = run_nqs(repo, "validate", CENTER, "--as-of", AS_OF.isoformat(), "--lang", lang)
    assert result.returncode == 1
    assert f"{CENTER}:4:9:" in result.stdout and said in result.stdout, result.stdout
