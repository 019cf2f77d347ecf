"""How much does `nqs validate` cost beyond reading the YAML? Run on demand, not a test.

    python benchmarks/validate_vs_parse.py [--size national|stress] [--repeat N]

Generates the register of that size into benchmarks/data/<size> if it is missing
(scripts/generate_scale_register.py), then measures, on the same files:

1. bare parse: read every data file (register/**/*.yml, standards/**/*.yml) and
   yaml.load(text, Loader=yaml.CSafeLoader), best of N;
2. full validation: nqs.validate.validate(root, as_of) in this process, best of N, and the
   wall time of the `nqs validate --root DIR` command as a subprocess (one run, with
   interpreter start-up and imports);
3. the ratio full / bare, against the target of 1.2x;
4. peak memory: the subprocess's max RSS, and the tracemalloc peak of one in-process
   validation (a separate run, so that tracing does not distort the timings);
5. where validation time goes: one instrumented run with timers around reference
   loading, schema building, discovery, loading (decode, character checks, YAML events
   and building), modelines, Schemas.check, Register.add and each rule; then the top
   functions of a cProfile run.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import functools
import gc
import io
import json
import os
import platform
import pstats
import resource
import subprocess
import sys
import time
import tracemalloc
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "scripts"))

import nqs.loader  # noqa: E402
import nqs.schema  # noqa: E402
import nqs.validate  # noqa: E402
from nqs import rules  # noqa: E402

AS_OF = dt.date(2026, 11, 24)
TARGET = 1.2


def ensure_data(size: str) -> Path:
    root = HERE / "data" / size
    marker = root / "GENERATED.json"
    info = json.loads(marker.read_text(encoding="utf-8")) if marker.exists() else {}
    if info.get("size") == size and info.get("complete"):
        return root
    import generate_scale_register

    print(f"generating the {size} register into {root} ...", flush=True)
    generate_scale_register.generate(size, root)
    return root


def data_files(root: Path) -> list[Path]:
    return sorted(p for top in ("register", "standards") for p in (root / top).rglob("*.yml"))


def bare_parse(files: list[Path]) -> int:
    count = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        yaml.load(text, Loader=yaml.CSafeLoader)
        count += 1
    return count


def best_of(repeat: int, fn: Callable[[], Any]) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(repeat):
        gc.collect()
        started = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - started)
    return best, result


def nqs_command() -> list[str]:
    script = Path(sys.executable).parent / "nqs"
    return [str(script)] if script.exists() else [sys.executable, "-m", "nqs.cli"]


def subprocess_run(root: Path) -> tuple[float, int, int]:
    """Wall seconds, exit code and max RSS (KiB) of `nqs validate --root DIR`."""
    command = [*nqs_command(), "validate", "--root", str(root), "--as-of", AS_OF.isoformat()]
    started = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    wall = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"nqs validate failed: {done.stderr.decode(errors='replace')}")
    # ru_maxrss of RUSAGE_CHILDREN is the largest RSS of any child waited for; this is
    # the only child this process runs (the generator, if needed, runs in-process).
    maxrss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, done.returncode, maxrss


def bare_parse_subprocess(root: Path) -> float:
    """Wall seconds of a fresh interpreter that reads and parses every data file with the C
    loader: the bare parse on the same footing as the `nqs validate` command."""
    code = (
        "import sys, yaml\n"
        "from pathlib import Path\n"
        "root = Path(sys.argv[1])\n"
        "for top in ('register', 'standards'):\n"
        "    for path in sorted((root / top).rglob('*.yml')):\n"
        "        yaml.load(path.read_text(encoding='utf-8'), Loader=yaml.CSafeLoader)\n"
    )
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, str(root)], check=True)
    return time.perf_counter() - started


# --------------------------------------------------------------------------- breakdown


class Timers:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._undo: list[Callable[[], None]] = []

    def wrap(self, owner: Any, name: str, label: str) -> None:
        original = getattr(owner, name, None)
        if original is None:  # the code changed: measure what still exists
            print(f"   (no {getattr(owner, '__name__', owner)}.{name} to time)")
            return

        @functools.wraps(original)
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds[label] += time.perf_counter() - started
                self.calls[label] += 1

        setattr(owner, name, timed)
        self._undo.append(lambda: setattr(owner, name, original))

    def wrap_rules(self) -> None:
        """Time each rule's check, consumed as rules.run consumes it (run looks up
        rule.check at call time, so wrapping the module attribute is enough)."""
        for rule in rules.RULES:
            original = rule.check
            label = f"rule {rule.CHECK.id}"

            def timed(register: Any, _check: Any = original, _label: str = label) -> Iterator[Any]:
                started = time.perf_counter()
                found = list(_check(register))
                self.seconds[_label] += time.perf_counter() - started
                self.calls[_label] += 1
                return iter(found)

            rule.check = timed
            self._undo.append(functools.partial(setattr, rule, "check", original))

    def undo(self) -> None:
        for step in reversed(self._undo):
            step()
        self._undo.clear()


def breakdown(root: Path) -> tuple[float, Timers]:
    timers = Timers()
    v = nqs.validate
    timers.wrap(v, "load_reference", "reference loading (load_reference)")
    timers.wrap(v, "Schemas", "schema building (Schemas.__init__)")
    timers.wrap(v, "discover", "discovery (layout.discover)")
    timers.wrap(v, "classify", "path classification (layout.classify)")
    timers.wrap(v, "load", "loading total (loader.load)")
    timers.wrap(nqs.loader, "_decode", "  loader: read check + UTF-8 decode")
    timers.wrap(nqs.loader, "_check_characters", "  loader: control chars + NFC")
    timers.wrap(nqs.loader, "_build", "  loader: YAML events + building")
    timers.wrap(v, "modeline", "modeline check")
    timers.wrap(nqs.schema.Schemas, "check", "schema checks (Schemas.check)")
    timers.wrap(v.Register, "add", "register.add")
    timers.wrap_rules()
    try:
        gc.collect()
        started = time.perf_counter()
        outcome = v.validate(root, AS_OF)
        total = time.perf_counter() - started
    finally:
        timers.undo()
    assert outcome.errors == 0, f"{outcome.errors} errors in the generated register"
    return total, timers


def profile_top(root: Path, limit: int) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    nqs.validate.validate(root, AS_OF)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(limit)
    lines = out.getvalue().splitlines()
    start = next(i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls"))
    trimmed = []
    for line in lines[start:]:
        trimmed.append(line.replace(str(REPO) + "/", "").replace(sys.prefix + "/", ""))
    return "\n".join(trimmed).rstrip()


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=("national", "stress"), default="national")
    parser.add_argument("--repeat", type=int, default=3, help="best of N (default 3)")
    parser.add_argument("--top", type=int, default=15, help="cProfile rows to show")
    args = parser.parse_args(argv)
    root = ensure_data(args.size)
    files = data_files(root)
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    print(
        f"{args.size}: {len(files)} data files, {size_mb:.1f} MB, as of {AS_OF}; "
        f"Python {platform.python_version()}, PyYAML {yaml.__version__} "
        f"(libyaml {yaml.__with_libyaml__}), {os.cpu_count()} CPUs; best of {args.repeat}"
    )

    bare, _ = best_of(args.repeat, lambda: bare_parse(files))
    full, outcome = best_of(args.repeat, lambda: nqs.validate.validate(root, AS_OF))
    bare_wall = bare_parse_subprocess(root)
    wall, code, maxrss = subprocess_run(root)
    ratio = full / bare
    print()
    print(f"1. bare parse (read + CSafeLoader)     {bare:8.3f} s")
    print(
        f"2. full validate, in-process           {full:8.3f} s   "
        f"({outcome.errors} errors, {outcome.warnings} warnings, {outcome.checked} files)"
    )
    print(f"   `nqs validate` subprocess, wall     {wall:8.3f} s   (exit {code})")
    print(
        f"   bare parse subprocess, wall         {bare_wall:8.3f} s   "
        f"(command ratio {wall / bare_wall:.2f}x)"
    )
    verdict = "met" if ratio <= TARGET else "NOT met"
    print(f"3. ratio full / bare                   {ratio:8.2f}x   target <= {TARGET}x: {verdict}")

    tracemalloc.start()
    nqs.validate.validate(root, AS_OF)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"4. max RSS of the subprocess           {maxrss / 1024:8.1f} MiB")
    print(f"   tracemalloc peak, in-process        {peak / 2**20:8.1f} MiB")

    total, timers = breakdown(root)
    print(f"\n5. breakdown of one instrumented run ({total:.3f} s; bare parse {bare:.3f} s)")
    rows = sorted(timers.seconds.items(), key=lambda kv: -kv[1])
    top_level = [r for r in rows if not r[0].startswith(("  ", "rule "))]

    def line(label: str, seconds: float, extra: str = "", indent: int = 3) -> None:
        share = 100 * seconds / total
        print(f"{' ' * indent}{label:{45 - indent}s} {seconds:7.3f} s {share:5.1f}%{extra}")

    for label, seconds in top_level:
        line(label, seconds, f"  ({timers.calls[label]} calls)")
        if label.startswith("loading total"):
            for sub, sub_s in rows:
                if sub.startswith("  "):
                    line(sub, sub_s)
    rule_rows = [r for r in rows if r[0].startswith("rule ")]
    rules_total = sum(s for _, s in rule_rows)
    line("rules (rules.run), all", rules_total)
    for label, seconds in rule_rows[:8]:
        line(label, seconds, indent=5)
    accounted = sum(s for label, s in top_level) + rules_total
    line("rest (validate loop, problem lists)", total - accounted)

    print(f"\n   cProfile, top {args.top} functions by own time (profiling slows everything):")
    print("   " + profile_top(root, args.top).replace("\n", "\n   "))
    return 0


if __name__ == "__main__":
    sys.exit(main())
