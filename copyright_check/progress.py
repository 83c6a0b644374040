"""A progress bar on stderr for long batches, and nothing at all anywhere else.

A person watching 200,000 rows go by wants rows per second and an ETA; a script reading
stderr, a pipe or a log file wants no bar codes in it. So the bar appears only when stderr
is a terminal, only once a batch is long enough to be worth it, and never with --quiet.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from rich.progress import TaskID

T = TypeVar("T")

# Below this many rows a batch is over before a bar would be read.
MIN_ROWS = 5_000
# Counting the lines of a text file to estimate its rows costs a read of the file:
# done only for files a bar is shown for, and at most this big.
_COUNT_LIMIT = 2 << 30
_TEXT_SUFFIXES = {".csv", ".tsv", ".txt", ".jsonl", ".ndjson", ""}


def wanted(stream: IO[str] | None, quiet: bool) -> bool:
    return not quiet and stream is not None and stream.isatty()


def estimate_rows(path: Path) -> int | None:
    """Lines of a text file less its header (a multi-line cell makes it a little high:
    an ETA, not a count); None where the rows cannot be counted cheaply."""
    try:
        if path.suffix.lower() not in _TEXT_SUFFIXES or not path.is_file() or path.stat().st_size > _COUNT_LIMIT:
            return None
        lines = 0
        with path.open("rb") as f:
            while block := f.read(1 << 20):
                lines += block.count(b"\n")
        return max(0, lines - 1)
    except OSError:
        return None


def _rate() -> Any:
    """rich.progress is imported only when a bar is shown: most runs show none."""
    from rich.progress import ProgressColumn, Task
    from rich.text import Text

    class _Rate(ProgressColumn):
        def render(self, task: Task) -> Text:
            return Text(f"{task.speed:,.0f} rows/s" if task.speed else "", style="cyan")

    return _Rate()


@contextlib.contextmanager
def tracked(
    items: Iterator[T], path: Path, enabled: bool, rows_in: Callable[[T], int] | None = None,
) -> Iterator[Iterator[T]]:
    """The same items, counted on a bar once MIN_ROWS have passed (or from the start when
    the file is known to be that long). `rows_in`: the rows an item holds (a chunk of
    rows, batch.Block), where an item is not one row."""
    if not enabled:
        yield items
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    total = estimate_rows(path)
    console = Console(file=sys.stderr, stderr=True)
    progress = Progress(
        TextColumn("[bold]assessing"), BarColumn(), MofNCompleteColumn(), _rate(),
        TextColumn("ETA"), TimeRemainingColumn(), TimeElapsedColumn(),
        console=console, transient=True,
    )
    started = False
    task: TaskID | None = None

    def counted() -> Iterator[T]:
        nonlocal started, task
        seen = 0
        for item in items:
            before = seen
            seen += 1 if rows_in is None else rows_in(item)
            if not started and (seen >= MIN_ROWS or (total is not None and total >= MIN_ROWS)):
                progress.start()
                task = progress.add_task("rows", total=max(total, seen) if total is not None else None,
                                         completed=seen)
                started = True
            elif started and task is not None and seen // 256 != before // 256:
                progress.update(task, completed=seen, total=max(total, seen) if total is not None else None)
            yield item

    try:
        yield counted()
    finally:
        if started:
            progress.stop()
