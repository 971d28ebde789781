"""Credits run in to a story's text: one printed right after its lead (本报讯（记者 某某）…,
记者某某报道：…) or opening it (（记者 某某）…, 【记者某某报导】…, 某某＼台中报导 …), one closing it
(…全部完工。（记者 某某）, …演唱会。 张某 李某, …。◇), and a quote's attribution (——市民 某某).
features.py reads them for a line's roles, assemble.py for the record's byline.
"""

from __future__ import annotations

import re

from . import shapes
from .authors import (
    CREDIT_MARK_RE,
    LATIN_OUTLET_RE,
    NAME_ONLY_RE,
    NEWS_DESK_RE,
    OPENING_ROLE_RE,
    PERSON_ROLE_RE,
    REPORT_ACTIVITIES,
    REPORTED_RE,
    ROLE_LABEL_WORDS,
    byline_authors,
    has_surname,
    name_after_roles,
    name_glued_to_place,
    names_over_place,
    photo_credit_only,
    unglue,
    unspaced_role,
)
from .captions import is_photo_credit
from .name_lines import looks_like_a_name
from .people import CREDIT_LINE_MAX, ROLE_ONLY_RE, bracketed_byline
from .role_words import ROLE_WORDS
from .shapes import (
    BYLINE_SEP_RE,
    BYLINE_TOKEN_RE,
    HAN,
    ORG_ROLE_RE,
    ROLE_RE,
    SPACES,
    WIRE_DATELINE_RE,
)

# 【记者某某报导】, 〔记者某某／台北报导〕: Taiwan's bracketed credits.
REPORTED_BRACKET_RE = re.compile(r"[【〔][^【】〔〕]{2,30}报[导道][】〕]")


def opens_with_credit(text: str) -> bool:
    """（记者 某某 报道）…, 【记者某某报导】…, 某某＼某地报导 …: a credit opens the text."""
    if text[:1] in "【〔" and not REPORTED_BRACKET_RE.match(text) and not names_a_writer(text):
        return False  # 【市民反映】…, 【记者连线】…: a label over a part of the story
    if photo_credit_only(text):
        return False  # （资料图）, （摄影/某某）: a photo's source or credit, alone on its line
    credit = in_lead_credit(text, bracketed_only=True, dateline_words=True)  # （某地）…: a dateline
    return credit is not None and (
        text[:1] in "（(【〔" or run_in_report(text) is not None or credit[0] == 0
    )


PARTED_RE = re.compile(rf"[{SPACES}/／:：]")  # a credit parts its role from the names


def names_a_writer(text: str) -> bool:
    """【文/某某网专栏作者 某某】…: the bracket opens with a role and names people, as a
    credit does (a label's words, 【记者连线】, name no one)."""
    match = LEAD_CREDIT_BRACKET_RE.match(text)
    if match is None:
        return False
    content = unspaced_role(match.group(match.lastindex or 1))
    if not OPENING_ROLE_RE.match(content) or not PARTED_RE.search(content):
        return False  # (a role glued to a word, 记者连线, is a label's; spaced, 记者 连线, the
        # label word names no one: byline_authors refuses it)
    authors = byline_authors(content)
    return bool(authors) and all(map(has_surname, authors))


def ends_in_a_name(text: str) -> bool:
    """…干部 朱某某: the last word, after a space, is a name (it starts with a surname); or
    the dashes are followed by the name alone (———张某)."""
    last = re.split(r"[\s/／]+", text)  # ——市民 某某, ──台中/某某某
    if len(last) == 1:
        last = ["", text.lstrip("—－-─")]
    return len(last) > 1 and 2 <= len(last[-1]) <= 4 and has_surname(last[-1])


END_GLYPHS = "◇◆□■"
# …并不涉人为纵火。本报记者张某: the role, then the name, glued to the last sentence
RUN_IN_ROLE_NAME_RE = re.compile(
    rf"[。！？”」][ \u3000]*(?:本报)?(?:特约|见习|实习)?记者[ \u3000]*([{shapes.HAN}]{{2,3}})$"
)
RUN_IN_NAMES_RE = re.compile(
    rf"[。！？”」][ \u3000]+((?:[{shapes.HAN}]{{2,3}}[ \u3000]*){{1,3}})$"
)  # a column's mark at the end of each item
# A last sentence and the credit run on to it: …全部完工。（记者 王某 实习生 刘某）
RUN_IN_CREDIT_RE = shapes.BRACKET_AFTER_SENTENCE_RE


def ends_with_credit(text: str) -> bool:
    """The paragraph closes with its story's credit run on to it (not a photo's: ……摄), or
    with the column's end mark (…推延到2020年。◇)."""
    if text[-1:] in END_GLYPHS:
        return text.rstrip(END_GLYPHS + " \u3000")[-1:] in "。！？”」"
    if text[-1:] not in "）)":
        tail = text[-16:]  # …举行演唱会。 张某 李某: the writers, a space apart
        names = RUN_IN_NAMES_RE.search(tail) if " " in tail or "\u3000" in tail else None
        if names is None and "记者" in tail:
            names = RUN_IN_ROLE_NAME_RE.search(tail)
        return names is not None and all(map(has_surname, names.group(1).split()))
    match = RUN_IN_CREDIT_RE.search(text)
    return match is not None and bool((bracketed_byline(match.group(1)) or (None, []))[1])


def ends_with_source(text: str) -> bool:
    """The paragraph closes with where the story came from, run on to it (…充满信心。
    （来源：某某日报）, …。（据新华社）): a reprint's or a brief's last line."""
    match = RUN_IN_CREDIT_RE.search(text)
    return match is not None and bool(shapes.SOURCE_CLOSE_RE.match(match.group(1)))


# A paper's or site's name in brackets right after a lead, before its credit: [某某都市报]
PAPER_TAG_RE = re.compile(
    rf"^[\s\u3000]*[\[［〔]([{HAN}]{{2,12}}(?:报|報|網|网|社|台|臺))[\]］〕][\s\u3000]*"
)
# A credit printed right after a lead: （记者 王军志）, or 记者张金江报道：
LEAD_CREDIT_BRACKET_RE = re.compile(
    r"^\s*(?:[（(]([^（）()]{2,60})[）)]|【([^【】]{2,60})】|〔([^〔〕]{2,60})〕"  # 〔…〕: Taiwan's
    r"|[\[［]([^\[\]［］]{2,60})[\]］])"  # [记者 某某]: square brackets, as some sites print them
)
SQUARE = 4  # LEAD_CREDIT_BRACKET_RE's group of a credit in square brackets
LEAD_CREDIT_REPORT_RE = re.compile(
    rf"^\s*((?:{ORG_ROLE_RE}|{ROLE_RE})[^，。：:]{{1,30}}?(?:报道)?)[：:]"
)


# 某某某＼台中报导 run into the text (Taiwan): a reporter and where the story was filed.
RUN_IN_MAX = 40  # a run-in credit ends within this many characters

# With its role, the place may go: 本报记者某某某报导　…, 记者某某某／台北报导　…
RUN_IN_REPORT_RE = re.compile(
    rf"^(?:(?:{ORG_ROLE_RE}|{ROLE_RE})?([{HAN}]{{2,4}})[/／＼\\][{HAN}]{{2,6}}?(?:即时)?"
    rf"|(?:{ORG_ROLE_RE}|{ROLE_RE})([{HAN}]{{2,4}}))报[导道](?=[{SPACES}])"
)


# 记者某某某淡水校园报导「…」…: the name and the place glued, then a quotation opens the text
RUN_IN_GLUED_PLACE_RE = re.compile(
    rf"^(?:{ORG_ROLE_RE}|{ROLE_RE})[{HAN}]{{4,9}}?(?:即时)?报导(?=[{SPACES}「“『：:，,])"
)


def run_in_report(text: str) -> tuple[int, int, list[str]] | None:
    if "报" not in text[:RUN_IN_MAX]:
        return None  # (cheap: most lines open with no credit)
    match = RUN_IN_REPORT_RE.match(text)
    name = match and (match.group(1) or match.group(2))
    if name and has_surname(name):
        return 0, match.end(), [name]
    glued = RUN_IN_GLUED_PLACE_RE.match(text)
    name = glued and name_glued_to_place(glued.group())
    return (0, glued.end(), [name]) if glued and name else None


def could_be_a_name(word: str) -> bool:
    """Two or three characters (a rare surname: 冽玮), or a longer name that shows itself."""
    return len(word) <= 3 or looks_like_a_name(word)


def in_lead_credit(
    rest: str, bracketed_only: bool = False, dateline_words: bool = False
) -> tuple[int, int, list[str]] | None:
    """A credit right after a lead (the text after the lead): span of the byline and authors.
    `bracketed_only`: where no lead comes first, only a bracketed credit counts (or a
    reporter's 某某＼某地报导, which cannot be mistaken for text); there a bracketed word
    that is no one's name (（柬埔寨）…) is a place, not a writer, unless `dateline_words`
    (the caller asks whether the text opens as a dateline does, not who wrote it)."""
    tag = PAPER_TAG_RE.match(rest)
    if tag and not bracketed_only:
        # 大江网讯[某某都市报]记者王五报道：: the paper the site took it from, then the credit
        found = in_lead_credit(rest[tag.end() :])
        if found:
            start, end, authors = found
            return start + tag.end(), end + tag.end(), authors
    run_in = run_in_report(rest)
    if run_in:
        return run_in
    patterns = (
        [LEAD_CREDIT_BRACKET_RE]
        if bracketed_only
        else [LEAD_CREDIT_BRACKET_RE, LEAD_CREDIT_REPORT_RE]
    )
    for pattern in patterns:
        match = pattern.match(rest)
        if match:
            return marked_credit(rest, match, bracketed_only, dateline_words)
    reported = LEAD_CREDIT_REPORT_RE.match(rest) if bracketed_only else None
    if reported and reported.group(1).endswith("报道"):
        authors = byline_authors(reported.group(1))  # 本报记者 某某 北京报道：… opens the text
        if authors:
            return reported.start(1), reported.end(1), authors
    spaced = spaced_credit(rest) or (None if bracketed_only else bare_names_credit(rest))
    if (
        spaced
        and bracketed_only
        and not rest[: spaced[1]].endswith(("报道", "报导"))
        and (dateline_words or not opens_story_text(rest, spaced[1]))
    ):
        # with no lead before it, only 本报记者 某某 报道 says where the text begins; in a
        # story's first paragraph (not any line: 记者 某某 在现场…， is a sentence) so does a
        # reporter's credit, a space and a word that opens a story (本报记者 某某 近日，…)
        return None
    return spaced


def marked_credit(
    rest: str, match: re.Match, bracketed_only: bool, dateline_words: bool
) -> tuple[int, int, list[str]] | None:
    """The credit a bracket or a 报道： marks (in_lead_credit's arguments), or None."""
    group = match.lastindex or 1  # （…） or 【…】: whichever bracket held it
    credit = match.group(group)
    outlet = LATIN_OUTLET_RE.match(credit)
    if outlet and (authors := credit_after_outlet(credit[outlet.end() :])):
        end, more = second_bracket(rest, match.end())
        return match.start(group), end or match.end(group), authors + more
    has_role = bool(OPENING_ROLE_RE.match(unspaced_role(NEWS_DESK_RE.sub("", credit))))
    if (
        group in (1, 2, 3)
        and not has_role
        and (name := name_glued_to_place(credit, bracketed=True))
    ):
        end, more = second_bracket(rest, match.end())
        return match.start(group), end or match.end(group), [name, *more]  # 【某某某台北报导】
    if group in (2, 3) and not has_role and (names := names_over_place(credit)):
        return match.start(group), match.end(group), names  # 【某某某/埔里报导】
    if (bracketed_only or group == SQUARE) and group in (2, SQUARE) and not has_role:
        return None  # 【解说】, 【现场】, [关注]: a label opening the text; 【记者 某某】 credits
    authors = byline_authors(credit)
    if authors is None and has_role and not bracketed_only:
        authors = role_then_any_name(credit)  # （记者茆某）: a rare surname
    if authors and not has_role and not names_people(authors, bracketed_only, dateline_words):
        return None
    if authors or (authors == [] and ROLE_ONLY_RE.match(credit.strip())):
        end, more = second_bracket(rest, match.end())
        return match.start(group), end or match.end(group), authors + more
    return None  # （某某报记者）: no name, yet a credit


WRITTEN_BY_RE = re.compile(r"文[:：/／]")  # 某某手记/文：某某: a column's name, then its writer


def credit_after_outlet(credit: str) -> list[str] | None:
    """The names in a credit after a site's Latin name: a reporter's (记者某某／台北报导), or
    with no role, as Taiwan's brackets print it (某某某牛顿市报导, 某某/埔里报导, 某某报导), or
    a column's (某某手记/文：某某). None when it names no one (（Boston Orange）, (AP Photo)),
    and unless a credit's mark says it is one (报导, a role word, 文：): 【NBA 某某】 names a
    story's subject, （Sony 索尼） glosses a brand."""
    written = WRITTEN_BY_RE.search(credit)
    if not (written or REPORTED_RE.search(credit) or OPENING_ROLE_RE.match(unspaced_role(credit))):
        return None
    if name := name_glued_to_place(credit, bracketed=True):
        return [name]
    if names := names_over_place(credit):
        return names
    if written:
        authors = byline_authors(credit[written.start() :])
    else:
        authors = byline_authors(credit) or byline_authors(REPORTED_RE.sub("", credit))
    return authors if authors and all(map(has_surname, authors)) else None


BARE_NAMES_RE = re.compile(rf"^[{SPACES}]+((?:[{HAN}·]{{2,8}}[{SPACES}]+){{1,3}})")


def bare_names_credit(rest: str) -> tuple[int, int, list[str]] | None:
    """本报讯 某某 某某 近日，…: names with no role, a space either side, after a lead and
    before a word that opens a story."""
    match = BARE_NAMES_RE.match(rest)
    if match is None or not STORY_OPENERS_RE.match(rest, match.end()):
        return None
    names = match.group(1).split()
    if not all(looks_like_a_name(name) and not is_place_or_day(name) for name in names):
        return None
    start = len(rest) - len(rest.lstrip(SPACES))
    return start, start + len(match.group(1).rstrip(SPACES)), names


DESK_WORDS = {"综合", "整理", "编译", "摘编", "报道"}
ROLE_THEN_NAME_RE = re.compile(rf"(?:{ORG_ROLE_RE}|{ROLE_RE})[{SPACES}:：]*([{HAN}]{{2,3}})")


def role_then_any_name(credit: str) -> list[str] | None:
    """Right after a lead, a role and two or three characters name someone whatever the
    surname (记者茆某: a surname our list lacks), unless a label's word (记者手记)."""
    match = ROLE_THEN_NAME_RE.fullmatch(REPORTED_RE.sub("", unspaced_role(credit).strip()))
    if match is None or match.group(1)[-2:] in ROLE_LABEL_WORDS or match.group(1) in DESK_WORDS:
        return None  # (记者综合: the desk compiled it, no one named)
    if ACTIVITY_REPORTED_RE.search(credit) and not has_surname(match.group(1)):
        return None  # 记者深入调查报道: what the reporter did, no one named
    return [match.group(1)]


# 记者某某核实报道: what the reporter did, then 报道 (authors.REPORTED_RE drops both)
ACTIVITY_REPORTED_RE = re.compile(rf"(?:{REPORT_ACTIVITIES})(?:报道|報道|报导|報導)$")


PLACE_ENDS = tuple("省市县区镇乡村庄州")
DAYS = {"元旦", "春节", "除夕", "元宵", "清明", "端午", "七夕", "中秋", "重阳", "国庆", "周末"}


def is_place_or_day(word: str) -> bool:
    """石家庄, 元旦: words with a surname's first character that name a place or a day."""
    return word.endswith(PLACE_ENDS) or word in DAYS


def names_people(authors: list[str], bracketed_only: bool, dateline_words: bool) -> bool:
    """The words a bracket without a role word holds are people's names: where no lead comes
    first, （柬埔寨）… is a place opening the text; after a lead, 某某网消息（新闻联播）：… names
    a programme (a rare surname of two or three characters, 冽某, still reads as a name)."""
    if bracketed_only:
        return dateline_words or all(map(looks_like_a_name, authors))
    return all(map(could_be_a_name, authors))


# What a story's text opens with (a word of time, a date), after its reporter's credit and a
# space: 本报记者 某某 近日，… (no single character: 记者 某某 在现场… is a sentence).
STORY_OPENERS_RE = re.compile(rf"(?:[0-9０-９]{{1,4}}(?:年|月|日)|{shapes.TEXT_TIME_WORDS})")


def opens_story_text(rest: str, end: int) -> bool:
    """After a reporter's credit (not a photo's), a space, then a word that opens a story and
    a sentence (a date alone after a credit, 某某社记者某某传真　111年9月10日, is when it
    was sent)."""
    gap = len(rest[end:]) - len(rest[end:].lstrip(SPACES))
    return (
        gap > 0
        and REPORTER_ROLE_RE.match(rest) is not None
        and STORY_OPENERS_RE.match(rest, end + gap) is not None
        and any(mark in rest[end:] for mark in "，。,")
        and not is_photo_credit(rest[:end])  # 本报记者 某某 摄 2014年3月22日，…: a caption
    )


# A reporter's role opening the credit (本报记者, 某某社记者, 通讯员), not a writer's or an
# editor's (作者 某某 近年来…, 编辑 某某 在…: a review's or a story's sentence).
REPORTER_ROLES = "|".join(
    re.escape(word) for word in ROLE_WORDS if word.endswith(("记者", "通讯员", "实习生"))
)
REPORTER_ROLE_RE = re.compile(rf"^[{SPACES}]*(?:{ORG_ROLE_RE}|{REPORTER_ROLES})")


def second_bracket(rest: str, at: int) -> tuple[int | None, list[str]]:
    """本报讯（记者 某某）（通讯员 某某）: a second bracketed credit right after the first; where
    it ends (inside its bracket) and whom it names."""
    match = LEAD_CREDIT_BRACKET_RE.match(rest[at:])  # (its ^ holds at the string's start only)
    if match is None:
        return None, []
    group = match.lastindex or 1
    authors = byline_authors(match.group(group))
    return (at + match.end(group), authors) if authors else (None, [])


SPACED_TOKEN_RE = re.compile(rf"[{SPACES}]*([^{SPACES}]+)(?=[{SPACES}])")


TEXT_PEEK = 4


def spaced_credit(rest: str) -> tuple[int, int, list[str]] | None:
    """本报讯 记者 某某 通讯员 某某 近日，…: a credit after a lead with no brackets, its words
    parted by spaces, up to the first word that is no role or name (报道 may close it)."""
    start = len(rest) - len(rest.lstrip(SPACES))
    if not OPENING_ROLE_RE.match(rest[start:]):
        return None
    whole = len(rest) <= start + CREDIT_LINE_MAX
    if whole and is_photo_credit(rest):
        return None  # 记者 某某 摄影报道: a photo story's credit (SCHEMA: no byline)
    # a credit is short: never scan a whole paragraph (only a few characters past the longest
    # credit, to see the text open after it: …通讯员 某某今年…)
    rest = rest[: start + CREDIT_LINE_MAX + TEXT_PEEK]
    if whole:
        rest += " "  # 本报讯 记者 某某 通讯员 某某: the credit runs to the line's end
    end, names = start, []
    for token in SPACED_TOKEN_RE.finditer(rest, start):
        word = REPORTED_RE.sub("", token.group(1)) if token.group(1) != "报道" else ""
        found = names_in_word(word) if word else []
        if found is None:
            break  # 昨日, 近日: the text has begun
        names += found
        end = token.end(1)
        if token.group(1).endswith(("报道", "报导")):
            break
    glued = glued_last_credit(rest, end) if not rest[:end].endswith(("报道", "报导")) else None
    if glued:
        end, names = glued[0], names + [glued[1]]
    credit = rest[start:end]
    if not names or not OPENING_ROLE_RE.match(credit):
        return None
    return start, end, names


REPORTED_TAIL_RE = re.compile(r"报[道导][】〕]?$")


def wire_dateline_credit(lead: str) -> tuple[str, list[str]] | None:
    """The reporter named inside a bracketed wire dateline: （某某社记者陈某某东京22日专电）
    -> 某某社记者陈某某, 【某某时报记者孔某巴黎报道】 -> 某某时报记者孔某. Names have two or three
    characters; a place at least two."""
    match = WIRE_DATELINE_RE.match(lead)
    if match is None:
        return None
    wire_role, wire_names, role, names_and_place, dated = match.groups()
    if wire_role:
        role, names_and_place, dated = wire_role, wire_names, None
    elif not dated:  # 【某报记者某某某台南报导】: the names and the place, up to 报导 (the
        # pattern's shortest names would leave a name's last character to the place)
        names_and_place = REPORTED_TAIL_RE.sub("", lead[match.start(4) :])
    *others, name_and_place = names_and_place.split("、")  # （…记者某某、某某台北10日电）
    if dated:
        name = name_and_place  # 【某报记者某某某4月5日纽约报道】: the day ends the names
    else:
        name = name_and_place[:3] if len(name_and_place) >= 5 else name_and_place[:2]
    names = [*others, name]
    return role + "、".join(names), names


def names_in_word(word: str) -> list[str] | None:
    """The names in one spaced word of a run-in credit (记者某某, 记者某某、通讯员某某,
    记者某某通讯员某某), or None where the word is no credit's."""
    names = []
    for piece in (p for t in BYLINE_SEP_RE.split(word) if t for p in unglue(t)):
        if not BYLINE_TOKEN_RE.match(piece):
            return None
        name = CREDIT_MARK_RE.sub("", name_after_roles(piece))
        if name and (not NAME_ONLY_RE.match(name) or not has_surname(name)):
            return None
        names += [name] if name else []
    return names


# What a lead's text opens with, right after a credit printed with no space before it
# (本报讯 记者 某某 通讯员某某今年…): a date or a word of time or circumstance.
TEXT_OPENERS_RE = re.compile(rf"[0-9０-９]|{shapes.TEXT_TIME_WORDS}|为|在|据|随着")
GLUED_LAST_RE = re.compile(rf"[{SPACES}]*({PERSON_ROLE_RE})?([{HAN}]{{2,3}})")


def glued_last_credit(rest: str, at: int) -> tuple[int, str] | None:
    """The last credit of a run-in line glued to the text (…通讯员某某今年…, …通讯员 某某今年…):
    where the name ends and the name, where the text after it opens as a lead's text does."""
    match = GLUED_LAST_RE.match(rest, at)
    if match is None or not (match.group(1) or ends_in_role(rest[:at])):
        return None
    for length in (2, 3)[: len(match.group(2)) - 1]:  # (never past the name into a space)
        end = match.start(2) + length
        name = rest[match.start(2) : end]
        gap = len(rest[end:]) - len(rest[end:].lstrip(SPACES))
        if gap and TEXT_OPENERS_RE.match(rest, end + gap):
            return (
                end,
                name,
            )  # 本报记者 冽某 近日，…: spaced, the name is sure, whatever its surname
        if TEXT_OPENERS_RE.match(rest, end) and has_surname(name):
            return end, name
    return None


def ends_in_role(credit: str) -> bool:
    """The credit so far ends in a role word with no name after it (…通讯员)."""
    words = credit.split()
    return (
        bool(words)
        and OPENING_ROLE_RE.match(words[-1]) is not None
        and not name_after_roles(words[-1])
    )
