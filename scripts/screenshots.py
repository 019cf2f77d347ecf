"""Screenshots of each page type of a built site, at a phone's and a desktop's width, for
review by eye (written to a folder, never committed).

    .venv/bin/python scripts/screenshots.py [SITE] [OUT]    # defaults: site-build screenshots

Serves SITE on a free local port and opens every page type in both languages in Debian's
Chromium (NQS_CHROMIUM, else /usr/bin/chromium) at 360 and 1280 pixels wide, full page.
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import sys
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

WIDTHS = (360, 1280)
FIXED = ("", "professions/", "standards/", "centers/", "decisions/", "statistics/",
         "downloads/", "search/", "data/")  # fmt: skip
ENTRIES = ("professions", "standards", "centers", "decisions")


def page_types(site: Path, lang: str) -> list[str]:
    """One address of each kind of page: the lists, the hand-written data page, and the first
    entry of each register."""
    found = [uri for uri in FIXED if (site / lang / uri / "index.html").is_file()]
    for section in ENTRIES:
        entries = sorted(p.parent.name for p in (site / lang / section).glob("*/index.html"))
        found += [f"{section}/{entries[0]}/"] if entries else []
    return found


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def main(site: Path, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    with sync_playwright() as play:
        browser = play.chromium.launch(
            executable_path=os.environ.get("NQS_CHROMIUM", "/usr/bin/chromium"),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        for lang in ("kk", "ru"):
            for uri in page_types(site, lang):
                for width in WIDTHS:
                    page = browser.new_page(viewport={"width": width, "height": 800})
                    page.goto(f"{base}/{lang}/{uri}", wait_until="networkidle")
                    name = re.sub(r"[^A-Za-z0-9-]+", "_", f"{lang}_{uri}".strip("/")) or lang
                    page.screenshot(path=str(out / f"{name}_{width}.png"), full_page=True)
                    overflow = page.evaluate(
                        "document.documentElement.scrollWidth - window.innerWidth"
                    )
                    print(f"{lang}/{uri} at {width}px: horizontal overflow {overflow}px")
                    page.close()
        browser.close()
    server.shutdown()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    raise SystemExit(
        main(
            Path(args[0] if args else "site-build"),
            Path(args[1] if len(args) > 1 else "screenshots"),
        )
    )
