"""Benchmark: the size of the built site, and where the bytes of an entry page go.

    python benchmarks/site_size.py [--size national|stress] [--site DIR]

Builds the site of the generated register (or reads one already built, --site) and prints:
what GitHub Pages is given, the tar that actions/upload-pages-artifact makes of the site's
folder (its bytes, and gzip'd as the artifact is uploaded); `du -sb` of the site and of each
top-level folder; the bytes of its files alone and the number of folders (on ext4 every folder
counts 4 KiB in `du -sb`, and every page is a folder: FOLDER/KEY/index.html, where a tar has a
512-byte header); the average page of each section; and one profession page's bytes by part of
the page. Target (issue 12): the stress site's tar under 1 GB (GitHub Pages' limit for a
published site) with room to spare: at most 800 MB.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from site_vs_material import build_command, fresh_sources
from validate_vs_parse import ensure_data

SECTIONS = ("professions", "standards", "centers", "decisions")
# The parts of a page, in the order they appear: a name and the pattern of its text.
PARTS = (
    ("head", r"<head>.*?</head>"),
    ("header (logo, title, language switch)", r"<header.*?</header>"),
    ("navigation (sections)", r'<div class="md-sidebar md-sidebar--primary".*?</nav>\s*</div>'),
    (
        "table of contents (empty)",
        r'<div class="md-sidebar md-sidebar--secondary"[^>]*>'
        r'(?:<div class="md-sidebar__scrollwrap">.*?</nav></div></div>)?</div>',
    ),
    ("body: the entry", r"<div data-pagefind-body.*?(?=<script type=\"application/ld\+json\">)"),
    ("body: schema.org JSON-LD", r'<script type="application/ld\+json">.*?</script>'),
    ("back-to-top button", r'<button type="button" class="md-top.*?</button>'),
    ("footer", r"<footer.*?</footer>"),
    ("Material's settings (__config)", r'<script id="__config".*?</script>'),
    ("scripts", r"<script src=.*?</script>\s*<script src=.*?</script>"),
)


def du(path: Path) -> int:
    out = subprocess.run(["du", "-sb", str(path)], check=True, capture_output=True, text=True)
    return int(out.stdout.split()[0])


def pages_artifact(path: Path) -> tuple[int, int]:
    """The bytes of the tar that actions/upload-pages-artifact (v3) makes of the folder, with
    its command (GNU tar, links followed, .git and .github left out), and of that tar gzip'd
    at gzip's default level."""
    command = ["tar", "--dereference", "--hard-dereference", "--directory", str(path)]
    command += ["-cf", "-", "--exclude=.git", "--exclude=.github", "."]
    tar = subprocess.Popen(command, stdout=subprocess.PIPE)
    assert tar.stdout is not None
    packer = zlib.compressobj(6, zlib.DEFLATED, 31)  # 31: the gzip format
    size = packed = 0
    while chunk := tar.stdout.read(1 << 20):
        size += len(chunk)
        packed += len(packer.compress(chunk))
    packed += len(packer.flush())
    if tar.wait() != 0:
        raise SystemExit(f"tar failed on {path}")
    return size, packed


def breakdown(page: Path) -> list[tuple[str, int]]:
    """The bytes of each part of a page; what no part covers (the markup between the parts,
    line breaks) is the last row."""
    html = page.read_text(encoding="utf-8")
    rows, covered = [], 0
    for name, pattern in PARTS:
        found = re.search(pattern, html, re.S)
        size = len(found[0].encode()) if found else 0
        rows.append((name, size))
        covered += size
    rows.append(("other frame markup", len(html.encode()) - covered))
    return rows


def report(site: Path) -> None:
    files = [p for p in site.rglob("*") if p.is_file()]
    folders = sum(1 for p in site.rglob("*") if p.is_dir())
    size, packed = pages_artifact(site)
    print(f"tar (what GitHub Pages publishes): {size / 1e6:9.1f} MB, gzip'd {packed / 1e6:.1f} MB")
    print(f"du -sb {site}: {du(site) / 1e6:9.1f} MB")
    by_top: dict[str, int] = {}
    for p in files:
        top = p.relative_to(site).parts[0]
        by_top[top] = by_top.get(top, 0) + p.stat().st_size
    for top in sorted(site.iterdir()):
        if top.is_dir():
            inside = by_top.get(top.name, 0)
            print(f"  {top.name + '/':12} {du(top) / 1e6:9.1f} MB, files {inside / 1e6:9.1f} MB")
    alone = sum(by_top.values())
    print(f"files alone: {alone / 1e6:9.1f} MB in {len(files)} files")
    print(f"folders: {folders}")
    print("average page (file bytes):")
    for lang in ("kk", "ru"):
        for section in SECTIONS:
            pages = list((site / lang / section).glob("*/index.html"))
            if pages:
                average = sum(p.stat().st_size for p in pages) / len(pages)
                print(f"  {lang}/{section + '/':13} {len(pages):6} pages  {average:8.0f} B")
    page = min((site / "kk" / "professions").glob("*/index.html"))
    total = page.stat().st_size
    print(f"one page, {page.relative_to(site)}: {total} B")
    for name, size in breakdown(page):
        print(f"  {name:40} {size:6} B  {100 * size / total:5.1f} %")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=("national", "stress"), default="national")
    parser.add_argument("--site", type=Path, help="a site already built: measure it")
    args = parser.parse_args(argv)
    if args.site is not None:
        report(args.site)
        return 0
    root = fresh_sources(ensure_data(args.size))
    with tempfile.TemporaryDirectory() as work:
        out = Path(work) / "site"
        subprocess.run(build_command(root, out), check=True, stdout=subprocess.DEVNULL)
        print(f"{args.size} register")
        report(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
