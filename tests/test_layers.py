"""The layers of the package import only downward: the site and the domain modules read the
register and the Law (nqs.law), never the checks (nqs.rules), so that a page and a check
cannot disagree through a copy, and a rule can change without the site."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "src" / "nqs"
# The site, and the modules the rules themselves build on.
ABOVE_THE_RULES = sorted((PACKAGE / "site").glob("*.py")) + [
    PACKAGE / name
    for name in ("law.py", "entries.py", "register.py", "layout.py", "dates.py", "chronicle.py")
]


def imported(path: Path, root: Path = PACKAGE.parent) -> set[str]:
    """Every module (or module's name) a file below root imports, at any depth (inside
    functions too), as absolute names."""
    package = ".".join(path.relative_to(root).parts[:-1])
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            names.add(base)
            names |= {f"{base}.{alias.name}" for alias in node.names}
    return names


@pytest.mark.parametrize("path", ABOVE_THE_RULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_no_rule(path: Path) -> None:
    rules = {
        name for name in imported(path) if name == "nqs.rules" or name.startswith("nqs.rules.")
    }
    assert rules == set()


def test_the_import_walk_finds_every_form(tmp_path: Path) -> None:
    """Plain, from, relative and nested imports of the rules are all seen."""
    site = tmp_path / "nqs" / "site"
    site.mkdir(parents=True)
    lines = [
        "import nqs.rules.region",
        "from nqs.rules import certificate_validity",
        "from ..rules.center_status import check",
        "def f():\n    from nqs import rules",
    ]
    found = []
    for index, line in enumerate(lines):
        path = site / f"m{index}.py"
        path.write_text(line + "\n", encoding="utf-8")
        found.append({n for n in imported(path, tmp_path) if n.startswith("nqs.rules")})
    assert all(found), found
