"""`newscli export`: records to files for pandas, R, Excel, corpus tools and browsers."""
from __future__ import annotations

import itertools
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from ...errors import NewscliError
from ..io import atomic_output, filter_kinds, open_reader, report_skipped, warn
from ..options import Encoding, Inputs, KindFilter, LineBuffered, Recursive, SkipInvalid


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    tsv = "tsv"
    md = "md"
    html = "html"
    txt = "txt"


def export_command(
    inputs: Inputs = None,
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")] = ExportFormat.jsonl,
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", metavar="FILE", help="Write to this file, atomically (default: standard output).")
    ] = None,
    outdir: Annotated[
        Optional[Path], typer.Option("--outdir", metavar="DIR", help="txt: the folder for one file per record.")
    ] = None,
    fields: Annotated[
        Optional[str], typer.Option("--fields", metavar="A,B,...", help="Comma-separated fields, in order (jsonl, json, csv, tsv); an unknown field is an error.")
    ] = None,
    excel: Annotated[
        bool, typer.Option("--excel", help="csv/tsv for Excel: UTF-8 BOM, CRLF, formula guard, long-cell warnings.")
    ] = False,
    bom: Annotated[bool, typer.Option("--bom", help="Start csv/tsv with a UTF-8 byte order mark.")] = False,
    no_header: Annotated[bool, typer.Option("--no-header", help="csv/tsv without the header row.")] = False,
    list_separator: Annotated[
        str, typer.Option("--list-separator", metavar="TEXT", help="Joins list values (authors) in a csv/tsv cell.")
    ] = "; ",
    segmented: Annotated[
        bool, typer.Option("--segmented", help="txt: words separated by spaces (jieba's dictionary; $NEWSCLI_SEGMENTER picks the engine), for AntConc and Voyant.")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite existing output files.")] = False,
    kind: KindFilter = None,
    encoding: Encoding = "auto",
    skip_invalid: SkipInvalid = False,
    recursive: Recursive = False,
    line_buffered: LineBuffered = False,
) -> None:
    """Export records as jsonl, json, csv, tsv, md, html, or txt (one file per record)."""
    from ... import export

    field_list = _field_names(fields)
    if field_list is not None and format not in FIELD_FORMATS:
        raise NewscliError(f"--fields picks the fields of jsonl, json, csv and tsv; {format.value} shows whole records")
    if format is ExportFormat.txt:
        if outdir is None:
            raise NewscliError("--format txt writes one file per record: give --outdir DIR")
    elif outdir is not None:
        raise NewscliError("--outdir goes with --format txt; use -o for a single file")
    reader = open_reader(inputs, encoding=encoding, skip_invalid=skip_invalid, recursive=recursive)
    records = filter_kinds(reader, kind)
    if field_list is not None:
        records = _checked(records, field_list)
    if format is ExportFormat.txt:
        export.write_text_files(records, outdir, segmented, force, warn)
    else:
        options = export.TableOptions(
            fields=field_list, delimiter="\t" if format is ExportFormat.tsv else ",", excel=excel,
            bom=bom, header=not no_header, list_separator=list_separator,
        )
        with atomic_output(output, force) as out:
            _write(format, records, out, options, line_buffered)
        for message in options.warnings:
            warn(message)
    report_skipped(reader)


def _field_names(fields: str | None) -> list[str] | None:
    """`--fields a,b` as names; a value that names no field (`,` or '') is an error, not `{}` rows."""
    if fields is None:
        return None
    names = [f.strip() for f in fields.split(",") if f.strip()]
    if not names:
        raise NewscliError(f"--fields: expected comma-separated field names, got {fields!r}")
    return names


FIELD_FORMATS = (ExportFormat.jsonl, ExportFormat.json, ExportFormat.csv, ExportFormat.tsv)


def _checked(records, fields: list[str]):
    """The records, once the first has shown that every field exists (before any output)."""
    from ... import export

    records = iter(records)
    first = next(records, None)
    export.check_fields(fields, first)
    return records if first is None else itertools.chain([first], records)


def _write(format: ExportFormat, records, out, options, line_buffered: bool) -> None:
    from ... import export, htmlpage
    from ...writers import RecordWriter

    if format is ExportFormat.jsonl:
        RecordWriter(out, line_buffered, options.fields).write_all(records)
    elif format is ExportFormat.json:
        export.write_json(records, out, options.fields)
    elif format in (ExportFormat.csv, ExportFormat.tsv):
        export.write_table(records, out, options)
    elif format is ExportFormat.md:
        export.write_markdown(records, out)
    else:
        htmlpage.write_html(records, out)

