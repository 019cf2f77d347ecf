"""Benchmark: building the public site from the national register, against MkDocs Material
building the same number of plain Markdown pages.

    python benchmarks/site_vs_material.py [--size national|stress]

Prints, for each of --repeat runs on this machine: the processor time (user + system, of
every process of the build) and the wall time of `nqs build` on the generated register
(validation, pages, MkDocs Material for both languages, downloads, the Pagefind index), and
of `mkdocs build` on a throwaway project with as many plain Markdown pages under a small
navigation and no search plugin (the site uses Pagefind, not Material's search), with the
load average beside each run; then the peak memory. Target: nqs build <= 1.3x the plain
build in processor time (on a shared machine wall time says more about the neighbours).
"""

from __future__ import annotations

import argparse
import os
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


def timed(command: list[str]) -> tuple[float, float, int]:
    """Processor seconds (user + system of the child and the processes it waited for), wall
    seconds, and the largest max RSS of the children so far in KiB."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return cpu, wall, after.ru_maxrss


def build_command(root: Path, out: Path) -> list[str]:
    nqs = Path(sys.executable).parent / "nqs"
    return [str(nqs), "build", "--root", str(root), "--out", str(out), "--as-of", AS_OF.isoformat()]


def fresh_sources(root: Path) -> Path:
    """The generated register carries a copy of site/: bring it up to date with this checkout."""
    shutil.rmtree(root / "site")
    shutil.copytree(Path(__file__).resolve().parent.parent / "site", root / "site")
    return root


def load() -> str:
    return "load {:.1f} {:.1f} {:.1f}".format(*os.getloadavg())


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
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)
    root = fresh_sources(ensure_data(args.size))
    with tempfile.TemporaryDirectory() as work:
        out = Path(work) / "site"
        # One build to count the pages; then, in each run, the plain build first and ours
        # next: the children's peak memory only grows, so the smaller build is measured first.
        subprocess.run(build_command(root, out), check=True, stdout=subprocess.DEVNULL)
        pages = sum(1 for _ in out.glob("*/**/index.html"))
        config = plain_project(Path(work) / "plain", pages)
        plain_build = [sys.executable, "-m", "properdocs", "build", "-q", "-f", str(config)]
        plain_build += ["-d", str(Path(work) / "plain-site")]
        print(f"{args.size}: {pages} pages (both languages)")
        print("run  nqs build: cpu, wall   plain Material: cpu, wall   cpu ratio  wall ratio")
        ratios, rss = [], 0
        for run in range(1, args.repeat + 1):
            before = load()
            plain_cpu, plain, plain_rss = timed(plain_build)
            ours_cpu, ours, ours_rss = timed(build_command(root, out))
            ratios.append(ours_cpu / plain_cpu)
            rss = max(rss, plain_rss, ours_rss)
            print(
                f"{run:3}  {ours_cpu:6.1f} s {ours:6.1f} s      {plain_cpu:6.1f} s {plain:6.1f} s"
                f"        {ours_cpu / plain_cpu:5.2f}x     {ours / plain:5.2f}x"
                f"   ({before} before, {load()} after)"
            )
    best = min(ratios)
    verdict = "met" if best <= TARGET else "NOT met"
    # One figure: the peak of the children only grows, and the first build (ours) counted pages.
    print(f"max RSS of any child process: {rss / 1024:.0f} MiB")
    print(f"cpu ratio best {best:.2f}x, median {sorted(ratios)[len(ratios) // 2]:.2f}x")
    print(f"target <= {TARGET}x: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
