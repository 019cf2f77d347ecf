"""Benchmark: building the public site from the national register, against MkDocs Material
building the same number of plain Markdown pages.

    python benchmarks/site_vs_material.py [--size national|stress]

Prints, in one run on this machine: the wall time and peak memory of `nqs build` on the
generated register (validation, pages, MkDocs Material for both languages, downloads,
the Pagefind index), and of `mkdocs build` on a throwaway project with as many plain
Markdown pages under a small navigation and no search plugin (the site uses Pagefind, not
Material's search). Target: nqs build <= 1.3x the plain build.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from validate_vs_parse import AS_OF, ensure_data

TARGET = 1.3
PLAIN_PAGE = """# Page {n}

A plain page of the comparison project, number {n}. It has a short paragraph of text, a list
and a table, about the size of a register entry.

- first item
- second item

| code | name |
| --- | --- |
| {n:04d}-1-001 | Example |
"""


def timed(command: list[str]) -> tuple[float, int]:
    """Wall seconds and the child's max RSS in KiB (runs one child at a time)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    return wall, max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


def plain_project(folder: Path, pages: int) -> Path:
    docs = folder / "docs"
    for n in range(pages):
        path = docs / f"section{n % 20}" / f"page{n}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(PLAIN_PAGE.format(n=n), encoding="utf-8")
    (docs / "index.md").write_text("# Home\n", encoding="utf-8")
    config = folder / "mkdocs.yml"
    config.write_text(
        "site_name: Plain\ntheme:\n  name: material\n  font: false\nplugins: []\n"
        "nav:\n  - Home: index.md\n"
        "validation:\n  nav:\n    omitted_files: ignore\n",
        encoding="utf-8",
    )
    return config


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=("national", "stress"), default="national")
    args = parser.parse_args(argv)
    root = ensure_data(args.size)
    # The generated register carries a copy of site/: bring it up to date with this checkout.
    shutil.rmtree(root / "site")
    shutil.copytree(Path(__file__).resolve().parent.parent / "site", root / "site")
    nqs = Path(sys.executable).parent / "nqs"
    with tempfile.TemporaryDirectory() as work:
        out = Path(work) / "site"
        # One build to count the pages; the plain build next, then ours timed: the children's
        # peak memory only grows, so the smaller build is measured first.
        subprocess.run(
            [
                str(nqs),
                "build",
                "--root",
                str(root),
                "--out",
                str(out),
                "--as-of",
                AS_OF.isoformat(),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        pages = sum(1 for _ in out.glob("*/**/index.html"))
        config = plain_project(Path(work) / "plain", pages)
        plain, plain_rss = timed(
            [
                sys.executable,
                "-m",
                "properdocs",
                "build",
                "-q",
                "-f",
                str(config),
                "-d",
                str(Path(work) / "plain-site"),
            ]
        )
        ours, ours_rss = timed(
            [
                str(nqs),
                "build",
                "--root",
                str(root),
                "--out",
                str(out),
                "--as-of",
                AS_OF.isoformat(),
            ]
        )
    ratio = ours / plain
    verdict = "met" if ratio <= TARGET else "NOT met"
    print(f"{args.size}: {pages} pages (both languages)")
    print(
        f"nqs build (validate, pages, MkDocs x2, downloads, Pagefind) {ours:8.1f} s   "
        f"max RSS {ours_rss / 1024:7.0f} MiB"
    )
    print(
        f"mkdocs build, {pages} plain Markdown pages, small nav         {plain:8.1f} s   "
        f"max RSS {plain_rss / 1024:7.0f} MiB"
    )
    print(f"ratio {ratio:.2f}x   target <= {TARGET}x: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
