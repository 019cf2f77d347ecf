"""Lighthouse scores of the built site: performance, accessibility, best practices and SEO
on the home page, the register page, a profession page and the centers page, in both
languages.

    python benchmarks/lighthouse.py [--size bundled|national] [--repeat N] [--audits]

Builds the site for the address it is served at, serves it on 127.0.0.1, and runs
Lighthouse (npm, installed into .cache/lighthouse on first use) with Debian's Chromium
(CHROME_PATH, default /usr/bin/chromium), N times per page; prints the median of each score
and the load average before and after, and Lighthouse's benchmark index of the machine (its
CPU speed as Lighthouse measured it during the runs: the lower, the busier the machine).
--audits lists every audit that lost points. Target:
every score >= 95. A report, not a test: the performance score depends on the machine's load.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gzip
import http.server
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from site_vs_material import fresh_sources
from validate_vs_parse import ensure_data

PROJECT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = PROJECT / ".cache/lighthouse/node_modules/.bin/lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
COLUMNS = (*CATEGORIES, "benchmark-index")
PAGES = ("{lang}/", "{lang}/professions/", "{lang}/professions/{code}/", "{lang}/centers/")
FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)
TARGET = 95


class Quiet(http.server.SimpleHTTPRequestHandler):
    """Serves the site gzip-compressed, as any real host (GitHub Pages, nginx) does:
    uncompressed local serving would measure the server, not the site."""

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        compressible = path.suffix in (".html", ".css", ".js", ".json", ".svg", ".xml")
        if not (path.is_file() and compressible and accepts):
            super().do_GET()
            return
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=("bundled", "national"), default="bundled")
    parser.add_argument(
        "--preset",
        choices=("mobile", "desktop"),
        default="mobile",
        help="Lighthouse's form factor and throttling (default: mobile)",
    )
    parser.add_argument("--repeat", type=int, default=1, help="runs per page; the median counts")
    parser.add_argument("--audits", action="store_true", help="list the audits that lost points")
    args = parser.parse_args(argv)
    if not LIGHTHOUSE.exists():
        subprocess.run(
            [
                "npm",
                "install",
                "--prefix",
                str(LIGHTHOUSE.parents[2]),
                "--no-audit",
                "--no-fund",
                "--silent",
                "lighthouse@13",
            ],
            check=True,
        )
    root = PROJECT if args.size == "bundled" else fresh_sources(ensure_data(args.size))
    nqs = Path(sys.executable).parent / "nqs"
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    worst = 100
    with tempfile.TemporaryDirectory() as work:
        out = Path(work) / "site"
        out.mkdir()
        server = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(Quiet, directory=str(out))
        )
        origin = f"http://127.0.0.1:{server.server_address[1]}/"
        subprocess.run(
            [
                str(nqs),
                "build",
                "--root",
                str(root),
                "--out",
                str(out),
                "--site-url",
                origin,
                "--as-of",
                dt.date.today().isoformat(),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        threading.Thread(target=server.serve_forever, daemon=True).start()
        code = min(p.name for p in (out / "kk/professions").iterdir() if p.is_dir())
        print(f"load average {_load()}; {args.repeat} run(s) per page, median")
        print(f"{'page':42} " + " ".join(f"{c:>15}" for c in COLUMNS))
        for lang in ("kk", "ru"):
            for page in PAGES:
                url = origin + page.format(lang=lang, code=code)
                report = Path(work) / "report.json"
                runs = [_run(url, report, args.preset, env) for _ in range(args.repeat)]
                values = [round(statistics.median(r[0][c] for r in runs)) for c in COLUMNS]
                worst = min(worst, *values[: len(CATEGORIES)])
                shown = "/" + page.format(lang=lang, code=code)
                print(f"{shown:42} " + " ".join(f"{v:>15}" for v in values), flush=True)
                if args.audits:
                    for line in runs[0][1]:
                        print(f"    {line}")
        server.shutdown()
        server.server_close()
    print(f"load average {_load()}")
    verdict = "met" if worst >= TARGET else "NOT met"
    print(f"{args.preset}: lowest score {worst}; target >= {TARGET}: {verdict}")
    return 0


def _run(
    url: str, report: Path, preset: str, env: dict[str, str]
) -> tuple[dict[str, float], list[str]]:
    """One Lighthouse run: the scores (0-100) by category, and the audits that lost points."""
    subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            f"--chrome-flags={FLAGS}",
            f"--only-categories={','.join(CATEGORIES)}",
            "--output=json",
            f"--output-path={report}",
            *(["--preset=desktop"] if preset == "desktop" else []),
        ],
        check=True,
        env=env,
    )
    result = json.loads(report.read_text(encoding="utf-8"))
    scores = {c: result["categories"][c]["score"] * 100 for c in CATEGORIES}
    scores["benchmark-index"] = result["environment"]["benchmarkIndex"]
    lost = []
    for category in CATEGORIES:
        for ref in result["categories"][category]["auditRefs"]:
            audit = result["audits"][ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                shown = audit.get("displayValue", "")
                lost.append(f"{category}: {ref['id']} {audit['score']:.2f} {shown}".rstrip())
    return scores, lost


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text(encoding="utf-8").split()[:3])


if __name__ == "__main__":
    raise SystemExit(main())
