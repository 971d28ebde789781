"""Source lines -> logical lines: line ends, indents, blank lines, script, and reflow.

A dump may be one paragraph per line, or a column hard-wrapped at a fixed width (pdftotext).
Reflow finds the width from the distribution of line lengths and rejoins the pieces of each
wrapped paragraph into one logical line that remembers its first and last source line.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from zhon import cedict

from ..schema import HAN
from . import shapes
from .people import credit_line

LINE_BREAK_RE = re.compile(r"\r\n|\r|\n")  # LF, CRLF and old-Mac CR, and nothing else
# Characters that are white space to a reader though str.split() may not treat them so.
EXTRA_SPACE = "\u2028\u2029\x1c\x1d\x1e\x1f\x85\ufeff\u200b"
WRAP_MIN_WIDTH = 10  # narrower "columns" are lists of short lines, not wrapped prose
WRAP_MIN_SHARE = 0.2  # share of lines at the column width that makes a dump hard-wrapped
WRAP_MIN_LINES = 3
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
HAN_RE = re.compile(f"[{HAN}]")
HAN_RUNS_RE = re.compile(f"[{HAN}]+")
LATIN_RUN_RE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.\-－—:/%℃]*[，。、；：,.;:]? ?")


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
    measured = [
        line
        for line, after in zip(lines, lines[1:])
        if len(line.text) >= 4 and not after.blanks_before and not (indents and after.indent)
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
            # Unless most text runs past it: a few headings of one length, not a column.
            if longer_than(lines, width + 2, how) <= near:
                best = (share, width, how)
    if not indents and best[1] is not None:
        indents = indented_starts(lines, best[1], best[2]) >= INDENT_MIN_SHARE_OF_STARTS
    return Layout(best[1], best[2], indents, traditional)


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


def longer_than(lines: list[SourceLine], width: int, how: str) -> int:
    return sum(1 for line in lines if measure(line, how) > width)


def logical_lines(text: str) -> tuple[list[Line], Layout]:
    lines = source_lines(text)
    layout = find_layout(lines)
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
    opens = True  # the next source line starts a logical line
    for index, line in enumerate(lines):
        shape = shaped[index].text
        if opens or line.blanks_before:
            result.append(
                Line(line.no, line.no, line.text, shape, line.indent > 0, line.blanks_before)
            )
        else:
            current = result[-1]
            current.text = shapes.join_cut(current.text, line.text, spaced)
            current.shape = shapes.join_cut(current.shape, shape, spaced)  # until finish()
            current.last = line.no
        spaced = line.spaced
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
        ):
            opens = heading_follows(shaped, index + 1, layout)
        if layout.width is not None:
            result[-1].ends_open = is_full_line(line, layout)
    return finish(result, to_shape, joined_only=True), layout


def ends_paragraph(text: str) -> bool:
    """A sentence ends, or a photo credit (…记者 某某 摄, …。 -摄影记者某某) closes a caption."""
    return (
        ends_sentence(text) or shapes.is_photo_credit(text) or bool(CAPTION_BY_END_RE.search(text))
    )


# A caption's last sentence, then its photographer: …新商圈。 -摄影记者某某.
CAPTION_BY_END_RE = re.compile(rf"[。！？][”’]?\s*[-－—]*\s*摄影(?:记者)?\s*[{HAN}]{{2,4}}$")


HEADING_PIECES = 3  # a headline cut by a column takes a few lines; prose runs on longer
HEADING_STUB = 2  # characters: too few for a heading of its own


def heading_follows(lines: list[SourceLine], start: int, layout: Layout) -> bool:
    """After an indented paragraph's sentence that ends at the column edge: do the flush
    lines from `start` make a heading, a short run whose last line ends open, rather than
    more of the paragraph, which ends closed? The run ends at the next indent or blank line,
    or at its first line short of the column: a cut heading's last piece (a sub-headline
    may follow it)."""
    if lines[start].text[:1] in CONTINUATION_STARTS:
        return False  # ”… : the paragraph's closing mark, pushed down
    end = start
    while (
        end + 1 < len(lines)
        and not lines[end + 1].blanks_before
        and not lines[end + 1].indent
        and (
            layout.width is None
            or is_full_line(lines[end], layout)
            or word_pushed_down(lines[end], lines[end + 1], layout)
        )
    ):
        end += 1
        if end - start >= HEADING_PIECES:
            return False
    run = "".join(line.text for line in lines[start : end + 1])
    if len(run) <= HEADING_STUB and not is_label_of_its_own(run):
        return False  # …记者陈凌 | 燕: a name's last character pushed down, never a heading
    if end > start and run[:1] in "（(" and run[-1:] in "）)":
        # （线索来自本报新闻热线 | 0000000）: an aside the column cut, not a heading; but a
        # credit (（本报记者 某某 | 通讯员 某某）) closes the story on a line of its own.
        return credit_line("".join(line.text + line.spaced for line in lines[start : end + 1]))
    return (
        end + 1 < len(lines)
        and not shapes.is_closed(run)
        and "。" not in run
        and not shapes.leaves_bracket_open(run)
        and not shapes.LABELLED_PHONE_RE.match(
            run
        )  # …为止。 | 洽询电话：（06） | 000-0000: its own
    )


# Look-alike characters some dumps carry, as the patterns expect them (one for one, so the
# shape stays aligned with the printed text): ∕ (division slash) in 记者某某∕某地报导.
SHAPE_FOLD_CHARS = "\u2215"
SHAPE_FOLD = str.maketrans({"\u2215": "／"})


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


def continues(
    line: SourceLine,
    after: SourceLine,
    layout: Layout,
    flush: bool,
    so_far: str = "",
    beyond: SourceLine | None = None,
) -> bool:
    """Does `after` carry on the paragraph that `line` is part of, cut by a column width?
    `so_far`: the logical line up to and including `line` (a flush line's rules read it);
    `beyond`: the source line after `after`."""
    if after.blanks_before:
        return False
    if layout.width is None:
        return continues_indented(line, after, layout, flush)
    if layout.indents and after.indent:
        return False  # an indent opens a paragraph
    if after.text[:1] in CONTINUATION_STARTS:
        return True  # no paragraph opens with a closing mark: the wrapper pushed it down
    if not is_full(line, after, layout):
        return False
    if line.text[-1:] in OPENING_MARKS:
        return True  # （ | 24小时）: an opening mark never ends a line; the wrapper cut after it
    if heading_piece(line, layout, flush, so_far) and next_word_fits(line, after, layout):
        return False  # a heading one short of the column: a line of its own
    if measure(after, layout.measure) > layout.width + 2 and HAN_RE.search(after.text):
        return False  # longer than the column: a line of its own, never a piece of one
    # 可拨打某某 | 文旅服务热线 | 0473-0000000: `after` ends short only because the wrapper broke
    # at the space before a number too long for it, so more text was on its line: not a heading.
    after_cut = bool(after.spaced) and word_pushed_down(after, beyond, layout)
    if (
        layout.indents
        and flush
        and not flush_line_runs_on(
            so_far or line.text, after.text, layout.width, bool(line.spaced), after_cut
        )
    ):
        return False
    if shapes.CONT_FROM_RE.match(after.text) or shapes.is_whole_bracket(after.text):
        return False
    if (is_notice_heading(after, layout, so_far or line.text) and not after_cut) or (
        not line.spaced and LABEL_RE.match(after.text) and is_label_line(so_far or line.text)
    ):
        return False  # a notice's heading, a label's line (报名电话：…): lines of their own
    if (
        not flush  # (a flush line's own rules read label lines: 值班主任：某　首席 | 编辑：…)
        and not line.spaced
        and len(shapes.EDITOR_ROLE_RE.findall(after.text)) >= 2
        and not any(mark in after.text for mark in "，。")
        and not shapes.is_editor_credit(so_far or line.text)
        and not shapes.leaves_bracket_open(so_far or line.text)
        and not is_full_line(after, layout)
    ):
        return False  # 本版编辑：某某　校对：某某 under a story's last line: the page's own line
    if (
        ends_sentence(line.text)
        and not line.spaced  # …效果。　| 王文军: broken at a space, the credit was on its line
        and not is_full_line(after, layout)
        and not word_pushed_down(after, beyond, layout)
        and not shapes.is_closed(after.text)
        and not shapes.leaves_bracket_open(after.text)
    ):
        return False  # a sentence ended at the edge; a short open line after it is a heading
    return True


def continues_indented(line: SourceLine, after: SourceLine, layout: Layout, flush: bool) -> bool:
    """Too few lines to find a column width: where indents open paragraphs, an unindented
    line after an unfinished sentence of an indented paragraph carries it on."""
    if not layout.indents or after.indent or flush:
        return False
    if shapes.is_closed(line.text) or len(line.text) < WRAP_MIN_WIDTH:
        return False
    return not (shapes.CONT_FROM_RE.match(after.text) or shapes.is_whole_bracket(after.text))


def ends_sentence(text: str) -> bool:
    """Closed, and not by a colon (a label's colon is followed by its value)."""
    return shapes.is_closed(text) and not text.rstrip(shapes.CLOSING_QUOTES).endswith(("：", ":"))


def flush_line_runs_on(
    text: str, after: str, width: int = 0, spaced: bool = False, after_cut: bool = False
) -> bool:
    """Where indents open paragraphs, a flush line at the column width is a heading that
    happens to fill it, or a notice, masthead or long heading line cut by the column. Cut
    lines read on: the rest ends a sentence or starts with punctuation, or is a stub too
    short to be a heading of its own, or the line itself is prose (a comma inside)."""
    if text.endswith(("：", ":")) and not is_label_of_its_own(after):
        return True  # 证号： | 340404…, 责任编辑： | 王某: a label's value was pushed down
    if NUMBER_CUT_RE.search(text[-1:] + after[:1]) or any(
        spans_cut(text, after, p) for p in CUT_PATTERNS
    ):
        return True  # 2月26 | 日, 2025年11月 | 19日: a number or date cut
    if shapes.is_notice_title(after) and not after_cut:
        return False  # 公告, 寻人启事: a notice's heading is a line of its own
    if spaced and not shapes.is_closed(text):
        return True  # 星期二　| A6　南京新闻: broken at the space between two items of a line
    if label_cut(text, after):
        return True  # 值班主任：某某　首席 | 编辑：某某: a label's first word cut from the rest
    if shapes.is_closed(text) or credit_line(after) or shapes.is_editor_credit(after):
        return False
    if (LABEL_RE.match(after) or colophon_items_follow(text, after)) and label_item_complete(text):
        return False  # a label's line (热线：…, 地址：…), a colophon's (某报社主管主办　…): its own
    if PHONE_END_RE.search(text) and label_item_complete(text):
        return False  # 电话：0771-0000000 | 某某公司: a line ends with its phone number
    if HEADER_ITEM_END_RE.search(text):
        return False  # …星期一　第1版 | 今日导读: a header that ends with its page number ends
    if len(after) <= max(2, width // 4) and not is_label_of_its_own(after):
        return True  # …寿县高铁在行 | 动: a heading's last word, pushed down
    prose = "，" in text or "。" in text
    if not prose and (shapes.WEEKDAY_RE.search(text) or shapes.PAGE_NO_RE.search(text)):
        # A page header ends and a headline follows it; unless the rest is one word, too
        # short for a headline: its last item cut (…第4版　全国农民 | 报宝鸡行).
        return after[:1] in "·|｜" or (
            len(after) <= width // 2
            and not any(char.isspace() for char in after)
            and not is_label_of_its_own(after)
        )
    if text.startswith(shapes.DASH_STARTS):
        return True  # a sub-headline's dash line is long: one that fills the column goes on
    if shapes.is_editor_credit(text):
        return True
    if shapes.is_closed(after) or after[:1] in CONTINUATION_STARTS:
        return True
    if text.count("“") > text.count("”") or text.count("《") > text.count("》"):
        return True  # a quotation or title left open: …读懂“一张蓝图绘 | 到底”的力量
    if is_label_of_its_own(after) or after.startswith(shapes.DASH_STARTS):
        return False  # a rubric or a sub-headline of its own
    return True  # a heading that fills the column exactly is a coincidence; one cut by it, the rule


def is_label_of_its_own(text: str) -> bool:
    """（图片新闻）, 【甘报故事】, ◆民生关注◆: a bracketed label is printed on a line of its own."""
    return shapes.is_whole_bracket(text) or bool(shapes.RUBRIC_RE.match(text))


HEADER_ITEM_END_RE = re.compile(r"[\u3000 ]第\s*[A-Za-z]?[0-9０-９一二三四五六七八九十]{1,3}\s*版$")
PHONE_END_RE = re.compile(r"[：:]\s*[0-9（(][0-9\-－（）() ]{6,}$")


def colophon_items_follow(text: str, after: str) -> bool:
    """A line of label items (订购热线：…　地址：…), then a line of items that opens with a
    colophon's (某某日报社主管主办　国内统一连续出版物号：…): the column did not cut there."""
    items = after.split()
    return (
        len(items) > 1
        and any(colon in text for colon in "：:")
        and bool(shapes.REGISTRATION_RE.search(items[0]))
    )


def label_item_complete(text: str) -> bool:
    """Before a label line: the line so far has no label or prose marks (a heading), or its
    last item is a label with its value (报名地址：某某路88号); not a label's first word cut
    from the rest (总编室：…　新闻 | 热线：…)."""
    if not any(mark in text for mark in "，、；：:"):
        return True
    last_item = text.split()[-1]
    return bool(re.search(r"[：:].", last_item))


def label_cut(text: str, after: str) -> bool:
    """A line of `label：value` items whose last item is a word with no colon yet, and a
    label line after it: the column cut a label in two (总编室：…　新闻 | 热线：…)."""
    items = text.split()
    return (
        len(items) > 1
        and bool(LABEL_RE.match(after))
        and bool(re.search(r"[：:]", items[0]))
        and len(items[-1]) <= 3
        and not re.search(r"[：:，。]", items[-1])
    )


def is_notice_heading(line: SourceLine, layout: Layout, before: str) -> bool:
    """公告, 寻人启事 alone on a short line; a piece of prose may end in 公告 too, but it fills
    the column or closes a sentence, and a long notice title cut by the column (…招标 | 公告)
    reads on as one title."""
    return (
        len(line.text) <= NOTICE_HEADING_MAX
        and not is_full_line(line, layout)
        and shapes.is_notice_title(line.text)
        and not shapes.is_notice_title(before + line.text)
    )


NOTICE_HEADING_MAX = 20


def is_label_line(text: str) -> bool:
    """A label with its value and no prose (报名地址：某某路88号), its item complete."""
    return bool(LABEL_RE.match(text)) and "，" not in text and label_item_complete(text)


def spans_cut(text: str, after: str, pattern: re.Pattern) -> bool:
    """Does `pattern` match across the cut between `text` and `after`?"""
    tail = text[-12:]
    return any(m.start() < len(tail) < m.end() for m in pattern.finditer(tail + after[:12]))


# Numbers after a label or beside a separator: a colophon or notice line, never a headline.
DATA_RE = re.compile(r"[：:|｜]\s*[0-9０-９]|[0-9]{4,}\s*[|｜]")


LABEL_RE = re.compile(rf"^[{shapes.HAN}]{{2,6}}\s*[：:]")
# A page header's items besides its date and page number: a lunar date (农历七月十二,
# 甲辰年二月廿六), the running number and the page count (总第3640期, 今日16版).
HEADER_ITEM_RE = re.compile(
    r"(?:农历|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年){1,2}\s*"
    r"闰?(?:[正冬腊]|十[一二]?|[一二三四五六七八九])月"
    r"(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|廿[一二三四五六七八九]?|[二三]十|卅|[一二三四五六七八九])"
    r"|(?:总第|今日|共)\s*[0-9０-９]{1,6}\s*[期版]"
)
CUT_PATTERNS = (
    shapes.HEADER_DATE_RE,
    shapes.PAGE_NO_RE,
    shapes.REGISTRATION_TERM_RE,
    HEADER_ITEM_RE,
)  # a date, a page number, a registration term, a header's item: never split by design
NUMBER_CUT_RE = re.compile(r"[0-9０-９][年月日号时点分秒版期元万亿%％个岁]")
CONTINUATION_STARTS = set("，、。；：！？）》」』”,.;:!?)")


def is_full(line: SourceLine, after: SourceLine, layout: Layout) -> bool:
    """The line reaches the column edge, or the next line's first word would not have fit."""
    assert layout.width is not None
    edge = measure(line, layout.measure)
    # One short of the width is a full line when a closing mark was pushed down; a line
    # that ends a sentence one short is the last of its paragraph.
    if layout.width <= edge <= layout.width + 2:
        return True  # (whatever `low` below is)
    if edge > layout.width + 2 or (
        edge < layout.width - 2 and not line.spaced and not LATIN_RUN_RE.match(after.text)
    ):
        return False  # (none of the rules below can hold: no need to read the line's end)
    closed = shapes.is_closed(line.text)
    low = layout.width if closed else layout.width - 1
    if low <= edge <= layout.width + 2:
        return True
    spaces = len(line.spaced) if layout.measure == "chars" else columns(line.spaced)
    if line.spaced and edge + spaces == layout.width:
        return True  # …027-00000000　　 | 订报热线: the space it was broken at fills the line
    if edge == layout.width - 2 and not closed and " " in after.text[1:3]:
        return True  # 蒋 | 成 曹…: the wrapper moved a word down rather than break at a space
    word = LATIN_RUN_RE.match(after.text)
    if word and edge < low:
        unit = len(word.group(0)) if layout.measure == "chars" else columns(word.group(0))
        if (
            edge == layout.width - 1
        ):  # a sentence ended one short: only a word of 2+ was pushed down
            return edge + unit > layout.width
        return edge + unit >= layout.width  # (>=: some wrappers keep the last column free)
    return False


def next_word_fits(line: SourceLine, after: SourceLine, layout: Layout) -> bool:
    """Would the next line's first word still have fitted on a line short of the width? Then
    the wrapper did not cut there, unless it kept a mark with its neighbour: an opening mark
    never ends a line, a closing mark never starts one. (Prose is read more loosely: some
    wrappers move a name or a number down whole.)"""
    assert layout.width is not None
    if line.spaced or after.text[:1] in OPENING_MARKS or after.text[1:2] in CONTINUATION_STARTS:
        return False
    word = LATIN_RUN_RE.match(after.text)
    unit = word.group(0).rstrip() if word else after.text[:1]
    size = len(unit) if layout.measure == "chars" else columns(unit)
    return measure(line, layout.measure) + size <= layout.width


OPENING_MARKS = set("“‘「『（(《〈【")


def heading_piece(line: SourceLine, layout: Layout, flush: bool, so_far: str) -> bool:
    """Could the line be (the first piece of) a heading? Where indents open paragraphs, any
    flush line; where blank lines do, a first piece with no clause marks and no bracket
    left open."""
    if layout.indents:
        return flush
    return (
        so_far in ("", line.text)
        and not any(mark in line.text for mark in "，。；：,;:")
        and not shapes.leaves_bracket_open(line.text)
    )


def word_pushed_down(line: SourceLine, beyond: SourceLine | None, layout: Layout) -> bool:
    """Is `line` short of the width only because the next line's first word (a number, a
    Latin word) would not fit on it? Then the wrapper cut it: it runs on."""
    if beyond is None or beyond.blanks_before or (layout.indents and beyond.indent):
        return False
    return is_full(line, beyond, layout)


def is_full_line(line: SourceLine, layout: Layout) -> bool:
    assert layout.width is not None
    return layout.width - 1 <= measure(line, layout.measure) <= layout.width + 2


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
