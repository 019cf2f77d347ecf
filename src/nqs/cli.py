"""The command line: parses arguments, calls the library, maps results to exit codes.

Exit codes: 0 clean, 1 problems found, 2 a usage or environment error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from nqs import dates, report
from nqs.chronicle import Chronicle, read_chronicle
from nqs.codeowners import PATH as CODEOWNERS_PATH
from nqs.codeowners import codeowners
from nqs.escape import terminal
from nqs.history import (
    EDITION_TAG,
    HistoryError,
    between,
    changes_since,
    edition_tags,
    tag_edition,
)
from nqs.layout import DATA_ROOTS, Kind
from nqs.legal_calendar import cycle
from nqs.messages import LANGUAGES, Term, language_from_environment, render
from nqs.reference import ReferenceError_
from nqs.schema import SchemaError
from nqs.site import DEFAULT_SITE_URL, SiteError, SiteSourceError, build_site
from nqs.site.folder import SITE_MARKER, SiteBusy
from nqs.site.serve import serve
from nqs.summary import summarize
from nqs.validate import Outcome, validate, validate_change

EXIT_CLEAN, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A mistake in how the tool was called, already worded for the reader."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        lang = language_from_environment()
        self.exit(EXIT_USAGE, f"nqs: {render('cli-usage', {'detail': message}, lang)}\n")


def _parser(lang: str) -> argparse.ArgumentParser:
    def t(key: str) -> str:
        return render(key, {}, lang)

    parser = _Parser(prog="nqs", description=t("help-description"))
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("validate", help=t("help-validate"), description=t("help-validate"))
    check.add_argument("paths", nargs="*", metavar="PATH", help=t("help-paths"))
    default_format = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    check.add_argument(
        "--format", choices=sorted(report.FORMATS), default=default_format, help=t("help-format")
    )
    check.add_argument("--lang", choices=LANGUAGES, default=lang, help=t("help-lang"))
    check.add_argument("--strict", action="store_true", help=t("help-strict"))
    check.add_argument("--as-of", metavar="YYYY-MM-DD", help=t("help-as-of"))
    check.add_argument("--root", type=Path, default=Path.cwd(), help=t("help-root"))
    check.add_argument("--base", metavar="REF", help=t("help-base"))
    check.add_argument("--opened", metavar="YYYY-MM-DD", help=t("help-opened"))
    for name in ("build", "serve"):
        site = commands.add_parser(name, help=t(f"help-{name}"), description=t(f"help-{name}"))
        site.add_argument("--out", type=Path, default=Path("site-build"), help=t("help-out"))
        site.add_argument("--as-of", metavar="YYYY-MM-DD", help=t("help-as-of"))
        site.add_argument("--lang", choices=LANGUAGES, default=lang, help=t("help-lang"))
        site.add_argument("--site-url", help=t("help-site-url"))
        site.add_argument("--root", type=Path, default=Path.cwd(), help=t("help-root"))
        if name == "serve":
            site.add_argument("--port", type=int, default=8000, help=t("help-port"))
    diff = commands.add_parser("diff", help=t("help-diff"), description=t("help-diff"))
    diff.add_argument("span", metavar="BASE..HEAD", help=t("help-span"))
    diff.add_argument("--root", type=Path, default=Path.cwd(), help=t("help-root"))
    diff.add_argument("--lang", choices=LANGUAGES, default=lang, help=t("help-lang"))
    year = commands.add_parser("calendar", help=t("help-calendar"), description=t("help-calendar"))
    year.add_argument(
        "year", nargs="?", type=int, default=dt.date.today().year, help=t("help-year")
    )
    year.add_argument("--lang", choices=LANGUAGES, default=lang, help=t("help-lang"))
    year.add_argument("--root", type=Path, default=Path.cwd(), help=t("help-root"))
    editions = commands.add_parser(
        "editions", help=t("help-editions"), description=t("help-editions")
    )
    editions.add_argument("--tag", action="store_true", help=t("help-editions-tag"))
    editions.add_argument("--lang", choices=LANGUAGES, default=lang, help=t("help-lang"))
    editions.add_argument("--root", type=Path, default=Path.cwd(), help=t("help-root"))
    owners = commands.add_parser(
        "codeowners", help=t("help-codeowners"), description=t("help-codeowners")
    )
    owners.add_argument("--check", action="store_true", help=t("help-codeowners-check"))
    owners.add_argument("--lang", choices=LANGUAGES, default=lang, help=t("help-lang"))
    owners.add_argument("--root", type=Path, default=Path.cwd(), help=t("help-root"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    lang = language_from_environment()
    args = _parser(lang).parse_args(argv)
    lang = args.lang
    commands = {
        "validate": _validate,
        "build": _build,
        "serve": _serve,
        "codeowners": _codeowners,
        "calendar": _calendar,
        "diff": _diff,
        "editions": _editions,
    }
    try:
        return commands[args.command](args, lang)
    except UsageError as exc:
        print(f"nqs: {exc}", file=sys.stderr)
    except SchemaError as exc:
        detail = render(exc.key, exc.params, lang) if exc.key else exc.detail
        print(
            "nqs: " + render("cli-schema-error", {"path": exc.path, "detail": detail}, lang),
            file=sys.stderr,
        )
    except ReferenceError_ as exc:
        print(
            "nqs: " + render("cli-reference-error", {"path": exc.path, "detail": exc.detail}, lang),
            file=sys.stderr,
        )
    except SiteSourceError as exc:
        params = {"path": terminal(exc.path), "found": Term(f"file-is-{exc.what}")}
        print("nqs: " + render("site-file-type", params, lang), file=sys.stderr)
    except SiteError as exc:
        print("nqs: " + render("build-failed", {"detail": exc}, lang), file=sys.stderr)
    return EXIT_USAGE


def _root(args: argparse.Namespace, lang: str) -> Path:
    root: Path = args.root.resolve()
    if not (root / "schemas").is_dir():
        raise UsageError(render("cli-no-root", {"root": root}, lang))
    return root


def _validate(args: argparse.Namespace, lang: str) -> int:
    root = _root(args, lang)
    as_of = _as_of(args.as_of, lang)
    selected = [_relative(root, path, lang) for path in args.paths]
    if args.opened is not None and args.base is None:
        raise UsageError(render("cli-opened-without-base", {}, lang))
    if args.base is not None:
        try:
            opened = None if args.opened is None else _as_of(args.opened, lang, "--opened")
            outcome = validate_change(root, as_of, changes_since(root, args.base), opened)
        except HistoryError as exc:
            raise UsageError(render(exc.key, {"value": exc.value}, lang)) from None
    else:
        outcome = validate(root, as_of, selected, whole=False)
    if args.strict:
        outcome = Outcome([p.as_error() for p in outcome.problems], outcome.checked)
    sys.stdout.write(report.FORMATS[args.format](outcome, lang))
    return EXIT_PROBLEMS if outcome.errors else EXIT_CLEAN


def _build(args: argparse.Namespace, lang: str) -> int:
    """Validate everything; refuse to build from an invalid register; else write the site."""
    root = _root(args, lang)
    out = _site_folder(root, args.out if args.out.is_absolute() else Path.cwd() / args.out, lang)
    if not (root / "site" / "templates").is_dir():
        raise UsageError(render("cli-no-site", {"root": root}, lang))
    outcome = validate(root, _as_of(args.as_of, lang))
    if outcome.problems:  # errors refuse the build; warnings are shown and built with
        default_format = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
        sys.stdout.write(report.FORMATS[default_format](outcome, lang))
    if outcome.errors or outcome.register is None:
        print("nqs: " + render("build-refused", {}, lang), file=sys.stderr)
        return EXIT_PROBLEMS
    try:
        story = read_chronicle(root)
    except HistoryError as exc:  # a shallow clone: built without the history, and said so
        print("nqs: " + render(exc.key, {"value": exc.value}, lang), file=sys.stderr)
        story = None
    _tell_skipped(story, lang)
    try:
        skipped = build_site(outcome.register, root, out, args.site_url or DEFAULT_SITE_URL, story)
    except SiteBusy:
        raise UsageError(render("build-busy", {"out": out}, lang)) from None
    for decision, reason in skipped.items():
        params = {"decision": decision, "detail": terminal(reason)}
        print("nqs: " + render("edition-skipped", params, lang))
    pages = sum(1 for _ in out.glob("*/**/index.html"))
    print(render("build-done", {"out": out, "pages": pages, "index": out / "index.html"}, lang))
    return EXIT_CLEAN


def _site_folder(root: Path, out: Path, lang: str) -> Path:
    """The folder the site replaces: never the repository or a folder of it that holds
    sources, nor a folder that is not empty and was not written by nqs build (SITE_MARKER)."""
    out = out.resolve()
    sources = [root / name for name in (*DATA_ROOTS, "site", "schemas", "reference", ".git")]
    holds = root.is_relative_to(out) or any(out.is_relative_to(folder) for folder in sources)
    other = out.is_dir() and any(out.iterdir()) and not (out / SITE_MARKER).is_file()
    if holds or other:
        raise UsageError(render("build-unsafe-out", {"out": out}, lang))
    return out


def _serve(args: argparse.Namespace, lang: str) -> int:
    """Build, serve on localhost, rebuild on change; open pages reload themselves."""
    # Served here, the site is built for this address: its links between languages stay on it.
    args.site_url = args.site_url or f"http://127.0.0.1:{args.port}/"
    status = _build(args, lang)
    if status != EXIT_CLEAN:
        return status
    root = _root(args, lang)
    print(render("serve-listening", {"url": f"http://127.0.0.1:{args.port}/"}, lang))
    watched = [root / name for name in (*DATA_ROOTS, "site", "schemas")]
    serve(args.out, args.port, watched, lambda: _build(args, lang))
    return EXIT_CLEAN


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
    root = _root(args, lang)
    try:
        revision = between(root, args.span)
    except HistoryError as exc:
        raise UsageError(render(exc.key, {"value": exc.value}, lang)) from None
    sys.stdout.write(summarize(revision, args.span))
    return EXIT_CLEAN


def _calendar(args: argparse.Namespace, lang: str) -> int:
    """Print the year's cycle, with the deadlines that follow each recorded decision."""
    root = _root(args, lang)
    if not dates.plausible_year(args.year):
        span = {"year": args.year, "first": dates.FIRST_YEAR, "last": dates.LAST_YEAR}
        raise UsageError(render("cli-implausible-year", span, lang))
    outcome = validate(root, dt.date.today(), ["register/decisions"])
    decisions: list[tuple[str, dt.date]] = []
    if outcome.register is not None:
        decisions = [
            (doc.data["id"], dt.date.fromisoformat(doc.data["date"]))
            for doc in outcome.register.documents[Kind.DECISION]
        ]
    print(render("calendar-title", {"year": args.year}, lang))
    for event in cycle(args.year, decisions):
        text = render(event.key, {"decision": event.decision}, lang)
        print(f"{event.date.isoformat()}  {text}")
    return EXIT_CLEAN


def _editions(args: argparse.Namespace, lang: str) -> int:
    """List the editions (the merges that recorded council decisions), each against the
    deadline of Rules 11; with --tag, tag edition/<decision> each untagged one whose commit
    is the register as of it (chronicle.Edition.snapshot)."""
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
            when = {"recorded": edition.recorded.isoformat(), "due": edition.due.isoformat()}
            tag = EDITION_TAG + decision if decision in tagged else "—"
            line = render(f"editions-{state}", when, lang)
            print(f"{decision}  {edition.commit[:10]}  {tag}  {line}")
    except HistoryError as exc:
        raise UsageError(render(exc.key, {"value": exc.value}, lang)) from None
    return EXIT_CLEAN


def _tell_skipped(story: Chronicle | None, lang: str) -> None:
    """Say which changes of the history were left out because a file could not be read."""
    for left in [] if story is None else story.skipped:
        detail = left.reason if isinstance(left.reason, Term) else terminal(left.reason)
        params = {"commit": left.commit[:10], "path": terminal(left.path), "detail": detail}
        print("nqs: " + render("revision-skipped", params, lang), file=sys.stderr)


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


if __name__ == "__main__":
    raise SystemExit(main())
