"""Record files read in large blocks instead of line by line.

`grep` looks for its literals in the raw bytes of a whole block and parses only the lines that
hold one (`LineFilter`); large record files are cut into byte ranges at line boundaries, so that
worker processes (`--jobs`) or Dask workers (`--dask`) each read a range of their own
(`byte_ranges`, `range_lines`). Lines are known by their byte offset; a line's number is counted
only when a message must name it (`LineCounter`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import BinaryIO

from .errors import NewscliError

# Bytes read at a time: large enough that a search runs at memory speed, small enough that
# memory stays flat (one block, and the one line that runs past it, are held at a time).
BLOCK_SIZE = 1 << 22
# A JSON escape: a line written with `\uXXXX` escapes (Python's json.dumps by default, `jq -a`)
# may hold a literal in escaped form, so such a line is always parsed. `re` finds a rare first
# byte with a fast scan (3x faster here than bytes.find).
ESCAPE_RE = re.compile(rb"\\u")


@dataclass(frozen=True)
class LineFilter:
    """Byte strings of which a record line must hold one to be worth parsing: a line that holds
    none (and no JSON escape) cannot match, so it is neither parsed nor checked."""

    needles: tuple[bytes, ...]

    def keeps(self, line: bytes) -> bool:
        return any(needle in line for needle in self.needles) or ESCAPE_RE.search(line) is not None

    def spans(self, block: bytes, stop: int) -> list[tuple[int, int]]:
        """(start, end) of each line of block[:stop] (whole lines) worth parsing, in order."""
        found: list[tuple[int, int]] = []
        for needle in self.needles:
            found += _line_spans(block, stop, needle)
        found += _escape_spans(block, stop)
        if len(self.needles) > 1 or len(found) > 1:
            found = sorted(set(found))
        return found


def _line_spans(block: bytes, stop: int, needle: bytes) -> list[tuple[int, int]]:
    find = find_bytes()
    spans = []
    position = find(block, needle, 0, stop)
    while position != -1:
        start = block.rfind(b"\n", 0, position) + 1
        end = block.find(b"\n", position, stop) + 1 or stop
        spans.append((start, end))
        position = find(block, needle, end, stop)
    return spans


@lru_cache(maxsize=1)
def find_bytes() -> Callable[[bytes, bytes, int, int], int]:
    """`block.find(needle, start, stop)`, by the C library's memmem where it has one: on
    Chinese text, whose bytes all look alike to bytes.find's skip table, glibc's search
    (it hashes pairs of bytes) runs three times as fast."""
    try:
        import ctypes

        memmem = ctypes.CDLL(None).memmem
    except (ImportError, OSError, AttributeError):  # no C library to load, or no memmem in it
        return bytes.find
    memmem.restype = ctypes.c_void_p
    memmem.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t]
    address = ctypes.c_char_p

    def find(block: bytes, needle: bytes, start: int, stop: int) -> int:
        if stop - start < len(needle):
            return -1
        base = ctypes.cast(address(block), ctypes.c_void_p).value  # bytes' own buffer: no copy
        found = memmem(base + start, stop - start, needle, len(needle))
        return -1 if found is None else found - base

    return find


def _escape_spans(block: bytes, stop: int) -> list[tuple[int, int]]:
    spans = []
    found = ESCAPE_RE.search(block, 0, stop)
    while found is not None:
        start = block.rfind(b"\n", 0, found.start()) + 1
        end = block.find(b"\n", found.start(), stop) + 1 or stop
        spans.append((start, end))
        found = ESCAPE_RE.search(block, end, stop)
    return spans


@dataclass(frozen=True)
class Slab:
    """Whole lines: data[:end], the first at byte `offset` of the input."""

    offset: int
    data: bytes
    end: int


def slabs(
    raw: BinaryIO, offset: int, limit: int, name: str, stop: int | None = None
) -> Iterator[Slab]:
    """Runs of whole lines read from `raw` (now at byte `offset`, a line start). A block read
    is handed on uncopied (its lines end at `end`), but for a line it cuts, which is read to
    its end and handed on alone. With `stop`, lines that start at or after it are left
    unread (to the next range). A line longer than `limit` bytes is an error, as it is when
    lines are read one by one."""
    size = min(BLOCK_SIZE, limit)
    while stop is None or offset < stop:
        block = raw.read(size if stop is None else min(size, stop - offset))
        if not block:
            return
        cut = block.rfind(b"\n") + 1
        if cut == len(block):
            yield Slab(offset, block, cut)
            offset += cut
            continue
        if cut:
            yield Slab(offset, block, cut)
        line = _rest_of_line(raw, block[cut:], limit, name)
        yield Slab(offset + cut, line, len(line))
        offset += cut + len(line)
        if not line.endswith(b"\n"):
            return  # the end of the input


# Read past a block a little at a time: only the rest of its last line is wanted.
TAIL_SIZE = 1 << 16


def _rest_of_line(raw: BinaryIO, start: bytes, limit: int, name: str) -> bytes:
    pieces, length = [start], len(start)
    while True:
        piece = raw.readline(TAIL_SIZE)
        pieces.append(piece)
        length += len(piece)
        if length > limit:
            raise _too_long(name, limit)
        if not piece or piece.endswith(b"\n"):
            return b"".join(pieces)


def _too_long(name: str, limit: int) -> NewscliError:
    from .textio import _size

    return NewscliError(f"{name}: a line longer than {_size(limit)} (--max-issue-size)")


def slab_lines(slab: Slab, line_filter: LineFilter | None) -> Iterator[tuple[int, bytes]]:
    """(offset, line) of a slab's lines; with a filter, only the lines it keeps."""
    data, base = slab.data, slab.offset
    if line_filter is not None:
        for start, end in line_filter.spans(data, slab.end):
            yield base + start, data[start:end]
        return
    start = 0
    while start < slab.end:
        end = data.find(b"\n", start, slab.end) + 1 or slab.end
        yield base + start, data[start:end]
        start = end


class LineCounter:
    """Line numbers of byte offsets, counted when asked, in one pass over the file at most:
    offsets are asked in increasing order. For a stream that cannot be read again (a pipe),
    `see` is given every slab as it is read, and the lines of those before are kept."""

    def __init__(self, fd: int | None, offset: int, line: int):
        self.fd = fd
        self.offset = offset  # a byte offset whose line number is known
        self.line = line
        self.slab: Slab | None = None

    def see(self, slab: Slab) -> None:
        """A pipe's next slab (for a file, which is read again when needed, nothing)."""
        if self.fd is not None:
            return
        if self.slab is not None:
            self.line += self.slab.data.count(b"\n", self.offset - self.slab.offset, self.slab.end)
            self.offset = self.slab.offset + self.slab.end
        self.slab = slab

    def line_at(self, offset: int) -> int:
        if self.fd is None:
            assert self.slab is not None
            return self.line + self.slab.data.count(
                b"\n", self.offset - self.slab.offset, offset - self.slab.offset
            )
        while self.offset < offset:
            piece = os.pread(self.fd, min(BLOCK_SIZE, offset - self.offset), self.offset)
            if not piece:
                break
            self.line += piece.count(b"\n")
            self.offset += len(piece)
        return self.line


@dataclass(frozen=True)
class ByteRange:
    """Part of a record file: the lines that start in [start, stop)."""

    path: str
    start: int
    stop: int


def byte_ranges(path: str, start: int, end: int, count: int) -> list[ByteRange]:
    """[start, end) cut into `count` ranges of about one size (their lines are found when read)."""
    count = max(1, min(count, end - start))
    step = (end - start) // count
    cuts = [start + step * index for index in range(count)] + [end]
    return [ByteRange(path, a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def range_lines(
    span: ByteRange, limit: int, line_filter: LineFilter | None = None
) -> Iterator[tuple[int, bytes]]:
    """(offset, line) of the lines that start in the range (the filter's only, with one)."""
    with open(span.path, "rb") as raw:
        offset = span.start
        if offset > 0:  # begin at the first line that starts in the range
            raw.seek(offset - 1)
            offset -= 1
            while True:  # (a piece at a time: the line may be long)
                piece = raw.readline(TAIL_SIZE)
                offset += len(piece)
                if not piece or piece.endswith(b"\n"):
                    break
        for slab in slabs(raw, offset, limit, span.path, span.stop):
            yield from slab_lines(slab, line_filter)
