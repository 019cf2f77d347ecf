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
import socket
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from http import HTTPStatus
from pathlib import Path

import watchfiles
from watchfiles._rust_notify import (  # documented: watchfiles' API, Rust backend
    RustNotify,
    WatchfilesRustInternalError,
)

from nqs.site.editor import FOLDER

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
# Changes are taken together until none came for SETTLE_MS, or for at most BURST_MS.
SETTLE_MS, BURST_MS = 100, 1600
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


def changes(folders: Sequence[Path]) -> Iterator[set[Path]]:
    """The paths changed in folders, a burst of them (an editor's save, a checkout) at once:
    the system's file events (watchfiles), watched from the moment this returns, so that
    an edit made while the first build runs, or just after, is seen too.

    Only changes inside the folders: watchfiles follows a link to a folder (a proposal's
    `register/x -> /`), and a change elsewhere reached through it is none of the
    repository's (the validator refuses the link itself, which is a change inside)."""
    inside = [folder.resolve() for folder in folders]
    default = watchfiles.DefaultFilter()
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
            # asked for a change; polling where the variable watchfiles reads asks for it.
            polling = bool(os.environ.get("WATCHFILES_FORCE_POLLING"))
            paths = [str(folder) for folder in folders]
            seen = _listing(folders)  # as the first build reads them: no change
            while True:
                with RustNotify(paths, False, polling, 300, True, False) as watcher:
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
