"""Records read from blocks and byte ranges: grep's filtered reading, and large record files
mapped in pieces on every core (`--jobs`), with the same output as one process.

A line found in a block is parsed and checked by `parse_record`, as every line of every
command is; an error names FILE:LINE, the line counted from its byte offset only then.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import groupby
from typing import TYPE_CHECKING, TypeVar

from .blocks import (
    BLOCK_SIZE,
    ByteRange,
    LineCounter,
    LineFilter,
    byte_ranges,
    range_lines,
    slab_lines,
    slabs,
)
from .errors import InvalidRecordError
from .records import RawIssue, parse_record

if TYPE_CHECKING:
    from .records import ReadOptions, RecordReader
    from .textio import InputStream, Source

R = TypeVar("R")
# With --jobs, a record file at least this large (after its first line) is cut into byte
# ranges for the workers; a smaller one is read here: a pool would cost more than it saves.
PARALLEL_MIN_SIZE = 16 << 20
# Ranges per worker: more than one, so that a range slower than the others holds less up.
RANGES_PER_JOB = 4
# A range's results are held whole (in the worker, then here): ranges are at most this large,
# so that memory stays flat however large the file.
MAX_RANGE = 4 << 20
# Lines of a record stream worth the block path: a limit below a block means lines one by one.
MIN_BLOCK_LIMIT = BLOCK_SIZE


def filtered_records(
    reader: RecordReader, stream: InputStream, first: bytes, name: str, number: int
) -> Iterator[dict]:
    """A record stream read for grep: its first line parsed as always (so that a file that
    is no record stream is named at once), then only the lines the reader's filter keeps,
    found in whole blocks of raw bytes."""
    line_filter = reader.line_filter
    assert line_filter is not None
    try:
        yield from reader._parse_lines([first], name, number)
        if stream.text is not None or reader.options.max_issue_size < MIN_BLOCK_LIMIT:  # transcoded
            yield from reader._parse_lines(stream.lines(), name, number + 1, keep=line_filter.keeps)
            return
        raw = stream.raw
        fd = _regular_file(raw)
        offset = raw.tell() if fd is not None else 0
        counter = LineCounter(fd, offset, number + 1)
        for slab in slabs(raw, offset, reader.options.max_issue_size, name):
            counter.see(slab)
            lines = slab_lines(slab, line_filter)
            yield from parse_lines(
                lines, reader.options.skip_invalid, _where(name, counter), reader.skipped
            )
    finally:
        stream.close()


def _regular_file(raw) -> int | None:
    """The descriptor of a regular file (read again to count lines); None for a pipe."""
    try:
        fd = raw.fileno()
        return fd if stat.S_ISREG(os.fstat(fd).st_mode) and raw.seekable() else None
    except (OSError, ValueError):  # io.UnsupportedOperation is an OSError
        return None


def _where(name: str, counter: LineCounter) -> Callable[[int], str]:
    """FILE:LINE of a byte offset."""
    return lambda offset: f"{name}:{counter.line_at(offset)}"


def parse_lines(
    lines: Iterable[tuple[int, bytes]],
    skip_invalid: bool,
    where: Callable[[int], str],
    skipped: list[str],
) -> Iterator[dict]:
    """Records of (offset, line) pairs. A bad line raises InvalidRecordError naming
    `where(offset)`; with skip_invalid it is added to `skipped` instead."""
    for offset, line in lines:
        if line[:1] in b" \t\r\n" and line.isspace():  # blank lines separate nothing
            continue
        try:
            yield parse_record(line, "")
        except InvalidRecordError as exc:
            if not skip_invalid:
                raise InvalidRecordError(where(offset), exc.reason) from None
            skipped.append(where(offset))


@dataclass
class SplitFile:
    """A large record file to be read in byte ranges: its first line's records (read here),
    then [start, end) from the line after it."""

    name: str
    path: str
    head: list[dict]
    start: int
    end: int
    number: int  # the line number at `start`


def open_split(reader: RecordReader, source: Source, min_size: int) -> SplitFile | None:
    """`source` as a SplitFile if it is a regular record file (UTF-8) of `min_size` bytes or
    more; None for anything else, which is read whole by the reader."""
    from .records import _first_content_line, stream_kind
    from .textio import InputStream

    path = source.path
    if path is None or not path.is_file() or path.stat().st_size < min_size:
        return None
    stream = InputStream(source, reader.options.encoding, reader.options.max_issue_size)
    try:
        head, first = _first_content_line(stream)
        if stream_kind(first) != "records" or stream.text is not None:
            return None
        start, end = stream.raw.tell(), path.stat().st_size
        if end - start < min_size:
            return None
        number = len(head) + 1
        records = list(reader._parse_lines([first], source.name, number))
    finally:
        stream.close()
    return SplitFile(source.name, str(path), records, start, end, number + 1)


@dataclass
class RangeResult:
    """What a worker made of one byte range: `func`'s results for its records, the offsets of
    lines skipped as invalid, and the offset and reason of an invalid line that ended it."""

    items: list
    skipped: list[int] = field(default_factory=list)
    error: tuple[int, str] | None = None


def map_range(
    span: ByteRange,
    func: Callable[[Iterable[dict]], Iterable[R]],
    options: ReadOptions,
    line_filter: LineFilter | None,
) -> RangeResult:
    """`func` over the records of one byte range (run in a worker). Bad lines are named by
    byte offset: a worker cannot count lines, the ranges before its own are not read."""
    skipped: list[str] = []
    failure: list[tuple[int, str]] = []

    def records() -> Iterator[dict]:
        lines = range_lines(span, options.max_issue_size, line_filter)
        try:
            yield from parse_lines(lines, options.skip_invalid, str, skipped)
        except InvalidRecordError as exc:
            failure.append((int(exc.where), exc.reason))

    items = list(func(records()))
    return RangeResult(items, [int(offset) for offset in skipped], failure[0] if failure else None)


def map_records(
    reader: RecordReader,
    func: Callable[[Iterable[dict]], Iterable[R]],
    jobs: int,
    min_size: int = PARALLEL_MIN_SIZE,
    stream_batch: int | None = None,
    max_range: int | None = None,
) -> Iterator[R]:
    """`func` over the reader's records, results in input order: the same as `func(reader)`
    for a `func` that treats each record on its own. With jobs > 1, raw issues are split and
    mapped in worker processes, in batches; a record file of `min_size` bytes or more is cut
    into byte ranges at line boundaries, each mapped in a worker; other record streams are
    read here and, with `stream_batch`, mapped in workers that many records at a time (worth
    it when `func` costs far more than reading: stats). `max_range` (default MAX_RANGE)
    bounds a byte range: larger for a `func` whose results are small (counts)."""
    from .records import PARALLEL_BATCH, batches_of_bytes, split_issue

    pieces = (_open_piece(reader, source, jobs, min_size) for source in reader.sources)
    for kind, group in groupby(pieces, key=_piece_kind):
        if kind is RawIssue and jobs > 1:
            from .parallel import ordered_map

            batches = batches_of_bytes(group, PARALLEL_BATCH)
            for results in ordered_map(partial(_map_issues, func=func), batches, jobs):
                yield from results
            continue
        if kind is Iterator and jobs > 1 and stream_batch:
            from .parallel import ordered_map, record_batches

            records = (record for stream in group for record in stream)
            for results in ordered_map(func, record_batches(records, stream_batch), jobs):
                yield from results
            continue
        for piece in group:
            if isinstance(piece, SplitFile):
                yield from func(piece.head)
                yield from _map_split(reader, piece, func, jobs, max_range or MAX_RANGE)
            else:
                yield from func(split_issue(piece) if isinstance(piece, RawIssue) else piece)


def _piece_kind(piece) -> type:
    """RawIssue, SplitFile, or Iterator (a record stream: consecutive ones share the workers)."""
    return type(piece) if isinstance(piece, RawIssue | SplitFile) else Iterator


def _open_piece(reader: RecordReader, source: Source, jobs: int, min_size: int):
    """A large record file as a SplitFile (with jobs > 1); else what the reader opens: a raw
    issue's bytes, or a lazy iterator over a record stream."""
    split = open_split(reader, source, min_size) if jobs > 1 else None
    return split if split is not None else reader._open(source)


def _map_issues(batch: list, func: Callable) -> list:
    """`func` over the records of each raw issue of a batch (run in a worker)."""
    from .records import split_issue

    return [item for raw in batch for item in func(split_issue(raw))]


def _map_split(
    reader: RecordReader, split: SplitFile, func: Callable, jobs: int, max_range: int
) -> Iterator:
    from .parallel import ordered_map

    count = max(jobs * RANGES_PER_JOB, -(-(split.end - split.start) // max_range))
    ranges = byte_ranges(split.path, split.start, split.end, count)
    work = partial(map_range, func=func, options=reader.options, line_filter=reader.line_filter)
    fd = os.open(split.path, os.O_RDONLY)
    try:
        where = _where(split.name, LineCounter(fd, split.start, split.number))
        for result in ordered_map(work, ranges, jobs):
            reader.skipped += [where(offset) for offset in result.skipped]
            yield from result.items
            if result.error is not None:
                offset, reason = result.error
                raise InvalidRecordError(where(offset), reason)
    finally:
        os.close(fd)
