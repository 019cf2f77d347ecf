"""Builds survive faults and each other: real `nqs build` processes, stopped by real signals
at chosen moments of their run, and two builds into one folder at once.

A site folder is complete when it holds the marker, the root page and both languages' pages,
feeds and search index, all built for one site address: each build here gets its own address,
so a folder mixing two builds is told apart from either.
"""

from __future__ import annotations

import fcntl
import os
import random
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from nqs.messages import render
from nqs.site import RegisterInvalid, SiteError, build_site
from nqs.site.folder import SITE_MARKER
from nqs.validate import validate
from tests.conftest import AS_OF, PROJECT, run_nqs, start_nqs
from tests.site_support import WRITTEN_FOR, copy_project, without_stages

OLD = "https://nqs.test/old/"
LANGUAGES = ("kk", "ru")
WRITTEN = WRITTEN_FOR.isoformat()
# Generous: only a build that never ends, or a process that never dies, reaches it.
PATIENCE = 120.0


def complete_site(out: Path) -> str | None:
    """The address the site in out was built for, if out holds one whole site; else None."""
    try:
        root = (out / "index.html").read_text(encoding="utf-8")
        pages = [(out / lang / "index.html").read_text(encoding="utf-8") for lang in LANGUAGES]
    except OSError:
        return None
    found = re.search(r'href="([^"]*)kk/"', root)
    url = found.group(1) if found else ""
    whole = (
        (out / SITE_MARKER).is_file()
        and all(f'href="{url}{lang}/"' in page for lang, page in zip(LANGUAGES, pages, strict=True))
        and all((out / lang / "professions/index.html").is_file() for lang in LANGUAGES)
        and all((out / lang / "feed.xml").is_file() for lang in LANGUAGES)
        and (out / "pagefind/pagefind.js").is_file()
        and (out / "downloads/professions.csv").is_file()
    )
    return url if found and whole else None


class Build:
    """nqs build of the bundled register, for the day its data was written for. Its output
    goes to files, not pipes: a process left behind would hold a pipe open."""

    def __init__(self, root: Path, out: Path, url: str) -> None:
        handle, errors = tempfile.mkstemp(suffix=".stderr", dir=out.parent)
        self.errors = Path(errors)
        command = ("build", "--out", str(out), "--site-url", url, "--as-of", WRITTEN)
        with os.fdopen(handle, "wb") as stderr:
            self.process = start_nqs(
                root,
                *command,
                "--lang",
                "en",
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                start_new_session=True,  # its own process group, as a terminal gives it
            )

    def end(self) -> tuple[int, str]:
        """The exit status and the error output, once the build process ended."""
        return self.process.wait(timeout=PATIENCE), self.errors.read_text(encoding="utf-8")


def wait_until(condition: Callable[[], object]) -> bool:
    """Whether condition came true, checked every two milliseconds for a while."""
    deadline = time.monotonic() + PATIENCE
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.002)
    return True


def processes_of(tmp_path: Path) -> list[str]:
    """The live processes that work on this test's folders: a build, its forked workers (same
    command line), Pagefind (its input and output are in the folder being built)."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            command = Path("/proc", pid, "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:  # ended meanwhile
            continue
        if f"{tmp_path}/" in command:  # a zombie's command line is empty
            found.append(f"{pid}: {command}")
    return found


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.glob(f".{out.name}.*") if p.is_dir())


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The bundled register and its complete site, built once for the address OLD."""
    base = tmp_path_factory.mktemp("bundled")
    root = copy_project(base / "repo")
    code, err = Build(root, base / "out", OLD).end()
    assert code == 0, err
    return root, base / "out"


@pytest.fixture
def project(bundled: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the bundled register and of its site, for one test to build over and break."""
    root, out = bundled
    shutil.copytree(root, tmp_path / "repo", symlinks=True)
    shutil.copytree(out, tmp_path / "out")
    return tmp_path / "repo", tmp_path / "out"


def moment(name: str, build: Build, out: Path, tmp_path: Path, delay: float) -> Callable[[], bool]:
    """Whether the build into out has reached the named moment of its run, or ended."""
    building = out.with_name(f".{out.name}.building")
    began: list[float] = []

    def after_delay() -> bool:
        if not began and building.is_dir():  # the build proper began
            began.append(time.monotonic())
        return bool(began) and time.monotonic() - began[0] >= delay

    reached = {
        "random": after_delay,
        # the parent writes the downloads while both workers run MkDocs
        "workers": lambda: (building / "downloads").is_dir(),
        "pagefind": lambda: any("pagefind --site" in p for p in processes_of(tmp_path)),
        # the new site is complete: the swap follows at once
        "swap": lambda: (building / SITE_MARKER).is_file(),
    }[name]
    return lambda: reached() or build.process.poll() is not None


# The moments each signal comes at. Every one comes during a swap: the new site is
# complete, the swap follows at once. SIGKILL can clean up nothing, and the build after it
# starts amid what it left.
SWEEP = {
    signal.SIGKILL: ("random", "workers", "pagefind", "swap"),
    signal.SIGTERM: ("random", "workers", "swap"),
    signal.SIGINT: ("random", "pagefind", "swap"),
}


@pytest.mark.parametrize("signum", list(SWEEP), ids=lambda signum: signum.name)
def test_a_stopped_build_leaves_a_whole_site_and_no_process(
    project: tuple[Path, Path], tmp_path: Path, signum: signal.Signals
) -> None:
    root, out = project
    current = OLD
    # a point in the run of a build (two to five seconds), the same on every run
    delay = random.Random(signum).uniform(0.0, 2.0)
    stopped = -signum if signum == signal.SIGKILL else 128 + signum  # what a shell reports
    for number, name in enumerate(SWEEP[signum]):
        url = f"https://nqs.test/{signum.name}/{number}/"
        build = Build(root, out, url)
        assert wait_until(moment(name, build, out, tmp_path, delay)), f"{name} never came"
        if build.process.poll() is None:  # (a zombie still takes a signal)
            if signum == signal.SIGINT:  # Ctrl+C: to the whole group, workers and Pagefind too
                os.killpg(build.process.pid, signum)
            else:
                build.process.send_signal(signum)
        code, err = build.end()
        # or the signal came when the new site was in place (the swap, the random moment)
        finished = complete_site(out) == url and code in {0, -signum}
        assert (code == stopped and "Traceback" not in err) or finished, (name, code, err)
        assert complete_site(out) in {current, url}, name
        current = complete_site(out) or current
        wait_until(lambda: not processes_of(tmp_path))
        assert processes_of(tmp_path) == [], name
        if signum != signal.SIGKILL:  # a stop signal cleans up on its way out
            assert leftovers(out) == [], name
    if signum == signal.SIGKILL:  # the next build needs no cleaning up by hand
        code, err = Build(root, out, "https://nqs.test/final/").end()
        assert code == 0, err
        assert complete_site(out) == "https://nqs.test/final/"
        assert leftovers(out) == []


@pytest.fixture
def reader(project: tuple[Path, Path]) -> Iterator[list[str]]:
    """What a web server serving out would have failed to find while the test ran: it reads
    the root and the language pages over and over (each read finds some whole site's file)."""
    _, out = project
    misses: list[str] = []
    done = threading.Event()

    def read() -> None:
        while not done.wait(0.001):
            for page in ("index.html", "kk/index.html", "ru/index.html", SITE_MARKER):
                try:
                    (out / page).read_bytes()
                except OSError as exc:
                    misses.append(f"{page}: {exc}")

    thread = threading.Thread(target=read)
    thread.start()
    yield misses
    done.set()
    thread.join()


def test_two_builds_into_one_folder(
    project: tuple[Path, Path], tmp_path: Path, reader: list[str]
) -> None:
    root, out = project
    # the second build starts while the first is held in the middle of its work
    first = Build(root, out, "https://nqs.test/first/")
    building = out.with_name(f".{out.name}.building")
    assert wait_until(lambda: (building / "downloads").is_dir()), "the first build never began"
    first.process.send_signal(signal.SIGSTOP)
    try:
        second = run_nqs(root, "build", "--out", str(out), "--lang", "ru", "--as-of", WRITTEN)
    finally:
        first.process.send_signal(signal.SIGCONT)
    assert second.returncode == 2, second.stderr
    assert without_stages(second.stderr) == f"nqs: {render('build-busy', {'out': out}, 'ru')}\n"
    code, err = first.end()
    assert code == 0, err
    assert complete_site(out) == "https://nqs.test/first/"
    assert leftovers(out) == []
    assert reader == []  # through every swap, a reader found every page


def test_a_held_lock_refuses_the_build(repo: Path, tmp_path: Path) -> None:
    shutil.copytree(PROJECT / "site", repo / "site")
    out = tmp_path / "out"
    with (tmp_path / ".out.lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        refused = run_nqs(
            repo, "build", "--out", str(out), "--lang", "kk", "--as-of", AS_OF.isoformat()
        )
    assert refused.returncode == 2
    assert without_stages(refused.stderr) == f"nqs: {render('build-busy', {'out': out}, 'kk')}\n"
    assert not out.exists() and leftovers(out) == []


def test_a_swap_cut_between_two_renames_is_undone(project: tuple[Path, Path]) -> None:
    """Where the system cannot exchange two folders in one step, the swap is two renames; a
    build killed between them leaves the old site beside out, and the next build puts it back,
    even when that build fails."""
    root, out = project
    out.rename(out.with_name(f".{out.name}.old"))
    partial = out.with_name(f".{out.name}.building")
    (partial / "kk").mkdir(parents=True)
    (partial / "kk/index.html").write_text("half a page", encoding="utf-8")
    (root / "site/templates/profession.html").write_text("{% if %}", encoding="utf-8")
    failed = run_nqs(root, "build", "--out", str(out), "--lang", "en", "--as-of", WRITTEN)
    assert failed.returncode != 0
    assert complete_site(out) == OLD
    assert leftovers(out) == []


def test_a_failed_worker_is_a_site_error_in_the_readers_language(
    project: tuple[Path, Path],
) -> None:
    """A language built in a worker process fails (a page template MkDocs's pages come from
    is broken): one line naming the language and the error, in the reader's language, exit 2
    and not a raw exception; --debug adds what failed in the worker; the old site stays."""
    root, out = project
    (root / "site/templates/profession.html").write_text("{% if %}", encoding="utf-8")
    failed = run_nqs(root, "build", "--out", str(out), "--lang", "ru", "--as-of", WRITTEN)
    assert failed.returncode == 2
    assert re.fullmatch(
        r"nqs: не удалось собрать сайт на языке kk \(TemplateSyntaxError: .+\)\n",
        without_stages(failed.stderr),
    ), failed.stderr
    debug = run_nqs(root, "build", "--out", str(out), "--lang", "en", "--as-of", WRITTEN, "--debug")
    assert debug.returncode == 2
    assert "Traceback (most recent call last)" in debug.stderr  # the worker's, sent back
    assert "profession.html" in debug.stderr
    last = debug.stderr.splitlines()[-1]
    assert last.startswith("nqs: the kk site could not be built (TemplateSyntaxError: ")
    assert complete_site(out) == OLD
    assert leftovers(out) == []


def test_build_site_refuses_an_invalid_register_and_an_unsafe_out(
    repo: Path, tmp_path: Path
) -> None:
    """The library's policy, whoever calls it: no site from a register with errors (the
    refusal carries the outcome), none over the repository's sources."""
    shutil.copytree(PROJECT / "site", repo / "site")
    outcome = validate(repo, AS_OF)
    sources = repo / "register"
    before = sorted(sources.rglob("*"))
    with pytest.raises(SiteError) as unsafe:
        build_site(outcome, repo, sources)
    assert (unsafe.value.key, unsafe.value.params) == ("build-unsafe-out", {"out": sources})
    assert sorted(sources.rglob("*")) == before
    center = repo / "register/centers/090140001235.yml"
    text = center.read_text(encoding="utf-8")
    center.write_text(text.replace("expires: 2027-05-01", "expires: 2026-05-01"), "utf-8")
    invalid = validate(repo, AS_OF)
    assert invalid.errors
    out = tmp_path / "out"
    with pytest.raises(RegisterInvalid) as refused:
        build_site(invalid, repo, out)
    assert refused.value.outcome is invalid and refused.value.key == "build-refused"
    assert not out.exists() and leftovers(out) == []


def test_a_template_reaches_no_python_internals(project: tuple[Path, Path]) -> None:
    """site/ comes with proposals too: a template that reaches for Python's internals (here
    to run a command and publish /etc/passwd) stops the build, sandboxed; nothing is run."""
    root, out = project
    home = root / "site/templates/home.html"
    reach = (
        '{{ cycler.__init__.__globals__.os.popen("id -un > ' + str(root / "ran") + '").read() }}'
    )
    home.write_text(home.read_text(encoding="utf-8") + reach, encoding="utf-8")
    failed = run_nqs(root, "build", "--out", str(out), "--lang", "en", "--as-of", WRITTEN)
    assert failed.returncode == 2
    refusal = without_stages(failed.stderr)
    assert "SecurityError" in refusal and refusal.count("\n") == 1
    assert not (root / "ran").exists()
    assert complete_site(out) == OLD


def test_a_stop_signal_given_to_another_thread_waits_for_the_swap() -> None:
    """The swap and its clean-up hold the stop signals back. The main thread's mask is not
    enough: with another thread alive (a display's refresh, a queue's feeder), the system gives
    the signal to that one, and Python runs its handler in the main thread all the same,
    halfway through the clean-up. The signal must come only when the clean-up is over."""
    from nqs.lifeline import Stopped, stopped_by_signals
    from nqs.site.folder import _uninterrupted

    other = threading.Event()
    threading.Thread(target=other.wait, daemon=True).start()  # a thread that takes signals
    steps: list[str] = []
    try:
        with pytest.raises(Stopped), stopped_by_signals(), _uninterrupted():
            os.kill(os.getpid(), signal.SIGTERM)
            for _ in range(10_000):  # many points at which Python runs a handler
                steps.append("cleaning")
            time.sleep(0.2)
            steps.append("clean")
    finally:
        other.set()
    assert steps[-1] == "clean"
