"""`stats` output for people (tables with a bar chart) and for scripts (TSV)."""
from __future__ import annotations

from typing import Iterator

from . import display

BAR = "█"
BAR_WIDTH = 24


def text_report(doc: dict, by: str | None) -> Iterator[str]:
    if by:
        yield f"== {by}: {doc[by]}"
    kinds = ", ".join(f"{k} {v}" for k, v in doc["kinds"].items())
    yield f"records     {doc['records']} in {doc['issues']} issue(s) ({kinds})"
    yield f"paragraphs  {doc['paragraphs']}"
    yield f"characters  {doc['chars']} ({doc['han_chars']} Han)"
    yield f"words       {doc['words']} tokens, {doc['types']} types"
    if doc["article_chars_mean"] is not None:
        yield f"articles    mean {doc['article_chars_mean']} chars, median {doc['article_chars_median']}"
    yield ""
    yield from word_table(doc["top_words"])
    if doc["keywords"]:
        yield ""
        yield "keywords (tf-idf)  " + "  ".join(k["word"] for k in doc["keywords"])
    if doc["names"]:
        for kind, names in doc["names"].items():
            yield f"{kind:<14}  " + "  ".join(f"{n['name']} {n['count']}" for n in names)
    if doc["authors"]:
        yield "authors         " + "  ".join(f"{a['name']} {a['records']}" for a in doc["authors"])
    yield ""


def word_table(rows: list[dict]) -> Iterator[str]:
    if not rows:
        return
    word_width = max(display.width(r["word"]) for r in rows) + 2
    top = rows[0]["count"]
    yield f"{'rank':>4}  {display.pad('word', word_width)}{'count':>7} {'per 10k':>8} {'records':>8} {'issues':>7}"
    for row in rows:
        bar = BAR * max(1, round(row["count"] / top * BAR_WIDTH))
        yield (
            f"{row['rank']:>4}  {display.pad(row['word'], word_width)}{row['count']:>7} "
            f"{row['per_10k']:>8.2f} {row['records']:>8} {row['issues']:>7}  {bar}"
        )


TSV_COLUMNS = ("rank", "word", "count", "per_10k", "records", "issues")


def tsv_report(docs: list[dict], by: str | None) -> Iterator[str]:
    """The word lists as one TSV table; with --by, the group is the first column."""
    head = ([by] if by else []) + list(TSV_COLUMNS)
    yield "\t".join(head)
    for doc in docs:
        for row in doc["top_words"]:
            cells = ([str(doc[by])] if by else []) + [str(row[c]) for c in TSV_COLUMNS]
            yield "\t".join(cells)
