"""Text that a proposal controls (file names, folder names, values), escaped for where it is
shown: one function per destination.

Shown raw, a file name holding a newline could forge a line of the report or a GitHub
workflow command (`::error ...`), an escape sequence could rewrite the terminal, and a
backtick or `<script>` could put HTML into a job summary.
"""

from __future__ import annotations

import os
import re
import unicodedata

# Characters a reader cannot see or that move the cursor: controls, line and paragraph
# separators, invisible format characters (bidi overrides, zero-width), surrogates and
# private use.
_UNSHOWN = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co"})
_MARKDOWN = re.compile(r"([\\`*_{}\[\]<>()#+!|~&])")


def terminal(text: str) -> str:
    """For a terminal or a log: every character a reader cannot see, as a visible escape
    (\\n, \\x1b, \\u202e), so that a text is always one line and shows what it holds."""
    if text.isprintable():
        return text
    return "".join(
        ch.encode("unicode_escape").decode("ascii") if unicodedata.category(ch) in _UNSHOWN else ch
        for ch in text
    )


def refused(exc: OSError) -> str:
    """What the system refused, for the message cli-system-error: its reason and the file,
    escaped."""
    where = f" ({terminal(os.fsdecode(exc.filename))})" if exc.filename else ""
    return (exc.strerror or type(exc).__name__) + where


def ascii_name(text: str) -> str:
    """For a name that is ASCII when it is right (a Git reference, a cycle, a branch): shown
    as for a terminal, and every other character as its escape, so that a look-alike letter
    (a Cyrillic с, \\u0441, for the Latin c) is seen where the name is refused."""
    return terminal(text).encode("ascii", "backslashreplace").decode("ascii")


def github(text: str, *, prop: bool = False) -> str:
    """For a GitHub workflow command: shown as for a terminal, then `%`, CR and LF
    percent-encoded, and in a property (file=, title=) also `:` and `,`, as GitHub's
    documentation of workflow commands says."""
    value = terminal(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if prop else value


def markdown(text: str) -> str:
    """For Markdown (a pull request's job summary): one line, shown as for a terminal, with
    every character that Markdown or HTML would read as markup backslash-escaped."""
    return _MARKDOWN.sub(r"\\\1", " ".join(terminal(text).split()))
