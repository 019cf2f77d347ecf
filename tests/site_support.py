"""Building sites for the tests: the bundled register, or a copy of it changed by a test."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

from nqs.chronicle import read_chronicle
from nqs.site import build_site
from nqs.validate import validate
from tests.conftest import PROJECT

SITE_URL = "https://nqs.test/"
WRITTEN_FOR = dt.date(2026, 11, 24)


def copy_project(target: Path) -> Path:
    for name in ("register", "standards", "site"):
        shutil.copytree(PROJECT / name, target / name)
    for name in ("schemas", "reference"):
        (target / name).symlink_to(PROJECT / name, target_is_directory=True)
    return target


def build(
    root: Path,
    out: Path,
    as_of: dt.date = WRITTEN_FOR,
    change: Callable[[Path], None] | None = None,
    site_url: str = SITE_URL,
) -> Path:
    if change is not None:
        change(root)
    outcome = validate(root, as_of)
    assert outcome.errors == 0, [(p.path, p.rule) for p in outcome.problems]
    assert outcome.register is not None
    build_site(outcome.register, root, out, site_url, read_chronicle(root))
    return out
