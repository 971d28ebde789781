"""`list`: one row per record (id, kind, date, title, byline, chars), as a table or TSV.

TSV and JSON lines carry the record's own values (a null title stays null); only the
terminal table shows something in place of a missing headline, and marks it as such."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from . import display
from .schema import text_of

COLUMNS = ("id", "kind", "date", "title", "byline", "chars")
UNTITLED_PREVIEW = 16  # characters of text shown for a record printed without a headline
MIN_TITLE, MIN_BYLINE = 8, 4  # columns, on a narrow terminal
UNTITLED_MARK = "[untitled] "  # the table's stand-in for a missing headline says it is one


def row_of(record: dict) -> dict:
    return {name: record.get(name) for name in COLUMNS}


def display_title(record: dict) -> str:
    """The headline; for a record printed without one, its first words after a mark that
    says they are not a headline."""
    if record.get("title"):
        return record["title"]
    first = text_of(record).split("\n", 1)[0]
    return UNTITLED_MARK + display.fit(first, UNTITLED_PREVIEW * 2) if first else ""


def table_row_of(record: dict) -> dict:
    return {**row_of(record), "title": display_title(record)}


def table_rows(records: Iterable[dict]) -> Iterator[dict]:
    return (table_row_of(r) for r in records)


def tsv_rows(records: Iterable[dict]) -> Iterator[list]:
    """A header, then each record's values as they are (for `writers.TsvWriter`, which
    escapes tabs, line breaks and control characters by TSV's one rule)."""
    yield list(COLUMNS)
    for record in records:
        yield [record.get(name) for name in COLUMNS]


def table_lines(rows_: list[dict], max_width: int) -> Iterator[str]:
    """An aligned table of the columns that hold something; the title column takes what
    the terminal width leaves (the other columns are short)."""
    shown = [
        c for c in COLUMNS if c in ("id", "title") or any(row[c] not in (None, "") for row in rows_)
    ]
    cells = [[_id_cell(row[c]) if c == "id" else _cell(row[c]) for c in shown] for row in rows_]
    widths = [
        max([display.width(c)] + [display.width(r[i]) for r in cells]) for i, c in enumerate(shown)
    ]
    title = shown.index("title")
    others = sum(w for i, w in enumerate(widths) if i != title) + 2 * (len(shown) - 1)
    widths[title] = max(MIN_TITLE, min(widths[title], max_width - others))
    if "byline" in shown:  # still too wide: names are cut before the title is
        byline = shown.index("byline")
        over = sum(widths) + 2 * (len(shown) - 1) - max_width
        widths[byline] = max(MIN_BYLINE, widths[byline] - max(over, 0))
    yield _table_row([c.upper() for c in shown], widths, shown)
    for row in cells:
        yield _table_row(row, widths, shown)


def _table_row(cells: list[str], widths: list[int], shown: list[str]) -> str:
    out = []
    for name, cell, w in zip(shown, cells, widths):
        cell = display.fit(cell, w)
        out.append(display.pad_left(cell, w) if name == "chars" else display.pad(cell, w))
    return "  ".join(out).rstrip()


def _id_cell(value) -> str:
    """An id exactly, its control characters escaped (`a\\nb`), as `grep -l` prints it:
    an id is a key to type back, so its white space is not tidied as a title's is."""
    return "" if value is None else display.terminal_safe(str(value))


def _cell(value) -> str:
    """One line of terminal-safe text: runs of white space become one space."""
    if value is None:
        return ""
    text = " ".join(value.split()) if isinstance(value, str) else str(value)
    return display.terminal_safe(text)
