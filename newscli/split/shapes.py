"""The shapes of newspaper text lines: markers, bylines, leads, headlines, notices, mastheads, ads.

Every rule here describes a convention of Chinese newspaper typesetting, never the words of
one particular issue. Patterns are compiled once at import.
"""

from __future__ import annotations

import re

from zhon import hanzi

from ..schema import HAN
from .role_words import ROLE_WORDS

NUM = r"[0-9０-９〇零一二三四五六七八九十百]{1,5}"  # a page or day number, never a long one
SPACES = " \t\u3000\u00a0"

# （上接第1版） opens a continued article; （下转第2版） closes one that goes on elsewhere.
# A page may carry its section's letter (A06, B2): the number is the field's value.
SECTION = r"(?:[A-Za-zＡ-Ｚ]\s*)?"
# Bracketed, or alone on its line without brackets (上接第1版), as some dumps print them.
# 【上接第1版】, 〔下转第2版〕: the brackets some papers print them in; 左下, 中: where on that page;
# ②: which of the page's jumps (下转6版②).
MARKER_PLACE = r"(?:[左右中上下]{1,2}|头条|[①-⑳])?"
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
# A reprint's source named on a line of its own: 据新华社, 据某某客户端, 据《某某日报》报道.
SOURCE_NAMED = (
    rf"据(?:新华社|中新社|中新网|央视|央视新闻|澎湃新闻"
    rf"|[{HAN}]{{2,8}}(?:日报|晚报|报|网|社|电视台|客户端)|《[^《》]{{2,14}}》)(?:报道|消息)?"
)
SOURCE_CLOSE_RE = re.compile(
    r"^[（(](?:据)?(?:新华|新华社|中新|中新社|中新网|本报综合|综合|综合报道|央视|[\u4e00-\u9fff]{2,8}(?:日报|晚报|报|网|社)(?:电|消息)?)[）)]$"
    r"|^[（(](?:素材|稿件|信息|资料)?来源[：:][^（）()]{1,20}[）)]$"  # （素材来源：某某网）
    # （综合外媒报道）, （本报综合外电）, （综合央视新闻、新华社）: the desk compiled the brief
    # from these (（据外媒报道） may open a brief as well as close one: not here)
    r"|^[（(](?:本报)?综合[^（）()，。]{1,16}[）)]$"
    # 据新华社, 据央视 on a line of their own under a brief: where it came from, unbracketed
    rf"|^{SOURCE_NAMED}$"
)
# A wire story's or serial's closing mark on its own line: （完）, （待续）.
END_MARK_RE = re.compile(r"^[（(]\s*(?:完|全文完|待续|未完待续|续完)\s*[）)]$")

# Bracketed editorial notes that are shaped like a short name but are not bylines.
EDITORIAL_NOTES = {
    "完",
    "待续",
    "未完待续",
    "续完",
    "全文完",
    "续",
    "上",
    "中",
    "下",
    "草案",
    "摘要",
    "节选",
    "图",
    # what comes with the story on the page or the site: （组图）, （附视频）, （有片）
    "组图",
    "多图",
    "附图",
    "图片",
    "视频",
    "附视频",
    "有片",
}

ROLE_RE = "|".join(re.escape(w) for w in ROLE_WORDS)
HAN_CHARS_RE = re.compile(f"[{HAN}]")
# An agency, paper or media group before a role word: 新华社记者, 人民日报记者, 某某报业全媒体记者.
# A reporter's posting before the role: 本报驻京记者, 驻某某记者站记者 (the place no name: it
# holds none of the words that would make 驻… a sentence, 驻村干部向记者…).
# A reporter's beat between the paper and the role: 本报社区记者, 本报政法记者
BEATS = "社区|政法|体育|财经|教育|文化|卫生|科技|农村|经济|时政|法治|城市|国际|军事|娱乐|汽车|房产|健康|旅游|民生"
# A person's role (not a desk's or a mark's): 记者, 见习记者, 融媒体记者, 通讯员, 实习生.
PERSON_ROLE_RE = r"(?:特约|实习|见习|首席|摄影|融媒体|全媒体)?(?:记者|通讯员|实习生)"
POSTING_RE = rf"驻(?:(?![向对的为和与给被让说])[{HAN}]){{1,6}}?(?:记者站)?"
ORG_ROLE_RE = (
    rf"(?:(?:[{HAN}]{{1,6}}[·・])?"  # a brand before the paper: 新天水·天水日报记者
    rf"(?:[{HAN}]{{1,6}}(?:社|报|台|网|端|报业|集团|传媒|中心|新闻|融媒|电讯)|[{HAN}]{{1,6}}(?:新闻|传媒|媒体)中心)(?:周末|周刊)?"  # 某报周末: its weekly; 某某市新闻传媒中心
    rf"(?:[-－·・/／][{HAN}]{{1,8}}?|{POSTING_RE}|(?:{BEATS})(?=记者)|[ \u3000](?={PERSON_ROLE_RE}))?(?:{ROLE_RE})"  # 某某日报-某新闻记者, 本报驻京记者, 本报社区记者: a beat; 某某市融媒体中心 记者 某某
    rf"|{POSTING_RE}(?:{ROLE_RE})"
    rf"|《[^《》\s]{{1,12}}》[{HAN}]{{0,6}}?(?:记者|评论员|通讯员))"  # 《某某》记者, 《某某》新闻周刊记者
)
NAME_RE = (
    rf"(?:[{HAN}]{{2,4}}|[{HAN}]{{1,6}}[·・][{HAN}]{{1,8}})(?:/(?:文|图|摄|影|文图))?"  # 影: photos
)
# Where a contributor works, named before the name in a county paper's credit: （某某县委宣传部
# 某某）, （通讯员 某某县公安局 某某）. Four characters or more: no person's name.
WORKPLACE_RE = re.compile(
    rf"^(?:[{HAN}]{{3,14}}(?:部|局|委|办|厅|院|所|队)"
    rf"|[{HAN}]{{2,14}}(?:中心|公司|协会|政府|派出所|医院|学校|大学|街道|社区))$"
)
# The town a contributor works in, named before the name (通讯员 某某镇 某某): three characters
# may be a name too (李永镇), so only where a name follows.
TOWN_RE = re.compile(rf"^[{HAN}]{{2,6}}(?:镇|乡|村)$")
# An office named short, with no place before it (（建设局 某某）, （宣传部 某某）, （派出所 某某）),
# is three characters as a name is: as a town, only where a name follows.
SHORT_OFFICE_RE = re.compile(rf"^(?:[{HAN}]{{2}}(?:局|委|办|厅|部|队)|派出所|办公室)$")
BYLINE_TOKEN_RE = re.compile(rf"^(?:(?:{ORG_ROLE_RE}|{ROLE_RE})[:：]?)*(?:{NAME_RE})?$")
BYLINE_SEP_RE = re.compile(rf"[{SPACES}、，,;；|｜]+")  # 记者 | 某某: a bar parts a role from names
BRACKETED_RE = re.compile(r"^(?:[（(]([^（）()]{2,60})[）)]|【([^【】]{2,60})】)$")

SOURCE_KINDS = "社|网|报|刊|台|港|站|端|号|媒体|融媒|新闻|频道|在线"  # 新华社, 东北网, 晨刊, 客户端, 某某融媒...
# A lead ends where no word goes on (电话, 电视), none of ！？ (最新警报消息！ is a headline), or
# where the credit or a wire's title line (…电题：) starts.
# The ranks a reporter may carry before 记者 (首席, 特约, 融媒体…): the role words' own.
REPORTER_RANKS = "|".join(
    word[: -len("记者")]
    for word in ROLE_WORDS
    if word.endswith("记者") and word[:2] not in ("本报", "记者")
)
# Words of time a story's text opens with: 近日，…, 昨日上午，…
TEXT_TIME_WORDS = "今年|今天|今日|昨天|昨日|近日|日前|连日来|近期|近年来|目前|当天|本月|上月"
TIME_WORDS = rf"{TEXT_TIME_WORDS}|前日|当日|日内"  # (after a lead, a few more)
# (本报讯近日，…, 本报讯昨（3）日，…: a word of time glued on, as some county papers print it)
LEAD_ENDS = rf"(?:(?![{HAN}！？!?])|(?=(?:{REPORTER_RANKS})?记者|通讯员|实习生|\s*题[：:]|(?:{TIME_WORDS})(?:[上中下]午|早上|晚上|凌晨|傍晚|以来)?[，,]|[昨今前][（(][0-9０-９]{{1,2}}[）)]日))"
# A story's first sentence says where the reporter learned it: 记者昨日从市住建局获悉，…,
# 3月5日，记者在某某了解到，…. No dateline, but a lede all the same.
REPORTER_LEARNED_RE = re.compile(
    rf"^(?:(?:近日|日前|昨日|昨天|今天|今日|{NUM}月{NUM}日[上下]?午?)[，,]?)?(?:本报)?记者"
    rf"(?:近日|日前|昨日|昨天|今天|今日|{NUM}日)?(?:从|自|向|在)[^。！？]{{2,40}}?(?:获悉|了解到|得知|获知)"
)
# A brief's label, not a paper's name, before 讯: 快讯：…, 喜讯：…
NEWS_LABEL_CHARS = (
    "快简短喜通资电音视警审传问死闻凶噩佳捷又特速要商来"  # (房产商讯, 读者来讯: columns)
)
# A dateline's month and day; text taken from a PDF may space the figures (北京 1 月 17 日电).
# (after its month a day may lose its 日 to a typo: 某某网1月21讯)
LEAD_DATE = rf"(?: ?{NUM} ?月(?: ?{NUM} ?日?)?| ?{NUM} ?日)?"
# Leads open a body and stay in its text: 本报讯, 本报大同3月2日讯, 新华社北京2月10日电.
LEAD_RE = re.compile(
    # 【本报讯】, 【本报消息】, as Hong Kong and Macao papers print it; 〔本报消息〕, as Vietnam's
    # (〔又讯〕, 【又讯】: a follow-on brief of the same item, no new one's dateline)
    rf"^(?:【(?!又讯)[{HAN}·・0-9０-９]{{1,16}}?(?:讯|电|专讯|消息)】|〔(?:本报|[{HAN}]{{1,8}}(?:报|社|台|网))[{HAN}·・0-9０-９]{{0,8}}?(?:讯|电|专讯|消息)〕"
    # 【美国《某某日报》12月22日报道】: a reprint names the paper it quotes (no reporter inside)
    rf"|【[{HAN}]{{0,6}}《[^《》]{{1,14}}》(?!记者|通讯员)[{HAN}]{{0,4}}?(?:{NUM}月)?(?:{NUM}日)?(?:电|讯|消息|报道|报导)】"
    rf"|本报[{HAN}]{{0,8}}?{LEAD_DATE}(?:讯|电){LEAD_ENDS}"
    r"|《本报(?:讯|电)[^《》]{0,24}》"  # 《本报讯18/11/2020 下午2时》: the dateline in title marks
    # 体育中心/综合报导 美国职篮…: a desk's dateline, as Taiwan's sites print it
    rf"|[{HAN}]{{2,8}}(?:中心|部|组)[/／](?:综合)?报[导道](?=[ 　：:])"
    rf"|[{HAN}]{{1,8}}(?:{SOURCE_KINDS})[·・\-－/／]?[{HAN}]{{0,8}}?{LEAD_DATE}(?:电|讯|消息){LEAD_ENDS}"
    # 中新网 曼谷5月15日电: the outlet and the place a space apart, then the day (a headline in two
    # halves may end in 电 or 讯 too: 织密电网 保障供电, 搭建平台 传递喜讯)
    rf"|[{HAN}]{{1,8}}(?:{SOURCE_KINDS}) [{HAN}]{{2,8}}?(?:{NUM}月)?{NUM}日(?:电|讯|消息){LEAD_ENDS}"
    rf"|据《[^《》]{{2,14}}》(?:消息|报道){LEAD_ENDS}"  # a reprint: 据《某某日报》消息
    # 据新华社 alone on its line under a headline: where the brief came from, its dateline (under
    # a brief's text it closes it: SOURCE_CLOSE_RE)
    rf"|{SOURCE_NAMED}(?=[ \u3000]*$)"
    # （某某日报报道）, as Hong Kong papers print it; （某媒报导）: a site's short name (独立媒体)
    rf"|[（(【][{HAN}]{{2,10}}(?:报|社|网|台)报道[）)】]|[（(【](?!据|综合)[{HAN}]{{1,3}}(?<![外港台日韩美英法德俄欧官])媒报[道导][）)】]"
    rf"|[（(][{HAN}]{{2,8}}?(?:[·‧、][{HAN}]{{2,8}}?)?(?:{NUM}月)?(?:{NUM}日)?(?:综合)?(?:讯|电|消息)[）)]"  # （吉隆坡3日讯）, （某某日报消息）, （曼谷21日综合电）
    # （州·镇3日讯）, （镇、镇3日讯）: a dateline of two places, as Malaysia's papers print it
    # (某某网最新报道 （记者：某某）…: a space before the credit, as some sites set it)
    rf"|[{HAN}]{{1,8}}(?:{SOURCE_KINDS})[{HAN}]{{0,8}}?报道(?=[（(]|[ \u3000][（(]\s*(?:{ROLE_RE}))"
    # 云上某某报道（某某网记者 某某）…, 云上某某报道 3月15日下午，…: a platform's name (云上潜江,
    # no outlet's word in it), 报道, then its reporter's credit or the day (另据某某社报道 3月…,
    # 多家媒体报道 3月…: a sentence quoting others)
    rf"|(?![{HAN}]{{0,7}}据)[{HAN}]{{2,8}}(?<!媒体)报道(?=[（(](?:{ORG_ROLE_RE}|{ROLE_RE})|[ \u3000]+(?:{NUM}月)?{NUM}日)"
    # a paper's or site's own short name, then 讯: 某都讯 记者 某某…, 某电18讯：… (not 快讯, 简讯…:
    # a brief's label)
    # (before a role, a word of time or a date; before a colon only a name of three or more,
    # or alone on its line: 某某讯：… is a speaker's line)
    rf"|[{HAN}][{HAN}0-9]{{1,5}}(?<![{NEWS_LABEL_CHARS}])讯"
    rf"(?=[ \u3000]+(?:{ROLE_RE}|{TIME_WORDS}|[0-9０-９])|(?: {{2,}}|\u3000)(?=[^，。]{{0,40}}[，。])|[ \u3000]*$)"
    rf"|[{HAN}][{HAN}0-9]{{2,5}}(?<![{NEWS_LABEL_CHARS}])讯(?=[：:][ \u3000]*\S)"
    # 云上某某讯（实习记者 某某）: a place's or site's; 某某报报料热线报道（记者 某某）
    rf"|[{HAN}]{{2,8}}讯(?=[（(【]\s*(?:{ROLE_RE}))"
    # 越通社河内——…: a news agency's short name (越通社, 中通社, 韩联社, 法新社: 通讯社, 联合
    # 通讯社, 新闻社; not 合作社, 供销社, 旅行社), the place, a dash (——, ――, —)
    rf"|[{HAN}][通联新]社[{HAN}]{{2,8}}?(?=\s*(?:——|――|—)(?![—―]))"
    # 某某全媒体报道：…, as the outlet says it (据某某报道 quotes another outlet, often mid-story)
    rf"|(?!据)[{HAN}]{{1,8}}(?:{SOURCE_KINDS})报道(?=[：:])"
    # 参考消息网1月27日报道 据…: a site's dated report set apart like a dateline (某社3日报道，… is a sentence)
    rf"|(?!据)[{HAN}]{{1,8}}(?:{SOURCE_KINDS})[{HAN}]{{0,8}}?(?:{NUM}月)?{NUM}日报道(?=[ 　：:])"
    # 【某报】…, 【Yahoo 新闻报道】…, [Newtalk新闻] …: the outlet's name (a Latin brand too), its dateline
    rf"|[【（(\[［](?:[A-Za-z][A-Za-z0-9]{{1,15}} ?[{HAN}]{{0,8}}|[{HAN}]{{1,8}})(?:{SOURCE_KINDS})"
    rf"(?:综合)?(?:报道|报导)?[】）)\]］](?=[ 　]?\S)"  # 【某报综合报道】: the desk compiled it
    rf"|【[{HAN}]{{2,8}}综合报[道导]】(?=\S)"  # 【某岛综合报道】: a paper's short name
    # （某某社记者某某某东京22日专电）: a wire's dateline in brackets, its reporter inside
    rf"|[（(][{HAN}]{{1,8}}(?:社|网|台|报)记者[{HAN}、]{{3,24}}?{NUM}日(?:专|综合外)?电[）)]"
    # 【某某时报记者某某报道】, 【某报记者某某4月5日纽约报道】: an overseas paper's dateline, its
    # reporter inside (the paper's name is what makes it a dateline: 【记者某某报道】 is a credit)
    rf"|【(?!本报)[{HAN}]{{1,8}}(?:社|网|台|报)记者[{HAN}、]{{2,24}}?(?:{NUM}月)?(?:{NUM}日)?[{HAN}]{{0,6}}?报[道导]】"
    r")"
)
# The reporter inside a bracketed wire dateline, and the place after the name.
WIRE_DATELINE_RE = re.compile(
    rf"^[（(]?([{HAN}]{{1,8}}(?:社|网|台|报)记者)([{HAN}、]{{3,24}}?){NUM}日(?:专|综合外)?电[）)]?"
    rf"|^【?((?!本报)[{HAN}]{{1,8}}(?:社|网|台|报)记者)([{HAN}、]{{2,24}}?)((?:{NUM}月)?{NUM}日)?(?:[{HAN}]{{0,6}}?)报[道导]】?$"
)

# How a sub-headline or an attribution opens: em dashes, or box-drawing lines set for them.
DASH_STARTS = ("——", "—", "──", "--")

# Sentence-final punctuation: a line ending otherwise was cut by the layout (or is a heading).
SENTENCE_END = set(hanzi.stops) | set("!?.;；:：…⋯")  # ⋯ (U+22EF): an ellipsis some sites print
MID_SENTENCE = set("，、,")  # a line ending so was surely cut, however short
CLOSING_QUOTES = "”’」』）)】》〉\"'"
HEADLINE_MAX = 40  # a headline line is short; a body line cut by the page layout is not
SHORT_LINE_MAX = 25
# A section's number with points, then a space: 2.1 某某, 3.2.1 某某 (1.4万, 6.5级, 3.15晚会: figures)
SECTION_POINTS = r"(?:\.\d+)+[ \u3000]"
# (a section's number runs to three digits at most: （20190331） is a date)
CROSSHEAD_RE = re.compile(
    rf"^(?:[{'◆■●▲★☆◇□○◎▶►'}]|[一二三四五六七八九十]+、|[（(](?:[一二三四五六七八九十]+|\d{{1,3}})[)）]|\d+(?:[、．]|\.(?!\d)|{SECTION_POINTS})|第[一二三四五六七八九十]+[部章节]"
    rf"|[1-9１-９][ \u3000]+[{HAN}]"  # 1 产业提质扩面…: a section number and a space
    r"|[一二三四五六七八九十]{1,3}$)"  # 一: a part's bare number on its line
)
# 内幕1：…, 个案一：…, 质疑二：…: a label numbered, then its colon (the label before the
# number is its group 1: 王五：, 李振一： are names, a speaker's colon)
HAN_NUMERALS = "一二三四五六七八九十"
LABELLED_NUMBER_RE = re.compile(
    rf"^([{HAN}]{{1,4}})[ \u3000]?(?:[1-9１-９][0-9０-９]?|[①-⑳]|[{HAN_NUMERALS}]{{1,3}})[：:]"
)

# An item of a numbered list: 一、…, 1.…, （二）….
NUMBERED_ITEM_RE = re.compile(
    rf"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+(?:[、．]|\.(?!\d)|{SECTION_POINTS}))"  # (1.4万, 6.5级: figures)
)

# Notices (公告, 招标, 声明...): anchors are contact lines and notice headings.
CONTACT_RE = re.compile(
    rf"^(?:[一二三四五六七八九十]+、|\d+[.、．])?(?:联\s*系\s*人|联系方式|联系地址|[{HAN}]{{0,4}}(?:电\s*话|邮\s*箱|请寄)|地\s*址|传\s*真|邮\s*编|开户行|账\s*号)\s*[：:]"
)
# Rubric/column labels: 【聚焦两会】, ◆民生关注◆, ■暑期关注.
BULLETS = "□■●○◆◇▲△★☆▶►◎⊙☉◉•·▌▍"
RUBRIC_RE = re.compile(
    rf"^(?:【[^【】]{{1,14}}】|「[^「」]{{1,10}}」|[{BULLETS}][^{BULLETS}]{{1,14}}[{BULLETS}]|《[^《》]{{1,10}}》专栏"
    r"|〓[^〓]{1,14}〓)$"  # 〓山西观察〓: a section's label between geta marks
)
BULLET_LABEL_RE = re.compile(
    rf"^(?:[{BULLETS}]|>>|》》|≫|»)\s*[{HAN}]{{2,10}}$"
)  # (>>社论: a page's arrow)
# Words listed with 、 and trailing off: 健康、气象、体检通知、国内要闻……
LISTING_RE = re.compile(rf"[{HAN}“”]{{1,8}}(?:、[{HAN}“”]{{1,8}}){{2,}}(?:……|…|等)")
# Where a web page's story came from, on its last line: 来源：某某, 来源 | 某某电视台.
SOURCE_LABEL = r"(?:稿件|信息|图片|新闻|文章)?(?:来源|稿源|出处)"
SOURCE_LINE_RE = re.compile(rf"^{SOURCE_LABEL}\s*[：:|｜]")
# Who the writer is, at a piece's foot: 作者系某某大学教授, （作者单位：…）, 作者 某某基金会董事长
# (after 作者 and a space, one word longer than a name: a post, not the writer's name).
WRITER_NOTE_RE = re.compile(
    rf"^[（(]?[{BULLETS}]?\s*(?:本文)?作者"
    rf"(?:[：:][^，,）)]{{1,12}}[，,]\s*)?"  # （作者：某某，系…）: the name, then who
    rf"(?:系|为|是|简介|单位|[\s\u3000]+[{HAN}（）()]{{6,}}[）)]?$)"
)
# An editor's note signed at its foot: ——编者, ——本报编辑部.
EDITORS_SIGNOFF_RE = re.compile(r"^[—－-]{1,3}\s*(?:本报)?(?:编\s*者|编\s*辑\s*部)$")
# The label of a column of briefs, printed alone over them: 简讯, 城事速览, 要闻简报, 政法动态.
# Of those words, the ones no story's crosshead uses (行业动态, 市场快报 may head a story's part).
BRIEFS_ONLY_WORDS = "简讯|快讯|短讯|时讯|简报|速览|速递|短波|集锦|播报"
BRIEF_COLUMN_RE = re.compile(rf"^[{HAN}·・]{{0,6}}(?:{BRIEFS_ONLY_WORDS}|动态|快报)$")
BRIEFS_ONLY_RE = re.compile(rf"(?:{BRIEFS_ONLY_WORDS})$")
BRIEF_LABEL_FRAME = BULLETS + "【】[]〔〕" + SPACES


def brief_column_label(text: str) -> str | None:
    """简讯, 简 讯, ■简讯, 【简讯】: a column of briefs' label alone on its line, closed up and
    without its frame; None for any other line."""
    label = squeeze(text).strip(BRIEF_LABEL_FRAME)
    return label if BRIEF_COLUMN_RE.match(label) else None


# Bullets that open each brief of a column (△…, ●…) or a paragraph of a list.
BRIEF_BULLETS = "△▲●■□◆◇★☆"


def is_whole_bracket(text: str) -> bool:
    return len(text) <= HEADLINE_MAX and bool(BRACKETED_RE.match(text))


BRACKET_PAIRS = ("（）", "()", "【】", "《》")
# A note sending the reader elsewhere: （见上图）, （详见2月21日《某某》公微） (见习记者 is a role).
SEE_ALSO = ("见上", "见下", "见左", "见右", "见图", "见第", "详见", "参见", "另见")


def is_reader_note(text: str) -> bool:
    """（详见…）, （见第3版）: a note of the text it closes, never a heading."""
    return text[:1] in "（(" and text[1:3] in SEE_ALSO and is_whole_bracket(text)


def leaves_bracket_open(text: str) -> bool:
    """（线索来自本报新闻热线 | 2830110）: a bracket opened and not closed, so the text runs
    on; no heading is printed so."""
    return any(text.count(left) > text.count(right) for left, right in BRACKET_PAIRS)


# A last sentence and a bracket run on to it: …全部完工。（记者 某某）, …充满信心。（来源：某某日报）
BRACKET_AFTER_SENTENCE_RE = re.compile(r"[。！？!?”」][\s\u3000]*([（(][^（）()]{2,40}[）)])$")


def join_cut(head: str, tail: str, spaced: str = "", in_word: bool = False) -> str:
    """Chinese joins with nothing between; Latin words cut at a line end need a space, and
    a line broken at a space gets it back (`spaced`: the space printed at the line's end),
    unless the column cut a word (`in_word`: the line filled the column to its edge, as a
    wrapper that counts characters fills every line: Ins|titute)."""
    if spaced:
        return head + spaced + tail
    if in_word:
        return head + tail
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


EDGE_LINES = 3  # page headers and footers sit in the first and last lines of a dump

# No paragraph or heading opens with a closing or clause mark: a line that does was pushed
# down by the column's wrapper, and goes on from the line above.
CONTINUATION_STARTS = set("，、。；：！？）》」』”,.;:!?)")


def is_closed(text: str) -> bool:
    """True if the text ends a sentence (after any closing quotes or brackets, and after a
    wire's closing editor note and date code: …左右。（编辑：某某）1141121)."""
    if "辑" in text[-24:] or "輯" in text[-24:]:
        tail = text[-40:]
        note = EDITOR_NOTE_END_RE.search(tail)
        if note:
            text = text[: len(text) - len(tail) + note.start()]
    body = text.rstrip(CLOSING_QUOTES + SPACES)
    # …的 继续阅读: a web teaser's link ends it, where the site cut the text; only text (long,
    # or with a comma), for a headline may end so too (放下手机 继续阅读)
    if (
        body[-1:] in READ_MORE_LAST
        and (len(body) > HEADLINE_MAX or "，" in body)
        and READ_MORE_RE.search(body)
    ):
        return True
    return bool(body) and body[-1] in SENTENCE_END


# A site's link after a teaser cut short (…的 繼續閱讀, …[阅读全文]): set off by a space, an
# ellipsis or brackets, as a button's label is, never run on to the sentence.
READ_MORE_RE = re.compile(
    r"(?:[\s\u3000…]|\.\.\.|(?=[\[【]))[\[【>»]?"
    r"(?:(?:继续|繼續)[阅閱閲][读讀]|[阅閱閲][读讀](?:全文|更多)|(?:查看|展开|展開)全文)[\]】>»]*$"
)  # (the text as printed, in any script: 閱 in Taiwan's, 閲 in Hong Kong's)
READ_MORE_LAST = "读讀文多]】>»"


# A wire story closes on its editor's name in brackets, then a date code (中央社: 1141121);
# only with its code: a column that cut the code onto a line of its own runs it back on.
EDITOR_NOTE_END_RE = re.compile(
    r"[（(]\s*[编編]\s*[辑輯]\s*[：:][^（）()]{1,12}[）)]\s*\d{6,8}\s*$"
)


def ends_mid_sentence(text: str) -> bool:
    return text[-1:] in MID_SENTENCE


# Figures and nothing more: a date (2024-12-27), a count of five digits or more, or of three
# or four that is no year (6246); a year (2025), a share (6.2%) or a part's number (01) may be
# a headline's.
NO_WORDS_RE = re.compile(
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{5,}|(?!(?:19|20)\d\d$)\d{3,4}"
)


CLAUSE_MARK_RE = re.compile(r"[，。！？；、,;!?：:]")
UNMARKED_HAN_MIN = 30  # Han characters: more than a clause's worth


def unmarked_long_line(text: str) -> bool:
    """Much Chinese text with no clause mark at all (no comma, no 、, no colon) and its parts
    a space apart: a long headline's line; a paragraph of prose has its marks, and where its
    first clause runs long (…全面落实省委 | 省政府…, cut by the page) no space parts its words
    (a link or a Latin name, 請訪問www.…, has few Han characters)."""
    return (
        (" " in text or "\u3000" in text)
        and len(HAN_CHARS_RE.findall(text)) >= UNMARKED_HAN_MIN
        and not CLAUSE_MARK_RE.search(text)
    )


def is_headline_shaped(text: str) -> bool:
    """Short, not a sentence: how headlines, kickers and sub-headlines look."""
    return (
        0 < len(text) <= HEADLINE_MAX
        and not is_closed(text)
        and not ends_mid_sentence(text)
        and not (text[:1].isdigit() and NO_WORDS_RE.fullmatch(text))  # no words: a figure
        and "。" not in text
        and (not LEAD_RE.match(text) or bool(TAGGED_HEADLINE_RE.match(text)))
        and not CONTACT_RE.match(text)
        and not DETAIL_LABEL_RE.match(text)
        and not LABELLED_PHONE_RE.match(text)
        and not INTERVIEW_RE.match(text)
        and not is_lead_in(text)
        and not is_reader_note(text)
    )


# 【某某网】大庆油田数万员工在岗位向共和国献礼: a web headline tagged with its source (a lede
# goes on in sentences after the tag).
TAGGED_HEADLINE_RE = re.compile(r"^[【\[［（(][^】\]］）)]{1,12}[】\]］）)][^，。,；;：:]{6,}$")


def leads_in_with_dash(text: str) -> bool:
    """A clause leading in with a dash (为了这次相聚，本报不断更新迭代——): a sentence's
    start, or a kicker's (从严治党，永远在路上——); its neighbours tell which."""
    return text.endswith("——") and "，" in text


def is_lead_in(text: str) -> bool:
    """面向…、面向…，某某郑重宣示——: a clause leading in with a dash too long for a headline
    group's line (老有所依——, 从严治党，永远在路上——: short): no headline, whatever it leads
    in to (a quotation, or, right over a credited headline, that headline as its kicker)."""
    return leads_in_with_dash(text) and len(text) >= LEAD_IN_MIN


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


def lone_lead(text: str) -> bool:
    """本报讯, 某某社某地某日电 alone on its line: a lead, its credit and text on the next."""
    match = LEAD_RE.match(text)
    return match is not None and not text[match.end() :].strip()


# A two-character label letter-spaced to a three's width: 编   辑：某某, 记 者 | 某某.
SPACED_LABEL_RE = re.compile(rf"^([{HAN}])[{SPACES}]+([{HAN}])(?=[{SPACES}]*[|｜:：])")


def close_up_spaced_label(text: str) -> str:
    return SPACED_LABEL_RE.sub(r"\1\2", text) if text[1:2] and text[1:2] in SPACES else text
