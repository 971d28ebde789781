"""The shapes of a page's boxes: notices, mastheads (colophons), ads and page furniture.

The lines that are no story's: what a notice, the paper's colophon, an ad or a page's header
and footer print, by their conventions (shapes.py holds the lines of stories). Patterns are
compiled once at import.
"""

from __future__ import annotations

import re

from ..schema import HAN
from ..surnames import SINGLE
from .shapes import (
    HAN_CHARS_RE,
    HEADLINE_MAX,
    NUM,
    SECTION,
    SHORT_LINE_MAX,
    SPACES,
    close_up_spaced_label,
)

NOTICE_TITLE_RE = re.compile(
    # a dash-led second heading line names its notice (——纪念…征稿启事; ——…征集 may be news)
    rf"^(?:——|—|──|--|－－)[{HAN}\d（）()\s“”《》「」]{{0,30}}?(?:启\s*事|公\s*告|通\s*告|声\s*明)\s*$"
    rf"|^[{HAN}\d（）()\s“”《》「」]{{0,30}}?(?:公\s*告|通\s*告|声\s*明|启\s*事|公\s*示|告\s*示|招标|采购|拍卖|招募|招聘|征稿|征集|(?:征集|征稿|招募)令)\s*$"
    # printed alone, these head a notice too (with words before them, a news headline)
    r"|^(?:更\s*正|招\s*聘|诚\s*聘|讣\s*告|(?:温馨|重要|特别)?提\s*示|天气预报)$"
    rf"|^[{HAN}0-9]{{0,10}}热\s*线$"  # 读者热线, 96466热线: a box of the paper's hotline
    r"|^便民(?:服务|信息|热线|电话)$"  # a box of public services' numbers
    # a short 通知 is a notice (停水通知); a long one may be news of a document
    rf"|^[{HAN}]{{0,4}}(?:紧急)?通\s*知$"
    rf"|^[{HAN}]{{0,4}}预\s*告$"  # 节目预告, 赛事预告: what is on, and when
)
NOTICE_WORDS_RE = re.compile(
    r"采购|招标|投标|中标|供应商|谈判|磋商|询价|竞价|拍卖|遗失|作废|公告|公示|注销|清算|债权人|比选|声明|特此更正|待遇面议"
    # 特此讣告。, 谨此讣告。 alone: the formula closing a notice's text; 某某治丧小组: who signs
    # an obituary
    rf"|^(?:特此|谨此)[{HAN}]{{2}}[。！!]?$|治丧(?:小组|委员会|领导小组|办公室)$"
)
# Words notices use that news uses as often (报名 for a class, 停电 in a report): alone, they
# make a line notice text but do not show that a notice stands there.
WEAK_NOTICE_WORDS_RE = re.compile(r"报名|征订|订阅|停水|停电|停气")
# Any mark of a notice: its words or its heading (contact lines are tested apart).
NOTICE_ANCHOR_RE = re.compile(
    NOTICE_WORDS_RE.pattern
    + "|"
    + WEAK_NOTICE_WORDS_RE.pattern
    + r"|公\s*告|通\s*告|启\s*事|告\s*示|更\s*正|讣\s*告"
)
DATE_LINE_RE = re.compile(
    r"^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[0-9一二三四五六七八九十]{1,3}\s*月\s*[0-9一二三四五六七八九十]{1,3}\s*日$"
)

# Mastheads (colophon): department phone lists, printer and address, prices, registration numbers.
PHONE_RE = re.compile(r"(?<!\d)(?:0\d{2,3}[-－])?\d{7,8}(?!\d)|(?<!\d)1[3-9]\d{9}(?!\d)")
# Parted in groups, as North American (416-000-0000, (416) 000-0000) and Taiwan's or
# Malaysia's papers print them (02-2345-6789, (02)2345-6789, 03-1234 5678).
GROUPED_PHONE_RE = re.compile(
    r"(?<![\d-])\(?\d{3}\)?[-－ .]\d{3}[-－ .]\d{4}(?![\d-])"
    r"|(?<![\d-])1[3-9]\d[-－ ]\d{4}[-－ ]\d{4}(?![\d-])"  # a mobile in groups: 138-1234-5678
    r"|(?<![\d-])\(?0\d{1,3}\)?[-－ ]?\d{3,4}[-－ ]\d{4}(?![\d-])"
)
# Every phone number holds seven digits in a row, or four after a hyphen or space: tests far
# cheaper than the patterns' lookbehinds.
DIGIT_RUN_RE = re.compile(r"\d{7}")
# A date as eight digits alone on a line, maybe in brackets: 20180213, （20190331）.
DATE_STAMP_RE = re.compile(r"^[（(]?(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[）)]?$")
GROUP_RUN_RE = re.compile(r"\d[-－ .]\d{4}")


EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def has_email(text: str) -> bool:
    return "@" in text and bool(EMAIL_RE.search(text))  # (@ first: most lines hold none)


def has_phone(text: str) -> bool:
    if DATE_STAMP_RE.match(text.strip()):
        return False  # （20180213）: a web item's posting date under its text, no number to call
    return bool(DIGIT_RUN_RE.search(text) and PHONE_RE.search(text)) or bool(
        GROUP_RUN_RE.search(text) and GROUPED_PHONE_RE.search(text)
    )


DEPT_PHONE_RE = re.compile(rf"[{HAN}]{{2,10}}\s*[:：]?\s*(?:0\d{{2,3}}[-－])?\d{{7,8}}(?!\d)")
# A price line is nothing but prices: 零售：每份2元, 2025年报价 460元, 每份0.50元 全年订价180元.
PRICE_ITEM = (
    r"(?:本报|本刊)?(?:\d{4}\s*年\s*)?(?:全年|半年|每月|每季)?\s*(?:零售价|零售|定价|订价|报价|售价|订阅价|季价|月价)?"
    r"\s*[：:]?\s*(?:每份|每期|全年|半年|每月)?\s*\d+(?:\.\d+)?\s*元(?:\s*/\s*(?:份|期|年|月))?"
)
PRICE_RE = re.compile(
    rf"^(?=.*(?:零售|定价|订价|报价|售价|订阅价|季价|月价|每份|每期)){PRICE_ITEM}(?:[\s，,；;]+{PRICE_ITEM})*$"
)
# Registration terms: one phrase each, never cut by design (a column cuts them by chance).
REGISTRATION_TERM_RE = re.compile(
    r"国内统一连续出版物号|邮发代号|CN\s*\d{2}\s*[-－]\s*\d{4}|广告(?:经营)?许可证"
)
REGISTRATION_RE = re.compile(
    r"主管.{0,16}主办|社址[：:]|(?:报社|报业集团|媒体)[\s\u3000]+(?:地址|电话)[：:]|^邮政编码[：:]|(?:报社|日报社|晚报社|报业集团)出版|(?<!版)社出版(?=[\s\u3000])|(?:报刊社|集团|传媒|出版社)出版$|出版者[：:]|创刊于|(?<![A-Za-z])PP\s?\d{3,}/\d{2}/\d{4}|(?:报业集团|报社|日报社|集团)主办$|社长[：:]|总编辑[：:]|总第\s*\d+\s*期|法律顾问[：:]|印装质量|(?:督印人|出版人|发行人)[：:]|^承印[：:]|新闻纸类|^印\s*刷[：:]|^本报(?:社址|地址)[：:]|^(?:本报|报社)?(?:社址|地址)[：:].{0,30}邮\s*编|"
    + REGISTRATION_TERM_RE.pattern
)

# Where a page or column takes contributions: printed beside its header (投稿邮箱：…@…).
SUBMISSION_RE = re.compile(r"(?:投稿|来稿)(?:邮箱|信箱|地址|热线)")

# Ads: a hotline or booking number with selling words.

AD_CONTACT_RE = re.compile(
    r"(?:热线|专线|订购电话|预订电话|预约电话|订餐电话|报名电话|咨询电话|服务电话|招商电话|销售电话|微信)\s*[：:]?\s*[\d\-－ ()（）]{5,}"
)
# An ad prints a shop's 咨询热线 or 订购电话 (订阅/广告 hotlines sell the paper: either).
# A shop's own line (订购电话, 预订热线): an ad's contact, never a notice's.
SELLING_CONTACT_RE = re.compile(r"(?:订购|预订|预约|订餐|订座|招商|销售|团购)(?:电话|热线)")
SHOP_LABEL_RE = re.compile(r"订购|预订|预约|订餐|订座|招商|销售|团购|售楼|挂号")  # 预约挂号：…
# The paper's own lines (新闻热线：…); a bare 读者热线 heads a box of them, a notice.
PAPER_HOTLINE_RE = re.compile(
    r"(?:新闻|读者|党报|投诉|值班|总编室|发行|订报|报料|爆料)(?:热线|电话)\s*[：:]?\s*[0-9０-９(（]"
    r"|(?:有奖)?(?:报料|爆料)\s*[：:]\s*[0-9０-９(（]"  # 有奖报料：…: the paper asks for tips
)  # (with its number: 欢迎拨打报料热线，… only speaks of it)
AD_WORDS_RE = re.compile(
    r"优惠|特价|特惠|折起|促销|欢迎(?:来电|垂询|惠顾|选购|光临)|开业|招商|加盟|热销|抢购|团购|预订|火爆|钜惠|首付|样板间|免费|订阅|征订|店庆|周年庆|大促|让利|清仓|直降|满减|好礼|[一二三四五六七八九\d.]+折(?!腾|叠|射|返|算|合)|满\d+元?[减送赠]|开盘|售楼|认筹|承接|订座|订餐|宴席|筵席|婚宴|外卖|上门服务|随到随学|常年招生"
    r"|\d[万千]?元(?:/[^\s/]{1,2})?起(?=$|[\s，,！!])"  # a price from: 388元/桌起, 9.9万元起
    r"|(?:HK|NT|US|S|MOP|RM)?\$\s?\d[\d,]*(?:\.\d+)?起(?=$|[\s，,！!])"  # HK$5,980起: a currency's mark
)


# Page furniture: page numbers (第3版, A3), weekdays, editor credits, dated page headers.
PAGE_NO_RE = re.compile(
    # (A3, B12 alone; run into a word, F1中国大奖赛 names no page)
    rf"第\s*{SECTION}{NUM}\s*版|(?<![A-Za-z0-9])[A-H]\s?\d{{1,2}}(?:\s*版|(?![A-Za-z0-9{HAN}]))"
    rf"|今日\s*{NUM}\s*版"  # 今日16版: how many pages the issue has
    r"|^[0０]?\d{1,2}\s*版\s*[：:]"  # 01版：要闻, as an e-paper lists its pages (no 第)
    # 当前版：03版, 版次：A04, 期次：第1471期: an e-paper's labels of the page shown
    rf"|^(?:当前版|版次|版号|版面|期次|期号)\s*[：:]\s*(?:第\s*)?[A-H]?{NUM}\s*[版期]?\s*(?:$|[：:])"
)
# A page's number beside its section's name, with nothing else on the line: 要闻　3, 03 | 本地新闻.
# A page's code alone on its line, between items (V06, A12): an edition's page, no headline.
PAGE_CODE_LINE_RE = re.compile(r"^[A-Z][0-9]{2}$")
SECTION_AND_PAGE_RE = re.compile(
    rf"^(?:[A-H]?\d{{1,2}}[{SPACES}|｜/／]+[{HAN}·・]{{2,6}}|[{HAN}·・]{{2,6}}[{SPACES}|｜/／]+[A-H]?\d{{1,2}})$"
)
# (周一至周五, 周二、周五: a schedule's days; 下周一: a day to come; not the date of the issue)
# A header's weekday is an item of its own (星期三　第5版); one a word runs on from (周五举行,
# 星期天刊) is a sentence's.
WEEKDAY_RE = re.compile(
    rf"星期[一二三四五六日天](?![{HAN}])|(?<![每一至到、上下本])周[一二三四五六日](?![年末至到、{HAN}])|农历"
    # an English date line: Wednesday, May 26, 2010 (Sunday, bloody Sunday is a headline)
    r"|^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
)
# The bullets a page's editor line or a site's bulleted line may open with
CREDIT_BULLETS = "□■●◆◇▲△★☆◎•·"
EDITOR_CREDIT_RE = re.compile(
    # (in a web page's brackets too: [责任编辑：某某], 【编辑：某某】)
    rf"^[{CREDIT_BULLETS}\[【]?\s*(?:[{HAN}]{{0,4}}?(?:编辑|主编|责编|美编|编审|编委)|本版[{HAN}]{{0,2}}?(?:策划|统筹|插画|设计|图片)|版式设计|版式|(?:责任)?校对|组版|制版|审核|审校|监制|统筹)\s*[：:\s／/|｜]"
)
# The paper's own heads open its colophon (社长：某某　总编辑：某某); a page's editors differ.
PAPER_HEADS_RE = re.compile(rf"^[{CREDIT_BULLETS}]?\s*(?:社\s*长|总\s*编\s*辑)\s*[：:]")
EDITOR_ROLE_RE = re.compile(
    r"(?:编辑|美编|校对|值班|主任|审核|审校|编审|总编|签发|组版|排版|制版|监制|统筹|设计|视觉)\s*[：:]"
)
HEADER_DATE_RE = re.compile(
    r"(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|(?<!\d)(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}(?!\d)"  # 2024-03-05, 2024/3/5, 2024.3.5
    r"|(?<!\d)(?:19|20)\d{2}\s*年\s*第\s*\d{1,3}\s*期"  # a magazine's 2018年第7期
    r"|(?<!\d)(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月号"  # a monthly's 2022年4月号
    r"|(?<![\d.])\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}(?![\d.])"  # day first: 4. 4. 2024
    # in English, month first: May 26, 2010
    r"|\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? \d{1,2}, (?:19|20)\d{2}\b"
)


def has_header_date(text: str) -> bool:
    """HEADER_DATE_RE.search, after a cheap test: each of its dates holds 年, or 19/20 and a
    separator (2024-03-05, May 26, 2010), and most lines hold neither."""
    if "年" not in text and not (
        ("19" in text or "20" in text)
        and ("-" in text or "/" in text or "." in text or "," in text)
    ):
        return False
    return bool(HEADER_DATE_RE.search(text))


def is_dated_header(text: str) -> bool:
    """A page's header, whole: its items set apart by spaces (the paper, its date, its weekday
    or page number, a section), no prose (某某日报　2025年3月19日　星期三　第3版　城市)."""
    items = text.split()
    return (
        len(items) >= HEADER_ITEMS_MIN
        and all(len(item) <= HEADER_ITEM_LONGEST for item in items)
        and "，" not in text
        and "。" not in text
        and has_header_date(text)
        and bool(WEEKDAY_RE.search(text) or PAGE_NO_RE.search(text))
    )


HEADER_ITEMS_MIN = 3  # the paper or a section, the date, a weekday or page number
HEADER_ITEM_LONGEST = 12  # characters: 2025年12月31日, 某某某某日报社


def carries_on_header(text: str, wider: bool = False, header: str = "") -> bool:
    """Could the line be the rest of a header a column cut? The rest of its page number
    (…第 | 4版　要闻, …星期五 | A12　某某), or only its items side by side (a section's name,
    a page number, a weekday); not a headline. `wider`: the header's line fits the column,
    so the column may have cut it before a section's longer name (乡村振兴·观察). `header`:
    the header's line, cut inside an item; where that item is already a section's name
    (…第6版　城事·时评), the line can only finish that name, and a name and a headline
    run together are longer than any section's (城事·时评创建全国文明城市)."""
    if HEADER_PIECE_RE.match(text):
        return True
    longest = HEADER_ITEM_MAX + (HEADER_ITEM_MORE if wider else 0)
    items = text.split()
    if "，" in text or not items:
        return False
    last = header.split()[-1] if header.split() else ""
    joined = last + items[0]
    if (
        is_section_name(last)
        and len(joined) > HEADER_ITEM_MAX + HEADER_ITEM_MORE
        and not SPECIAL_SECTION_RE.search(joined)  # 庆祝新中国成 | 立75周年特刊: one name
    ):
        return False
    return all(
        len(item) <= longest or PAGE_NO_RE.search(item) or WEEKDAY_RE.search(item) for item in items
    )


# How a special section's name ends, however long (庆祝新中国成立75周年特刊, 两会特别报道).
SPECIAL_SECTION_RE = re.compile(r"(?:特刊|专刊|特辑|专辑|专版|专题|增刊|特别报道|系列报道)$")


def is_section_name(item: str) -> bool:
    """A header's item that names its section (要闻, 城事·时评): words, no date, page or weekday."""
    return (
        bool(HAN_CHARS_RE.search(item))
        and not WEEKDAY_RE.search(item)
        and not PAGE_NO_RE.search(item)
        and not has_header_date(item)
    )


HEADER_PIECE_RE = re.compile(r"^(?:[A-H]?\d{1,2}(?:版|\s|$)|版(?:\s|$))")
HEADER_ITEM_MAX = 6  # characters: a section's name (要闻, 城市新闻)
HEADER_ITEM_MORE = 4  # a special section's longer name (全国两会特别报道)

# A paper's house, or a desk of it, as it signs the paper's own notices (某某日报社,
# 某某日报社发行部, 某某晚报社总编室), perhaps with the month it was signed (2018年10月).
PAPER_HOUSE_RE = re.compile(
    rf"^[{HAN}]{{2,8}}(?:(?:日报|晚报|时报|商报|早报|都市报|晨报|报)社"
    rf"(?:[{HAN}]{{1,6}}(?:部|室|中心|办|委员会))?|(?:日报|晚报|报业|传媒)集团)"
    r"(?:[\s\u3000]*(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})\s*年\s*[0-9０-９一二三四五六七八九十]{1,2}\s*月"
    r"(?:\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日)?"
    r"|[\s\u3000]+\d{4}[.．]\d{1,2}(?:[.．]\d{1,2})?)?$"
)
PAPER_NAME_RE = re.compile(
    # (a word that ends in 报 is no paper: 情况通报, 喜报, 天气预报)
    rf"^[{HAN}]{{2,8}}(?:日报|晚报|时报|商报|早报|都市报|晨报|(?<![通喜捷简汇举预情海电警播])报)$"
    # its name in English under it: SOME CITY DAILY, The Some Times
    r"|^(?:THE\s+)?[A-Z][A-Z.&'\- ]{1,40}\s(?:DAILY|NEWS|TIMES|POST|HERALD|JOURNAL|EVENING NEWS|WEEKLY|TRIBUNE|GAZETTE)$",
    re.IGNORECASE,
)


# A paper's edition, printed in its masthead: 今日8版, 本期8版, 第0000号, 每周二、五出版.
EDITION_RE = re.compile(
    r"(?:今日|本期)\s*\d+\s*版|第\s*\d+\s*号|总第\s*\d+\s*期|每周[一二三四五六日、至到周]+出版"
)


# Who signs a notice: an organisation, named by its kind; not a headline that says what one
# did (某某论坛在某地举办, 某某召开推进会, 某某中心送爱心进孤儿院: a deed's verb inside).
# (送 only where it takes something into a place: 送温暖进…, never 送变电, 配送; 成立 names
# bodies too: 成立大会筹备委员会). A meeting is no body: …代表大会, …座谈会, …运动会 (a
# headline's event: 报告会, 宣讲会, 动员会), where …协会, …联谊会, …委员会, …青年会, …同乐会 sign.
# (…一行来访我公司: a visit's headline, a body signs with its own name, never 我; 莅临 is a
# visit's word, 来访 may name a body: 某某人民来访接待中心)
SIGNER_DEED_RE = r"(?!.*(?:举行|召开|举办|走进|主持|出席|启动|开展|荣获|获评|慰问|走访|看望|莅临|送[^进到]{1,4}[进到]|我))"
SIGNER_RE = re.compile(
    rf"^{SIGNER_DEED_RE}[{HAN}（）()]{{2,30}}(?:公司|医院|学校|大学|学院|委员会|(?<![和平骗格大结开布时赌饭败困僵变全残胜终棋对])局|厅|院|所|中心|政府|办公室|集团|银行|协会|处|站|部|社|(?<![大晚舞盛峰例谈讨话欢动销介布面流享唱彰览聘庙灯告讲员])会|队|委|办|厂|店)(?:谨启|敬启)?$"
)


def is_editor_credit(text: str) -> bool:
    """责任编辑：王某, or a line of several editorial roles with names (美编：… 校对：…)."""
    text = close_up_spaced_label(text)  # 编   辑：某某
    if len(text) > MASTHEAD_LINE_MAX or not (
        "：" in text
        or ":" in text
        or "编" in text
        or "校对" in text
        or "版式" in text
        or "审核" in text
        or "本版" in text
    ):
        return False  # (cheap tests first: the patterns cost more)
    if text.lstrip(CREDIT_BULLETS + "[【 ").startswith("本版") and ("，" in text or "。" in text):
        return False  # 本版设计 以红色为主调，…: a sentence about the page, not its credits
    return (
        bool(EDITOR_CREDIT_RE.match(text))
        or len(EDITOR_ROLE_RE.findall(text)) >= 2
        or names_review_steps(text)
    )


# Who checked the page, step by step (三审三校): 一审：某某 二审：某 某, 初审：某某, each step with a
# name (一审：判令某某归还借款 heads a part of a court story; 初审：5月6日 is a notice's step).
REVIEW_STEPS_RE = re.compile(
    rf"[{CREDIT_BULLETS}]?\s*(?:[一二三初复终]审\s*[：:／/]\s*[{HAN}]{{1,3}}(?:[ \u3000][{HAN}]{{1,2}})?[\s\u3000]*)+"
)
REVIEW_NAME_RE = re.compile(rf"审\s*[：:／/]\s*([{HAN}])")


def names_review_steps(text: str) -> bool:
    """一审：某某 二审：某某: review steps, each naming its editor (by a surname: 一审：驳回 is a
    ruling)."""
    return bool(REVIEW_STEPS_RE.fullmatch(text)) and all(
        first in SINGLE for first in REVIEW_NAME_RE.findall(text)
    )


MASTHEAD_LINE_MAX = 600  # a colophon line is a few hundred characters at most
REGISTRATION_LINE_MAX = 100  # registration, address and publisher lines are short
LONG_NUMBER_RE = re.compile(r"[0-9]{7}")
# Every registration pattern holds one of these: a cheap test before the long one.
REGISTRATION_KEYS_RE = re.compile(
    "号|CN|许可|地址|主|期|顾问|社长|总编|社址|邮政编码|出版|创刊|PP|印|发行人|新闻纸"
)
HOTLINE_ITEM_RE = re.compile(rf"[{HAN}]{{2,6}}(?:热线|电话|专线|总机)\s*[：:]\s*[0-9０-９(（]")
# The paper's heads by name, with or without colons: 社长　某某　　总编辑　某某, 值班总编　某某.
COLOPHON_POST_RE = re.compile(
    rf"(?:副?社长|副?总编辑|值班总编|总经理)[：:{SPACES}]+[{HAN}]{{2,3}}(?![{HAN}])"
)


def is_masthead_line(text: str) -> bool:
    if len(text) > MASTHEAD_LINE_MAX:
        return False
    if LONG_NUMBER_RE.search(text) and len(DEPT_PHONE_RE.findall(text)) >= 2:
        return True
    if ("热线" in text or "电话" in text or "专线" in text or "总机" in text) and len(
        HOTLINE_ITEM_RE.findall(text)
    ) >= 2:  # 新闻热线：… 广告热线：… 发行热线：…
        return True
    # Every registration pattern holds one of these; `in` is much cheaper than the regex.
    if (
        len(text) <= REGISTRATION_LINE_MAX
        and REGISTRATION_KEYS_RE.search(text)
        and REGISTRATION_RE.search(text)
    ):
        return True
    if ("社长" in text or "总编" in text) and len(COLOPHON_POST_RE.findall(text)) >= 2:
        return True
    return len(text) <= SHORT_LINE_MAX and bool(PRICE_RE.match(text))


def is_notice_title(text: str) -> bool:
    return (
        len(text) <= HEADLINE_MAX
        and text.rstrip()[-1:] in NOTICE_TITLE_ENDS  # (cheap: the regex costs more)
        and bool(NOTICE_TITLE_RE.match(text))
        and not text.startswith(NOTICE_CLOSINGS)
        and not reports_a_notice(text)
    )


# Someone issues a notice, or heeds one: 某某办公厅发出公告, 近六成市民已遵从强检公告 are news
# headlines of a notice. A notice's own heading names it: 关于发布…的公告, 某某公司关于收到…的
# 公告, 执行阶梯水价的公告 (…的公告), 某某法院执行公告 (执行: a court's kind of notice).
NOTICE_NEWS_VERBS_RE = re.compile(r"发布|发出|出台|印发|下发|遵从|遵守|落实|收到|回应|解读|响应")
OWN_NOTICE_HEADING_RE = re.compile(
    r"关于|的\s*(?:公\s*告|通\s*告|声\s*明|启\s*事|公\s*示|通\s*知)\s*$"
)


def reports_a_notice(text: str) -> bool:
    return bool(NOTICE_NEWS_VERBS_RE.search(text)) and not OWN_NOTICE_HEADING_RE.search(text)


# 特此公告, 特此声明: the formula that closes a notice's text, not a heading over one.
NOTICE_CLOSINGS = "特此"


# The last character of every heading NOTICE_TITLE_RE finds (white space aside).
NOTICE_TITLE_ENDS = "告明事示标购卖募聘正线务息话知稿集报令"


# A web page's own lines, wherever a dump of pages sets them: the path to the page (您当前的位置：
# 首页>新闻>本地, 首页 -> 港澳 -> 社会), the link to the story before or after it (上一篇：…), the
# site's copyright and licence lines (Copyright … All Rights Reserved, 本网站版权所有, 某ICP备…号),
# an e-paper system's trailer left in the text (… content_241261.html … /enpproperty-->).
SITE_PATH_LABEL_RE = re.compile(r"^您?(?:当前|现在|當前|現在)的?(?:所在)?位置\s*[：:]")
SITE_PATH_SEPARATOR_RE = re.compile(r"\s*(?:-?>|＞|»|›)\s*")
NEIGHBOUR_LINK_RE = re.compile(r"^(?:上|下)一(?:篇|条|條|页|頁)\s*[：:]")
COPYRIGHT_RE = re.compile(
    r"^Copyright\b|^(?:©|\(c\))\s*[^\s摄攝][^摄攝]*$|All Rights Reserved|ICP[备備证證][^，。]{0,4}\d{4,}"
    r"|^(?:本(?:网|站|网站|報|报)|[\u4e00-\u9fff]{1,12}(?:网|網|社|报|報|台|站|公司|中心|集团))?"
    r"[\s\u3000]*版[权權]所有[^，。]{0,20}$",
    re.IGNORECASE,
)
EPAPER_TRAILER_RE = re.compile(r"/enpproperty-->$")
