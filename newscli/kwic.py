"""Keyword in context: one line per match, aligned on the match, sortable by the word
left (L1) or right (R1) of it, as corpus linguists read concordances."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from . import display
from .search import Hit


@dataclass
class Concordance:
    id: str
    field: str
    paragraph: int | None
    offset: int
    left: str
    match: str
    right: str

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "field": self.field,
            "paragraph": self.paragraph,
            "offset": self.offset,
            "left": self.left,
            "match": self.match,
            "right": self.right,
        }


def concordance(hit: Hit, context: int) -> Concordance:
    left = hit.text[max(0, hit.start - context) : hit.start]
    right = hit.text[hit.end : hit.end + context]
    return Concordance(
        hit.record_id, hit.field, hit.paragraph, hit.start, _flat(left), hit.match, _flat(right)
    )


def _flat(text: str) -> str:
    return " ".join(text.split("\n"))


def sort_key(line: Concordance, key: str, segmenter) -> tuple:
    """L1: the token just left of the match; R1: the one just right of it."""
    if key == "L1":
        words = segmenter.cut(line.left)
        word = words[-1] if words else ""
    else:
        words = segmenter.cut(line.right)
        word = words[0] if words else ""
    return (word, line.match, line.id, line.offset)


def sort_lines(lines: Iterable[Concordance], key: str, segmenter=None) -> list[Concordance]:
    """Sorted by `key` (L1 or R1), words cut by `segmenter` (default: a new one, see segment.py)."""
    if segmenter is None:
        from .segment import open_segmenter

        segmenter = open_segmenter()
    return sorted(lines, key=lambda line: sort_key(line, key, segmenter))


def format_lines(
    lines: Iterable[Concordance], context: int, color: bool, columns: int | None = None
) -> Iterator[str]:
    """`id  left MATCH right`, the left context right-aligned so matches line up; the
    data is made terminal-safe before the highlight's own escapes are added. With
    `columns` (a terminal's width) both contexts are cut so that every line fits."""
    safe = display.terminal_safe
    left_columns = 2 * context  # a Chinese character takes two columns
    id_columns = 0
    for line in lines:
        record_id, left, match, right = (
            safe(line.id),
            safe(line.left),
            safe(line.match),
            safe(line.right),
        )
        if columns is not None and id_columns == 0:  # the first line fixes the match column
            left_columns = min(
                left_columns, _left_room(columns, display.width(record_id), display.width(match))
            )
        id_columns = max(id_columns, display.width(record_id))
        left = display.tail(left, left_columns)
        if columns is not None:
            right = display.head(
                right, columns - id_columns - left_columns - display.width(match) - 4
            )
        yield (
            f"{display.pad(record_id, id_columns)}  {display.pad_left(left, left_columns)} "
            f"{display.highlight(match, color)} {right}".rstrip()
        )


def _left_room(columns: int, id_columns: int, match_columns: int) -> int:
    """Columns for the left context: half of what the id, the match and the three
    separating spaces (two after the id, one each side of the match) leave."""
    return max(0, (columns - id_columns - match_columns - 4) // 2)
