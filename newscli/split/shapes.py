"""The shapes of newspaper text lines: markers, bylines, leads, headlines, notices, mastheads, ads.

Every rule here describes a convention of Chinese newspaper typesetting, never the words of
one particular issue. Patterns are compiled once at import.
"""

from __future__ import annotations

import re

from zhon import hanzi

from ..schema import HAN

NUM = r"[0-9０-９〇零一二三四五六七八九十百]{1,5}"  # a page or day number, never a long one
SPACES = " \t\u3000\u00a0"

# （上接第1版） opens a continued article; （下转第2版） closes one that goes on elsewhere.
# A page may carry its section's letter (A06, B2): the number is the field's value.
SECTION = r"(?:[A-Za-zＡ-Ｚ]\s*)?"
# Bracketed, or alone on its line without brackets (上接第1版), as some dumps print them.
# 【上接第1版】, 〔下转第2版〕: the brackets some papers print them in; 左下, 中: where on that page.
MARKER_PLACE = r"(?:[左右中上下]{1,2}|头条)?"
CONT_FROM_RE = re.compile(
    rf"^(?:[（(【〔]\s*(?:上接|紧接|接)第?\s*{SECTION}({NUM})\s*版{MARKER_PLACE}\s*[）)】〕]"
    rf"|(?:上接|紧接)第?\s*{SECTION}({NUM})\s*版\s*$)"
)
CONT_TO_RE = re.compile(
    rf"(?:[（(【〔]\s*(?:下[转轉]|[转轉])第?\s*{SECTION}({NUM})\s*版{MARKER_PLACE}\s*[）)】〕]"
    rf"|^\s*下[转轉]第?\s*{SECTION}({NUM})\s*版)$"
)
# Where a brief came from, in brackets on its own line under it: （新华）, （本报综合）,
# （据新华社电）, （某某日报）. It closes the brief as （完） does (no one is its author).
SOURCE_CLOSE_RE = re.compile(
    r"^[（(](?:据)?(?:新华|新华社|中新|中新社|中新网|本报综合|综合|综合报道|央视|[\u4e00-\u9fff]{2,8}(?:日报|晚报|报|网|社)(?:电|消息)?)[）)]$"
    r"|^[（(](?:素材|稿件|信息|资料)?来源[：:][^（）()]{1,20}[）)]$"  # （素材来源：某某网）
)
# A wire story's or serial's closing mark on its own line: （完）, （待续）.
END_MARK_RE = re.compile(r"^[（(]\s*(?:完|全文完|待续|未完待续|续完)\s*[）)]$")

# Role words a byline may carry before names. Longest first, so 本报记者 wins over 记者.
ROLE_WORDS = sorted(
    [
        "本报记者",
        "本报通讯员",
        "本报评论员",
        "本报特约评论员",
        "本报特约记者",
        "本报特约",  # 本刊特约某某: a contributor the paper invited, no role word after
        "本刊特约",
        "本报实习生",
        "特约记者",
        "见习记者",
        "实习记者",
        "融媒体记者",
        "全媒体记者",
        "本报融媒体记者",
        "本报全媒体记者",
        "文/",
        "图/",
        "摄/",
        "口述",
        "作者",
        "首席记者",
        "驻站记者",
        "特派记者",
        "星级记者",
        "资深记者",
        "主任记者",
        "高级记者",
        "摄影记者",
        "前方记者",
        "记者",
        "通讯员",
        "评论员",
        "实习生",
        "特约评论员",
        "撰稿",
        "撰稿人",
        "特约撰稿人",
        "撰文",
        "撰文/",
        "文字",
        "文字/",
        "采访",
        "策划",
        "执行",
        "编译",
        "摄影/",
        "本报特约通讯员",
        "特约通讯员",
        "融媒记者",
        "栏目主持",
        "主持人",
        "编辑",
        "责任编辑",
        "摄影",
        "摄",
        "文图",
        "文/图",
        "图/文",
        "文",
        "图",
        "整理",
        "报道",
    ],
    key=len,
    reverse=True,
)
ROLE_RE = "|".join(re.escape(w) for w in ROLE_WORDS)
HAN_CHARS_RE = re.compile(f"[{HAN}]")
# An agency, paper or media group before a role word: 新华社记者, 人民日报记者, 某某报业全媒体记者.
# A reporter's posting before the role: 本报驻京记者, 驻某某记者站记者 (the place no name: it
# holds none of the words that would make 驻… a sentence, 驻村干部向记者…).
POSTING_RE = rf"驻(?:(?![向对的为和与给被让说])[{HAN}]){{1,6}}?(?:记者站)?"
ORG_ROLE_RE = (
    rf"(?:(?:[{HAN}]{{1,6}}[·・])?"  # a brand before the paper: 新天水·天水日报记者
    rf"[{HAN}]{{1,6}}(?:社|报|台|网|端|报业|集团|传媒|中心|新闻)"
    rf"(?:[-－·・/／][{HAN}]{{1,8}}?|{POSTING_RE})?(?:{ROLE_RE})"  # 某某日报-某新闻记者, 本报驻京记者
    rf"|{POSTING_RE}(?:{ROLE_RE})"
    rf"|《[^《》\s]{{1,12}}》[{HAN}]{{0,6}}?(?:记者|评论员|通讯员))"  # 《某某》记者, 《某某》新闻周刊记者
)
NAME_RE = (
    rf"(?:[{HAN}]{{2,4}}|[{HAN}]{{1,6}}[·・][{HAN}]{{1,8}})(?:/(?:文|图|摄|影|文图))?"  # 影: photos
)
BYLINE_TOKEN_RE = re.compile(rf"^(?:(?:{ORG_ROLE_RE}|{ROLE_RE})[:：]?)*(?:{NAME_RE})?$")
BYLINE_SEP_RE = re.compile(rf"[{SPACES}、，,;；|｜]+")  # 记者 | 某某: a bar parts a role from names
BRACKETED_RE = re.compile(r"^(?:[（(]([^（）()]{2,60})[）)]|【([^【】]{2,60})】)$")

SOURCE_KINDS = "社|网|报|刊|台|港|站|端|号|媒体|新闻|频道|在线"  # 新华社, 东北网, 晨刊, 客户端...
# A lead ends where no word goes on (电话, 电视), none of ！？ (最新警报消息！ is a headline), or
# where the credit or a wire's title line (…电题：) starts.
LEAD_ENDS = rf"(?:(?![{HAN}！？!?])|(?=记者|通讯员|实习生|\s*题[：:]))"
# A story's first sentence says where the reporter learned it: 记者昨日从市住建局获悉，…,
# 3月5日，记者在某某了解到，…. No dateline, but a lede all the same.
REPORTER_LEARNED_RE = re.compile(
    rf"^(?:(?:近日|日前|昨日|昨天|今天|今日|{NUM}月{NUM}日[上下]?午?)[，,]?)?(?:本报)?记者"
    rf"(?:近日|日前|昨日|昨天|今天|今日|{NUM}日)?(?:从|自|向|在)[^。！？]{{2,40}}?(?:获悉|了解到|得知|获知)"
)
# Leads open a body and stay in its text: 本报讯, 本报大同3月2日讯, 新华社北京2月10日电.
LEAD_RE = re.compile(
    rf"^(?:【[{HAN}·・0-9０-９]{{1,16}}?(?:讯|电|专讯|消息)】"  # 【本报讯】, 【本报消息】, as Hong Kong and Macao papers print it
    # 【美国《某某日报》12月22日报道】: a reprint names the paper it quotes (no reporter inside)
    rf"|【[{HAN}]{{0,6}}《[^《》]{{1,14}}》(?!记者|通讯员)[{HAN}]{{0,4}}?(?:{NUM}月)?(?:{NUM}日)?(?:电|讯|消息|报道|报导)】"
    rf"|本报[{HAN}]{{0,8}}?(?:{NUM}月)?(?:{NUM}日)?(?:讯|电){LEAD_ENDS}"
    r"|《本报(?:讯|电)[^《》]{0,24}》"  # 《本报讯18/11/2020 下午2时》: the dateline in title marks
    # 体育中心/综合报导 美国职篮…: a desk's dateline, as Taiwan's sites print it
    rf"|[{HAN}]{{2,8}}(?:中心|部|组)[/／](?:综合)?报[导道](?=[ 　：:])"
    rf"|[{HAN}]{{1,8}}(?:{SOURCE_KINDS})[·・\-－/／]?[{HAN}]{{0,8}}?(?:{NUM}月)?(?:{NUM}日)?(?:电|讯|消息){LEAD_ENDS}"
    rf"|据《[^《》]{{2,14}}》(?:消息|报道){LEAD_ENDS}"  # a reprint: 据《某某日报》消息
    rf"|[（(【][{HAN}]{{2,10}}(?:报|社|网|台)报道[）)】]"  # （某某日报报道）, as Hong Kong papers print it
    rf"|[（(][{HAN}]{{2,8}}?(?:{NUM}月)?(?:{NUM}日)?(?:讯|电|消息)[）)]"  # （吉隆坡3日讯）, （某某日报消息）
    rf"|[{HAN}]{{1,8}}(?:{SOURCE_KINDS})[{HAN}]{{0,8}}?报道(?=[（(])"
    rf"|[{HAN}]{{2,8}}讯(?=[（(【]\s*(?:{ROLE_RE}))"  # 云上某某讯（实习记者 某某）: a place's or site's  # 某某报报料热线报道（记者 某某）
    # 某某全媒体报道：…, as the outlet says it (据某某报道 quotes another outlet, often mid-story)
    rf"|(?!据)[{HAN}]{{1,8}}(?:{SOURCE_KINDS})报道(?=[：:])"
    # 参考消息网1月27日报道 据…: a site's dated report set apart like a dateline (某社3日报道，… is a sentence)
    rf"|(?!据)[{HAN}]{{1,8}}(?:{SOURCE_KINDS})[{HAN}]{{0,8}}?(?:{NUM}月)?{NUM}日报道(?=[ 　：:])"
    # 【某报】…, 【Yahoo 新闻报道】…, [Newtalk新闻] …: the outlet's name (a Latin brand too), its dateline
    rf"|[【（(\[［](?:[A-Za-z][A-Za-z0-9]{{1,15}} ?[{HAN}]{{0,8}}|[{HAN}]{{1,8}})(?:{SOURCE_KINDS})"
    rf"(?:报道|报导)?[】）)\]］](?=[ 　]?\S)"
    # （某某社记者某某某东京22日专电）: a wire's dateline in brackets, its reporter inside
    rf"|[（(][{HAN}]{{1,8}}(?:社|网|台|报)记者[{HAN}]{{3,16}}?{NUM}日(?:专|综合外)?电[）)]"
    r")"
)
# The reporter inside a bracketed wire dateline, and the place after the name.
WIRE_DATELINE_RE = re.compile(
    rf"^[（(]?([{HAN}]{{1,8}}(?:社|网|台|报)记者)([{HAN}]{{3,16}}?){NUM}日(?:专|综合外)?电[）)]?"
)

# How a sub-headline or an attribution opens: em dashes, or box-drawing lines set for them.
DASH_STARTS = ("——", "—", "──", "--")

# Sentence-final punctuation: a line ending otherwise was cut by the layout (or is a heading).
SENTENCE_END = set(hanzi.stops) | set("!?.;；:：…⋯")  # ⋯ (U+22EF): an ellipsis some sites print
MID_SENTENCE = set("，、,")  # a line ending so was surely cut, however short
CLOSING_QUOTES = "”’」』）)】》〉\"'"
HEADLINE_MAX = 40  # a headline line is short; a body line cut by the page layout is not
SHORT_LINE_MAX = 25
CROSSHEAD_RE = re.compile(
    rf"^(?:[{'◆■●▲★☆◇□○◎▶►'}]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|第[一二三四五六七八九十]+[部章节]"
    rf"|[1-9１-９][ \u3000]+[{HAN}])"  # 1 产业提质扩面…: a section number and a space
)

# An item of a numbered list: 一、…, 1.…, （二）….
NUMBERED_ITEM_RE = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])"
)

# Notices (公告, 招标, 声明...): anchors are contact lines and notice headings.
CONTACT_RE = re.compile(
    rf"^(?:[一二三四五六七八九十]+、|\d+[.、．])?(?:联\s*系\s*人|联系方式|联系地址|[{HAN}]{{0,4}}(?:电\s*话|邮\s*箱|请寄)|地\s*址|传\s*真|邮\s*编|开户行|账\s*号)\s*[：:]"
)
NOTICE_TITLE_RE = re.compile(
    rf"^[{HAN}\d（）()\s“”《》「」]{{0,30}}?(?:公\s*告|通\s*告|声\s*明|启\s*事|公\s*示|告\s*示|招标|采购|拍卖|招募|招聘|征稿|征集|(?:征集|征稿|招募)令)\s*$"
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
# Every phone number holds seven digits in a row: a test far cheaper than PHONE_RE's lookbehinds.
DIGIT_RUN_RE = re.compile(r"\d{7}")


def has_phone(text: str) -> bool:
    return bool(DIGIT_RUN_RE.search(text) and PHONE_RE.search(text))


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
    r"国内统一连续出版物号|邮发代号|CN\s*\d{2}\s*[-－]\s*\d{4}|广告经营许可证"
)
REGISTRATION_RE = re.compile(
    r"主管.{0,16}主办|社址[：:]|(?:报社|报业集团|媒体)[\s\u3000]+(?:地址|电话)[：:]|^邮政编码[：:]|(?:报社|日报社|晚报社|报业集团)出版|(?:报刊社|集团|传媒|出版社)出版$|出版者[：:]|创刊于|(?<![A-Za-z])PP\s?\d{3,}/\d{2}/\d{4}|(?:报业集团|报社|日报社|集团)主办$|社长[：:]|总编辑[：:]|总第\s*\d+\s*期|法律顾问[：:]|印装质量|(?:督印人|出版人|发行人)[：:]|^承印[：:]|新闻纸类|^印\s*刷[：:]|^本报(?:社址|地址)[：:]|^(?:本报|报社)?(?:社址|地址)[：:].{0,30}邮\s*编|"
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
)  # (with its number: 欢迎拨打报料热线，… only speaks of it)
AD_WORDS_RE = re.compile(
    r"优惠|特价|特惠|折起|促销|欢迎(?:来电|垂询|惠顾|选购|光临)|开业|招商|加盟|热销|抢购|团购|预订|火爆|钜惠|首付|样板间|免费|订阅|征订|店庆|周年庆|大促|让利|清仓|直降|满减|好礼|[一二三四五六七八九\d.]+折(?!腾|叠|射|返|算|合)|满\d+元?[减送赠]|开盘|售楼|认筹|承接|订座|订餐|宴席|筵席|婚宴|外卖|上门服务|随到随学|常年招生"
    r"|\d[万千]?元(?:/[^\s/]{1,2})?起(?=$|[\s，,！!])"  # a price from: 388元/桌起, 9.9万元起
    r"|(?:HK|NT|US|S|MOP|RM)?\$\s?\d[\d,]*(?:\.\d+)?起(?=$|[\s，,！!])"  # HK$5,980起: a currency's mark
)


# Page furniture: page numbers (第3版, A3), weekdays, editor credits, dated page headers.
PAGE_NO_RE = re.compile(
    rf"第\s*{SECTION}{NUM}\s*版|(?<![A-Za-z0-9])[A-H]\s?\d{{1,2}}(?:\s*版)?(?![A-Za-z0-9])"
    rf"|今日\s*{NUM}\s*版"  # 今日16版: how many pages the issue has
)
# A page's number beside its section's name, with nothing else on the line: 要闻　3, 03 | 本地新闻.
# A page's code alone on its line, between items (V06, A12): an edition's page, no headline.
PAGE_CODE_LINE_RE = re.compile(r"^[A-Z][0-9]{2}$")
SECTION_AND_PAGE_RE = re.compile(
    rf"^(?:[A-H]?\d{{1,2}}[{SPACES}|｜/／]+[{HAN}·・]{{2,6}}|[{HAN}·・]{{2,6}}[{SPACES}|｜/／]+[A-H]?\d{{1,2}})$"
)
# (周一至周五, 周二、周五: a schedule's days; 下周一: a day to come; not the date of the issue)
WEEKDAY_RE = re.compile(
    r"星期[一二三四五六日天]|(?<![每一至到、上下本])周[一二三四五六日](?![年末至到、])|农历"
)
EDITOR_CREDIT_RE = re.compile(
    rf"^[□■●◆◇▲△★☆◎]?(?:[{HAN}]{{0,4}}?(?:编辑|主编|责编|美编|编审|编委)|本版[{HAN}]{{0,2}}?(?:策划|统筹)|版式设计|版式|(?:责任)?校对|组版|制版|审核|监制|统筹)\s*[：:\s／/|｜]"
)
# The paper's own heads open its colophon (社长：某某　总编辑：某某); a page's editors differ.
PAPER_HEADS_RE = re.compile(r"^(?:社\s*长|总\s*编\s*辑)\s*[：:]")
EDITOR_ROLE_RE = re.compile(
    r"(?:编辑|美编|校对|值班|主任|审核|审校|签发|组版|排版|制版|监制|统筹|设计|视觉)\s*[：:]"
)
HEADER_DATE_RE = re.compile(
    r"(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|(?<!\d)(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}(?!\d)"  # 2024-03-05, 2024/3/5, 2024.3.5
    r"|(?<!\d)(?:19|20)\d{2}\s*年\s*第\s*\d{1,3}\s*期"  # a magazine's 2018年第7期
    r"|(?<!\d)(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月号"  # a monthly's 2022年4月号
)


def has_header_date(text: str) -> bool:
    """HEADER_DATE_RE.search, after a cheap test: each of its dates holds 年, or 19/20 and a
    separator (2024-03-05), and most lines hold neither."""
    if "年" not in text and not (
        ("19" in text or "20" in text) and ("-" in text or "/" in text or "." in text)
    ):
        return False
    return bool(HEADER_DATE_RE.search(text))


PAPER_NAME_RE = re.compile(
    rf"^[{HAN}]{{2,8}}(?:日报|晚报|时报|商报|早报|都市报|晨报|报)$"
    # its name in English under it: SOME CITY DAILY, The Some Times
    r"|^(?:THE\s+)?[A-Z][A-Z.&'\- ]{1,40}\s(?:DAILY|NEWS|TIMES|POST|HERALD|JOURNAL|EVENING NEWS|WEEKLY|TRIBUNE|GAZETTE)$",
    re.IGNORECASE,
)
# Rubric/column labels: 【聚焦两会】, ◆民生关注◆, ■暑期关注.
BULLETS = "□■●○◆◇▲△★☆▶►◎•·▌▍"
RUBRIC_RE = re.compile(
    rf"^(?:【[^【】]{{1,14}}】|「[^「」]{{1,10}}」|[{BULLETS}][^{BULLETS}]{{1,14}}[{BULLETS}]|《[^《》]{{1,10}}》专栏)$"
)
BULLET_LABEL_RE = re.compile(rf"^[{BULLETS}]\s*[{HAN}]{{2,10}}$")
# …摄, …摄影报道, …摄（某某视觉）: the photo agency may follow in brackets.
PHOTO_CREDIT_RE = re.compile(
    r"摄(?:影)?(?:报道)?[）)]?(?:[（(][^（）()]{1,12}[）)])?$"
    rf"|摄影(?:记者)?[{SPACES}]+[{HAN}]{{2,3}}$"  # …确保颗粒归仓。特约摄影 某某
    r"|[（(]图片由[^（）()]{1,20}提供[）)]$"  # （图片由某某提供）
    r"|^[（(][^（）()]{0,12}(?:图片|资料图|供图)[）)]$"  # （某某台图片）, （资料图）: alone on its line
)
# A paper's edition, printed in its masthead: 今日8版, 本期8版, 第0000号, 每周二、五出版.
EDITION_RE = re.compile(
    r"(?:今日|本期)\s*\d+\s*版|第\s*\d+\s*号|总第\s*\d+\s*期|每周[一二三四五六日、至到周]+出版"
)
# Words listed with 、 and trailing off: 健康、气象、体检通知、国内要闻……
LISTING_RE = re.compile(rf"[{HAN}“”]{{1,8}}(?:、[{HAN}“”]{{1,8}}){{2,}}(?:……|…|等)")
# Who stands where in a photo: 左起某某、某某 names the people of a caption.
PHOTO_ORDER_RE = re.compile(r"左起|右起|[从自]左[至到向]右|[从自]右[至到向]左")
CAPTION_RE = re.compile(r"^(?:图为|上图|下图|左图|右图|图[：:])|[（(][^（）()]{0,30}摄[）)]?$|摄$")
# Where a web page's story came from, on its last line: 来源：某某, 来源 | 某某电视台.
SOURCE_LINE_RE = re.compile(r"^(?:来源|稿源|出处)\s*[：:|｜]")
# An editor's note signed at its foot: ——编者, ——本报编辑部.
EDITORS_SIGNOFF_RE = re.compile(r"^[—－-]{1,3}\s*(?:本报)?(?:编\s*者|编\s*辑\s*部)$")
# A web page's lines about the story, dumped with it: when it was posted, by whom, from where,
# how often read (发布日期：2022-02-08 12:21, 作者： 来源：某某 时间：…, 点击数：), or the bare
# date and time under its headline.
WEB_META_LABEL_RE = re.compile(
    r"(?:发布(?:日期|时间)|发表(?:日期|时间)|更新时间|信息来源|点击数|点击量|浏览次数|阅读量|字号|文章字数)\s*[：:]"
)
WEB_META_ITEM_RE = re.compile(r"(?<![\u4e00-\u9fff])(?:作者|来源|时间)\s*[：:]")
# (07.11.2014 10:34: day first, as Malaysian and European sites print it)
DATETIME = (
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4})\s+\d{1,2}:\d{2}(?::\d{2})?"
)
DATETIME_LINE_RE = re.compile(rf"^{DATETIME}$")
# 2025-05-28 08:21 来源：某某网: when it was posted, then where it came from
DATETIME_THEN_ITEM_RE = re.compile(rf"^{DATETIME}\s+(?:作者|来源|编辑|责编)\s*[：:]")


# Bullets that open each brief of a column (△…, ●…) or a paragraph of a list.
BRIEF_BULLETS = "△▲●■□◆◇★☆"
# What comes with a story on the page or the site, tagged at its headline's end: （组图）.
MEDIA_TAG_RE = re.compile(
    r"^[（(](?:组图|多图|附图|图|图片|视频|附视频|有片|組圖|多圖|附圖|圖|圖片|視頻|附視頻)[）)]$"
)
# A paper's name, a date and maybe a page: where a story, a photo or a quote was printed
# (《某某日报》1958.5.11, 《某某报》（2017年3月7日） 01版, 《某某日报》（2018年10月09日 06版）).
_PAGE = r"(?:[\s\u3000]*第?[A-Z]?\d{1,3}版)?"
REPRINT_SOURCE_RE = re.compile(
    r"^《[^《》]{1,20}》[\s\u3000]*[（(]?"
    r"(?:\d{4}[.\-/年]\d{1,2}[.\-/月]\d{1,2}日?|\d{4}年\d{1,2}月\d{1,2}日)"
    rf"{_PAGE}[）)]?{_PAGE}$"
)


# 某某日报 新闻    时间:2023年07月16日: an e-paper's line of section and date (a notice's
# 时间： opens its line)
DATED_ITEM_RE = re.compile(r"[\s\u3000](?:时间|日期)\s*[：:]\s*\d{4}[-年/.]\d{1,2}")


def is_web_metadata(text: str) -> bool:
    if len(text) > HEADLINE_MAX * 2 or "。" in text:
        return False
    if not ("：" in text or ":" in text):
        return bool(DATETIME_LINE_RE.match(text)) if text[:1].isdigit() else False
    return (
        bool(WEB_META_LABEL_RE.search(text))
        or len(WEB_META_ITEM_RE.findall(text)) >= 2
        or bool(DATETIME_LINE_RE.match(text))
        or bool(DATETIME_THEN_ITEM_RE.match(text))
        or bool(DATED_ITEM_RE.search(text))
    )


# Who signs a notice: an organisation, named by its kind.
SIGNER_RE = re.compile(
    rf"^[{HAN}（）()]{{2,30}}(?:公司|医院|学校|大学|学院|委员会|(?<![和平骗格大结开布时赌饭败困僵变全残胜终棋对])局|厅|院|所|中心|政府|办公室|集团|银行|协会|处|站|部|社|会|队|委|办|厂|店)(?:谨启|敬启)?$"
)


def is_editor_credit(text: str) -> bool:
    """责任编辑：王某, or a line of several editorial roles with names (美编：… 校对：…)."""
    if len(text) > MASTHEAD_LINE_MAX or not (
        "：" in text
        or ":" in text
        or "编" in text
        or "校对" in text
        or "版式" in text
        or "审核" in text
    ):
        return False  # (cheap tests first: the patterns cost more)
    return bool(EDITOR_CREDIT_RE.match(text)) or len(EDITOR_ROLE_RE.findall(text)) >= 2


# A drawing's or calligraphy's credit: 《某报》　速写　某某, 漫画/某某.
ART_CREDIT_RE = re.compile(rf"(?:速写|漫画|插图|绘图|制图|书法|篆刻)[\s/：:]*[{HAN}]{{2,4}}$")


# 摄影：某某, 摄影／某报记者某某: the credit's mark before the name.
# 摄影：某某, ■摄影 记者 王 蓉 (a two-character name printed with a space inside it).
PHOTO_BY_RE = re.compile(
    rf"^[{BULLETS}]?\s*摄影\s*(?:[：:／/]\s*[{HAN}·]{{2,16}}"
    rf"|[：:／/\s]\s*(?:记者\s*)?[{HAN}]{{1,3}}(?:[\s\u3000]+[{HAN}]{{1,3}}){{0,3}})$"
)


def is_photo_credit(text: str) -> bool:
    """A photo's or a drawing's credit: ……摄, ……摄影报道, 摄影：某某, 速写　某某."""
    return bool(
        (
            ("摄" in text or "提供" in text or "图" in text)
            and (PHOTO_CREDIT_RE.search(text) or PHOTO_BY_RE.match(text))
        )
        or ART_CREDIT_RE.search(text)
    )  # (摄 first: most lines hold none, and two of the patterns need it)


def is_caption(text: str) -> bool:
    """图为……, 上图：……, ……（记者 张三 摄）."""
    return ("图" in text[:3] or "摄" in text[-4:]) and bool(CAPTION_RE.search(text))


def is_whole_bracket(text: str) -> bool:
    return len(text) <= HEADLINE_MAX and bool(BRACKETED_RE.match(text))


BRACKET_PAIRS = ("（）", "()", "【】", "《》")


def leaves_bracket_open(text: str) -> bool:
    """（线索来自本报新闻热线 | 2830110）: a bracket opened and not closed, so the text runs
    on; no heading is printed so."""
    return any(text.count(left) > text.count(right) for left, right in BRACKET_PAIRS)


def join_cut(head: str, tail: str, spaced: str = "") -> str:
    """Chinese joins with nothing between; Latin words cut at a line end need a space, and
    a line broken at a space gets it back (`spaced`: the space printed at the line's end)."""
    if spaced:
        return head + spaced + tail
    if head[-1:].isascii() and head[-1:].isalpha() and tail[:1].isascii() and tail[:1].isalpha():
        return head + " " + tail
    return head + tail


LINE_EDGE = SPACES + "\r\n\v\f"


def strip_line(line: str) -> str:
    """Drop leading and trailing white space, full-width indent spaces included."""
    return line.strip(LINE_EDGE)


def squeeze(text: str) -> str:
    """Text without any white space: for comparing headings printed with letter spacing."""
    return "".join(text.split())


def is_closed(text: str) -> bool:
    """True if the text ends a sentence (after any closing quotes or brackets)."""
    body = text.rstrip(CLOSING_QUOTES + SPACES)
    return bool(body) and body[-1] in SENTENCE_END


def ends_mid_sentence(text: str) -> bool:
    return text[-1:] in MID_SENTENCE


def is_headline_shaped(text: str) -> bool:
    """Short, not a sentence: how headlines, kickers and sub-headlines look."""
    return (
        0 < len(text) <= HEADLINE_MAX
        and not is_closed(text)
        and not ends_mid_sentence(text)
        and "。" not in text
        and (not LEAD_RE.match(text) or bool(TAGGED_HEADLINE_RE.match(text)))
        and not CONTACT_RE.match(text)
        and not DETAIL_LABEL_RE.match(text)
        and not LABELLED_PHONE_RE.match(text)
        and not INTERVIEW_RE.match(text)
        and not is_lead_in(text)
    )


# 【某某网】大庆油田数万员工在岗位向共和国献礼: a web headline tagged with its source (a lede
# goes on in sentences after the tag).
TAGGED_HEADLINE_RE = re.compile(r"^[【\[［（(][^】\]］）)]{1,12}[】\]］）)][^，。,；;：:]{6,}$")


def is_lead_in(text: str) -> bool:
    """面向…、面向…，某某郑重宣示——: a long sentence leading into a quotation, not a kicker
    (老有所依——, 从严治党，永远在路上——: short)."""
    return text.endswith("——") and "，" in text and len(text) >= LEAD_IN_MIN


LEAD_IN_MIN = 24


# A question or answer of an interview: 记者：…？, 问：…, 主持人：…
INTERVIEW_RE = re.compile(r"^(?:本报)?(?:记者|问|答|主持人|Q|A)\s*[：:]")


# A line that gives a detail under a label (活动时间：3月19日…, 报名热线：…): an ad's or a
# notice's line, never a heading.
DETAIL_LABEL_RE = re.compile(
    rf"^[{HAN}]{{0,4}}(?:时间|日期|地点|热线|电话|网址|微信|价格)\s*[：:]\s*\S"
    rf"|^[{HAN}]{{2,6}}\s*[：:]\s*[{HAN}]{{0,12}}(?:路|街|大道)[0-9０-９]+号"  # 营销中心：某某路88号
)
# Any label then a number to call: 节目查询：0000 0000, 客服：(00)0000 0000.
LABELLED_PHONE_RE = re.compile(r"^[^\W\d_]{2,6}\s*[：:]\s*[0-9０-９(（+][0-9０-９ \-－()（）]{5,}")


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
    )


# 特此公告, 特此声明: the formula that closes a notice's text, not a heading over one.
NOTICE_CLOSINGS = "特此"


# The last character of every heading NOTICE_TITLE_RE finds (white space aside).
NOTICE_TITLE_ENDS = "告明事示标购卖募聘正线务息话知稿集报令"


# Full-width and Chinese digits as ASCII: ０-９ and 〇/零-九 (十 and 百 are read apart).
DIGITS = str.maketrans(
    "０１２３４５６７８９" + "〇零一二三四五六七八九", "0123456789" + "00123456789"
)


def page_number(token: str) -> int:
    """Page numbers in markers may be ASCII, full-width or Chinese numerals, or a mix (一1)."""
    token = token.translate(DIGITS)
    if token.isdigit():
        return int(token)
    return chinese_numeral(token)


def chinese_numeral(token: str) -> int:
    """十二, 二十, 一百零五 (digits already ASCII)."""
    digits = {str(i): i for i in range(10)}
    if "十" not in token and "百" not in token:
        return int("".join(str(digits[c]) for c in token))
    total, current = 0, 0
    for char in token:
        if char in digits:
            current = digits[char]
        else:
            total += (current or 1) * (100 if char == "百" else 10)
            current = 0
    return total + current
