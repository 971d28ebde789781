"""`list`: one row per record (id, kind, date, title, byline, chars), as a table or TSV."""
from __future__ import annotations

from typing import Iterable, Iterator

from . import display

COLUMNS = ("id", "kind", "date", "title", "byline", "chars")
UNTITLED_PREVIEW = 16  # characters of text shown for a record printed without a headline


def row_of(record: dict) -> dict:
    return {
        "id": record.get("id"),
        "kind": record.get("kind"),
        "date": record.get("date"),
        "title": display_title(record),
        "byline": record.get("byline"),
        "chars": record.get("chars"),
    }


def display_title(record: dict) -> str:
    """The headline; for a continuation printed without one, `（上接第N版）` and its first words."""
    if record.get("title"):
        return record["title"]
    text = record.get("text") or "\n".join(record.get("paragraphs") or [])
    preview = display.fit(text.split("\n", 1)[0], UNTITLED_PREVIEW * 2)
    page = record.get("continued_from")
    return f"（上接第{page}版）{preview}" if page else preview


def rows(records: Iterable[dict]) -> Iterator[dict]:
    return (row_of(r) for r in records)


def tsv_lines(rows_: Iterable[dict]) -> Iterator[str]:
    """TSV with a header; tabs and newlines inside values become spaces."""
    yield "\t".join(COLUMNS)
    for row in rows_:
        yield "\t".join(_cell(row[c]) for c in COLUMNS)


def table_lines(rows_: list[dict], max_width: int) -> Iterator[str]:
    """An aligned table; the title column takes what the terminal width leaves."""
    cells = [[_cell(row[c]) for c in COLUMNS] for row in rows_]
    widths = [max([display.width(c)] + [display.width(r[i]) for r in cells]) for i, c in enumerate(COLUMNS)]
    title = COLUMNS.index("title")
    others = sum(w for i, w in enumerate(widths) if i != title) + 2 * (len(COLUMNS) - 1)
    widths[title] = max(10, min(widths[title], max_width - others))
    yield _table_row([c.upper() for c in COLUMNS], widths)
    for row in cells:
        yield _table_row(row, widths)


def _table_row(cells: list[str], widths: list[int]) -> str:
    chars = COLUMNS.index("chars")
    out = []
    for i, (cell, w) in enumerate(zip(cells, widths)):
        cell = display.fit(cell, w)
        out.append(display.pad_left(cell, w) if i == chars else display.pad(cell, w))
    return "  ".join(out).rstrip()


def _cell(value) -> str:
    """One line of terminal-safe text: runs of white space become one space."""
    if value is None:
        return ""
    text = " ".join(value.split()) if isinstance(value, str) else str(value)
    return display.terminal_safe(text)
