"""Source lines and what reflow finds in them: the lines of a dump as printed (line ends,
indents, blank lines before them, a space a wrapper broke a line at), the logical lines
reflow makes of them, and the layout (column width, indents, script).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import shapes

WRAP_MIN_WIDTH = 10  # narrower "columns" are lists of short lines, not wrapped prose

LINE_BREAK_RE = re.compile(r"\r\n|\r|\n")  # LF, CRLF and old-Mac CR, and nothing else
# Characters that are white space to a reader though str.split() may not treat them so.
EXTRA_SPACE = "\u2028\u2029\x1c\x1d\x1e\x1f\x85\ufeff\u200b"


@dataclass(slots=True)
class SourceLine:
    no: int  # 1-based
    text: str  # stripped
    indent: int  # leading white space, in characters
    blanks_before: int  # blank source lines right before it
    # The one space it ends in (ASCII or ideographic, not padding): a wrapper broke the line
    # there, and a join puts it back.
    spaced: str = ""
    # Its right edge in display columns, once measured (-1: not yet); reflow asks often.
    columns_edge: int = -1


@dataclass(slots=True)
class Line:
    """A logical line: one source line, or the rejoined pieces of a hard-wrapped paragraph."""

    first: int
    last: int
    text: str  # as printed, pieces joined
    shape: str  # the text in simplified script, for pattern tests only
    indent: bool
    blanks_before: int
    # Could the layout have cut it? In a hard-wrapped column only a line that reaches the
    # width can run on; a shorter last piece ends its paragraph, punctuation or not.
    ends_open: bool = True


@dataclass(frozen=True, slots=True)
class Layout:
    """What reflow found: the column width (None: not hard-wrapped), and whether an indent
    or a blank line marks a paragraph start."""

    width: int | None
    measure: str  # "chars" or "columns"
    indents: bool
    traditional: bool
    # With no width found: the widest indented line's edge in display columns, the least a
    # piece cut by the column reaches (a wrapper cuts every paragraph at one width).
    widest_indented: int = 0


# What strip_line strips after shapes.strip_line; what an indent is made of.
EXTRA_EDGE = EXTRA_SPACE + shapes.SPACES
INDENT_SPACE = shapes.SPACES + EXTRA_SPACE


def strip_line(text: str) -> str:
    return shapes.strip_line(text).strip(EXTRA_EDGE)


def source_lines(text: str) -> list[SourceLine]:
    """Non-blank source lines, numbered as in the source."""
    result: list[SourceLine] = []
    blanks = 0
    # Without \v and \f (line breaks are split off), strip_line strips only EXTRA_EDGE.
    strip = strip_line if "\v" in text or "\f" in text else lambda raw: raw.strip(EXTRA_EDGE)
    for number, raw in enumerate(LINE_BREAK_RE.split(text), 1):
        stripped = strip(raw)
        if not stripped:
            blanks += 1
            continue
        indent = len(raw) - len(raw.lstrip(INDENT_SPACE)) if raw[0] in INDENT_SPACE else 0
        spaced = broken_at_space(raw) if raw[-1] in " \u3000" else ""
        result.append(SourceLine(number, stripped, indent, blanks, spaced))
        blanks = 0
    return result


def broken_at_space(raw: str) -> str:
    """The space a raw line ends in, when there is exactly one, or the two ideographic spaces
    that part the items of a line (责任编辑：某　　校对：某): the wrapper broke the line at
    it. More, or two ASCII spaces, are padding."""
    last = raw[-1:]
    if last in (" ", "\u3000") and raw[-2:-1] not in (" ", "\u3000"):
        return last
    if raw.endswith(ITEM_GAP) and raw[-3:-2] not in (" ", "\u3000"):
        return ITEM_GAP
    return ""


ITEM_GAP = "\u3000\u3000"


def measure(line: SourceLine, how: str) -> int:
    """The line's right edge: characters, or display columns (pdftotext wraps by width)."""
    if how == "chars":
        return line.indent + len(line.text)
    if line.columns_edge < 0:
        line.columns_edge = line.indent * 2 + columns(line.text)
    return line.columns_edge


def columns(text: str) -> int:
    """Display columns of a line, estimated: a wide (CJK) character is 3 bytes in UTF-8 and
    2 columns, a narrow one 1 byte and 1 column, so (bytes + characters) / 2 is exact for
    both. Reflow measures every line of every issue: this is a C-level encode where wcwidth
    walks each character in Python; exact widths are left to the display code."""
    return (len(text.encode("utf-8", "surrogatepass")) + len(text)) // 2


def is_full_line(line: SourceLine, layout: Layout) -> bool:
    assert layout.width is not None
    return layout.width - 1 <= measure(line, layout.measure) <= layout.width + 2
