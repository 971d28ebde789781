"""`newscli split`: raw issue text -> records."""
from __future__ import annotations

import re
import shutil
from enum import Enum
import sys
from typing import Annotated, Optional

import typer

from ...errors import NewscliError
from ..io import open_reader, report_skipped, write_lines
from ..options import DEFAULT_MAX_ISSUE_SIZE, Dask, DaskOutdir, Encoding, Inputs, LineBuffered, MaxIssueSize, Recursive, SkipInvalid

class IssueFrom(str, Enum):
    name = "name"
    path = "path"


DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")


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
    recursive: Recursive = False,
    issue_from: Annotated[
        IssueFrom,
        typer.Option(
            "--issue-from",
            help="The issue key of a file: its name without extension, or its path (folders "
            "too, joined by _: 2024/0118/a.txt -> 2024_0118_a), when folders hold files of one name.",
        ),
    ] = IssueFrom.name,
    line_buffered: LineBuffered = False,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Show every line's role and the features that decided it (a table on a terminal, JSON lines when piped) instead of records.",
        ),
    ] = False,
    max_issue_size: MaxIssueSize = DEFAULT_MAX_ISSUE_SIZE,  # type: ignore[assignment]
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            "-j",
            min=0,
            metavar="N",
            help="Split issues in N processes (0, the default: one per core; a single issue never "
            "starts any). Output does not change.",
        ),
    ] = 0,
    dask: Dask = None,
    outdir: DaskOutdir = None,
) -> None:
    """Split raw newspaper issues into article records (JSON lines, in source order).

    INPUT is a file, a directory (its *.txt files, in name order) or - for standard input.
    Record-stream inputs pass through unchanged.
    """
    from ...records import require_single_input

    if issue is not None and not issue.strip():
        raise NewscliError("--issue: expected a name, got an empty string")
    if issue is not None or date is not None:
        require_single_input(inputs, "--issue" if issue is not None else "--date")
    if date is not None:
        check_date(date)
    if outdir is not None and dask is None:
        raise NewscliError("--outdir goes with --dask (the workers write the files)")
    if explain:
        explain_inputs(inputs, encoding, max_issue_size, recursive)
        return
    reader = open_reader(
        inputs, encoding=encoding, skip_invalid=skip_invalid, recursive=recursive, issue=issue, date=date, issue_from=issue_from.value
    )
    reader.options.max_issue_size = max_issue_size
    from ...chunked import map_records
    from ...parallel import usable_cores
    from ...records import json_lines

    if dask is not None:
        on_cluster(dask, reader, json_lines, outdir)
        report_skipped(reader)
        return
    # Workers write the records as JSON too: only bytes travel back. A `tail -f` feed wants
    # each record as soon as it is read: one process.
    workers = 1 if line_buffered else jobs or usable_cores()
    write_lines(map_records(reader, json_lines, workers), line_buffered)
    report_skipped(reader)


def check_date(value: str) -> None:
    """--date is a real calendar date written YYYY-MM-DD (not 2025-13-40, not 2025-02-30)."""
    import datetime

    if not DATE_RE.match(value):
        raise NewscliError(f"--date: expected YYYY-MM-DD, got {value!r}")
    try:
        datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise NewscliError(f"--date: {value!r} is not a calendar date ({exc})") from None


def explain_inputs(inputs, encoding: str, max_issue_size: int, recursive: bool = False) -> None:
    """`--explain`: each raw issue's lines with their roles, as a table or JSON lines."""
    import orjson

    from ...explain import table_lines
    from ...split import explain_text
    from ...textio import check_encoding, iter_sources, read_issue_text
    from ..io import open_reader, stdout_is_terminal

    open_reader(inputs)  # the same refusal to wait on a terminal as every command
    check_encoding(encoding)
    on_terminal = stdout_is_terminal()
    out = sys.stdout.buffer
    columns = shutil.get_terminal_size().columns
    for source in iter_sources(inputs, recursive=recursive):
        rows = explain_text(read_issue_text(source, encoding, max_issue_size))
        if on_terminal:
            out.write("".join(line + "\n" for line in table_lines(rows, source.name, columns)).encode("utf-8"))
        else:
            out.write(b"".join(orjson.dumps({"source": source.name, **row}) + b"\n" for row in rows))
        out.flush()


def on_cluster(address: str, reader, func, outdir, summaries: list | None = None) -> None:
    """The records `func` makes of every input, computed on a Dask cluster: written here in
    input order, or by the workers into `outdir`."""
    from ...distributed import Plan, dask_client, stream_items, write_parts

    with dask_client(address) as client, Plan(reader) as plan:
        if outdir is None:
            write_lines(stream_items(client, plan, func, summaries))
        else:
            write_parts(client, plan, func, outdir, summaries)
