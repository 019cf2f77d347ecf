"""Generate a complete register repository at national or stress size, for benchmarks.

    python scripts/generate_scale_register.py [--size national|stress] [--out DIR] [--seed N]

Sizes:

    national  5,000 professions, 1,000 standards,   300 centers  (what the country needs)
    stress   20,000 professions, 4,000 standards, 2,000 centers  (four times that)

The output (default ``benchmarks/data/<size>``, git-ignored) is a self-contained
repository that ``nqs validate --root DIR --as-of 2026-11-24`` checks with no errors and
no warnings other than ``reaccreditation-window`` (centers whose certificate expires
within six months of that date):

- ``schemas/`` and ``reference/`` are copied from this repository, and so are
  ``register/bodies.yml`` and ``register/decisions/`` (the real bodies and the bundled
  council decisions);
- professions use real codes and names of the National Classifier of Occupations
  (``reference/classifier/occupations.csv``), written as the bundled register writes them
  (sentence case, single spaces, Latin look-alike letters fixed). Codes whose names would
  draw a warning as they are (Kazakh name identical to the Russian one, a word mixing
  scripts that cannot be fixed, ...) are not used, nor codes outside the Law's scope
  (``reference/law-scope.csv``, Law 2.3);
- standards take their labour functions, skills and knowledge from the real skills
  reference (``reference/skills/professional_skills.csv``): function names and skills are
  leaves of the current tree (``is_actual=1``) near each other in the part of the tree
  that belongs to the standard's sector, knowledge comes from the earlier tree
  (``is_actual=0``); only rows whose kk/ru texts pass every text rule are used;
- grounds prose comes from the bundled register's hazard and demand phrases and laws
  (``make_bundled_register.py``); centers, founders, addresses and orders are
  illustrative, as in the bundled register.

**More professions than classifier codes.** Profession codes must be unique and exist in
the classifier, which has 12,194 codes, of which about 11,700 are usable. The stress size
asks for 20,000 professions, so it first uses *every* usable classifier code, then
synthesizes the rest: codes ``NNNN-N-9NN`` (serials 900-999 are unused by the real
classifier, whose highest serial is 202) inside existing occupation groups, named after a
real occupation of the same group with a variant suffix ("<name> (вариант 2)" /
"<name> (2-нұсқа)"). These synthesized codes are added to the *output's*
``reference/classifier/occupations.csv`` (the classifier is extended inside the generated
repository only; this repository's reference data is never touched), so the classifier
rules check them as they check real codes. The national size needs no synthesized code
and copies the classifier unchanged.

Everything is deterministic for a given size and seed. File formats follow the house
style exactly: files are written with ``registerkit.write_document`` (modeline first,
every string single-quoted, dates plain, block style).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_bundled_register as bundled
import registerkit as kit
from nqs.rules import law_scope

D = dt.date
Text = tuple[str, str]

SIZES: dict[str, tuple[int, int, int]] = {
    # professions, standards, centers
    "national": (5_000, 1_000, 300),
    "stress": (20_000, 4_000, 2_000),
}
DEFAULT_SEED = 20261124
AS_OF = D(2026, 11, 24)  # the date the generated statuses describe (same as bundled)
MARKER = "GENERATED.json"  # {"complete": true} once the whole output is written

# --------------------------------------------------------------------------- sectors

# Sub-major group of the classifier (first two digits) -> owning sectoral body.
SUBMAJOR_BODY = {
    "01": "emergency", "02": "emergency", "03": "emergency",
    "21": "industry", "22": "health", "23": "digital", "24": "digital", "25": "digital",
    "26": "tourism", "31": "industry", "32": "health", "33": "digital", "34": "tourism",
    "35": "digital", "40": "digital", "41": "digital", "42": "digital", "43": "transport",
    "44": "digital", "51": "tourism", "52": "tourism", "53": "health", "54": "emergency",
    "61": "agriculture", "62": "agriculture", "63": "agriculture", "71": "industry",
    "72": "industry", "73": "industry", "74": "energy", "75": "agriculture",
    "81": "industry", "82": "industry", "83": "transport", "91": "tourism",
    "92": "agriculture", "93": "transport", "94": "tourism", "95": "tourism",
    "96": "emergency",
}  # fmt: skip
# Managers (1x) and anything not listed go by unit group to a body in turn.
ROTATION = ("industry", "energy", "transport", "agriculture", "health", "digital", "tourism")
# Unit groups of mining, energy and the like that the sub-major group would misplace.
UNIT_BODY = {"8111": "energy", "8112": "energy", "8113": "energy", "3131": "energy",
             "3113": "energy", "2151": "energy", "7126": "energy", "8343": "industry"}  # fmt: skip

# Body -> sections of the current skills tree (skills, labour function names).
BODY_SKILLS = {
    "industry": ("C.m", "C.o", "C.r", "C.x", "F.b", "C.t"),
    "energy": ("D.b", "B.b", "E.b"),
    "health": ("Q.b", "C.f"),
    "transport": ("H.s", "H.t", "H.v", "H.w", "G.r"),
    "agriculture": ("A.b", "C.p", "M.v"),
    "emergency": ("N.a", "S.y", "E.b", "F.b"),
    "digital": ("J.k", "J.t", "K.b", "M.b", "M.m"),
    "tourism": ("I.b", "N.t", "R.b", "G.t", "S.y"),
}
# Body -> top codes of the earlier skills tree (knowledge).
BODY_KNOWLEDGE = {
    "industry": ("13", "17", "1"),
    "energy": ("25", "17"),
    "health": ("9", "23"),
    "transport": ("24",),
    "agriculture": ("20", "18", "3"),
    "emergency": ("21", "8"),
    "digital": ("10", "12", "22", "2"),
    "tourism": ("16", "11", "19", "4"),
}
# Body -> laws of the bundled register that make recognition mandatory.
BODY_LAWS = {
    "industry": ("civil-protection-industrial", "labour-code"),
    "energy": ("electric-power", "gas", "civil-protection-industrial"),
    "health": ("health-code", "permits"),
    "transport": ("automobile-transport", "labour-code"),
    "agriculture": ("veterinary", "labour-code"),
    "emergency": ("civil-protection-rescue",),
    "digital": ("labour-code",),
    "tourism": ("labour-code",),
}
# Typical levels by major group (first digit): the centre of a standard's range.
MAJOR_LEVEL = {"0": 4, "1": 7, "2": 6, "3": 5, "4": 3, "5": 3, "6": 3, "7": 3, "8": 3, "9": 2}

# --------------------------------------------------------------------------- centers

PLACES: list[tuple[str, str]] = [  # (kk=ru proper name, latin)
    ("Алатау", "alatau"), ("Ертіс", "ertis"), ("Сарыарқа", "saryarka"), ("Байқоңыр", "baikonur"),
    ("Жетісу", "zhetisu"), ("Қаратау", "karatau"), ("Көкше", "kokshe"), ("Ұлытау", "ulytau"),
    ("Бурабай", "burabai"), ("Маңғыстау", "mangystau"), ("Есіл", "esil"), ("Нұра", "nura"),
    ("Іле", "ile"), ("Талас", "talas"), ("Алтай", "altai"), ("Жайық", "zhaiyk"),
    ("Тобыл", "tobyl"), ("Сыр Бойы", "syr-boiy"), ("Хантәңірі", "khantengri"), ("Арал", "aral"),
    ("Баянауыл", "bayanaul"), ("Шарын", "sharyn"), ("Торғай", "torgai"), ("Мұғалжар", "mugalzhar"),
]  # fmt: skip
FIELDS: dict[str, list[tuple[str, str]]] = {
    "industry": [("Өнеркәсіп", "onerkasip"), ("Дәнекер", "daneker"), ("Металл", "metall"),
                 ("Құрылыс", "qurylys"), ("Машина", "mashina")],
    "energy": [("Энерго", "energo"), ("Электр", "elektr"), ("Газ", "gaz"), ("Мұнай", "munai")],
    "health": [("Медтану", "medtanu"), ("Мед", "med"), ("Денсаулық", "densaulyk")],
    "transport": [("Көлік", "kolik"), ("Жол", "zhol"), ("Логистика", "logistika")],
    "agriculture": [("Агро", "agro"), ("Егін", "egin"), ("Мал", "mal"), ("Дала", "dala")],
    "emergency": [("Құтқару", "qutqaru"), ("Қалқан", "qalqan"), ("Өрт Қауіпсіздік", "ort")],
    "digital": [("Цифрлық", "tsifrlyk"), ("Ақпарат", "akparat"), ("Инфотех", "infotech")],
    "tourism": [("Туризм", "turizm"), ("Сервис", "servis"), ("Қонақ", "qonaq"), ("Гид", "gid")],
}  # fmt: skip
SUFFIXES: list[tuple[str, str]] = [
    ("Біліктілік", "bilikti"), ("Сапа", "sapa"), ("Тану", "tanu"), ("Сараптама", "saraptama"),
    ("Бағалау", "bagalau"), ("Сертификат", "sertifikat"), ("Кәсіп", "kasip"),
]  # fmt: skip
PEOPLE: list[Text] = [  # (kk, ru) of illustrative founders
    ("Жақсылықов Ерлан Серікұлы", "Жаксылыков Ерлан Серикович"),
    ("Омарова Динара Қайратқызы", "Омарова Динара Кайратовна"),
    ("Сейітов Арман Болатұлы", "Сеитов Арман Болатович"),
    ("Тоқтаров Ержан Бекұлы", "Токтаров Ержан Бекович"),
    ("Әбенова Гүлнар Маратқызы", "Абенова Гульнар Маратовна"),
    ("Құрманов Дәурен Асқарұлы", "Курманов Даурен Аскарович"),
    ("Исаева Айгүл Нұрланқызы", "Исаева Айгуль Нурлановна"),
    ("Петров Сергей Николаевич", "Петров Сергей Николаевич"),
    ("Байжанов Нұрлан Еркінұлы", "Байжанов Нурлан Еркинович"),
    ("Серікова Мәдина Ғалымқызы", "Серикова Мадина Галымовна"),
]
RENEWALS: list[Text] = [
    (
        "Бағалау рәсімдерін құжаттау тәртібі жаңартылды, емтихан алушылар құрамы жаңартылды",
        "Обновлен порядок документирования процедур оценки, обновлен состав экзаменаторов",
    ),
    (
        "Бұзушылықтар жойылды, бағалау орындарының жабдықтары талаптарға сәйкестендірілді",
        "Нарушения устранены, оснащение мест оценки приведено в соответствие с требованиями",
    ),
]

# --------------------------------------------------------------------------- reference


@dataclass
class Occupation:
    code: str
    group: str  # NNNN-N
    name: Text  # as the register writes it
    synthesized: bool = False


@dataclass
class Ref:
    rows: list[dict[str, str]]  # the classifier rows, as read
    occupations: dict[str, Occupation]  # usable ones (real and, later, synthesized)
    groups: dict[str, Text]  # usable group names by code
    regions: list[str]
    skills: dict[str, list[Text]]  # section (A.b) -> leaves, in tree order
    knowledge: dict[str, list[Text]]  # top code (13) -> rows of the earlier tree


def load_reference(root: Path) -> Ref:
    ref = root / "reference"
    rows = kit.read_csv(ref / "classifier" / "occupations.csv")
    out_of_scope = {row["group"] for row in kit.read_csv(ref / "law-scope.csv")}
    occupations = {}
    for row in rows:
        name = kit.classifier_pair(row["name_kk"], row["name_ru"])
        if name is not None and out_of_scope.isdisjoint(law_scope.groups(row["code"])):
            occupations[row["code"]] = Occupation(row["code"], row["parent_code"], name)
    groups = {}
    for row in kit.read_csv(ref / "classifier" / "groups.csv"):
        name = kit.classifier_pair(row["name_kk"], row["name_ru"])
        if name is not None:
            groups[row["code"]] = name
    regions = [row["id"] for row in kit.read_csv(ref / "regions.csv")]
    skills: dict[str, list[Text]] = defaultdict(list)
    knowledge: dict[str, list[Text]] = defaultdict(list)
    rows_skills = kit.read_csv(ref / "skills" / "professional_skills.csv")
    rows_skills.sort(key=lambda r: bundled.natural_key(r["code"]))
    seen: set[str] = set()
    for row in rows_skills:
        kk, ru = row["name_kk"], row["name_ru"]
        if row["code"] in bundled.EXCLUDED_SKILL_ROWS or not kit.usable_pair(kk, ru):
            continue
        if ru.casefold() in seen:  # the same text under two codes: keep the first
            continue
        seen.add(ru.casefold())
        parts = row["code"].split(".")
        if row["is_actual"] == "1" and row["is_leaf"] == "1" and len(parts) == 3:
            skills[".".join(parts[:2])].append((kit.upper_first(kk), kit.upper_first(ru)))
        elif row["is_actual"] == "0":
            knowledge[parts[0]].append((kk, ru))
    return Ref(rows, occupations, groups, regions, dict(skills), dict(knowledge))


def synthesize_codes(ref: Ref, count: int) -> list[dict[str, str]]:
    """``count`` new classifier rows NNNN-N-9NN, spread over the occupation groups, named
    after real occupations of the group with a variant number. Adds them to ref."""
    by_group: dict[str, list[Occupation]] = defaultdict(list)
    for occ in ref.occupations.values():
        by_group[occ.group].append(occ)
    groups = sorted(by_group)
    original = {row["code"]: row for row in ref.rows}
    new_rows: list[dict[str, str]] = []
    made: dict[str, int] = defaultdict(int)
    round_ = 0
    while len(new_rows) < count:
        for group in groups:
            if len(new_rows) == count:
                break
            members = by_group[group]
            if round_ >= len(members) * 5 or made[group] >= 100:
                continue
            base = members[round_ % len(members)]
            variant = 2 + round_ // len(members)
            serial = 900 + made[group]
            made[group] += 1
            code = f"{group}-{serial:03d}"
            if code in original or code in ref.occupations:
                raise SystemExit(f"synthesized code {code} already exists")
            row = original[base.code]
            up_kk = " ".join(kit.fix_lookalikes(row["name_kk"]).split())
            up_ru = " ".join(kit.fix_lookalikes(row["name_ru"]).split())
            new_rows.append(
                {
                    "code": code,
                    "name_ru": f"{up_ru} (ВАРИАНТ {variant})",
                    "name_kk": f"{up_kk} ({variant}-НҰСҚА)",
                    "parent_code": group,
                }
            )
            name = (f"{base.name[0]} ({variant}-нұсқа)", f"{base.name[1]} (вариант {variant})")
            ref.occupations[code] = Occupation(code, group, name, synthesized=True)
        round_ += 1
        if round_ > 10_000:
            raise SystemExit(f"cannot synthesize {count} codes")
    return new_rows


def body_of(code: str) -> str:
    unit = code[:4]
    if unit in UNIT_BODY:
        return UNIT_BODY[unit]
    return SUBMAJOR_BODY.get(code[:2]) or ROTATION[int(unit) % len(ROTATION)]


# --------------------------------------------------------------------------- model


@dataclass
class Std:
    code: str
    body: str
    title: Text
    occupations: list[str]
    levels: list[int]
    order: str
    approved: dt.date
    repealed: tuple[str, dt.date] | None = None
    skills: list[Text] = field(default_factory=list)  # every skill written, for professions


@dataclass
class Prof:
    code: str
    body: str
    levels: list[int] = field(default_factory=list)
    standards: list[str] = field(default_factory=list)
    included_by: str = ""
    amended_by: list[str] = field(default_factory=list)
    excluded_by: str | None = None


def level_range(rng: random.Random, code: str, width: int) -> list[int]:
    centre = MAJOR_LEVEL.get(code[0], 3) + rng.choice((-1, 0, 0, 1))
    low = max(1, min(8 - width + 1, centre - width // 2))
    return list(range(low, low + width))


def random_day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    """A day in [start, end], never 29 February (whose anniversaries do not exist)."""
    while True:
        day = start + dt.timedelta(days=rng.randrange((end - start).days + 1))
        if not (day.month == 2 and day.day == 29):
            return day


def plan(
    ref: Ref, rng: random.Random, codes: list[str], n_standards: int, decisions: list[str]
) -> tuple[dict[str, Prof], dict[str, Std]]:
    """Which standard covers which profession, levels, and the decisions of each entry."""
    profs = {code: Prof(code, body_of(code)) for code in codes}
    by_unit: dict[str, list[str]] = defaultdict(list)
    for code in codes:
        by_unit[code[:4]].append(code)
    # Chunks of 2-6 professions of one unit group: each becomes a standard.
    chunks: list[list[str]] = []
    for unit in sorted(by_unit):
        members = by_unit[unit][:]
        rng.shuffle(members)
        while members:
            size = rng.randint(2, 6)
            chunks.append(sorted(members[:size]))
            members = members[size:]
    rng.shuffle(chunks)
    # About one standard in twenty has a repealed predecessor covering the same occupations.
    n_pairs = n_standards // 20
    chunks = chunks[: n_standards - n_pairs]
    replaced = set(rng.sample(range(len(chunks)), min(n_pairs, len(chunks))))
    all_by_unit: dict[str, list[str]] = defaultdict(list)
    for occ in ref.occupations.values():
        all_by_unit[occ.code[:4]].append(occ.code)
    standards: dict[str, Std] = {}
    serials: dict[str, int] = defaultdict(int)
    order = 100

    def new_std(occupations: list[str], levels: list[int], repealed: bool) -> Std:
        nonlocal order
        unit = occupations[0][:4]
        serials[unit] += 1
        if serials[unit] > 999:
            raise SystemExit(f"more than 999 standards for unit group {unit}")
        code = f"PS-{unit}-{serials[unit]:03d}"
        order += rng.randint(1, 3)
        group = ref.occupations[occupations[0]].group
        title = (
            ref.groups.get(group) or ref.groups.get(unit) or ref.occupations[occupations[0]].name
        )
        if repealed:
            approved = random_day(rng, D(2016, 1, 1), D(2019, 12, 31))
        else:
            approved = random_day(rng, D(2020, 1, 1), D(2024, 2, 28))
        return Std(
            code, body_of(occupations[0]), title, occupations[:], levels[:], str(order), approved
        )

    for index, chunk in enumerate(chunks):
        unit = chunk[0][:4]
        # A standard also covers 0-2 occupations of its unit group outside the register.
        others = [c for c in all_by_unit[unit] if c not in profs and c not in chunk]
        extra = rng.sample(others, min(len(others), rng.choice((0, 0, 1, 2))))
        occupations = chunk + sorted(extra)
        levels = level_range(rng, chunk[0], rng.randint(2, 4))
        if index in replaced:
            old = new_std(occupations, levels, repealed=True)
            old.repealed = (str(order + 1), random_day(rng, D(2020, 1, 1), D(2023, 12, 31)))
            standards[old.code] = old
        std = new_std(occupations, levels, repealed=False)
        if index in replaced:  # the successor is approved when the predecessor is repealed
            std.approved = old.repealed[1]  # type: ignore[union-attr]
        standards[std.code] = std
        for code in chunk:
            profs[code].standards.append(std.code)
    # About one covered profession in ten also rests on a second standard of its group.
    in_force_by_unit: dict[str, list[Std]] = defaultdict(list)
    for std in standards.values():
        if std.repealed is None:
            in_force_by_unit[std.code[3:7]].append(std)
    for prof in profs.values():
        if prof.standards and rng.random() < 0.1:
            candidates = [
                s for s in in_force_by_unit[prof.code[:4]] if s.code not in prof.standards
            ]
            if candidates:
                second = rng.choice(candidates)
                second.occupations.append(prof.code)
                prof.standards.append(second.code)
    # Levels: a contiguous run inside what the standards cover.
    for prof in profs.values():
        if prof.standards:
            covered = sorted({lv for c in prof.standards for lv in standards[c].levels})
        else:
            covered = level_range(rng, prof.code, 3)
        width = min(len(covered), rng.choice((1, 2, 2, 3, 3)))
        start = rng.randrange(len(covered) - width + 1)
        prof.levels = covered[start : start + width]
        # Decisions: most entries from the first decision, amendments and exclusions later.
        weights = ([6, 2, 2] + [1] * len(decisions))[: len(decisions)]  # however many there are
        first = rng.choices(range(len(decisions)), weights=weights)[0]
        prof.included_by = decisions[first]
        later = decisions[first + 1 :]
        if later and rng.random() < 0.15:
            prof.amended_by = sorted(rng.sample(later, rng.randint(1, min(2, len(later)))))
        if later and rng.random() < 0.03:
            prof.excluded_by = rng.choice(later)
            prof.amended_by = [d for d in prof.amended_by if d < prof.excluded_by]
    return profs, standards


# --------------------------------------------------------------------------- documents


def text(pair: Text) -> dict[str, str]:
    return {"kk": pair[0], "ru": pair[1]}


def window(rng: random.Random, pool: list[Text], size: int) -> list[Text]:
    """``size`` rows of the pool that stand next to each other in the tree (related)."""
    if len(pool) <= size:
        return pool[:]
    start = rng.randrange(len(pool))
    return (pool[start:] + pool[:start])[:size]


def build_standard(ref: Ref, rng: random.Random, std: Std) -> dict[str, Any]:
    sections = [s for s in BODY_SKILLS[std.body] if len(ref.skills.get(s, ())) >= 40]
    skill_pool = window(rng, ref.skills[rng.choice(sections)], 60)
    rng.shuffle(skill_pool)
    tops = [t for t in BODY_KNOWLEDGE[std.body] if len(ref.knowledge.get(t, ())) >= 30]
    knowledge_pool = window(rng, ref.knowledge[rng.choice(tops)], 30)
    rng.shuffle(knowledge_pool)
    n_functions = rng.randint(3, 6)
    functions = []
    for index in range(n_functions):
        n_skills = rng.randint(3, 6)
        if len(skill_pool) < n_skills + 1:
            break
        name, skills = skill_pool[0], skill_pool[1 : n_skills + 1]
        del skill_pool[: n_skills + 1]
        n_knowledge = rng.randint(2, 4)
        if len(knowledge_pool) < n_knowledge:
            knowledge_pool = window(rng, ref.knowledge[rng.choice(tops)], 30)
        knowledge, knowledge_pool = knowledge_pool[:n_knowledge], knowledge_pool[n_knowledge:]
        level = std.levels[min(len(std.levels) - 1, index * len(std.levels) // n_functions)]
        std.skills += skills
        functions.append(
            {
                "name": text(name),
                "level": level,
                "skills": [text(p) for p in skills],
                "knowledge": [text(p) for p in knowledge],
            }
        )
    doc: dict[str, Any] = {
        "code": std.code,
        "body": std.body,
        "title": text(std.title),
        "occupations": std.occupations,
        "levels": std.levels,
        "approval": {
            "issuer": bundled.text(bundled.ISSUERS[std.body]),
            "order_number": std.order,
            "date": std.approved,
            "body": std.body,
        },
        "status": "repealed" if std.repealed else "in-force",
    }
    if std.repealed:
        doc["repealed"] = {
            "issuer": bundled.text(bundled.ISSUERS[std.body]),
            "order_number": std.repealed[0],
            "date": std.repealed[1],
        }
    doc["functions"] = functions
    return doc


QUALIFICATION_REQUIREMENTS = {
    "health": bundled.QR_HEALTH,
    "staff": bundled.QR_HANDBOOK_STAFF,
    "workers": bundled.QR_HANDBOOK_WORKERS,
}


def build_profession(
    ref: Ref, rng: random.Random, prof: Prof, standards: dict[str, Std]
) -> dict[str, Any]:
    name = ref.occupations[prof.code].name
    law = None
    if rng.random() < 0.35:
        law = rng.choice(BODY_LAWS[prof.body])
    requirements = None
    if not prof.standards:
        if prof.body == "health":
            requirements = QUALIFICATION_REQUIREMENTS["health"]
        elif prof.code[0] in "123":
            requirements = QUALIFICATION_REQUIREMENTS["staff"]
        else:
            requirements = QUALIFICATION_REQUIREMENTS["workers"]
    # The bundled register's prose for the occupation's group (a general text for the groups
    # the bundled register does not cover).
    shape = bundled.Profession(
        prof.code,
        prof.body,
        tuple(prof.levels),
        3,
        prof.included_by,
        law,
        tuple(prof.standards),
        requirements,
    )
    grounds = bundled.grounds(shape, name)
    doc: dict[str, Any] = {
        "code": prof.code,
        "body": prof.body,
        "name": text(name),
        "basis": "mandatory" if law else "voluntary",
    }
    if law:
        doc["legal_act"] = bundled.legal_act(bundled.LAWS[law])
    doc["grounds"] = grounds
    doc["document_validity_years"] = rng.choice((3, 3, 5, 5, 5, 1, 2, 10))
    doc["levels"] = prof.levels
    if prof.standards and rng.random() < 0.3:
        pool = standards[prof.standards[0]].skills
        own = rng.sample(pool, min(len(pool), rng.randint(1, 3)))
        doc["skills"] = [text(p) for p in own]
    doc["status"] = "excluded" if prof.excluded_by else "included"
    doc["included_by"] = prof.included_by
    if prof.amended_by:
        doc["amended_by"] = prof.amended_by
    if prof.excluded_by:
        doc["excluded_by"] = prof.excluded_by
    return doc


@dataclass
class CenterPlace:
    city: Text
    phone_area: str


def center_places() -> tuple[dict[str, list[CenterPlace]], list[Text]]:
    """Cities (with their phone area codes) by region, and streets, from the bundled centers."""
    cities: dict[str, list[CenterPlace]] = defaultdict(list)
    streets: list[Text] = []
    for c in bundled.CENTERS:
        kk, ru = c.address
        place = CenterPlace((kk.split(",")[0], ru.split(",")[0]), c.phone.split()[1])
        if place not in cities[c.region]:
            cities[c.region].append(place)
        kk_street, ru_street = kk.split(", ")[1], ru.split(", ")[1]
        if (kk_street, ru_street) not in streets and not kk_street[0].isdigit():
            streets.append((kk_street, ru_street))
    return cities, streets


def build_certificate(rng: random.Random, index: int, included: dt.date) -> dict[str, Any]:
    """A certificate issued after the professions' inclusion, on the Chamber's route (or,
    for one in twenty, under the law on conformity assessment, for five years), with the
    events of its status: most active, some reissued, revoked, renewed or terminated. The
    procedural dates keep the Law's terms (Law 25.2, 26.3, 26.4)."""
    route = "chamber" if rng.random() < 0.95 else "conformity-assessment"
    status = rng.choices(("active", "revoked", "renewed", "terminated"), weights=(75, 8, 5, 12))[0]
    issued = random_day(rng, included + dt.timedelta(days=10), AS_OF - dt.timedelta(days=60))
    expires = kit.certificate_expiry(issued, 3 if route == "chamber" else 5)
    last = min(expires, AS_OF)
    doc: dict[str, Any] = {
        "number": f"KZ{10_000_000 + index * 7:08d}",
        "route": route,
        "decision": issued - dt.timedelta(days=rng.randint(1, 9)),
        "issued": issued,
        "expires": expires,
    }
    if route == "chamber":
        doc["agreement"] = {
            "number": f"{index + 1:05d}-ПА",
            "date": issued + dt.timedelta(days=rng.randint(1, 40)),
        }
    events: list[dict[str, Any]] = []
    day = issued
    if rng.random() < 0.1 and (last - day).days > 20:
        day += dt.timedelta(days=rng.randint(1, (last - day).days // 2))
        reason = rng.choice(("reorganization", "change-of-name", "change-of-address"))
        events.append({"reissue": {"date": day, "reason": reason}})
    ground = None
    if status == "terminated":
        ground = rng.choices(("revocation", "liquidation", "court-decision"), weights=(2, 2, 1))[0]
    if status in ("revoked", "renewed") or ground == "revocation":
        revoked = day + dt.timedelta(days=rng.randint(8, max(8, (last - day).days // 2)))
        own = status != "renewed" and rng.random() < 0.25
        events.append(
            {
                "revocation": {
                    "ground": "own-request"
                    if own
                    else rng.choice(("procedure-violation", "monitoring", "confirmed-complaints")),
                    "detected": revoked - dt.timedelta(days=rng.randint(0, 7)),
                    "date": revoked,
                    "copy_sent": revoked + dt.timedelta(days=rng.randint(0, 3)),
                    "health_life_safety": not own and status != "renewed" and rng.random() < 0.3,
                }
            }
        )
        day = revoked
        if status == "renewed":
            renewed = day + dt.timedelta(days=rng.randint(1, max(1, (last - day).days - 1)))
            events.append(
                {"renewal": {"date": renewed, "violations_removed": text(rng.choice(RENEWALS))}}
            )
        if ground == "revocation":
            events.append({"termination": {"ground": "revocation", "date": day}})
    elif ground is not None:
        day += dt.timedelta(days=rng.randint(1, max(1, (last - day).days)))
        events.append({"termination": {"ground": ground, "date": day}})
    if events:
        doc["events"] = events
    return doc


def build_centers(
    ref: Ref, rng: random.Random, count: int, profs: dict[str, Prof]
) -> list[tuple[str, dict[str, Any]]]:
    cities, streets = center_places()
    regions = [r for r in ref.regions if r in cities]
    included_by_body: dict[str, list[Prof]] = defaultdict(list)
    # A center covers professions in the register long enough for a certificate issued after
    # their inclusion (Law 24.1(3)) to be some weeks old on AS_OF (build_certificate).
    settled = AS_OF - dt.timedelta(days=80)
    for prof in profs.values():
        if prof.excluded_by is None and D.fromisoformat(prof.included_by[:10]) <= settled:
            included_by_body[prof.body].append(prof)
    bodies = sorted(included_by_body)
    used_bins: set[str] = set()
    used_names: set[str] = set()
    out = []
    for index in range(count):
        body = bodies[index % len(bodies)]
        region = rng.choice(regions)
        place = rng.choice(cities[region])
        street = rng.choice(streets)
        house = f"{rng.randint(1, 240)}{rng.choice(('', '', '', 'А', 'Б', '/1'))}"
        (p_name, p_lat), (f_name, f_lat), (s_name, s_lat) = (
            rng.choice(PLACES),
            rng.choice(FIELDS[body]),
            rng.choice(SUFFIXES),
        )
        inner, domain = f"{p_name} {f_name} {s_name}", f"{p_lat}-{f_lat}-{s_lat}"
        number = 2
        while inner in used_names:
            inner, domain = (
                f"{p_name} {f_name} {s_name}-{number}",
                f"{p_lat}-{f_lat}-{s_lat}-{number}",
            )
            number += 1
        used_names.add(inner)
        while True:
            bin_ = kit.make_bin(
                f"{rng.randint(0, 24):02d}{rng.randint(1, 12):02d}", rng.randint(1, 99_000)
            )
            if bin_ not in used_bins:
                break
        used_bins.add(bin_)
        founders: list[dict[str, Any]] = []
        for person in rng.sample(PEOPLE, rng.choice((1, 1, 2, 3))):
            founders.append({"name": text(person)})
        if rng.random() < 0.3:
            founder_bin = kit.make_bin(f"{rng.randint(0, 20):02d}{rng.randint(1, 12):02d}",
                                       rng.randint(1, 99_000))  # fmt: skip
            founders.insert(
                0,
                {
                    "name": text(
                        (f"«{p_name} {f_name} Сервис» ЖШС", f"ТОО «{p_name} {f_name} Сервис»")
                    ),
                    "bin": founder_bin,
                },
            )
        pool = included_by_body[body]
        chosen = rng.sample(pool, min(len(pool), rng.randint(1, 6)))
        professions = []
        for prof in sorted(chosen, key=lambda p: p.code):
            width = rng.randint(1, len(prof.levels))
            start = rng.randrange(len(prof.levels) - width + 1)
            professions.append({"code": prof.code, "levels": prof.levels[start : start + width]})
        # Accredited in its professions only once they are in the register (Law 24.1(3)).
        included = max(D.fromisoformat(p.included_by[:10]) for p in chosen)
        certificate = build_certificate(rng, index, included)
        doc: dict[str, Any] = {
            "bin": bin_,
            "name": text((f"«{inner}» ЖШС", f"ТОО «{inner}»")),
            "region": region,
            "address": text(
                (
                    f"{place.city[0]}, {street[0]}, {house}",
                    f"{place.city[1]}, {street[1]}, {house}",
                )
            ),
            "contacts": {
                "phone": f"+7 {place.phone_area} "
                + " ".join(str(rng.randint(10, 99)) for _ in range(3)),
                "email": f"info@{domain}.kz",
                "website": f"https://{domain}.kz",
            },
            "founders": founders,
            "educational_institution": False,
            "professions": professions,
            "certificates": [certificate],
        }
        out.append((bin_, doc))
    return out


# --------------------------------------------------------------------------- main


def generate(size: str, out: Path, seed: int = DEFAULT_SEED, quiet: bool = False) -> dict[str, Any]:
    started = time.perf_counter()
    n_professions, n_standards, n_centers = SIZES[size]
    rng = random.Random(f"{seed}-{size}")
    source = kit.REPO_ROOT
    if out.exists():
        if any(out.iterdir()) and not (out / MARKER).exists():
            raise SystemExit(
                f"{out} exists and is not a generated register; refusing to replace it"
            )
        shutil.rmtree(out)
    out.mkdir(parents=True)
    # The marker is written first (so a half-written output can be replaced next time) and
    # completed last (so that readers know the output is whole).
    (out / MARKER).write_text(json.dumps({"size": size, "complete": False}) + "\n", "utf-8")
    shutil.copytree(source / "schemas", out / "schemas")
    shutil.copytree(source / "site", out / "site")
    shutil.copytree(source / "reference", out / "reference")
    (out / "register").mkdir()
    shutil.copy2(source / "register" / "bodies.yml", out / "register" / "bodies.yml")
    shutil.copytree(source / "register" / "decisions", out / "register" / "decisions")
    decisions = sorted(p.stem for p in (out / "register" / "decisions").glob("*.yml"))

    ref = load_reference(source)
    real = sorted(c for c, o in ref.occupations.items() if not o.synthesized)
    synthesized_rows: list[dict[str, str]] = []
    if n_professions <= len(real):
        codes = sorted(rng.sample(real, n_professions))
    else:
        synthesized_rows = synthesize_codes(ref, n_professions - len(real))
        codes = real + [row["code"] for row in synthesized_rows]
        rows = ref.rows + synthesized_rows  # real rows untouched, in their order
        kit.write_csv(
            out / "reference" / "classifier" / "occupations.csv",
            ("code", "name_ru", "name_kk", "parent_code"),
            rows,
        )
    profs, standards = plan(ref, rng, codes, n_standards, decisions)

    for std in standards.values():
        doc = build_standard(ref, rng, std)
        kit.write_document(out / "standards" / std.body / f"{std.code}.yml", "standard", doc)
    for prof in profs.values():
        doc = build_profession(ref, rng, prof, standards)
        path = out / "register" / "professions" / prof.body / f"{prof.code}.yml"
        kit.write_document(path, "profession", doc)
    for bin_, doc in build_centers(ref, rng, n_centers, profs):
        kit.write_document(out / "register" / "centers" / f"{bin_}.yml", "center", doc)

    summary = {
        "size": size,
        "complete": True,
        "seed": seed,
        "as_of": AS_OF.isoformat(),
        "professions": len(profs),
        "professions_synthesized_codes": len(synthesized_rows),
        "professions_with_standards": sum(1 for p in profs.values() if p.standards),
        "professions_excluded": sum(1 for p in profs.values() if p.excluded_by),
        "standards": len(standards),
        "standards_repealed": sum(1 for s in standards.values() if s.repealed),
        "centers": n_centers,
        "decisions": len(decisions),
        "seconds": round(time.perf_counter() - started, 2),
    }
    (out / MARKER).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    if not quiet:
        print(f"wrote {out}: " + ", ".join(f"{k} {v}" for k, v in summary.items()))
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="national")
    parser.add_argument("--out", type=Path, help="output folder (default benchmarks/data/<size>)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    out = args.out or kit.REPO_ROOT / "benchmarks" / "data" / args.size
    generate(args.size, out.resolve(), args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
