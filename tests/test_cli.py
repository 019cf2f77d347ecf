"""The `nqs` command as a user runs it: arguments, output formats, languages, exit codes."""

from __future__ import annotations

import datetime as dt
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

import git
import pytest

from nqs.cli import ARGPARSE_TEXTS, ISSUES
from nqs.messages import CATALOG, render
from tests.conftest import AS_OF, PROJECT, Output, end, neutral, run_nqs, start_nqs
from tests.git_support import commit, make_repository, merge, record_decision

CENTER = "register/centers/090140001235.yml"
PROFESSION = "register/professions/energy/7411-0-004.yml"


def run(
    repo: Path, *args: str, env: dict[str, str] | None = None, as_of: bool = True
) -> subprocess.CompletedProcess[str]:
    extra = ["--as-of", AS_OF.isoformat()] if as_of and args[:1] == ("validate",) else []
    return run_nqs(repo, *args, *extra, **(env or {}))


def _break_certificate(repo: Path) -> None:
    path = repo / CENTER
    path.write_text(
        path.read_text(encoding="utf-8").replace("expires: 2027-05-01", "expires: 2026-05-01"),
        encoding="utf-8",
    )


def test_clean_register_exits_0_with_a_count(repo: Path) -> None:
    result = run(repo, "validate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == "ошибок: 0, предупреждений: 0, в файлах: 0 (проверено: 9)\n"


def test_problem_exits_1_and_is_located(repo: Path) -> None:
    _break_certificate(repo)
    result = run(repo, "validate", "--lang", "en")
    assert result.returncode == 1
    first, summary = result.stdout.splitlines()
    assert re.fullmatch(
        rf"{CENTER}:16:93: error: «expires» of a certificate of the Chamber must be exactly "
        r"3 years after «issued» \(found 2026-05-01, expected 2027-05-01\) "
        r"\[certificate-validity\]",
        first,
    )
    assert summary == "errors: 1, warnings: 0, in files: 1 (checked: 9)"


@pytest.mark.parametrize(
    ("env", "word"),
    [
        ({}, "ошибка"),
        ({"LANG": "kk_KZ.UTF-8"}, "қате"),
        ({"LANG": "en_US.UTF-8"}, "error"),
        ({"LANG": "en_US.UTF-8", "NQS_LANG": "kk"}, "қате"),
    ],
)
def test_language_from_the_environment(repo: Path, env: dict[str, str], word: str) -> None:
    _break_certificate(repo)
    assert f": {word}: " in run(repo, "validate", env=env).stdout


def test_every_language_explains_the_same_problem(repo: Path) -> None:
    _break_certificate(repo)
    lines = {
        lang: run(repo, "validate", "--lang", lang).stdout.splitlines()[0]
        for lang in ("kk", "ru", "en")
    }
    assert "аттестат" not in lines["en"]
    assert "жыл" in lines["kk"] and "года" in lines["ru"]
    assert all("2026-05-01" in line and "2027-05-01" in line for line in lines.values())


def test_json_format(repo: Path) -> None:
    _break_certificate(repo)
    result = run(repo, "validate", "--format", "json", "--lang", "en")
    document = json.loads(result.stdout)
    assert document["errors"] == 1 and document["checked"] == 9
    assert [
        (p["path"], p["line"], p["column"], p["rule"], p["severity"]) for p in document["problems"]
    ] == [(CENTER, 16, 93, "certificate-validity", "error")]


def test_github_format_is_chosen_in_github_actions(repo: Path) -> None:
    _break_certificate(repo)
    result = run(repo, "validate", env={"GITHUB_ACTIONS": "true"})
    assert result.stdout.startswith(
        f"::error file={CENTER},line=16,col=93,title=certificate-validity::"
    )


def test_strict_turns_warnings_into_errors(repo: Path) -> None:
    path = repo / PROFESSION
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            "ru: Спрос растёт с развитием возобновляемой энергетики",
            "ru: Жаңартылатын энергетика дамуына байланысты сұраныс өсуде",
        ),
        encoding="utf-8",
    )
    assert run(repo, "validate").returncode == 0
    strict = run(repo, "validate", "--strict", "--lang", "en")
    assert strict.returncode == 1
    assert ": error: " in strict.stdout and "[untranslated]" in strict.stdout


def test_paths_select_what_is_reported(repo: Path) -> None:
    _break_certificate(repo)
    assert run(repo, "validate", PROFESSION).returncode == 0
    assert run(repo, "validate", "register/centers").returncode == 1
    assert run(repo, "validate", CENTER).returncode == 1


@pytest.mark.parametrize(
    "args",
    [
        ("validate", "register/nowhere.yml"),
        ("validate", "schemas"),
        ("validate", "--as-of", "2025-02-30"),
        ("validate", "--format", "xml"),
        ("validate", "--root", "/" + "a" * 300 + "/register"),
        ("frobnicate",),
    ],
)
def test_usage_errors_exit_2(repo: Path, args: tuple[str, ...]) -> None:
    result = run(repo, *args, as_of=False)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("nqs: ")
    assert "Traceback" not in result.stderr


# The words of nqs's own help and errors that stay as they are in every language: options,
# lists of choices, quoted values, placeholders in capitals (PATH, YYYY-MM-DD), command names.
NAMES = re.compile(
    r"--?[\w-]+|\{[^}]*\}|'[^']*'|\b[A-Z][A-Z_.-]*[A-Z]\b|\bnqs\b"
    r"|\b(validate|build|serve|diff|calendar|editions|codeowners|cycle|record-decision|remarks|editor-config|edit)\b"
)


MISTAKES = [
    (),  # no command: one is required
    ("frobnicate",),
    ("validate", "--frobnicate"),
    ("validate", "--as-of"),
    ("validate", "--format", "xml"),
    ("build", "--strict"),
]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_help_and_usage_errors_are_in_the_readers_language(repo: Path, lang: str) -> None:
    """argparse's own words (usage, options, the help option, its errors) too: no English
    beyond names, and only the Latin words the catalog's own help texts use (GitHub…)."""
    helps = [run_nqs(repo, *args, NQS_LANG=lang) for args in [("--help",), ("validate", "-h")]]
    mistakes = [run_nqs(repo, *args, "--lang", lang) for args in MISTAKES]
    assert [r.returncode for r in helps + mistakes] == [0, 0, 2, 2, 2, 2, 2, 2]
    texts = [r.stdout for r in helps] + [r.stderr for r in mistakes]
    assert all(text.startswith(render("argparse-usage", {}, lang)) for text in texts[:2])
    assert render("argparse-help", {}, lang) in texts[0]
    assert render("argparse-options", {}, lang) + ":" in texts[1]
    ours = " ".join(t[lang] for key, t in CATALOG.items() if key.startswith(("help-", "cli-")))
    known = set(re.findall(r"[A-Za-z]+", NAMES.sub(" ", ours)))
    for text in texts:
        english = set(re.findall(r"[A-Za-z]+", NAMES.sub(" ", text))) - known
        assert english == set(), text
        assert not any(message.strip(": %s") in text for message in ARGPARSE_TEXTS), text


def test_validate_loads_none_of_the_site_or_history_stack(repo: Path) -> None:
    """`nqs validate` imports what it uses: not ProperDocs (MkDocs), openpyxl, GitPython, Jinja2,
    Babel or the holidays (the site's, the history's and the calendar's), whatever it reports."""
    _break_certificate(repo)
    script = (
        "import sys\n"
        "from nqs.cli import main\n"
        "for args in (['--format', 'json'], ['--format', 'github'], ['register/centers']):\n"
        "    assert main(['validate', '--as-of', '2025-01-15', *args]) == 1\n"
        "heavy = {'properdocs', 'mkdocs', 'openpyxl', 'git', 'jinja2', 'babel', 'holidays'}\n"
        "print(sorted(heavy & {name.split('.')[0] for name in sys.modules}), file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
        env=neutral(os.environ),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("certificate-validity") == 3
    assert result.stderr == "[]\n"


def test_outside_a_repository_exits_2(tmp_path: Path) -> None:
    result = run(tmp_path, "validate")
    assert result.returncode == 2
    assert "schemas/" in result.stderr


def test_a_current_folder_that_is_gone_exits_2(tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    leave = ("sh", "-c", 'cd "$0" && rmdir "$0" && exec "$@"', str(gone))
    result = run_nqs(tmp_path, "validate", "--lang", "en", wrapper=leave)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "nqs: the current folder no longer exists (deleted or moved): "
        "change to the repository root and run the command again\n"
    )


@pytest.mark.parametrize("broken", ["{not json", '{"type": "strin"}'])
def test_a_broken_schema_is_an_environment_error(repo: Path, broken: str) -> None:
    (repo / "schemas/center.schema.json").write_text(broken, encoding="utf-8")
    result = run(repo, "validate", "--lang", "en")
    assert result.returncode == 2
    assert "center.schema.json" in result.stderr and "Traceback" not in result.stderr


# --- How every command ends: 0 clean, 1 problems found, 2 usage or environment, 3 a fault --

COMMANDS = {
    "validate": ("validate", "--as-of", "2025-04-04"),
    "build": ("build", "--out", "../site", "--as-of", "2025-04-04"),
    "serve": ("serve", "--port", "0", "--out", "../site", "--as-of", "2025-04-04"),
    "calendar": ("calendar", "2025"),
    "codeowners": ("codeowners",),
    "diff": ("diff", "main~1..main"),
    "editions": ("editions",),
    "draft": ("draft", "--base", "main~1", "--out", "../draft", "--as-of", "2025-04-04"),
    "editor-config": ("editor-config", "--out", "../admin", "--as-of", "2025-04-04"),
}
DECISION = "register/decisions/2025-03-28.yml"


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A register with its site sources and a history: the base on main, then a decision
    recorded on a branch and merged (an edition, and a change for nqs diff)."""
    root = make_repository(tmp_path_factory.mktemp("recorded") / "repo", site=True)
    record_decision(root, "2025-03-28")
    commit(root, "Record 2025-03-28", "2025-03-29T10:00:00+0500")
    merge(root, "proposal", "2025-03-30T10:00:00+0500")
    return root


@pytest.fixture
def register(recorded: Path, tmp_path: Path) -> Path:
    """A copy of the recorded register, with its .git, for one test to break."""
    return Path(shutil.copytree(recorded, tmp_path / "repo", symlinks=True))


def _usage(command: str, root: Path) -> tuple[str, ...]:
    """Pointed at a folder that is no register: a usage error for every command."""
    (root.parent / "empty").mkdir()
    return ("--root", str(root.parent / "empty"))


def _problems(command: str, root: Path) -> tuple[str, ...]:
    """Data that is wrong where the command reads it. nqs diff and nqs editions describe
    history and find no problems of their own: they have no exit 1."""
    if command == "codeowners":
        return ("--check",)  # the repository has no .github/CODEOWNERS yet: out of date
    if command == "calendar":
        path = root / "register/decisions/2024-03-29.yml"
        path.write_text(path.read_text("utf-8").replace("'1'", "1"), "utf-8")
    elif command == "editor-config":  # it reads the bodies only
        path = root / "register/bodies.yml"
        path.write_text(
            path.read_text("utf-8").replace("kind: sectoral", "kind: ministry", 1), "utf-8"
        )
    elif command == "draft":  # a proposal of the draft (main~1..HEAD) is invalid
        path = root / "register/professions/health/3221-0-002.yml"
        path.write_text(path.read_text("utf-8").replace("years: 5", "years: 0"), "utf-8")
    else:
        _break_certificate(root)
    return ()


def _internal(command: str, root: Path) -> tuple[str, ...]:
    """A real fault the code does not expect, in what it trusts rather than in the data."""
    if command in ("diff", "editions"):  # a damaged object in .git
        with git.Repo(root) as repo:
            sha = repo.git.rev_parse(f"main:{DECISION}")
        damaged = root / ".git/objects" / sha[:2] / sha[2:]
        damaged.chmod(0o644)
        damaged.write_bytes(b"not a git object")
    else:
        # The schema loosened to accept any date (a maintainer's slip) and a decision dated
        # 5: the code relies on the text date the schema promised.
        path = root / "schemas/decision.schema.json"
        schema = json.loads(path.read_text(encoding="utf-8"))
        schema["properties"]["date"] = {}
        path.write_text(json.dumps(schema), encoding="utf-8")
        path = root / "register/decisions/2024-10-30.yml"
        path.write_text(path.read_text("utf-8").replace("date: 2024", "date: 5 #"), "utf-8")
    return ()


CASES = [
    (command, provoke, code)
    for command in COMMANDS
    for provoke, code in ((_usage, 2), (_problems, 1), (_internal, 3))
    if not (provoke is _problems and command in ("diff", "editions"))
    # the editor's configuration trusts no date the schemas promise: it has no fault to provoke
    and not (provoke is _internal and command == "editor-config")
]


@pytest.mark.parametrize(
    ("command", "provoke", "code"),
    CASES,
    ids=[f"{command}-{provoke.__name__.strip('_')}" for command, provoke, _ in CASES],
)
def test_every_command_maps_every_ending_to_its_exit_code(
    register: Path, command: str, provoke: Callable[[str, Path], tuple[str, ...]], code: int
) -> None:
    args = (*COMMANDS[command], *provoke(command, register), "--lang", "en")
    result = run_nqs(register, *args)
    assert result.returncode == code, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    if code == 2:
        assert result.stdout == ""
        assert re.fullmatch(r"nqs: .*not the root of a register repository.*\n", result.stderr)
    if code == 3:
        line = result.stderr
        assert re.fullmatch(r"nqs: internal error in nqs \(\w+\): .*\n", line), line
        assert f"please report it at {ISSUES}" in line and "--debug" in line
        debug = run_nqs(register, *args, "--debug")
        assert debug.returncode == 3
        assert debug.stderr.startswith("Traceback (most recent call last):")
        assert debug.stderr.endswith(line)


def test_the_internal_error_line_in_each_language(repo: Path) -> None:
    _internal("codeowners", repo)
    lines = {lang: run(repo, "codeowners", "--lang", lang).stderr for lang in ("kk", "ru", "en")}
    assert lines["kk"].startswith("nqs: nqs ішкі қатесі (TypeError): ")
    assert lines["ru"].startswith("nqs: внутренняя ошибка nqs (TypeError): ")
    assert lines["en"].startswith("nqs: internal error in nqs (TypeError): ")
    assert all(line.count("\n") == 1 and ISSUES in line for line in lines.values())
    before = run(repo, "--debug", "codeowners", "--lang", "en")  # --debug before the command
    assert before.returncode == 3 and before.stderr.startswith("Traceback")
    assert before.stderr.endswith(lines["en"])


def test_a_closed_output_ends_quietly(repo: Path) -> None:
    """`nqs validate | head -1` where head has gone before nqs writes: no traceback, the
    status a shell gives a command stopped by SIGPIPE."""
    _break_certificate(repo)
    with start_nqs(
        repo,
        *("validate", "--as-of", AS_OF.isoformat()),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as nqs:
        assert nqs.stdout is not None and nqs.stderr is not None
        nqs.stdout.close()
        errors = nqs.stderr.read()
    assert (nqs.returncode, errors) == (141, b"")


# --- nqs calendar -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "year", ["0", "-5", "99999999999", "1990", "2100", "1" + "0" * 5000, "MMXXV", ""]
)
def test_calendar_refuses_a_year_it_cannot_tell(repo: Path, year: str) -> None:
    result = run(repo, "calendar", "--lang", "en", "--", year)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == (
        "nqs: the year must be a number from 1991 to 2099 (the years whose working days in "
        f"Kazakhstan are known); found {year}\n"
    )


@pytest.mark.parametrize("year", ["1991", "2099"])
def test_calendar_tells_the_first_and_last_years(repo: Path, year: str) -> None:
    result = run(repo, "calendar", year, "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert f" for {year} " in result.stdout.splitlines()[0]
    assert f"\n{year}-11-0" in result.stdout  # the last deadline of the year (a working day)


def test_calendar_is_for_this_year_by_default(repo: Path) -> None:
    before = dt.date.today().year
    title = run(repo, "calendar", "--lang", "en").stdout.splitlines()[0]
    assert any(f" for {year} " in title for year in (before, dt.date.today().year))


# --- --out: refused before anything is checked or built -----------------------------------


def _read_only(folder: Path) -> tuple[str, ...]:
    """Make folder read-only for nqs; the command to run nqs through. chmod stops an
    ordinary user; root ignores it, so for root the folder is also mounted read-only in a
    mount namespace of nqs's own (unshare), which stops root too."""
    folder.chmod(0o555)
    if os.geteuid() != 0:
        return ()
    remount = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"'
    return ("unshare", "--mount", "sh", "-c", remount, str(folder))


@pytest.mark.parametrize("where", ["a file", "under a file", "/proc", "read-only"])
@pytest.mark.parametrize("command", [("build",), ("serve", "--port", "0")])
def test_an_out_no_site_can_be_written_to_is_refused_first(
    repo: Path, tmp_path: Path, where: str, command: tuple[str, ...]
) -> None:
    shutil.copytree(PROJECT / "site", repo / "site")
    _break_certificate(repo)  # checked first, the register would end it with exit 1
    note = tmp_path / "note.txt"
    note.write_text("not a folder\n", encoding="utf-8")
    wrapper: tuple[str, ...] = ()
    if where == "a file":
        out, expected = note, f"nqs: --out {note} is a file, not a folder"
    elif where == "under a file":
        out = note / "deeper/site"
        expected = f"nqs: --out {out} cannot be a folder: {note} is a file, not a folder\n"
    elif where == "/proc":
        out, expected = Path("/proc/self/site"), "nqs: the site cannot be written to --out /proc"
    else:
        locked = tmp_path / "locked"
        locked.mkdir()
        wrapper = _read_only(locked)
        # the folder really takes no file, for whoever runs the tests
        assert subprocess.run([*wrapper, "touch", str(locked / "x")], check=False).returncode
        out = locked / "site"
        expected = f"nqs: the site cannot be written to --out {out} (E"
    result = run_nqs(repo, *command, "--out", str(out), "--lang", "en", wrapper=wrapper)
    assert (result.returncode, result.stdout) == (2, ""), result.stderr
    assert result.stderr.startswith(expected) and result.stderr.count("\n") == 1
    assert not list(tmp_path.glob("**/index.html"))


# --- nqs serve --------------------------------------------------------------------------


def test_serve_refuses_a_busy_or_impossible_port_before_building(
    repo: Path, tmp_path: Path
) -> None:
    shutil.copytree(PROJECT / "site", repo / "site")
    _break_certificate(repo)  # built first, the register would end it with exit 1
    out = tmp_path / "out"
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = str(taken.getsockname()[1])
        for port, expected in [
            (busy, f"nqs: cannot listen on 127.0.0.1:{busy} (EADDRINUSE): "),
            ("-1", "nqs: --port must be a number from 0 to 65535 (0: any free port); found -1"),
            ("70000", "nqs: --port must be a number from 0 to 65535"),
            ("http", "nqs: --port must be a number from 0 to 65535"),
        ]:
            result = run(repo, "serve", "--out", str(out), "--lang", "en", f"--port={port}")
            assert (result.returncode, result.stdout) == (2, ""), result.stderr
            assert result.stderr.startswith(expected) and result.stderr.count("\n") == 1
            assert not out.exists()


class Served(NamedTuple):
    server: subprocess.Popen[str]
    port: int
    out: Path
    stdout: Output
    stderr: Output


@pytest.fixture
def served(repo: Path, tmp_path: Path) -> Iterator[Served]:
    """nqs serve on a free port, running on the small register; the port, the site and its
    output, read as it comes."""
    shutil.copytree(PROJECT / "site", repo / "site")
    out = tmp_path / "out"
    args = ["serve", "--port", "0", "--out", str(out), "--as-of", AS_OF.isoformat()]
    with start_nqs(
        repo,
        *args,
        "--lang",
        "en",
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as server:
        assert server.stdout is not None and server.stderr is not None
        stdout, stderr = Output(server.stdout), Output(server.stderr)
        try:
            line = stdout.until(lambda line: line.startswith("serving http://"))
            found = re.match(r"serving http://127\.0\.0\.1:(\d+)/", line)
            assert found, line
            yield Served(server, int(found[1]), out, stdout, stderr)
        finally:
            end(server)
            stdout.rest(), stderr.rest()  # the readers end before the pipes are closed


def _get(port: int, path: str, method: str = "GET") -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request(method, path)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


HOSTILE_PATHS = [
    "/%00",
    "/ru/%00/index.html",
    "/ru/index.html%00.txt",
    "/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/%ed%a0%80",
    "/%ff%fe",
    "/" + "a" * 5000,
    "/a" * 3000,
]


def test_serve_survives_hostile_requests_and_dropped_readers(
    served: Served,
) -> None:
    server, port, out = served.server, served.port, served.out
    for path in HOSTILE_PATHS:
        for method in ("GET", "HEAD"):
            status, body = _get(port, path, method)
            assert status in (400, 404), (path, method, status)
            assert b"root:" not in body
    # Readers that go away mid-answer: a large file, and the connection reset after a
    # first chunk, so the server is still writing when the reader is gone.
    (out / "large.bin").write_bytes(os.urandom(24_000_000))
    for _ in range(3):
        with socket.create_connection(("127.0.0.1", port), timeout=60) as reader:
            reader.sendall(b"GET /large.bin HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            assert reader.recv(4096).startswith(b"HTTP/1.0 200")
            reader.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\0\0\0\0\0\0\0")
    status, page = _get(port, "/ru/")
    assert status == 200 and b"</html>" in page
    server.send_signal(signal.SIGINT)  # Ctrl+C: the normal end of nqs serve
    rest, _ = served.stdout.rest(), served.stderr.rest()
    assert (server.wait(60), rest) == (130, "")
    errors = served.stderr.printed
    # only the build's stages, compact: one line for the whole build (site/progress.py)
    assert re.fullmatch(
        r"nqs: validation of the register, files: \d+ · [^\n]+ \(ru\): \d+\n", errors
    )


def test_serve_reports_a_broken_edit_keeps_the_pages_and_shows_the_fix(
    served: Served, repo: Path
) -> None:
    """An edit that breaks a profession's file: its problem is said as nqs build says it, the
    pages stay served; the fix is shown by updating the pages it reaches (site/preview.py)."""
    server, port = served.server, served.port
    address = "/ru/professions/7411-0-004/"
    status, page = _get(port, address)
    assert status == 200 and "Монтажник солнечных установок".encode() in page
    path = repo / PROFESSION
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("ru: Монтажник", "ru: [Монтажник", 1), encoding="utf-8")
    line = served.stdout.until(lambda line: line.startswith(f"{PROFESSION}:"))
    assert ": error: " in line
    assert _get(port, address) == (status, page)
    fixed = text.replace("Монтажник солнечных", "Монтажник солнечных и ветровых")
    path.write_text(fixed, encoding="utf-8")
    served.stdout.until(lambda line: line.startswith("change shown: "))
    status, page = _get(port, address)
    assert status == 200 and "Монтажник солнечных и ветровых установок".encode() in page
    server.send_signal(signal.SIGINT)
    served.stderr.rest()
    errors = served.stderr.printed
    assert server.wait(60) == 130 and "Traceback" not in errors
    assert "nqs: the register has errors: the site was not built\n" in errors


def test_serve_says_an_unreadable_reference_file_keeps_serving_and_shows_the_fix(
    served: Served, repo: Path
) -> None:
    """A reference or schema file broken while nqs serve runs is said as nqs build says it;
    the server goes on serving the last site, and builds again with the next change."""
    server, port = served.server, served.port
    status, page = _get(port, "/ru/")
    assert status == 200
    path = repo / "reference/corrections.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "classifier/occupations.csv,3221-0-004,kk\n", encoding="utf-8")
    line = served.stderr.until(lambda line: "reference/corrections.csv" in line)
    assert line.startswith("nqs: cannot read the reference data "), line
    assert server.poll() is None
    assert _get(port, "/ru/") == (status, page)
    path.write_text(text, encoding="utf-8")
    served.stdout.until(lambda line: line.startswith("the site was written to "))
    assert _get(port, "/ru/")[0] == 200
    server.send_signal(signal.SIGINT)
    served.stderr.rest()
    errors = served.stderr.printed
    assert server.wait(60) == 130 and "Traceback" not in errors


# --- The tests do not depend on who runs them, where, or when -------------------------------

HOSTILE_ENVIRONMENT = {
    "GITHUB_ACTIONS": "true",
    "NQS_LANG": "kk",
    "LANG": "kk_KZ.UTF-8",
    "LC_ALL": "en_US.UTF-8",
    "LC_MESSAGES": "en_US.UTF-8",
    "TZ": "Pacific/Kiritimati",
}


def test_the_callers_environment_does_not_reach_nqs(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _break_certificate(repo)
    args = ("validate", "--as-of", AS_OF.isoformat())
    expected = run_nqs(repo, *args)
    assert expected.stdout.startswith(f"{CENTER}:16:93: ошибка: ")  # Russian, as text
    for name, value in HOSTILE_ENVIRONMENT.items():
        monkeypatch.setenv(name, value)
    hostile = run_nqs(repo, *args)
    assert (hostile.returncode, hostile.stdout, hostile.stderr) == (
        expected.returncode,
        expected.stdout,
        expected.stderr,
    )
    # …while the same variables given on purpose do change it
    assert run_nqs(repo, *args, **HOSTILE_ENVIRONMENT).stdout.startswith("::error file=")


def test_the_code_under_test_sees_the_neutral_environment() -> None:
    from nqs.messages import language_from_environment

    assert language_from_environment() == "ru"
    assert "GITHUB_ACTIONS" not in os.environ
    assert dt.datetime.now().astimezone().utcoffset() == dt.timedelta(0)


def test_the_systems_refusal_is_an_environment_error(repo: Path) -> None:
    """A full disk or a folder where a file is written is not a fault of nqs: exit 2, one
    line with the system's reason."""
    (repo / ".github/CODEOWNERS").mkdir(parents=True)
    written = run(repo, "codeowners", "--lang", "ru")
    assert written.returncode == 2
    assert written.stderr.startswith("nqs: система отказала в действии: Is a directory (")
    assert written.stderr.count("\n") == 1
    with open("/dev/full", "w") as full:  # stdout on a full disk
        process = start_nqs(
            repo, "calendar", "2025", "--lang", "en", stdout=full, stderr=subprocess.PIPE
        )
        _, err = process.communicate(timeout=60)
    assert process.returncode == 2, err
    assert err.decode() == (
        "nqs: the system refused: No space left on device; check the free disk space, "
        "the permissions and where the output goes\n"
    )


@pytest.mark.parametrize(
    "args",
    [
        ("validate", "--as-of", "2026\n::error::forged"),
        ("validate", "--base", "main", "--opened", "x\x1b[2J"),
        ("validate", "register/\x1b[31mred.yml"),
        ("validate", "--root", "/tmp/\x1b]0;title\x07"),
        ("calendar", "20\x1b[31m"),
        ("remarks", "2025-02-30\u202e"),
        ("record-decision", "2025\r\x1b[1A", "--protocol", "1"),
        ("draft", "--base", "main\x1b[31m", "--out", "draft"),
    ],
)
def test_values_from_the_command_line_are_shown_escaped(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    """A date, a year, a path or a reference given on the command line is refused on one
    line that shows what it holds, escaped: it can neither rewrite the terminal nor forge a
    line of a CI log (a workflow passes values of a pull request on)."""
    repository = make_repository(tmp_path / "repo", site=True)
    result = run_nqs(repository, *args, "--lang", "en")
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("nqs: ")
    assert result.stderr[:-1].isprintable(), result.stderr
    assert "\\x1b" in result.stderr or "\\n" in result.stderr or "\\u202e" in result.stderr


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("kk", "educational_institution: false деп жазыңыз"),
        ("ru", "укажите educational_institution: false"),
        ("en", "write educational_institution: false"),
    ],
)
def test_an_educational_founder_is_told_what_follows(repo: Path, lang: str, said: str) -> None:
    """A founder declared educational: the center cannot be in the register (Law 24.2), and
    a flag set by mistake is corrected to false; the message says both."""
    path = repo / CENTER
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "  - name: {kk: Иванов Иван Иванович, ru: Иванов Иван Иванович}\n",
            "  - name: {kk: Иванов Иван Иванович, ru: Иванов Иван Иванович}\n"
            "    educational_institution: true\n",
        ),
        encoding="utf-8",
    )
    result = run(repo, "validate", CENTER, "--lang", lang)
    assert result.returncode == 1
    assert f"{CENTER}:9:30:" in result.stdout and said in result.stdout, result.stdout
