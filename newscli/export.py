"""`export`: records to files other tools read (JSONL, JSON, CSV, TSV, Markdown, HTML, text)."""
from __future__ import annotations

import csv
import html
import io
import re
import shutil
import tempfile
from array import array
from dataclasses import dataclass, field
from typing import IO, Callable, Iterable, Iterator

import orjson

from .errors import NewscliError
from .records import dumps, record_text

# SCHEMA.md's scalar fields, the authors, and the text: the default table columns.
DEFAULT_COLUMNS = (
    "id", "issue", "date", "seq", "kind", "title", "subtitle", "lead", "byline", "authors",
    "continued_from", "continued_to", "chars", "source", "text",
)
# Fields a table never gets by default: `text` already holds the paragraphs.
NOT_DEFAULT = {"paragraphs", "lines"}
# Every field SCHEMA.md names, in the order the error message lists them.
KNOWN_FIELDS = DEFAULT_COLUMNS + ("paragraphs", "lines", "script", "conversion")
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


def write_jsonl(
    records: Iterable[dict], out: IO[bytes], fields: list[str] | None = None, line_buffered: bool = False
) -> int:
    count = 0
    for record in records:
        out.write(dumps(pick(record, fields)))
        count += 1
        if line_buffered:
            out.flush()
    return count


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
    raise NewscliError(f"--fields: unknown field {name!r}; {hint}known fields: {', '.join(known)}")


def pick(record: dict, fields: list[str] | None) -> dict:
    return record if fields is None else {name: record.get(name) for name in fields}


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
        return _TsvWriter(text, line_end)
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


class _TsvWriter:
    """TSV cannot hold tabs or line breaks in a cell: they are written as \\t and \\n."""

    def __init__(self, stream: IO[str], line_end: str):
        self.stream = stream
        self.line_end = line_end

    def writerow(self, cells: list) -> None:
        texts = ("" if c is None else str(c) for c in cells)
        escaped = (c.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r") for c in texts)
        self.stream.write("\t".join(escaped) + self.line_end)


def _header(columns: list[str], options: TableOptions) -> list[str]:
    """Column names come from record keys, which anyone can choose: guarded like cells."""
    return [excel_safe(name) for name in columns] if options.excel else list(columns)


PLAIN_TYPES = {str, int, float, type(None)}  # the csv module writes these as they are


def _row(record: dict, columns: list[str], options: TableOptions) -> list:
    """A record's cells; only lists, objects, booleans and Excel cells need work (hot path)."""
    row = [record.get(name) for name in columns]
    for index, value in enumerate(row):
        if options.excel or type(value) not in PLAIN_TYPES or (value is None and columns[index] == "text"):
            row[index] = _cell(record, columns[index], options)
    return row


def _scalar(value) -> str:
    """A value as text; a number the reader kept exactly (an orjson.Fragment) as written."""
    if isinstance(value, orjson.Fragment):
        return orjson.dumps(value).decode()
    return str(value)


def _cell(record: dict, name: str, options: TableOptions) -> str:
    value = record.get(name)
    if name == "text" and value is None and isinstance(record.get("paragraphs"), list):
        value = "\n".join(record["paragraphs"])
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


HTML_HEAD = """<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ max-width: 42em; margin: 2em auto; padding: 0 1em; line-height: 1.8;
  font-family: {fonts}; }}
{lang_rules}
article {{ border-bottom: 1px solid #ccc; padding-bottom: 1.5em; }}
h2 {{ margin-bottom: .2em; }}
p {{ text-indent: 2em; margin: .4em 0; }}
p.subtitle {{ font-size: 1.1em; margin: 0; text-indent: 0; }}
p.meta {{ color: #666; font-size: .9em; text-indent: 0; }}
</style>
</head>
<body>
"""

# Glyph forms differ by region (the position of 。and ，, some strokes): the page's fonts
# follow its language, Hong Kong and Macao forms first for zh-Hant-HK/MO.
FONTS_SC = '"Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif'
FONTS_TC = '"Noto Serif CJK TC", "Source Han Serif TC", "Songti TC", "PMingLiU", serif'
FONTS_HK = '"Noto Serif CJK HK", "Source Han Serif HC", "Noto Serif CJK TC", "Songti TC", "MingLiU_HKSCS", serif'
# For an article whose language differs from the page's (records of several scripts).
LANG_RULES = (
    f"article:lang(zh-Hans) {{ font-family: {FONTS_SC}; }}\n"
    f"article:lang(zh-Hant) {{ font-family: {FONTS_TC}; }}\n"
    f"article:lang(zh-Hant-HK), article:lang(zh-Hant-MO) {{ font-family: {FONTS_HK}; }}"
)


def html_fonts(lang: str) -> str:
    tag = lang.lower()
    if tag.startswith(("zh-hant-hk", "zh-hant-mo", "zh-hk", "zh-mo")):
        return FONTS_HK
    if tag.startswith(("zh-hant", "zh-tw")):
        return FONTS_TC
    return FONTS_SC


# A well-formed BCP 47 tag (RFC 5646 section 2.1, without grandfathered tags): what
# `convert-traditional` writes into `script` (zh-Hant-TW); anything else is not put in a page.
BCP47_RE = re.compile(
    r"(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})"  # language
    r"(?:-[A-Za-z]{4})?"  # script
    r"(?:-(?:[A-Za-z]{2}|\d{3}))?"  # region
    r"(?:-(?:[A-Za-z\d]{5,8}|\d[A-Za-z\d]{3}))*"  # variants
    r"(?:-[\dA-WY-Za-wy-z](?:-[A-Za-z\d]{2,8})+)*"  # extensions
    r"(?:-x(?:-[A-Za-z\d]{1,8})+)?"  # private use
)
DEFAULT_LANG = "zh-Hans"  # records not converted are in simplified script
UNKNOWN_SCRIPT_LANG = "zh"  # a `script` that is no language tag: Chinese, script unknown


def html_lang(record: dict) -> str:
    """The record's `lang`: its `script` when that is a BCP 47 tag."""
    script = record.get("script")
    if script is None or script == "":
        return DEFAULT_LANG
    if isinstance(script, str) and BCP47_RE.fullmatch(script):
        return script
    return UNKNOWN_SCRIPT_LANG


def write_html(records: Iterable[dict], out: IO[bytes], title: str | None = None) -> int:
    """One self-contained page; `lang` comes from the text's script (zh-Hans unless converted),
    the page title from the first record's issue and date. Every value from a record is
    escaped, in attributes as in text."""
    count = 0
    for record in records:
        lang = html_lang(record)
        if count == 0:
            out.write(_html_head(lang, title or page_title(record)))
        out.write(_html_article(record, lang, html_meta(record, lang)).encode("utf-8"))
        count += 1
    if count == 0:
        out.write(_html_head(DEFAULT_LANG, title or EMPTY_PAGE_TITLE))
    out.write(b"</body>\n</html>\n")
    return count


EMPTY_PAGE_TITLE = "newscli export"


def page_title(record: dict) -> str:
    parts = [str(record[k]) for k in ("issue", "date") if record.get(k)]
    return " ".join(parts) or EMPTY_PAGE_TITLE


KIND_LABELS = {"article": ("文章", "文章"), "notice": ("公告", "公告"), "masthead": ("报头", "報頭"), "ad": ("广告", "廣告")}


def html_meta(record: dict, lang: str) -> str:
    """date · kind · byline · pages · id, labelled in Chinese (traditional for zh-Hant)."""
    traditional = lang.lower().startswith(("zh-hant", "zh-tw", "zh-hk", "zh-mo"))
    kind = record.get("kind")
    labels = KIND_LABELS.get(kind) if isinstance(kind, str) else None
    parts = [record.get("date"), labels[traditional] if labels else kind, record.get("byline")]
    if record.get("continued_from"):
        parts.append(f"上接第{record['continued_from']}版")
    if record.get("continued_to"):
        parts.append(f"{'下轉' if traditional else '下转'}第{record['continued_to']}版")
    parts.append(record.get("id"))
    return " · ".join(str(p) for p in parts if p)


def _html_head(lang: str, title: str) -> bytes:
    return HTML_HEAD.format(
        lang=html.escape(lang), title=html.escape(title), fonts=html_fonts(lang), lang_rules=LANG_RULES
    ).encode("utf-8")


def _html_article(record: dict, lang: str, meta: str) -> str:
    esc = html.escape  # quotes too: safe inside attribute values
    parts = [f'<article id="{esc(str(record.get("id")))}" lang="{esc(lang)}">']
    if record.get("title"):
        parts.append(f"<h2>{esc(str(record['title']))}</h2>")
    if record.get("subtitle"):
        parts.append(f'<p class="subtitle">{esc(str(record["subtitle"]))}</p>')
    parts.append(f'<p class="meta">{esc(meta)}</p>')
    parts += [f"<p>{esc(p)}</p>" for p in record.get("paragraphs") or []]
    parts.append("</article>\n")
    return "\n".join(parts)


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
    text = record_text(record)
    if segment is not None:
        text = "\n".join(segment(line) for line in text.split("\n"))
    return text + "\n"
