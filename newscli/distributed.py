"""Corpora past one machine: `split`, `stats` and `convert-traditional` on a Dask cluster
(`--dask ADDRESS`, or `--dask local` for a LocalCluster of one worker process per core).

The inputs are cut into partitions: raw issue files in batches (each file read by the worker
that splits it, so the cluster shares a file system), record files in byte ranges at line
boundaries (read by the workers too), and standard input read here and sent. The workers run
the functions a local run runs; record output comes back in input order (a window of tasks in
flight keeps memory flat), or with --outdir each worker writes its partition as one JSONL
file; `stats` merges its partial counts with a tree reduction. The output is a local run's.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .blocks import ByteRange, LineCounter, byte_ranges
from .errors import InvalidRecordError, NewscliError

if TYPE_CHECKING:
    from .records import RawIssue, ReadOptions, RecordReader

INSTALL_HINT = "--dask needs Dask: pip install 'newscli[dask]'"
# Input bytes per task: large enough that a task's overhead (milliseconds) is small beside its
# work, small enough that every worker gets several and memory stays flat.
PARTITION_SIZE = 16 << 20
MIN_PARTITION = 1 << 20
# Records per task of standard input (read here, sent with the task).
INLINE_RECORDS = 2000


@contextmanager
def dask_client(address: str) -> Iterator[Any]:
    """A client of the scheduler at `address`, or of a LocalCluster started here for `local`."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise NewscliError(INSTALL_HINT) from None
    cluster = None
    try:
        if address == "local":
            from .parallel import usable_cores

            cluster = LocalCluster(
                n_workers=usable_cores(),
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",
                silence_logs=logging.ERROR,
            )
            client = Client(cluster)
        else:
            client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, ValueError) as exc:  # no scheduler there (a TimeoutError too), or no address
        raise NewscliError(
            f"--dask: cannot reach a Dask scheduler at {address!r} ({exc})"
        ) from None
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


CONNECT_TIMEOUT = "10s"


# --- partitions --------------------------------------------------------------------------


@dataclass(frozen=True)
class RawFiles:
    """Raw issue files, each read and split by the worker: (the issue, without its bytes yet;
    the file's absolute path)."""

    issues: tuple[tuple[RawIssue, str], ...]


@dataclass(frozen=True)
class Inline:
    """Records, or a raw issue, read here (standard input, UTF-16/32 files) and sent along."""

    records: tuple[dict, ...] = ()
    issue: RawIssue | None = None


@dataclass
class Plan:
    """The reader's inputs as partitions, in input order, with what the client needs to name
    a bad line of a record file (FILE:LINE) from its byte offset."""

    reader: RecordReader
    counters: dict[str, tuple[str, LineCounter]] = field(
        default_factory=dict
    )  # path -> (name, lines)
    descriptors: list[int] = field(default_factory=list)

    workers: int = 2

    def partition_size(self) -> int:
        """PARTITION_SIZE, or less on a smaller corpus: four tasks a worker at least."""
        total = sum(
            s.path.stat().st_size
            for s in self.reader.sources
            if s.path is not None and s.path.is_file()
        )
        return max(MIN_PARTITION, min(PARTITION_SIZE, total // (4 * max(1, self.workers))))

    def partitions(self) -> Iterator[RawFiles | Inline | ByteRange]:
        self.goal = self.partition_size()
        batch: list[RawIssue] = []
        size = 0
        for source in self.reader.sources:
            kind = self._kind(source) if source.path is not None and source.path.is_file() else None
            raw = kind == "text"  # (most files: opened once here, to see their first line)
            part = self._record_file(source) if kind == "records" else None
            if raw:
                batch.append(
                    (self.reader._raw_issue(b"", source, None), str(source.path.resolve()))
                )
                size += source.path.stat().st_size
                if size < self.goal:
                    continue
            if batch:
                yield RawFiles(tuple(batch))
                batch, size = [], 0
            if part is not None:
                yield from part
            elif not raw:
                yield from self._inline(source)
        if batch:
            yield RawFiles(tuple(batch))

    def _record_file(self, source) -> list | None:
        from .chunked import open_split

        split = open_split(self.reader, source, 0)
        if split is None:
            return None
        path = str(Path(split.path).resolve())  # the workers may run elsewhere
        fd = os.open(path, os.O_RDONLY)
        self.descriptors.append(fd)
        self.counters[path] = (split.name, LineCounter(fd, split.start, split.number))
        count = -(-(split.end - split.start) // self.goal)
        head = [Inline(tuple(split.head))] if split.head else []
        return head + byte_ranges(path, split.start, split.end, count)

    def _kind(self, source) -> str:
        """`text`, `records` (UTF-8, read in ranges) or `other` (read here: UTF-16/32 records,
        or what the reader refuses, which it then names)."""
        from .records import _first_content_line, stream_kind
        from .textio import InputStream

        stream = InputStream(
            source, self.reader.options.encoding, self.reader.options.max_issue_size
        )
        try:
            kind = stream_kind(_first_content_line(stream)[1])
            return (
                kind if kind == "text" or (kind == "records" and stream.text is None) else "other"
            )
        finally:
            stream.close()

    def _inline(self, source) -> Iterator[Inline]:
        from .parallel import batches
        from .records import RawIssue

        opened = self.reader._open(source)
        if isinstance(opened, RawIssue):
            yield Inline(issue=opened)
            return
        for records in batches(opened, INLINE_RECORDS):
            yield Inline(tuple(records))

    def where(self, path: str, offset: int) -> str:
        name, counter = self.counters[path]
        return f"{name}:{counter.line_at(offset)}"

    def close(self) -> None:
        for fd in self.descriptors:
            os.close(fd)
        self.descriptors = []

    def __enter__(self) -> Plan:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# --- on the workers ------------------------------------------------------------------------


@dataclass
class Outcome:
    """What a task made of a partition: `func`'s items, the (file, offset) of lines skipped as
    invalid, and what ended it early: an invalid line (file, offset, reason) or an error."""

    items: list = field(default_factory=list)
    skipped: list[tuple[str, int]] = field(default_factory=list)
    bad_line: tuple[str, int, str] | None = None
    failure: str | None = None
    summary: Any = None  # what a stateful func counted (convert's changes), if anything


def run_partition(
    part, func: Callable[[Iterable[dict]], Iterable], options: ReadOptions
) -> Outcome:
    """`func` over the records of one partition (on a worker)."""
    from .chunked import map_range

    func = func.fresh() if hasattr(func, "fresh") else func  # a task counts for itself
    outcome = Outcome()
    try:
        if isinstance(part, ByteRange):
            done = map_range(part, func, options, None)
            outcome.items, outcome.skipped = (
                done.items,
                [(part.path, offset) for offset in done.skipped],
            )
            outcome.bad_line = None if done.error is None else (part.path, *done.error)
        elif isinstance(part, RawFiles):
            for meta, path in part.issues:
                outcome.items += func(_split_file(meta, path, options))
        else:
            outcome.items = list(func(part.records if part.issue is None else _split(part.issue)))
    except NewscliError as exc:
        outcome.failure = exc.message
    outcome.summary = func.summary() if hasattr(func, "summary") else None
    return outcome


def _split_file(meta: RawIssue, path: str, options: ReadOptions) -> list[dict]:
    """A raw issue file read as the reader reads one (BOMs, binary data, size limit), then split."""
    from .textio import InputStream, Source

    stream = InputStream(Source(Path(path)), options.encoding, options.max_issue_size)
    try:
        data = stream.read_all()
    finally:
        stream.close()
    return _split(dataclasses.replace(meta, data=data, encoding=stream.encoding))


def _split(raw: RawIssue) -> list[dict]:
    from .records import split_issue

    return split_issue(raw)


def write_partition(part, func: Callable, options: ReadOptions, path: str) -> Outcome:
    """Like run_partition, the items (JSON lines) written to `path` by the worker."""
    from .cli.io import atomic_output

    outcome = run_partition(part, func, options)
    with atomic_output(Path(path), force=True) as out:
        for line in outcome.items:
            out.write(line)
    outcome.items = [len(outcome.items)]
    return outcome


@dataclass
class Conversion:
    """convert-traditional's work on a partition: the records converted, as JSON lines, and
    what it counted (changed phrases for --report, records already traditional)."""

    target: str
    phrases: Any = None  # a convert.PhraseDict
    report: bool = False
    reconvert: bool = False
    changes: Any = None
    already: int = 0

    def fresh(self) -> Conversion:
        from collections import Counter

        return dataclasses.replace(self, changes=Counter() if self.report else None, already=0)

    def __call__(self, records: Iterable[dict]) -> Iterator[bytes]:
        from .convert import AlreadyConverted, RecordConverter
        from .writers import dumps

        converter = RecordConverter(self.target, self.phrases, self.changes, self.reconvert)
        watched = AlreadyConverted()
        yield from map(
            dumps, converter.convert_records(records if self.reconvert else watched.watch(records))
        )
        self.already += watched.count

    def summary(self) -> tuple:
        return self.changes, self.already


# --- on the client -------------------------------------------------------------------------


def ordered_outcomes(
    client, plan: Plan, task: Callable, args: Callable[[int], tuple]
) -> Iterator[Outcome]:
    """`task(part, *args(index))` for every partition, outcomes in input order, a bounded
    window of tasks in flight. An input error met while partitioning (a binary file, say)
    comes after the outcomes of every partition before it, as in a local run."""
    from .parallel import _Feed

    plan.workers = len(client.scheduler_info().get("workers", {}))
    window = max(4, 2 * plan.workers)
    parts = _Feed(plan.partitions())
    pending: deque = deque()

    def submit(part) -> None:
        pending.append(client.submit(task, part, *args(submitted[0]), pure=False))
        submitted[0] += 1

    submitted = [0]
    for part in islice(parts, window):
        submit(part)
    try:
        while pending:
            outcome = pending.popleft().result()
            for part in islice(parts, 1):
                submit(part)
            yield _checked(plan, outcome)
    finally:
        for future in pending:
            future.cancel()
    parts.raise_error()


def _checked(plan: Plan, outcome: Outcome) -> Outcome:
    plan.reader.skipped += [plan.where(path, offset) for path, offset in outcome.skipped]
    return outcome


def raise_failure(plan: Plan, outcome: Outcome) -> None:
    if outcome.bad_line is not None:
        path, offset, reason = outcome.bad_line
        raise InvalidRecordError(plan.where(path, offset), reason)
    if outcome.failure is not None:
        raise NewscliError(outcome.failure)


def stream_items(client, plan: Plan, func: Callable, summaries: list | None = None) -> Iterator:
    """func's items for every partition, in input order (`summaries` gets each task's summary)."""
    options = plan.reader.options
    for outcome in ordered_outcomes(client, plan, run_partition, lambda index: (func, options)):
        yield from outcome.items
        if summaries is not None and outcome.summary is not None:
            summaries.append(outcome.summary)
        raise_failure(plan, outcome)


def write_parts(
    client, plan: Plan, func: Callable, outdir: Path, summaries: list | None = None
) -> int:
    """Each partition written by its worker as DIR/part-NNNNN.jsonl; the records written."""
    outdir.mkdir(parents=True, exist_ok=True)
    if any(outdir.glob("part-*.jsonl")):
        raise NewscliError(
            f"{outdir}: already holds part-*.jsonl files; give an empty or new folder"
        )
    options = plan.reader.options

    def args(index: int) -> tuple:
        return func, options, str(outdir / f"part-{index:05d}.jsonl")

    written = 0
    for outcome in ordered_outcomes(client, plan, write_partition, args):
        written += outcome.items[0]
        if summaries is not None and outcome.summary is not None:
            summaries.append(outcome.summary)
        raise_failure(plan, outcome)
    return written
