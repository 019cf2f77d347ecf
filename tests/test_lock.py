"""requirements.txt pins every dependency with hashes, and agrees with pyproject.toml and with
pylock.toml (the same pins in the standard format, PEP 751)."""

from __future__ import annotations

import re
import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.conftest import PROJECT

LOCK = PROJECT / "requirements.txt"
_PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;]+)(?:\s*;\s*(.+?))?\s*\\?$")


def _pins() -> dict[str, list[tuple[str, str | None]]]:
    pins: dict[str, list[tuple[str, str | None]]] = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        if match := _PIN.match(line):
            name, version, marker = match.groups()
            pins.setdefault(canonicalize_name(name), []).append((version, marker))
    return pins


def _requirements() -> list[Requirement]:
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    listed = project["dependencies"] + project["optional-dependencies"]["test"]
    return [Requirement(text) for text in listed]


def test_every_direct_dependency_is_pinned_within_its_range() -> None:
    pins = _pins()
    for requirement in _requirements():
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{name} is in pyproject.toml but not in the lock: run make lock"
        for version, _ in pins[name]:
            assert requirement.specifier.contains(version, prereleases=True), (
                f"{name}=={version} is outside {requirement.specifier}: run make lock"
            )


def test_every_pin_carries_hashes() -> None:
    text = LOCK.read_text(encoding="utf-8")
    blocks = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 2)[2])
    assert len(blocks) == sum(len(v) for v in _pins().values())
    for block in blocks:
        assert "--hash=sha256:" in block, block.splitlines()[0]


def test_the_standard_lock_pins_the_same_releases_with_hashes() -> None:
    packages = tomllib.loads((PROJECT / "pylock.toml").read_text(encoding="utf-8"))["packages"]
    standard: dict[str, set[str]] = {}
    for package in packages:
        files = [package.get("sdist"), *package.get("wheels", [])]
        assert all(f["hashes"]["sha256"] for f in files if f), package["name"]
        standard.setdefault(canonicalize_name(package["name"]), set()).add(package["version"])
    pinned = {name: {version for version, _ in pins} for name, pins in _pins().items()}
    assert standard == pinned, "pylock.toml and requirements.txt differ: run make lock"
