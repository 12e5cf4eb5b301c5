"""Progress bars on a terminal, silence everywhere else (pipes, CI, tests)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

console = Console(stderr=True)


class Bar:
    """What a long step reports to; does nothing when there is no terminal."""

    def __init__(self, progress: Progress | None, task) -> None:
        self._progress, self._task = progress, task

    def advance(self, n: int = 1) -> None:
        if self._progress is not None:
            self._progress.advance(self._task, n)

    def describe(self, text: str) -> None:
        if self._progress is not None:
            self._progress.update(self._task, description=text)

    def grow(self, n: int) -> None:
        """Raise the total when a step finds more work than it expected (pages in a file)."""
        if self._progress is not None:
            task = self._progress.tasks[self._task]
            self._progress.update(self._task, total=(task.total or 0) + n)


QUIET = Bar(None, None)


@contextmanager
def progress_bar(description: str, total: int | None) -> Iterator[Bar]:
    if not console.is_terminal:
        yield QUIET
        return
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=False,
    ) as progress:
        yield Bar(progress, progress.add_task(description, total=total))
