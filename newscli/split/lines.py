"""Source lines, numbered and grouped into blank-line-separated blocks, each given a shape."""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from . import shapes
from .people import bracketed_byline, opening_byline

LINE_BREAK_RE = re.compile(r"\r\n|\r|\n")  # LF, CRLF and old-Mac CR, and nothing else


class Shape(str, Enum):
    CONT_FROM = "cont_from"  # （上接第N版）, maybe followed by body text
    CONT_TO = "cont_to"  # （下转第N版）, maybe preceded by body text
    BYLINE = "byline"  # （王明） on its own line
    OPENING_BYLINE = "opening_byline"  # 本报记者 张三 李四
    MASTHEAD = "masthead"
    HEADLINE = "headline"  # short and not a sentence
    PROSE = "prose"


# Lines that always end or start a record, so zones and headline groups never cross them.
BOUNDARIES = {Shape.CONT_FROM, Shape.CONT_TO, Shape.BYLINE, Shape.OPENING_BYLINE, Shape.MASTHEAD}


@dataclass(slots=True)
class Line:
    no: int  # 1-based line number in the source
    text: str  # without surrounding white space
    block: int  # index of its blank-line-separated block
    shape: Shape
    page: int | None = None  # page number of a continuation marker
    rest: str = ""  # body text beside a continuation marker
    byline: tuple[str, list[str]] | None = None


def read_lines(text: str) -> tuple[list[Line], list[list[int]]]:
    """Non-blank lines of an issue, numbered as in the source, with their shapes; and the
    blank-line-separated blocks, as indexes into the lines."""
    lines: list[Line] = []
    blocks: list[list[int]] = []
    in_blank = True
    strip = shapes.strip_line
    for number, raw in enumerate(LINE_BREAK_RE.split(text), 1):
        stripped = strip(raw)
        if not stripped:
            in_blank = True
            continue
        if in_blank:
            blocks.append([])
            in_blank = False
        blocks[-1].append(len(lines))
        lines.append(classify(number, stripped, len(blocks) - 1))
    return lines, blocks


BRACKETS = ("（", "(")
CLOSING_BRACKETS = ("）", ")")


def classify(number: int, text: str, block: int) -> Line:
    line = Line(number, text, block, Shape.PROSE)
    if len(text) > shapes.HEADLINE_MAX and not text.startswith(BRACKETS) and not text.endswith(CLOSING_BRACKETS):
        # The common case, so first: a long line without markers is a masthead line or prose.
        if shapes.is_masthead_line(text):
            line.shape = Shape.MASTHEAD
        return line
    if match := shapes.CONT_FROM_RE.match(text):
        line.shape, line.page = Shape.CONT_FROM, shapes.page_number(match.group(1))
        line.rest = shapes.strip_line(text[match.end():])
    elif text.endswith(("）", ")")) and (match := shapes.CONT_TO_RE.search(text)):
        line.shape, line.page = Shape.CONT_TO, shapes.page_number(match.group(1))
        line.rest = shapes.strip_line(text[: match.start()])
    elif byline := bracketed_byline(text):
        line.shape, line.byline = Shape.BYLINE, byline
    elif shapes.is_masthead_line(text):
        line.shape = Shape.MASTHEAD
    elif byline := opening_byline(text):
        line.shape, line.byline = Shape.OPENING_BYLINE, byline
    elif shapes.is_headline_shaped(text):
        line.shape = Shape.HEADLINE
    return line
