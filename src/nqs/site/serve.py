"""Serving the built site on this computer while it is edited: rebuild on change, and
reload the open pages after each rebuild.

The reload script is added to pages as they are served, never written into the site.
"""

from __future__ import annotations

import functools
import http.server
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

GENERATION = "/__nqs_generation"
RELOAD = (
    "<script>(function(){var seen=null;setInterval(function(){fetch('" + GENERATION + "')"
    ".then(function(r){return r.text();}).then(function(g){if(seen!==null&&g!==seen){"
    "location.reload();}seen=g;}).catch(function(){});},1000);})();</script>"
)


class _State:
    generation = 0


class _Handler(http.server.SimpleHTTPRequestHandler):
    state = _State()

    def do_GET(self) -> None:
        if self.path == GENERATION:
            self._send(str(self.state.generation).encode(), "text/plain")
            return
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.endswith("/"):
            path = path / "index.html"
        if path.suffix == ".html" and path.is_file():
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


def serve(out: Path, port: int, watched: Sequence[Path], rebuild: Callable[[], object]) -> None:
    """Serve out on 127.0.0.1:port until interrupted; call rebuild when a watched file changes."""
    state = _State()
    handler = functools.partial(type("Handler", (_Handler,), {"state": state}), directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    seen = _stamp(watched)
    try:
        while True:
            time.sleep(1)
            stamp = _stamp(watched)
            if stamp != seen:
                seen = stamp
                rebuild()
                state.generation += 1
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        server.server_close()


def _stamp(folders: Sequence[Path]) -> tuple[tuple[str, float], ...]:
    return tuple(
        sorted(
            (str(p), p.stat().st_mtime)
            for folder in folders
            for p in folder.rglob("*")
            if p.is_file()
        )
    )
