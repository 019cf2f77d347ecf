"""How long does one large but legal data file take to validate? Run on demand, not a test.

    python benchmarks/large_file.py [--kib 250] [--repeat N]

Copies the bundled register (schemas, reference data, register, standards) into a
temporary folder and grows one profession to about --kib KiB (under the 256 KiB limit) with
thousands of skills, each a bilingual text: half of them translated, half with the same
Kazakh and Russian text, which is legal but draws an `untranslated` warning, so that every
one of them must be located. Then times `validate` of that file in this process (best of N)
and prints the file's size, its number of texts and problems, and the time against the
target of one second (issue 8: it took 31 s when each problem's path was found by a search
of the whole document, quadratic in the number of texts).
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
import time
from pathlib import Path

from nqs.validate import validate

REPO = Path(__file__).resolve().parent.parent
AS_OF = dt.date(2026, 11, 24)
PROFESSION = "register/professions/industry/7212-2-005.yml"
TARGET_SECONDS = 1.0


def grow(path: Path, kib: int) -> int:
    """Append skills to the profession until the file is about kib KiB; the number added."""
    text = path.read_text(encoding="utf-8")
    head, tail = text.split("status: ", 1)
    skills: list[str] = []
    size = len(text.encode())
    while size < kib * 1024 - 200:
        n = len(skills)
        if n % 2:
            skill = f"  - kk: 'Дайындамаларды дайындау {n}'\n    ru: 'Подготовка заготовок {n}'\n"
        else:
            skill = f"  - kk: 'Сварка {n}'\n    ru: 'Сварка {n}'\n"
        skills.append(skill)
        size += len(skill.encode())
    path.write_text(head + "".join(skills) + "status: " + tail, encoding="utf-8")
    return len(skills)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kib", type=int, default=250, help="file size in KiB (default 250)")
    parser.add_argument("--repeat", type=int, default=3, help="best of N (default 3)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        root = Path(work)
        for folder in ("schemas", "reference", "register", "standards"):
            shutil.copytree(REPO / folder, root / folder)
        added = grow(root / PROFESSION, args.kib)
        size = (root / PROFESSION).stat().st_size
        best = float("inf")
        for _ in range(args.repeat):
            started = time.perf_counter()
            outcome = validate(root, AS_OF, [PROFESSION])
            best = min(best, time.perf_counter() - started)
        verdict = "met" if best < TARGET_SECONDS else "NOT met"
        print(f"file               {PROFESSION}: {size / 1024:.0f} KiB, {added} skills added")
        print(f"problems           {outcome.errors} errors, {outcome.warnings} warnings")
        print(f"validate, best of {args.repeat} {best:8.3f} s")
        print(f"target             < {TARGET_SECONDS} s: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
