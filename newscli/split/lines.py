"""Source lines -> logical lines: line ends, indents, blank lines, script, and reflow.

A dump may be one paragraph per line, or a column hard-wrapped at a fixed width (pdftotext).
Reflow finds the width from the distribution of line lengths and rejoins the pieces of each
wrapped paragraph into one logical line that remembers its first and last source line
(source.py holds the lines and the layout, joins.py the rules of what runs on).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from zhon import cedict

from ..schema import HAN
from . import shapes
from .joins import continues, ends_paragraph, heading_follows
from .source import (
    WRAP_MIN_WIDTH,
    Layout,
    Line,
    SourceLine,
    is_full_line,
    measure,
    source_lines,
)

WRAP_MIN_SHARE = 0.2  # share of lines at the column width that makes a dump hard-wrapped
WRAP_MIN_LINES = 3
SENTENCE_STOPS = ("。", "！", "？", "!", "?")
COLUMNS_MARGIN = 1.2
INDENT_MIN_SHARE = 0.08  # share of indented lines that makes indents mark paragraph starts
# In a hard-wrapped column a paragraph takes many lines and only its first is indented: the
# share is then taken of the lines that can start something (not run on from a full line).
INDENT_MIN_SHARE_OF_STARTS = 0.25
TRADITIONAL_ONLY = frozenset(cedict.traditional) - frozenset(cedict.simplified)
TRADITIONAL_MIN_SHARE = 0.04  # of Han characters; simplified text has none of them
# A number or Latin word is never broken by the wrapper: it moves whole to the next line.
SCRIPT_SAMPLE = 2000  # characters enough to tell the script
TRADITIONAL_RE = re.compile("[" + "".join(sorted(TRADITIONAL_ONLY)) + "]")
HAN_RUNS_RE = re.compile(f"[{HAN}]+")


def find_layout(lines: list[SourceLine]) -> Layout:
    sample = "".join(line.text for line in lines[:200])[:SCRIPT_SAMPLE]
    # Han characters are counted only where a traditional one is found (never, in most issues).
    traditional_count = TRADITIONAL_RE.subn("", sample)[1]
    han = sum(map(len, HAN_RUNS_RE.findall(sample))) if traditional_count else 0
    traditional = han > 0 and traditional_count / han >= TRADITIONAL_MIN_SHARE
    indents = (
        bool(lines) and sum(1 for line in lines if line.indent) / len(lines) >= INDENT_MIN_SHARE
    )
    best: tuple[float, int | None, str] = (0.0, None, "chars")
    # Only a line that runs on into the next (no blank line, no indent between) can be a
    # piece cut at the column width: their commonest width is the column's.
    # A line that ends a sentence was seldom cut there: lines of one width that all do are
    # whole paragraphs of a length by chance (a short issue has a few).
    measured = [
        line
        for line, after in zip(lines, lines[1:])
        if len(line.text) >= 4
        and not after.blanks_before
        and not (indents and after.indent)
        # (…多了。 | ”12月起: a closing mark pushed down, cut after all)
        and not (
            line.text.rstrip(shapes.CLOSING_QUOTES).endswith(SENTENCE_STOPS)
            and after.text[:1] not in shapes.CONTINUATION_STARTS
        )
    ]
    for how in ("chars", "columns"):
        if how == "chars":
            widths = Counter([line.indent + len(line.text) for line in measured])
        else:
            widths = Counter([measure(line, how) for line in measured])
        if not widths:
            continue
        width, count = widths.most_common(1)[0]
        # Pieces cut one short (a closing mark pushed down) or one long (hung) count too.
        near = count + widths.get(width - 1, 0) + widths.get(width + 1, 0)
        share = near / len(lines)
        low = WRAP_MIN_WIDTH * (2 if how == "columns" else 1)
        # Columns must do clearly better than characters to be preferred.
        better = share > best[0] * (COLUMNS_MARGIN if how == "columns" else 1.0)
        if width >= low and count >= WRAP_MIN_LINES and share >= WRAP_MIN_SHARE and better:
            # Unless most text runs past it, or none of those lines is a piece of prose: a few
            # headings or header lines of one length, not a column.
            if (
                longer_than(lines, width + 2, how) <= near
                and text_past(lines, width + 2, how) <= text_at(measured, width, how)
                and cuts_prose(measured, width, how)
            ):
                best = (share, width, how)
    if best[1] is None:
        best = (0.0, widest_column(lines, measured), "chars")
    if not indents and best[1] is not None:
        indents = indented_starts(lines, best[1], best[2]) >= INDENT_MIN_SHARE_OF_STARTS
    if best[1] is None and indents:
        widest = max(measure(line, "columns") for line in lines if line.indent)
        return Layout(None, best[2], indents, traditional, widest)
    return Layout(best[1], best[2], indents, traditional)


SPACED_MIN_LINES = 6
SPACED_FULL_SHARE = 0.5


def close_up_line_spacing(
    lines: list[SourceLine], layout: Layout
) -> tuple[list[SourceLine], Layout]:
    """A dump that sets a blank line after every line, wrapped ones too (a PDF's line
    spacing): its blank lines part nothing. Where a column shows once the blank lines every
    line has are taken away (its paragraphs indented, or half the lines or more reaching its
    width), it is read without them (longer runs stay, shorter by as many)."""
    if len(lines) < SPACED_MIN_LINES:
        return lines, layout
    spacing = min(line.blanks_before for line in lines[1:])
    if not spacing:
        return lines, layout
    closed = [
        SourceLine(
            line.no, line.text, line.indent, max(0, line.blanks_before - spacing), line.spaced
        )
        for line in lines
    ]
    closed_layout = find_layout(closed)
    if closed_layout.width is None:
        return lines, layout
    # A column whose paragraphs open indented, or most of whose lines it cut: not a poem's
    # lines, flush, a third of them of one length.
    full = sum(is_full_line(line, closed_layout) for line in closed)
    if closed_layout.indents or full >= SPACED_FULL_SHARE * len(closed):
        return closed, closed_layout
    return lines, layout


CLAUSE_MARKS_RE = re.compile("[，、；：。,;:]")


def cuts_prose(measured: list[SourceLine], width: int, how: str) -> bool:
    """A column cuts paragraphs: some line at its width holds a clause mark."""
    return any(
        abs(measure(line, how) - width) <= 1 and CLAUSE_MARKS_RE.search(line.text)
        for line in measured
    )


def widest_column(lines: list[SourceLine], measured: list[SourceLine]) -> int | None:
    """Too few lines cut for their share to show a column (a page of verse, of short items):
    still, where several lines that run on reach the issue's widest edge and none goes past
    it, they were cut there. Unwrapped text has no such edge: its widest lines end paragraphs."""
    if not lines:
        return None
    widest = max(measure(line, "chars") for line in lines)
    at_edge = [edge for line in measured if widest - 2 <= (edge := measure(line, "chars"))]
    if widest < WRAP_MIN_WIDTH or not at_edge:
        return None
    width = Counter(at_edge).most_common(1)[0][0]
    near = sum(1 for edge in at_edge if abs(edge - width) <= 1)
    return width if near >= WRAP_MIN_LINES else None


def indented_starts(lines: list[SourceLine], width: int, how: str) -> float:
    """The share of indented lines among those that start something: the first, one after a
    blank line or after a line short of the column width, or an indented one."""
    starts = indented = 0
    for before, line in zip([None, *lines], lines):
        if (
            before is None
            or line.blanks_before
            or line.indent
            or not width - 1 <= measure(before, how) <= width + 2
        ):
            starts += 1
            indented += line.indent > 0
    return indented / starts if starts else 0.0


def text_past(lines: list[SourceLine], width: int, how: str) -> int:
    """How much text runs past `width`: a column's text is mostly in the lines it cut."""
    return sum(measure(line, how) for line in lines if measure(line, how) > width)


def text_at(measured: list[SourceLine], width: int, how: str) -> int:
    return sum(measure(line, how) for line in measured if abs(measure(line, how) - width) <= 1)


def longer_than(lines: list[SourceLine], width: int, how: str) -> int:
    return sum(1 for line in lines if measure(line, how) > width)


def logical_lines(text: str) -> tuple[list[Line], Layout]:
    lines = source_lines(text)
    layout = find_layout(lines)
    if layout.width is None:
        lines, layout = close_up_line_spacing(lines, layout)
    to_shape = shaper(
        simplifier() if layout.traditional else None,
        fold=any(char in text for char in SHAPE_FOLD_CHARS),
    )
    if layout.width is None and not layout.indents:  # one source line, one logical line
        result = [Line(s.no, s.no, s.text, s.text, s.indent > 0, s.blanks_before) for s in lines]
        return finish(result, to_shape), layout
    # The joins are decided on the simplified shapes (their patterns are simplified).
    shaped = (
        [
            SourceLine(s.no, shape, s.indent, s.blanks_before, s.spaced)
            for s, shape in zip(lines, shape_all(to_shape, [s.text for s in lines]))
        ]
        if to_shape
        else lines
    )
    result = []
    spaced = ""
    in_word = False  # the line above filled the column to its edge, no space at its end
    opens = True  # the next source line starts a logical line
    for index, line in enumerate(lines):
        shape = shaped[index].text
        if opens or line.blanks_before:
            result.append(
                Line(line.no, line.no, line.text, shape, line.indent > 0, line.blanks_before)
            )
        else:
            current = result[-1]
            current.text = shapes.join_cut(current.text, line.text, spaced, in_word)
            current.shape = shapes.join_cut(current.shape, shape, spaced, in_word)  # (finish())
            current.last = line.no
        spaced = line.spaced
        in_word = (
            not spaced
            and layout.width is not None
            and measure(line, layout.measure) >= layout.width
        )
        after = shaped[index + 1] if index + 1 < len(lines) else None
        opens = after is None or not continues(
            shaped[index],
            after,
            layout,
            flush=not result[-1].indent,
            so_far=result[-1].shape,
            beyond=shaped[index + 2] if index + 2 < len(lines) else None,
        )
        if (
            not opens
            and layout.indents
            and result[-1].indent
            and not line.spaced  # broken at a space: what follows was on the same line
            and ends_paragraph(line.text)
            and not shapes.leaves_bracket_open(result[-1].shape)  # （…摄影 | 师某某摄）
            and not cuts_credit_word(line.text, shaped[index + 1].text)
        ):
            opens = heading_follows(shaped, index + 1, layout)
        if layout.width is not None:
            result[-1].ends_open = is_full_line(line, layout)
    return finish(result, to_shape, joined_only=True), layout


# A photo credit's closing word, which a column may cut (…李某摄 | 影报道): the line only
# looked like it ended with 摄.
CREDIT_WORDS = ("摄影报道", "摄影报导", "报道", "报导")


def cuts_credit_word(text: str, after: str) -> bool:
    return any(
        text.endswith(word[:cut]) and after.startswith(word[cut:])
        for word in CREDIT_WORDS
        for cut in range(1, len(word))
    )


# Look-alike characters some dumps carry, as the patterns expect them (one for one, so the
# shape stays aligned with the printed text): ∕ (division slash) in 记者某某∕某地报导, ╱
# (box drawing) in 某某╱台北报导, ⁄ (fraction slash).
SHAPE_FOLD_CHARS = "\u2215\u2571\u2044"
SHAPE_FOLD = str.maketrans(dict.fromkeys(SHAPE_FOLD_CHARS, "／"))


def shaper(to_simplified, fold: bool):
    """The line's shape: simplified script (when the dump is traditional), look-alikes folded
    (when the dump has any); None when the printed text will do."""
    if not fold:
        return to_simplified
    if to_simplified is None:
        return lambda text: text.translate(SHAPE_FOLD)

    def shape(text: str) -> str:
        return to_simplified(text).translate(SHAPE_FOLD)

    shape.many = lambda texts: [text.translate(SHAPE_FOLD) for text in to_simplified.many(texts)]
    return shape


def finish(result: list[Line], to_shape, joined_only: bool = False) -> list[Line]:
    """Each logical line's shape: its text in simplified script. `joined_only`: a line of one
    source line has its shape already (that line's, shaped alike); a joined one is shaped
    whole (a conversion may read across the join)."""
    todo = [line for line in result if not joined_only or line.first != line.last]
    if not to_shape:
        for line in todo:
            line.shape = line.text
        return result
    for line, shape in zip(todo, shape_all(to_shape, [line.text for line in todo])):
        line.shape = shape
    return result


def shape_all(to_shape, texts: list[str]) -> list[str]:
    """[to_shape(text) for text in texts], in one conversion where the shaper can (a call to
    OpenCC costs more than the few characters of a line)."""
    many = getattr(to_shape, "many", None)
    return many(texts) if many else [to_shape(text) for text in texts]


@lru_cache(maxsize=1)
def _converter():
    import opencc  # only for dumps in traditional script

    return opencc.OpenCC("t2s")


def simplifier():
    converter = _converter()

    def to_simplified(text: str) -> str:
        converted = converter.convert(text)
        # Pattern tests index into the shape text: keep it aligned with the printed text.
        return converted if len(converted) == len(text) else text

    def many(texts: list[str]) -> list[str]:
        """[to_simplified(text) for text in texts] in one call: OpenCC matches its phrases
        within a run of text, and no phrase holds a line break, so each line converts as it
        would alone."""
        joined = "\n".join(texts)
        pieces = converter.convert(joined).split("\n") if texts else []
        if len(pieces) != len(texts) or joined.count("\n") != len(texts) - 1:
            return [to_simplified(text) for text in texts]  # a text held a line break
        return [new if len(new) == len(old) else old for new, old in zip(pieces, texts)]

    to_simplified.many = many  # type: ignore[attr-defined]
    return to_simplified
