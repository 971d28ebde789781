"""Line features of a page's own lines and of its boxes, one line at a time: page furniture
(headers, footers, editor lines), notices (contact lines, signers) and ads. features.py
scores every line with them; boxes.py weighs the boxes' lines against their neighbours.
"""

from __future__ import annotations

import re

from . import box_shapes, captions, shapes, web_lines
from .name_lines import PARTICLES
from .roles import Role

SEGMENTS_RE = re.compile(r"[\s\u3000|｜·]+")


def is_segmented_header(text: str) -> bool:
    """东北网 黑龙江 社会万象, 某某在线　2005年10月5日　国内新闻: a site's path or a page's
    sections, three or more short items (a date among them); not a photo credit under a
    headline (本报记者 某某 摄) nor an ad's first line (某某·翡翠湾 盛大开盘)."""
    segments = SEGMENTS_RE.split(text)
    return (
        len(segments) >= 3
        and (
            0 < len(segments[0]) <= 6 or web_lines.is_outlet_name(segments[0])
        )  # 云南某某旅游网: a site's name
        and all(0 < len(t) <= 6 or box_shapes.HEADER_DATE_RE.fullmatch(t) for t in segments[1:])
        and any(len(t) > 1 for t in segments)  # 报 庆 感 言: a title letter-spaced, no items
        and not captions.is_photo_credit(text)
        and not box_shapes.AD_WORDS_RE.search(text)
    )


def dated_section(text: str) -> bool:
    """A date and a section's name beside it (2025-10-31 本地新闻; 2025年6月7日 高考开考 is a
    headline, 2025年5月1日 晴 a diary's heading)."""
    rest = box_shapes.HEADER_DATE_RE.sub("", text, count=1).strip(" \u3000")
    return 0 < len(rest) <= SECTION_NAME_MAX and bool(SECTION_NAME_RE.search(rest))


SECTION_NAME_MAX = 6
# How a page's section is named: 本地新闻, 要闻, 国际, 副刊, 体育, 财经…
SECTION_NAME_RE = re.compile(
    "(?:新闻|新聞|要闻|要聞|综合|綜合|国际|國際|国内|國內|本地|地方|社会|社會|体育|體育|财经|財經"
    "|经济|經濟|文化|副刊|专刊|專刊|周刊|週刊|评论|評論|时评|時評|民生|城事|教育|健康|旅游|旅遊|科技"
    "|时政|時政|政务|政務|法治|娱乐|娛樂|生活|港闻|港聞|澳闻|澳聞|两岸|兩岸|地产|地產)$"
)


def page_features(
    text: str, repeated: bool, at_edge: bool, at_top: bool = False, first: bool = False
) -> list[str]:
    """The page's own marks in a line. `first`: the issue's first line."""
    features = []
    if "，" in text or "。" in text:
        return []  # a page's header or footer lists items; a comma joins a headline's clauses
    if len(text) > shapes.HEADLINE_MAX and not (
        box_shapes.WEEKDAY_RE.search(text) and box_shapes.has_header_date(text)
    ):
        return []  # only a dated header runs longer than a headline
    if signed_and_dated(text):
        return []  # a notice's signer and its date
    if box_shapes.PAGE_NO_RE.search(text) and not several_codes(text):
        features.append("page-number")
    elif box_shapes.PAGE_CODE_LINE_RE.match(text) or (
        at_edge and box_shapes.SECTION_AND_PAGE_RE.match(text)
    ):
        features.append("page-number")  # 要闻　3: a bare number, only at the page's edge
    if box_shapes.WEEKDAY_RE.search(text):
        features.append("weekday")
    if box_shapes.has_header_date(text) and not shapes.is_closed(text):
        if box_shapes.DATE_LINE_RE.match(text):
            # a date alone: a notice's or a kicker's (1978年12月18日 | 改革开放…), but as the
            # issue's first line an e-paper's page, dated (2025年05月01日)
            features.append("top-date" if first else "bare-date")
        elif first and dated_section(text):
            features.append("top-date")  # 2025-10-31 本地新闻: the day and the page's section
        else:
            features.append("header-date")
    if box_shapes.PAPER_NAME_RE.match(text) and not box_shapes.AD_WORDS_RE.search(text):
        features.append("paper-name")  # (订阅某某日报 sells the paper: an ad's line)
    elif at_top and outlet_and_date(text):
        features.append("paper-name")  # 某某网　2014年11月7日: the outlet's name beside the date
    # at the top, items side by side are the header; at the foot, only with a page's own
    # marks beside them (a shop's list of services is printed the same way)
    if at_edge and (at_top or features) and is_segmented_header(text):
        features.append("segmented-header")
    if at_top and box_shapes.SUBMISSION_RE.search(text):
        features.append("submission-line")  # beside the header; at the foot, a notice's
    if (
        repeated
        and not features
        and not shapes.is_closed(text)
        and not captions.is_photo_credit(text)
    ):
        features.append("repeated-line")  # (记者 某某 摄 under two photos: each photo's own)
    if (
        not features
        and len(text) <= 6
        and not shapes.is_closed(text)
        and text[-1:] not in PARTICLES
    ):
        features.append("tiny-line")  # a section name beside the page number
    return features


SITE_LINE_MAX = 2 * shapes.HEADLINE_MAX  # a site's path or copyright: a line or so
SITE_PATH_STEP_MAX = 12  # a channel's name, never a clause


def is_site_furniture(text: str) -> bool:
    """A web page's own line (box_shapes.SITE_PATH_LABEL_RE and its neighbours), or a site's
    path or menu from its home page (首页 > 新闻 > 本地, 首页　新闻中心　本地新闻): the page's,
    not a story's. (A story's line may hold a `>` or end in 版权所有 too: 学历>能力>人脉？)"""
    if len(text) > SITE_LINE_MAX or not SITE_LINE_HINT_RE.search(text):
        return False  # (cheap: most lines hold none of these marks)
    if (
        box_shapes.SITE_PATH_LABEL_RE.match(text)
        or box_shapes.NEIGHBOUR_LINK_RE.match(text)
        or box_shapes.COPYRIGHT_RE.search(text)
        or box_shapes.EPAPER_TRAILER_RE.search(text)
    ):
        return True
    if "，" in text or "。" in text:
        return False
    items = box_shapes.SITE_PATH_SEPARATOR_RE.split(text)
    if (
        len(items) >= 3
        and items[0] in HOME_PAGE
        and all(0 < len(item) <= SITE_PATH_STEP_MAX for item in items)
    ):
        return True  # 首页 > 新闻 > 本地: a path from the home page, each step a channel's name
    return SEGMENTS_RE.split(text)[0] in HOME_PAGE and is_segmented_header(text)


# What every line is_site_furniture finds holds: a cheap test before its patterns.
SITE_LINE_HINT_RE = re.compile(
    r"[>＞»›]|ICP|©|Copyright|版[权權]所有|位置|^[上下]一|-->$|^首[页頁]|^[网網]站首", re.I
)


HOME_PAGE = {"首页", "首頁", "网站首页", "網站首頁"}


def outlet_and_date(text: str) -> bool:
    """A paper's or site's name, then the date of the issue, and nothing else."""
    segments = SEGMENTS_RE.split(text)
    return (
        len(segments) == 2
        and web_lines.is_outlet_name(segments[0])
        and bool(box_shapes.HEADER_DATE_RE.fullmatch(segments[1]))
    )


def several_codes(text: str) -> bool:
    """C1 C2 随到随学: codes of a kind (a driving school's licences), not a page's number."""
    return (
        "版" not in text
        and len(box_shapes.PAGE_NO_RE.findall(text)) > 1
        and not PAGE_RANGE_RE.search(text)  # A2-A3: the pages a section fills
    )


PAGE_RANGE_RE = re.compile(r"[A-H]\d{1,2}\s*[-－—~～至]\s*[A-H]\d{1,2}")


NOTICE_ANCHORS = {"contact-line", "notice-words"}


def add_notice(add, text: str, near_contact: bool) -> None:
    features = notice_features(text, near_contact)
    add(Role.NOTICE if NOTICE_ANCHORS.intersection(features) else Role.NOTICE_MORE, *features)


def is_contact_line(text: str) -> bool:
    """联系电话：…, or a short line giving an address to write to (或发送邮件至 某某@…)."""
    return (
        bool(shapes.CONTACT_RE.match(text))
        or labelled_phone(text)
        or (len(text) <= 2 * shapes.HEADLINE_MAX and bool(CONTACT_PERSON_RE.search(text)))
        or (len(text) <= shapes.HEADLINE_MAX and box_shapes.has_email(text))
    )


# Whom to ask, after the party's own label (建设单位：某某公司　联系人：李工　电话：…).
CONTACT_PERSON_RE = re.compile(r"[\s\u3000]联\s*系\s*人\s*[：:]")


def labelled_phone(text: str) -> bool:
    """节目查询：0000 0000, 报料热线：…: where to ask, a notice's; a shop's hotline is an ad's."""
    match = shapes.LABELLED_PHONE_RE.match(text)
    return bool(match) and (
        not (
            box_shapes.AD_CONTACT_RE.search(text) or box_shapes.SHOP_LABEL_RE.search(match.group())
        )
        or bool(box_shapes.PAPER_HOTLINE_RE.search(text))
    )


# 某某署表示，…: a news report says who said what; a notice speaks for itself (no notice's
# paragraph in the corpus reports speech, a quarter of the stories' that name a notice do).
# (名称：, 简称：: a label, no one speaking)
REPORTED_SPEECH_RE = re.compile(r"(?:表示|指出|介绍|透露|强调|(?<![名简通俗统昵职号])称)[，,：:]")


def notice_features(text: str, near_contact: bool) -> list[str]:
    if is_contact_line(text) and not box_shapes.SELLING_CONTACT_RE.match(text):
        return ["contact-line"]  # (订购电话, 预订电话: a shop's line, an ad's)
    if box_shapes.DATE_LINE_RE.match(text):
        return ["date-line"]
    features = []
    near_contact = near_contact or box_shapes.has_phone(text)  # its own number
    if (
        box_shapes.NOTICE_WORDS_RE.search(text)
        or (near_contact and box_shapes.WEAK_NOTICE_WORDS_RE.search(text))
    ) and not REPORTED_SPEECH_RE.search(text):
        features.append("notice-words")  # (报名 above a contact line: a call to sign up)
        if near_contact:
            features.append("before-contact")
    elif box_shapes.WEAK_NOTICE_WORDS_RE.search(text):
        features.append("service-words")
    if box_shapes.SIGNER_RE.match(text) or signed_and_dated(text):
        features.append("signer")
    elif signed_with_contact(text):
        features.append("signer-contact")
    return features or ["other-text"]


def signed_and_dated(text: str) -> bool:
    """某某有限公司　2006年10月30日: a notice's signer and date on one line."""
    parts = text.split()
    return (
        len(parts) == 2
        and bool(box_shapes.SIGNER_RE.match(parts[0]))
        and bool(box_shapes.DATE_LINE_RE.match(parts[1]))
    )


def signed_with_contact(text: str) -> bool:
    """某某供水公司　服务热线：0000-0000000: a notice's signer and where to ask (an address
    and a phone number may both follow)."""
    signer, *contacts = text.split(maxsplit=1)
    return (
        bool(contacts)
        and bool(box_shapes.SIGNER_RE.match(signer))
        and any(
            shapes.CONTACT_RE.match(item) or box_shapes.AD_CONTACT_RE.search(item)
            for item in contacts[0].split()
        )
    )


# A sentence longer than an ad's slogan, closed with 。: news reporting a sale, not selling.
AD_PROSE_MIN = 24


AD_LABEL_RE = re.compile(r"[（(【]广告[）)】]$")  # …（广告）: the page says so itself


def only_free(text: str) -> bool:
    """免费 is the only selling word: news says it as often (学童免费饮用鲜奶, 景区免费开放)."""
    return {match.group() for match in box_shapes.AD_WORDS_RE.finditer(text)} == {"免费"}


def ad_features(text: str) -> list[str]:
    if AD_LABEL_RE.search(text):
        return ["ad-label"]
    if box_shapes.is_notice_title(text):
        return ["notice-title-not-ad"]  # 订阅启事 heads a notice, though 订阅 sells
    if box_shapes.AD_CONTACT_RE.search(text) and not box_shapes.PAPER_HOTLINE_RE.search(text):
        return ["hotline"]
    if box_shapes.AD_WORDS_RE.search(text):
        if text.endswith("。") and (len(text) > AD_PROSE_MIN or only_free(text)):
            return ["selling-words", "reported-sale"]
        return ["selling-words"]
    if box_shapes.has_phone(text) or shapes.CONTACT_RE.match(text):
        return ["phone"]
    if shapes.DETAIL_LABEL_RE.match(text):
        return ["ad-detail"]
    return ["short-ad-line"]
