"""Copy the reference data the project needs from ../shared/data into reference/.

The copies make the repository self-contained: the classifier of occupations (groups
and occupations), the 20 regions with their official names, and the skills reference.
Names are copied exactly as in the source; the source's defects are detected and
listed in reference/DEFECTS.md, never silently fixed. The one deliberate change is the
region names, which users see: they are replaced by their official forms from the
visible table REGION_NAMES below, and every replacement is listed in DEFECTS.md.

Usage: python scripts/import_reference.py [--source DIR] [--target DIR]
Running it twice gives byte-identical output.
"""

# ruff: noqa: E501 -- long bilingual data literals are kept on one line each

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import registerkit as kit

REPO_ROOT = kit.REPO_ROOT
DEFAULT_SOURCE = REPO_ROOT.parent / "shared" / "data"
EXPECTED_OCCUPATIONS = 12194  # SOURCE.md
EXPECTED_GROUPS = 1914
MAX_EXAMPLES = 12

# Official names of the 20 first-level units, keyed by their ISO 3166-2:KZ code. Since
# the standard's update of 29 November 2022 the codes are numeric: "KZ-" and the first
# two digits of the unit's KATO code (the source's ISO_3166_2 column still holds the
# withdrawn three-letter codes, KZ-AKM ...; its KATO column gives the current ones).
# Every code below was checked against the ISO 3166-2 data of Debian's iso-codes as
# shipped in pycountry 26.2.16 (PyPI, pycountry/databases/iso3166-2.json): KZ-10 Abay
# oblysy ... KZ-79 Shymkent. Names: source: the Kazakh and Russian names in use since the 2022
# reform (Presidential decree of 8 June 2022: regions Abai, Zhetisu, Ulytau) and the
# renaming of Chimkent to Shymkent (1993). Columns: name_kk, name_ru, name_en.
REGION_NAMES: dict[str, tuple[str, str, str]] = {
    "KZ-10": ("Абай облысы", "область Абай", "Abai Region"),
    "KZ-11": ("Ақмола облысы", "Акмолинская область", "Akmola Region"),
    "KZ-15": ("Ақтөбе облысы", "Актюбинская область", "Aktobe Region"),
    "KZ-19": ("Алматы облысы", "Алматинская область", "Almaty Region"),
    "KZ-23": ("Атырау облысы", "Атырауская область", "Atyrau Region"),
    "KZ-27": ("Батыс Қазақстан облысы", "Западно-Казахстанская область", "West Kazakhstan Region"),
    "KZ-31": ("Жамбыл облысы", "Жамбылская область", "Zhambyl Region"),
    "KZ-33": ("Жетісу облысы", "область Жетісу", "Zhetysu Region"),
    "KZ-35": ("Қарағанды облысы", "Карагандинская область", "Karaganda Region"),
    "KZ-39": ("Қостанай облысы", "Костанайская область", "Kostanay Region"),
    "KZ-43": ("Қызылорда облысы", "Кызылординская область", "Kyzylorda Region"),
    "KZ-47": ("Маңғыстау облысы", "Мангистауская область", "Mangystau Region"),
    "KZ-55": ("Павлодар облысы", "Павлодарская область", "Pavlodar Region"),
    "KZ-59": (
        "Солтүстік Қазақстан облысы",
        "Северо-Казахстанская область",
        "North Kazakhstan Region",
    ),
    "KZ-61": ("Түркістан облысы", "Туркестанская область", "Turkistan Region"),
    "KZ-62": ("Ұлытау облысы", "область Ұлытау", "Ulytau Region"),
    "KZ-63": (
        "Шығыс Қазақстан облысы",
        "Восточно-Казахстанская область",
        "East Kazakhstan Region",
    ),
    "KZ-71": ("Астана қаласы", "город Астана", "Astana city"),
    "KZ-75": ("Алматы қаласы", "город Алматы", "Almaty city"),
    "KZ-79": ("Шымкент қаласы", "город Шымкент", "Shymkent city"),
}

# Why a region's source name differs from the official one, beyond the regular
# "add облысы / область / қаласы / город" derivation.
REGION_NOTES: dict[tuple[str, str], str] = {
    (
        "KZ-59",
        "ADM1_KK",
    ): "source kk has a Latin i (U+0069) in «Солтүстiк»; official «Солтүстік» (Cyrillic і U+0456)",
    ("KZ-79", "ADM1_RU"): "source ru «Чимкент» is the pre-1993 name; official «Шымкент»",
    (
        "KZ-10",
        "ADM1_RU",
    ): "region created in 2022; official ru form «область Абай», not the adjectival «Абайская»",
    (
        "KZ-33",
        "ADM1_RU",
    ): "region created in 2022; official ru form «область Жетісу», not «Жетысуская»",
    (
        "KZ-62",
        "ADM1_RU",
    ): "region created in 2022; official ru form «область Ұлытау», not «Улытауская»",
}

OCCUPATION_CODE = re.compile(r"^[0-9]{4}-[0-9]-[0-9]{3}$")
GROUP_CODE = re.compile(r"^(?:[0-9]{1,4}|[0-9]{4}-[0-9])$")
SKILL_CODE_NEW = re.compile(r"^[A-Z](?:\.[a-z](?:\.[0-9]+)?)?$")
SKILL_CODE_OLD = re.compile(r"^[0-9]+(?:\.[0-9]+)*$")


@dataclass(frozen=True)
class Defect:
    """One finding: which file and row, which field, the offending text, and why."""

    category: str
    file: str
    code: str
    field: str
    text: str
    detail: str = ""


CATEGORIES: dict[str, str] = {
    "latin-in-cyrillic": "Latin letters inside Cyrillic words (look-alike letters)",
    "kk-equals-ru": "Kazakh name identical to the Russian name (untranslated)",
    "empty-name": "Empty names",
    "code-pattern": "Codes not matching the expected pattern",
    "parent-missing": "Parent codes that do not exist",
    "parent-mismatch": "Parent that does not match the code's own prefix",
    "duplicate-code": "Duplicate codes",
    "non-nfc": "Text not in Unicode NFC",
    "control-char": "Control, line-break or zero-width characters",
    "spaces": "Leading, trailing or double spaces",
    "lower-case-name": "Names not in upper case like the rest of the classifier",
    "region-code": "Withdrawn ISO 3166-2 codes replaced by the current ones (applied corrections)",
    "region-correction": "Region names replaced by their official forms (applied corrections)",
}


def show(text: str, limit: int = 140) -> str:
    """Text for Markdown: control characters made visible, kept short (to ``limit``)."""
    visible = "".join(
        f"\\u{ord(ch):04x}" if kit.has_control_chars(ch) or unicodedata.category(ch) == "Cf" else ch
        for ch in text
    )
    if len(visible) > limit:
        visible = visible[: limit - 3] + "..."
    return visible.replace("|", "\\|")


class Checker:
    """Collects defects of all the files in one list, in a deterministic order."""

    def __init__(self) -> None:
        self.defects: list[Defect] = []

    def add(
        self, category: str, file: str, code: str, field: str, text: str, detail: str = ""
    ) -> None:
        self.defects.append(Defect(category, file, code, field, text, detail))

    def texts(self, file: str, code: str, names: dict[str, str], bilingual: bool = True) -> None:
        """The checks every name gets; kk/ru comparison when both are given."""
        for field, text in names.items():
            if text.strip() == "":
                self.add("empty-name", file, code, field, text)
                continue
            for word, latin in kit.mixed_script_words(text):
                letters = ", ".join(f"{ch} U+{ord(ch):04X}" for ch in dict.fromkeys(latin))
                self.add("latin-in-cyrillic", file, code, field, text, f"«{word}»: Latin {letters}")
            if not kit.is_nfc(text):
                self.add("non-nfc", file, code, field, text)
            if kit.has_control_chars(text) or any(unicodedata.category(ch) == "Cf" for ch in text):
                self.add("control-char", file, code, field, text)
            if kit.has_space_defect(text):
                kind = []
                if text != text.lstrip():
                    kind.append("leading")
                if text != text.rstrip():
                    kind.append("trailing")
                if "  " in text:
                    kind.append("double")
                self.add("spaces", file, code, field, text, " and ".join(kind) + " space")
        if bilingual:
            kk, ru = names.get("name_kk", ""), names.get("name_ru", "")
            if kk.strip() and kk.strip() == ru.strip():
                self.add("kk-equals-ru", file, code, "name_kk", kk)


def check_duplicates(checker: Checker, file: str, codes: list[str], what: str = "code") -> None:
    counts = Counter(codes)
    for code, count in counts.items():
        if count > 1:
            checker.add("duplicate-code", file, code, what, code, f"{count} rows")


def import_classifier(source: Path, target: Path, checker: Checker) -> tuple[int, int]:
    groups = kit.read_csv(source / "nkz" / "groups.csv")
    occupations = kit.read_csv(source / "nkz" / "occupations.csv")
    group_codes = {row["code"] for row in groups}
    gfile, ofile = "nkz/groups.csv", "nkz/occupations.csv"

    check_duplicates(checker, gfile, [row["code"] for row in groups])
    for row in groups:
        code, parent = row["code"], row["parent_code"]
        if not GROUP_CODE.match(code):
            checker.add(
                "code-pattern", gfile, code, "code", code, "expected N, NN, NNN, NNNN or NNNN-N"
            )
        if parent and parent not in group_codes:
            checker.add("parent-missing", gfile, code, "parent_code", parent)
        elif GROUP_CODE.match(code) and len(code) > 1:
            expected = code[:4] if "-" in code else code[:-1]
            if parent != expected:
                checker.add(
                    "parent-mismatch", gfile, code, "parent_code", parent, f"expected {expected}"
                )
        checker.texts(gfile, code, {"name_ru": row["name_ru"], "name_kk": row["name_kk"]})

    check_duplicates(checker, ofile, [row["code"] for row in occupations])
    for row in occupations:
        code, parent = row["code"], row["parent_code"]
        if not OCCUPATION_CODE.match(code):
            checker.add("code-pattern", ofile, code, "code", code, "expected NNNN-N-NNN")
        if parent not in group_codes:
            checker.add("parent-missing", ofile, code, "parent_code", parent)
        elif OCCUPATION_CODE.match(code) and parent != code[:6]:
            checker.add(
                "parent-mismatch", ofile, code, "parent_code", parent, f"expected {code[:6]}"
            )
        names = {"name_ru": row["name_ru"], "name_kk": row["name_kk"]}
        checker.texts(ofile, code, names)
        for field, text in names.items():
            if text.strip() and text != text.upper():
                checker.add("lower-case-name", ofile, code, field, text)

    fields = ["code", "name_ru", "name_kk", "parent_code"]
    kit.write_csv(target / "classifier" / "occupations.csv", fields, occupations)
    kit.write_csv(target / "classifier" / "groups.csv", fields, groups)
    return len(occupations), len(groups)


def import_skills(source: Path, target: Path, checker: Checker) -> dict[str, int]:
    fields = ["id", "parent_id", "code", "name_ru", "name_kk", "is_leaf", "is_actual"]
    counts: dict[str, int] = {}
    for name in ("professional_skills", "general_skills"):
        file = f"skills/{name}.csv"
        rows = kit.read_csv(source / "skills" / f"{name}.csv")
        ids = {row["id"] for row in rows}
        by_id = {row["id"]: row for row in rows}
        children: dict[str, int] = defaultdict(int)
        for row in rows:
            children[row["parent_id"]] += 1
        check_duplicates(checker, file, [row["id"] for row in rows], "id")
        # A code may repeat across the two generations of the tree; report repeats
        # among the current (is_actual=1) rows only, where a code must identify a skill.
        check_duplicates(checker, file, [row["code"] for row in rows if row["is_actual"] == "1"])
        for row in rows:
            ref = f"{row['code']} (id {row['id']})"
            code, parent_id = row["code"], row["parent_id"]
            if not (SKILL_CODE_NEW.match(code) or SKILL_CODE_OLD.match(code)):
                checker.add(
                    "code-pattern", file, ref, "code", code, "expected dotted numbers or A.b.N"
                )
            if parent_id and parent_id not in ids:
                checker.add("parent-missing", file, ref, "parent_id", parent_id)
            elif parent_id:
                parent_code = by_id[parent_id]["code"]
                if not code.startswith(parent_code.rstrip(".") + "."):
                    checker.add(
                        "parent-mismatch",
                        file,
                        ref,
                        "parent_id",
                        parent_id,
                        f"parent code {parent_code} is not a prefix of {code}",
                    )
            elif SKILL_CODE_OLD.match(code.rstrip(".")) and "." in code.rstrip("."):
                # Only the numeric generation of the tree encodes the parent in the code;
                # the current generation (A.b.N, B.l.N) is flat by design.
                checker.add(
                    "parent-missing",
                    file,
                    ref,
                    "parent_id",
                    "(empty)",
                    f"code {code} implies a parent, none given",
                )
            checker.texts(file, ref, {"name_ru": row["name_ru"], "name_kk": row["name_kk"]})
        kit.write_csv(target / "skills" / f"{name}.csv", fields, rows)
        counts[name] = len(rows)
    return counts


def import_regions(source: Path, target: Path, checker: Checker) -> int:
    rows = kit.read_csv(source / "regions" / "regions_2024.csv")
    file = "regions/regions_2024.csv"
    out = []
    seen = set()
    for row in rows:
        iso = f"KZ-{row['KATO'][:2]}"
        seen.add(iso)
        if row["ISO_3166_2"] != iso:
            checker.add(
                "region-code",
                file,
                iso,
                "ISO_3166_2",
                row["ISO_3166_2"],
                f"→ {iso}; ISO 3166-2:KZ has used the KATO digits since its 2022 update",
            )
        checker.texts(
            file, iso, {"name_ru": row["ADM1_RU"], "name_kk": row["ADM1_KK"]}, bilingual=False
        )
        if iso not in REGION_NAMES:
            raise SystemExit(f"{file}: region {iso} is not in REGION_NAMES; extend the table")
        kk, ru, en = REGION_NAMES[iso]
        for field, old, new in (
            ("ADM1_KK", row["ADM1_KK"], kk),
            ("ADM1_RU", row["ADM1_RU"], ru),
            ("ADM1_EN", row["ADM1_EN"], en),
        ):
            if old != new:
                note = REGION_NOTES.get((iso, field), "derived: official form of the name")
                checker.add("region-correction", file, iso, field, old, f"→ «{new}»; {note}")
        out.append({"id": iso, "kato": row["KATO"], "name_kk": kk, "name_ru": ru, "name_en": en})
    missing = set(REGION_NAMES) - seen
    if missing or len(out) != 20:
        raise SystemExit(
            f"{file}: expected the 20 regions of REGION_NAMES, missing {sorted(missing)}"
        )
    kit.write_csv(target / "regions.csv", ["id", "kato", "name_kk", "name_ru", "name_en"], out)
    return len(out)


WHOLE = 10_000  # a correction lists the source's wording whole


def render_corrections(rows: list[dict[str, str]]) -> list[str]:
    """The section of DEFECTS.md that lists the corrections the register makes to the source
    texts (corrections.csv, written by hand after a bilingual review)."""
    lines = [
        "",
        "## Texts corrected in the register (`corrections.csv`)",
        "",
        "The source files above are left as they are; the register shows these texts corrected",
        "(the bundled register's generator applies them; the rule `classifier-name` accepts a",
        "corrected occupation name). Each row: the source's wording, the correction, and why.",
        "",
    ]
    if not rows:
        return [*lines, "None."]
    lines += [
        "| file | code | lang | source | correction | why |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    lines += [
        f"| `{show(r['file'])}` | `{show(r['code'])}` | {show(r['lang'])} | "
        f"«{show(r['source'], WHOLE)}» | "
        f"«{show(r['corrected'], WHOLE)}» | {show(r['reason'], WHOLE)} |"
        for r in rows
    ]
    return lines


def render_defects(
    checker: Checker, counts: dict[str, int], corrections: list[dict[str, str]]
) -> str:
    by_category: dict[str, list[Defect]] = defaultdict(list)
    for defect in checker.defects:
        by_category[defect.category].append(defect)
    lines = [
        "# Defects found in the reference data",
        "",
        "Generated by `scripts/import_reference.py`; do not edit. The source data in",
        "`reference/` is copied as it is (region names excepted, see the region sections):",
        "these defects are still there, and code that shows names to users must cope. The",
        "last section lists the texts the register shows corrected (`corrections.csv`).",
        "",
        "| file | rows |",
        "| --- | ---: |",
    ]
    lines += [f"| `{name}` | {count:,} |" for name, count in counts.items()]
    lines += ["", "## Summary", "", "| defect | total | by file |", "| --- | ---: | --- |"]
    for category, title in CATEGORIES.items():
        found = by_category.get(category, [])
        per_file = Counter(d.file for d in found)
        files = ", ".join(f"`{f}` {n:,}" for f, n in sorted(per_file.items())) or "—"
        lines.append(f"| {title} | {len(found):,} | {files} |")
    for category, title in CATEGORIES.items():
        found = by_category.get(category, [])
        lines += ["", f"## {title}", ""]
        if not found:
            lines.append("None found.")
            continue
        lines.append(f"{len(found):,} found.")
        if category == "latin-in-cyrillic":
            letters = Counter(
                ch for d in found for ch in d.detail.split("Latin ", 1)[1].split(", ") if ch
            )
            lines.append(
                "Latin letters involved: "
                + ", ".join(f"`{k}` ×{v}" for k, v in sorted(letters.items()))
                + "."
            )
        per_file_field = Counter((d.file, d.field) for d in found)
        lines.append(
            "By file and field: "
            + "; ".join(f"`{f}` {fld} {n:,}" for (f, fld), n in sorted(per_file_field.items()))
            + "."
        )
        lines.append("")
        limit = len(found) if category.startswith("region-") else MAX_EXAMPLES
        shown_files: Counter[str] = Counter()
        examples = []
        for defect in found:
            # Spread the examples over the files rather than showing one file only.
            if not category.startswith("region-") and shown_files[defect.file] >= max(
                3, limit // len(per_file_field or {1: 1})
            ):
                continue
            shown_files[defect.file] += 1
            examples.append(defect)
            if len(examples) >= limit:
                break
        lines += ["| file | code | field | text | detail |", "| --- | --- | --- | --- | --- |"]
        for d in examples:
            lines.append(
                f"| `{show(d.file)}` | `{show(d.code)}` | {show(d.field)} | «{show(d.text)}» | "
                f"{show(d.detail)} |"
            )
        if len(examples) < len(found):
            lines.append("")
            lines.append(f"… and {len(found) - len(examples):,} more.")
    return "\n".join(lines + render_corrections(corrections)) + "\n"


README = """# Reference data

Produced by `scripts/import_reference.py` from `../shared/data/` (run it again with
`python scripts/import_reference.py [--source DIR]`; the output is byte-identical for
the same input). Do not edit these files by hand. The project reads only this folder,
never `../shared`.

| file | from | what changed |
| --- | --- | --- |
| `classifier/occupations.csv` | `nkz/occupations.csv` | columns `code,name_ru,name_kk,parent_code` kept; `actual_date` dropped; rows and names as in the source |
| `classifier/groups.csv` | `nkz/groups.csv` | columns `code,name_ru,name_kk,parent_code` kept; `no_leaf`, `actual_date` dropped |
| `regions.csv` | `regions/regions_2024.csv` | `id` = ISO 3166-2:KZ code, numeric since the standard's 2022 update (`KZ-` and the first two digits of `kato`; the source's column holds the withdrawn letter codes), `kato`; names replaced by their official forms from the table in the script (listed in `DEFECTS.md`) |
| `skills/professional_skills.csv` | `skills/professional_skills.csv` | all rows and columns, as in the source |
| `skills/general_skills.csv` | `skills/general_skills.csv` | all rows and columns, as in the source |
| `DEFECTS.md` | — | the defects the script found in the source data, with counts and examples |
| `corrections.csv` | — (written by hand; the script leaves it as it is and lists it in `DEFECTS.md`) | texts of the classifier and the skills reference that the register shows corrected, after a bilingual review: `file` (`classifier/occupations.csv` or `skills/professional_skills.csv`), `code`, `lang`, `source` (the source's wording, exactly), `corrected`, `reason`. The bundled register's generator applies them (and stops if a source's wording changed or a correction is not used); the rule `classifier-name` accepts a corrected occupation name while the classifier keeps the `source` wording |
| `law-scope.csv` | — (written by hand; the script leaves it as it is) | the classifier groups whose occupations the Law does not apply to (Law 2.3): `group` (a code of `classifier/groups.csv`), `item` (the sub-item of Law 2.3), `reason` (read from the group's own name in the classifier); the rule `law-scope` warns on a profession in one of them. Not listed: the staff of the financial-market regulator (Law 2.3(2)), for whom the classifier has no group of their own |

## Provenance (from `../shared/data/SOURCE.md`)

Nothing here was written for this project. It is public data, copied or converted
(UTF-8 CSV) from public repositories. It is real, so it has real defects: treat it
as input to check, not as truth to trust blindly.

**National Classifier of Occupations of Kazakhstan** (НКЗ / ҰКЖ, NK RK 01-2017).
From the public repository `smas655/esutd-soap-service`, file
`src/main/resources/references/D_POSITION.xlsx` (commit
d6abc261b753974267ccf222d3b6817c40bacc91, 2025-05-31): the position reference of
the labour-contract registration system, described there as the classifier approved
on 11 May 2017 No. 130-од. Only current rows (`IS_ACTUAL=1`) are kept.
`occupations.csv` holds the occupations, code form `NNNN-N-NNN` (e.g. `7212-1-008`,
welder), with `parent_code` the `NNNN-N` group; `groups.csv` the higher levels:
major group `N`, sub-major `NN`, minor `NNN`, unit group `NNNN` (= ISCO-08 unit
group), occupation group `NNNN-N`. A few special codes do not follow the numeric
pattern. Names are almost all in upper case, as in the source.

**Skills reference** of the same system (same repository and commit).
`professional_skills.csv` is a tree (`id`, `parent_id`, dotted `code`) of
professional fields and skills, Russian and Kazakh names; `is_leaf`, `is_actual` as
in the source. `general_skills.csv` holds general (soft) skills, Russian and Kazakh.

**Regions**: the 20 first-level units of Kazakhstan (17 regions, 3 cities of
republican significance), 2024. From the public R package repository
`arodionoff/geokz` (CC BY 4.0), file `inst/shape/kaz_admbnda_adm1_2024.dbf`, commit
41c1a00454ec9e01bda031b5074920bd82de02ce, converted to CSV. KATO code, Kazakh,
Russian and English names. The Russian names there are adjectival forms (e.g.
"Абайская") and some Kazakh strings contain Latin look-alike letters; the official
forms used here are e.g. "область Абай", "область Жетісу", "область Ұлытау",
"город Шымкент", "Солтүстік Қазақстан облысы".

**Region codes**: ISO 3166-2:KZ, as updated on 29 November 2022 (numeric codes, the
first two digits of the KATO code; the three new regions Abai KZ-10, Zhetisu KZ-33,
Ulytau KZ-62). Each of the 20 codes was checked against the ISO 3166-2 data of
Debian's `iso-codes` as shipped in `pycountry` 26.2.16 (PyPI,
`pycountry/databases/iso3166-2.json`), and against the Wikipedia article
"ISO 3166-2:KZ". The source's `ISO_3166_2` column still holds the withdrawn letter
codes (KZ-AKM, KZ-YUZ ...); `DEFECTS.md` lists each replacement.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--source", type=Path, default=DEFAULT_SOURCE, help="the shared data folder"
    )
    parser.add_argument(
        "--target", type=Path, default=REPO_ROOT / "reference", help="where to write"
    )
    args = parser.parse_args(argv)
    source: Path = args.source
    target: Path = args.target
    if not (source / "nkz" / "occupations.csv").is_file():
        print(f"error: {source} does not hold nkz/occupations.csv", file=sys.stderr)
        return 2

    checker = Checker()
    corrections_file = target / "corrections.csv"
    corrections = kit.read_csv(corrections_file) if corrections_file.exists() else []
    n_occ, n_groups = import_classifier(source, target, checker)
    n_regions = import_regions(source, target, checker)
    skills = import_skills(source, target, checker)
    counts = {
        "nkz/occupations.csv": n_occ,
        "nkz/groups.csv": n_groups,
        "regions/regions_2024.csv": n_regions,
        "skills/professional_skills.csv": skills["professional_skills"],
        "skills/general_skills.csv": skills["general_skills"],
    }
    (target / "DEFECTS.md").write_text(
        render_defects(checker, counts, corrections), encoding="utf-8", newline="\n"
    )
    (target / "README.md").write_text(README, encoding="utf-8", newline="\n")

    print(
        f"reference/: {n_occ:,} occupations, {n_groups:,} groups, {n_regions} regions, "
        f"{skills['professional_skills']:,} professional and {skills['general_skills']:,} general skills"
    )
    if n_occ != EXPECTED_OCCUPATIONS or n_groups != EXPECTED_GROUPS:
        print(
            f"warning: SOURCE.md announces {EXPECTED_OCCUPATIONS:,} occupations and "
            f"{EXPECTED_GROUPS:,} groups"
        )
    by_category = Counter(d.category for d in checker.defects)
    print("defects found (details in reference/DEFECTS.md):")
    for category, title in CATEGORIES.items():
        print(f"  {by_category.get(category, 0):6,}  {title}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
