"""The bundled register: realistic, complete enough to show every case, and clean."""

from __future__ import annotations

import csv
import datetime as dt
import filecmp
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

from nqs import law
from nqs.layout import Kind, classify, discover
from nqs.legal_calendar import term_end
from nqs.loader import Document, load
from nqs.reference import load_reference
from nqs.validate import validate
from tests.conftest import PROJECT

# The date the bundled register's statuses were written for.
WRITTEN_FOR = dt.date(2026, 11, 24)


@pytest.fixture(scope="module")
def documents() -> dict[Kind, list[Document]]:
    found: dict[Kind, list[Document]] = {kind: [] for kind in Kind}
    for relpath in discover(PROJECT):
        placement = classify(relpath)
        assert placement is not None, relpath
        doc, problems = load(PROJECT, relpath, placement.kind)
        assert doc is not None and problems == []
        found[placement.kind].append(doc)
    return found


# Years later every certificate has expired: still no error, only warnings. A fixed day,
# not the day the tests run, so that the result does not change with it.
@pytest.mark.parametrize("as_of", [WRITTEN_FOR, dt.date(2030, 1, 1)])
def test_bundled_register_has_no_errors(as_of: dt.date) -> None:
    outcome = validate(PROJECT, as_of)
    assert [(p.path, p.line, p.rule) for p in outcome.problems if p.severity == "error"] == []
    # Only the date-dependent warnings may appear: they are what the register is meant to show.
    dated = {"reaccreditation-window", "certificate-expired", "council-activity"}
    assert {p.rule for p in outcome.problems} <= dated


def test_bundled_register_shows_expiring_certificates_when_written() -> None:
    outcome = validate(PROJECT, WRITTEN_FOR)
    # The council decided on 30 October 2026, within six months (Law 10.3): no
    # council-activity warning when the register was written (README says so).
    assert Counter(p.rule for p in outcome.problems) == {"reaccreditation-window": 2}


def test_reference_data_is_complete() -> None:
    reference = load_reference(PROJECT)
    assert len(reference.occupations) == 12_194
    assert len(reference.regions) == 20


def test_professions(documents: dict[Kind, list[Document]]) -> None:
    professions = [d.data for d in documents[Kind.PROFESSION]]
    assert len(professions) >= 60
    assert len({p["body"] for p in professions}) >= 6
    assert {p["basis"] for p in professions} == {"mandatory", "voluntary"}
    assert {p["status"] for p in professions} == {"included", "excluded"}
    reference = load_reference(PROJECT)
    assert all(p["code"] in reference.occupations for p in professions)


def test_standards_use_the_skills_reference(documents: dict[Kind, list[Document]]) -> None:
    standards = [d.data for d in documents[Kind.STANDARD]]
    assert len(standards) >= 15
    # A row of the skills reference, or the same row with its reviewed correction
    # (reference/corrections.csv): no other text.
    with (PROJECT / "reference/corrections.csv").open(encoding="utf-8", newline="") as handle:
        fixes = {(r["file"], r["code"], r["lang"]): r["corrected"] for r in csv.DictReader(handle)}
    known: set[tuple[str, str]] = set()
    for name in ("professional_skills.csv", "general_skills.csv"):
        with (PROJECT / "reference/skills" / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                kk, ru = (
                    fixes.get((f"skills/{name}", row["code"], lang), row[f"name_{lang}"]).strip()
                    for lang in ("kk", "ru")
                )
                known.add((kk, ru))
    items = [
        (item["kk"].strip(), item["ru"].strip())
        for s in standards
        for f in s["functions"]
        for item in f["skills"] + f["knowledge"]
    ]
    assert len(items) >= 15 * 4
    assert [item for item in items if item not in known] == []


def test_centers_cover_every_status(documents: dict[Kind, list[Document]]) -> None:
    centers = [d.data for d in documents[Kind.CENTER]]
    assert len(centers) >= 20
    assert len({c["region"] for c in centers}) >= 10
    assert {law.status(c) for c in centers} == {"active", "revoked", "terminated", "renewed"}
    certificates = [certificate for c in centers for certificate in c["certificates"]]
    events = [law.record(e) for certificate in certificates for e in certificate.get("events", [])]
    revoked = [r for kind, r in events if kind == "revocation"]
    assert {r["health_life_safety"] for r in revoked} == {True, False}  # type: ignore[typeddict-item]
    assert {r["ground"] for r in revoked} == {  # type: ignore[typeddict-item]
        "own-request",
        "procedure-violation",
        "monitoring",
        "confirmed-complaints",
    }
    grounds = {r["ground"] for kind, r in events if kind == "termination"}  # type: ignore[typeddict-item]
    assert {"revocation", "liquidation", "court-decision"} <= grounds
    assert {kind for kind, _ in events} == {"revocation", "renewal", "reissue", "termination"}
    assert any(c["bin"].startswith("0") for c in centers)


def test_centers_have_a_realistic_history(documents: dict[Kind, list[Document]]) -> None:
    """Agreement dates vary; no accreditation before the register's first decision; a center
    re-accredited, one accredited anew after a termination, one on the second route."""
    centers = [d.data for d in documents[Kind.CENTER]]
    certificates = [certificate for c in centers for certificate in c["certificates"]]
    gaps = {
        (dt.date.fromisoformat(c["agreement"]["date"]) - dt.date.fromisoformat(c["issued"])).days
        for c in certificates
        if "agreement" in c
    }
    assert len(gaps) >= 10
    first = min(d.data["date"] for d in documents[Kind.DECISION])
    assert min(c["decision"] for c in certificates) >= first
    assert sum(len(c["certificates"]) > 1 for c in centers) >= 2
    routes = [c for c in certificates if c["route"] == "conformity-assessment"]
    assert routes and all("agreement" not in c for c in routes)
    assert any(c["expires"][:4] == str(int(c["issued"][:4]) + 5) for c in routes)


def test_decisions(documents: dict[Kind, list[Document]]) -> None:
    dates = [dt.date.fromisoformat(d.data["date"]) for d in documents[Kind.DECISION]]
    assert len(dates) >= 3
    # Both halves of each year, the data's own year (2026) included, each before the day
    # the register goes to the council (Rules 10: 1 April and 1 November, moved past a
    # day off).
    halves = {(day.year, day.month <= 6) for day in dates}
    assert {(year, first) for year in (2024, 2025, 2026) for first in (True, False)} <= halves
    for day in dates:
        assert day <= term_end(dt.date(day.year, 4 if day.month <= 6 else 11, 1)), day


def test_generator_reproduces_the_bundled_register(tmp_path: Path) -> None:
    shutil.copytree(PROJECT / "reference", tmp_path / "reference")
    subprocess.run(
        [
            sys.executable,
            str(PROJECT / "scripts/make_bundled_register.py"),
            "--root",
            str(tmp_path),
        ],
        check=True,
        capture_output=True,
    )
    for top in ("register", "standards"):
        comparison = filecmp.dircmp(PROJECT / top, tmp_path / top)
        assert _differences(comparison) == []


def _differences(comparison: filecmp.dircmp[str]) -> list[str]:
    found = comparison.left_only + comparison.right_only + comparison.diff_files
    for sub in comparison.subdirs.values():
        found += _differences(sub)
    return found


def test_the_national_register_generator_writes_a_valid_register(tmp_path: Path) -> None:
    """scripts/generate_scale_register.py, which the benchmarks use, writes a register with
    no errors and only re-accreditation warnings (it broke unseen when the bundled
    decisions of 2026 gave it professions too new to be covered by a certificate)."""
    out = tmp_path / "national"
    subprocess.run(
        [sys.executable, str(PROJECT / "scripts/generate_scale_register.py"), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    outcome = validate(out, dt.date(2026, 11, 24))
    assert outcome.errors == 0, [(p.path, p.rule) for p in outcome.problems][:5]
    assert {p.rule for p in outcome.problems} <= {"reaccreditation-window"}


def test_every_corrected_source_text_is_listed_and_shown_corrected() -> None:
    """reference/corrections.csv (a bilingual review of the copied texts) is listed in
    reference/DEFECTS.md with the source's wording, and the bundled register shows only the
    corrections: no corrected source wording is published."""
    with (PROJECT / "reference/corrections.csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) >= 60 and all(row["reason"] for row in rows)
    defects = (PROJECT / "reference/DEFECTS.md").read_text(encoding="utf-8")
    published = "\n".join(
        path.read_text(encoding="utf-8")
        for folder in ("register", "standards")
        for path in (PROJECT / folder).rglob("*.yml")
    ).casefold()
    for row in rows:
        assert (
            f"`{row['code']}` | {row['lang']} | «{row['source']}» | «{row['corrected']}»" in defects
        )
        assert row["corrected"].casefold() in published, row["code"]
        source = row["source"].strip().casefold()
        assert f"'{source}'" not in published and f": {source}\n" not in published, row["code"]


# The fields of work a grounds text may speak of, by the Russian stems that name them. A
# ground may speak of a field only if the profession's own texts do: its name, its standards
# (title, functions, skills, knowledge) or the qualification requirements it rests on.
FIELDS = {
    "mining": (
        "горных выработ",
        "горнорабоч",
        "шахт",
        "выработк",
        "забо",
        "обрушен",
        "добыч",
        "горно-",
    ),
    "electricity": ("высоковольт", "электроустанов", "напряжени", "электри", "электро"),
    "gas supply": ("газопровод", "газоснабж", "газового оборудования", "газификац"),
    "fire fighting": ("пожарн", "тушени", "лесн"),
    "water": (
        "на воде",
        "под водой",
        "водоем",
        "утоп",
        "тонущ",
        "погружен",
        "пляж",
        "дайвинг",
        "плаван",
    ),
    "patients": (
        "пациент",
        "медико",
        "медицин",
        "лекарств",
        "аптеч",
        "массаж",
        "больн",
        "здравоохранен",
    ),
    "animals": ("животн", "скот", "молок", "бруцелл", "ветеринар", "доени"),
    "lifts": ("лифт", "подъемник"),
    "explosives": ("взрывчат", "взрывн"),
    "roads": ("дорож", "автомоб", "тормоз", "рулев", "водител", "транспорт"),
    "cargo": ("грузов", "грузоп", "груза", "большегруз", "погрузчик", "склад"),
    "tourism": ("турист", "маршрут", "курорт", "туризм"),
    "information": ("информацион", "персональн", "цифров", "системн", "программн", "приложени"),
    "welding": ("свар", "шва", "шов"),
    "drilling": ("скважин", "бурен", "нефт"),
    "sport": ("спорт", "тренир"),
}


def _grounds_outside_the_profession(root: Path) -> list[str]:
    standards = {}
    for path in (root / "standards").rglob("*.yml"):
        standards[path.stem] = path.read_text(encoding="utf-8")
    found = []
    for path in sorted((root / "register/professions").rglob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        grounds = data["grounds"]
        own = " ".join(
            [
                data["name"]["ru"],
                str(grounds.get("qualification_requirements", "")),
            ]
            + [standards[code] for code in grounds.get("standards", [])]
        ).casefold()
        said = " ".join(
            grounds[field].get("ru", "") + grounds[field].get("not_applicable", {}).get("ru", "")
            for field in ("health_life_safety", "labour_market_demand")
        ).casefold()
        said = said.replace(data["name"]["ru"].casefold(), "")
        for field, stems in FIELDS.items():
            if any(stem in said for stem in stems) and not any(stem in own for stem in stems):
                found.append(f"{data['code']} «{data['name']['ru']}»: {field}")
    return found


def test_grounds_speak_only_of_the_professions_own_field() -> None:
    """A grounds text fits its profession: a template filled per sector once said that a lift
    electromechanic works «in mine workings», a gas-pipeline fitter «on high-voltage
    installations», and that rescue divers are in demand «due to rural fire posts»."""
    assert _grounds_outside_the_profession(PROJECT) == []


def test_the_grounds_check_finds_a_template_mismatch(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    shutil.copytree(PROJECT / "standards", root / "standards")
    shutil.copytree(PROJECT / "register/professions", root / "register/professions")
    path = root / "register/professions/industry/7412-2-003.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["grounds"]["health_life_safety"]["ru"] = (
        "Профессия «Электромеханик по лифтам» связана с безопасностью населения косвенно: работы "
        "ведутся в горных выработках, где существует риск обрушения, выделения газа и взрыва."
    )
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert _grounds_outside_the_profession(root) == [
        "7412-2-003 «Электромеханик по лифтам»: mining"
    ]
