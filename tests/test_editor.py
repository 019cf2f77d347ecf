"""The form editor's configuration (site/editor.py) and its YAML format (site/admin/
nqs-format.js): a widget for every field of every schema, and every bundled entry read and
written by the editor's own code byte-identical."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml

from nqs.layout import ENTRY_KINDS, Kind, classify, discover
from nqs.site.editor import NODE_MODULES, installed
from nqs.site.labels import SITE_LANGUAGES
from tests.conftest import PROJECT, run_nqs

NODE = shutil.which("node") or "/usr/bin/node"


@pytest.fixture(scope="module")
def admin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """/admin/ as `nqs editor-config` writes it for the bundled register."""
    out = tmp_path_factory.mktemp("admin")
    done = run_nqs(PROJECT, "editor-config", "--out", str(out), "--as-of", "2026-12-01")
    assert done.returncode == 0, done.stderr
    return out


def _schema_fields(schemas: Path, node: Any, file: str, path: tuple[str, ...]) -> Iterator[str]:
    """Every property path of a schema, through $ref, items and anyOf: what a clerk fills."""
    if not isinstance(node, dict):
        return
    ref = node.get("$ref")
    if isinstance(ref, str):
        target_file, _, pointer = ref.partition("#")
        target_file = target_file or file
        target = json.loads((schemas / target_file).read_text(encoding="utf-8"))
        for part in pointer.strip("/").split("/"):
            target = target[part]
        yield from _schema_fields(schemas, target, target_file, path)
    for name, sub in node.get("properties", {}).items():
        yield ".".join((*path, name))
        yield from _schema_fields(schemas, sub, file, (*path, name))
    for alternative in node.get("anyOf", ()):
        yield from _schema_fields(schemas, alternative, file, path)
    yield from _schema_fields(schemas, node.get("items"), file, path)


def _widgets(fields: list[Mapping[str, Any]], path: tuple[str, ...]) -> Iterator[str]:
    for field in fields:
        assert field["widget"] and field["label"], field
        here = (*path, field["name"])
        yield ".".join(here)
        yield from _widgets(field.get("fields", ()), here)


@pytest.mark.parametrize("lang", SITE_LANGUAGES)
@pytest.mark.parametrize("kind", ENTRY_KINDS)
def test_every_schema_field_has_a_labelled_widget(admin: Path, lang: str, kind: Kind) -> None:
    config = yaml.safe_load((admin / lang / "config.yml").read_text(encoding="utf-8"))
    schemas = PROJECT / "schemas"
    schema = json.loads((schemas / kind.schema_file).read_text(encoding="utf-8"))
    expected = set(_schema_fields(schemas, schema, kind.schema_file, ()))
    ofkind = [c for c in config["collections"] if c["format"] == f"nqs-{kind.value}"]
    assert ofkind
    for collection in ofkind:
        assert set(_widgets(collection["fields"], ())) == expected, collection["name"]


def test_a_collection_per_body_folder_with_the_schemas_rules(admin: Path) -> None:
    config = yaml.safe_load((admin / "kk/config.yml").read_text(encoding="utf-8"))
    assert config["locale"] == "kk" and config["publish_mode"] == "editorial_workflow"
    assert config["backend"]["branch"] == "cycle/2027-1"  # the cycle running on 1 Dec 2026
    by_name = {c["name"]: c for c in config["collections"]}
    bodies = yaml.safe_load((PROJECT / "register/bodies.yml").read_text(encoding="utf-8"))
    sectoral = [b["id"] for b in bodies["bodies"] if b["kind"] == "sectoral"]
    for body in sectoral:
        assert by_name[f"professions-{body}"]["folder"] == f"register/professions/{body}"
        assert by_name[f"standards-{body}"]["folder"] == f"standards/{body}"
    assert by_name["decisions"]["create"] is False and by_name["decisions"]["publish"] is False
    welder = {f["name"]: f for f in by_name["professions-industry"]["fields"]}
    assert welder["code"]["pattern"][0] == "^[0-9]{4}-[0-9]-[0-9]{3}$"
    assert welder["code"]["hint"] == "NNNN-N-NNN, мысалы 7212-1-008"
    assert welder["body"] == {
        "name": "body", "label": "Салалық мемлекеттік орган", "widget": "hidden",
        "default": "industry",
    }  # fmt: skip
    assert [o["value"] for o in welder["basis"]["options"]] == ["mandatory", "voluntary"]
    assert welder["levels"]["field"]["widget"] == "number" and welder["levels"]["min"] == 1
    assert welder["included_by"]["widget"] == "relation"
    assert welder["included_by"]["collection"] == "decisions"
    grounds = {f["name"]: f for f in welder["grounds"]["fields"]}
    assert grounds["standards"]["collection"] == "standards-industry"
    assert grounds["standards"]["multiple"] is True
    assert [f["name"] for f in welder["name"]["fields"]] == ["kk", "ru"]
    assert "required" not in welder["name"] and welder["legal_act"]["required"] is False


def test_the_editor_speaks_kazakh(admin: Path) -> None:
    editor = json.loads((admin / "editor.json").read_text(encoding="utf-8"))
    toolbar = editor["locales"]["kk"]["editor"]["editorToolbar"]
    assert toolbar["save"] == "Сақтау" and toolbar["status"] == "Күйі: %{status}"
    page = (admin / "kk/index.html").read_text(encoding="utf-8")
    assert '<html lang="kk">' in page and "<title>Тізілімді өңдеу</title>" in page


# Decap's phrases no clerk meets with the generated configuration: the sign-in of other Git
# hosts and of git-gateway, multilingual entries (i18n) and notes (neither configured), the
# widgets the configuration does not use (markdown, image, file) and the media library.
UNSEEN = (
    "auth.loginWithNetlifyIdentity",
    "auth.loginWithAzure",
    "auth.loginWithBitbucket",
    "auth.loginWithGitLab",
    "auth.loginWithGitea",
    "auth.loginWithForgejo",
    "auth.errors.",
    "editor.editorControlPane.i18n.",
    "editor.editorInterface.toggleI18n",
    "editor.editorInterface.toggleNotes",
    "editor.editorNotesPane.",
    "ui.toast.note",
    "ui.toast.onFailToAddNote",
    "ui.toast.onFailToUpdateNote",
    "ui.toast.onFailToDeleteNote",
    "ui.toast.onFailToToggleNote",
    "editor.editorWidgets.markdown.",
    "editor.editorWidgets.image.",
    "editor.editorWidgets.file.",
    "editor.editorWidgets.headingOptions.",
    "mediaLibrary.",
)


def test_no_phrase_a_clerk_meets_falls_back_to_another_language(admin: Path) -> None:
    """Every phrase of Decap's interface (its English locale, the complete one) that a clerk
    can meet is the register's own in Kazakh, and in Russian the register's or Decap's: none
    falls back to Russian in the Kazakh editor, nor to English in either."""
    locales = PROJECT / NODE_MODULES / "decap-cms-locales/dist/esm"
    script = (
        "const [en, ru] = await Promise.all(process.argv.slice(1).map((f) => import(f)));\n"
        "const walk = (o, p) => Object.entries(o).flatMap(([k, v]) =>\n"
        "  typeof v === 'object' ? walk(v, p + k + '.') : [p + k]);\n"
        "process.stdout.write(JSON.stringify([walk(en.default, ''), walk(ru.default, '')]));\n"
    )
    done = subprocess.run(
        [
            NODE,
            "--input-type=module",
            "-e",
            script,
            *(str(locales / f"{lang}/index.js") for lang in ("en", "ru")),
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    english, decap_russian = json.loads(done.stdout)
    editor = json.loads((admin / "editor.json").read_text(encoding="utf-8"))

    def keys(tree: Mapping[str, Any], prefix: str = "") -> set[str]:
        found: set[str] = set()
        for name, value in tree.items():
            found |= keys(value, f"{prefix}{name}.") if isinstance(value, dict) else {prefix + name}
        return found

    seen = {k for k in english if not k.startswith(UNSEEN)}
    assert len(seen) > 140
    assert seen - keys(editor["locales"]["kk"]) == set()
    assert seen - keys(editor["locales"]["ru"]) - set(decap_russian) == set()


def _saved_by_the_editor(
    admin: Path, tmp_path: Path, files: list[tuple[Kind, str]]
) -> dict[str, str]:
    """Each file as the editor's format reads and writes it, unchanged: in Node, with the
    same yaml release and the same nqs-format.js the browser runs."""
    assert installed(PROJECT), "the editor is installed by make test (npm ci)"
    shutil.copy(admin / "nqs-format.js", tmp_path / "nqs-format.mjs")
    runner = tmp_path / "save.mjs"
    runner.write_text(
        "import { createRequire } from 'node:module';\n"
        "import { readFileSync } from 'node:fs';\n"
        "import { format } from './nqs-format.mjs';\n"
        "const [modules, layouts, ...files] = process.argv.slice(2);\n"
        "const YAML = createRequire(modules + '/')('yaml');\n"
        "const formats = JSON.parse(readFileSync(layouts, 'utf8')).formats;\n"
        "const saved = {};\n"
        "for (const each of files) {\n"
        "  const [kind, path] = each.split('=');\n"
        "  const f = format(formats[kind], YAML.parse);\n"
        "  saved[path] = f.toFile(f.fromFile(readFileSync(path, 'utf8')));\n"
        "}\n"
        "process.stdout.write(JSON.stringify(saved));\n",
        encoding="utf-8",
    )
    kinds = [f"{kind.value}={path}" for kind, path in files]
    done = subprocess.run(
        [NODE, str(runner), str(PROJECT / NODE_MODULES), str(admin / "editor.json"), *kinds],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=True,
    )
    saved: dict[str, str] = json.loads(done.stdout)
    return saved


def test_every_bundled_entry_saved_unchanged_is_byte_identical(admin: Path, tmp_path: Path) -> None:
    placed = [(classify(path), path) for path in discover(PROJECT)]
    entries = [(p.kind, path) for p, path in placed if p and p.kind in ENTRY_KINDS]
    assert len(entries) > 100
    saved = _saved_by_the_editor(admin, tmp_path, entries)
    differ = [p for _, p in entries if saved[p] != (PROJECT / p).read_text(encoding="utf-8")]
    assert differ == []


def test_the_format_writes_the_house_style(admin: Path, tmp_path: Path) -> None:
    """A file a clerk wrote otherwise (flow lists, plain codes, no modeline, keys out of
    order, an anchor) comes out in the house style, its values unchanged."""
    path = tmp_path / "register/professions/industry/7212-1-008.yml"
    path.parent.mkdir(parents=True)
    original = (PROJECT / "register/professions/industry/7212-1-008.yml").read_text("utf-8")
    data = yaml.safe_load(original)
    shuffled = dict(reversed(list(data.items())))
    text = yaml.safe_dump(shuffled, allow_unicode=True, default_flow_style=True, width=10**6)
    path.write_text(text.replace("{kk:", "&n {kk:", 1), encoding="utf-8")
    saved = _saved_by_the_editor(admin, tmp_path, [(Kind.PROFESSION, str(path))])[str(path)]
    assert saved == original


def test_a_key_the_layout_does_not_know_is_written_as_the_key_it_was(
    admin: Path, tmp_path: Path
) -> None:
    """A hostile file's unknown keys (kept for the validator to report) are written quoted
    where a plain key would say something else: a newline and a key of the schema, a comment,
    a list item, a flow mapping. Saving the file unchanged keeps its keys and values."""
    path = tmp_path / "register/professions/industry/7212-1-008.yml"
    path.parent.mkdir(parents=True)
    original = (PROJECT / "register/professions/industry/7212-1-008.yml").read_text("utf-8")
    hostile = {
        "x: 1\nstatus": "a",
        "a #": "b",
        "- c": "d",
        "{e": {"f: g": "h"},
        "": "empty",
        "'q'": "r",
    }
    path.write_text(original + yaml.safe_dump(hostile, allow_unicode=True), encoding="utf-8")
    saved = _saved_by_the_editor(admin, tmp_path, [(Kind.PROFESSION, str(path))])[str(path)]
    assert yaml.safe_load(saved) == yaml.safe_load(path.read_text(encoding="utf-8"))


def test_nqs_edit_refuses_a_dirty_tree_and_a_missing_cycle_branch(tmp_path: Path) -> None:
    """decap-server commits a saved entry with `git add .`: nqs edit starts only on a clean
    working tree, and only where the cycle branch the proposals go into exists."""
    import git

    from tests.git_support import make_repository

    root = make_repository(tmp_path / "repo")
    (root / ".cache").mkdir()
    (root / ".cache/editor").symlink_to(PROJECT / ".cache/editor")
    (root / ".git/info/exclude").write_text(".cache\n", encoding="utf-8")
    args = ("edit", "--port", "0", "--as-of", "2026-12-01", "--lang", "en")
    done = run_nqs(root, *args)
    assert done.returncode == 2 and "no cycle branch cycle/2027-1" in done.stderr, done.stderr
    with git.Repo(root) as repo:
        repo.git.branch("cycle/2027-1")
    (root / "notes.txt").write_text("not for the proposal\n", encoding="utf-8")
    done = run_nqs(root, *args)
    assert done.returncode == 2 and "uncommitted changes" in done.stderr, done.stderr
    # A setting that hides untracked files from `git status` hides them from no `git add .`.
    with git.Repo(root) as repo:
        repo.git.config("status.showUntrackedFiles", "no")
    done = run_nqs(root, *args, timeout=120)
    assert done.returncode == 2 and "uncommitted changes" in done.stderr, done.stderr
    # A port no server can listen on is refused before decap-server starts, said escaped.
    (root / "notes.txt").unlink()
    hostile = ("edit", "--port", "1\x1b[31m\n", "--as-of", "2026-12-01", "--lang", "en")
    done = run_nqs(root, *hostile, timeout=120)
    assert done.returncode == 2 and done.stdout == "", done.stdout
    assert "\x1b" not in done.stderr and "1\\x1b[31m\\n" in done.stderr, done.stderr
    # The site built into the working tree would be added with the entry (`git add .`): an
    # --out there is refused unless Git ignores it, its lock and the folders beside it too.
    for out, exclude in (("preview", ""), ("site-build", "/site-build/\n")):
        (root / ".git/info/exclude").write_text(".cache\n" + exclude, encoding="utf-8")
        done = run_nqs(root, *args, "--out", out, timeout=120)
        assert done.returncode == 2 and done.stdout == "", done.stdout
        assert f"--out {out} is inside the repository and Git does not ignore it" in done.stderr
        assert not (root / out).exists()


def test_git_ignores_all_a_build_into_site_build_writes() -> None:
    """nqs edit serves into site-build/ by default: Git must ignore it and everything written
    beside it (an update's .site-build.partial/ was not), or the editor's `git add .` adds
    them to the proposal with the entry."""
    from nqs.site.folder import written

    names = [
        path.as_posix() + ("" if path.name.endswith(".lock") else "/")
        for path in written(Path("site-build"))
    ]
    checked = subprocess.run(
        ["git", "-C", str(PROJECT), "check-ignore", "--no-index", *names],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert checked.stdout.splitlines() == names, checked.stderr


def test_the_folder_written_is_said_escaped(tmp_path: Path) -> None:
    """nqs editor-config says where it wrote, the folder given on the command line escaped
    (one line, no terminal control sequence)."""
    out = tmp_path / "a\x1b[31mb\nc"
    done = run_nqs(PROJECT, "editor-config", "--out", str(out), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"the form editor is written into {tmp_path}/a\\x1b[31mb\\nc\n"
    assert (out / "index.html").is_file()


def test_the_github_backend_of_the_public_site(tmp_path: Path) -> None:
    """The public site's editor proposes to GitHub only: the repository of --repo, else the
    one the clone came from; no local backend, no preview (nqs edit's own)."""
    import git

    from tests.git_support import make_repository

    root = make_repository(tmp_path / "repo")
    with git.Repo(root) as repo:
        repo.create_remote("origin", "git@github.com:ministry-fork/nqs.git")
    for args, expected in (((), "ministry-fork/nqs"), (("--repo", "someone/register"), None)):
        out = tmp_path / f"admin{len(args)}"
        done = run_nqs(root, "editor-config", "--out", str(out), "--as-of", "2026-12-01", *args)
        assert done.returncode == 0, done.stderr
        config = yaml.safe_load((out / "kk/config.yml").read_text(encoding="utf-8"))
        backend = config["backend"]
        assert backend == {
            "name": "github",
            "repo": expected or "someone/register",
            "branch": "cycle/2027-1",
            "squash_merges": True,
        }
        assert "local_backend" not in config and config["editor"] == {"preview": False}
        editor = json.loads((out / "editor.json").read_text(encoding="utf-8"))
        assert editor["preview"] is None and editor["readonly"] == ["decisions"]
    bad = ("editor-config", "--out", str(tmp_path / "x"), "--repo", "a/b\x1b[31m", "--lang", "en")
    done = run_nqs(root, *bad)
    assert done.returncode == 2 and "a/b\\x1b[31m" in done.stderr, done.stderr


def test_each_collection_is_a_folder_its_team_owns(admin: Path) -> None:
    """The table of docs/editor.md: each collection's folder, and the team CODEOWNERS gives
    it (register/bodies.yml): GitHub decides by it who reviews a clerk's proposal."""
    from nqs.codeowners import codeowners

    bodies = yaml.safe_load((PROJECT / "register/bodies.yml").read_text(encoding="utf-8"))
    owners = dict(
        line.split(" ", 1)
        for line in codeowners(bodies["bodies"]).splitlines()
        if line and not line.startswith("#")
    )
    team = {b["id"]: b["team"] for b in bodies["bodies"]}
    authorized = next(b["team"] for b in bodies["bodies"] if b["kind"] == "authorized")
    chamber = next(b["team"] for b in bodies["bodies"] if b["kind"] == "chamber")
    config = yaml.safe_load((admin / "kk/config.yml").read_text(encoding="utf-8"))
    for collection in config["collections"]:
        name, folder = collection["name"], collection["folder"]
        body = name.split("-", 1)[1] if "-" in name else None
        expected = team[body] if body else {"centers": chamber, "decisions": authorized}[name]
        assert owners[f"/{folder}/"] == expected, name
    table = (PROJECT / "docs/editor.md").read_text(encoding="utf-8")
    for row in (
        "| `register/professions/<body>/` | `professions-<body>` |",
        "| `standards/<body>/` | `standards-<body>` |",
        f"| `register/centers/` | `centers` | the Chamber, `{chamber}` |",
        f"| `register/decisions/` | `decisions` (read-only) | the authorized body, `{authorized}`",
    ):
        assert row in table
