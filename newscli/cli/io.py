"""Reading inputs and writing outputs for the commands: the only place that touches stdin/stdout."""
from __future__ import annotations

import os
import signal
import stat
import sys
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterable, Iterator

from typing import TYPE_CHECKING

from ..errors import NewscliError
from .options import Kind

if TYPE_CHECKING:
    from ..blocks import LineFilter
    from ..records import RecordReader, RecordWriter

NO_INPUT_HINT = "no input: give files or directories, or pipe issue text or records into standard input"


def open_reader(
    inputs: list[Path] | None,
    encoding: str = "auto",
    skip_invalid: bool = False,
    issue: str | None = None,
    date: str | None = None,
    recursive: bool = False,
    issue_from: str = "name",
    line_filter: LineFilter | None = None,
) -> RecordReader:
    """A lazy reader over the inputs; refuses to wait on a terminal for standard input.
    With `line_filter` (grep's), only record lines holding one of its strings are parsed."""
    from ..records import ReadOptions, RecordReader

    reading_stdin = not inputs or any(str(p) == "-" for p in inputs)
    if reading_stdin and stdin_is_terminal():
        raise NewscliError(NO_INPUT_HINT)
    options = ReadOptions(
        encoding=encoding, skip_invalid=skip_invalid, issue=issue, date=date, recursive=recursive, issue_from=issue_from
    )
    return RecordReader(inputs, options, line_filter=line_filter)


def stdin_is_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def report_skipped(reader: RecordReader) -> None:
    for key, first, again in getattr(reader, "repeated_keys", [])[:5]:
        warn(f"{first} and {again} both give issue key {key!r}, so their records share ids; "
             "give --issue-from path (split) or name the files apart")
    if reader.skipped:
        shown = ", ".join(reader.skipped[:5]) + (", ..." if len(reader.skipped) > 5 else "")
        warn(f"skipped {len(reader.skipped)} invalid record line(s): {shown}")


def warn(message: str) -> None:
    from ..display import terminal_safe  # warnings quote record ids and values

    print(f"newscli: warning: {terminal_safe(message)}", file=sys.stderr)


def filter_kinds(records: Iterable[dict], kinds: list[Kind] | None) -> Iterator[dict]:
    if not kinds:
        yield from records
        return
    wanted = {k.value for k in kinds}
    yield from (r for r in records if r.get("kind") in wanted)


def stdout_writer(line_buffered: bool = False) -> RecordWriter:
    from ..records import RecordWriter

    return RecordWriter(sys.stdout.buffer, line_buffered=line_buffered)


def write_lines(lines: Iterable[bytes], line_buffered: bool = False) -> int:
    """Lines already encoded (records a worker process wrote as JSON) to standard output."""
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


@contextmanager
def atomic_output(path: Path | None, force: bool = False) -> Iterator[IO[bytes]]:
    """Standard output, or a file written atomically: a temporary file in the same folder,
    published as `path` only when everything was written. A failure, Ctrl-C, SIGTERM or
    SIGHUP leaves no file. A FIFO or a terminal-like device (/dev/null, /dev/stdout) is
    written into, as `>` does, never replaced."""
    if path is None or str(path) == "-":
        yield sys.stdout.buffer
        return
    if _is_stream(path):
        with _open_stream(path) as handle:
            yield handle
        return
    if os.path.lexists(path) and not force:
        raise NewscliError(f"{path}: file exists (use --force to overwrite)")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise NewscliError(f"{folder}: no such directory")
    with _exit_on_termination():
        # A short temporary name: the target's own name may be as long as the file system allows.
        fd, temp = tempfile.mkstemp(prefix=f".{path.name[:TEMP_NAME_PREFIX]}.", suffix=".part", dir=folder)
        try:
            os.fchmod(fd, NEW_FILE_MODE & ~current_umask())  # mkstemp makes 0600; `>` makes 0666 less the umask
            with os.fdopen(fd, "wb") as handle:
                yield handle
            _publish(Path(temp), path, force)
        finally:
            Path(temp).unlink(missing_ok=True)


TEMP_NAME_PREFIX = 32  # characters of the target's name kept in its temporary file's name
NEW_FILE_MODE = 0o666  # what `>` and open() create, before the umask


def current_umask() -> int:
    """The process umask (reading it means setting it: set it straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# Names of an open descriptor (`-o /dev/stdout > file`): written into, as `>` does, even
# when the descriptor is a file; replacing them would replace the link in /dev.
DESCRIPTOR_NAMES = ("/dev/stdout", "/dev/stderr")
DESCRIPTOR_FOLDERS = ("/dev/fd/", "/proc/self/fd/")


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
        raise NewscliError(f"{path}: is {what}; -o writes files, pipes and terminals")
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)


def _open_stream(path: Path) -> IO[bytes]:
    try:
        return open(path, "wb")
    except OSError as exc:
        raise NewscliError(f"{path}: {exc.strerror or exc}") from None


def _publish(temp: Path, path: Path, force: bool) -> None:
    """Give the finished temporary file its name. Without --force the existence check and
    the rename are one step (a hard link fails if the name exists), so of two runs writing
    the same new file one wins and the other is told, instead of silently overwriting."""
    if force:
        os.replace(temp, path)
        return
    try:
        os.link(temp, path)
    except FileExistsError:
        raise NewscliError(f"{path}: file exists (use --force to overwrite)") from None
    except OSError:  # a file system without hard links: claim the name, then replace it
        _claim(path)
        os.replace(temp, path)


def _claim(path: Path) -> None:
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
    except FileExistsError:
        raise NewscliError(f"{path}: file exists (use --force to overwrite)") from None


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


def _raise_exit(number: int, frame) -> None:
    raise SystemExit(128 + number)
