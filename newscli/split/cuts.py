"""Where the page cut a paragraph: a line that stops mid-sentence was cut by the layout and
goes on in the next line of text; one that ends a sentence, a credit, an address or a link
ended where it ends. Assembly joins the pieces back (SCHEMA's layout-break repair)."""

from __future__ import annotations

import re

from . import box_shapes, captions, shapes, web_lines
from .people import opening_byline


def cut_by_layout(paragraph: str) -> bool:
    """A long line that stops mid-sentence was cut by the page layout, not ended. (A closing
    bracket ends a paragraph too: a bracketed note, caption or credit closes it.)"""
    if (
        shapes.is_closed(paragraph)
        or shapes.CONTACT_RE.match(paragraph)
        or paragraph.endswith(("）", ")"))
        or captions.is_photo_credit(paragraph[-12:])  # …颗粒归仓。特约摄影 某某: a caption's end
        or ends_in_credit_line(paragraph)
        or ("://" in paragraph[-60:] and "，" not in paragraph)  # http://… date 某某微博
        or ends_in_address(paragraph)  # …或电邮 某某@…
        or bool(web_lines.IMAGE_FILE_RE.search(paragraph[-6:]))  # …（分离图）某某-2022….jpg
        or (paragraph[-1:].isdigit() and web_lines.is_web_metadata(paragraph))  # …发布时间: … 10:37
    ):
        return False
    if shapes.CROSSHEAD_RE.match(paragraph) and "。" not in paragraph:
        return False  # （一）希望的热土——…: a numbered heading, however long, ends where it ends
    if shapes.unmarked_long_line(paragraph):
        return False  # a long headline's line, not the start of a paragraph the page cut
    return len(paragraph) > shapes.HEADLINE_MAX or shapes.ends_mid_sentence(paragraph)


# An address to write to ends its line: nothing of a sentence is cut after it, unless the
# next line goes on with the sentence (…发送至 某某@… | ，我们将择优刊登。 | 并注明…).
EMAIL_END_RE = re.compile(r"(?<![\w.+-])" + box_shapes.EMAIL_RE.pattern + "$")
GOES_ON_RE = re.compile(r"^(?:[，、；,;]|并|及|和|或|以便|同时)")


def ends_in_address(paragraph: str) -> bool:
    tail = paragraph[-60:]
    return "@" in tail[-40:] and bool(EMAIL_END_RE.search(tail))


def goes_on_after_address(paragraph: str, text: str) -> bool:
    return bool(GOES_ON_RE.match(text)) and ends_in_address(paragraph)


def ends_in_credit_line(paragraph: str) -> bool:
    """…到会旁听。 摄影/某报社记者 张三: a credit that names someone, after the last sentence,
    is where a caption or story ends, not a sentence the layout cut."""
    tail = paragraph.rpartition("。")[2].strip()
    if not tail or len(tail) == len(paragraph) or len(tail) > CREDIT_TAIL_MAX:
        return False
    credit = opening_byline(tail)
    return credit is not None and bool(credit[1])


CREDIT_TAIL_MAX = 40


def surely_cut(paragraph: str) -> bool:
    """Ends in ，、 or in the middle of a Latin phrase: cut, however short its last line."""
    return (
        shapes.ends_mid_sentence(paragraph) or paragraph[-1:].isascii() and paragraph[-1:].isalnum()
    )


def cut_strength(paragraph: str) -> float:
    """How sure the cut is: a line ending in ，or 、 surely goes on; a long open one likely."""
    if not cut_by_layout(paragraph):
        return 0.0
    return 1.0 if shapes.ends_mid_sentence(paragraph) else 0.5
