"""`newscli convert-traditional`: records (or plain text) in traditional script."""

from __future__ import annotations

from collections import Counter
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from ...errors import NewscliError
from ..io import note, open_reader, report_skipped, stdout_writer, warn, write_text
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


class To(str, Enum):
    hk = "hk"
    mo = "mo"
    tw = "tw"
    twp = "twp"
    t = "t"


def convert_command(
    inputs: Inputs = None,
    to: Annotated[
        To,
        typer.Option(
            "--to",
            help="hk Hong Kong, mo Macao (HK forms), tw Taiwan, twp Taiwan phrasing, t OpenCC standard.",
        ),
    ] = To.hk,
    text: Annotated[
        bool, typer.Option("--text", help="Plain text in, plain text out, like the opencc command.")
    ] = False,
    dict_file: Annotated[
        Optional[Path],
        typer.Option(
            "--dict",
            metavar="FILE",
            help="Your phrase overrides: simplified<TAB>traditional a line, applied first.",
        ),
    ] = None,
    reconvert: Annotated[
        bool,
        typer.Option(
            "--reconvert",
            help="Convert records whose `script` is already traditional too (by default they pass through unchanged).",
        ),
    ] = False,
    report: Annotated[
        bool,
        typer.Option("--report", help="List every changed phrase with counts on standard error."),
    ] = False,
    report_file: Annotated[
        Optional[Path],
        typer.Option(
            "--report-file", metavar="FILE", help="Write the changed phrases as JSON to this file."
        ),
    ] = None,
    jobs: Annotated[
        int,
        jobs_option(
            "Convert in N processes (at most one per core); output does not change.", least=1
        ),
    ] = 1,
    encoding: Encoding = "auto",
    skip_invalid: SkipInvalid = False,
    recursive: Recursive = False,
    line_buffered: LineBuffered = False,
    max_issue_size: MaxIssueSize = DEFAULT_MAX_ISSUE_SIZE,  # type: ignore[assignment]
    dask: Dask = None,
    outdir: DaskOutdir = None,
) -> None:
    """Convert records from simplified to traditional script for Hong Kong, Macao or Taiwan.

    Every text field is converted; `script` and `conversion` are added; ids and all other
    fields stay, so converted records still join with the originals. Records whose `script`
    is already traditional pass through unchanged (see --reconvert)."""
    from ... import convert

    phrases = convert.PhraseDict(dict_file) if dict_file else None
    for warning in phrases.warnings if phrases else ():
        warn(warning)
    changes: Counter | None = Counter() if (report or report_file) else None
    converter = convert.RecordConverter(to.value, phrases, changes, reconvert)
    check_dask_outdir(dask, outdir)
    if dask is not None and text:
        raise NewscliError("--dask converts records; --text converts one plain text here")
    reader = open_reader(
        inputs,
        encoding=encoding,
        skip_invalid=skip_invalid,
        recursive=recursive,
        max_issue_size=max_issue_size,
        text=text,
    )
    if dask is not None:
        from ...distributed import Conversion

        conversion = Conversion(to.value, phrases, changes is not None, reconvert)
        _convert_on_cluster(dask, reader, conversion, outdir, changes)
    elif text:
        for _, plain in reader.texts():
            write_text(converter.convert(plain))
    else:
        already = convert.AlreadyConverted()
        records = reader if reconvert else already.watch(reader)
        if jobs > 1 and not line_buffered:
            converted = convert.convert_parallel(
                records, to.value, dict_file, changes, jobs, reconvert
            )
        else:  # a live feed converts each record as it arrives
            converted = converter.convert_records(
                records, batch_size=1 if line_buffered else convert.BATCH_SIZE
            )
        stdout_writer(line_buffered).write_all(converted)
        report_skipped(reader)
        _note_already(already.count)
    if changes is not None:
        _report(changes, report, report_file)


def _note_already(count: int) -> None:
    if count:
        note(
            f"{count} record(s) already in traditional script passed through unchanged (--reconvert converts them again)"
        )


def _convert_on_cluster(address: str, reader, conversion, outdir, changes: Counter | None) -> None:
    """The records converted by Dask workers; their change counts and notes merged here."""
    from .split import on_cluster

    summaries: list = []
    on_cluster(address, reader, conversion, outdir, summaries)
    report_skipped(reader)
    for counted, _ in summaries:
        if changes is not None and counted:
            changes.update(counted)
    _note_already(sum(already for _, already in summaries))


def _report(changes: Counter, to_stderr: bool, path: Path | None) -> None:
    """The changed phrases: as JSON to `path` (written atomically; an existing file is
    replaced, as before), and as a list on standard error."""
    import sys

    from ...convert import report_rows
    from ...writers import output_file

    rows = report_rows(changes)
    if path is not None:
        with output_file(path, force=True) as out:
            out.write(_report_json(rows))
    if to_stderr:
        for row in rows:
            print(f"{row['count']:>6}  {row['from']} → {row['to']}", file=sys.stderr)


def _report_json(rows: list[dict]) -> bytes:
    import json

    return (json.dumps(rows, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
