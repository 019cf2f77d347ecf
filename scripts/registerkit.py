"""Shared helpers of the upkeep scripts that write register data.

Used by ``import_reference.py`` (text checks), ``make_bundled_register.py`` and the
scale generator: reading the reference CSVs, checking bilingual texts for the
defects the reference data is known to have, making valid BINs, date arithmetic,
and a small YAML emitter that writes the house style exactly.

The emitter is hand-written on purpose: ``yaml.dump`` may emit anchors, aliases,
folded or plain scalars that YAML 1.1 reads as numbers, booleans or dates. Here every
``str`` is single-quoted, every ``datetime.date`` is a plain ``YYYY-MM-DD``, integers
and booleans are plain, mappings and sequences are block style with 2-space indents,
and keys keep the order in which the caller built the mapping (build documents in
schema order).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from nqs.alphabet import CYRILLIC, LATIN, WORD, is_mixed, unmix
from nqs.dates import add_months
from nqs.identifiers import bin_check_digit
from nqs.layout import Kind, classify
from nqs.layout import modeline as layout_modeline
from nqs.loader import BAD_CHARACTER
from nqs.rules.classifier_name import same_name
from nqs.yamltext import quote

REPO_ROOT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------- texts


def mixed_script_words(text: str) -> list[tuple[str, str]]:
    """Words that mix Cyrillic and Latin letters, with the Latin letters found.

    Returns ``[(word, latin_letters)]``; a word is a run of letters, so "IT-жоба" is
    two words and is not reported, while "Солтүстiк" (Latin i) is.
    """
    return [(w, "".join(LATIN.findall(w))) for w in WORD.findall(text) if is_mixed(w)]


def has_control_chars(text: str) -> bool:
    """True when text holds control characters (newlines included) or invisible ones."""
    return bool(BAD_CHARACTER.search(text)) or any(c in text for c in "\n\r\t")


def has_space_defect(text: str) -> bool:
    """True for leading, trailing or doubled spaces."""
    return text != text.strip() or "  " in text


def is_nfc(text: str) -> bool:
    """True when text is in Unicode normalization form C."""
    return unicodedata.is_normalized("NFC", text)


def clean_pair(kk: str, ru: str) -> bool:
    """True when a kk/ru pair can be shown as is: both present, kk really translated,
    no Latin letters inside Cyrillic words, no control characters, NFC, no stray spaces."""
    if not kk or not ru or kk == ru:
        return False
    for text in (kk, ru):
        if mixed_script_words(text) or has_control_chars(text) or has_space_defect(text):
            return False
        if not is_nfc(text):
            return False
    return True


def sentence_case(name: str) -> str:
    """ "ЭЛЕКТРОСВАРЩИК РУЧНОЙ СВАРКИ" -> "Электросварщик ручной сварки"."""
    lower = name.lower()
    return lower[:1].upper() + lower[1:]


def upper_first(text: str) -> str:
    """Capitalise the first letter only, leaving the rest as it is."""
    return text[:1].upper() + text[1:]


# --------------------------------------------------------------------------- CSV


def read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a UTF-8 CSV file with a header line."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_csv(path: Path, fieldnames: Sequence[str], rows: Iterable[Mapping[str, str]]) -> None:
    """Write rows as UTF-8 CSV with LF line endings, quoting only where needed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(fieldnames), lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({key: row[key] for key in fieldnames})


# --------------------------------------------------------------------------- identifiers


def make_bin(yymm: str, serial: int, entity: str = "4", attribute: str = "0") -> str:
    """A valid 12-digit BIN: yymm of registration, entity type (4 resident legal entity,
    5 non-resident, 6 joint IP), attribute (0 head office, 1 branch, 2 representation),
    a 5-digit serial and the check digit. Serials that admit no check digit are skipped
    upwards, so the result is deterministic for given arguments."""
    if not re.fullmatch(r"[0-9]{4}", yymm) or entity not in "456" or len(attribute) != 1:
        raise ValueError(f"bad BIN parts {yymm!r} {entity!r} {attribute!r}")
    while True:
        first11 = f"{yymm}{entity}{attribute}{serial:05d}"
        if len(first11) != 11:
            raise ValueError(f"serial {serial} too large")
        digit = bin_check_digit(first11)
        if digit is not None:
            return f"{first11}{digit}"
        serial += 1


# --------------------------------------------------------------------------- dates


def certificate_expiry(issued: dt.date, years: int = 3) -> dt.date:
    """`years` after issue (three for a certificate of the Chamber), counted as the
    validator's certificate-validity rule counts terms in years."""
    expires = add_months(issued, 12 * years)
    if expires is None:
        raise ValueError(f"no expiry for a certificate issued {issued}")
    return expires


# --------------------------------------------------------------------------- YAML


class EmitError(ValueError):
    """A value the house style cannot write."""


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.datetime):
        raise EmitError("date-times are not used in the registers")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return quote(value)
    raise EmitError(f"cannot write {type(value).__name__}: {value!r}")


def _is_collection(value: Any) -> bool:
    return isinstance(value, Mapping | list | tuple)


def _emit_mapping(
    mapping: Mapping[str, Any], indent: int, out: list[str], first_prefix: str = ""
) -> None:
    pad = " " * indent
    if not mapping:
        raise EmitError("empty mappings are not written")
    for index, (key, value) in enumerate(mapping.items()):
        if not re.fullmatch(r"[a-z][a-z0-9_]*", key):
            raise EmitError(f"key {key!r} is not a plain identifier")
        prefix = first_prefix if index == 0 and first_prefix else pad
        if _is_collection(value):
            out.append(f"{prefix}{key}:")
            _emit_value_block(value, indent + 2, out)
        else:
            out.append(f"{prefix}{key}: {_scalar(value)}")


def _emit_sequence(items: Sequence[Any], indent: int, out: list[str]) -> None:
    pad = " " * indent
    if not items:
        raise EmitError("empty sequences are not written")
    for item in items:
        if isinstance(item, Mapping):
            _emit_mapping(item, indent + 2, out, first_prefix=f"{pad}- ")
        elif isinstance(item, list | tuple):
            raise EmitError("nested sequences are not used in the registers")
        else:
            out.append(f"{pad}- {_scalar(item)}")


def _emit_value_block(value: Any, indent: int, out: list[str]) -> None:
    if isinstance(value, Mapping):
        _emit_mapping(value, indent, out)
    else:
        _emit_sequence(value, indent, out)


def dump(document: Mapping[str, Any]) -> str:
    """The YAML text of a document (a mapping), ending with a newline."""
    out: list[str] = []
    _emit_mapping(document, 0, out)
    return "\n".join(out) + "\n"


def modeline(path: Path, kind: str) -> str:
    """The yaml-language-server modeline of a file (the validator's own), found from the
    tail of its path that the layout recognizes, wherever the repository lies."""
    parts = path.parts
    for start in range(len(parts) - 1, -1, -1):
        relpath = "/".join(parts[start:])
        if classify(relpath) is not None:
            return layout_modeline(relpath, Kind(kind)) + "\n"
    raise ValueError(f"{path} is not on the register's layout")


def write_document(path: Path, kind: str, document: Mapping[str, Any]) -> None:
    """Write one register file: modeline, then the document, UTF-8, LF, no BOM."""
    text = modeline(path, kind) + dump(document)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


# --------------------------------------------------------------------------- register texts
# Stricter than clean_pair: what the validator's text rules accept without a warning.


def fix_lookalikes(text: str) -> str:
    """Replace the Latin look-alike letters inside words that mix Latin and Cyrillic
    (the classifier's «БӨЛIМШЕ» with a Latin I); words wholly in Latin ("IT") are kept."""
    return unmix(text)


def usable_pair(kk: str, ru: str) -> bool:
    """True when a kk/ru pair passes every text rule of the validator cleanly: clean_pair,
    the two differ beyond case and spacing (rule `untranslated`), the Kazakh text has
    Cyrillic letters (rule `kazakh-script`) and no word mixes scripts (rule `mixed-script`)."""
    if not clean_pair(kk, ru):
        return False
    if " ".join(kk.split()).casefold() == " ".join(ru.split()).casefold():
        return False
    if not CYRILLIC.search(kk):
        return False
    return not any(is_mixed(word) for text in (kk, ru) for word in WORD.findall(text))


def classifier_pair(name_kk: str, name_ru: str) -> tuple[str, str] | None:
    """The register's form of a classifier name (sentence case, single spaces, look-alike
    letters fixed), or None when it cannot be used without a warning: untranslated, or with
    Latin words (sentence case would lower "HR" or "WEB", which then no longer compare
    equal to the classifier's capitals letter for letter)."""
    kk = sentence_case(" ".join(fix_lookalikes(name_kk).split()))
    ru = sentence_case(" ".join(fix_lookalikes(name_ru).split()))
    if LATIN.search(kk) or LATIN.search(ru) or not usable_pair(kk, ru):
        return None
    if not (same_name(kk, name_kk) and same_name(ru, name_ru)):
        return None
    return kk, ru
