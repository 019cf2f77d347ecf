"""What a build is doing, shown on stderr while it runs (stdout stays the build's result).

A build goes through stages (STAGES), each ended with a count: validation (files checked),
the editions' registers, downloads and API documents, the search index (pages indexed),
each language's pages. On a terminal the stages are a live display (rich): the running ones
with a spinner, the finished ones with their counts. Elsewhere (a CI log, a pipe) each stage
says one plain line when it ends. Compact (nqs serve, which rebuilds on every change): the
live display disappears when the build ends, and the plain lines are one line per build.

Only the catalog's words, language codes and counts are shown: never a value of the data,
whose bytes are hostile. The workers of a build report nothing themselves: their counts come
back in their results and are shown by the process that started them.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

from nqs.messages import render

if TYPE_CHECKING:
    from rich.progress import Progress as Display
    from rich.progress import TaskID

STAGES = ("validation", "editions", "downloads", "search", "pages")


class Progress:
    """The stages of one build, shown in lang on stream (None: shown nowhere)."""

    def __init__(self, lang: str, stream: TextIO | None, compact: bool = False) -> None:
        self.lang = lang
        self.compact = compact
        self.stream = stream
        self._lines: list[str] = []
        self._tasks: dict[tuple[str, str], TaskID] = {}
        self._display: Display | None = None
        if stream is not None and stream.isatty():
            self._display = _display(stream, transient=compact)

    def __enter__(self) -> Progress:
        if self._display is not None:
            self._display.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._display is not None:
            self._display.stop()  # also on Ctrl+C: the cursor is shown again
        elif self._lines and self.compact and kind is None:
            self._say(" · ".join(self._lines))

    def start(self, stage: str, site: str = "") -> None:
        """A stage begins (site: the language of a language's stage)."""
        if self._display is not None:
            name = self._name(stage, site)
            self._tasks[stage, site] = self._display.add_task(name, total=None)

    def done(self, stage: str, count: int, site: str = "") -> None:
        """A stage ended with count (files, documents, pages)."""
        stage_name = self._name(stage, site)
        line = render("progress-line", {"stage": stage_name, "count": count}, self.lang)
        if self._display is not None:
            task = self._tasks.get((stage, site))
            if task is None:
                task = self._display.add_task(line, total=None)
            self._display.update(task, description=line, total=1, completed=1)
        elif self.compact:
            self._lines.append(line)
        else:
            self._say(line)

    @contextmanager
    def still(self) -> Iterator[None]:
        """Within: the live display writes nothing. A process forked meanwhile copies no
        half-written output (which it would write again as it ends)."""
        if self._display is None:
            yield
            return
        with self._display.live._lock:  # the lock each refresh of the display takes
            self._display.console.file.flush()
            yield

    def _name(self, stage: str, site: str) -> str:
        assert stage in STAGES, stage
        return render(f"progress-{stage}", {"site": site}, self.lang)

    def _say(self, line: str) -> None:
        if self.stream is not None:
            self.stream.write(f"nqs: {line}\n")
            self.stream.flush()


def _display(stream: TextIO, transient: bool) -> Display:
    """rich's live display on stream: spinner, stage and count, time since it began."""
    from rich.console import Console
    from rich.progress import Progress as Display
    from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

    return Display(
        SpinnerColumn(finished_text="✓"),
        TextColumn("{task.description}", markup=False),
        TimeElapsedColumn(),
        console=Console(file=stream),
        transient=transient,
        refresh_per_second=4,  # a stage lasts seconds: a spinner's pace, little output
        # What is printed meanwhile (the report of the warnings) goes where it was sent:
        # above the display when stdout is the same terminal, else untouched.
        redirect_stdout=sys.stdout.isatty(),
        redirect_stderr=False,
    )
