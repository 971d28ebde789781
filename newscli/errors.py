"""Exit codes and the one exception type the CLI turns into `newscli: error: ...`."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    NO_MATCH = 1  # grep, show: nothing selected (like grep)
    ERROR = 2  # bad input, bad usage, I/O failure
    INTERRUPTED = 130  # Ctrl-C


class NewscliError(Exception):
    """A user-facing error: printed as one line on standard error, exit code 2.

    The library speaks of values, not of command-line flags: a message names a setting in
    backquotes as the library spells it (`max_issue_size`, `force`), and the CLI shows its
    flag there instead (--max-issue-size, --force)."""

    def __init__(self, message: str, code: ExitCode = ExitCode.ERROR):
        super().__init__(message)
        self.message = message
        self.code = code


class InvalidRecordError(NewscliError):
    """A line of a record stream that is not a valid record; `where` is `FILE:LINE`."""

    def __init__(self, where: str, reason: str):
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class PipeClosed(Exception):
    """Standard output was closed by its reader (`| head`): stop quietly."""
