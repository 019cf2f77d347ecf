"""What does `nqs validate --base` cost for a small change to a large register? Run on demand,
not a test.

    python benchmarks/validate_change.py [--size national|stress] [--files N] [--repeat N]

Copies the generated register of that size (benchmarks/data/<size>, generated if missing)
into a temporary Git repository, commits it on main, and on a branch changes N files (N - 1
professions of one body amended by a new council decision, and that decision added). Then measures:

1. the `nqs validate --base main` command as a subprocess (wall time, best of N; start-up
   and imports included) and its peak memory;
2. in this process: finding the change (history.changes_since) and checking it
   (validate_change), best of N, with the number of files read;
3. for comparison, the same check reading the whole register (validate with whole=True),
   which is what `--base` did before it read only the related files.

The target (issue 4): a 10-file change on the stress register in about a second.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import git

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from nqs.history import changes_since  # noqa: E402
from nqs.validate import validate, validate_change  # noqa: E402
from validate_vs_parse import ensure_data  # noqa: E402

AS_OF = dt.date(2026, 11, 24)
DECISION = "2026-11-20"  # published in time on AS_OF
TARGET_SECONDS = 1.0


def make_repository(source: Path, work: Path) -> Path:
    root = work / "register-repo"
    shutil.copytree(source, root, ignore=shutil.ignore_patterns("GENERATED.json"))
    with git.Repo.init(root, initial_branch="main") as repo:
        with repo.config_writer() as config:
            config.set_value("user", "name", "Bench").set_value("user", "email", "b@example.kz")
        repo.git.add(A=True)
        repo.git.commit("-q", "-m", "register")
        repo.git.checkout("-q", "-b", "proposal")
    return root


def change(root: Path, files: int) -> list[str]:
    """Amend files - 1 professions by a new decision and add the decision."""
    decisions = root / "register/decisions"
    latest = sorted(decisions.glob("*.yml"))[-1]
    text = latest.read_text(encoding="utf-8").replace(latest.stem, DECISION)
    text = text.replace(f"date: {latest.stem}", f"date: {DECISION}")
    (decisions / f"{DECISION}.yml").write_text(text, encoding="utf-8")
    changed = [f"register/decisions/{DECISION}.yml"]
    # one sectoral body's proposal: professions of its folder not amended before
    folder = sorted((root / "register/professions").iterdir())[0]
    professions = [
        path
        for path in sorted(folder.glob("*.yml"))
        if "amended_by" not in path.read_text(encoding="utf-8")
    ]
    step = max(1, len(professions) // files)
    for path in professions[::step][: files - 1]:
        body = path.read_text(encoding="utf-8").rstrip("\n") + f"\namended_by: [{DECISION}]\n"
        path.write_text(body, encoding="utf-8")
        changed.append(path.relative_to(root).as_posix())
    with git.Repo(root) as repo:
        repo.git.add(A=True)
        repo.git.commit("-q", "-m", "proposal")
    return changed


def best(repeat: int, run: object) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=("national", "stress"), default="stress")
    parser.add_argument("--files", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    source = ensure_data(args.size)
    with tempfile.TemporaryDirectory() as work:
        root = make_repository(source, Path(work))
        changed = change(root, args.files)
        command = [
            str(Path(sys.executable).parent / "nqs"),
            "validate",
            "--base",
            "main",
            "--as-of",
            AS_OF.isoformat(),
        ]
        wall, result = best(
            args.repeat,
            lambda: subprocess.run(command, cwd=root, capture_output=True, text=True, check=False),
        )
        rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        said = result.stdout.strip().splitlines()  # type: ignore[attr-defined]
        find, base = best(args.repeat, lambda: changes_since(root, "main"))
        check, outcome = best(args.repeat, lambda: validate_change(root, AS_OF, base))  # type: ignore[arg-type]
        register = outcome.register  # type: ignore[attr-defined]
        read = sum(len(docs) for docs in register.documents.values())
        current = [path for path in changed]
        whole, _ = best(1, lambda: validate(root, AS_OF, current))
    print(
        f"register: {args.size}; change: {len(changed)} files ({len(changed) - 1} professions "
        f"amended, 1 decision added)"
    )
    print(f"nqs validate --base main (subprocess): {wall:.2f} s wall, {rss:.0f} MiB max RSS")
    print("  said:", *said[-12:], sep="\n    ")
    print(
        f"in process: find the change {find:.2f} s + check it {check:.2f} s "
        f"= {find + check:.2f} s; schema-valid documents read: {read}"
    )
    print(f"the same files checked against the whole register: {whole:.2f} s")
    verdict = "within" if wall <= TARGET_SECONDS * 1.5 else "over"
    print(f"target: about {TARGET_SECONDS:.0f} s for the command -> {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
