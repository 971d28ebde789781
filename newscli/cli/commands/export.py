"""`newscli export`: records to files for pandas, R, Excel, corpus tools and browsers."""

from __future__ import annotations

import dataclasses
import io
import itertools
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from ...errors import NewscliError
from ..io import atomic_output, filter_kinds, open_reader, report_skipped, warn
from ..options import (
    Encoding,
    Inputs,
    KindFilter,
    LineBuffered,
    Recursive,
    SkipInvalid,
    jobs_option,
)


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
    format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ExportFormat.jsonl,
    output: Annotated[
        Optional[Path],
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write to this file, atomically (default: standard output).",
        ),
    ] = None,
    outdir: Annotated[
        Optional[Path],
        typer.Option("--outdir", metavar="DIR", help="txt: the folder for one file per record."),
    ] = None,
    fields: Annotated[
        Optional[str],
        typer.Option(
            "--fields",
            metavar="A,B,...",
            help="Comma-separated fields, in order (jsonl, json, csv, tsv); an unknown field is an error.",
        ),
    ] = None,
    excel: Annotated[
        bool,
        typer.Option(
            "--excel", help="csv/tsv for Excel: UTF-8 BOM, CRLF, formula guard, long-cell warnings."
        ),
    ] = False,
    bom: Annotated[
        bool, typer.Option("--bom", help="Start csv/tsv with a UTF-8 byte order mark.")
    ] = False,
    no_header: Annotated[
        bool, typer.Option("--no-header", help="csv/tsv without the header row.")
    ] = False,
    list_separator: Annotated[
        str,
        typer.Option(
            "--list-separator",
            metavar="TEXT",
            help="Joins list values (authors) in a csv/tsv cell.",
        ),
    ] = "; ",
    segmented: Annotated[
        bool,
        typer.Option(
            "--segmented",
            help="txt: words separated by spaces (jieba's dictionary; $NEWSCLI_SEGMENTER picks the engine), for AntConc and Voyant.",
        ),
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite existing output files.")
    ] = False,
    kind: KindFilter = None,
    encoding: Encoding = "auto",
    skip_invalid: SkipInvalid = False,
    recursive: Recursive = False,
    line_buffered: LineBuffered = False,
    jobs: Annotated[
        int,
        jobs_option(
            "Processes for large record files (0, the default: one per core) in jsonl, json, and "
            "csv/tsv with --fields: a file of 16 MB or more is cut into pieces at line boundaries; "
            "other formats and smaller inputs use one process. Output does not change."
        ),
    ] = 0,
) -> None:
    """Export records as jsonl, json, csv, tsv, md, html, or txt (one file per record)."""
    from ... import export

    field_list = _field_names(fields)
    if field_list is not None and format not in FIELD_FORMATS:
        raise NewscliError(
            f"--fields picks the fields of jsonl, json, csv and tsv; {format.value} shows whole records"
        )
    if format is ExportFormat.txt:
        if outdir is None:
            raise NewscliError("--format txt writes one file per record: give --outdir DIR")
    elif outdir is not None:
        raise NewscliError("--outdir goes with --format txt; use -o for a single file")
    reader = open_reader(inputs, encoding=encoding, skip_invalid=skip_invalid, recursive=recursive)
    if _in_pieces(format, field_list, jobs, line_buffered):
        _export_in_pieces(
            reader,
            format,
            output,
            force,
            field_list,
            kind,
            jobs,
            excel,
            bom,
            no_header,
            list_separator,
        )
        report_skipped(reader)
        return
    records = filter_kinds(reader, kind)
    if field_list is not None:
        records = _checked(records, field_list)
    if format is ExportFormat.txt:
        export.write_text_files(records, outdir, segmented, force, warn)
    else:
        options = export.TableOptions(
            fields=field_list,
            delimiter="\t" if format is ExportFormat.tsv else ",",
            excel=excel,
            bom=bom,
            header=not no_header,
            list_separator=list_separator,
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


def _in_pieces(
    format: ExportFormat, fields: list[str] | None, jobs: int, line_buffered: bool
) -> bool:
    """Formats whose every record is written on its own (a table's columns known beforehand)
    may have large record files written in pieces by worker processes."""
    from ...parallel import usable_cores

    if line_buffered or (jobs or usable_cores()) <= 1:
        return False
    return format in (ExportFormat.jsonl, ExportFormat.json) or (
        format in (ExportFormat.csv, ExportFormat.tsv) and fields is not None
    )


def _export_in_pieces(
    reader, format, output, force, fields, kinds, jobs, excel, bom, no_header, list_separator
) -> None:
    """The records encoded where they are read (in worker processes for large files), in
    batches, and written in input order: the bytes of the one-process writers."""
    import orjson

    from ... import export
    from ...chunked import map_records
    from ...parallel import usable_cores
    from ...writers import RecordWriter

    wanted = {k.value for k in kinds} if kinds else None
    table = export.TableOptions(
        fields=fields,
        delimiter="\t" if format is ExportFormat.tsv else ",",
        excel=excel,
        bom=bom,
        header=not no_header,
        list_separator=list_separator,
    )
    encoder = _PieceEncoder(format.value, fields, table, wanted)
    pieces = map_records(reader, encoder, jobs or usable_cores())
    if fields is not None:  # the first batch read, its fields checked, before anything is written
        first = next(pieces, None)
        pieces = itertools.chain([] if first is None else [first], pieces)
    with atomic_output(output, force) as out:
        if format in (ExportFormat.jsonl, ExportFormat.json):
            # The pieces are each record's JSON: fragments that the one writer writes as they are.
            fragments = (orjson.Fragment(item) for items, _ in pieces for item in items)
            if format is ExportFormat.jsonl:
                RecordWriter(out).write_all(fragments)
            else:
                export.write_json(fragments, out)
        else:
            _write_table_pieces(pieces, out, table)
    for message in table.warnings:
        warn(message)


def _write_table_pieces(pieces, out, table) -> None:
    """The BOM and header as write_table starts a table, then the rows of each piece."""
    from ... import export

    export.write_table([], out, table)
    bom_due = (
        table.bom or table.excel
    ) and not table.header  # write_table writes it with the first row
    for data, warnings in pieces:
        if data and bom_due:
            out.write(BOM)
            bom_due = False
        out.write(data)
        table.warnings += warnings


BOM = b"\xef\xbb\xbf"


class _PieceEncoder:
    """Records to output bytes, a batch at a time. The first batch of the run (always read
    in this process) has its first record's fields checked, as a one-process export does."""

    def __init__(self, format: str, fields, table, kinds):
        self.format, self.fields, self.table, self.kinds = format, fields, table, kinds
        self.checked = fields is None

    def __call__(self, records):
        from ... import export
        from ...parallel import record_batches

        records = (r for r in records if self.kinds is None or r.get("kind") in self.kinds)
        for batch in record_batches(records, PIECE_BATCH):
            if not self.checked:
                export.check_fields(self.fields, batch[0])
            self.checked = True
            yield self._encode(batch, export)
        self.checked = True  # a worker never checks: the run's first record was checked here

    def _encode(self, batch, export):
        import orjson

        if self.format in ("jsonl", "json"):
            return [orjson.dumps(export.pick(r, self.fields)) for r in batch], []
        table = dataclasses.replace(self.table, header=False, warnings=[])
        out = io.BytesIO()
        export.write_table(batch, out, table)
        data = out.getvalue()
        return data.removeprefix(BOM), table.warnings


PIECE_BATCH = 256  # records encoded together: one write and one message for many records
