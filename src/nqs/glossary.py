"""The project's glossary: one term per concept in Kazakh, Russian and English, where each
term comes from, and the variants that must not be used.

The glossary lives in docs/glossary.yml and is rendered to docs/glossary.md
(`python -m nqs.glossary > docs/glossary.md`); a test reads every project-authored text and
reports each rejected variant it finds (tests/test_glossary.py).

A pattern is a phrase of words. Kazakh and Russian words are inflected, so a word ending in
`*` matches every word that begins with it (`шешім*`: шешім, шешімі, шешімдері), and a word
without it matches only itself. A rejected variant found inside a span that an allowed
phrase covers (any concept's own term, or another sense of the same word: «сот шешімі»,
«решение об аккредитации») is not reported: «кері қайтар*» is rejected, «кері қайтарып ал*»
is the term.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

# Letters and placeholders ({decision}) are words; a hyphen, digits and punctuation part them.
_TOKEN = re.compile(r"\{\w+\}|[^\W\d_]+")
LANGUAGES = ("kk", "ru", "en")
PATH = Path("docs/glossary.yml")


@dataclass(frozen=True, slots=True)
class Token:
    word: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Pattern:
    """A phrase of words, each a whole word or a stem ending in `*`."""

    text: str

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.text.casefold().split())

    def spans(self, tokens: Sequence[Token]) -> Iterator[tuple[int, int]]:
        """The (first, past-last) token indices of each place the phrase matches."""
        words = self.words
        for first in range(len(tokens) - len(words) + 1):
            if all(
                _matches(word, tokens[first + offset].word) for offset, word in enumerate(words)
            ):
                yield first, first + len(words)


def _matches(word: str, token: str) -> bool:
    if word.endswith("*"):
        return token.startswith(word[:-1])
    return token == word


@dataclass(frozen=True, slots=True)
class Term:
    """A concept's term in one language: the word to use, the patterns that cover its
    inflected forms, and the variants rejected in its place."""

    term: str
    forms: tuple[Pattern, ...]
    rejected: tuple[Pattern, ...]
    source: str


@dataclass(frozen=True, slots=True)
class Concept:
    id: str
    definition: str
    source: str
    terms: dict[str, Term]
    # The same words in another sense, allowed: the Chamber's «решение об аккредитации»
    # is a decision, the Council's act is a recommendation.
    other_senses: dict[str, tuple[Pattern, ...]]


@dataclass(frozen=True, slots=True)
class Variant:
    """A rejected variant found in a text."""

    concept: str
    lang: str
    pattern: str
    found: str
    term: str


def _patterns(values: Any) -> tuple[Pattern, ...]:
    return tuple(Pattern(str(value)) for value in values or ())


def parse(data: dict[str, Any]) -> list[Concept]:
    concepts = []
    for item in data["concepts"]:
        terms = {
            lang: Term(
                term=str(item[lang]["term"]),
                forms=_patterns(item[lang].get("forms")) or (Pattern(str(item[lang]["term"])),),
                rejected=_patterns(item[lang].get("rejected")),
                source=str(item[lang].get("source", "")),
            )
            for lang in LANGUAGES
        }
        others = {lang: _patterns((item.get("other_senses") or {}).get(lang)) for lang in LANGUAGES}
        concepts.append(
            Concept(str(item["id"]), str(item["definition"]), str(item["source"]), terms, others)
        )
    return concepts


def load(root: Path) -> list[Concept]:
    with (root / PATH).open(encoding="utf-8") as stream:
        return parse(yaml.safe_load(stream))


def tokens(text: str) -> list[Token]:
    return [Token(m.group().casefold(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def variants(text: str, lang: str, concepts: Sequence[Concept]) -> list[Variant]:
    """Each rejected variant of a concept's term in a text of the given language."""
    words = tokens(text)
    allowed: list[tuple[int, int]] = []
    for concept in concepts:
        for pattern in (*concept.terms[lang].forms, *concept.other_senses[lang]):
            allowed.extend(pattern.spans(words))
    matches = [
        (first, last, concept, pattern)
        for concept in concepts
        for pattern in concept.terms[lang].rejected
        for first, last in pattern.spans(words)
        if not any(a <= first and last <= b for a, b in allowed)
    ]
    # A variant inside a longer one found at the same place is the same finding.
    return [
        Variant(
            concept.id,
            lang,
            pattern.text,
            text[words[first].start : words[last - 1].end],
            concept.terms[lang].term,
        )
        for first, last, concept, pattern in matches
        if not any(a <= first and last <= b and (a, b) != (first, last) for a, b, _, _ in matches)
    ]


def markdown(concepts: Sequence[Concept]) -> str:
    """The glossary as a page: one section per concept."""
    lines = [
        "# Glossary",
        "",
        "Generated from `docs/glossary.yml` by `python -m nqs.glossary > docs/glossary.md`; "
        "edit the YAML. Every project-authored text (messages, site labels, templates and "
        "pages, the bundled register) uses the term of its language and none of the rejected "
        "variants: `tests/test_glossary.py` checks it. A `*` ends a stem: it stands for every "
        "inflected form of the word.",
        "",
    ]
    for concept in concepts:
        lines += [f"## {concept.terms['en'].term}", "", concept.definition, ""]
        lines += [f"Source: {concept.source}", ""]
        lines += ["| language | term | source | rejected variants |", "| --- | --- | --- | --- |"]
        for lang in LANGUAGES:
            term = concept.terms[lang]
            rejected = ", ".join(f"«{p.text}»" for p in term.rejected) or "—"
            lines.append(f"| {lang} | {term.term} | {term.source or '—'} | {rejected} |")
        others = [
            f"{lang}: " + ", ".join(f"«{p.text}»" for p in patterns)
            for lang, patterns in concept.other_senses.items()
            if patterns
        ]
        if others:
            lines += ["", "The same words in another sense, allowed: " + "; ".join(others) + "."]
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.stdout.write(markdown(load(Path.cwd())))
