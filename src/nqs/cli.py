"""The command line: parses arguments, calls the library, maps results to exit codes.

Exit codes: 0 clean, 1 problems found, 2 a usage or environment error, 3 an internal error
(a fault of nqs itself: one line asking to report it, the traceback only with --debug);
130 when interrupted, 141 when the reader of the output closed it (`nqs validate | head -1`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gettext
import os
import re
import select
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

# The validation stack and light modules are imported here; a command that needs more imports
# it itself (the site's MkDocs and openpyxl, GitPython, the holidays): `nqs validate` loads
# none of them.
from nqs import dates, report
from nqs.codeowners import PATH as CODEOWNERS_PATH
from nqs.codeowners import codeowners
from nqs.escape import ascii_name, refused, terminal
from nqs.files import NotRegular
from nqs.formatting import Day
from nqs.layout import DATA_ROOTS, Kind
from nqs.messages import DEFAULT_LANGUAGE, LANGUAGES, Term, language_from_environment, render
from nqs.reference import ReferenceError_
from nqs.result import Outcome
from nqs.schema import SchemaError
from nqs.validate import validate, validate_change

if TYPE_CHECKING:
    from nqs.chronicle import Chronicle
    from nqs.cycle import Cycle
    from nqs.site import SiteError
    from nqs.site.editor import Backend
    from nqs.site.preview import Preview

EXIT_CLEAN, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports Ctrl+C
EXIT_CLOSED_OUTPUT = 141  # 128 + SIGPIPE, as a shell reports `yes | head -1`
ISSUES = "https://github.com/nqs-kz/nqs/issues"
PORTS = range(0, 65536)  # 0: any free port

# argparse's own words (its gettext message ids, Python 3.11) -> their catalog keys.
ARGPARSE_TEXTS = {
    "usage: ": "argparse-usage",
    "positional arguments": "argparse-positional",
    "options": "argparse-options",
    "show this help message and exit": "argparse-help",
    "argument %(argument_name)s: %(message)s": "argparse-argument",
    "the following arguments are required: %s": "argparse-required",
    "one of the arguments %s is required": "argparse-one-required",
    "unrecognized arguments: %s": "argparse-unrecognized",
    "invalid choice: %(value)r (choose from %(choices)s)": "argparse-invalid-choice",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "argparse-unknown-command",
    "invalid %(type)s value: %(value)r": "argparse-invalid-value",
    "expected one argument": "argparse-expected-one",
    "expected at most one argument": "argparse-expected-at-most-one",
    "expected at least one argument": "argparse-expected-at-least-one",
    "expected %s argument": "argparse-expected-n-one",
    "expected %s arguments": "argparse-expected-n-many",
    "ambiguous option: %(option)s could match %(matches)s": "argparse-ambiguous",
    "not allowed with argument %s": "argparse-not-allowed-with",
    "ignored explicit argument %r": "argparse-ignored-argument",
}


class UsageError(Exception):
    """A mistake in how the tool was called, already worded for the reader."""


class _Parser(argparse.ArgumentParser):
    lang = DEFAULT_LANGUAGE  # set by _parser on the parser and each command's

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"nqs: {render('cli-usage', {'detail': message}, self.lang)}\n")


class _ArgparseTexts(gettext.NullTranslations):
    """argparse's own words from the message catalog, in one language."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def gettext(self, message: str) -> str:
        key = ARGPARSE_TEXTS.get(message) if isinstance(message, str) else None
        return message if key is None else render(key, {}, self.lang)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return self.gettext(msgid1 if n == 1 else msgid2)


@contextmanager
def _argparse_speaks(lang: str) -> Iterator[None]:
    """Within: argparse words its help and its errors in lang. argparse looks its texts up
    through gettext's functions bound in its module, at the time it builds a parser (group
    titles, the help option) and at the time it parses (usage, errors): both happen here."""
    texts = _ArgparseTexts(lang)
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = texts.gettext, texts.ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def _language(argv: Sequence[str] | None) -> str:
    """The language of the messages: --lang when it is given (even beside a mistake in the
    other arguments), else the environment's."""
    found = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    found.add_argument("--lang")
    lang = found.parse_known_args(argv)[0].lang
    return lang if lang in LANGUAGES else language_from_environment()


def _report_format() -> str:
    """The reporter for problems: GitHub's annotations in GitHub Actions, else text."""
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def _parser(lang: str) -> argparse.ArgumentParser:
    """The parser of every command, worded in lang (argparse's own words too: build and use
    it within _argparse_speaks(lang)). An option several commands take is declared once, in
    the parent parser those commands share."""

    def t(key: str) -> str:
        return render(key, {}, lang)

    def parent() -> _Parser:
        return _Parser(add_help=False)

    common = parent()  # every command: `nqs validate --debug` as well as `nqs --debug …`
    common.add_argument("--lang", choices=LANGUAGES, default=lang, help=t("help-lang"))
    common.add_argument("--root", type=Path, default=Path.cwd(), help=t("help-root"))
    common.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help=t("help-debug")
    )
    dated = parent()
    dated.add_argument("--as-of", metavar="YYYY-MM-DD", help=t("help-as-of"))
    site = parent()
    site.add_argument("--out", type=Path, default=Path("site-build"), help=t("help-out"))
    site.add_argument("--site-url", help=t("help-site-url"))
    hosted = parent()  # the form editor's repository on GitHub (site/editor.py)
    hosted.add_argument("--repo", metavar="OWNER/NAME", help=t("help-repo"))

    parser = _Parser(prog="nqs", description=t("help-description"))
    parser.add_argument("--debug", action="store_true", help=t("help-debug"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(name: str, *parents: _Parser) -> argparse.ArgumentParser:
        text = t(f"help-{name}")
        return commands.add_parser(name, help=text, description=text, parents=[common, *parents])

    check = command("validate", dated)
    check.add_argument("paths", nargs="*", metavar="PATH", help=t("help-paths"))
    check.add_argument(
        "--format", choices=sorted(report.FORMATS), default=_report_format(), help=t("help-format")
    )
    check.add_argument("--strict", action="store_true", help=t("help-strict"))
    check.add_argument("--base", metavar="REF", help=t("help-base"))
    check.add_argument("--opened", metavar="YYYY-MM-DD", help=t("help-opened"))
    check.add_argument("--stage", choices=("proposal", "council"), help=t("help-stage"))
    command("build", dated, site, hosted)
    command("serve", dated, site, hosted).add_argument(
        "--port", default="8000", help=t("help-port")
    )
    command("diff").add_argument("span", metavar="BASE..HEAD", help=t("help-span"))
    command("calendar").add_argument("year", nargs="*", help=t("help-year"))
    command("editions").add_argument("--tag", action="store_true", help=t("help-editions-tag"))
    command("codeowners").add_argument(
        "--check", action="store_true", help=t("help-codeowners-check")
    )
    paper = command("draft", dated)
    paper.add_argument("--base", default="main", metavar="REF", help=t("help-draft-base"))
    paper.add_argument("--out", type=Path, required=True, metavar="DIR", help=t("help-draft-out"))
    _cycle_parsers(command, common, dated, t)
    editor = command("editor-config", dated, hosted)
    editor.add_argument("--out", type=Path, required=True, metavar="DIR", help=t("help-editor-out"))
    command("edit", dated, site, hosted).add_argument("--port", default="8000", help=t("help-port"))
    parser.lang = lang
    for each in commands.choices.values():
        each.lang = lang
        for nested in getattr(each, "_nested", {}).values():
            nested.lang = lang
    return parser


# --- the proposal cycle: nqs cycle open|status, nqs record-decision, nqs remarks ---


def _cycle_parsers(
    command: Callable[..., argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    dated: argparse.ArgumentParser,
    t: Callable[[str], str],
) -> None:
    """The commands of the proposal cycle (cycle.py, proposals.py, record.py)."""
    cycle = command("cycle")
    actions = cycle.add_subparsers(dest="action", metavar="ACTION", required=True)
    opened = actions.add_parser(
        "open", help=t("help-cycle-open"), description=t("help-cycle-open"), parents=[common]
    )
    opened.add_argument("name", metavar="YEAR-N", help=t("help-cycle-name"))
    status = actions.add_parser(
        "status",
        help=t("help-cycle-status"),
        description=t("help-cycle-status"),
        parents=[common, dated],
    )
    status.add_argument("name", metavar="YEAR-N", nargs="?", help=t("help-cycle-name"))
    cycle._nested = actions.choices  # type: ignore[attr-defined]
    record = command("record-decision", dated)
    record.add_argument("date", metavar="YYYY-MM-DD", help=t("help-decision-date"))
    record.add_argument("--protocol", required=True, metavar="N", help=t("help-protocol"))
    record.add_argument(
        "--reject", action="append", default=[], metavar="PATH", help=t("help-reject")
    )
    record.add_argument(
        "--reason-kk", action="append", default=[], metavar="TEXT", help=t("help-reason-kk")
    )
    record.add_argument(
        "--reason-ru", action="append", default=[], metavar="TEXT", help=t("help-reason-ru")
    )
    remarks = command("remarks", dated)
    remarks.add_argument("received", metavar="YYYY-MM-DD", help=t("help-remarks-received"))


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command and map how it ended to an exit code: every exception that is not one
    of the tool's own (usage, schema, reference, site) is a fault of nqs, exit 3."""
    lang, debug = _language(argv), False
    commands = {
        "validate": _validate,
        "build": _build,
        "serve": _serve,
        "codeowners": _codeowners,
        "calendar": _calendar,
        "diff": _diff,
        "editions": _editions,
        "draft": _draft,
        "cycle": _cycle,
        "record-decision": _record_decision,
        "remarks": _remarks,
        "editor-config": _editor_config,
        "edit": _edit,
    }
    try:
        _current_folder(lang)
        with _argparse_speaks(lang):
            args = _parser(lang).parse_args(argv)
        lang, debug = args.lang, args.debug
        status = commands[args.command](args, lang)
        sys.stdout.flush()  # here, so that a closed output is met inside this try
        return status
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        if not _output_closed():
            _internal_error(lang, debug)
            return EXIT_INTERNAL
        # Python flushes stdout once more on exit: let that go nowhere instead of failing.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_CLOSED_OUTPUT
    except UsageError as exc:
        if debug and exc.__cause__ is not None:  # a failed build: what failed in it
            traceback.print_exception(exc.__cause__)
        # Values from the command line (a date, a year, a path, a reference) are hostile
        # bytes too: whatever a message repeats is shown escaped, one line.
        print(f"nqs: {terminal(str(exc))}", file=sys.stderr)
    except (SchemaError, ReferenceError_) as exc:
        print("nqs: " + _unreadable(exc, lang), file=sys.stderr)
    except OSError as exc:  # the system's refusal (a full disk, a closed device): not a fault
        params = {"detail": refused(exc)}
        print("nqs: " + render("cli-system-error", params, lang), file=sys.stderr)
        if exc.filename is None:  # stdout itself, perhaps: Python flushes it again on exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except Exception:
        _internal_error(lang, debug)
        return EXIT_INTERNAL
    return EXIT_USAGE


def _current_folder(lang: str) -> None:
    """The folder nqs was started in, which every command's defaults start from, exists."""
    try:
        os.getcwd()
    except FileNotFoundError:
        raise UsageError(render("cli-no-cwd", {}, lang)) from None


def _internal_error(lang: str, debug: bool) -> None:
    """Say, in one line, that the exception being handled is a fault of nqs to report; the
    traceback only with --debug."""
    if debug:
        traceback.print_exc()
    error = type(sys.exc_info()[1]).__name__
    print(
        "nqs: " + render("cli-internal-error", {"error": error, "url": ISSUES}, lang),
        file=sys.stderr,
    )


def _output_closed() -> bool:
    """Whether the reader of stdout has gone (a pipe with no reader reports an error)."""
    poll = select.poll()
    try:
        poll.register(sys.stdout.fileno(), select.POLLOUT)
    except (OSError, ValueError):  # stdout is no file (replaced in the process)
        return False
    return any(events & select.POLLERR for _, events in poll.poll(0))


def _root(args: argparse.Namespace, lang: str) -> Path:
    root: Path = args.root
    try:
        root = root.resolve()
        if (root / "schemas").is_dir():
            return root
    except OSError:  # a --root no folder can have (a name too long, a loop of links)
        pass
    raise UsageError(render("cli-no-root", {"root": root}, lang))


def _validate(args: argparse.Namespace, lang: str) -> int:
    root = _root(args, lang)
    as_of = _as_of(args.as_of, lang)
    selected = [_relative(root, path, lang) for path in args.paths]
    if args.opened is not None and args.base is None:
        raise UsageError(render("cli-opened-without-base", {}, lang))
    if args.stage is not None and args.base is None:
        raise UsageError(render("cli-stage-without-base", {}, lang))
    if args.base is not None:
        from nqs.cycle import CycleStage, stage_of
        from nqs.history import HistoryError, changes_since

        stage = stage_of(args.base) if args.stage is None else CycleStage(args.stage)
        try:
            opened = None if args.opened is None else _as_of(args.opened, lang, "--opened")
            base = changes_since(root, args.base)
            outcome = validate_change(root, as_of, base, opened, stage)
        except HistoryError as exc:
            raise UsageError(render(exc.key, {"value": terminal(exc.value)}, lang)) from None
    else:
        outcome = validate(root, as_of, selected, whole=False)
    if args.strict:
        outcome = Outcome([p.as_error() for p in outcome.problems], outcome.checked)
    sys.stdout.write(report.FORMATS[args.format](outcome, lang))
    return EXIT_PROBLEMS if outcome.errors else EXIT_CLEAN


def _build(args: argparse.Namespace, lang: str, compact: bool = False) -> int:
    """Build the site (site.build_site refuses an invalid register and an unsafe --out):
    say what validation found, what the history lacked, and where the site is. Its stages
    are shown on stderr as it runs (site/progress.py; compact: for nqs serve's rebuilds)."""
    return _built(args, lang, compact)[0]


def _built(
    args: argparse.Namespace, lang: str, compact: bool = False
) -> tuple[int, Preview | None]:
    """_build, and the site it built for nqs serve to update (None when it built none)."""
    from nqs.site import DEFAULT_SITE_URL, RegisterInvalid, SiteError, build_site, site_folder
    from nqs.site.preview import Preview
    from nqs.site.progress import Progress

    root = _root(args, lang)
    out = args.out if args.out.is_absolute() else Path.cwd() / args.out
    try:
        out = site_folder(root, out)  # before the validation, which takes a while
        as_of = _as_of(args.as_of, lang)
        with Progress(lang, sys.stderr, compact) as progress:
            progress.start("validation")
            outcome = validate(root, as_of)
            progress.done("validation", outcome.checked)
            if outcome.problems:  # errors refuse the build; warnings are shown and built with
                sys.stdout.write(report.FORMATS[_report_format()](outcome, lang))
            url = args.site_url or DEFAULT_SITE_URL
            backend = _editor_backend(args, root, lang)
            built = build_site(outcome, root, out, url, progress, backend)
    except RegisterInvalid:
        print("nqs: " + render("build-refused", {}, lang), file=sys.stderr)
        return EXIT_PROBLEMS, None
    except SiteError as exc:
        raise _site_error(exc, lang) from exc.__cause__
    if built.history_error is not None:  # a shallow clone: built without the history
        error = built.history_error
        said = render(error.key, {"value": terminal(error.value)}, lang)
        print("nqs: " + said, file=sys.stderr)
    _tell_skipped(built.story, lang)
    for decision, reason in built.skipped.items():
        print("nqs: " + render("edition-skipped", {"decision": decision, "detail": reason}, lang))
    pages = sum(1 for _ in out.glob("*/**/index.html"))
    print(render("build-done", {"out": terminal(os.fsdecode(out)), "pages": pages}, lang))
    assert outcome.register is not None  # built: the register is valid
    preview = Preview(root, out, url, outcome.register, built.story, built.skipped, lang)
    return EXIT_CLEAN, preview


def _site_error(exc: SiteError, lang: str) -> UsageError:
    """A site that cannot be built, in the reader's words (its values escaped, one line)."""
    return UsageError(exc.said(lang))


def _serve(args: argparse.Namespace, lang: str, editing: str | None = None) -> int:
    """Listen (a busy port is said before the long build), build, serve on localhost; after
    a change, update the pages it reaches or build again (site/preview.py); open pages
    reload themselves. Ctrl+C stops it (exit 130). For nqs edit (editing: the cycle branch
    its proposals go into), say where the editor is and render its previews."""
    from nqs.site.folder import refusal
    from nqs.site.serve import Server, changes, serve

    port = _number(args.port, PORTS, "serve-bad-port", lang)
    try:
        server = Server(port, lambda: _internal_error(lang, args.debug))
    except OSError as exc:
        detail = {"port": port, "reason": refusal(exc)}
        raise UsageError(render("serve-port-busy", detail, lang)) from None
    with server:
        args.out = Path.cwd() / args.out  # one folder for every rebuild and the server
        url = f"http://127.0.0.1:{server.port}/"
        preview: Preview | None = None  # the site built, once it is
        if editing is not None:  # the port listened on, a free one for --port 0
            from nqs.site.editor_preview import entry_page

            print(render("edit-ready", {"url": url, "branch": editing}, lang), flush=True)
            server.entry_page = lambda shown, path, raw: (
                None if preview is None else entry_page(preview, shown, path, raw)
            )
        # Served here, the site is built for this address: its links between languages stay on it.
        args.site_url = args.site_url or url
        root = _root(args, lang)
        watched = [root / name for name in (*DATA_ROOTS, "site", "schemas", "reference")]
        changed = changes([folder for folder in watched if folder.is_dir()])  # from now on
        status, preview = _built(args, lang, compact=True)
        if preview is None:
            return status
        preview.warm()
        print(render("serve-listening", {"url": url}, lang), flush=True)

        def rebuild(paths: set[Path]) -> None:
            nonlocal preview
            try:
                if preview is not None:
                    preview = _update(preview, paths, lang)
                if preview is None:  # only a full build shows the change; or the last failed
                    preview = _built(args, lang, compact=True)[1]
            except (SchemaError, ReferenceError_) as exc:  # an edit of schemas/, reference/
                print("nqs: " + _unreadable(exc, lang), file=sys.stderr, flush=True)
                preview = None  # the last site stays served; the next change builds again

        try:
            serve(server, args.out.resolve(), changed, rebuild)
        finally:
            if preview is not None:
                preview.settle()
    return EXIT_CLEAN


def _editor_backend(args: argparse.Namespace, root: Path, lang: str) -> Backend:
    """Where the form editor saves: the repository of --repo, or the one the clone came from
    (origin on GitHub); under nqs edit, its decap-server on this machine."""
    from nqs.site.editor import REPOSITORY_FORM, Backend, repository_of

    if args.repo is not None and not REPOSITORY_FORM.match(args.repo):
        raise UsageError(render("editor-bad-repo", {"value": terminal(args.repo)}, lang))
    repository = args.repo or repository_of(root)
    return Backend(repository, getattr(args, "backend_port", None))


def _editor_config(args: argparse.Namespace, lang: str) -> int:
    """Write the form editor (/admin/ of the site) into --out, as `nqs build` does."""
    from nqs.site.editor import write_editor

    root = _root(args, lang)
    outcome = validate(root, _as_of(args.as_of, lang), ["register/bodies.yml"])
    if outcome.errors or outcome.register is None or not outcome.register.bodies:
        sys.stdout.write(report.FORMATS["text"](outcome, lang))
        return EXIT_PROBLEMS
    out = args.out if args.out.is_absolute() else Path.cwd() / args.out
    write_editor(root, outcome.register, out, _editor_backend(args, root, lang))
    print(render("editor-config-written", {"out": terminal(os.fsdecode(out))}, lang))
    return EXIT_CLEAN


def _edit(args: argparse.Namespace, lang: str) -> int:
    """The form editor on this repository: decap-server in its git mode (a saved entry is a
    branch cms/<collection>/<entry> from the cycle branch) beside `nqs serve`."""
    import shutil
    import socket
    import subprocess

    from nqs.cycle import current
    from nqs.lifeline import tied
    from nqs.site.editor import NODE_MODULES, installed

    _number(args.port, PORTS, "serve-bad-port", lang)  # before anything starts
    root = _root(args, lang)
    if not installed(root):
        raise UsageError(render("edit-not-installed", {"path": NODE_MODULES}, lang))
    node = shutil.which("node")
    if node is None:
        raise UsageError(render("edit-no-node", {}, lang))
    branch = current(_as_of(args.as_of, lang)).branch
    known = subprocess.run(
        ["git", "-C", str(root), "rev-parse", "--verify", "--quiet", f"refs/heads/{branch}"],
        capture_output=True,
        check=False,
    )
    if known.returncode != 0:
        raise UsageError(render("edit-no-cycle-branch", {"branch": branch}, lang))
    # decap-server commits a saved entry with `git add .`: whatever else is changed in the
    # working tree would go into the proposal with it; untracked files are listed whatever
    # status.showUntrackedFiles says (they are added all the same).
    status = subprocess.run(
        ["git", "-C", str(root), "status", "--porcelain", "--untracked-files=all"],
        capture_output=True,
        check=False,
    )
    if status.returncode != 0 or status.stdout.strip():
        raise UsageError(render("edit-not-clean", {}, lang))
    # The site built into the working tree would be added with the entry all the same: an
    # --out inside the repository must be one Git ignores, its lock and folders beside too.
    if _unignored(root, args.out):
        raise UsageError(render("edit-out-not-ignored", {"out": terminal(str(args.out))}, lang))
    with socket.socket() as probe:  # a free port for decap-server, given to the editor
        probe.bind(("127.0.0.1", 0))
        args.backend_port = probe.getsockname()[1]
    settings = {
        "MODE": "git",
        "GIT_REPO_DIRECTORY": str(root.resolve()),
        "PORT": str(args.backend_port),
        "BIND_HOST": "127.0.0.1",
    }
    script = root / NODE_MODULES / "decap-server/dist/index.js"
    # Tied to this process: a killed nqs edit leaves no server behind on the port.
    backend = subprocess.Popen(tied([node, str(script)]), env={**os.environ, **settings})
    try:
        return _serve(args, lang, editing=branch)
    finally:
        backend.terminate()
        backend.wait()


def _unignored(root: Path, out: Path) -> bool:
    """Whether a build into out writes into root's working tree something Git does not
    ignore (`git add .` would add it)."""
    import subprocess

    from nqs.site.folder import written

    top = root.resolve()
    paths = [path.resolve() for path in written(out)]
    if not any(path.is_relative_to(top) for path in paths):
        return False
    named = [
        path.relative_to(top).as_posix() + ("" if path.name.endswith(".lock") else "/")
        for path in paths
        if path.is_relative_to(top)
    ]
    checked = subprocess.run(
        ["git", "-C", str(root), "check-ignore", "-z", "--stdin"],
        input="\0".join(named).encode("utf-8", "surrogateescape"),
        capture_output=True,
        check=False,
    )
    ignored = set(checked.stdout.decode("utf-8", "surrogateescape").split("\0"))
    return any(name not in ignored for name in named)


def _update(preview: Preview, paths: set[Path], lang: str) -> Preview | None:
    """Show a change through preview (site/preview.py): its problems as nqs build shows
    them, the pages it updated; None when only a full build can show it."""
    import time

    from nqs.site import SiteError

    started = time.perf_counter()
    changed = preview.plan(paths)
    if not changed:
        if changed is None:
            preview.settle()
            return None
        return preview
    try:
        updated = preview.update(changed)
    except SiteError as exc:
        raise _site_error(exc, lang) from exc.__cause__
    if updated is None:
        return None
    if updated.outcome.problems:
        sys.stdout.write(report.FORMATS[_report_format()](updated.outcome, lang))
    if updated.outcome.errors:
        print("nqs: " + render("build-refused", {}, lang), file=sys.stderr)
    else:
        ms = round((time.perf_counter() - started) * 1000)
        print(render("serve-updated", {"pages": updated.pages, "ms": ms}, lang), flush=True)
    return preview


def _codeowners(args: argparse.Namespace, lang: str) -> int:
    """Write .github/CODEOWNERS from the bodies, or with --check say whether it is current."""
    root = _root(args, lang)
    outcome = validate(root, dt.date.today(), ["register/bodies.yml"])
    if outcome.errors or outcome.register is None or not outcome.register.bodies:
        sys.stdout.write(report.FORMATS["text"](outcome, lang))
        return EXIT_PROBLEMS
    expected = codeowners(list(outcome.register.bodies.values()))
    path = root / CODEOWNERS_PATH
    current = path.read_text(encoding="utf-8") if path.is_file() else None
    if args.check:
        if current == expected:
            print(render("codeowners-current", {"path": CODEOWNERS_PATH}, lang))
            return EXIT_CLEAN
        print(render("codeowners-stale", {"path": CODEOWNERS_PATH}, lang))
        return EXIT_PROBLEMS
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(expected, encoding="utf-8")
    print(render("codeowners-written", {"path": CODEOWNERS_PATH}, lang))
    return EXIT_CLEAN


def _diff(args: argparse.Namespace, lang: str) -> int:
    """Print the bilingual Markdown summary of a change, for a pull request's job summary."""
    from nqs.history import HistoryError, between
    from nqs.summary import summarize

    root = _root(args, lang)
    try:
        revision = between(root, args.span)
    except HistoryError as exc:
        raise UsageError(render(exc.key, {"value": terminal(exc.value)}, lang)) from None
    sys.stdout.write(summarize(revision, args.span))
    return EXIT_CLEAN


def _calendar(args: argparse.Namespace, lang: str) -> int:
    """Print each year's cycle (this year's when none is given), with the deadlines that
    follow each recorded decision."""
    from nqs.legal_calendar import cycle, years

    asked = [_number(year, years(), "calendar-bad-year", lang) for year in args.year]
    root = _root(args, lang)
    outcome = validate(root, dt.date.today(), ["register/decisions"])
    if outcome.errors or outcome.register is None:
        sys.stdout.write(report.FORMATS["text"](outcome, lang))
        return EXIT_PROBLEMS
    decisions = [
        (doc.data["id"], dt.date.fromisoformat(doc.data["date"]))
        for doc in outcome.register.documents[Kind.DECISION]
    ]
    for number, year in enumerate(asked or [dt.date.today().year]):
        print(("\n" if number else "") + render("calendar-title", {"year": year}, lang))
        for event in cycle(year, decisions):
            text = render(event.key, {"decision": event.decision}, lang)
            if event.moved_from is not None:
                text += render("calendar-moved", {"named": Day(event.moved_from)}, lang)
            if event.estimated and event.key != "calendar-estimated-holiday":
                days = [Day(day) for day in event.estimated]
                text += render("calendar-estimated", {"days": days}, lang)
            print(f"{event.date.isoformat()}  {text}")
    return EXIT_CLEAN


def _editions(args: argparse.Namespace, lang: str) -> int:
    """List the editions (the merges that recorded council decisions), each against the
    deadline of Rules 11; with --tag, tag edition/<decision> each untagged one whose commit
    is the register as of it (chronicle.Edition.snapshot)."""
    from nqs.chronicle import read_chronicle
    from nqs.history import EDITION_TAG, HistoryError, edition_tags, tag_edition

    root = _root(args, lang)
    try:
        story = read_chronicle(root)
        _tell_skipped(story, lang)
        tagged = edition_tags(root)
        if story is None or not story.editions:
            print(render("editions-none", {}, lang))
            return EXIT_CLEAN
        print(render("editions-title", {}, lang))
        for decision, edition in sorted(story.editions.items()):
            if args.tag and edition.snapshot and decision not in tagged:
                tag_edition(root, decision, edition.commit)
                tagged.add(decision)
            state = "imported" if edition.imported else "late" if edition.late else "in-time"
            when = {"recorded": Day(edition.recorded), "due": Day(edition.due)}
            tag = EDITION_TAG + decision if decision in tagged else "—"
            line = render(f"editions-{state}", when, lang)
            print(f"{decision}  {edition.commit[:10]}  {tag}  {line}")
    except HistoryError as exc:
        raise UsageError(render(exc.key, {"value": terminal(exc.value)}, lang)) from None
    return EXIT_CLEAN


def _draft(args: argparse.Namespace, lang: str) -> int:
    """Write the draft register (Rules 10) of the changes since --base, in Kazakh and
    Russian, as HTML and PDF; refused (exit 1) when the proposed changes have errors."""
    from nqs.draft import current_files, draft, pages
    from nqs.history import HistoryError, changes_since
    from nqs.printing import PrintError, browser, print_pdf
    from nqs.schema import Schemas
    from nqs.site import among_sources
    from nqs.source_map import Locator

    root = _root(args, lang)
    as_of = _as_of(args.as_of, lang)
    templates = root / "site" / "templates"
    if not templates.is_dir():
        raise UsageError(render("cli-no-site", {"root": root}, lang))
    out: Path = args.out
    if among_sources(root, out.resolve()):  # the draft's files would become data or pages
        raise UsageError(render("draft-unsafe-out", {"out": out.resolve()}, lang))
    try:
        base = changes_since(root, args.base)
    except HistoryError as exc:
        raise UsageError(render(exc.key, {"value": exc.value}, lang)) from None
    # With no file changed, the bodies alone (else every file): the draft says there is nothing.
    selected = current_files(base) or ["register/bodies.yml"]
    outcome = validate(root, as_of, selected, whole=False)
    register = outcome.register
    assert register is not None  # validate always builds one
    item, found = draft(base, args.base, register, Schemas(root / "schemas"))
    locator = Locator(lambda: [])  # what a draft cannot carry is told of a whole file
    problems = outcome.problems + [locator.problem(check, f) for check, f in found]
    outcome = Outcome(sorted(problems), outcome.checked, register)
    if outcome.problems:
        sys.stdout.write(report.FORMATS[_report_format()](outcome, lang))
    if outcome.errors:
        print("nqs: " + render("draft-refused", {}, lang), file=sys.stderr)
        return EXIT_PROBLEMS
    written: list[Path] = []
    try:
        browser()  # found before anything is written: no HTML left without its PDF
        out.mkdir(parents=True, exist_ok=True)
        for paper_lang, html in pages(item, register, templates).items():
            path = out / f"draft.{paper_lang}.html"
            path.write_text(html, encoding="utf-8")
            print_pdf(path, path.with_suffix(".pdf"))
            written += [path, path.with_suffix(".pdf")]
    except PrintError as exc:
        params = {k: terminal(str(v)) for k, v in exc.params.items()}
        raise UsageError(render(exc.key, params, lang)) from None
    files = ", ".join(terminal(os.fsdecode(path)) for path in written)
    print(render("draft-written", {**item.count, "files": files}, lang))
    return EXIT_CLEAN


def _unreadable(exc: SchemaError | ReferenceError_, lang: str) -> str:
    """A schema or reference file that cannot be read, in the reader's words."""
    detail = render(exc.key, exc.params, lang) if exc.key else _detail(exc, lang)
    key = "cli-schema-error" if isinstance(exc, SchemaError) else "cli-reference-error"
    return render(key, {"path": exc.path, "detail": detail}, lang)


def _detail(exc: SchemaError | ReferenceError_, lang: str) -> str:
    """What made a schema or reference file unreadable: in words when it is not a regular
    file (a link, a pipe), else the system's or the parser's own text."""
    cause = exc.__cause__
    if isinstance(cause, NotRegular):
        return f"{terminal(cause.relpath)}: {render('file-is-' + cause.what, {}, lang)}"
    return terminal(exc.detail)


def _tell_skipped(story: Chronicle | None, lang: str) -> None:
    """Say which changes of the history were left out because a file could not be read."""
    for left in [] if story is None else story.skipped:
        detail = left.reason if isinstance(left.reason, Term) else terminal(left.reason)
        params = {"commit": left.commit[:10], "path": terminal(left.path), "detail": detail}
        print("nqs: " + render("revision-skipped", params, lang), file=sys.stderr)


def _number(text: str, numbers: range, key: str, lang: str) -> int:
    """A number given on the command line that must lie in numbers (years() or PORTS)."""
    try:
        if int(text) in numbers:
            return int(text)
    except ValueError:  # not a number, or more digits than Python converts
        pass
    bounds = {"value": text, "first": numbers[0], "last": numbers[-1]}
    raise UsageError(render(key, bounds, lang))


def _as_of(value: str | None, lang: str, option: str = "--as-of") -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(render("cli-bad-date", {"value": value, "option": option}, lang)) from None
    if not dates.plausible(day):  # the legal calendar counts days only in these years
        span = {"value": value, "option": option, "first": dates.FIRST_YEAR}
        raise UsageError(render("cli-implausible-date", span | {"last": dates.LAST_YEAR}, lang))
    return day


def _relative(root: Path, path: str, lang: str) -> str:
    """A path given by the user, as a repository-relative POSIX path inside the data folders."""
    # The last name is not followed: a link given by name is checked (and refused) as a link.
    given = Path(os.path.abspath(Path.cwd() / path))
    absolute = given.parent.resolve() / given.name
    if not os.path.lexists(absolute):
        raise UsageError(render("cli-no-path", {"path": path}, lang))
    try:
        relative = absolute.relative_to(root).as_posix()
    except ValueError:
        raise UsageError(render("cli-outside-data", {"path": path}, lang)) from None
    if relative.split("/")[0] not in DATA_ROOTS:
        raise UsageError(render("cli-outside-data", {"path": path}, lang))
    return relative


# --- the proposal cycle: nqs cycle open|status, nqs record-decision, nqs remarks ---

PROTOCOL = re.compile(r"[0-9]{1,4}(?:[/-][0-9]{1,4})?")  # decision.schema.json's protocol


def _cycle(args: argparse.Namespace, lang: str) -> int:
    """Open a cycle's branch, or tell the state of its proposals."""
    from nqs.history import HistoryError

    root = _root(args, lang)
    try:
        if args.action == "open":
            return _cycle_open(root, args.name, lang)
        return _cycle_status(root, args, lang)
    except HistoryError as exc:
        raise UsageError(render(exc.key, {"value": terminal(exc.value)}, lang)) from None


def _cycle_named(text: str, lang: str) -> Cycle:
    from nqs.cycle import FIRST_YEAR, LAST_YEAR, parse

    found = parse(text)
    if found is None:
        bounds = {"value": ascii_name(text), "first": FIRST_YEAR, "last": LAST_YEAR}
        raise UsageError(render("cycle-bad-name", bounds, lang))
    return found


def _cycle_open(root: Path, name: str, lang: str) -> int:
    """Create the cycle's branch from main, locally; say how to push it."""
    from nqs.history import create_branch

    cycle = _cycle_named(name, lang)
    commit = create_branch(root, cycle.branch, "main")
    params = {
        "branch": cycle.branch,
        "commit": commit[:10],
        "proposals": Day(cycle.proposals_due),
        "council": Day(cycle.council_due),
    }
    print(render("cycle-opened", params, lang))
    return EXIT_CLEAN


def _cycle_status(root: Path, args: argparse.Namespace, lang: str) -> int:
    """The proposals of a cycle by body: merged into its branch, or on branches not merged."""
    from nqs.cycle import current, of_ref
    from nqs.history import between, branch_refs, unmerged
    from nqs.proposals import by_body, merged, pending

    as_of = _as_of(args.as_of, lang)
    # The cycle of --as-of is checked as a named one: a day outside the cycles' years has none.
    cycle = _cycle_named(current(as_of).name if args.name is None else args.name, lang)
    # The local branch, else a remote-tracking one (a clerk who only fetched it).
    named = branch_refs(root, cycle.branch)
    if not named:
        raise UsageError(render("cycle-no-branch", {"branch": cycle.branch}, lang))
    target = named[0]

    def skip(name: str) -> bool:  # the main line and the cycles are no proposals
        return of_ref(name) is not None or name == "main" or name.endswith("/main")

    items = merged(between(root, f"main..{target}"), cycle)
    items += pending(unmerged(root, target, skip), cycle)
    dates = {"proposals": Day(cycle.proposals_due), "council": Day(cycle.council_due)}
    print(render("cycle-status-title", {"branch": cycle.branch, **dates}, lang))
    if not items:
        print(render("cycle-status-none", {}, lang))
    for body, found in by_body(items).items():
        print(f"{terminal(body)}:")
        for item in found:
            due = "—" if item.due is None else Day(item.due)
            said = render(
                f"cycle-state-{item.state}", {"where": terminal(item.where), "due": due}, lang
            )
            if item.late:
                said += render("cycle-state-late", dates, lang)
            print(f"  {terminal(item.path)}  {said}")
    return EXIT_CLEAN


def _record_decision(args: argparse.Namespace, lang: str) -> int:
    """Record the council's recommendation on the cycle branch (record.py) and commit it."""
    from nqs.cycle import BRANCH_PREFIX, parse
    from nqs.history import HistoryError, between, commit_files, current_branch, dirty, restore
    from nqs.record import DECISIONS, RecordError, Reject, plan

    root = _root(args, lang)
    as_of = _as_of(args.as_of, lang)
    day = _as_of(args.date, lang, "YYYY-MM-DD")
    if day > as_of:
        raise UsageError(render("record-future", {"date": day, "as_of": as_of}, lang))
    if not PROTOCOL.fullmatch(args.protocol):
        raise UsageError(render("record-bad-protocol", {"value": terminal(args.protocol)}, lang))
    if not len(args.reject) == len(args.reason_kk) == len(args.reason_ru):
        raise UsageError(render("record-reasons-count", {}, lang))
    rejects = [
        Reject(path, {"kk": kk, "ru": ru})
        for path, kk, ru in zip(args.reject, args.reason_kk, args.reason_ru, strict=True)
    ]
    try:
        branch = current_branch(root) or ""
        cycle = (
            parse(branch.removeprefix(BRANCH_PREFIX)) if branch.startswith(BRANCH_PREFIX) else None
        )
        if cycle is None:
            raise UsageError(
                render("record-not-on-cycle", {"branch": ascii_name(branch or "HEAD")}, lang)
            )
        if dirty(root):
            raise UsageError(render("record-dirty", {}, lang))
        result = plan(root, between(root, "main..HEAD"), day, args.protocol, cycle, rejects)
        # The decision's file carries the reasons as given: checked as validate checks it
        # (a blank reason, one with no Kazakh letters, one too long) before anything is
        # committed; on an error, or a failure on the way (a schema that cannot be read, a
        # full disk), the working tree is put back as it was (it was clean).
        edited = [*result.reverted, *result.written]
        try:
            for path, raw in result.reverted.items():
                if raw is None:
                    (root / path).unlink()
                else:
                    (root / path).write_bytes(raw)
            for path, text in result.written.items():
                with (root / path).open("w", encoding="utf-8", newline="\n") as handle:
                    handle.write(text)
            checked = validate(root, as_of, [f"{DECISIONS}/{result.decision}.yml"], whole=False)
        except BaseException:
            restore(root, edited)
            raise
        if checked.errors:
            restore(root, edited)
            sys.stdout.write(report.FORMATS[_report_format()](checked, lang))
            raise UsageError(render("record-refused", {}, lang))
        said = {"decision": result.decision, "protocol": args.protocol}
        if result.reverted:
            message = _commit_message(
                "record-commit-revert", said | {"paths": sorted(result.reverted)}
            )
            commit_files(root, sorted(result.reverted), message)
        commit_files(root, sorted(result.written), _commit_message("record-commit-decision", said))
    except RecordError as exc:
        params = {k: terminal(v) if isinstance(v, str) else v for k, v in exc.params.items()}
        raise UsageError(render(exc.key, params, lang)) from None
    except HistoryError as exc:
        raise UsageError(render(exc.key, {"value": terminal(exc.value)}, lang)) from None
    counts = {
        what: len(result.recommends.get(what, [])) for what in ("included", "amended", "excluded")
    }
    print(render("record-done", said | counts | {"rejected": len(rejects)}, lang))
    return EXIT_CLEAN


def _commit_message(key: str, params: dict[str, Any]) -> str:
    """A commit message in English (its first line, as the project's commits are), Kazakh
    and Russian."""
    return "\n\n".join(render(key, params, lang) for lang in ("en", "kk", "ru"))


def _remarks(args: argparse.Namespace, lang: str) -> int:
    """The last day to fix the authorized body's remarks received on a day (Rules 9): exit 1
    when it is over on --as-of."""
    from nqs.legal_calendar import remarks_deadline, years

    received = _as_of(args.received, lang, "YYYY-MM-DD")
    # Only a year whose working days are known (its deadline may run into the next one).
    _number(str(received.year), years(), "calendar-bad-year", lang)
    as_of = _as_of(args.as_of, lang)
    due = remarks_deadline(received)
    print(render("remarks-deadline", {"received": Day(received), "due": Day(due)}, lang))
    if as_of > due:
        print(render("remarks-over", {"due": Day(due), "as_of": Day(as_of)}, lang))
        return EXIT_PROBLEMS
    return EXIT_CLEAN


if __name__ == "__main__":
    raise SystemExit(main())
