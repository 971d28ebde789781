"""`newscli list`: one row per record."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from enum import Enum
from typing import Annotated, Optional

import typer

from ..io import (
    filter_kinds,
    open_reader,
    report_skipped,
    stdout_is_terminal,
    stdout_writer,
    write_lines,
    write_tsv,
)
from ..options import Encoding, Inputs, KindFilter, Recursive, SkipInvalid


class ListFormat(str, Enum):
    table = "table"
    tsv = "tsv"
    jsonl = "jsonl"


def list_command(
    inputs: Inputs = None,
    kind: KindFilter = None,
    format: Annotated[
        Optional[ListFormat],
        typer.Option(
            "--format", "-f", help="table on a terminal, tsv when piped (default), or jsonl."
        ),
    ] = None,
    encoding: Encoding = "auto",
    skip_invalid: SkipInvalid = False,
    recursive: Recursive = False,
) -> None:
    """List records: id, kind, date, title, byline and length, one row each.

    TSV and jsonl carry the records' values; the table leaves out empty columns and shows
    the first words of a record without a headline after [untitled]."""
    from ... import listing

    reader = open_reader(inputs, encoding=encoding, skip_invalid=skip_invalid, recursive=recursive)
    records = _first_read(filter_kinds(reader, kind))
    chosen = format or (ListFormat.table if stdout_is_terminal() else ListFormat.tsv)
    if chosen is ListFormat.jsonl:
        stdout_writer(fields=list(listing.COLUMNS)).write_all(records)
    elif chosen is ListFormat.tsv:
        write_tsv(listing.tsv_rows(records))
    else:  # a table must see every row to size its columns
        write_lines(
            listing.table_lines(
                list(listing.table_rows(records)), shutil.get_terminal_size().columns
            )
        )
    report_skipped(reader)


def _first_read(records: Iterator[dict]) -> Iterator[dict]:
    """The records, once the first has been read: an input refused at once (a CSV, a bad
    first line) is reported before the TSV header, not after it."""
    first = next(records, None)
    return iter(()) if first is None else itertools.chain([first], records)
