"""The ways out, each said once: JSON lines (with field selection), TSV (with one escaping
rule), and files written atomically with the user's umask.

Writers take a binary stream; which stream (standard output, a file) is the caller's
business: the CLI's `cli/io.py` hands them standard output, `export -o` an atomic file.
"""

from __future__ import annotations

import os
import re
import signal
import stat
import tempfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import orjson

from .errors import NewscliError


def dumps(record: dict) -> bytes:
    """One record as one JSON line: UTF-8, Chinese written as itself, never `\\uXXXX`."""
    try:
        return orjson.dumps(record) + b"\n"
    except orjson.JSONEncodeError as exc:  # a record built in code, e.g. a 21-digit page number
        raise NewscliError(
            f"record {str(record.get('id'))[:80]!r} cannot be written as JSON: {exc}"
        ) from None


def pick(record: dict, fields: list[str] | None) -> dict:
    """The record with only `fields`, in that order (a missing one as null); None: all of it."""
    return record if fields is None else {name: record.get(name) for name in fields}


class RecordWriter:
    """Records as JSON lines to a binary stream: every field, or `fields` in that order;
    `line_buffered` flushes each line (a `tail -f` feed)."""

    def __init__(
        self, stream: IO[bytes], line_buffered: bool = False, fields: list[str] | None = None
    ):
        self.stream = stream
        self.line_buffered = line_buffered
        self.fields = fields
        self.count = 0

    def write(self, record: dict) -> None:
        self.stream.write(dumps(pick(record, self.fields)))
        self.count += 1
        if self.line_buffered:
            self.stream.flush()

    def write_all(self, records: Iterable[dict]) -> int:
        for record in records:
            self.write(record)
        return self.count


# TSV -------------------------------------------------------------------------------------

# A TSV cell cannot hold a tab or a line break. The one rule: a backslash is doubled; tab, line
# feed and carriage return are written `\t`, `\n`, `\r`; any other control character (which a
# terminal would act on) `\xNN`, and the bidirectional overrides `\uNNNN`. Nothing is lost (the
# escapes read back unambiguously) and a TSV printed on a terminal cannot move its cursor.
TSV_ESCAPED_RE = re.compile("[\\\\\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
TSV_NAMED = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}


def tsv_escape(text: str) -> str:
    if TSV_ESCAPED_RE.search(text) is None:  # the common case costs one scan
        return text
    return TSV_ESCAPED_RE.sub(_tsv_escape_one, text)


def _tsv_escape_one(match: re.Match) -> str:
    char = match.group()
    named = TSV_NAMED.get(char)
    if named is not None:
        return named
    return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"


def tsv_cell(value: object) -> str:
    """A scalar as a TSV cell: null empty, true/false as JSON writes them, text escaped."""
    if value is None:
        return ""
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, orjson.Fragment):  # a number the reader kept exactly, as written
        return orjson.dumps(value).decode()
    return tsv_escape(value if isinstance(value, str) else str(value))


class TsvWriter:
    """Rows of cells as TSV lines to a text stream, every cell by the one rule (`tsv_cell`)."""

    def __init__(self, stream: IO[str], line_end: str = "\n", line_buffered: bool = False):
        self.stream = stream
        self.line_end = line_end
        self.line_buffered = line_buffered
        self.count = 0

    def writerow(self, cells: Iterable[object]) -> None:
        self.stream.write("\t".join(map(tsv_cell, cells)) + self.line_end)
        self.count += 1
        if self.line_buffered:
            self.stream.flush()

    def writerows(self, rows: Iterable[Iterable[object]]) -> int:
        for row in rows:
            self.writerow(row)
        return self.count


# Files -----------------------------------------------------------------------------------

TEMP_NAME_PREFIX = 32  # characters of the target's name kept in its temporary file's name
NEW_FILE_MODE = 0o666  # what `>` and open() create, before the umask
# Names of an open descriptor (`-o /dev/stdout > file`): written into, as `>` does, even
# when the descriptor is a file; replacing them would replace the link in /dev.
DESCRIPTOR_NAMES = ("/dev/stdout", "/dev/stderr")
DESCRIPTOR_FOLDERS = ("/dev/fd/", "/proc/self/fd/")


@contextmanager
def output_file(path: Path, force: bool = False) -> Iterator[IO[bytes]]:
    """A file written atomically: a temporary file in the same folder, published as `path`
    only when everything was written, with the mode `open()` gives a new file (0666 less the
    umask). Any failure, Ctrl-C, SIGTERM or SIGHUP leaves neither `path` nor the temporary
    file. Without `force` an existing `path` is an error. A FIFO or a terminal-like device
    (/dev/null, /dev/stdout) is written into, as `>` does, never replaced."""
    if _is_stream(path):
        with _open_stream(path) as handle:
            yield handle
        return
    if os.path.lexists(path) and not force:
        raise NewscliError(f"{path}: file exists (use `force` to overwrite)")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise NewscliError(f"{folder}: no such directory")
    with _exit_on_termination():
        # A signal between the file's creation and the `try` would leave it behind: hold the
        # terminating signals until the name is known, then let any that came meanwhile in.
        held = _hold_signals()
        try:
            # A short temporary name: the target's own name may be as long as the file
            # system allows.
            fd, temp = tempfile.mkstemp(
                prefix=f".{path.name[:TEMP_NAME_PREFIX]}.", suffix=".part", dir=folder
            )
        except BaseException:
            _release_signals(held)
            raise
        try:
            _release_signals(held)
            os.fchmod(fd, NEW_FILE_MODE & ~current_umask())  # mkstemp makes 0600
            with os.fdopen(fd, "wb") as handle:
                yield handle
            _publish(Path(temp), path, force)
        finally:
            Path(temp).unlink(missing_ok=True)


def current_umask() -> int:
    """The process umask (reading it means setting it: set it straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _is_stream(path: Path) -> bool:
    """Whether `path` (after symlinks) is a FIFO or character device, or names an open
    descriptor, written into in place; a folder, block device or socket is refused; a
    regular file or nothing is False."""
    name = os.path.abspath(path)
    if name in DESCRIPTOR_NAMES or name.startswith(DESCRIPTOR_FOLDERS):
        return os.path.exists(name)
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError as exc:
        raise NewscliError(f"{path}: {exc.strerror or exc}") from None
    if stat.S_ISDIR(mode):
        raise NewscliError(f"{path}: is a directory")
    if stat.S_ISBLK(mode) or stat.S_ISSOCK(mode):
        what = "a block device" if stat.S_ISBLK(mode) else "a socket"
        raise NewscliError(f"{path}: is {what}; output goes to files, pipes and terminals")
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)


def _open_stream(path: Path) -> IO[bytes]:
    try:
        return open(path, "wb")
    except OSError as exc:
        raise NewscliError(f"{path}: {exc.strerror or exc}") from None


def _publish(temp: Path, path: Path, force: bool) -> None:
    """Give the finished temporary file its name. Without `force` the existence check and
    the rename are one step (a hard link fails if the name exists), so of two runs writing
    the same new file one wins and the other is told, instead of silently overwriting."""
    if force:
        os.replace(temp, path)
        return
    try:
        os.link(temp, path)
    except FileExistsError:
        raise NewscliError(f"{path}: file exists (use `force` to overwrite)") from None
    except OSError:  # a file system without hard links: claim the name, then replace it
        _claim(path)
        os.replace(temp, path)


def _claim(path: Path) -> None:
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, NEW_FILE_MODE))
    except FileExistsError:
        raise NewscliError(f"{path}: file exists (use `force` to overwrite)") from None


TERMINATING_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)


@contextmanager
def _exit_on_termination() -> Iterator[None]:
    """Turn SIGTERM and SIGHUP into SystemExit(128+N) while a temporary file exists, so the
    cleanup that Ctrl-C gets runs for them too (killed outright, the .part file would stay)."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set handlers
        return
    # Only where the default (die) applies: a signal ignored by `nohup` stays ignored.
    default = [n for n in TERMINATING_SIGNALS if signal.getsignal(n) == signal.SIG_DFL]
    previous = {number: signal.signal(number, _raise_exit) for number in default}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _hold_signals() -> set | None:
    """Block SIGTERM and SIGHUP in the main thread; the mask before, to restore."""
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, TERMINATING_SIGNALS)


def _release_signals(held: set | None) -> None:
    if held is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _raise_exit(number: int, frame) -> None:
    raise SystemExit(128 + number)
