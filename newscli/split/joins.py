"""Reflow's rules: does a source line run on into the next one, or does the next one start a
logical line of its own? A hard-wrapped column cuts paragraphs, headlines, credits, labels
and numbers at its width; these rules put the pieces back together, and keep apart what only
happens to end at the column's edge.
"""

from __future__ import annotations

import re

from ..schema import HAN
from . import box_shapes, captions, shapes, web_lines
from .flush_lines import (
    LABEL_RE,
    flush_line_runs_on,
    is_label_of_its_own,
    label_item_complete,
)
from .people import credit_line
from .source import WRAP_MIN_WIDTH, Layout, SourceLine, columns, is_full_line, measure

HAN_RE = re.compile(f"[{HAN}]")
LATIN_RUN_RE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.\-－—:/%℃]*[，。、；：,.;:]? ?")


def ends_paragraph(text: str) -> bool:
    """A sentence ends, or a photo credit (…记者 某某 摄, …。 -摄影记者某某) closes a caption,
    or a credit or a source in brackets closes the sentence (…。（来源：某某日报））."""
    return (
        ends_sentence(text)
        or captions.is_photo_credit(text)
        or bool(CAPTION_BY_END_RE.search(text))
        or bool(shapes.BRACKET_AFTER_SENTENCE_RE.search(text))
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
    if lines[start].text[:1] in shapes.CONTINUATION_STARTS:
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
    if shapes.is_reader_note(run):
        return False  # …仙境。 | （详见…公微）: the paragraph's note, pushed down
    if not HAN_RE.search(run):
        return False  # …（编辑：某某） | 1141121: a wire's date code, pushed down, no heading
    if end > start and run[:1] in "（(" and run[-1:] in "）)":
        # （线索来自本报新闻热线 | 0000000）: an aside the column cut, not a heading; but a
        # credit (（本报记者 某某 | 通讯员 某某）) closes the story on a line of its own.
        return credit_line("".join(line.text + line.spaced for line in lines[start : end + 1]))
    return (
        end + 1 < len(lines)
        and not shapes.is_closed(run)
        and "。" not in run
        and not shapes.leaves_bracket_open(run)
        # …为止。 | 洽询电话：（06） | 000-0000: a phone number cut by the column, no heading
        and not shapes.LABELLED_PHONE_RE.match(run)
    )


# Who speaks, before a colon: 编辑者说：, 读者问：, 记者表示： (a quote goes on; a label's value ends).
SPEAKER_RE = re.compile(rf"^[{HAN}]{{1,8}}(?:说|言|道|问|答|表示|认为|指出)[：:]")
# A foreign name or term glossed in brackets: （Ramon S. Ang）, （NNIC）.
LATIN_GLOSS_RE = re.compile(r"^[（(][A-Za-z][A-Za-z .,&'\-]{1,40}[）)]$")


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
    if after.text[:1] == '"' and (so_far or line.text).count('"') % 2:
        return True  # …回答："难。但，走 | 出去…！有 | "…: an ASCII quote left open closes here
    if after.text[:1] in shapes.CONTINUATION_STARTS:
        return True  # no paragraph opens with a closing mark: the wrapper pushed it down
    if not is_full(line, after, layout, by_width=not flush):
        return False
    if line.text[-1:] in OPENING_MARKS:
        return True  # （ | 24小时）: an opening mark never ends a line; the wrapper cut after it
    if (
        after.text[:1] in "（(【〔"
        and (ends_sentence(line.text) or line.text[-1:] in "）)")
        and shapes.LEAD_RE.match(after.text)
    ):
        return False  # …赠送物资。（图：某某） | （金边讯）…: a dateline opens its own paragraph
    if web_lines.MEDIA_TAG_RE.match(after.text) and not shapes.is_closed(so_far or line.text):
        return True  # …生活继续 | （组图）: a headline's tag for its photos, pushed down
    if heading_piece(line, layout, flush, so_far) and next_word_fits(line, after, layout):
        return False  # a heading one short of the column: a line of its own
    if short_of_next_word(line, after, layout, so_far or line.text):
        return False  # 树枝和云朵微微颤动一下 | 河流与麦子: the wrapper would have filled the line
    if column_edge(after, layout, by_width=not flush) > layout.width + 2 and HAN_RE.search(
        after.text
    ):
        return False  # longer than the column: a line of its own, never a piece of one
    # 可拨打某某 | 文旅服务热线 | 0473-0000000: `after` ends short only because the wrapper broke
    # at the space before a number too long for it, so more text was on its line: not a heading.
    # 请拨打 | 本报新闻热线 | 0571-00000000，: so too unspaced, between a clause left open and
    # the number.
    after_cut = (bool(after.spaced) or clause_left_open(so_far or line.text)) and word_pushed_down(
        after, beyond, layout
    )
    if (
        layout.indents
        and flush
        and not flush_line_runs_on(
            so_far or line.text, after.text, layout.width, bool(line.spaced), after_cut
        )
    ):
        return False
    if (
        after.text[:1] in "（("
        and LATIN_GLOSS_RE.match(after.text)
        and not shapes.is_closed(so_far or line.text)
    ):
        return True  # …执行长蔡某某 | （Ramon S. Ang） | 领导的…: a name's gloss, mid-sentence
    if shapes.is_reader_note(after.text):
        return True  # …宛如人间仙境。 | （详见…公微）: the note closes the paragraph it was in
    if line.spaced and shapes.is_whole_bracket(after.text) and captions.is_photo_credit(after.text):
        return True  # …人均增收1200元。 | （某某 某某 摄）: the caption's credit, broken off at its space
    if shapes.CONT_FROM_RE.match(after.text) or shapes.is_whole_bracket(after.text):
        return False
    if (
        (ends_sentence(line.text) or captions.is_photo_credit(so_far or line.text))
        and not line.spaced
        and box_shapes.is_editor_credit(after.text)
    ):
        # a story's last sentence or its photo's credit (…通讯员 某某 摄) at the column's
        # edge, the page's editors under it
        return False
    if header_ends(line, after, layout, so_far):
        return False
    if "版" in line.text and shapes.CONT_TO_RE.search(line.text):
        return False  # …十二处。（下转第3版）: the story goes on on another page, not here
    if (is_notice_heading(after, layout, so_far or line.text) and not after_cut) or (
        not line.spaced
        and LABEL_RE.match(after.text)
        and is_label_line(so_far or line.text)
        and not SPEAKER_RE.match(so_far or line.text)  # 编辑者说：正如… | 长某某所言：…: a quote
    ):
        return False  # a notice's heading, a label's line (报名电话：…): lines of their own
    if (
        not flush  # (a flush line's own rules read label lines: 值班主任：某　首席 | 编辑：…)
        and not line.spaced
        and len(box_shapes.EDITOR_ROLE_RE.findall(after.text)) >= 2
        and not any(mark in after.text for mark in "，。")
        and not box_shapes.is_editor_credit(so_far or line.text)
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


def header_ends(line: SourceLine, after: SourceLine, layout: Layout, so_far: str) -> bool:
    """A page's header at the column's edge, whole on its line, and the first headline under
    it; a header the column did cut (at a space between its items, inside one, or already
    once) carries on with its items."""
    assert layout.width is not None
    return (
        not line.spaced
        and so_far in ("", line.text)
        and box_shapes.is_dated_header(line.text)
        and not box_shapes.carries_on_header(
            after.text, wider=measure(line, layout.measure) <= layout.width, header=line.text
        )
    )


def clause_left_open(text: str) -> bool:
    """Prose cut inside a sentence: a clause mark, and the sentence not closed."""
    return ("，" in text or "、" in text) and not shapes.is_closed(text)


def continues_indented(line: SourceLine, after: SourceLine, layout: Layout, flush: bool) -> bool:
    """Too few lines to find a column width: where indents open paragraphs, an unindented
    line after an unfinished sentence of an indented paragraph carries it on."""
    if not layout.indents or after.indent or flush:
        return False
    if shapes.is_closed(line.text) or len(line.text) < WRAP_MIN_WIDTH:
        return False
    if captions.is_photo_credit(line.text):
        return False  # …予以严惩。（见习记者 某某 摄）: a caption closed by its photo's credit
    if measure(line, "columns") < layout.widest_indented - INDENTED_CUT_SLACK:
        # 树枝和云朵微微颤动一下 | 河流与麦子: a verse's last line, well short of the column
        return False
    return not (shapes.CONT_FROM_RE.match(after.text) or shapes.is_whole_bracket(after.text))


INDENTED_CUT_SLACK = 4  # display columns: two wide characters a wrapper may push down


def ends_sentence(text: str) -> bool:
    """Closed, and not by a colon (a label's colon is followed by its value)."""
    return shapes.is_closed(text) and not text.rstrip(shapes.CLOSING_QUOTES).endswith(("：", ":"))


def is_notice_heading(line: SourceLine, layout: Layout, before: str) -> bool:
    """公告, 寻人启事 alone on a short line; a piece of prose may end in 公告 too, but it fills
    the column or closes a sentence, and a long notice title cut by the column (…招标 | 公告)
    reads on as one title."""
    return (
        len(line.text) <= NOTICE_HEADING_MAX
        and not is_full_line(line, layout)
        and box_shapes.is_notice_title(line.text)
        and not box_shapes.is_notice_title(before + line.text)
    )


NOTICE_HEADING_MAX = 20


def is_label_line(text: str) -> bool:
    """A label with its value and no prose (报名地址：某某路88号), its item complete."""
    return bool(LABEL_RE.match(text)) and "，" not in text and label_item_complete(text)


def is_full(line: SourceLine, after: SourceLine, layout: Layout, by_width: bool = False) -> bool:
    """The line reaches the column edge, or the next line's first word would not have fit.
    `by_width`: a paragraph's line, which the column's wrapper measured by its width."""
    assert layout.width is not None
    edge = measure(line, layout.measure)
    # One short of the width is a full line when a closing mark was pushed down; a line
    # that ends a sentence one short is the last of its paragraph.
    if layout.width <= edge <= layout.width + 2:
        return True  # (whatever `low` below is)
    if by_width and edge > layout.width + 2:
        return layout.width - 1 <= column_edge(line, layout, by_width) <= layout.width + 1
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
    if edge == layout.width - 2 and not closed and after.text[1:2] in CLOSING_MARKS:
        return True  # …2011年春 | 宴」，…: a closing mark took its character down (not 一、…)
    word = LATIN_RUN_RE.match(after.text)
    if word and edge < low:
        unit = len(word.group(0)) if layout.measure == "chars" else columns(word.group(0))
        if (
            edge == layout.width - 1
        ):  # a sentence ended one short: only a word of 2+ was pushed down
            return edge + unit > layout.width
        return edge + unit >= layout.width  # (>=: some wrappers keep the last column free)
    return False


def column_edge(line: SourceLine, layout: Layout, by_width: bool) -> float:
    """The line's right edge in the column's measure. Counted in characters a paragraph's
    line of many digits and Latin letters overshoots the column, which a wrapper measures by
    width (时间：2024-05-20 16:49 来源：某某广 | 电): `by_width`, such a line's edge is its
    width in wide characters. (A flush line, a page's header, is no piece the column cut.)"""
    edge = measure(line, layout.measure)
    if by_width and layout.measure == "chars" and edge > (layout.width or 0) + 2:
        width = measure(line, "columns") / 2
        if edge - width >= NARROW_SHIFT:  # enough narrow characters to move the edge
            return width
    return edge


NARROW_SHIFT = 2  # wide characters' worth: four digits or Latin letters


def next_word_fits(line: SourceLine, after: SourceLine, layout: Layout) -> bool:
    """Would the next line's first word still have fitted on a line short of the width? Then
    the wrapper did not cut there, unless it kept a mark with its neighbour: an opening mark
    never ends a line, a closing mark never starts one. (Prose is read more loosely: some
    wrappers move a name or a number down whole.)"""
    assert layout.width is not None
    if (
        line.spaced
        or after.text[:1] in OPENING_MARKS
        or after.text[1:2] in shapes.CONTINUATION_STARTS
    ):
        return False
    word = LATIN_RUN_RE.match(after.text)
    unit = word.group(0).rstrip() if word else after.text[:1]
    size = len(unit) if layout.measure == "chars" else columns(unit)
    return measure(line, layout.measure) + size <= layout.width


OPENING_MARKS = set("“‘「『（(《〈【")
CLOSING_MARKS = set("”’」』）)》〉】")  # (、 and ： close a list's number: 一、, 问：)


def short_of_next_word(line: SourceLine, after: SourceLine, layout: Layout, so_far: str) -> bool:
    """A line short of the width that the next line's first word would still have fitted on,
    neither of them prose: a verse's or a contact line's last piece (…0571-00000000 |
    某某养老服务中心), not a piece the column cut. (Prose, or an aside left open, is read more
    loosely: some wrappers move a name down whole, …（记者 陈文 | 勇 庞惊涛）.)"""
    return (
        next_word_fits(line, after, layout)
        and measure(line, layout.measure) < (layout.width or 0)
        and not any(mark in so_far or mark in after.text for mark in PROSE_MARKS)
        and not shapes.leaves_bracket_open(so_far)
    )


PROSE_MARKS = "，。；！？,;!?"


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
