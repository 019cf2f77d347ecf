"""Benchmark: the size of the built site, and where the bytes of an entry page go.

    python benchmarks/site_size.py [--size national|stress] [--site DIR]

Builds the site of the generated register (or reads one already built, --site) and prints:
`du -sb` of the site and of each top-level folder; the bytes of its files alone and the
number of folders (on ext4 every folder counts 4 KiB in `du -sb`, and every page is a folder:
FOLDER/KEY/index.html); the average page of each section; and one profession page's bytes by
part of the page. Target (issue 12): the stress site under 1 GB, with room to spare.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
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
    ("table of contents (empty)", r'<div class="md-sidebar md-sidebar--secondary".*?</nav>'),
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
    print(f"du -sb {site}: {du(site) / 1e6:9.1f} MB")
    for top in sorted(site.iterdir()):
        if top.is_dir():
            print(f"  {top.name + '/':12} {du(top) / 1e6:9.1f} MB")
    alone = sum(p.stat().st_size for p in files)
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
