"""Where a flush line runs on: a heading, a page's header or footer, a label or a
colophon line that reaches a hard-wrapped column's width was cut by it, or filled it by
chance. joins.continues asks these rules of every flush line at the column's edge.
"""

from __future__ import annotations

import re

from . import box_shapes, shapes
from .people import credit_line


def flush_line_runs_on(
    text: str, after: str, width: int = 0, spaced: bool = False, after_cut: bool = False
) -> bool:
    """Where indents open paragraphs, a flush line at the column width is a heading that
    happens to fill it, or a notice, masthead or long heading line cut by the column. Cut
    lines read on: the rest ends a sentence or starts with punctuation, or is a stub too
    short to be a heading of its own, or the line itself is prose (a comma inside)."""
    if leads_in_to_headline(text, after, width):
        return False  # …居民们说—— | 警察在，我们安心: a kicker leads in to the headline under it
    if text.endswith(("：", ":")) and not is_label_of_its_own(after):
        return True  # 证号： | 340404…, 责任编辑： | 王某: a label's value was pushed down
    if NUMBER_CUT_RE.search(text[-1:] + after[:1]) or any(
        spans_cut(text, after, p) for p in CUT_PATTERNS
    ):
        return True  # 2月26 | 日, 2025年11月 | 19日: a number or date cut
    if (
        box_shapes.is_notice_title(after)
        and not after_cut
        and not text.startswith(shapes.DASH_STARTS)  # ——纪念…创刊70 | 周年征稿启事: cut
    ):
        return False  # 公告, 寻人启事: a notice's heading is a line of its own
    if spaced and not shapes.is_closed(text):
        return True  # 星期二　| A6　南京新闻: broken at the space between two items of a line
    if label_cut(text, after):
        return True  # 值班主任：某某　首席 | 编辑：某某: a label's first word cut from the rest
    if shapes.is_closed(text) or credit_line(after) or box_shapes.is_editor_credit(after):
        return False
    if is_label_of_its_own(text):
        return False  # （9月18日至9月24日） | 1.…: a bracketed label is a line of its own
    if (LABEL_RE.match(after) or colophon_items_follow(text, after)) and label_item_complete(text):
        return False  # a label's line (热线：…, 地址：…), a colophon's (某报社主管主办　…): its own
    if PHONE_END_RE.search(text) and label_item_complete(text):
        return False  # 电话：0771-0000000 | 某某公司: a line ends with its phone number
    if HEADER_ITEM_END_RE.search(text):
        return False  # …星期一　第1版 | 今日导读: a header that ends with its page number ends
    if len(after) <= max(2, width // 4) and not is_label_of_its_own(after):
        return True  # …寿县高铁在行 | 动: a heading's last word, pushed down
    prose = "，" in text or "。" in text
    if not prose and (box_shapes.WEEKDAY_RE.search(text) or box_shapes.PAGE_NO_RE.search(text)):
        # A page header ends and a headline follows it; unless the rest is one word, too
        # short for a headline: its last item cut (…第4版　全国农民 | 报宝鸡行).
        return (
            after[:1] in "·|｜"
            or (
                len(after) <= width // 2
                and not any(char.isspace() for char in after)
                and not is_label_of_its_own(after)
            )
            # …星期六　新加 | 坡新闻　第8版: its last items cut, the page's number among them
            or (len(after) <= width // 2 and header_items_end(after))
        )
    if text.startswith(shapes.DASH_STARTS):
        return True  # a sub-headline's dash line is long: one that fills the column goes on
    if box_shapes.is_editor_credit(text):
        return True
    if shapes.is_closed(after) or after[:1] in shapes.CONTINUATION_STARTS:
        return True
    if text.count("“") > text.count("”") or text.count("《") > text.count("》"):
        return True  # a quotation or title left open: …读懂“一张蓝图绘 | 到底”的力量
    if is_label_of_its_own(after) or after.startswith(shapes.DASH_STARTS):
        return False  # a rubric or a sub-headline of its own
    return True  # a heading that fills the column exactly is a coincidence; one cut by it, the rule


def leads_in_to_headline(text: str, after: str, width: int) -> bool:
    """A heading line that ends leading in with a dash over a shorter headline-shaped line:
    a kicker at the column's edge, whole. (One that ends in a colon may be a label's or a
    speaker's, whose words the column pushed down.)"""
    return text.endswith("——") and shapes.is_headline_shaped(after) and len(after) < width


def header_items_end(text: str) -> bool:
    """The rest of a page header: short items apart, the page's number the last of them."""
    items = text.split()
    return len(items) >= 2 and bool(box_shapes.PAGE_NO_RE.fullmatch(items[-1]))


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
        and bool(box_shapes.REGISTRATION_RE.search(items[0]))
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


def spans_cut(text: str, after: str, pattern: re.Pattern) -> bool:
    """Does `pattern` match across the cut between `text` and `after`?"""
    tail = text[-12:]
    return any(m.start() < len(tail) < m.end() for m in pattern.finditer(tail + after[:12]))


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
    box_shapes.HEADER_DATE_RE,
    box_shapes.PAGE_NO_RE,
    box_shapes.REGISTRATION_TERM_RE,
    HEADER_ITEM_RE,
)  # a date, a page number, a registration term, a header's item: never split by design
NUMBER_CUT_RE = re.compile(r"[0-9０-９][年月日号时点分秒版期元万亿%％个岁]")
