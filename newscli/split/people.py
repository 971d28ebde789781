"""Bylines: `（王明）`, `（记者 张三 通讯员 李四）`, `本报记者 张三 李四` -> byline text and authors.

Which lines and runs of text are credits, by their shapes (a bracketed credit, an opening
credit line, a credit run into a lead, a pen name); authors.py reads who they name.
"""

from __future__ import annotations

import re

from .authors import (
    DESK_RE,
    HAN_CHAR_RE,
    NAME_ONLY_RE,
    NEWS_DESK_RE,
    NO_ONE_CREDIT_RE,
    OPENING_ROLE_RE,
    byline_authors,
    credits_offices,
    has_surname,
    is_organisation,
    photo_credit_only,
    unspaced_role,
)
from .box_shapes import PAPER_NAME_RE, SIGNER_RE
from .captions import PHOTO_BY_RE
from .name_lines import looks_like_a_name, padded_names
from .shapes import (
    BRACKETED_RE,
    BULLETS,
    DASH_STARTS,
    HAN,
    ORG_ROLE_RE,
    ROLE_RE,
    SPACES,
    WORKPLACE_RE,
    is_closed,
)
from .web_lines import PAPER_DATE, is_outlet_name


def bracketed_byline(text: str) -> tuple[str, list[str]] | None:
    """A whole line `（...）` or `【...】` that is a byline: (content without brackets, authors)."""
    match = BRACKETED_RE.match(text)
    if not match:
        return None
    content = match.group(1) or match.group(2)
    paired = paired_names(content.strip()) if match.group(1) else None
    if paired:  # （某某某报道 某某某摄影）: the photos' credit with the text's
        return content.strip(), paired
    if photo_credit_only(text):
        return None  # （资料图）, （某某 供图）: where a photo came from, no one's credit
    if match.group(2) and not (
        OPENING_ROLE_RE.match(unspaced_role(NEWS_DESK_RE.sub("", content)))
        or NAME_PLACE_REPORTED_RE.match(content)
    ):
        return (
            None  # 【聚焦两会】: a rubric; 【记者 某某】 names its role, 【某某／台北报导】 a place
        )
    if SUPPLIED_BY_RE.fullmatch(content.strip()):
        return content.strip(), []  # （某某县融媒体中心供稿）: a body supplied it, no one named
    named = sourced_names(content.strip())
    if named:
        return content.strip(), named  # （来源：某某镇 某某 某某）: the source names its writers
    if PAPER_NAME_RE.match(content.strip()):
        return None  # （某某日报）: where it came from, no one
    if match.group(1) and SIGNER_RE.match(content.strip()):
        return content.strip(), []  # （某某厂工会宣委会）: a body signs a reader's letter
    authors = byline_authors(content)
    if authors is None and match.group(1):
        glued = name_after_workplace(content.strip())
        authors = [glued] if glued else None
    return None if authors is None else (content.strip(), authors)


def name_after_workplace(content: str) -> str | None:
    """（某某集团李某某）, （县委宣传部李某某）: a writer's workplace with a name of three
    characters glued after it, as a web copy prints a credit whose space it lost; the name, or
    None. (Two characters after a body are as often a post or a kind of person: （某某集团高管）,
    党员, 司机; a writer's note, （作者系…）, names a post, no credit.)"""
    if content.startswith("作者") or "系" in content[:4]:
        return None
    place, name = content[:-3], content[-3:]
    if (
        len(place) >= 3
        and (WORKPLACE_RE.match(place) or is_organisation(place))
        and looks_like_a_name(name)
        and not name.endswith(NOT_GLUED_NAME_ENDS)
    ):
        return name
    return None


# A source line that names the piece's writers after the body they write for: 来源：某某镇
# 某某 某某, 稿源：某某大学新闻社/某某 (a source naming only its body is no credit: 来源：某某日报).
SOURCE_NAMES_RE = re.compile(
    rf"^(?:稿源|来源|來源)[{SPACES}]*[：:][{SPACES}]*[{HAN}]{{2,16}}"
    rf"(?:[{SPACES}]*[/／][{SPACES}]*|[{SPACES}]+)([{HAN}]{{2,3}}(?:[{SPACES}、]+[{HAN}]{{2,3}})*)$"
)


def sourced_names(text: str) -> list[str] | None:
    """The writers a source line names (brackets round it allowed), or None. One word after
    the body and a space is as often a place or a section (来源：新华社 郑州, 某某日报 海外版):
    one name needs the slash (某某大学新闻社/某某), and no name ends as a body's or a
    section's name does (来源：某某县 林业局 某某)."""
    match = SOURCE_NAMES_RE.match(text.strip("（()）"))
    if not match:
        return None
    names = NAMES_THEN_MARK_SEP_RE.split(match.group(1))
    slashed = "/" in text or "／" in text
    if (len(names) < 2 and not slashed) or any(n.endswith(NOT_NAME_ENDS) for n in names):
        return None
    return names if all(map(looks_like_a_name, names)) else None


# How bodies, places and a paper's sections end (林业局, 高新区, 海外版, 文明办): no name does.
NOT_NAME_ENDS = tuple("局部办委版区县市镇乡村站网台社厅处科队所院馆署会团组刊报")
# Endings of a body's or a post's word, never of a name glued after a workplace (…中心, 王县长,
# 毕业生, 管理员, 工作者, 负责人).
NOT_GLUED_NAME_ENDS = NOT_NAME_ENDS + tuple("心司长生员者人")


# Taiwan's credit of a name and where it was filed, with no role: 某某某／嘉义报导.
NAME_PLACE_REPORTED_RE = re.compile(
    rf"^[{HAN}]{{2,4}}[/／╱＼][{HAN}]{{2,6}}?(?:[.．·・、][{HAN}]{{2,6}}?)?(?:即时|即時)?(?:报导|报道|報導|報道)$"
)


# A desk's credit: 国际中心/综合报导, 社会中心/台北报导 (a web desk, where or how it reported).
DESK_REPORTED_RE = re.compile(
    rf"^[{HAN}]{{2,10}}中心[{SPACES}]*[/／][{SPACES}]*[{HAN}]{{2,4}}(?:报道|报导)$"
)
# Where a credited piece ran first, bracketed after the credit: （原载于《某某报》）, (转自…).
PROVENANCE_NOTE_RE = re.compile(
    r"[\s\u3000]*[（(](?:原载|原刊|转载|转自|本文原载|刊于)[^（）()]{1,30}[）)]$"
)


def credit_line(text: str) -> bool:
    """（记者 某某）, 本报记者 某某 某某: a line that is a credit and nothing else."""
    return bool(bracketed_byline(text) or opening_byline(text))


def opening_byline(text: str) -> tuple[str, list[str]] | None:
    """An unbracketed line that starts with a role word, maybe after a bullet, and holds only
    names and credit marks: 本报记者 张三 李四, □记者 王五 文/图, 本报评论员; or names with
    their credit marks: 张三/文, 张三/文 李四/图."""
    text = text.lstrip(BULLETS + " \u3000")
    if len(text) > CREDIT_LINE_MAX or is_closed(text):
        return None
    if text.startswith(DASH_STARTS):
        return dashed_credit(text)
    if SUPPLIED_BY_RE.fullmatch(text):
        return text, []  # 某某县农业农村局供稿, 供稿：某某中心: a body supplied the piece
    named = sourced_names(text)
    if named:
        return text, named  # 稿源：某某大学新闻社/某某: the source, then who wrote it
    if NAME_PLACE_REPORTED_RE.match(text):  # 林某某／台北报导: Taiwan's credit without a role
        named = byline_authors(text)
        if named and all(map(has_surname, named)):
            return text, named  # (国际中心/综合报导, a desk's, is read below)
    outlet = OUTLET_SLASH_RE.match(text)
    if outlet:  # 某某报／ 记者某某／台南报导: the paper, then its reporter's credit
        credit = opening_byline(text[outlet.end() :])
        return (text, credit[1]) if credit and credit[1] else None
    if PDF_BULLET_RE.match(text):  # N某都记者 某某: a PDF's bullet glyph read as a letter
        credit = opening_byline(text[1:])
        return credit if credit and ROLE_WORD_RE.search(text[1:]) else None
    wrapped = credit_inside(text)
    if wrapped is not None:
        inner, strict = wrapped
        credit = opening_byline(inner) if inner else None
        if credit and strict and not all(map(looks_like_a_name, credit[1])):
            return None  # 【某某新闻】记者 某某 直击现场: a tagged headline, no credit
        return (text, credit[1]) if credit else None
    titled = titled_credit(text) if not PHOTO_BY_RE.match(text) else None  # (首席摄影记者 某某)
    if titled:
        return text, titled
    if DESK_RE.match(text) or DESK_REPORTED_RE.match(text):
        return text, []  # 某某采访中心; 国际中心/综合报导: a desk that compiled it, no one named
    parts = text.split()
    if len(parts) > 1 and all(DESK_RE.match(p) or ROLE_ONLY_RE.match(p) for p in parts):
        return text, []  # 某某县委通讯组 某某日报记者: the desks that wrote it, no one named
    unspaced = unspaced_role(text)
    names = names_then_mark(unspaced)
    if names and len(names) == 1 and unspaced.endswith(("报道", "报导")):
        names = []  # 高考 报道, 连续 报道: a topic and 报道; two names and 报导 credit a piece
    if names and (
        all(map(looks_like_a_name, ["".join(n.split()) for n in names]))
        if len(names) > 1
        else has_surname(names[0])
    ):  # (平凡世界 某某 著: a book's title, then its author: no credit)
        return text, names  # 某某 文/图: a name, then what the person made
    paired = paired_names(text)
    if paired:
        return text, paired  # 某某某报道 某某某摄影: each name with what the person did
    staff = org_and_names(text)
    if staff:
        return text, staff
    named_first = names_before_role(text)
    if named_first is not None:
        return named_first
    role = OPENING_ROLE_RE.match(unspaced)
    if not role and not MARKED_NAMES_RE.match(unspaced):
        return None
    if role and glued_mark(unspaced, role.end()):
        return None  # 文明城市, 图文并茂: words that start with a mark, not marks before a name
    authors = byline_authors(text)
    if authors is None or (
        not authors
        and not ROLE_ONLY_RE.match(text)
        and not is_organisation(text)
        and not NO_ONE_CREDIT_RE.match(text)  # 作者：佚名: a credit, though it names no one
        and not credits_offices(text)  # 文/某某处 图/某某中心: offices credited
    ):
        return None  # a credit names someone, or is a role (本报评论员) or a desk (文：某某采访组)
    return text, authors


# A body that supplied the piece, before 供稿 or after 供稿：(某某县融媒体中心供稿, 供稿：市农业农村局).
SUPPLIER = (
    rf"[{HAN}]{{1,16}}(?:中心|局|委|办|部|站|所|院|队|公司|协会|学校|中学|小学|大学|医院|法院|政府"
    r"|街道|社区|委员会|融媒|集团|厅|处|科|馆|团)"
)
SUPPLIED_BY_RE = re.compile(
    rf"{SUPPLIER}[{SPACES}]*供稿|供稿[{SPACES}]*[：:/／][{SPACES}]*{SUPPLIER}"
)
# A paper's or site's name and a slash before a credit (联合报／ 记者某某／台北报导).
OUTLET_SLASH_RE = re.compile(rf"^[{HAN}]{{1,8}}(?:报|報|社|网|網|台)[{SPACES}]*[/／][{SPACES}]*")


def dashed_credit(text: str) -> tuple[str, list[str]] | None:
    """——本报某某分社记者某某, ——记者 某某: a credit set off by a dash, as a compiled piece
    closes each part. Only with a role word: ——某某 alone signs a quote or a poem, and
    ——访某某, ——记某某 are sub-headlines."""
    rest = text.lstrip("—─-").lstrip(" \u3000")
    if not (BUREAU_CREDIT_RE.match(rest) or ROLE_THEN_NAME_RE.match(rest)):
        # —— 某某代表团视察…侧记 | 本报记者 某某: a sub-headline, then the credit; ——本报记者黄河行,
        # ——记者边疆行: a series' sub-headline (the role glued to its journey, no name)
        return None
    return opening_byline(rest)


# ——本报某某分社记者某某: a paper's bureau and its reporter; ——记者 某某, ——文/某某: a role, then a
# separator before the name.
BUREAU_CREDIT_RE = re.compile(rf"^本[报報][{HAN}]{{1,6}}分社(?:{ROLE_RE})[{HAN}]{{2,3}}$")
ROLE_THEN_NAME_RE = re.compile(rf"^(?:本[报報])?(?:{ROLE_RE})[{SPACES}：:/／|｜]+[{HAN}]")


def names_then_mark(text: str) -> list[str]:
    """某某 某某 文/图: the names before the credit mark, as printed; a two-character name
    padded to its neighbours' width (陆 某) is one name."""
    words = padded_names(text)
    closed = " ".join("".join(word.split()) for word in words)
    marked = NAME_THEN_MARK_RE.match(closed)
    if marked is None:
        return []
    names = NAMES_THEN_MARK_SEP_RE.split(marked.group(1))
    if len(words) == len(names) + 1:  # each name a word of its own: give them as printed
        return words[:-1]
    return names


def names_before_role(text: str) -> tuple[str, list[str]] | None:
    """某某　本报记者　某某: a correspondent named first with no role, then the paper's own;
    every word on either side of the role a name (马年 记者 走基层 is a kicker)."""
    first = NAMES_BEFORE_ROLE_RE.match(text) if "记" in text or "通" in text else None
    if first is None:
        return None
    rest = text[first.end() :]
    names = first.group(1).split()
    if TRAILING_ROLE_RE.fullmatch(rest) and all(
        looks_like_a_name(name) and name[-1] not in TIME_ENDS for name in names
    ):
        return text, names  # 某某 某某 记者: the names, then their role, as Korea's papers print it
    credit = opening_byline(rest)
    authors = [*names, *(credit[1] if credit else [])]
    if credit and credit[1] and all(map(looks_like_a_name, authors)):
        return text, authors
    return None


# The paper's or a posting's word before a reporter's role: 本报记者, 特派记者, 驻华记者.
ROLE_PREFIX = "(?:本报|本報|特派|驻华|駐華)?"
TIME_ENDS = "年月日天节"  # 马年 记者, 春节 记者: a kicker's time, no name
TRAILING_ROLE_RE = re.compile(
    rf"(?:{ROLE_PREFIX}(?:记者|記者)|特派员|特派員|通讯员|通訊員)[ \u3000]*"
)


# Names before the first role word of a credit, a space after each (楼某某　本报记者　吴某某).
NAMES_BEFORE_ROLE_RE = re.compile(
    rf"^((?:[{HAN}]{{2,3}}[{SPACES}]+){{1,3}})(?={ROLE_PREFIX}(?:记者|記者|通讯员|通訊員))"
)


# A bullet whose symbol font a PDF's text lost: ■ read as n or N, ● as l (Wingdings), before
# a credit's first Chinese character.
PDF_BULLET_RE = re.compile(rf"^[NnlU](?=[{HAN}])")


def credit_inside(text: str) -> tuple[str, bool] | None:
    """The credit inside a line that prints more around it, and whether each word it names
    must look like a name; "" where the line holds none; None where nothing is around it."""
    if text[-1:] in "）)":
        note = PROVENANCE_NOTE_RE.search(text) or POST_NOTE_RE.search(text)
        if note and note.start():
            # 作者：某某（原载于《某某报》）: the credit, then where it ran first;
            # 文/某某(某某社副总编辑): then the writer's post
            return text[: note.start()], False
    undated = without_posting_date(text)
    if undated:  # (a role word: 某某网　某某新闻　2015年2月16日 is a page's header)
        return (undated if ROLE_WORD_RE.search(undated) else ""), False
    tag = OUTLET_TAG_RE.match(text)
    if tag and is_outlet_name(OUTLET_CHANNEL_RE.sub("", tag.group(1))):
        return text[tag.end() :], True  # 【某某报·某某视频】记者 某某: the outlet's tag
    paper = PAPER_IN_TITLE_MARKS_RE.match(text)
    if paper:  # 《某某日报》执行编辑 某某: the paper's name in title marks, then the post
        return paper.group(1) + text[paper.end() :], False
    return None


ROLE_WORD_RE = re.compile(ROLE_RE)
# A web story's tag naming the outlet (and its channel) before the credit: 【某某晚报·某某视频】.
OUTLET_TAG_RE = re.compile(r"^【([^【】]{2,20})】[\s\u3000]*(?=\S)")
OUTLET_CHANNEL_RE = re.compile(r"[·・•].*$")
PAPER_IN_TITLE_MARKS_RE = re.compile(rf"^《([{HAN}]{{2,12}}(?:报|刊|周刊|杂志))》")
# The date (and time) a web page or listing prints beside its credit, parted by a bar or a
# space: 2024年03月13日|文：某某采访组, 作者/某某 2006年05月19日 11:15:52 am.
POSTING_DATE = (
    r"(?:(?:签发|发布|发表)?(?:日期|时间)[：:][\s\u3000]*)?"  # 签发日期：2023年09月18日
    rf"{PAPER_DATE}"
    r"(?:[\s\u3000]*\d{1,2}:\d{2}(?::\d{2})?(?:[\s\u3000]*[ap]\.?m\.?)?)?"
)
DATE_BEFORE_CREDIT_RE = re.compile(
    rf"^{POSTING_DATE}[\s\u3000]*[|｜][\s\u3000]*(?=\S)|^{POSTING_DATE}[\s\u3000]+(?=\S)", re.I
)
DATE_AFTER_CREDIT_RE = re.compile(
    rf"(?<=\S)[\s\u3000]*[|｜]?[\s\u3000]+{POSTING_DATE}$|(?<=\S)[\s\u3000]*[|｜][\s\u3000]*{POSTING_DATE}$",
    re.I,
)


POSTING_DATE_REACH = 8  # 签发日期：2023…: the label puts the date's first digit this far in
DATE_ENDS = "0123456789日mM"


def without_posting_date(text: str) -> str | None:
    """The credit beside a posting date, or None where the line holds no such date."""
    if not any(ch.isdigit() for ch in text[:POSTING_DATE_REACH]) and text[-1:] not in DATE_ENDS:
        return None  # (cheap: a date, maybe labelled, stands at one end of the line)
    rest = DATE_BEFORE_CREDIT_RE.sub("", text, count=1)
    if rest == text:
        rest = DATE_AFTER_CREDIT_RE.sub("", text, count=1)
    return rest if rest != text else None


def glued_mark(text: str, role_end: int) -> bool:
    """The line opens with credit marks only (文, 图文) run into a word: no credit."""
    marks = len(text) - len(text.lstrip("文图摄"))
    return 0 < role_end <= marks < len(text) and bool(HAN_CHAR_RE.match(text, marks))


# A writer with a post, before or after the name: 某某日报社城建新闻部副主任 廖某某,
# 海某某 / 某某区作协副主席. The post's last word says what it is.
POSTS = (
    "主任|主编|编辑|总编辑|总编|总监|部长|社长|记者|站长|台长|主席|书记|会长|院长|教授|研究员|作家|读者"
    # an office's head, after the office's name: 某某中心业务科科长 (乡村医生 某某, 某某公司
    # 经理 某某 under a headline name the story's subject, a profile's tag: no credit)
    r"|(?<=[科处局校馆所室副])(?:科长|处长|局长|校长|馆长|所长)"
)
# The writer's post, bracketed after the credit: 文/某某（某某大学教授）, (某某社副总编辑).
POST_NOTE_RE = re.compile(
    rf"[\s\u3000]*[（(][^（）()]{{0,20}}(?:{POSTS}|撰稿人|评论员|专栏作家|学者|律师|医生)[）)]$"
)  # (特约撰稿人): the role it writes in
POST_THEN_NAME_RE = re.compile(
    rf"^(?:[{HAN}]{{2,20}}(?:{POSTS})|读者)[\s\u3000]+([{HAN}]{{2,3}})$"  # 读者 某某: a letter's
)
# 社长某某某: a head of the paper's post glued to the name (记者某某 is a role: opening_byline)
POST_SLASH_NAME_RE = re.compile(rf"^(?:{POSTS})\s*[/／＼]\s*([{HAN}]{{2,3}})$")  # 社长＼某某某
POST_GLUED_TO_NAME_RE = re.compile(
    rf"^(?:社长|总编辑|主编|总监|会长|院长|主席|创办人)([{HAN}]{{2,3}})$"
)
NAME_THEN_POST_RE = re.compile(rf"^([{HAN}]{{2,3}})\s*[/／]\s*[{HAN}]{{2,20}}(?:{POSTS})$")


# 某某某 校长, 某某某董事长, 某某某律师: a whole name, then the post or profession of the person
# who gave the speech or wrote the piece. Read so only by its place, right under a headline and
# over the text (neighbours.mark_signers_under_headlines): between paragraphs it labels a
# speaker (王小明 校长：…), over a ——记… line it is an epithet headline (金牌校长).
HEAD_POSTS = "校长|董事长|理事长|院长|会长|主席|总经理|社长|局长|书记|县长|市长|区长|镇长|厅长|行长"
NAME_AND_POST_RE = re.compile(
    rf"^([{HAN}]{{2,3}}?)[{SPACES}]*副?(?:{HEAD_POSTS}|律师|教授|研究员|博士)$"
)  # (not 记者 glued: 金牌记者, 战地记者 under a headline are epithets, review 39)


def name_and_post(text: str) -> tuple[str, list[str]] | None:
    match = NAME_AND_POST_RE.match(text)
    if match and looks_like_a_name(match.group(1)):
        return text, [match.group(1)]
    return None


# 某某 文/图; 某某 著, 某某 译: a book's or a serial's author, its translator; 某某 整理: who
# compiled it; 某某 某某 报导: who reported it (two names or more: 高考 报道 is a topic).
NAME_THEN_MARK_RE = re.compile(
    rf"^([{HAN}]{{2,4}}(?:[{SPACES}、]+[{HAN}]{{2,4}}){{0,3}})[{SPACES}]+(?:文/图|图/文|文图|文|著|译|整理|报道|报导)$"
)  # 某某 某某 文/图: two who wrote it and took its photos


NAMES_THEN_MARK_SEP_RE = re.compile(rf"[{SPACES}、]+")


def org_and_names(text: str) -> list[str] | None:
    """某某县融媒体中心 某某 某某: a media centre or paper, then its reporters' names; or
    某某新闻客户端 记者 某某: an outlet, then a credit."""
    org = ORG_SEP_RE.split(text, maxsplit=1)[0]  # 某某客户端 | 记者 某某: a bar may part them
    rest = text[len(org) :].strip(SPACES + "|｜")
    names = rest.split()
    workplace = WORKPLACE_RE.match(org) is not None  # 某某县委宣传部 某某: where they work
    if not names or not (is_organisation(org) or org.endswith(APP_ENDS) or workplace):
        return None
    if workplace:
        return names if all(map(looks_like_a_name, names)) else None
    if all(n and has_surname(n) and NAME_ONLY_RE.match(n) for n in names):
        return names or None
    if OPENING_ROLE_RE.match(rest):
        authors = byline_authors(rest)
        return authors or None
    return None


ORG_SEP_RE = re.compile(rf"[{SPACES}|｜]+")
APP_ENDS = ("客户端", "APP", "App")  # a paper's or site's app, named before its reporter


def titled_credit(text: str) -> list[str] | None:
    match = (
        POST_THEN_NAME_RE.match(text)
        or NAME_THEN_POST_RE.match(text)
        or POST_GLUED_TO_NAME_RE.match(text)
        or POST_SLASH_NAME_RE.match(text)
    )
    if match and has_surname(match.group(1)):
        return [match.group(1)]
    return None


CREDIT_LINE_MAX = 80  # a credit of many names runs longer than a headline line


# Names, each with its credit mark: 张三/文, 张三/文 李四/图.
MARKED_NAMES_RE = re.compile(
    rf"^[{HAN}]{{2,4}}/(?:文|图|摄|文图)(?:[\s\u3000]+[{HAN}]{{2,4}}/(?:文|图|摄|文图))*$"
    # two or more, each name then its mark after a space: 张某 文 李某 图
    rf"|^[{HAN}]{{2,4}}[\s\u3000]+(?:文|图|摄)(?:[\s\u3000]+[{HAN}]{{2,4}}[\s\u3000]+(?:文|图|摄))+$"
)
# Each name with its own credit word, glued to it or a space apart, the pairs a space or a
# semicolon apart: 某某某报道 某某某摄影, 某某 报道；某某 摄影 (as overseas Chinese papers credit
# a story and its photos). Only words no name ends in: 文, 图 and 摄 are read above, spaced.
PAIR_WORDS = "报道|报导|摄影|撰文"
# Names of three characters or four (金华报道 高清摄影: a place and a topic, two characters
# each, read as names too).
PAIRED_CREDIT_RE = re.compile(
    rf"^[{HAN}]{{3,4}}?[{SPACES}]?(?:{PAIR_WORDS})"
    rf"(?:[{SPACES}；;、]+[{HAN}]{{3,4}}?[{SPACES}]?(?:{PAIR_WORDS}))+$"
)
PAIRED_NAME_RE = re.compile(rf"([{HAN}]{{3,4}}?)[{SPACES}]?(?:{PAIR_WORDS})")


def paired_names(text: str) -> list[str] | None:
    """The names of a credit that pairs each with its own credit word; every one a name."""
    if not PAIRED_CREDIT_RE.match(text):
        return None
    names = PAIRED_NAME_RE.findall(text)
    return names if all(map(looks_like_a_name, names)) else None


# A credit that is a role alone: 本报评论员, 本报特约评论员.
ROLE_ONLY_RE = re.compile(rf"^(?:{ORG_ROLE_RE}|(?:本报)?(?:特约)?评论员)$")
