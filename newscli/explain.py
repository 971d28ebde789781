"""`split --explain`: every logical line of an issue with its role and what decided it."""
from __future__ import annotations

from typing import Iterable, Iterator

from . import display

TEXT_PREVIEW = 24  # display columns of each line's text in the table


def table_lines(rows: Iterable[dict], source: str) -> Iterator[str]:
    """An aligned table: line span, role, the line's own score, the score of its place after
    the line before (the grammar), the deciding features, the best other role, the text."""
    rows = list(rows)
    yield f"# {display.terminal_safe(source)}"
    spans = [span(row) for row in rows]
    span_width = max((len(s) for s in spans), default=5)
    feature_cells = [", ".join(row["features"]) for row in rows]
    feature_width = min(max((display.width(c) for c in feature_cells), default=8), 40)
    for row, line_span, features in zip(rows, spans, feature_cells):
        cells = [
            line_span.rjust(span_width),
            display.pad(row["role"], 15),
            f"{row['score']:5.1f}",
            f"{row['context']:+5.1f}" if row["context"] is not None else "    -",
            display.pad(display.fit(features, feature_width), feature_width),
            display.pad(f"(else {row['runner_up']})" if row["runner_up"] else "", 22),
            display.fit(display.terminal_safe(row["text"]), TEXT_PREVIEW),
        ]
        yield "  ".join(cells).rstrip()


def span(row: dict) -> str:
    first, last = row["lines"]
    return str(first) if first == last else f"{first}-{last}"
