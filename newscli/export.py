"""`export`: records to files other tools read: JSON, CSV, TSV, Markdown, one text file per
record (JSON lines are `writers.RecordWriter`; HTML is `htmlpage`)."""

from __future__ import annotations

import csv
import io
import re
import shutil
import tempfile
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import orjson

from .errors import NewscliError
from .schema import KNOWN_FIELDS, RECORD_FIELDS, full_text, text_of
from .writers import TsvWriter, output_file, pick

# Fields a table never gets by default: `text` already holds the paragraphs.
NOT_DEFAULT = {"paragraphs", "lines"}
# The record's scalar fields and authors, then its text (the longest cell) last: the default
# table columns.
DEFAULT_COLUMNS = tuple(f for f in RECORD_FIELDS if f not in NOT_DEFAULT and f != "text") + (
    "text",
)
LIST_SEPARATOR = "; "  # authors and other lists in a table cell
EXCEL_CELL_LIMIT = 32767
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
NUMBER_RE = re.compile(r"[-+]?\d+(?:\.\d+)?%?")  # used with fullmatch: `$` would pass "+5\n"


@dataclass
class TableOptions:
    fields: list[str] | None = None  # None: DEFAULT_COLUMNS then any extra keys seen
    delimiter: str = ","
    excel: bool = False  # BOM, CRLF, formula guard, long-cell warnings
    bom: bool = False
    header: bool = True
    list_separator: str = LIST_SEPARATOR
    warnings: list[str] = field(default_factory=list)


def write_json(records: Iterable[dict], out: IO[bytes], fields: list[str] | None = None) -> int:
    """One JSON array, written as records arrive."""
    count = 0
    out.write(b"[")
    for record in records:
        out.write(b",\n" if count else b"\n")
        out.write(orjson.dumps(pick(record, fields)))
        count += 1
    out.write(b"\n]\n" if count else b"]\n")
    return count


def check_fields(fields: list[str], first: dict | None) -> None:
    """Refuse a field that is neither a record field nor a key of the first record (a typo
    would otherwise give an empty column), naming the closest and the known fields."""
    import difflib

    known = list(KNOWN_FIELDS) + [k for k in (first or {}) if k not in KNOWN_FIELDS]
    unknown = [name for name in fields if name not in known]
    if not unknown:
        return
    name = unknown[0]
    near = difflib.get_close_matches(name, known, n=1)
    hint = f"did you mean {near[0]!r}? " if near else ""
    raise NewscliError(f"`fields`: unknown field {name!r}; {hint}known fields: {', '.join(known)}")


def write_table(records: Iterable[dict], out: IO[bytes], options: TableOptions) -> int:
    """CSV (RFC 4180) or TSV, one row a record, as records arrive.

    Without --fields the header is the default columns plus the union of extra keys seen,
    so rows are written to a temporary file (not memory) while columns are learned, then
    copied out after the header; rows written before a column appeared get empty cells."""
    encoding = "utf-8-sig" if options.excel or options.bom else "utf-8"
    line_end = "\r\n" if options.excel else "\n"
    if options.fields is not None:
        text = _text_stream(out, encoding)
        writer = _writer(text, options.delimiter, line_end)
        if options.header:
            writer.writerow(_header(options.fields, options))
        count = 0
        for record in records:
            writer.writerow(_row(record, options.fields, options))
            count += 1
        text.flush()
        text.detach()
        return count
    with tempfile.TemporaryFile() as spool:
        columns, row_ends, widths = _spool_rows(records, spool, options, line_end)
        text = _text_stream(out, encoding)
        if options.header:
            _writer(text, options.delimiter, line_end).writerow(_header(columns, options))
        text.flush()
        text.detach()
        _copy_padded(spool, out, row_ends, widths, len(columns), options.delimiter, line_end)
        return len(row_ends)


def _text_stream(out: IO[bytes], encoding: str) -> io.TextIOWrapper:
    return io.TextIOWrapper(out, encoding=encoding, newline="", write_through=True)


def _writer(text: IO[str], delimiter: str, line_end: str):
    if delimiter == "\t":
        return TsvWriter(text, line_end)
    # The csv module quotes a cell holding a character of its line terminator: with "\r\n"
    # both \r and \n are quoted (RFC 4180), which "\n" alone would not do for a bare \r.
    return csv.writer(_LineEnd(text, line_end), lineterminator="\r\n", delimiter=delimiter)


class _LineEnd:
    """Gives each row written by csv.writer (one write call a row) the wanted line end."""

    def __init__(self, stream: IO[str], line_end: str):
        self.stream = stream
        self.change = line_end != "\r\n"
        self.line_end = line_end

    def write(self, row: str) -> int:
        if self.change:
            row = row[:-2] + self.line_end
        return self.stream.write(row)


def _spool_rows(records: Iterable[dict], spool: IO[bytes], options: TableOptions, line_end: str):
    """Write rows with the columns known so far; return the columns, each row's end offset,
    and (first row, width) wherever the width grew."""
    columns = list(DEFAULT_COLUMNS)
    known = set(columns) | NOT_DEFAULT
    text = _text_stream(spool, "utf-8")
    writer = _writer(text, options.delimiter, line_end)
    row_ends = array("Q")
    widths: list[tuple[int, int]] = [(0, len(columns))]
    for record in records:
        new = [key for key in record if key not in known]
        if new:
            columns += new
            known.update(new)
            widths.append((len(row_ends), len(columns)))
        writer.writerow(_row(record, columns, options))
        row_ends.append(spool.tell())
    text.flush()
    text.detach()
    return columns, row_ends, widths


def _copy_padded(spool, out, row_ends, widths, final: int, delimiter: str, line_end: str) -> None:
    """Copy the spooled rows, giving rows written before the last column appeared the
    empty cells they lack; rows already at full width are copied in one piece."""
    spool.seek(0)
    ending = line_end.encode()
    for number, (start, width) in enumerate(widths):
        if width == final:
            shutil.copyfileobj(spool, out)
            return
        stop = widths[number + 1][0]
        padding = (delimiter * (final - width)).encode()
        position = row_ends[start - 1] if start else 0
        for index in range(start, stop):
            row = spool.read(row_ends[index] - position)
            position = row_ends[index]
            out.write(row[: -len(ending)] + padding + ending)


def _header(columns: list[str], options: TableOptions) -> list[str]:
    """Column names come from record keys, which anyone can choose: guarded like cells."""
    return [excel_safe(name) for name in columns] if options.excel else list(columns)


PLAIN_TYPES = {str, int, float, type(None)}  # the csv module writes these as they are


def _row(record: dict, columns: list[str], options: TableOptions) -> list:
    """A record's cells; only lists, objects, booleans and Excel cells need work (hot path)."""
    row = [record.get(name) for name in columns]
    for index, value in enumerate(row):
        if (
            options.excel
            or type(value) not in PLAIN_TYPES
            or (value is None and columns[index] == "text")
        ):
            row[index] = _cell(record, columns[index], options)
    return row


def _scalar(value) -> str:
    """A value as text; a number the reader kept exactly (an orjson.Fragment) as written."""
    if isinstance(value, orjson.Fragment):
        return orjson.dumps(value).decode()
    return str(value)


def _cell(record: dict, name: str, options: TableOptions) -> str:
    value = record.get(name)
    if name == "text" and value is None:
        value = text_of(record)
    if value is None:
        text = ""
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, list):
        separator = "\n" if name == "paragraphs" else options.list_separator
        text = separator.join(_scalar(v) for v in value)
    elif isinstance(value, dict):
        text = orjson.dumps(value).decode()
    else:
        text = _scalar(value)
    if options.excel:
        text = excel_safe(text)
        if len(text) > EXCEL_CELL_LIMIT:
            options.warnings.append(
                f"{record.get('id')}: {name} has {len(text)} characters; Excel cuts cells at {EXCEL_CELL_LIMIT}"
            )
    return text


def excel_safe(text: str) -> str:
    """Neutralise a cell Excel would run as a formula; numbers like -5 stay numbers."""
    if text.startswith(FORMULA_START) and not NUMBER_RE.fullmatch(text):
        return "'" + text
    return text


def write_markdown(records: Iterable[dict], out: IO[bytes]) -> int:
    from .showing import render_markdown

    count = 0
    for record in records:
        out.write((("\n---\n\n" if count else "") + render_markdown(record)).encode("utf-8"))
        count += 1
    return count


SAFE_NAME_RE = re.compile(r"[^\w\-.]+")


def safe_file_name(record_id: str) -> str:
    """A file name from a record id that cannot leave its folder (no `/`, `..`, or leading dot)."""
    name = SAFE_NAME_RE.sub("_", record_id).strip("._") or "record"
    return name[:200] + ".txt"


class UniqueFileNames:
    """One file name per record of a run. Ids that make the same name (`a/b` and `a:b`, or
    one id twice, from two folders holding an issue file of the same name) get `-2`, `-3`;
    names are compared case-blind, as macOS and Windows file systems compare them."""

    def __init__(self) -> None:
        self.owners: dict[str, str] = {}  # casefolded name -> the id that took it

    def name_for(self, record_id: str) -> tuple[str, str | None]:
        """The file name for `record_id`, and the id whose file it would have overwritten."""
        wanted = safe_file_name(record_id)
        name, clash, number = wanted, self.owners.get(wanted.casefold()), 1
        while name.casefold() in self.owners:
            number += 1
            name = f"{wanted[:-4]}-{number}.txt"
        self.owners[name.casefold()] = record_id
        return name, clash


def record_plain_text(record: dict, segment: Callable[[str], str] | None = None) -> str:
    """Headline lines then paragraphs, one a line; `segment` puts spaces between words."""
    text = full_text(record)
    if segment is not None:
        text = "\n".join(segment(line) for line in text.split("\n"))
    return text + "\n"


def spaced_words(segmenter=None) -> Callable[[str], str]:
    """A function giving `text` with a space between its words (the run's segmenter, see
    segment.open_segmenter), for AntConc and Voyant."""
    if segmenter is None:
        from .segment import open_segmenter

        segmenter = open_segmenter()

    def spaced(text: str) -> str:
        return " ".join(t for t in segmenter.cut(text) if t.strip())

    return spaced


def write_text_files(
    records: Iterable[dict],
    outdir: Path,
    segmented: bool = False,
    force: bool = False,
    warn: Callable[[str], None] | None = None,
) -> int:
    """One plain-text file per record in `outdir` (made if missing), named after its id and
    written atomically; ids that make one file name get `-2`, `-3` (and `warn` is told).
    Without `force` an existing file is an error."""
    outdir.mkdir(parents=True, exist_ok=True)
    root = outdir.resolve()
    names = UniqueFileNames()
    segment = spaced_words() if segmented else None
    count = 0
    for record in records:
        record_id = str(record.get("id"))
        name, clash = names.name_for(record_id)
        if clash is not None and warn is not None:
            warn(
                f"records {clash!r} and {record_id!r} both make {safe_file_name(record_id)}; {record_id!r} is written to {name}"
            )
        target = (root / name).resolve()
        if (
            target.parent != root
        ):  # belt and braces: never write outside DIR (a symlink may point out)
            raise NewscliError(f"record id {record_id!r} would leave {outdir}")
        with output_file(target, force) as handle:
            handle.write(record_plain_text(record, segment).encode("utf-8"))
        count += 1
    return count
