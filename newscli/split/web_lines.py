"""A web page's or e-paper's own lines, dumped with a story: when and where it was posted,
by whom, how often read, where the paper printed it, its photos' file names and links.
Under a headline they are the story's lines (features.py reads them so), never a headline
or a subtitle.
"""

from __future__ import annotations

import re

from ..schema import HAN
from .box_shapes import PAPER_NAME_RE
from .shapes import HEADLINE_MAX, SHORT_LINE_MAX, SOURCE_LABEL

# (发布日期：2022-02-08 12:21, 作者： 来源：某某 时间：…, 点击数：)
WEB_META_LABEL_RE = re.compile(
    r"(?:发布(?:日期|时间)|发表(?:日期|时间)|刊发(?:日期|时间)|更新时间|信息来源|点击数|点击量|浏览次数"
    r"|阅读(?:量|次数)|字号|字体|文章字数)\s*[：:]"
)
# 来源：某某网-某某日报, 图片来源：某某网: the site or paper the story or its photo came from,
# alone on its line (来源：县财政拨款, 来源：某某市统计局 name no outlet: a notice's, a chart's)
SOURCE_OUTLET_RE = re.compile(
    r"^图片来源\s*[：:]\s*\S"  # (a photo's, whatever it names)
    rf"|^{SOURCE_LABEL}\s*[：:|｜]\s*[{HAN}]{{1,8}}(?:网|报|刊|社|台|在线|客户端|新闻)"
    r"(?=$|[\s\u3000\-－—|｜、/·])"  # (某某社区卫生服务中心 is no outlet)
)
# A web page's buttons, dumped as a line of their own under the headline (read in simplified
# characters, as every pattern here)
PAGE_BUTTONS = {"语音播报", "听新闻", "朗读本文", "打印本页", "关闭窗口"}
PAGE_BUTTONS |= {"A-", "A+", "A－", "A＋", "大字号", "中字号", "小字号"}  # its text's size
FONT_BUTTONS_RE = re.compile(r"[【\[]?\s*大\s+中\s+小\s*[】\]]?")  # 【大 中 小】, no label
PAGE_BUTTONS |= {"ADVERTISEMENT", "Advertisement"}  # an ad's slot in a site's text
# Lines that are a site's only beside its other lines: a lone A between A+ and A-, a bare date
# under 来源：本站 发布时间： (alone, an ad's label or a page's date)
LONE_FONT_BUTTON = "A"
PAGE_BUTTONS |= {"分享：", "分享到：", "分享:", "分享到:", "分享到"}  # its share buttons' label
# …and those a site prints with a bullet (alone, 话题 or 评论 may be a column's label)
WEB_BULLETS = "•·●-"  # (- 来源：某刊 / - 发布时间：…)
BULLETED_BUTTONS = {"分享", "话题", "收藏", "评论", "打印", "点赞"}
KEYWORDS_RE = re.compile(r"(?:关键词|关键字|标签)\s*[：:]\s*")

WEB_META_ITEM_RE = re.compile(r"(?<![\u4e00-\u9fff])(?:作者|来源|时间)\s*[：:]")
# (07.11.2014 10:34: day first, as Malaysian and European sites print it)
DATETIME = (
    r"(?:(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4})\s+"
    r"|\d{4}年\d{1,2}月\d{1,2}日[\s\u3000]*)\d{1,2}:\d{2}(?::\d{2})?"  # 2018年11月08日07:44
)
DATETIME_LINE_RE = re.compile(rf"^{DATETIME}$")
# 某某网新闻部 发表于 2024-1-2 07:35: who posted it on a site, and when
POSTED_AT_RE = re.compile(rf"(?:发表于|发布于)\s*{DATETIME}$")
# 2025-05-28 08:21 来源：某某网: when it was posted, then where it came from
DATETIME_THEN_ITEM_RE = re.compile(
    rf"^{DATETIME}(?:\s+|\s*[|｜]\s*)(?:作者|来源|编辑|责编)\s*[：:]"  # (a bar may part them)
)
# 时间：2022-09-01 09:15:53: a posting time to the second (an event's has no seconds); 日期：
# 21年03月1期: an e-paper's issue
LABELLED_POSTING_RE = re.compile(
    rf"^(?:时间|日期)\s*[：:]\s*(?:{DATETIME}(?<=:\d\d:\d\d)|\d{{2,4}}年\d{{1,2}}月\d{{1,2}}期)$"
    # 来源：  2022-02-17 15:54:05: a site's source field left empty, then its posting time
    rf"|^来源\s*[：:]\s*{DATETIME}$"
)
# 某某日报 新闻    时间:2023年07月16日: an e-paper's line of section and date (a notice's
# 时间： opens its line)
DATED_ITEM_RE = re.compile(r"[\s\u3000](?:时间|日期)\s*[：:]\s*\d{4}[-年/.]\d{1,2}")
# http://sports.example.com alone on its line: the page's address
URL_LINE_RE = re.compile(r"^https?://\S+$")
# 2005年10月16日14:56 某某快报: when the site posted it, then the paper it took it from; or
# an event's time and place under its headline (2024年1月6日 19:30 市大剧院): either way a
# line of the story's, no heading
DATETIME_SOURCE_RE = re.compile(
    rf"^\d{{4}}年\d{{1,2}}月\d{{1,2}}日[\s\u3000]*\d{{1,2}}:\d{{2}}[\s\u3000]+[{HAN}A-Za-z]{{2,12}}$"
)
# 2025-04-30云南某某旅游网: the day the site posted it, its name glued on (a paper's or a
# site's name: 2024.10.1 国庆首日出行播报 is a dated headline)
DATE_THEN_OUTLET_RE = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[\s\u3000]*(?=[^\d\s\u3000])")


def date_then_outlet(text: str) -> bool:
    date = DATE_THEN_OUTLET_RE.match(text)
    if date is None:
        return False
    name = text[date.end() :]
    return bool(POSTING_SITE_RE.match(name) or PAPER_NAME_RE.match(name))


# The site that posted it: 某某网, 某某台, 某某在线, 某某客户端; or a paper's name (某某日报; not
# 播报, 预报: PAPER_NAME_RE's 报). 新闻 ends a headline as often (两会新闻).
POSTING_SITE_RE = re.compile(rf"^[{HAN}A-Za-z]{{1,14}}(?:网|台|在线|客户端)$")


def is_outlet_name(text: str) -> bool:
    """A paper's or site's name alone (某某日报, 云南某某旅游网)."""
    return bool(PAPER_NAME_RE.match(text) or OUTLET_NAME_RE.match(text))


OUTLET_NAME_RE = re.compile(rf"^[{HAN}]{{1,8}}(?:网|在线|新闻|客户端)$")
# 某某新闻 ・ 1 天前: a listing's source and how long ago it was posted
POSTED_AGO_RE = re.compile(r"\d{1,3}\s*(?:天|小时|小時|分钟|分鐘|周|週|个月|個月)前$")
# …-20220217075214.jpg: the file name of a web page's photo
IMAGE_EXTENSIONS = ("jpg", "jpeg", "png", "gif", "webp", "bmp")
IMAGE_FILE_RE = re.compile(rf"\.(?:{'|'.join(IMAGE_EXTENSIONS)})$", re.IGNORECASE)
# （点击观看高清组图）: a link to the story's photos or video, in its brackets
PHOTO_LINK_RE = re.compile(
    r"^[（(](?:点击|點擊)(?:观看|查看|进入|觀看|進入|浏览|瀏覽)[^（）()]{0,10}[）)]$"
)
# What comes with a story on the page or the site, tagged at its headline's end: （组图）.
MEDIA_TAG_RE = re.compile(
    r"^[（(](?:组图|多图|附图|图|图片|视频|附视频|有片|組圖|多圖|附圖|圖|圖片|視頻|附視頻)[）)]$"
)

# A paper's name, a date and maybe a page: where a story, a photo or a quote was printed
# (《某某日报》1958.5.11, 《某某报》（2017年3月7日） 01版, 《某某日报》（2018年10月09日 06版）,
# spaced as some e-papers print it: 《 某某晚报 》（ 2025年12月18日 第 02 版 ）). (Spaces come a
# few at a time: a bounded run keeps the pattern fast on a line of padding.)
_SP = r"[\s\u3000]{0,3}"
_PAGE = rf"(?:{_SP}第?{_SP}[A-Z]?\d{{1,3}}{_SP}版)?"
# A full date as papers and sites print it: 2017年3月7日, 2017-03-07, 2017/11/08, 1958.5.11
PAPER_DATE = r"\d{4}[.\-/年]\d{1,2}[.\-/月]\d{1,2}日?"
REPRINT_SOURCE_RE = re.compile(
    rf"^《[^《》]{{1,20}}》{_SP}[（(]?{_SP}{PAPER_DATE}{_PAGE}{_SP}[）)]?{_PAGE}$"
    # the date first: 2017/11/08 某国《某某》中文报
    rf"|^{PAPER_DATE}[\s\u3000]{{1,3}}[{HAN}]{{0,6}}《[^《》]{{1,20}}》[{HAN}]{{0,4}}$"
    # an e-paper's page and date: 版次：A01  2023年05月08日
    rf"|^版次[：:]{_SP}[A-Z]?\d{{1,3}}版?(?:[\s\u3000]{{1,3}}{PAPER_DATE})?$"
)
REPRINT_LINE_MAX = 60
BARE_DATE_RE = re.compile(rf"[\s\u3000]*{PAPER_DATE}[\s\u3000]*")  # 2016-01-06 alone
# [2016.01.08] 发表: the day the site posted it (in figures and points or dashes: a notice's
# 2016年1月8日发布 is its date line)
POSTED_WORDS = ("发表", "发布", "更新", "刊登")
# 刊出日期 2025.01.23, 见报日期：2025年1月23日, 发布时间 2024-05-20 16:49: a site's label and
# the date (出刊日期：每周五 is a colophon's schedule, no date)
LABELLED_DATE_RE = re.compile(
    r"^(?:发布|发表|刊发|刊出|刊登|见报|出刊|更新)(?:日期|时间)[\s\u3000：:]*"
    r"(?:\d{4}([-/.])\d{1,2}\1\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)"
    r"(?:[\s\u3000]*\d{1,2}:\d{2}(?::\d{2})?)?$"
)
DATE_POSTED_RE = re.compile(
    r"^[\[［【]?\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}[\]］】]?[\s\u3000]*(?:发表|发布|更新|刊登)$"
)


def is_page_turner(text: str) -> bool:
    """上一篇 下一篇 as a web page's buttons (版面：第A06版 上一篇 下一篇), not a serial's note
    (（上一篇见…，下一篇见…）)."""
    return "上一篇" in text and "下一篇" in text and "见" not in text and "，" not in text


def is_reprint_source(text: str) -> bool:
    return len(text) <= REPRINT_LINE_MAX and bool(REPRINT_SOURCE_RE.match(text))


# The site's address, then when it posted the story (a copy's line under its headline).
URL_THEN_DATE_RE = re.compile(r"^https?://\S+[\s\u3000]+\d{4}(?:年|[-/.])\d{1,2}")
# Published at Aug 14, 2024 02:49 pm, Updated: 2024-08-14 14:49: an English-language site's
# posting line (overseas Chinese papers print their pages on such sites)
ENGLISH_POSTED_RE = re.compile(
    r"^(?:Published|Updated|Posted|Last updated)(?: at| on)?\s*:?\s+"
    # Aug 14, 2024 02:49 pm; 14 Aug 2024 2:49 PM; 14/08/2024 02:49 PM MYT: a date with its year
    r"(?=[^\n]*\d{4})[A-Za-z0-9][A-Za-z0-9 ,./:-]{5,40}(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$",
    re.IGNORECASE,
)


def is_web_metadata(text: str) -> bool:
    """A web page's line about the story (not its text): see the patterns above."""
    if len(text) > HEADLINE_MAX * 2 or "。" in text:
        return False
    if text[:1] in "PpUuLl" and ENGLISH_POSTED_RE.match(text):
        return True
    if text[:1] in "hH" and URL_THEN_DATE_RE.match(text):
        return True  # http://sports.example.com  2011年10月31日11:10  某某体育微博
    if " " not in text and text[-1:] in "gGpPfF" and IMAGE_FILE_RE.search(text):
        return True  # A220220217C.jpg
    if text[:1] in "（(" and PHOTO_LINK_RE.match(text):
        return True
    if text[-1:] == "前" and len(text) <= SHORT_LINE_MAX and POSTED_AGO_RE.search(text):
        return True
    if (
        text in PAGE_BUTTONS
        or (text[-1:] in "】]小" and FONT_BUTTONS_RE.fullmatch(text))
        or is_page_turner(text)
        or (text.rstrip()[-1:] in "：:" and KEYWORDS_RE.fullmatch(text))
    ):
        # (关键词： with nothing after it: the label of a site's empty field)
        return True  # 语音播报, A+; 版面：第A06版 上一篇 下一篇: the page's buttons
    if text[:1] in WEB_BULLETS:  # • 来源：某某日报, • 分享: a site's bulleted lines
        rest = text.lstrip(WEB_BULLETS + " \u3000")
        return (
            rest in BULLETED_BUTTONS
            or bool(
                KEYWORDS_RE.match(rest)
            )  # - 关键字：… (unbulleted, 两会关键词：… is a headline)
            or (rest != text and is_web_metadata(rest))
        )
    if (text[-1:].isdigit() or text[-1:] == "日") and LABELLED_DATE_RE.match(text):
        return True
    if not ("：" in text or ":" in text):
        return bool(
            text[:1].isdigit()
            and (DATETIME_LINE_RE.match(text) or date_then_outlet(text))
            or (text[-2:] in POSTED_WORDS and DATE_POSTED_RE.match(text))
        )
    if text[:4] == "http" and URL_LINE_RE.match(text):
        return True  # (its colon: http://…)
    if text[:1].isdigit() and "年" in text[:5] and DATETIME_SOURCE_RE.match(text):
        return True  # (its time's colon: 14:56)
    return (
        bool(WEB_META_LABEL_RE.search(text))
        or (len(text) <= HEADLINE_MAX and bool(SOURCE_OUTLET_RE.match(text)))
        or len(WEB_META_ITEM_RE.findall(text)) >= 2
        or bool(DATETIME_LINE_RE.match(text))
        or bool(DATETIME_THEN_ITEM_RE.match(text))
        or bool(LABELLED_POSTING_RE.match(text))
        or bool(DATED_ITEM_RE.search(text))
    )
