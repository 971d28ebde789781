"""Lines of names alone: under a headline, who wrote it (戴某某, 戴某某 李某, □沛然, 刘　朴,
a pen name of two or three characters); people.py reads credits that carry a role.
"""

from __future__ import annotations

import re

from .authors import (
    NAME_ONLY_RE,
    NAME_PLACE_RE,
    ROLE_AFTER_NAME_RE,
    byline_authors,
    has_compound_surname,
    has_surname,
    is_organisation,
    join_spaced_names,
)
from .shapes import BULLETS, HAN, SPACES, lone_lead

PARTICLES = "啊呀吧呢吗啦哦嘛哇"  # sentence-final particles: no name ends with one
# Surnames that open common words (代表, 付出, 占比): a two-character word of them, among other
# words alone on a line, is no name; a name of three (代某某) is.
WORD_SURNAMES = "付代占"


def bare_name(text: str) -> tuple[str, list[str]] | None:
    """A name alone on its line (戴某某), or a few (戴某某 李某): under a headline, the
    authors."""
    text = text.strip()
    if text[-1:] in PARTICLES:
        return None  # 加油啊, 救命呀: a cry, not a name
    if 2 <= len(text) <= 3 and NAME_ONLY_RE.match(text) and has_surname(text):
        return text, [text]
    # 某某 某某(实习); 某某;某某;某某 (a web page's authors, parted by semicolons or bars)
    names = [ROLE_AFTER_NAME_RE.sub("", n) for n in padded_names(text)]
    closed_up = ["".join(n.split()) for n in names]
    if 2 <= len(names) <= 4 and all(
        2 <= len(n) <= 3
        and NAME_ONLY_RE.match(n)
        and has_surname(n)
        and not (len(n) == 2 and n[0] in WORD_SURNAMES)
        for n in closed_up
    ):
        return text, names
    reader = NAME_PLACE_RE.match(
        text
    )  # 田某某　（叶县）, 张某某／亚凯迪亚: a writer and where from
    if reader and has_surname(reader.group(1)):
        return text, [reader.group(1)]
    return None


def padded_names(text: str) -> list[str]:
    """The words of a line of names, parted by spaces or semicolons; two one-character words
    in a row are one two-character name padded to the width of the names beside it (代某某
    杨 某: 杨 某), kept as printed (authors.join_spaced_names), but only beside a name of
    its own: 关 注 焦 点 is a label spaced out."""
    words = NAME_WORD_RE.findall(text)
    if all(len(word) == 1 for word in words):
        return words
    return join_spaced_names(words, text)[0]


NAME_WORD_RE = re.compile(r"[^\s\u3000;；|｜│]+")  # (a site's bar parts names too: 某某│某某)


def bulleted_byline(text: str) -> tuple[str, list[str]] | None:
    """A bullet and names alone: □张持坚 (under a headline; above one, a rubric). An arrow
    points at a photo (▲展会现场: the photo above): a word too long for a name after it is
    the photo's caption."""
    if text[:1] not in BULLETS or len(text) > 12:
        return None
    content = text[1:].strip()
    if content.endswith(text[0]):
        # •许某仪•: the same bullet either side of a name; ◆关注◆, ■黄金周观察■: a rubric
        content = content[:-1].strip()
        if not (3 <= len(content) <= 4 and looks_like_a_name(content)):
            return None
    if text[:1] in PHOTO_POINTERS and len(content) >= CAPTION_WORD_MIN and " " not in content:
        return None  # (▲张某 李某: who took or wrote it)
    if content in SECTION_LABELS:
        return None  # ◆编者按, ■背景: a part of the story, labelled, not a writer
    authors = byline_authors(content)
    if authors == [content] and len(content) <= PEN_NAME_MAX:
        return content, authors  # □沛然: one short name, a pen name as often as not
    if authors == [] and is_organisation(content):
        return content, authors  # □某某日报编辑部: an editorial signed by the desk
    if not authors or not all(map(has_surname, authors)):
        return None  # ■中国入世: a section label, not a name
    return content, authors


PHOTO_POINTERS = "▲△▼▽▶►◀◁"  # the photo above, below, right, left
CAPTION_WORD_MIN = 4  # a name has two or three characters
PEN_NAME_MAX = 3  # a pen name has two or three characters; a section label is longer
PEN_NAME_RE = re.compile(rf"[{HAN}]{{2,{PEN_NAME_MAX}}}")


def spaced_name(text: str) -> tuple[str, list[str]] | None:
    """A two-character name spaced to a column's width (刘 朴, 刘　　朴), read as a credit
    (only right under a headline: spaced, a section's label looks the same, 关 注)."""
    text = text.strip()
    if not 3 <= len(text) <= SPACED_NAME_MAX or not LETTER_SPACED_NAME_RE.match(text):
        return None
    closed_up = text[0] + text[-1]
    if NAME_ONLY_RE.match(closed_up) and has_surname(closed_up):
        return text, [text]
    return None


# One character, the spaces that fill a column's width, the other: 刘 朴.
LETTER_SPACED_NAME_RE = re.compile(rf"^[{HAN}][{SPACES}]{{1,4}}[{HAN}]$")
SPACED_NAME_MAX = 6


def pen_name(text: str) -> tuple[str, list[str]] | None:
    """Two or three characters alone, read as a credit (the decoder put them under a
    headline): a pen name, whatever its first character."""
    text = text.strip()
    if not PEN_NAME_RE.fullmatch(text) or text in SECTION_LABELS or lone_lead(text):
        return None  # (本报讯 alone on its line: the lead, its credit on the next)
    return text, [text]


# Labels papers print alone over a part of a story (背景, 话题, 链接): no one's name.
SECTION_LABELS = {
    "背景",
    "话题",
    "链接",
    "事件",
    "感受",
    "点评",
    "观点",
    "声音",
    "现场",
    "回顾",
    "延伸",
    "相关",
    "提示",
    "数据",
    "释疑",
    "解读",
    "快评",
    "短评",
    "综述",
    "前言",
    "后记",
    "编后",
    "附记",
    "新闻",
    "花絮",
    "镜头",
    "特写",
    "对话",
    "人物",
    "故事",
    "编者按",  # (an editor's note under a headline: the story's, not a heading)
    "编者的话",
    "编后语",
    "编后记",
    "作者简介",  # (the writer's note under a headline, over the note)
    "核心提示",  # (a summary the editor sets under the headline, as 编者按)
    "导读",
    "导语",
    "阅读提示",
    "内容提要",
}


def looks_like_a_name(word: str) -> bool:
    """A person's name: a surname, then one or two characters (two or three after a compound
    one), or a name with a middle dot (阿依古丽·某某); 马来西亚, 柬埔寨 are places. (A place of
    three characters that starts with a surname, 金边, still reads as a name.)"""
    if "·" in word or "・" in word:
        return True
    return has_surname(word) and (len(word) <= 3 or (has_compound_surname(word) and len(word) <= 4))
