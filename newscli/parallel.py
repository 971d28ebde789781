"""Run a function over batches in worker processes, results in input order, with a bounded
number of batches in flight so memory stays flat on any corpus."""
from __future__ import annotations

import multiprocessing
import signal
import sys
from collections import deque
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _worker_start(initializer: Callable | None, initargs: tuple) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle, quietly
    if initializer is not None:
        initializer(*initargs)


def ordered_map(
    func: Callable[[T], R],
    items: Iterable[T],
    jobs: int,
    initializer: Callable | None = None,
    initargs: tuple = (),
) -> Iterator[R]:
    """`map(func, items)` in `jobs` processes; the same results in the same order as jobs=1."""
    if jobs <= 1:
        if initializer is not None:
            initializer(*initargs)
        yield from map(func, items)
        return
    method = "fork" if sys.platform == "linux" else "spawn"
    window = jobs * 3
    with multiprocessing.get_context(method).Pool(jobs, _worker_start, (initializer, initargs)) as pool:
        pending: deque = deque()
        for item in items:
            pending.append(pool.apply_async(func, (item,)))
            if len(pending) >= window:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
