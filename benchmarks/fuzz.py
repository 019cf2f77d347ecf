"""The long fuzzing run: the properties of tests/test_fuzz.py on many random examples.

    .venv/bin/python benchmarks/fuzz.py [EXAMPLES]     # default 5000; about 15 per second

Prints one example of each kind of failure (a crash site, a hang, an unlocated problem) with
its count; exits 1 when any example failed.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hypothesis import HealthCheck, given, settings
from tests.fuzzing import Mutation, check, mutations


def main(examples: int) -> int:
    # kind of failure -> (an example, what went wrong, how many examples failed so)
    failures: dict[str, tuple[Mutation, str, int]] = {}

    @settings(
        max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(mutations())
    def run(mutation: Mutation) -> None:
        for found in check(mutation):
            kind = re.sub(r"[0-9]+", "N", found.split(": ")[0])[:80]
            example, first, count = failures.get(kind, (mutation, found, 0))
            failures[kind] = (example, first, count + 1)

    started = time.perf_counter()
    run()
    seconds = time.perf_counter() - started
    for mutation, found, count in failures.values():
        print(f"{count:5} x {found[:300]}")
        print(f"          e.g. {mutation.path!r}: {mutation.content[:160]!r}")
    total = sum(count for _, _, count in failures.values())
    print(f"examples: {examples}, failed: {total} ({len(failures)} kinds), {seconds:.0f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000))
