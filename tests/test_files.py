"""Only regular files inside the repository are read, nothing under the data folders is
silently skipped, the history never trusts old commits, and what is printed is escaped: real
links, named pipes, hidden folders, malformed blobs and hostile file names, in real folders
and real Git repositories."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
from collections.abc import Iterator
from pathlib import Path

import git
import pytest

from nqs.files import NotRegular, read_regular
from nqs.validate import validate
from tests.conftest import AS_OF, run_nqs
from tests.git_support import commit, make_repository, merge, record_decision

SECRET = "SECRET-6f1c0d"
PROFESSION = "register/professions/health/3221-0-002.yml"


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    """A file outside the repository that would read as a valid-looking mapping."""
    path = tmp_path / "outside" / "secret.yml"
    path.parent.mkdir()
    path.write_text(f"name: {SECRET}\n{SECRET}: [{SECRET}\n", encoding="utf-8")
    return path


@pytest.fixture
def alarm() -> Iterator[None]:
    """Fail, instead of waiting for ever, when a read blocks (a named pipe)."""

    def expire(*_: object) -> None:
        raise TimeoutError("a read waited on a named pipe")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def found(result_stdout: str) -> set[tuple[str, str, str]]:
    document = json.loads(result_stdout)
    return {(p["path"], p["rule"], p["message"]) for p in document["problems"]}


def test_links_and_pipes_are_named_and_never_read(repo: Path, secret: Path, alarm: None) -> None:
    (repo / "register/professions/health/3221-0-009.yml").symlink_to(secret)
    (repo / "register/professions/outside").symlink_to(secret.parent, target_is_directory=True)
    os.mkfifo(repo / "register/centers/210540007772.yml")
    os.mkfifo(repo / "register/centers/pipe")
    problems = validate(repo, AS_OF).problems
    assert {(p.path, p.rule, p.params["found"].key) for p in problems} == {
        ("register/professions/health/3221-0-009.yml", "file-type", "file-is-symlink"),
        ("register/professions/outside", "file-type", "file-is-folder-link"),
        ("register/centers/210540007772.yml", "file-type", "file-is-fifo"),
        ("register/centers/pipe", "file-type", "file-is-fifo"),
    }
    for fmt in ("text", "github", "json"):
        args = ("validate", "--format", fmt, "--lang", "en", "--as-of", str(AS_OF))
        result = run_nqs(repo, *args, in_process=True)
        assert result.returncode == 1, result.stderr
        assert SECRET not in result.stdout + result.stderr
        assert "errors: 4" in result.stdout or '"errors": 4' in result.stdout
    # named one by one, and a change that touches them (context.py reads related files)
    chosen = run_nqs(
        repo,
        "validate",
        "--format",
        "json",
        "--lang",
        "en",
        "--as-of",
        str(AS_OF),
        "register/professions/health/3221-0-009.yml",
        "register/professions/outside",
        "register/centers",
    )
    assert chosen.returncode == 1 and SECRET not in chosen.stdout
    assert {(path, rule) for path, rule, _ in found(chosen.stdout)} == {
        ("register/professions/health/3221-0-009.yml", "file-type"),
        ("register/professions/outside", "file-type"),
        ("register/centers/210540007772.yml", "file-type"),
        ("register/centers/pipe", "file-type"),
    }
    assert "found a symbolic link; a data file must be a regular file" in chosen.stdout


def test_a_device_or_a_link_on_the_way_is_never_opened(repo: Path, secret: Path) -> None:
    with pytest.raises(NotRegular) as device:
        read_regular(Path("/dev"), "null", 10)
    assert device.value.what == "device"
    (repo / "register/professions/outside").symlink_to(secret.parent, target_is_directory=True)
    with pytest.raises(NotRegular) as folder:
        read_regular(repo, "register/professions/outside/secret.yml", 100)
    assert (folder.value.relpath, folder.value.what) == (
        "register/professions/outside",
        "folder-link",
    )
    assert read_regular(repo, PROFESSION, 5) == b"# yam"


@pytest.mark.parametrize("shared", ["schemas/center.schema.json", "reference/regions.csv"])
def test_schemas_and_reference_are_never_read_through_a_link(
    repo: Path, secret: Path, shared: str
) -> None:
    elsewhere = secret.with_suffix(".json")
    elsewhere.write_text(json.dumps({"type": SECRET, "id": SECRET}), encoding="utf-8")
    (repo / shared).unlink()
    (repo / shared).symlink_to(elsewhere)
    result = run_nqs(repo, "validate", "--lang", "en", "--as-of", str(AS_OF), in_process=True)
    assert result.returncode == 2 and shared in result.stderr
    assert SECRET not in result.stdout + result.stderr
    russian = run_nqs(repo, "validate", "--lang", "ru", "--as-of", str(AS_OF))
    assert f"{shared}: символическая ссылка" in russian.stderr  # in words, not "symlink"


@pytest.mark.parametrize(
    ("row", "said"),
    [
        ("classifier/occupations.csv,3221-0-004,kk", "line 73 has 3 values for 6 columns"),
        ("classifier/occupations.csv,3221-0-004,kk,a,b,c,d", "line 73 has 7 values for 6 columns"),
    ],
)
def test_a_reference_row_of_too_few_or_too_many_values_is_refused_in_words(
    repo: Path, row: str, said: str
) -> None:
    """A row of reference/corrections.csv (edited by hand) that leaves out a value, or has
    one too many, is a reference file that cannot be read (exit 2), not a crash (exit 3)."""
    path = repo / "reference/corrections.csv"
    text = path.read_text(encoding="utf-8")
    assert text.count("\n") == 72  # the row added is line 73
    path.write_text(text + row + "\n\n", encoding="utf-8")
    result = run_nqs(repo, "validate", "--lang", "en", "--as-of", str(AS_OF), in_process=True)
    assert (result.returncode, result.stdout) == (2, "")
    assert (
        result.stderr == f"nqs: cannot read the reference data reference/corrections.csv: {said}\n"
    )
    russian = run_nqs(repo, "validate", "--lang", "ru", "--as-of", str(AS_OF), in_process=True)
    assert "строка 73: значений — " in russian.stderr


def test_a_reference_row_given_twice_is_refused_not_taken_last(repo: Path) -> None:
    """Two corrections of one name (a row copied and edited by hand): which one the register
    shows would depend on the order of the lines; the file is refused, naming both lines."""
    path = repo / "reference/corrections.csv"
    text = path.read_text(encoding="utf-8")
    second = text.splitlines()[1]
    file, code, lang = second.split(",")[:3]
    path.write_text(text + second + "\n", encoding="utf-8")
    result = run_nqs(repo, "validate", "--lang", "en", "--as-of", str(AS_OF), in_process=True)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "nqs: cannot read the reference data reference/corrections.csv: "
        f"line 73 repeats line 2 ({file}, {code}, {lang}): delete one of the two\n"
    )


def test_a_reference_file_saved_by_a_spreadsheet_is_read_as_it_was(repo: Path) -> None:
    """A spreadsheet saving "CSV UTF-8" writes a byte order mark first and ends lines with
    CR LF: read as the first column's name, the mark refused the whole file as one that
    lacked the column «'file'». The same rows are read, and the same findings come."""
    args = ("validate", "--lang", "en", "--as-of", str(AS_OF))
    before = run_nqs(repo, *args, in_process=True)
    for name in ("corrections.csv", "regions.csv"):
        path = repo / "reference" / name
        text = path.read_bytes().replace(b"\n", b"\r\n")
        path.write_bytes(b"\xef\xbb\xbf" + text)
    after = run_nqs(repo, *args, in_process=True)
    assert (after.returncode, after.stdout, after.stderr) == (
        before.returncode,
        before.stdout,
        before.stderr,
    )


@pytest.mark.parametrize(
    ("name", "old", "new", "said", "russian"),
    [
        (
            "regions.csv",
            "Астана қаласы",
            "Аст\x01ана қаласы",  # made nqs build stop with an internal error (openpyxl)
            "line 19, column «name_kk»: U+0001 is not text (a control, invisible or "
            "non-text character); delete it",
            "строка 19, столбец «name_kk»: символ U+0001",
        ),
        (
            "regions.csv",
            "город Астана",
            "город \u202eАстана",  # a bidi override would reach every page naming the city
            "line 19, column «name_ru»: U+202E (RIGHT-TO-LEFT OVERRIDE) is not text",
            "строка 19, столбец «name_ru»: символ U+202E",
        ),
        (
            "corrections.csv",
            "\nclassifier/occupations.csv,3221-0-004,kk,",
            "\nclassifier/occupations.csv,3221-0-004,k\x00k,",
            "line 3, column «lang»: U+0000 is not text",
            "строка 3, столбец «lang»: символ U+0000",
        ),
        (
            "corrections.csv",
            "file,code,lang",
            "file, code,lang",  # the parser's words were «'code'»
            "the first line lacks the columns code (found: file, code,lang,source,corrected,"
            "reason); list the column names",
            "в первой строке нет столбцов code",
        ),
        (
            "corrections.csv",
            "file,code,lang",
            "fi\x1ble,code,lang",
            "the first line lacks the columns file (found: fi\\x1ble,code,",
            "в первой строке нет столбцов file",
        ),
        (
            "regions.csv",
            "id,kato,name_kk,name_ru,name_en",
            "id,kato,name_kk,name_ru,name_kk",  # each region's English name read as Kazakh
            "the first line names the column name_kk twice: only each row's last value would "
            "be read; delete one",
            "в первой строке столбец name_kk назван дважды",
        ),
    ],
    ids=["control", "bidi", "nul", "spaced-header", "escape-in-header", "column-twice"],
)
def test_a_reference_value_that_is_not_text_is_refused_naming_its_line(
    repo: Path, name: str, old: str, new: str, said: str, russian: str
) -> None:
    """reference/ is edited by proposals too: a value holding a character the register
    refuses in its own values, or a first line that lacks a column, is a file that cannot
    be read (exit 2), said in words with its line, never the parser's words nor a crash."""
    path = repo / "reference" / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")
    result = run_nqs(repo, "validate", "--lang", "en", "--as-of", str(AS_OF), in_process=True)
    assert (result.returncode, result.stdout) == (2, "")
    prefix = f"nqs: cannot read the reference data reference/{name}: "
    assert result.stderr.startswith(prefix + said), result.stderr
    assert result.stderr.count("\n") == 1
    other = run_nqs(repo, "validate", "--lang", "ru", "--as-of", str(AS_OF), in_process=True)
    assert russian in other.stderr


def test_a_reference_file_not_in_utf8_names_the_line(repo: Path) -> None:
    """A file saved as Windows-1251: the line of the first byte that is not UTF-8, in
    words, instead of the codec's «can't decode byte 0xc0 in position 23827»."""
    path = repo / "reference/corrections.csv"
    text = path.read_text(encoding="utf-8")
    assert text.count("\n") == 72
    path.write_bytes(text.encode("utf-8") + "a,б,c\n".encode("cp1251"))
    result = run_nqs(repo, "validate", "--lang", "en", "--as-of", str(AS_OF), in_process=True)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "nqs: cannot read the reference data reference/corrections.csv: line 73: the file is "
        "not valid UTF-8 (found byte 0xE1; it may have been saved as Windows-1251); save it "
        "as UTF-8\n"
    )


def test_hidden_folders_are_reported_by_every_way_of_validating(repository: Path) -> None:
    hidden = "register/professions/.x/3221-0-002.yml"
    (repository / hidden).parent.mkdir()
    shutil.copy(repository / PROFESSION, repository / hidden)
    expected = {(hidden, "file-layout")}
    args = ("validate", "--format", "json", "--lang", "en", "--as-of", str(AS_OF))
    for extra in ((), ("register/professions/.x",), (hidden,), ("--base", "main")):
        result = run_nqs(repository, *args, *extra, in_process=True)
        assert result.returncode == 1, (extra, result.stdout, result.stderr)
        assert {(path, rule) for path, rule, _ in found(result.stdout)} == expected, extra
        assert json.loads(result.stdout)["checked"] >= 1
    assert "the name «.x» begins with a dot" in result.stdout
    commit(repository, "a hidden folder")  # committed, the change still shows it
    result = run_nqs(repository, *args, "--base", "main", in_process=True)
    assert {(path, rule) for path, rule, _ in found(result.stdout)} == expected


def test_a_link_in_a_change_is_reported_never_followed(repository: Path, secret: Path) -> None:
    link = "register/professions/health/3221-0-009.yml"
    (repository / link).symlink_to(secret)
    commit(repository, "a link")
    args = ("validate", "--format", "json", "--lang", "en", "--as-of", str(AS_OF))
    result = run_nqs(repository, *args, "--base", "main", in_process=True)
    assert result.returncode == 1 and SECRET not in result.stdout + result.stderr
    assert {(path, rule) for path, rule, _ in found(result.stdout)} == {(link, "file-type")}
    # a link at the base replaced by a file is compared with nothing, not read
    (repository / link).unlink()
    shutil.copy(repository / PROFESSION, repository / link)
    assert run_nqs(repository, *args, "--base", "HEAD", in_process=True).returncode in (0, 1)
    diff = run_nqs(repository, "diff", "main..HEAD", "--lang", "en", in_process=True)
    assert diff.returncode == 0 and SECRET not in diff.stdout


def test_site_sources_that_are_not_files_refuse_the_build(tmp_path: Path) -> None:
    root = make_repository(tmp_path / "repo", site=True)
    (root / "site/assets/environ").symlink_to("/proc/self/environ")
    out = tmp_path / "out"
    result = run_nqs(
        root, "build", "--out", str(out), "--as-of", str(AS_OF), "--lang", "en", SECRET_ENV="x"
    )
    assert result.returncode == 2
    assert "site/assets/environ: found a symbolic link" in result.stderr
    assert not out.exists() and "SECRET_ENV" not in result.stdout + result.stderr


def test_a_decision_named_as_no_decision_is_not_an_edition(tmp_path: Path) -> None:
    """A decision's file name is its edition's name: a tag, a folder of the site and a line
    of `nqs editions`, which the publishing workflow runs. An old commit's decision named
    `2026-11-05\n::error …\x1b[2J` forged a workflow command and cleared the terminal, and
    `--tag` stopped at it (exit 2) for every later edition. It is left out and said so."""
    root = make_repository(tmp_path / "repo")
    record_decision(root, "2025-03-28")
    commit(root, "a decision", "2025-04-01T12:00:00+0500")
    name = "2026-11-05\n::error file=x::forged\x1b[2J"
    text = (root / "register/decisions/2025-03-28.yml").read_text(encoding="utf-8")
    path = root / "register/decisions" / f"{name}.yml"
    path.write_text(text.replace("2025-03-28", "2026-11-05"), encoding="utf-8")
    commit(root, "a decision under a hostile name", "2026-11-10T12:00:00+0500")
    for extra in ((), ("--tag",)):
        result = run_nqs(root, "editions", "--lang", "en", *extra, in_process=True)
        assert result.returncode == 0, result.stderr
        assert "forged" not in result.stdout and "2026-11-05" not in result.stdout
        assert "2025-03-28" in result.stdout
        said = [line for line in result.stderr.splitlines() if "forged" in line]
        assert len(said) == 1 and "\\n::error file=x::forged\\x1b[2J.yml" in said[0], said
        assert said[0].endswith(
            "(the file name is not a recommendation's id: YYYY-MM-DD, with -2 ... -9 for a "
            "later recommendation of the same day)"
        )
        assert "\x1b" not in result.stderr
    with git.Repo(root) as repo:
        assert "edition/2025-03-28" in [tag.name for tag in repo.tags]
        assert not [tag.name for tag in repo.tags if "2026" in tag.name]


def _commit_with_submodule(root: Path, path: str, message: str, when: str) -> None:
    """Commit the working tree, with a submodule (a gitlink entry) at path."""
    with git.Repo(root) as repo:
        repo.git.add(A=True)
        sha = repo.head.commit.hexsha
        repo.git.update_index("--add", "--cacheinfo", f"160000,{sha},{path}")
        with repo.git.custom_environment(GIT_AUTHOR_DATE=when, GIT_COMMITTER_DATE=when):
            repo.git.commit("-m", message)


def test_history_skips_links_submodules_and_malformed_blobs_and_says_so(
    tmp_path: Path, secret: Path
) -> None:
    root = make_repository(tmp_path / "repo", "2024-11-05T10:00:00+0500", site=True)
    record_decision(root, "2025-03-28")
    bad = {
        "register/professions/energy/7411-0-007.yml": b"levels: [4,\n",
        "register/professions/energy/7411-0-008.yml": b"name: \xff\xfe\n",
        "register/professions/energy/7411-0-009.yml": b"levels: [" + b"9" * 5000 + b"]\n",
    }
    for path, raw in bad.items():
        (root / path).write_bytes(raw)
    link = "register/professions/health/3221-0-009.yml"
    (root / link).symlink_to(secret)
    submodule = "register/professions/health/3221-0-010.yml"
    _commit_with_submodule(root, submodule, "Spring, with bad files", "2025-03-31T10:00:00+0500")
    merge(root, "proposal", "2025-04-02T10:00:00+0500")
    for path in [*bad, link]:
        (root / path).unlink()
    commit(root, "Remove the bad files", "2025-04-03T10:00:00+0500")
    editions = run_nqs(root, "editions", "--lang", "en", in_process=True)
    assert editions.returncode == 0, editions.stderr
    assert "2025-03-28" in editions.stdout
    told = editions.stderr
    for path in [*bad, link, submodule]:
        assert f"{path}: this change is left out of the history" in told, path
    assert "(a symbolic link)" in told and "(a Git submodule)" in told
    assert "(yaml-syntax 2:1)" in told and "(encoding 1:7)" in told
    assert SECRET not in editions.stdout + told
    out = tmp_path / "out"
    built = run_nqs(root, "build", "--out", str(out), "--as-of", "2025-04-04", "--lang", "en")
    assert built.returncode == 0, built.stderr
    assert built.stderr.count("left out of the history") == told.count("left out of the history")
    assert "edition 2025-03-28: its register was not written" in built.stdout
    assert "Error" not in built.stdout + built.stderr  # the reader's words, not Python's
    assert SECRET not in built.stdout + built.stderr
    assert (out / "ru/decisions/2025-03-28/index.html").exists()


FORGED = "x\n::error file=forged::forged\n## forged\r\x1b[2J"


def test_a_hostile_file_name_cannot_forge_a_line(repository: Path) -> None:
    name = f"register/professions/health/{FORGED}.yml"
    shutil.copy(repository / PROFESSION, repository / name)
    args = ("validate", "--lang", "en", "--as-of", str(AS_OF))
    for fmt in ("text", "github"):
        for extra in ((), ("--base", "main")):
            result = run_nqs(repository, *args, "--format", fmt, *extra, in_process=True)
            assert result.returncode == 1
            lines = result.stdout.splitlines()
            assert not any(line.startswith(("::error file=forged", "## forged")) for line in lines)
            assert "\x1b" not in result.stdout and "\r" not in result.stdout
            counts = re.match(r"errors: (\d+), warnings: (\d+)", lines[-1])
            assert counts and len(lines) == 1 + int(counts[1]) + int(counts[2])
            shown = "x\\n::error file=forged::forged\\n## forged\\r\\x1b[2J"
            if fmt == "github":
                shown = shown.replace(":", "%3A").replace(",", "%2C")
            assert f"health/{shown}.yml" in result.stdout
    exact = run_nqs(repository, *args, "--format", "json", in_process=True)
    assert name in {path for path, _, _ in found(exact.stdout)}  # JSON escapes its own


def test_diff_and_codeowners_escape_what_they_print(repository: Path) -> None:
    for stem in ("3221-0-0`<script>alert(1)`", FORGED):
        shutil.copy(repository / PROFESSION, repository / f"register/professions/health/{stem}.yml")
    commit(repository, "hostile names")
    summary = run_nqs(repository, "diff", "main..HEAD", "--lang", "en")
    assert summary.returncode == 0 and summary.stderr == ""  # every name read, none dropped
    assert summary.stdout.count("::error file=forged") == 2  # listed in kk and in ru
    assert "<script" not in summary.stdout.replace("\\<script", "")
    assert "- 3221-0-0\\`\\<script\\>alert\\(1\\)\\`" in summary.stdout
    lines = summary.stdout.splitlines()
    assert not any(line.startswith(("::error", "## forged")) for line in lines)
    assert "\x1b" not in summary.stdout and "\r" not in summary.stdout
    bodies = repository / "register/bodies.yml"
    text = bodies.read_text(encoding="utf-8")
    assert "'@nqs-kz/health'" in text
    bodies.write_text(
        text.replace("'@nqs-kz/health'", '"@nqs-kz/health\\n::error::forged"'), encoding="utf-8"
    )
    owners = run_nqs(repository, "codeowners", "--check", "--lang", "en", GITHUB_ACTIONS="true")
    assert owners.returncode == 1 and "[schema]" in owners.stdout
    assert not any(line.startswith("::error::forged") for line in owners.stdout.splitlines())
    assert "\\n::error::forged" in owners.stdout
