"""Run a function over batches in worker processes, results in input order.

Not `multiprocessing.Pool`: its `terminate()` joins a feeder thread that can be stuck writing
to a worker, so `| head -1`, a bad record or Ctrl-C could hang the command. Here each worker
has one pipe and at most one batch in flight, the parent does all the waiting itself (no
threads), and every way out ends with the workers killed: nothing is left to hang on, and
memory stays flat (at most one batch per worker is in flight).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from typing import TypeVar

from .errors import NewscliError

T = TypeVar("T")
R = TypeVar("R")
# Signals whose arrival during a fork must wait until the child has set its own handlers.
STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM} | (
    {signal.SIGHUP} if hasattr(signal, "SIGHUP") else set()
)


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def record_batches(
    records: Iterable[dict], size: int, chars: int | None = None
) -> Iterator[list[dict]]:
    """Batches of at most `size` records (and, with `chars`, about that many characters of
    text). A bad record line ends the batches, but only after the records before it went out
    in a batch, as they would one at a time."""
    batch: list[dict] = []
    held = 0
    try:
        for record in records:
            batch.append(record)
            if chars is not None:
                held += len(record.get("text") or "")
            if len(batch) >= size or (chars is not None and held >= chars):
                yield batch
                batch, held = [], 0
    except NewscliError:
        if batch:
            yield batch
        raise
    if batch:
        yield batch


def usable_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def ordered_map(
    func: Callable[[T], R],
    items: Iterable[T],
    jobs: int,
    initializer: Callable | None = None,
    initargs: tuple = (),
) -> Iterator[R]:
    """`map(func, items)` in up to `jobs` processes; the same results in the same order as jobs=1.

    No more processes than cores, nor than batches of work. An input error (NewscliError)
    raised while reading `items` comes after the results of every item before it."""
    feed = _Feed(items)
    wanted = min(jobs, usable_cores())
    head = list(islice(feed, wanted))  # bounded by the work: 10 records need no 500 processes
    work = chain(head, feed)
    if min(wanted, len(head)) <= 1:
        if initializer is not None:
            initializer(*initargs)
        yield from map(func, work)
    else:
        workers = Workers()
        try:
            workers.start(len(head), func, initializer, initargs)
            yield from workers.map(work)
        finally:
            workers.stop()
    feed.raise_error()


class _Feed:
    """The items up to the first input error, which is kept to be raised after the results."""

    def __init__(self, items: Iterable[T]):
        self.items = iter(items)
        self.error: NewscliError | None = None

    def __iter__(self):
        return self

    def __next__(self):
        if self.error is not None:
            raise StopIteration
        try:
            return next(self.items)
        except NewscliError as exc:
            self.error = exc
            raise StopIteration from None

    def raise_error(self) -> None:
        if self.error is not None:
            raise self.error


class Workers:
    """`count` worker processes, each fed one item at a time through its own pipe."""

    def __init__(self) -> None:
        self.links: list = []
        self.processes: list = []

    def start(
        self, count: int, func: Callable, initializer: Callable | None, initargs: tuple
    ) -> None:
        method = "fork" if sys.platform == "linux" else "spawn"
        context = multiprocessing.get_context(method)
        # Block stop signals across the forks: a child must not die of Ctrl-C with a traceback
        # before it has set its own handlers; the parent gets any pending signal right after.
        blocked = (
            signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
            if hasattr(signal, "pthread_sigmask")
            else None
        )
        try:
            for _ in range(count):
                mine, theirs = context.Pipe()
                # A forked worker inherits the parent's ends of every pipe so far, its own
                # included: it must close them, or it never sees the parent go away.
                parents_ends = [*self.links, mine] if method == "fork" else []
                process = context.Process(
                    target=_serve,
                    args=(theirs, parents_ends, func, initializer, initargs),
                    daemon=True,
                )
                process.start()
                theirs.close()
                self.links.append(mine)
                self.processes.append(process)
        finally:
            if blocked is not None:
                signal.pthread_sigmask(signal.SIG_SETMASK, blocked)

    def map(self, items: Iterable) -> Iterator:
        """Results in input order. A worker gets its next item as soon as its result is in,
        before the result is handed on: the workers go on while the caller uses it."""
        items = iter(items)
        busy: deque = deque()  # workers with an item out, oldest item first
        for worker in range(len(self.links)):
            if not self._feed(worker, items, busy):
                break
        while busy:
            worker = busy.popleft()
            result = self._receive(worker)
            self._feed(worker, items, busy)
            yield result

    def _feed(self, worker: int, items: Iterator, busy: deque) -> bool:
        for item in items:
            self._send(worker, item)
            busy.append(worker)
            return True
        return False

    def _send(self, worker: int, item) -> None:
        try:
            self.links[worker].send(item)
        except OSError:  # not stdout's broken pipe: this one must not look like `| head`
            raise NewscliError(_died(self.processes[worker])) from None

    def _receive(self, worker: int):
        try:
            status, value = self.links[worker].recv()
        except (EOFError, OSError):
            raise NewscliError(_died(self.processes[worker])) from None
        if status == "error":
            raise NewscliError(value)
        if status == "bug":
            raise RuntimeError(f"in a worker process: {value}")
        return value

    def stop(self) -> None:
        """Kill the workers (they hold nothing worth a clean shutdown) and reap them."""
        for link in self.links:
            link.close()
        for process in self.processes:
            if process.is_alive():
                process.kill()
        for process in self.processes:
            process.join(timeout=10)


def _died(process) -> str:
    process.join(timeout=1)
    return f"a worker process died (exit code {process.exitcode}); try again with `jobs` 1"


def _serve(
    link, parents_ends: list, func: Callable, initializer: Callable | None, initargs: tuple
) -> None:
    """A worker: answer each item with ("ok", result), ("error", message) or ("bug", text).
    It leaves quietly when the parent goes away; signals kill it without a traceback."""
    for end in parents_ends:
        end.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    for number in STOP_SIGNALS - {signal.SIGINT}:
        signal.signal(number, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
    failure = _start(initializer, initargs)
    try:
        while True:
            item = link.recv()
            link.send(failure or _answer(func, item))
    except (EOFError, OSError):
        return  # the parent finished, or is gone


def _start(initializer: Callable | None, initargs: tuple) -> tuple | None:
    try:
        if initializer is not None:
            initializer(*initargs)
    except NewscliError as exc:
        return ("error", exc.message)
    except Exception as exc:
        return ("bug", f"{type(exc).__name__}: {exc}")
    return None


def _answer(func: Callable, item) -> tuple:
    try:
        return ("ok", func(item))
    except NewscliError as exc:
        return ("error", exc.message)
    except Exception as exc:
        return ("bug", f"{type(exc).__name__}: {exc}")
