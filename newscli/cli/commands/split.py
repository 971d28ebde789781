"""`newscli split`: raw issue text -> records."""
from __future__ import annotations

import re
from typing import Annotated, Optional

import typer

from ...errors import NewscliError
from ..io import open_reader, report_skipped, stdout_writer
from ..options import Encoding, Inputs, LineBuffered, SkipInvalid

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def split_command(
    inputs: Inputs = None,
    issue: Annotated[
        Optional[str], typer.Option("--issue", metavar="NAME", help="Issue key (default: the file name without extension).")
    ] = None,
    date: Annotated[
        Optional[str], typer.Option("--date", metavar="YYYY-MM-DD", help="Issue date (default: found in the file name).")
    ] = None,
    encoding: Encoding = "auto",
    skip_invalid: SkipInvalid = False,
    line_buffered: LineBuffered = False,
) -> None:
    """Split raw newspaper issues into article records (JSON lines, in source order).

    INPUT is a file, a directory (its *.txt files, in name order) or - for standard input.
    Record-stream inputs pass through unchanged.
    """
    from ...records import require_single_input

    if issue is not None or date is not None:
        require_single_input(inputs, "--issue" if issue is not None else "--date")
    if date is not None and not DATE_RE.match(date):
        raise NewscliError(f"--date: expected YYYY-MM-DD, got {date!r}")
    reader = open_reader(inputs, encoding=encoding, skip_invalid=skip_invalid, issue=issue, date=date)
    stdout_writer(line_buffered).write_all(reader)
    report_skipped(reader)
