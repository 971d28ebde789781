"""`newscli split`: raw issue text -> records."""

from __future__ import annotations

import re
import shutil
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from ...errors import NewscliError
from ..io import (
    open_reader,
    report_skipped,
    stdout_is_terminal,
    stdout_writer,
    write_encoded,
    write_lines,
)
from ..options import (
    DEFAULT_MAX_ISSUE_SIZE,
    Dask,
    DaskOutdir,
    Encoding,
    Inputs,
    LineBuffered,
    MaxIssueSize,
    Recursive,
    SkipInvalid,
    check_dask_outdir,
    jobs_option,
)


class IssueFrom(str, Enum):
    name = "name"
    path = "path"


DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")


def split_command(
    inputs: Inputs = None,
    issue: Annotated[
        Optional[str],
        typer.Option(
            "--issue", metavar="NAME", help="Issue key (default: the file name without extension)."
        ),
    ] = None,
    date: Annotated[
        Optional[str],
        typer.Option(
            "--date", metavar="YYYY-MM-DD", help="Issue date (default: found in the file name)."
        ),
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
        jobs_option(
            "Split issues in N processes (0, the default: one per core; a single issue never "
            "starts any). Output does not change."
        ),
    ] = 0,
    dask: Dask = None,
    outdir: DaskOutdir = None,
) -> None:
    """Split raw newspaper issues into article records (JSON lines, in source order).

    INPUT is a file, a directory (its *.txt files, in name order) or - for standard input.
    Record-stream inputs pass through unchanged.
    """
    if issue is not None and not issue.strip():
        raise NewscliError("--issue: expected a name, got an empty string")
    if issue is not None or date is not None:
        require_single_input(inputs, "--issue" if issue is not None else "--date")
    if date is not None:
        check_date(date)
    check_dask_outdir(dask, outdir)
    if explain:
        explain_inputs(inputs, encoding, max_issue_size, recursive)
        return
    reader = open_reader(
        inputs,
        encoding=encoding,
        skip_invalid=skip_invalid,
        recursive=recursive,
        issue=issue,
        date=date,
        issue_from=issue_from.value,
        max_issue_size=max_issue_size,
    )
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
    write_encoded(map_records(reader, json_lines, workers), line_buffered)
    report_skipped(reader)


def require_single_input(paths: list[Path] | None, option: str) -> None:
    """`--issue`/`--date` name one issue: refuse several files or a directory."""
    if paths and (len(paths) > 1 or paths[0].is_dir()):
        raise NewscliError(f"{option} applies to a single input file")


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
    from ...explain import table_lines
    from ...split import explain_text

    reader = open_reader(
        inputs, encoding=encoding, recursive=recursive, max_issue_size=max_issue_size, text=True
    )
    on_terminal = stdout_is_terminal()
    columns = shutil.get_terminal_size().columns
    rows_out = stdout_writer()
    for source, text in reader.texts():
        rows = explain_text(text)
        if on_terminal:
            write_lines(table_lines(rows, source.name, columns))
        else:
            rows_out.write_all({"source": source.name, **row} for row in rows)


def on_cluster(address: str, reader, func, outdir, summaries: list | None = None) -> None:
    """The records `func` makes of every input, computed on a Dask cluster: written here in
    input order, or by the workers into `outdir`."""
    from ...distributed import Plan, dask_client, stream_items, write_parts

    with dask_client(address) as client, Plan(reader) as plan:
        if outdir is None:
            write_encoded(stream_items(client, plan, func, summaries))
        else:
            write_parts(client, plan, func, outdir, summaries)
