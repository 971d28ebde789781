"""Lines beside a headline, read by what stands next to them.

A word or two over a longer headline is its column's label (a rubric); a question over a
headline is its kicker; a long clause leading in with a dash is a kicker right over a
credited headline, and the text's sentence between two paragraphs whose words it takes up;
a web page's posting line and its editor's line under a headline are that story's lines,
and the headline over them no page line; a paper's name under its own notice signs it.
Each pass adjusts the scores features.py gave, as neighbours.py's passes do.
"""

from __future__ import annotations

import re

from . import box_shapes, cohesion, shapes, web_lines
from .boxes import LIST_ITEM_RE, is_page_header
from .name_lines import looks_like_a_name
from .neighbours import SAME_STORY, is_credit
from .people import credit_line
from .roles import WEIGHTS, Role, Scores, best_role
from .source import Line

COLUMN_LABEL_RE = re.compile(rf"[{shapes.HAN}]{{2,5}}")
# A series' name and its part, joined by a middle dot: 两会·声音, 庆祝建市60周年·城市记忆.
SERIES_LABEL_RE = re.compile(rf"[{shapes.HAN}0-9]{{2,10}}[·•・][{shapes.HAN}0-9]{{2,8}}")


def signs_the_notice_above(label: str, above: Scores, below: Scores | None = None) -> bool:
    """某某日报, 某某日报社发行部 right under a notice's contact line signs the paper's notice
    (征稿启事); over a headline elsewhere a paper's name may be a reprint's label. A house's
    name over a dateline lead or a credit line is a story's headline (小记者走进日报社 /
    本报讯…)."""
    if not above or best_role(above) is not Role.NOTICE:
        return False
    if box_shapes.PAPER_NAME_RE.match(label):
        return True
    return bool(box_shapes.PAPER_HOUSE_RE.match(label)) and not (
        below and ("lead" in below.get(Role.LEAD, (0.0, ()))[1] or Role.BYLINE_OPEN in below)
    )


def mark_papers_signing_notices(lines: list[Line], result: list[Scores]) -> None:
    """A paper's name right under a notice's line signs it (see signs_the_notice_above)."""
    for index in range(1, len(lines)):
        below = result[index + 1] if index + 1 < len(lines) else None
        if signs_the_notice_above(lines[index].shape, result[index - 1], below):
            result[index][Role.NOTICE_MORE] = (WEIGHTS["desk-signer"], ("desk-signer",))


def mark_column_labels(lines: list[Line], result: list[Scores]) -> None:
    """A word or two alone over a longer headline (总编说, 记者观察, 时事评论): the column's
    label, a rubric; so is a series label over any headline (两会·声音 | …). Not when a dash
    line follows (一梦越山海 | ——来自…: title and sub-headline) nor under another heading line."""
    for index in range(len(lines) - 1):
        label, below = lines[index].shape, lines[index + 1].shape
        above = result[index - 1] if index else {}
        series = bool(SERIES_LABEL_RE.fullmatch(label))
        if (
            (series or COLUMN_LABEL_RE.fullmatch(label))
            and Role.HEAD in result[index]
            and Role.HEAD in result[index + 1]
            and Role.RUBRIC not in result[index]
            and (Role.HEAD not in above or lines[index].blanks_before or is_page_line(above))
            and not below.startswith(shapes.DASH_STARTS)
            and (series or len(below) >= max(COLUMN_HEADLINE_MIN, 1.5 * len(label)))
            and not LIST_ITEM_RE.match(below)
            and not signs_the_notice_above(label, above)
            and not signs_the_text_above(lines[index], above)
            and not opens_a_run_of_captions(result, index)
        ):
            result[index][Role.RUBRIC] = (WEIGHTS["column-label"], ("column-label",))


COLUMN_HEADLINE_MIN = 6
LABEL_HEADINGS_MAX = 2  # a column's label stands over a headline and maybe its sub-headline


def opens_a_run_of_captions(result: list[Scores], index: int) -> bool:
    """A short line after a story's text with three or more heading-shaped lines under it
    (会见现场 | 走访某某研究院 | 走访某某中心 | …): the first of a photo group's captions, not a
    column's label over a headline (a label heads one or two lines, then a credit or text)."""
    if not index or best_role(result[index - 1]) not in (Role.BODY, Role.LEAD):
        return False
    below = result[index + 1 : index + 2 + LABEL_HEADINGS_MAX]
    return len(below) > LABEL_HEADINGS_MAX and all(
        "headline-shaped" in scores.get(Role.HEAD, (0.0, ()))[1] and Role.BYLINE_OPEN not in scores
        for scores in below
    )


def signs_the_text_above(line: Line, above: Scores) -> bool:
    """A name right under a story's text, no blank line between, signs it (王某某 closes the
    story above); a label after a blank line heads what follows (安徽 | 省政府批复！…)."""
    return (
        not line.blanks_before
        and Role.BODY in above
        and best_role(above) is Role.BODY
        and looks_like_a_name(line.shape)
    )


def is_page_line(scores: Scores) -> bool:
    """Shaped as the page's header or footer more than as a heading (no blank line needed
    under the header for the line below to start the page's first item)."""
    return Role.PAGE in scores and scores[Role.PAGE][0] > scores[Role.HEAD][0]


def mark_questions_over_headlines(lines: list[Line], result: list[Scores]) -> None:
    """A short question right above a headline-shaped line heads the same group (炎炎夏日哪里躲？
    | 82个纳凉点等你来打卡): a question of the body has text under it, not a headline. So
    does an exclamation over a dash sub-headline (…奋进！ | ——…侧记); over a headline it
    ends a story as often."""
    for index in range(len(result) - 1):
        head, below = result[index].get(Role.HEAD), result[index + 1].get(Role.HEAD)
        if not (head and below and "ends-in-?!" in head[1]):
            continue
        asks = lines[index].shape.endswith(("？", "?"))
        under = lines[index + 1].shape.startswith(shapes.DASH_STARTS)
        if (asks and "headline-shaped" in below[1]) or under:
            bonus = WEIGHTS["question-over-headline"]
            result[index][Role.HEAD] = (head[0] + bonus, (*head[1], "question-over-headline"))


def mark_dash_kickers(lines: list[Line], result: list[Scores]) -> None:
    """A long line that leads in with a dash (我省实施…，推动…，内需不断扩大——) right over a
    headline that a credit or a lead follows is that headline's kicker, not a sentence that
    leads in to a quotation (…他郑重宣示—— / “…”): a rubric's line, read into the subtitle.
    A line that takes up the words of the paragraph above it is that text's sentence. So is
    a place or a topic and a colon (某某镇老街：) over such a headline: in a story's text,
    one over a short line and more text (本周话题： | 春季出行请错峰 | …) heads a part of it."""
    for index in range(len(lines) - 2):
        head = result[index + 1].get(Role.HEAD)
        below = result[index + 2]
        text = lines[index].shape
        if not (
            head is not None
            and "headline-shaped" in head[1]
            and best_role(below) in (Role.BYLINE_OPEN, Role.LEAD)
        ):
            continue
        if shapes.is_lead_in(text) and not goes_on_from_text_above(lines, result, index):
            result[index][Role.RUBRIC] = (WEIGHTS["dash-kicker"], ("dash-kicker",))
        elif is_colon_kicker(text):
            result[index][Role.RUBRIC] = (WEIGHTS["colon-kicker"], ("colon-kicker",))


# A place or a topic that leads in to the headline under it, ending on a colon (某某镇老街：).
COLON_KICKER_RE = re.compile(
    rf"[{shapes.HAN}·\d“”《》]{{2,12}}[：:]"
    # longer, only a body's name (某某研究所LAMOST团队：); …可扫描下方二维码查询： ends a story
    rf"|[{shapes.HAN}·\d“”《》A-Za-z]{{4,22}}"
    rf"(?:团队|研究所|研究院|课题组|实验室|中心|公司|集团|学院|大学|医院|协会|委员会|工作室)[：:]"
)


def is_colon_kicker(text: str) -> bool:
    """A place or topic and a colon alone on a line; not a speaker's turn (记者：, 张某某：)."""
    return (
        bool(COLON_KICKER_RE.fullmatch(text))
        and not shapes.INTERVIEW_RE.match(text)
        and not looks_like_a_name(text[:-1])
    )


def mark_lead_ins(lines: list[Line], result: list[Scores]) -> None:
    """A clause that leads in with a dash (为了这次相聚，本报不断更新迭代——) between two
    paragraphs is the text's sentence going on below it, not a new story's headline, where
    it takes up the words of the paragraph above (…与您相聚。 / 为了这次相聚，…——): a new
    story's kicker (守护一江碧水，…——) does not. Nor is a line of one clause that leads in
    between two paragraphs of text (他们将“…”精神诠释得淋漓尽致—— | 他们在…): a kicker of
    one clause (某某表示——) leads in to its headline, not to a paragraph of text."""
    for index in range(1, len(lines) - 1):
        text, scores = lines[index].shape, result[index]
        below = result[index + 1]
        if (
            text.endswith("——")
            and Role.BODY in scores
            and best_role(below) in (Role.BODY, Role.LEAD)
            and "sentence" in below.get(Role.BODY, (0.0, ()))[1]
            and (
                (shapes.leads_in_with_dash(text) and goes_on_from_text_above(lines, result, index))
                or (
                    "，" not in text  # (守护一江碧水，建设美丽家园——: a kicker's two clauses)
                    and best_role(below) is Role.BODY
                    and between_paragraphs(lines, result, index)
                )
            )
        ):
            weight, features = scores[Role.BODY]
            scores[Role.BODY] = (weight + WEIGHTS["lead-in"], (*features, "lead-in"))


# ——访某某县委书记某某, 专访｜…, 对话某某, 某某答记者问: a headline naming its interview
NAMES_AN_INTERVIEW_RE = re.compile(r"访|对话|答记者问|问答")


# A speaker's turn in an interview: 张某：…, 记者：…, 问：… (a name or role, a colon, then words)
TURN_RE = re.compile(rf"^[{shapes.HAN}]{{1,4}}[：:]\s*\S{{4}}")


def drop_credits_in_interviews(lines: list[Line], result: list[Scores]) -> None:
    """记者：请讲 between two turns of an interview (张某：…) is the interviewer's turn, however
    short: no credit, though 记者：某某 under a headline is one."""
    for index in range(1, len(lines) - 1):
        scores = result[index]
        if Role.BYLINE_OPEN not in scores or not shapes.INTERVIEW_RE.match(lines[index].shape):
            continue
        if TURN_RE.match(lines[index + 1].shape) and (
            TURN_RE.match(lines[index - 1].shape)
            or shapes.INTERVIEW_RE.match(lines[index - 1].shape)
        ):
            scores.pop(Role.BYLINE_OPEN, None)
            scores.pop(Role.BYLINE_CLOSE, None)
            if Role.BODY not in scores:  # (a credit's shape was all the line was read as)
                scores[Role.BODY] = (
                    WEIGHTS["short-open-line"],
                    ("short-open-line", "interview-turn"),
                )


def keep_interviews_going(lines: list[Line], result: list[Scores]) -> None:
    """A short line between an interview's text and its next turn (…。 | 青甘宁采风，请来了
    “酸奶奶奶”唱花儿 | 记者：…？) heads a part of the interview: no story opens with the
    interviewer's question, so the line is no new story's headline."""
    for index in range(1, len(lines) - 1):
        scores = result[index]
        head = scores.get(Role.HEAD)
        if (
            head is not None
            and Role.CROSS in scores
            and shapes.INTERVIEW_RE.match(lines[index + 1].shape)
            and not credit_line(lines[index + 1].shape)  # 记者：某某, a credit under a headline
            and not NAMES_AN_INTERVIEW_RE.search(lines[index].shape)
            and best_role(result[index - 1]) in (Role.BODY, Role.LEAD)
        ):
            weight, features = head
            scores[Role.HEAD] = (
                weight + WEIGHTS["over-interview-turn"],
                (*features, "over-interview-turn"),
            )


def between_paragraphs(lines: list[Line], result: list[Scores], index: int) -> bool:
    """A sentence of the story's text right above the line (mark_lead_ins reads the one
    below: body, not a lead, for a story's headline may lead in to its 本报讯…)."""
    above = result[index - 1]
    return best_role(above) is Role.BODY and "sentence" in above.get(Role.BODY, (0.0, ()))[1]


def goes_on_from_text_above(lines: list[Line], result: list[Scores], index: int) -> bool:
    """The line takes up the words of the paragraph right above it (…与您相聚。 / 为了这次
    相聚，…——): the text's sentence going on, not a heading."""
    return (
        index > 0
        and best_role(result[index - 1]) in (Role.BODY, Role.LEAD)
        and cohesion.overlap(lines[index - 1].shape, lines[index].shape) >= SAME_STORY
    )


def mark_dates_under_site_lines(lines: list[Line], result: list[Scores]) -> None:
    """A bare date right under a site's line under a headline (来源：本站 发布时间： | 2016-01-06)
    is the posting time the page broke onto a line of its own, and a lone A between A+ and A-
    a font button: the story's lines, no page header, no crosshead."""
    site = [is_web_line(scores) for scores in result]
    for index in range(2, len(lines)):
        text = lines[index].shape
        if not site[index - 1] or not (Role.HEAD in result[index - 2] or site[index - 2]):
            continue
        if text == web_lines.LONE_FONT_BUTTON or web_lines.BARE_DATE_RE.fullmatch(text):
            result[index].pop(Role.PAGE, None)
            result[index].pop(Role.HEAD, None)
            result[index][Role.BODY] = (WEIGHTS["web-metadata"], ("web-metadata",))


def keep_headlines_over_web_lines(lines: list[Line], result: list[Scores]) -> None:
    """A web page's posting line (发布时间：…) sits under its story's headline: the line over
    it is no page line by a name like a paper's alone (浓浓乡情家乡报 ends in 报), and no
    crosshead (a story's section has no posting line of its own)."""
    for index in range(len(lines) - 1):
        if not is_web_line(result[index + 1]):
            continue
        cut_short = cut_short_title(lines[index].shape)
        if Role.HEAD not in result[index] and cut_short:
            # 某某6天3度... over its posting line: a site's title cut short, no sentence
            result[index][Role.HEAD] = (WEIGHTS["headline-shaped"], ("headline-shaped",))
            result[index].pop(Role.CAPTION, None)  # (nor a photo's caption over its date)
        if Role.HEAD not in result[index]:
            continue
        if Role.PAGE in result[index] and not is_page_header(result[index]):
            del result[index][Role.PAGE]  # (a name like a paper's, no page's marks)
        if Role.CROSS in result[index] or lines[index].shape.endswith(("？", "?")) or cut_short:
            # (达州是个什么“州”？ over its posting line: no sentence of the story above)
            weight, features = result[index][Role.HEAD]
            over = WEIGHTS["over-posting-line"]
            result[index][Role.HEAD] = (weight + over, (*features, "over-posting-line"))


# A title a site cut short for its list: …6天3度..., …不雷同… (no sentence ends inside it)
CUT_TITLE_RE = re.compile(r"(?:\.{3}|…{1,2}|．{3}|。{3}|·{3})$")


def cut_short_title(text: str) -> bool:
    cut = CUT_TITLE_RE.search(text) if len(text) <= shapes.HEADLINE_MAX else None
    return cut is not None and not any(mark in text[: cut.start()] for mark in "。！？!?；;")


# A site prints its story's headline twice: as the page's title, then over the text after
# the posting lines (or only the part after the column's name: 某某的故事㉙丨小区里…).
REPEAT_REACH = 6  # the repeat comes within this many lines: posting lines between
REPEAT_MIN = 4  # (a mark between sub-headlines, /, repeats too: no headline)
# What parts a column's name from the headline: a bar, a colon, a dash, a dot, a space, or
# the name's brackets (【某某的故事】小区里…).
COLUMN_NAME_END_RE = re.compile(r"(?:[丨|｜│︱:：·・—】」\]]|——|\s)$")


def mark_repeated_headlines(lines: list[Line], result: list[Scores]) -> None:
    """The repeat of the headline above, over the story's credit or text, with a site's
    posting lines between, opens no new item: it stands with them (a caption's place). A
    heading that comes again over another photo or story (图片新闻 / caption / 图片新闻) is
    that item's own."""
    heads: dict[str, int] = {}  # a headline's text, spaces dropped -> its line
    for index, line in enumerate(lines):
        if Role.HEAD not in result[index]:
            continue
        key = "".join(line.shape.split())
        first = repeated_from(key, heads, index)
        if first is not None and only_posting_lines(
            lines[first + 1 : index], result[first + 1 : index]
        ):
            for line, between in zip(lines[first + 1 : index], result[first + 1 : index]):
                between.pop(Role.PAGE, None)  # (责任编辑：… here is the story's, no page's)
                if WEB_CREDIT_FIELD_RE.match(line.shape) and Role.BYLINE_OPEN not in between:
                    # an editor's field names no author: it stands with the posting lines,
                    # over the story's credit (a caption's place) or its text
                    field = (WEIGHTS["posting-field"], ("posting-field",))
                    between[Role.CAPTION] = between[Role.BODY] = field
                between.setdefault(Role.BODY, (0.0, ()))  # (责编 某某: no page line here)
            del result[index][Role.HEAD]
            result[index].pop(Role.RUBRIC, None)
            result[index].pop(Role.PAGE, None)  # (a repeated line, but no running header)
            result[index][Role.CAPTION] = (WEIGHTS["repeated-headline"], ("repeated-headline",))
            result[index].setdefault(Role.BODY, (0.0, ()))
            continue
        heads[key] = index


def only_posting_lines(lines: list[Line], between: list[Scores]) -> bool:
    """A site's posting lines (its labelled fields among them: 作者：某某, 责任编辑：某某),
    and nothing a story or a photo prints (a caption, a bare credit)."""
    return any(map(is_web_line, between)) and all(
        is_web_line(scores)
        or WEB_CREDIT_FIELD_RE.match(line.shape) is not None
        or (
            best_role(scores) in (Role.BODY, Role.PAGE)
            and not STORY_TEXT_FEATURES.intersection(scores.get(Role.BODY, (0.0, ()))[1])
        )
        for line, scores in zip(lines, between)
    )


# A site's labelled credit fields, as its posting lines print them (作者：某某　编辑：某某,
# 作 者：某某, 文/某某): a label and a few names, no sentence (编辑：您好！… is a letter's)
WEB_CREDIT_FIELD_RE = re.compile(
    r"^(?:(?:作\s*者|(?:责任)?编\s*辑|责编|审\s*核|校\s*对|记\s*者|撰\s*稿|供\s*稿)\s*[：:]"
    r"|(?:文|图|文图|图文)\s*[/／])"
    r"[^。！？!?，,；;]{1,40}$"
)
STORY_TEXT_FEATURES = {"sentence", "photo-credit", "caption"}


def repeated_from(key: str, heads: dict[str, int], index: int) -> int | None:
    """The line of a headline within reach that `key` repeats, whole or its part after the
    column's name."""
    if len(key) < REPEAT_MIN:
        return None
    for text, first in heads.items():
        if first < index - REPEAT_REACH or first == index - 1:
            continue  # (a headline line right under another is its sub-headline)
        if text == key or (
            text.endswith(key) and COLUMN_NAME_END_RE.search(text[: -len(key)]) is not None
        ):
            return first
    return None


def keep_story_editors(lines: list[Line], result: list[Scores]) -> None:
    """An editor's line under a story's headline (and its posting lines), over its credit or
    text, is the web page's line of that story (编辑：某某), not the page's footer: a
    page's editors close a page, with no headline right above them."""
    for index in range(1, len(lines) - 1):
        page = result[index].get(Role.PAGE)
        if not page or "editor-credit" not in page[1]:
            continue
        above = index - 1  # up over the story's posting lines and a short open line or two
        while above > max(0, index - STORY_LINES_REACH) and (
            is_web_line(result[above])
            or (is_short_open(lines[above].shape) and best_role(result[above]) is not Role.HEAD)
        ):
            above -= 1
        below = result[index + 1]
        if (
            best_role(result[above]) is Role.HEAD
            and not is_page_header(result[above])
            and (Role.BYLINE_OPEN in below or best_role(below) in (Role.LEAD, Role.BODY))
            # atop the page a section's name over its editors (县域经济 / 责任编辑：某某) is the
            # page's header, unless a posting line shows a web page's story
            and (index >= shapes.EDGE_LINES or above < index - 1)
        ):
            del result[index][Role.PAGE]
            result[index][Role.BODY] = (WEIGHTS["web-metadata"], ("web-metadata",))


STORY_LINES_REACH = 4  # a site's lines under a headline: a posting time, a promotion, a source


def is_web_line(scores: Scores) -> bool:
    """A web page's posting line (发布时间：…), as features.py marks it."""
    return "web-metadata" in scores.get(Role.BODY, (0.0, ()))[1]


def is_short_open(text: str) -> bool:
    """Short and no sentence's end: a site's promotion line, a heading."""
    return len(text) <= shapes.HEADLINE_MAX and not shapes.is_closed(text)


def keep_credits_under_lone_leads(lines: list[Line], result: list[Scores]) -> None:
    """本报讯 alone on its line, then （记者 某某）近日，…: one lead, its credit and text on
    the next line, not a second story's lead."""
    for index in range(len(lines) - 1):
        if Role.LEAD in result[index] and shapes.lone_lead(lines[index].shape):
            below = result[index + 1]
            if Role.LEAD in below and Role.BODY in below:
                del below[Role.LEAD]


OVER_CREDIT_HEAD_MAX = 60  # characters: a long headline's line, a quotation in it


def mark_heads_over_credits(lines: list[Line], result: list[Scores]) -> None:
    """The line between the page's header and a credit line is the item's headline, however
    long, whatever its commas (某某律师某某 -「…，…！」: a headline quoting its subject): no
    caption stands there, with no headline above it."""
    for index in range(1, len(lines) - 1):
        scores = result[index]
        if (
            Role.HEAD not in scores
            and is_page_header(result[index - 1])
            and is_credit(result[index + 1])
            and len(lines[index].shape) <= OVER_CREDIT_HEAD_MAX
            and not lines[index].shape.endswith(("。", "."))
        ):
            scores[Role.HEAD] = (WEIGHTS["head-over-credit"], ("head-over-credit",))


# A site's tag for a series of its stories, before each headline on one line:
# 【乡村振兴 某某行动】某某镇…. The headline after it runs on (a name after 【简介】 is a note).
SERIES_TAG_RE = re.compile(r"^【([^【】]{2,14})】(?=[^【】]{6,}$)")


def mark_series_tags(lines: list[Line], result: list[Scores]) -> None:
    """A tag that opens two or more lines that could be headlines, one of them where an item
    surely starts (the page's first text, or after a closed story), is the page's series tag:
    each line it opens is a story's headline, even after a story that named no writer (where
    a short line is more often a crosshead). Inside a story, 【现场】… over each of its parts
    heads its photos or sections, and no line of them opens an item."""
    tags: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        tag = SERIES_TAG_RE.match(line.shape)
        if tag and Role.HEAD in result[index] and not shapes.is_closed(line.shape):
            tags.setdefault(tag.group(1), []).append(index)
    for found in tags.values():
        if len(found) < 2 or not any(item_starts(result, index) for index in found):
            continue
        for index in found:
            weight, features = result[index][Role.HEAD]
            result[index][Role.HEAD] = (weight + WEIGHTS["series-tag"], (*features, "series-tag"))


def item_starts(result: list[Scores], index: int) -> bool:
    """A story's close right above the line, or nothing but the page's furniture above it."""
    if index and best_role(result[index - 1]) in (Role.BYLINE_CLOSE, Role.END, Role.TO):
        return True
    return all(best_role(scores) is Role.PAGE for scores in result[:index])
