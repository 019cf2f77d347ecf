"""nqs serve's update after an edit (site/preview.py): the pages an edit reaches are written
again, and the site then equals a full build of the edited register, file for file."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from nqs.layout import Kind
from nqs.site import Built, build_site
from nqs.site.preview import Preview
from nqs.validate import validate
from tests.site_support import SITE_URL, WRITTEN_FOR, git_project

PROFESSION = "register/professions/industry/7212-1-008.yml"
CENTER = "register/centers/011240000070.yml"
# Written in the background after the pages (seconds at national size): stale until then.
LATER = ("downloads", "api", "press", "pagefind")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Built]:
    """The bundled register with its Git history, and its site: built once, copied by each
    test."""
    folder = tmp_path_factory.mktemp("built")
    root = git_project(folder / "repo")
    outcome = validate(root, WRITTEN_FOR)
    return root, folder / "out", build_site(outcome, root, folder / "out", SITE_URL)


def _copy(built: tuple[Path, Path, Built], tmp_path: Path) -> tuple[Path, Path, Preview]:
    """A copy of the built site and its register, and a Preview of them."""
    root, out = (shutil.copytree(p, tmp_path / p.name, symlinks=True) for p in built[:2])
    outcome = validate(root, WRITTEN_FOR)
    assert outcome.register is not None
    story, skipped = built[2].story, built[2].skipped
    return root, out, Preview(root, out, SITE_URL, outcome.register, story, skipped, "en")


def _background_done(preview: Preview) -> None:
    """Wait for the update's background step (the downloads, the API, the search index)."""
    later = preview._later
    assert later is not None
    later.join(300)
    assert later.exitcode == 0


def _files(site: Path) -> dict[str, bytes]:
    files = {
        p.relative_to(site).as_posix(): p.read_bytes()
        for p in sorted(site.rglob("*"))
        if p.is_file() and p.name != ".nqs-site"
    }
    # Pagefind lists its languages in any order from one build to the next.
    entry = json.loads(files["pagefind/pagefind-entry.json"])
    files["pagefind/pagefind-entry.json"] = json.dumps(entry, sort_keys=True).encode()
    return files


def _differences(site: Path, expected: Path) -> set[str]:
    ours, theirs = _files(site), _files(expected)
    return {name for name in ours.keys() | theirs.keys() if ours.get(name) != theirs.get(name)}


def _edit(root: Path, relpath: str, old: str, new: str) -> None:
    path = root / relpath
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1, (relpath, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _full_build(root: Path, out: Path) -> Path:
    outcome = validate(root, WRITTEN_FOR)
    assert outcome.errors == 0
    build_site(outcome, root, out, SITE_URL)
    return out


def test_an_edit_updates_the_pages_it_reaches_as_a_full_build_writes_them(
    built: tuple[Path, Path, Built], tmp_path: Path
) -> None:
    root, out, preview = _copy(built, tmp_path)
    before = _files(out)
    preview.warm()  # writes the home pages again, as they are
    assert _files(out) == before
    edits: list[tuple[str, Callable[[Path], None], set[str]]] = [
        (
            PROFESSION,
            lambda r: _edit(r, PROFESSION, "ru: 'Сварщик'\n", "ru: 'Сварщик-монтажник'\n"),
            {"ru/professions/7212-1-008/index.html", "ru/professions/index.html"},
        ),
        (
            CENTER,  # a second edit: the engine's writer is used again
            lambda r: _edit(r, CENTER, "ru: '", "ru: 'Учебный "),
            {"ru/centers/011240000070/index.html", "ru/centers/index.html"},
        ),
    ]
    for number, (relpath, edit, shown) in enumerate(edits):
        edit(root)
        changed = preview.plan([root / relpath])
        assert changed == [relpath]
        updated = preview.update(changed)
        assert updated.outcome.errors == 0 and updated.pages > 0
        expected = _full_build(root, tmp_path / f"expected-{number}")
        changed_files = {name for name, data in _files(out).items() if before.get(name) != data}
        assert shown <= changed_files
        # The pages equal a full build's at once; the downloads, the API, the press releases
        # and the search index once the background step has ended.
        assert {name.split("/")[0] for name in _differences(out, expected)} <= set(LATER)
        _background_done(preview)
        assert _differences(out, expected) == set()
        before = _files(out)


def test_a_profession_edit_reaches_both_languages_the_list_and_what_names_it(
    built: tuple[Path, Path, Built], tmp_path: Path
) -> None:
    root, out, preview = _copy(built, tmp_path)
    before = _files(out)
    _edit(root, PROFESSION, "kk: 'Дәнекерлеуші'\n", "kk: 'Дәнекерлеуші-құрастырушы'\n")
    _edit(root, PROFESSION, "ru: 'Сварщик'\n", "ru: 'Сварщик-монтажник'\n")
    updated = preview.update([PROFESSION])
    assert updated.outcome.errors == 0
    changed = {name for name, data in _files(out).items() if before[name] != data}
    for lang, name in (("kk", "Дәнекерлеуші-құрастырушы"), ("ru", "Сварщик-монтажник")):
        page = (out / lang / "professions/7212-1-008/index.html").read_text(encoding="utf-8")
        assert name in page
        assert name in (out / lang / "professions/index.html").read_text(encoding="utf-8")
        assert name in (out / lang / "professions/rows.json").read_text(encoding="utf-8")
        # the centers that recognize it and the standard it is grounded on name it too
        named = {
            f"{lang}/centers/{center}/index.html"
            for center in ("090540000122", "150940002404", "160240000583")
        } | {f"{lang}/standards/PS-7212-001/index.html"}
        assert named <= changed
        for page_name in named:
            assert name in (out / page_name).read_text(encoding="utf-8")
    preview.settle()


def test_an_edit_of_what_decision_pages_do_not_show_leaves_them_and_equals_a_full_build(
    built: tuple[Path, Path, Built], tmp_path: Path
) -> None:
    """A council decision's page shows of each profession it names only its code, its name and
    what the decision did (preview.on_decision_pages): an edit of anything else of a
    profession leaves the pages of the decisions it names as they are (not written again),
    and the site still equals a full build of the edited register. Should a decision's page
    come to show another of these fields, this fails."""
    root, out, preview = _copy(built, tmp_path)
    decisions = [
        out / lang / "decisions" / decision / "index.html"
        for lang in ("kk", "ru")
        for decision in ("2024-03-29", "2025-10-29")  # the decisions it names
    ]
    written = {page: page.stat().st_ino for page in decisions}
    _edit(root, PROFESSION, "document_validity_years: 4\n", "document_validity_years: 5\n")
    _edit(root, PROFESSION, "растет в связи с ростом", "растет в связи с быстрым ростом")
    updated = preview.update([PROFESSION])
    assert updated is not None and updated.outcome.errors == 0, updated
    assert {page: page.stat().st_ino for page in decisions} == written
    _background_done(preview)
    assert _differences(out, _full_build(root, tmp_path / "expected")) == set()


def test_a_broken_edit_is_reported_and_the_previous_pages_stay(
    built: tuple[Path, Path, Built], tmp_path: Path
) -> None:
    root, out, preview = _copy(built, tmp_path)
    before = _files(out)
    _edit(root, PROFESSION, "ru: 'Сварщик'\n", "ru: 'Сварщик\n  : [\n")
    updated = preview.update(preview.plan([root / PROFESSION]) or [])
    assert updated.pages == 0
    assert [(p.path, p.severity.value) for p in updated.outcome.problems][:1] == [
        (PROFESSION, "error")
    ]
    assert _files(out) == before
    # The broken file is checked again with the next edit, of another file.
    _edit(root, CENTER, "ru: '", "ru: 'Учебный ")
    again = preview.update(preview.plan([root / CENTER]) or [])
    assert again.pages == 0
    assert {p.path for p in again.outcome.problems if p.severity.value == "error"} == {PROFESSION}
    assert _files(out) == before


@pytest.mark.parametrize(
    ("relpath", "why"),
    [
        ("register/bodies.yml", "the bodies"),
        ("register/decisions/2025-10-29.yml", "a council decision"),
        ("schemas/profession.schema.json", "a schema"),
        ("site/templates/home.html", "the site's templates"),
        ("register/professions/industry/9999-9-999.yml", "a new file"),
    ],
)
def test_what_reaches_many_pages_takes_a_full_build(
    built: tuple[Path, Path, Built], tmp_path: Path, relpath: str, why: str
) -> None:
    root, _, preview = _copy(built, tmp_path)
    path = root / relpath
    if not path.exists():
        path.write_text(
            (root / PROFESSION).read_text(encoding="utf-8").replace("7212-1-008", "9999-9-999"),
            encoding="utf-8",
        )
    assert preview.plan([path]) is None, why
    # a file that came and went (an editor's trial file) asks for nothing
    assert preview.plan([root / "register/professions/industry/4913"]) == []


def test_the_kinds_an_update_takes_are_the_entries_with_pages() -> None:
    from nqs.site.preview import LISTS

    assert set(LISTS) == {Kind.PROFESSION, Kind.STANDARD, Kind.CENTER}


@pytest.mark.parametrize("moved", ["register/professions/industry", "register"])
def test_a_folder_of_entries_moved_away_takes_a_full_build(tmp_path: Path, moved: str) -> None:
    """A folder moved out of the repository (or deleted whole) is one event for the folder,
    none for its files: its entries are gone from the site, which only a full build shows."""
    root = git_project(tmp_path / "repo")
    outcome = validate(root, WRITTEN_FOR)
    assert outcome.register is not None
    preview = Preview(root, tmp_path / "out", SITE_URL, outcome.register, None, (), "en")
    shutil.move(root / moved, tmp_path / "away")
    assert preview.plan([root / moved]) is None


@pytest.mark.parametrize("replaced_by", ["a folder", "nothing"])
def test_an_edited_file_gone_before_its_check_takes_a_full_build(
    tmp_path: Path, replaced_by: str
) -> None:
    """A file changed (plan takes it) that is no longer a file when it is checked (deleted
    meanwhile, or an empty folder of its name in its place, which plan cannot tell from a
    file) is gone from the site: a full build shows it, nothing is written, nothing fails."""
    root = git_project(tmp_path / "repo")
    outcome = validate(root, WRITTEN_FOR)
    assert outcome.register is not None
    out = tmp_path / "out"
    preview = Preview(root, out, SITE_URL, outcome.register, None, (), "en")
    (root / PROFESSION).unlink()
    if replaced_by == "a folder":
        (root / PROFESSION).mkdir()
        assert preview.plan([root / PROFESSION]) == [PROFESSION]
    assert preview.update([PROFESSION]) is None
    assert not out.exists()


def test_a_refusal_of_the_system_in_the_background_step_is_said_without_a_traceback(
    built: tuple[Path, Path, Built], tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """The background step runs in a process of its own: where the system refuses it (here
    the downloads folder of the served site is a file, as a full disk would refuse it), it
    says so in the reader's words, escaped, never with Python's traceback."""
    root, out, preview = _copy(built, tmp_path)
    shutil.rmtree(out / "downloads")
    (out / "downloads").write_text("not a folder\n", encoding="utf-8")
    _edit(root, CENTER, "ru: '", "ru: 'Учебный ")
    updated = preview.update([CENTER])
    assert updated is not None and updated.pages > 0
    later = preview._later
    assert later is not None
    later.join(300)
    assert later.exitcode is not None, "the background step did not end"
    err = capfd.readouterr().err
    assert "Traceback" not in err, err
    assert f"nqs: the system refused: File exists ({out / 'downloads'})" in err, err


def test_a_change_elsewhere_reached_through_a_link_is_not_the_repositorys(tmp_path: Path) -> None:
    """watchfiles follows a link to a folder: a proposal's `register/x -> /` would make every
    change on the computer a change of the register (a full build each). nqs serve takes only
    the changes inside the folders it watches, from the moment the watch is made: an edit
    made at once (while the first build runs) is seen."""
    import threading

    from nqs.site.serve import changes

    folder = tmp_path / "repo/register"
    folder.mkdir(parents=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (folder / "x").symlink_to(elsewhere, target_is_directory=True)
    changed = changes([folder])
    (elsewhere / "outside.yml").write_text("outside\n", encoding="utf-8")
    (folder / "inside.yml").write_text("inside\n", encoding="utf-8")
    found: list[set[Path]] = []
    watch = threading.Thread(target=lambda: found.append(next(changed)), daemon=True)
    watch.start()
    watch.join(120)
    assert found == [{folder / "inside.yml"}], "no change seen in 120 s"


def test_the_file_system_of_a_folder_is_read_from_the_table_of_mounts(tmp_path: Path) -> None:
    """The last of the longest mount points holding the folder names its type; a space in a
    mount point is \\040 in the table; a line it cannot read names none."""
    from nqs.site.serve import file_system

    table = tmp_path / "mountinfo"
    table.write_text(
        "27 1 254:0 / / rw,relatime - ext4 /dev/vda rw\n"
        "60 27 0:50 / /srv/shared\\040register rw,relatime shared:7 - nfs4 files:/export rw\n"
        "61 60 0:51 / /srv/shared\\040register/tmp rw - tmpfs tmpfs rw\n"
        "62 60 0:52 / /srv/shared\\040register/tmp rw - 9p drvfs rw\n"
        "not a line of the table\n",
        encoding="utf-8",
    )
    assert file_system(Path("/srv/shared register/register"), table) == "nfs4"
    assert file_system(Path("/srv/shared register/tmp/x"), table) == "9p"
    assert file_system(Path("/srv/shared registers"), table) == "ext4"
    assert file_system(Path("/srv"), tmp_path / "no-table") is None


@pytest.mark.parametrize(("type_", "watcher"), [("nfs4", "PollWatcher"), ("ext4", "INotify")])
def test_an_edit_on_a_shared_file_system_is_found_by_polling(
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    type_: str,
    watcher: str,
) -> None:
    """A file system that another computer writes to (a file server, a virtual machine's
    host) tells this system of no edit made there: nqs serve polls the files' state there
    (watchfiles says which watcher it made when debugging), and the system's events
    elsewhere."""
    import threading

    from nqs.site.serve import changes

    folder = tmp_path / "repo/register"
    folder.mkdir(parents=True)
    table = tmp_path / "mountinfo"
    table.write_text(
        f"27 1 254:0 / / rw - ext4 /dev/vda rw\n60 27 0:50 / {tmp_path} rw - {type_} srv:/x rw\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("WATCHFILES_DEBUG", "1")
    changed = changes([folder], table)  # watching from here on
    (folder / "edited.yml").write_text("edited\n", encoding="utf-8")
    found: list[set[Path]] = []
    watching = threading.Thread(target=lambda: found.append(next(changed)), daemon=True)
    watching.start()
    watching.join(timeout=60)  # a watch that never ends fails the test, never hangs the suite
    assert found == [{folder / "edited.yml"}]
    assert f"watcher: {watcher}" in capfd.readouterr().err


def test_a_file_name_not_in_utf8_takes_a_full_build_and_the_watch_goes_on(
    tmp_path: Path,
) -> None:
    """watchfiles cannot name a file whose name is not UTF-8 (a proposal's, checked out
    while nqs serve runs): it raised, and nqs serve stopped with an internal error. Its
    burst is taken as a change of the folders (a full build, which names the file), and
    the next edit is seen as itself: reading that file (the build does) is no change."""
    import threading
    import time

    from nqs.site.serve import BURST_MS, changes

    folder = tmp_path / "repo/register"
    folder.mkdir(parents=True)
    changed = changes([folder])

    def following() -> set[Path]:
        found: list[set[Path]] = []
        watch = threading.Thread(target=lambda: found.append(next(changed)), daemon=True)
        watch.start()
        watch.join(120)
        assert found, "no change seen in 120 s"
        return found[0]

    unnamed = os.path.join(os.fsencode(folder), b"\xff\x1b[31m.yml")
    with open(unnamed, "wb") as file:
        file.write(b"code: x\n")
    assert following() == {folder}
    with open(unnamed, "rb") as file:  # as the full build reads it: no change, no build
        file.read()
    time.sleep(2 * BURST_MS / 1000)  # the read's burst ends before the edit's begins
    (folder / "inside.yml").write_text("inside\n", encoding="utf-8")
    assert following() == {folder / "inside.yml"}
