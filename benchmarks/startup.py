"""How long does `nqs validate` take on the bundled register, start-up and imports included?
Run on demand, not a test.

    python benchmarks/startup.py [--repeat N]

Measures, best of N, at the repository root:

1. the whole process `nqs validate` (the installed command beside this Python), wall time;
2. the whole process `python -c 'import nqs.cli'`: what importing the command line costs;
3. the ten slowest imports of `python -X importtime -c 'import nqs.cli'` (cumulative).

The target (issue 9): `nqs validate` under 0.4 s. The command imports only what validation
uses; the site's MkDocs and openpyxl, GitPython and the holidays are imported by the commands
that need them (tests/test_cli.py::test_validate_loads_none_of_the_site_or_history_stack).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NQS = str(Path(sys.executable).parent / "nqs")


def best(command: list[str], repeat: int) -> float:
    """The shortest wall time of repeat runs of command at the repository root."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, check=False, capture_output=True)
        times.append(time.perf_counter() - start)
    return min(times)


def slowest_imports(count: int) -> list[tuple[int, str]]:
    """The count imports of nqs.cli with the largest cumulative time, in microseconds."""
    found = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import nqs.cli"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stderr
    rows = []
    for line in found.splitlines()[1:]:  # the first line names the columns
        _, cumulative, name = line.split("|")
        rows.append((int(cumulative), name.strip()))
    return sorted(rows, reverse=True)[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    validate = best([NQS, "validate"], args.repeat)
    imports = best([sys.executable, "-c", "import nqs.cli"], args.repeat)
    print(f"nqs validate (bundled register, whole process): {validate:.3f} s (target < 0.4 s)")
    print(f"python -c 'import nqs.cli' (whole process):     {imports:.3f} s")
    print("slowest imports of nqs.cli (cumulative):")
    for micros, name in slowest_imports(10):
        print(f"  {micros / 1e6:.3f} s  {name}")


if __name__ == "__main__":
    main()
