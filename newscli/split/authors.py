"""Who a credit names: a byline's content (`记者 张三 通讯员 李四`, `文/张三 图/李四`,
`本报记者 王某某／台北报导`) -> the authors, role words, credit marks, desks, places and
sources taken off; None where the content is not shaped like a credit.
"""

from __future__ import annotations

import re

from ..surnames import COMPOUND, SINGLE
from .captions import PHOTO_BY_RE, PHOTO_CREDIT_RE, is_photo_credit
from .shapes import (
    BYLINE_SEP_RE,
    BYLINE_TOKEN_RE,
    EDITORIAL_NOTES,
    HAN,
    NAME_RE,
    ORG_ROLE_RE,
    PERSON_ROLE_RE,
    ROLE_RE,
    SEE_ALSO,
    SHORT_OFFICE_RE,
    SPACES,
    TOWN_RE,
    WORKPLACE_RE,
    close_up_spaced_label,
)

PROVIDED = ("提供", "供图", "供稿")  # （警方提供）: where a photo came from, no author
OPENING_ROLE_RE = re.compile(rf"^(?:{ORG_ROLE_RE}|{ROLE_RE})")
# A credit mark after a name: /文, /摄, and the two-part 文/摄, 文/图 (text and photos by
# one reporter), which a name glued to it leaves attached: 李丹文/摄 is 李丹.
CREDIT_MARK_RE = re.compile(r"(?:[文图][/／](?:文|图|摄|影)|[/／](?:文|图|摄|影|文图))$")
NAME_ONLY_RE = re.compile(rf"^(?:{NAME_RE})$")
# A paper, agency, site or station named in a credit: 昆明日报, 新华社, 南海网, 中央电视台.
ORGANISATION_RE = re.compile(
    rf"^(?:[{HAN}]{{1,14}}(?:融媒体中心|融媒|报社|电视台)|[{HAN}]{{2,14}}(?:日报|晚报|时报|商报|早报|都市报|晨报|报社|通讯社|社|网|电视台|台|信息港|报道组|采访组|通讯组|报道团|集团|编辑部|评论部|融媒|融媒体|融媒体中心|传媒|采访中心|新闻中心))$"  # 县融媒体中心: a county's centre
)
# A school's or a body's office that a credit names for the text or the photos (文/某某大学
# 国际处 图/某某博物馆、某某新闻中心): no one's name, and never cut into names; a credit only
# where 文/ or 作者： credits the text to it (某某羊肉馆　国庆特惠 is an ad's line, 图/某某博物馆
# alone a photo's credit).
OFFICE_RE = re.compile(
    rf"^[{HAN}]{{2,14}}(?:中心|博物馆|图书馆|办公室|宣传部|委员会)$|^[{HAN}]{{3,14}}(?:处|局|馆|所|院|室|站)$"
)
# A desk that signs a story, on its own line under the headline: 某某日报全媒体采访中心.
DESK_RE = re.compile(rf"^[{HAN}]{{2,14}}(?:报道组|采访组|通讯组|报道团|编辑部|评论部|采访中心)$")
# A slash between a name and the next role word (记者江某某/通讯员 赵某): it parts two credits,
# as a space does (文/图, 撰文/某某: a slash inside a credit mark is the mark's).
NAME_SLASH_ROLE_RE = re.compile(
    rf"(?<=[{HAN}]{{2}})[/／](?=[{HAN}]{{0,4}}(?:记者|通讯员|实习生|评论员|编辑)[{SPACES}]*[{HAN}])"
)
# A desk named before its reporter's role: 某某走基层特别报道组记者 某某 (the desk no author).
DESK_BEFORE_ROLE_RE = re.compile(
    rf"^[{HAN}]{{2,14}}(?:报道组|采访组|通讯组|报道团)(?=(?:{ROLE_RE}))"
)
# 秘书室讯/校园记者某某报导, 本报讯/记者某某: whose news it is (a desk's, the paper's), a slash,
# then who reported it, as Taiwan's campus papers print it in one bracket.
NEWS_DESK_RE = re.compile(rf"^[{HAN}]{{2,8}}讯[/／](?=(?:{ROLE_RE}))")


# Where the reporter filed from, after the names: 本报记者 某某 发自北京; or when and where,
# run on to the name: 某报记者某某4月5日纽约报道.
FILED_FROM_RE = re.compile(
    rf"[{SPACES}]+发自[{SPACES}]*[{HAN}]{{2,8}}$|(?<=[{HAN}]{{2}})发自[{HAN}]{{2,8}}$|(?<=[{HAN}])(?:[0-9０-９]{{1,2}}月)?[0-9０-９]{{1,2}}日[{HAN}]{{2,8}}?(?=报道$|报导$|电$|$)"
)


ROLE_DOT_RE = re.compile(rf"(?<=[{HAN}])●(?=[{HAN}])")


# A role and its name parted by a slash: 编译/某某某, 记者/某某 (the slash a space).
ROLE_SLASH_RE = re.compile(
    rf"(?:^|(?<=[{SPACES}]))(?![文图摄])((?:{ORG_ROLE_RE}|{ROLE_RE}))/"
    rf"(?=[{HAN}])"  # 编译/某某, 执行/某某报记者 某某
)


# A name's credit mark set off by spaces: 某某 / 文 (read as 某某/文).
SPACED_MARK_SLASH_RE = re.compile(
    rf"(?<=[{HAN}])[{SPACES}]+/[{SPACES}]*(?=(?:文|图|摄|文图)(?:[{SPACES}]|$))"
)
# A two-character name padded to a three's width, glued to its role or its colon: 全媒体记者刘
# 晨, 记者：郭 伟.
GLUED_PADDED_NAME_RE = re.compile(
    rf"((?:{ORG_ROLE_RE}|{ROLE_RE})[:：]?)([{HAN}])([{SPACES}]{{1,2}})([{HAN}])(?=[{SPACES}]|$)"
)
# Text and photos by one hand, then the name: 文图/某某, 文·图/某某 (read as 文/图 某某).
MARKS_SLASH_RE = re.compile(rf"^([文图])[·・•]?([文图])[/{SPACES}]+(?=[{HAN}])")
# A credit's mark set apart from its slash: 文 / 某某 译 / 某某 (as 文/某某 译/某某).
MARK_SPACED_SLASH_RE = re.compile(
    rf"(?:^|(?<=[{SPACES}]))(文图|图文|摄影|文字|撰文|采写|文|图|译|摄)[{SPACES}]+/[{SPACES}]*(?=[{HAN}])"
)


def unspaced_role(text: str) -> str:
    """The credit as the patterns read it: a letter-spaced role closed up, full-width
    slashes as ASCII ones (文／某某 图／某某), a role's slash before its name a space.
    Names keep their places."""
    text = close_up_spaced_label(text)
    if "●" in text:
        text = ROLE_DOT_RE.sub("：", text)  # 报道●某某, 文●某某: Malaysia's papers part them so
    text = text.replace("／", "/").replace("╱", "/")  # ╱ (U+2571): some Taiwanese pages' slash
    text = MARKS_SLASH_RE.sub(r"\1/\2 ", text)
    if " " in text or "\u3000" in text:
        text = GLUED_PADDED_NAME_RE.sub(r"\1 \2\3\4", text)  # 记者王 明: the role, then 王 明
    if " /" in text or "\u3000/" in text:
        text = MARK_SPACED_SLASH_RE.sub(r"\1/", text)
        text = SPACED_MARK_SLASH_RE.sub("/", text)
    return ROLE_SLASH_RE.sub(r"\1 ", text) if "/" in text else text


# What a role word heads as a label, not a credit (作者简介, 记者手记, 作者单位): no one's name,
# whatever surname its first character may be.
ROLE_LABEL_WORDS = {
    "简介",
    "手记",
    "札记",
    "单位",
    "感言",
    "观察",
    "笔记",
    "档案",
    "寄语",
    "来信",
    "连线",
}


# Where the story's lead photo came from, after its credit: 首图／资料照片, 首图／某某提供
LEAD_PHOTO_RE = re.compile(r"[\s\u3000]+首图[／/].*$")


def credits_offices(content: str) -> bool:
    """文/某某大学国际处 图/某某新闻中心、某某处: a credit naming only offices, the text's among
    them."""
    tokens = [t for t in BYLINE_SEP_RE.split(unspaced_role(content.strip())) if t]
    return (
        bool(tokens)
        and all(OFFICE_RE.match(name_after_roles(t)) for t in tokens)
        and marked(tokens)
    )


def marked(tokens: list[str]) -> bool:
    """The text's credit mark and a slash or a colon (文/, 撰文：) opens one of the tokens:
    an office credited for the text (采访团参观某某陈列室 opens with a role word's characters,
    and is a caption; 图/某某博物馆 alone credits a photo, no byline)."""
    return any(OFFICE_MARK_RE.match(t) for t in tokens)


OFFICE_MARK_RE = re.compile(r"^(?:文|撰文|文字|文图|图文|作者)[/／:：]")


def byline_authors(content: str) -> list[str] | None:
    """Authors of a byline's content, or None if the content is not shaped like a byline."""
    glued = name_glued_to_place(content)
    if glued:
        return [glued]
    content = unspaced_role(FILED_FROM_RE.sub("", NEWS_DESK_RE.sub("", content.strip())))
    content = NAME_SLASH_ROLE_RE.sub(" ", content)  # 记者某某/通讯员 某某: a slash parts credits
    content = LEAD_PHOTO_RE.sub("", content)  # 记者／某某　首图／资料照片: the photo's source
    content = DESK_BEFORE_ROLE_RE.sub("", content)
    content = REPORTED_RE.sub("", PLACE_REPORTED_RE.sub("", drop_place(content)))
    if (
        not content
        or content in EDITORIAL_NOTES
        or content.startswith(SEE_ALSO)
        or content.endswith(PROVIDED)
    ):
        return None  # （完）, （见上图）, （警方提供）: notes to the reader, no author's credit
    # 记者 某某 摄, 摄影：某某: a photo's credit; 某某 文 某某 摄 credits the text too.
    if PHOTO_BY_RE.match(content) or (
        PHOTO_CREDIT_RE.search(content) and not TEXT_CREDIT_RE.search(content)
    ):
        return None
    content = ROLE_AFTER_NAME_RE.sub("", NAME_PLACE_RE.sub(r"\1", content))
    tokens = [
        name
        for t in BYLINE_SEP_RE.split(content)
        if t
        for piece in unglue(t)
        for name in split_glued_names(piece)
    ]
    tokens, spaced = join_spaced_names(tokens, content)
    bodies = {t for at, t in enumerate(tokens) if is_workplace(t, tokens[at + 1 :])}
    offices = (  # (only where the text is credited to one: see marked)
        {t for t in tokens if OFFICE_RE.match(name_after_roles(t))} if marked(tokens) else set()
    )
    if not tokens or not all(
        t in spaced or t in bodies or t in offices or BYLINE_TOKEN_RE.match(t) or is_organisation(t)
        for t in tokens
    ):
        return None
    authors = []
    for at, token in enumerate(tokens):
        if token in spaced:
            authors.append(token)
        elif not (token in bodies or token in offices or is_organisation(token)):
            # (昆明日报 记者许朴琼, 文：某某采访组: the paper or a desk, not an author)
            after_role = at > 0 and PERSON_ROLE_END_RE.search(tokens[at - 1]) is not None
            name = author_in(token, after_role)
            if name is None:
                return None
            authors += [name] if name else []
    if bodies and not authors and not offices:
        # 某某县公安局 alone: a body, no one's credit (文/某某处 credits an office all the same)
        return None
    return list(dict.fromkeys(authors))  # 某某/文 某某/图: one author, who wrote and shot it


def is_workplace(token: str, after: list[str]) -> bool:
    """（某某县委宣传部 某某）, 通讯员：某某镇 某某: where the contributor works, before the name
    (a town or a short office only where a name follows: 记者 李永镇 通讯员 某某 names 李永镇;
    （建设局  某某）)."""
    place = name_after_roles(token)
    return bool(
        WORKPLACE_RE.match(place)
        or (
            (TOWN_RE.match(place) or SHORT_OFFICE_RE.match(place))
            and after
            and NAME_ONLY_RE.match(name_after_roles(after[0]))
            and not OPENING_ROLE_RE.match(after[0])
        )
    )


def author_in(token: str, after_role: bool = False) -> str | None:
    """The name in one word of a credit ("" where it names no one: 作者：佚名, a role alone),
    or None where the word shows the content is no credit. `after_role`: the word before was
    a person's role alone (记者 文某某: the word is a name, 文 its surname, no credit mark)."""
    if (
        after_role
        and token.startswith(NAME_MARKS)
        and NAME3_RE.fullmatch(token)
        and has_surname(token)
    ):
        return token
    name = CREDIT_MARK_RE.sub("", name_after_roles(token))
    if name in NO_ONE and PEN_MARK_RE.match(token):
        return ""  # 作者：佚名: a credit that names no one
    pen = (
        PEN_MARK_RE.match(token)
        and PEN_NAME_AFTER_MARK_RE.fullmatch(name)
        and not name.endswith(("新闻", "图片"))
    )
    if (
        name
        and not has_surname(name)
        and not pen
        and (name != token or SOURCE_WORDS_RE.search(name))
    ) or name in ROLE_LABEL_WORDS:
        # 记者核实: no name after the role; 本报综合, 新华: a source, no one; 作者简介,
        # 记者 手记: a label a role word heads
        return None
    return name if name and NAME_ONLY_RE.match(name) else ""


# 文/煦天, 作者：冰心: the writer's mark, then any name (a pen name needs no surname)
PEN_MARK_RE = re.compile(
    r"^(?:文|作者|(?:本报)?(?:见习|特约|实习|首席)?(?:记者|通讯员)|实习生)[/／:：]"
)
PEN_NAME_AFTER_MARK_RE = re.compile(rf"[{HAN}]{{2,3}}")
# What a web reprint prints where no writer is known: no one's name.
NO_ONE = {"佚名", "不详", "匿名", "小编", "网友", "网络", "本站", "原创", "综合"}
NO_ONE_CREDIT_RE = re.compile(rf"^(?:文|作者)[/／:：]\s*(?:{'|'.join(sorted(NO_ONE))})$")
# A source named where a credit stands: 本报综合, （新华）, 综合报道.
SOURCE_WORDS_RE = re.compile(r"综合|新华|中新|本报|央视|来源")


def join_spaced_names(tokens: list[str], content: str) -> tuple[list[str], set[str]]:
    """A two-character name printed with a space inside it to fill a three-character slot
    (记者 王 涛): a surname alone and one more character alone are one name, kept as printed."""
    if not SPACED_NAME_RE.search(content):
        return tokens, set()
    joined: list[str] = []
    spaced: set[str] = set()
    index = 0
    while index < len(tokens):
        pair = tokens[index : index + 2]
        single = len(pair) == 2 and all(len(t) == 1 for t in pair) and has_surname(pair[0])
        gap = single and spaced_pair(content, pair[0], pair[1])
        if gap:
            name = pair[0] + gap + pair[1]
            joined.append(name)
            spaced.add(name)
            index += 2
        else:
            joined.append(tokens[index])
            index += 1
    return joined, spaced


def spaced_pair(content: str, first: str, second: str) -> str | None:
    """The spaces between `first` and `second` (one character each) where they stand alone in
    `content` (no Han character on either side): what searching for
    (?<![HAN])first(SPACES+)second(?![HAN]) finds, without building (compiling) a pattern
    of the Han class for each pair of characters."""
    if first.isspace() or second.isspace():  # (never in a name: the loop below needs it)
        found = re.search(
            rf"(?<![{HAN}]){re.escape(first)}([\s\u3000]+){re.escape(second)}(?![{HAN}])",
            content,
        )
        return found.group(1) if found else None
    at = content.find(first)
    while at >= 0:
        gap = SPACE_RUN_RE.match(content, at + 1)
        after = gap.end() if gap else 0
        if (
            gap
            and content[after : after + 1] == second
            and not (at and HAN_CHAR_RE.match(content, at - 1))
            and not HAN_CHAR_RE.match(content, after + 1)
        ):
            return gap.group()
        at = content.find(first, at + 1)
    return None


SPACE_RUN_RE = re.compile(r"[\s\u3000]+")
HAN_CHAR_RE = re.compile(rf"[{HAN}]")


SPACED_NAME_RE = re.compile(rf"(?<![{HAN}])[{HAN}][\s\u3000]+[{HAN}](?![{HAN}])")


def is_organisation(token: str) -> bool:
    return bool(ORGANISATION_RE.match(token) or ORGANISATION_RE.match(name_after_roles(token)))


# A letter's signature: the writer and where from (廖某某/台南善化). A place has four or more
# characters here; after a slash, two or three may be a second name (张某/李某).
NAME_PLACE_RE = re.compile(
    rf"^([{HAN}]{{2,3}})(?:[／/][{HAN}]{{4,6}}|[\s\u3000]*[（(][{HAN}]{{2,8}}[）)])$"
)  # 廖某某/台南善化, 田某某　（叶县）: a reader and where from


# A role in brackets after a name: 某某(实习), 某某（实习生）, 某某（通讯员）.
ROLE_AFTER_NAME_RE = re.compile(
    rf"(?<=[{HAN}]{{2}})[（(](?:实习|实习生|實習|實習生|见习|見習|通讯员|通訊員)[）)](?=[{SPACES}]|$)"
)


TEXT_CREDIT_RE = re.compile(
    r"[\s\u3000]文[\s\u3000]|文[/／]|[/／]文[\s\u3000]|^(?:撰文|文字)[\s\u3000:：/／]"  # 撰文 某某 摄影 某某
    # 记者 某某 通讯员 某某 摄影 某某: the photographer labelled apart, the rest wrote it
    r"|^(?:作者[：:]\s*)?(?:本报)?(?:记者|通讯员)[^摄]+[\s\u3000]摄影[\s\u3000:：]"
)
# 记者某某／台南报导: where the reporter filed from, as Taiwan's papers print it.
# 记者某某 某某报道, （记者 某某 报道）: 报道 closes the credit and is no part of the byline.
# 报导: Taiwan's spelling; 传真: a wire's reporter who sent it (某某社记者某某传真)
# …报道, …传真; 记者某某／专访, ／特稿: what kind of piece the reporter filed, as Taiwan's papers mark it
# (记者某某核实报道：, a hotline column's: what the reporter did, then 报道)
REPORT_ACTIVITIES = "核实|核實|调查|調查|跟踪|跟蹤|追踪|追蹤|采访|採訪|综合|綜合"
REPORTED_RE = re.compile(
    rf"(?<=\S)\s*[／/╱]?(?:{REPORT_ACTIVITIES})?(?:报道|報道|报导|報導|传真|傳真)$"
    r"|(?<=\S)\s*[／/╱](?:专访|專訪|特稿)$"
)
# 本报记者 某某 北京报道: after a name, a word glued to 报道 is where it was filed from.
SPACED_PLACE_REPORTED_RE = re.compile(rf"[{SPACES}]+([{HAN}]{{2,6}})(?:报道|報道|报导|報導)$")


def drop_place(content: str) -> str:
    """The credit without the place it was filed from (本报记者 某某 北京报道 -> 本报记者 某某);
    a word glued to 报道 right after a role (记者 某某报道) is the name, and stays, as does one
    that may be a name (a place of two or three characters that starts with a surname)."""
    place = SPACED_PLACE_REPORTED_RE.search(content)
    if place is None or place.group(1).endswith(("摄影", "攝影")):
        return content  # 记者 某某 摄影报道: a photo story's credit (SCHEMA: no byline)
    if (len(place.group(1)) <= 3 and has_surname(place.group(1))) or OPENING_ROLE_RE.match(
        place.group(1)
    ):
        return content  # 记者某某 张某报道, 通讯员某某报道: a name, not a place
    before = BYLINE_SEP_RE.split(content[: place.start()].strip())[-1]
    return content[: place.start()] if name_after_roles(before) else content


# （Boston Orange 某某某某地报导）, （NOWnews记者某某／台北报导）: a site's Latin name opens
# the credit, as overseas community sites and Taiwan's web outlets print it (not an English
# credit's words: Photo by 某某, Courtesy of 某某, Text by 某某).
LATIN_OUTLET_RE = re.compile(
    rf"^(?!.*\b(?:[Bb]y|[Pp]hotos?|[Cc]ourtesy|[Tt]ext|[Ss]ource|[Cc]redit|[Ii]mages?)\b)"
    rf"[A-Za-z][A-Za-z0-9&.'\- ]{{1,24}}?[{SPACES}]*(?=[{HAN}])"
)


def without_latin_outlet(credit: str) -> str:
    """The credit after a site's Latin name (the name alone when there is none)."""
    match = LATIN_OUTLET_RE.match(credit)
    return credit[match.end() :] if match else credit


def filed_from_place(credit: str) -> bool:
    """The credit names where it was filed from (／台南报导, 某某 北京报道, 记者某某某台北报导):
    its 报道 stays."""
    credit = without_latin_outlet(credit)
    return (
        bool(PLACE_REPORTED_RE.search(credit))
        or drop_place(credit) != credit
        or name_glued_to_place(credit, bracketed=True) is not None
    )


# 记者某某某台北报导: a reporter, the name and where it was filed glued together, as Taiwan's
# papers print it (报导 is their spelling; 记者某某某某报道, with the mainland's 报道, is more
# often two names glued: split_glued_names reads those).
GLUED_PLACE_REPORTED_RE = re.compile(
    rf"^(?:{ORG_ROLE_RE}|{ROLE_RE})([{HAN}]{{4,9}}?)(?:即时)?(?:报导|報導)$"
)
# 【某某某淡水校园报导】: in Taiwan's brackets the role may go (a name of three, a place of two+)
BRACKETED_NAME_PLACE_RE = re.compile(rf"^([{HAN}]{{5,9}}?)(?:即时)?(?:报导|報導)$")
OUTLET_CHARS_RE = re.compile(r"[报報网網社刊组局]|电视|電視|广播|廣播|综合|中心|特派|联合|政府")
# (国际中心综合报导, 华府特派员某某报导, 某某市政府新闻局报导: a desk or a body, no name first)
PLACE_MIN = 2  # a place is two characters or more: 台北, 淡水校园
NAME_MAX = 3  # a second name's usual length, after the first (a longer run is a place)


# 【某某某/埔里報導】, 【某某、某某/专题报导】: in Taiwan's brackets, names then a slash and the
# place (or 专题, a feature) the report was filed from, with no role before them.
NAMES_OVER_PLACE_RE = re.compile(
    rf"^([{HAN}]{{2,4}}(?:[、，][{HAN}]{{2,4}}){{0,3}})[／/][{HAN}]{{2,6}}?(?:即时)?(?:报导|報導)$"
)


# 【国际中心／综合报导】, 【房产组/台北报导】: a desk compiled it, no one is named.
DESK_END_RE = re.compile(r"(?:中心|组|組|部|室|台|臺|处|處|科)$")


def names_over_place(credit: str) -> list[str] | None:
    """The writers of 【某某某/埔里报导】: each a name with a surname (no desk), else None."""
    match = NAMES_OVER_PLACE_RE.match(credit.strip())
    if match is None or "综合" in credit or "綜合" in credit:
        return None
    names = re.split(r"[、，]", match.group(1))
    if any(DESK_END_RE.search(name) or not has_surname(name) for name in names):
        return None
    return names


def name_glued_to_place(credit: str, bracketed: bool = False) -> str | None:
    """The reporter's name in 记者某某某台北报导: three characters (a Chinese name's usual
    length; four after a compound surname), or two where three would leave the place
    a single character (记者王某台北报导). `bracketed`: the credit stood in Taiwan's
    brackets, where the role may go (【某某某淡水校园报导】)."""
    content = unspaced_role(credit.strip())
    match = GLUED_PLACE_REPORTED_RE.match(content)
    if match is None and bracketed:
        match = BRACKETED_NAME_PLACE_RE.match(content)
        if match and OUTLET_CHARS_RE.search(match.group(1)):
            return None  # 【某某日报南竿报导】, 【某某网台北报导】: an outlet, no one named
    if match is None:
        return None
    run = match.group(1)
    size = 3 + has_compound_surname(run)
    if len(run) - size < PLACE_MIN:
        size -= 1
    name, place = run[:size], run[size:]
    if len(place) < PLACE_MIN or not has_surname(name) or place.endswith(("摄影", "攝影")):
        return None
    if len(place) == NAME_MAX and has_surname(place) and place[-1] not in TOWN_ENDS:
        return None  # 记者王某明李某华报导: two names glued (a place of two, 高雄, stays one)
    return name


PLACE_REPORTED_RE = re.compile(
    rf"\s*[／/＼╱][{HAN}]{{2,6}}?(?:[.．·・、][{HAN}]{{2,6}}?)?(?:即时|连线|专电)?(?:报导|报道|報導|報道)$"
)  # ／台南报导, ／旧金山即时报导, ／台北.桃园报导 (two campuses)
SINGLE_ROLE_RE = re.compile(rf"^(?:{ORG_ROLE_RE}|{ROLE_RE})[:：]?")


def name_after_roles(token: str) -> str:
    """The token without its leading role words. Where that leaves no name (no surname, or
    one character), a credit mark that also starts names is given back: 记者文某某 is 文某某,
    文帆 is 文帆; 记者核实 stays 核实, which the caller refuses."""
    cuts = [0]
    while match := SINGLE_ROLE_RE.match(token[cuts[-1] :]):
        cuts.append(cuts[-1] + match.end())
    rest = token[cuts[-1] :]
    if len(cuts) > 1:
        before = cuts[-2]
        mark_only = cuts[-1] - before == 1  # (文字 is a role of its own, no 文 before 字)
        named = token[before:]
        if (
            mark_only
            and named.startswith(NAME_MARKS)
            and has_surname(named)
            and (
                len(rest) < 2
                or not has_surname(rest)
                # 记者文某某: a mark never comes between a person's role and the name
                or (len(cuts) > 2 and len(named) <= 3 and PERSON_ROLE_END_RE.search(token[:before]))
            )
        ):
            return named
    return rest


NAME_MARKS = ("文", "图")  # credit marks that also begin names (文帆, 图强)
NAME3_RE = re.compile(rf"[{HAN}]{{3}}")
PERSON_ROLE_END_RE = re.compile(rf"(?:{PERSON_ROLE_RE}|评论员)[:：]?$")


# Credits printed without spaces: 记者刘某某通讯员丁某 is 记者刘某某 and 通讯员丁某. Only a
# person's role word (never 文, 图 or 摄, which names may hold) starts the next credit.
GLUED_CREDIT_RE = re.compile(
    rf"^((?:(?:{ORG_ROLE_RE}|{ROLE_RE})[:：]?)+[{HAN}]{{2,3}}?)(?={PERSON_ROLE_RE}[{HAN}]{{2}})"
)


# Words before a role that are no names: an outlet's (楚天都市报记者, 全媒体记者), a unit's or a
# place's (高新区, 某某县公安局).
NOT_NAME_CHARS = set("报社台网媒刊站区县市镇乡局队所厅委部处科")
# Names glued before the first role word: 仇某某本报记者徐某, 刘某某刘某某记者田某某 (three
# characters or more: 高级记者, 常驻记者, 武警记者 are a rank or a unit's).
GLUED_NAMES_BEFORE_ROLE_RE = re.compile(
    rf"^([{HAN}]{{3,9}}?)(?=(?:本报)?(?:记者|通讯员)[{HAN}]{{2}})"
)


def unglue(token: str) -> list[str]:
    """A token of a credit, cut where a second credit's role word follows a name, and after
    names glued before the first role word (correspondents named first, with no role)."""
    pieces = []
    first = GLUED_NAMES_BEFORE_ROLE_RE.match(token)
    cuts = name_cuts(first.group(1)) if first and not NOT_NAME_CHARS & set(first.group(1)) else []
    if first and cuts:
        pieces += max(cuts, key=lambda names: len(names[0]))
        token = token[first.end() :]
    while match := GLUED_CREDIT_RE.match(token):
        pieces.append(match.group(1))
        token = token[match.end() :]
    return [*pieces, token]


GLUED_NAMES_RE = re.compile(rf"([{HAN}]{{5,12}})((?:/(?:文|图|摄|影|文图))?)")


def split_glued_names(token: str) -> list[str]:
    """Names printed with nothing between (全媒体记者任某某徐某, 本报特派记者张某李某王某某/文):
    after the role words, five to twelve characters cut into names of two or three, each
    from a surname. Where only one cut does, it is taken; where two names could be cut two
    ways, the first name is taken as three characters (the more usual length)."""
    rest = name_after_roles(token)
    glued = GLUED_NAMES_RE.fullmatch(rest)
    if not glued or has_compound_surname(rest) or OFFICE_RE.match(rest):
        return [token]
    roles, mark = token[: len(token) - len(rest)], glued.group(2)
    if len(glued.group(1)) > GLUED_UNMARKED_MAX and not mark:
        return [token]  # 本报记者金秋时节看丰收: a long run needs its credit mark (…/文)
    cuts = name_cuts(glued.group(1))
    if len(cuts) > 1 and len(glued.group(1)) <= 6:
        cuts = [max(cuts, key=lambda names: len(names[0]))]
    if len(cuts) != 1:
        return [token]
    names = cuts[0]
    return [roles + names[0], *names[1:-1], names[-1] + mark] if len(names) > 1 else [token]


GLUED_UNMARKED_MAX = 6  # two names; more glued names than that come with a mark (…/文)


def name_cuts(run: str) -> list[list[str]]:
    """Every way to cut `run` into names of two or three characters, each from a surname
    and none ending as a town does (周某某牛顿市: a name, then where it was filed)."""
    if not run:
        return [[]]
    if run[0] not in SINGLE:
        return []
    return [
        [run[:size], *rest]
        for size in (2, 3)
        if len(run) >= size and run[size - 1] not in TOWN_ENDS
        for rest in name_cuts(run[size:])
    ]


TOWN_ENDS = "省市县區区乡"  # (镇, 庄, 州, 村 end given names too: 王文镇, 李九州)


def has_compound_surname(name: str) -> bool:
    return name[:2] in COMPOUND


def opens_with_surname(text: str) -> bool:
    return text[:1] in SINGLE or has_compound_surname(text)


def has_surname(name: str) -> bool:
    """Glued to a role word (记者成欣), a name shows itself by its surname."""
    return opens_with_surname(name) or not NAME_ONLY_RE.match(name) or "·" in name


def photo_credit_only(text: str) -> bool:
    """A photo's credit or source that credits no text (（资料图）, （摄影/某某）); not （记者 某某
    文 某某 摄）, （某某 文/摄）, which credit the writer too."""
    return is_photo_credit(text) and not TEXT_CREDIT_RE.search(text.strip("（）()【】"))
