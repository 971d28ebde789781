"""The commands' one way in and one way out: the only module that touches standard input and
output. Inputs open through `open_reader` (the library's one reader, after the terminal
check); records, TSV rows, lines and documents leave through the writers here."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING

from ..errors import NewscliError
from ..schema import Kind

if TYPE_CHECKING:
    from ..blocks import LineFilter
    from ..records import RecordReader
    from ..writers import RecordWriter

NO_INPUT_HINT = (
    "no input: give files or directories, or pipe issue text or records into standard input"
)


def open_reader(
    inputs: list[Path] | None,
    encoding: str = "auto",
    skip_invalid: bool = False,
    issue: str | None = None,
    date: str | None = None,
    recursive: bool = False,
    issue_from: str = "name",
    max_issue_size: int | None = None,
    jobs: int = 1,
    text: bool = False,
    line_filter: LineFilter | None = None,
) -> RecordReader:
    """The reader over the inputs, lazy; refuses to wait on a terminal for standard input.
    With `text`, inputs are read whole as plain text (`reader.texts()`; a directory gives
    its *.txt files). With `line_filter` (grep's), only record lines holding one of its
    strings are parsed."""
    from ..records import RECORD_PATTERNS, TEXT_PATTERNS, ReadOptions, RecordReader

    reading_stdin = not inputs or any(str(p) == "-" for p in inputs)
    if reading_stdin and stdin_is_terminal():
        raise NewscliError(NO_INPUT_HINT)
    options = ReadOptions(
        encoding=encoding,
        skip_invalid=skip_invalid,
        issue=issue,
        date=date,
        recursive=recursive,
        issue_from=issue_from,
        jobs=jobs,
        patterns=TEXT_PATTERNS if text else RECORD_PATTERNS,
    )
    if max_issue_size is not None:
        options.max_issue_size = max_issue_size
    return RecordReader(inputs, options, line_filter=line_filter)


def stdin_is_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def report_skipped(reader: RecordReader) -> None:
    for key, first, again in getattr(reader, "repeated_keys", [])[:5]:
        warn(
            f"{first} and {again} both give issue key {key!r}, so their records share ids; "
            "give --issue-from path (split) or name the files apart"
        )
    if reader.skipped:
        shown = ", ".join(reader.skipped[:5]) + (", ..." if len(reader.skipped) > 5 else "")
        warn(f"skipped {len(reader.skipped)} invalid record line(s): {shown}")


def warn(message: str) -> None:
    from ..display import terminal_safe  # warnings quote record ids and values

    print(f"newscli: warning: {terminal_safe(message)}", file=sys.stderr)


def note(message: str) -> None:
    print(f"newscli: note: {message}", file=sys.stderr)


def filter_kinds(records: Iterable[dict], kinds: list[Kind] | None) -> Iterator[dict]:
    if not kinds:
        yield from records
        return
    wanted = {k.value for k in kinds}
    yield from (r for r in records if r.get("kind") in wanted)


# The ways out ------------------------------------------------------------------------------


def write_encoded(lines: Iterable[bytes], line_buffered: bool = False) -> int:
    """Lines already encoded, each with its line feed (records a worker process wrote as
    JSON), to standard output; the number written."""
    out = sys.stdout.buffer
    count = 0
    for line in lines:
        out.write(line)
        count += 1
        if line_buffered:
            out.flush()
    return count


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def stdout_writer(line_buffered: bool = False, fields: list[str] | None = None) -> RecordWriter:
    """Records as JSON lines on standard output."""
    from ..writers import RecordWriter

    return RecordWriter(sys.stdout.buffer, line_buffered=line_buffered, fields=fields)


def write_lines(lines: Iterable[str], line_buffered: bool = False) -> int:
    """Text lines on standard output, each ended by a line feed; the number written."""
    out = sys.stdout.buffer
    count = 0
    for line in lines:
        out.write(line.encode("utf-8") + b"\n")
        count += 1
        if line_buffered:
            out.flush()
    return count


def write_text(text: str) -> None:
    """Text on standard output as it is (its own line ends)."""
    sys.stdout.buffer.write(text.encode("utf-8"))


def write_tsv(rows: Iterable[Iterable[object]], line_buffered: bool = False) -> int:
    """Rows as TSV on standard output, by TSV's one escaping rule (`writers.tsv_cell`)."""
    from ..writers import TsvWriter

    return TsvWriter(_Utf8Lines(sys.stdout.buffer), line_buffered=line_buffered).writerows(rows)


def write_document(document: object) -> None:
    """One JSON document, indented for reading, on standard output."""
    import orjson

    sys.stdout.buffer.write(orjson.dumps(document, option=orjson.OPT_INDENT_2) + b"\n")


class _Utf8Lines:
    """A text stream over a binary one, without a buffer of its own (nothing to flush twice)."""

    def __init__(self, stream: IO[bytes]):
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write(text.encode("utf-8"))

    def flush(self) -> None:
        self.stream.flush()


@contextmanager
def atomic_output(path: Path | None, force: bool = False) -> Iterator[IO[bytes]]:
    """Standard output (no path, or `-`), or the file `path` written atomically with the
    user's umask (`writers.output_file`: no partial file on any failure)."""
    if path is None or str(path) == "-":
        yield sys.stdout.buffer
        return
    from ..writers import output_file

    with output_file(path, force) as handle:
        yield handle
