"""Serving the built site on this computer while it is edited: rebuild on change (the
caller's, site/preview.py), and reload the open pages after each rebuild.

The reload script is added to pages as they are served, never written into the site.
Any request is hostile: a path that names no file this computer could hold is answered
400, a reader that goes away mid-answer is let go quietly, and the server keeps serving.
"""

from __future__ import annotations

import contextlib
import http.server
import os
import queue
import re
import socket
import sys
import threading
import urllib.parse
from collections.abc import Callable, Iterator, Sequence
from http import HTTPStatus
from pathlib import Path

import watchfiles
from watchfiles._rust_notify import (  # documented: watchfiles' API, Rust backend
    RustNotify,
    WatchfilesRustInternalError,
)

from nqs.loader import MAX_FILE_BYTES
from nqs.site.editor import FOLDER, PREVIEW

GENERATION = "/__nqs_generation"
# Open pages ask for the generation 4 times a second: a change shows within a quarter of a
# second of its rebuild (a question to this computer costs next to nothing).
RELOAD = (
    "<script>(function(){var seen=null;setInterval(function(){fetch('" + GENERATION + "')"
    ".then(function(r){return r.text();}).then(function(g){if(seen!==null&&g!==seen){"
    "location.reload();}seen=g;}).catch(function(){});},250);})();</script>"
)
# The form editor's pages are never reloaded: a reload would lose the form being filled in
# (and `nqs edit` rebuilds after every save, as decap-server checks branches out).
NOT_RELOADED = f"/{FOLDER}/"
# Changes are taken together until none came for SETTLE_MS, or for at most BURST_MS: an
# editor's save (a few events within a millisecond or two) is one; a checkout of many files
# is one while its events keep coming, and what comes during the rebuild is taken at once
# after it. SETTLE_MS is the wait of every edit: 50 ms (watchfiles' own) rather than 100 ms
# showed an edit 50 ms sooner (benchmarks/README.md).
SETTLE_MS, BURST_MS = 50, 1600
# File systems that another computer writes to: a file server, or the host of a virtual
# machine or container that shares a folder with it. This system is told of the changes it
# makes itself, on any file system, but not of an edit made there (in the host's editor, on
# another computer): on these, nqs serve looks at the files' state instead (watchfiles'
# polling, every 300 ms). A probe written from here could not tell, since its own write is
# always told. Elsewhere watchfiles decides: WATCHFILES_FORCE_POLLING=1 asks for polling, and
# it polls by itself under WSL and where the system has no file events (ENOSYS).
SHARED = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "virtiofs", "vboxsf", "prl_fs",
        "vmhgfs", "fuse.vmhgfs-fuse", "fuse.sshfs", "fuse.grpcfuse", "fakeowner", "drvfs",
        "ceph", "fuse.glusterfs", "afs",
    }
)  # fmt: skip
MOUNTS = Path("/proc/self/mountinfo")  # Linux's table of mounted file systems
_ESCAPED = re.compile(r"\\([0-7]{3})")  # a space is \040 in the table, a backslash \134
# How watchfiles refuses a burst holding a path that is not UTF-8.
UNNAMED = "Unable to decode path"


class Server(http.server.ThreadingHTTPServer):
    """Listens on 127.0.0.1 from the moment it is made, so a busy port is known before the
    site is built; serves the folder given to serve()."""

    daemon_threads = True

    def __init__(self, port: int, failed: Callable[[], None]) -> None:
        self.out = Path()
        self.generation = 0
        self.failed = failed
        # nqs edit's preview of an entry (site/editor_preview.py): (lang, path, posted bytes)
        # -> the page's HTML, None while the site is being built; ValueError: not an entry.
        self.entry_page: Callable[[str, str, bytes], str | None] | None = None
        super().__init__(("127.0.0.1", port), _Handler)

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def handle_error(self, request: socket.socket | tuple[bytes, socket.socket], _: object) -> None:
        # A reader that closed the connection mid-answer is no fault of the server.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            self.failed()


class _Handler(http.server.SimpleHTTPRequestHandler):
    server: Server

    def __init__(self, request: socket.socket, address: object, server: Server) -> None:
        super().__init__(request, address, server, directory=str(server.out))

    def parse_request(self) -> bool:
        """Refuse, before any method looks it up, a path that is no file name here: a NUL
        byte, bytes that are not text, a name too long for the file system."""
        if not super().parse_request():
            return False
        try:
            os.lstat(self.translate_path(self.path))
        except (FileNotFoundError, NotADirectoryError):
            pass  # an ordinary missing page: 404 from the method
        except (OSError, ValueError):
            self.send_error(HTTPStatus.BAD_REQUEST)
            return False
        return True

    def do_GET(self) -> None:
        if self.path == GENERATION:
            self._send(str(self.server.generation).encode(), "text/plain")
            return
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.endswith("/"):
            path = path / "index.html"
        if path.suffix == ".html" and path.is_file() and not self.path.startswith(NOT_RELOADED):
            page = path.read_text(encoding="utf-8").replace("</body>", RELOAD + "</body>", 1)
            self._send(page.encode("utf-8"), "text/html; charset=utf-8")
            return
        super().do_GET()

    def do_POST(self) -> None:
        """The editor's preview (PREVIEW?lang=kk&path=register/...): the posted entry's page."""
        address = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(address.query)
        if address.path != PREVIEW or self.server.entry_page is None:
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        try:
            size = int(self.headers.get("Content-Length", ""))
        except ValueError:
            self.send_error(HTTPStatus.LENGTH_REQUIRED)
            return
        if not 0 <= size <= MAX_FILE_BYTES:
            self.send_error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
            return
        raw = self.rfile.read(size)
        try:
            lang, path = query["lang"][0], query["path"][0]
            page = self.server.entry_page(lang, path, raw)
        except (KeyError, ValueError):
            self.send_error(HTTPStatus.BAD_REQUEST)
            return
        if page is None:
            self.send_error(HTTPStatus.SERVICE_UNAVAILABLE)
            return
        self._send(page.encode("utf-8"), "text/html; charset=utf-8")

    def _send(self, body: bytes, kind: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(
    server: Server, out: Path, changed: Iterator[set[Path]], rebuild: Callable[[set[Path]], object]
) -> None:
    """Serve out until interrupted (KeyboardInterrupt goes on to the caller); for each burst
    of changed files (changes()), call rebuild with their paths."""
    server.out = out
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        for paths in changed:
            rebuild(paths)
            server.generation += 1
    finally:
        server.shutdown()


def changes(folders: Sequence[Path], mounts: Path = MOUNTS) -> Iterator[set[Path]]:
    """The paths changed in folders, a burst of them (an editor's save, a checkout) at once:
    told by the system (watchfiles), or polled where one of them is on a SHARED file system
    (by the table of mounts); watched from the moment this returns, so that an edit made
    while the first build runs, or just after, is seen too.

    Only changes inside the folders: watchfiles follows a link to a folder (a proposal's
    `register/x -> /`), and a change elsewhere reached through it is none of the
    repository's (the validator refuses the link itself, which is a change inside)."""
    inside = [folder.resolve() for folder in folders]
    default = watchfiles.DefaultFilter()
    polled = any(file_system(folder, mounts) in SHARED for folder in inside)
    found: queue.Queue[set[Path] | BaseException] = queue.Queue()
    watching = threading.Event()

    def taken(change: int, path: str) -> bool:
        parent = Path(path).parent.resolve()
        return default(watchfiles.Change(change), path) and any(
            parent.is_relative_to(f) for f in inside
        )

    def watch() -> None:
        try:
            # watchfiles.watch() less its generator, whose watches begin only when first
            # asked for a change; polling on a shared file system, or where watchfiles
            # would poll (its variable, WSL; where the system has no file events, its Rust
            # backend polls by itself).
            polling = polled or watchfiles.main._default_force_polling(None)
            paths = [str(folder) for folder in folders]
            seen = _listing(folders)  # as the first build reads them: no change
            debug = watchfiles.main._default_debug(None)  # WATCHFILES_DEBUG: which watcher
            while True:
                with RustNotify(paths, debug, polling, 300, True, False) as watcher:
                    watching.set()
                    take_until_unnamed(watcher)
                # An event of a file whose name is not UTF-8 (a proposal's, a checkout's):
                # watchfiles cannot name it, loses its burst and refuses every later one. A
                # new watch, and, where the folders hold other files than when this was last
                # seen, the folders themselves as changed: a full build shows what changed.
                # (The build reads that file too, an event again, but changes nothing.)
                if (now := _listing(folders)) != seen:
                    seen = now
                    found.put({Path(folder) for folder in folders})
        except BaseException as exc:  # said by the caller's thread
            found.put(exc)
        finally:
            watching.set()

    def take_until_unnamed(watcher: RustNotify) -> None:
        """Put each burst of changes taken, until one holds a path that cannot be named."""
        while True:
            try:
                raw = watcher.watch(BURST_MS, SETTLE_MS, 0, None)
            except WatchfilesRustInternalError as exc:
                if not str(exc).startswith(UNNAMED):
                    raise
                return
            if isinstance(raw, str):  # "timeout", "signal", "stop": none asked for
                continue
            if burst := {Path(p) for change, p in raw if taken(change, p)}:
                found.put(burst)

    threading.Thread(target=watch, daemon=True).start()
    watching.wait()

    def taken_in_turn() -> Iterator[set[Path]]:
        while True:
            paths = found.get()
            if isinstance(paths, BaseException):
                raise paths
            yield paths

    return taken_in_turn()


def file_system(folder: Path, mounts: Path = MOUNTS) -> str | None:
    """The type of the file system that holds folder by the table of mounts
    (/proc/self/mountinfo: the last of the longest mount points that hold it); None where
    there is no such table (another system than Linux) or it names none."""
    try:
        table = mounts.read_text(encoding="utf-8", errors="surrogateescape")
    except OSError:
        return None
    where, found, longest = os.fsdecode(folder.resolve()), None, -1
    for line in table.splitlines():
        # ID, parent, device, root, mount point, options, optional fields…, "-", type, …
        fields = line.split(" ")
        dash = fields.index("-", 6) if "-" in fields[6:] else len(fields)
        if dash + 1 >= len(fields):
            continue
        point = _ESCAPED.sub(lambda m: chr(int(m[1], 8)), fields[4])
        holds = where == point or where.startswith(point.rstrip("/") + "/")
        if holds and len(point) >= longest:
            found, longest = fields[dash + 1], len(point)
    return found


def _listing(folders: Sequence[Path]) -> frozenset[tuple[bytes, int, int]]:
    """Every name under folders (as bytes: any name at all) with its time and size."""
    listing = set()
    for folder in folders:
        for top, dirs, files in os.walk(os.fsencode(folder)):
            for name in (*dirs, *files):
                path = os.path.join(top, name)
                with contextlib.suppress(OSError):  # gone meanwhile: not listed
                    stat = os.lstat(path)
                    listing.add((path, stat.st_mtime_ns, stat.st_size))
    return frozenset(listing)
