"""Reading inputs and writing outputs for the commands: the only place that touches stdin/stdout."""
from __future__ import annotations

import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterable, Iterator

from typing import TYPE_CHECKING

from ..errors import NewscliError
from .options import Kind

if TYPE_CHECKING:
    from ..records import RecordReader, RecordWriter

NO_INPUT_HINT = "no input: give files or directories, or pipe issue text or records into standard input"


def open_reader(
    inputs: list[Path] | None,
    encoding: str = "auto",
    skip_invalid: bool = False,
    issue: str | None = None,
    date: str | None = None,
) -> RecordReader:
    """A lazy reader over the inputs; refuses to wait on a terminal for standard input."""
    from ..records import ReadOptions, RecordReader

    reading_stdin = not inputs or any(str(p) == "-" for p in inputs)
    if reading_stdin and sys.stdin is not None and sys.stdin.isatty():
        raise NewscliError(NO_INPUT_HINT)
    options = ReadOptions(encoding=encoding, skip_invalid=skip_invalid, issue=issue, date=date)
    return RecordReader(inputs, options)


def report_skipped(reader: RecordReader) -> None:
    if reader.skipped:
        shown = ", ".join(reader.skipped[:5]) + (", ..." if len(reader.skipped) > 5 else "")
        warn(f"skipped {len(reader.skipped)} invalid record line(s): {shown}")


def warn(message: str) -> None:
    print(f"newscli: warning: {message}", file=sys.stderr)


def filter_kinds(records: Iterable[dict], kinds: list[Kind] | None) -> Iterator[dict]:
    if not kinds:
        yield from records
        return
    wanted = {k.value for k in kinds}
    yield from (r for r in records if r.get("kind") in wanted)


def stdout_writer(line_buffered: bool = False) -> RecordWriter:
    from ..records import RecordWriter

    return RecordWriter(sys.stdout.buffer, line_buffered=line_buffered)


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


@contextmanager
def atomic_output(path: Path | None, force: bool = False) -> Iterator[IO[bytes]]:
    """Standard output, or a file written atomically: a temporary file in the same folder,
    renamed over `path` only when everything was written. A failure leaves no file."""
    if path is None or str(path) == "-":
        yield sys.stdout.buffer
        return
    if path.exists() and not force:
        raise NewscliError(f"{path}: file exists (use --force to overwrite)")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise NewscliError(f"{folder}: no such directory")
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
