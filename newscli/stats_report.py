"""`stats` output for people (tables with a bar chart) and for scripts (TSV)."""

from __future__ import annotations

from collections.abc import Iterator

from . import display

BAR = "█"
BAR_WIDTH = 24  # at most; less when the terminal is narrower
LABEL_WIDTH = 19  # "keywords (tf-idf)" and two spaces: the lists start in one column
DEFAULT_COLUMNS = 80


def text_report(doc: dict, by: str | None, columns: int = DEFAULT_COLUMNS) -> Iterator[str]:
    """The figures for a person, every line at most `columns` wide (the bar chart shrinks,
    the keyword and name lists wrap between entries)."""
    if by:
        yield f"== {by}: {doc[by]}"
    kinds = "(" + ", ".join(f"{k} {v}" for k, v in doc["kinds"].items()) + ")"
    records = f"records     {doc['records']} in {doc['issues']} issue(s)"
    if display.width(records) + 1 + display.width(kinds) <= columns:
        yield f"{records} {kinds}"
    else:  # the kinds go under the figures
        yield records
        yield " " * 12 + kinds
    yield f"paragraphs  {doc['paragraphs']}"
    yield f"characters  {doc['chars']} ({doc['han_chars']} Han)"
    yield f"words       {doc['words']} tokens, {doc['types']} types"
    if doc["article_chars_mean"] is not None:
        yield f"articles    mean {doc['article_chars_mean']} chars, median {doc['article_chars_median']}"
    yield ""
    yield from word_table(doc["top_words"], columns)
    if doc["keywords"]:
        yield ""
        yield from entry_lines("keywords (tf-idf)", [k["word"] for k in doc["keywords"]], columns)
    if doc["names"]:
        for kind, names in doc["names"].items():
            yield from entry_lines(kind, [f"{n['name']} {n['count']}" for n in names], columns)
    if doc["authors"]:
        yield from entry_lines(
            "authors", [f"{a['name']} {a['records']}" for a in doc["authors"]], columns
        )
    yield ""


def word_table(rows: list[dict], columns: int = DEFAULT_COLUMNS) -> Iterator[str]:
    if not rows:
        return
    word_width = max(display.width(r["word"]) for r in rows) + 2
    top = rows[0]["count"]
    head = f"{'rank':>4}  {display.pad('word', word_width)}{'count':>7} {'per 10k':>8} {'records':>8} {'issues':>7}"
    bar_room = min(BAR_WIDTH, columns - display.width(head) - 2)
    yield head
    for row in rows:
        line = (
            f"{row['rank']:>4}  {display.pad(row['word'], word_width)}{row['count']:>7} "
            f"{row['per_10k']:>8.2f} {row['records']:>8} {row['issues']:>7}"
        )
        if bar_room > 0:
            line += "  " + BAR * max(1, round(row["count"] / top * bar_room))
        yield line


def entry_lines(label: str, entries: list[str], columns: int) -> Iterator[str]:
    """`label  entry  entry ...`, wrapped between entries under the first one."""
    line = display.pad(label, LABEL_WIDTH - 2)
    filled = False  # whether the line holds an entry yet
    for entry in entries:
        if filled and display.width(line) + 2 + display.width(entry) > columns:
            yield line
            line, filled = " " * (LABEL_WIDTH - 2), False
        line += "  " + entry
        filled = True
    yield line


TSV_COLUMNS = ("rank", "word", "count", "per_10k", "records", "issues")


def tsv_rows(docs: list[dict], by: str | None) -> Iterator[list]:
    """The word lists as one table (for `writers.TsvWriter`); with --by, the group is the first column."""
    yield ([by] if by else []) + list(TSV_COLUMNS)
    for doc in docs:
        for row in doc["top_words"]:
            yield ([doc[by]] if by else []) + [row[c] for c in TSV_COLUMNS]


def document(docs: list[dict], by: str | None, method: dict) -> dict:
    """The JSON document: the figures and how they were computed; with --by, one entry per group."""
    if by:
        return {"by": by, "method": method, "groups": docs}
    return {**docs[0], "method": method} if docs else {"method": method}
