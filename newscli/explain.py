"""`split --explain`: every logical line of an issue with its role and what decided it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from . import display

ROLE_WIDTH = 15
RIVAL_WIDTH = 22
FEATURES_MAX = 40
TEXT_MIN = 10  # the text column keeps this much however narrow the terminal


def table_lines(rows: Iterable[dict], source: str, columns: int = 120) -> Iterator[str]:
    """An aligned table `columns` wide: line span, role, the line's own score, the score of its
    place after the line before (the grammar), its margin (how surely it is of its sort), the
    deciding features, the best other role, and as much of the text as fits."""
    rows = list(rows)
    yield display.fit(f"# {display.terminal_safe(source)}", columns)
    spans = [span(row) for row in rows]
    span_width = max((len(s) for s in spans), default=5)
    feature_cells = [", ".join(row["features"]) for row in rows]
    feature_width = min(max((display.width(c) for c in feature_cells), default=8), FEATURES_MAX)
    # On a narrow terminal the best other role goes first, then the features shrink.
    rival_width = (
        RIVAL_WIDTH
        if columns - fixed_width(span_width, feature_width, RIVAL_WIDTH) >= TEXT_MIN
        else 0
    )
    feature_width = max(
        8, min(feature_width, columns - fixed_width(span_width, 0, rival_width) - TEXT_MIN)
    )
    text_width = max(4, columns - fixed_width(span_width, feature_width, rival_width))
    for row, line_span, features in zip(rows, spans, feature_cells):
        cells = [
            line_span.rjust(span_width),
            display.pad(row["role"], ROLE_WIDTH),
            f"{row['score']:5.1f}",
            f"{row['context']:+5.1f}" if row["context"] is not None else "    -",
            f"{row['margin']:4.1f}",
            display.pad(display.fit(features, feature_width), feature_width),
        ]
        if rival_width:
            cells.append(
                display.pad(f"(else {row['runner_up']})" if row["runner_up"] else "", rival_width)
            )
        cells.append(display.fit(display.terminal_safe(row["text"]), text_width))
        yield "  ".join(cells).rstrip()


def fixed_width(span_width: int, feature_width: int, rival_width: int) -> int:
    """Columns taken by all but the text, with two spaces after each."""
    widths = [span_width, ROLE_WIDTH, 5, 5, 4, feature_width] + (
        [rival_width] if rival_width else []
    )
    return sum(widths) + 2 * len(widths)


def span(row: dict) -> str:
    first, last = row["lines"]
    return str(first) if first == last else f"{first}-{last}"
