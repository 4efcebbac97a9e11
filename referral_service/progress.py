"""Progress of long operations (verify, archive): a counter that a command line can show."""
from __future__ import annotations

from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
Progress = Callable[[int], None]
EVERY = 5000


def reporting(items: Iterable[T], progress: Progress | None, every: int = EVERY) -> Iterator[T]:
    """Yield the items, telling `progress` how many went by, every `every` items and at the end."""
    if progress is None:
        yield from items
        return
    pending = 0
    for item in items:
        yield item
        pending += 1
        if pending == every:
            progress(pending)
            pending = 0
    if pending:
        progress(pending)
