"""A catalog of texts in several languages, by key: the tool's messages (messages.py) and the
site's labels (site/labels.py) are both rendered and checked by this one code.

A text is a str.format template. A parameter that is a Term is itself a key of the same
catalog, rendered in the same language; a list is its items, each rendered, joined by commas;
a Worded value (a date, formatting.Day) is bound to the text's language and formats itself by
the placeholder's spec («{date:attr}»: the Kazakh case). A count whose placeholder names a
unit of the catalog's counts («{limit:items-gen}») takes the words of the unit in the plural
form CLDR gives the count in the text's language («не меньше 2 элементов», «1 элемента»).
Texts that another library formats (argparse's, with %-placeholders) are checked too.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from nqs.formatting import number, plural

# A %-placeholder, as argparse's texts have them: %(name)s, %r, %s (not %%, a percent sign).
_PERCENT = re.compile(r"%(?:\((\w+)\))?[rsd]")


@dataclass(frozen=True, slots=True)
class Term:
    """A parameter that is translated too (a type name, the form of a code)."""

    key: str


@runtime_checkable
class Worded(Protocol):
    """A parameter that words itself in a language (formatting.Day)."""

    def in_language(self, lang: str) -> object: ...


class Catalog(dict[str, dict[str, str]]):
    """key -> language -> text, the same languages for every key."""

    __slots__ = ("counts", "languages")

    def __init__(
        self,
        languages: tuple[str, ...],
        entries: Mapping[str, tuple[str, ...]],
        counts: Mapping[str, Mapping[str, Mapping[str, str]]] | None = None,
    ) -> None:
        """counts: unit -> language -> CLDR plural category -> '{n} …' (formatting.plural)."""
        super().__init__(
            {key: dict(zip(languages, texts, strict=True)) for key, texts in entries.items()}
        )
        self.languages = languages
        self.counts = counts or {}

    def render(self, key: str, params: Mapping[str, Any], lang: str) -> str:
        values = {name: self._value(value, lang) for name, value in params.items()}
        return self[key][lang].format(**values)

    def _value(self, value: Any, lang: str) -> object:
        if isinstance(value, Term):
            return self.render(value.key, {}, lang)
        if isinstance(value, list | tuple):
            return ", ".join(str(self._value(item, lang)) for item in value)
        # A number or a text, the most common, is never Worded: the check of a protocol is slow.
        if not isinstance(value, int | str) and isinstance(value, Worded):
            return value.in_language(lang)
        return _Counted(value, lang, self.counts) if self.counts else str(value)

    def placeholders(self, key: str) -> dict[str, Counter[str]]:
        """For each language, the placeholders its text of key takes: they must agree, or a
        language would lack a value the others show, or fail to render."""
        found: dict[str, Counter[str]] = {}
        for lang, text in self[key].items():
            names = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
            percent = [f"%({name})" if name else "%" for name in _PERCENT.findall(text)]
            found[lang] = Counter(names + percent)
        return found


@dataclass(frozen=True, slots=True)
class _Counted:
    """A parameter as it is, unless its placeholder names a unit of counts: then the count in
    the unit's words, in the plural form of the count."""

    value: object
    lang: str
    counts: Mapping[str, Mapping[str, Mapping[str, str]]]

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        if spec in self.counts and str(self.value).isdigit():
            n = int(str(self.value))
            return plural(n, self.counts[spec][self.lang], self.lang).format(n=number(n, self.lang))
        return format(str(self.value), spec)
