"""Features of each logical line, scored into the roles it could play.

Every feature is a shape of newspaper text (length, closing punctuation, brackets and
bullets, role words, lead/contact/price/date patterns, numerals, indent, blank lines,
repeated lines), never the words of one issue. A role's score is the sum of its features'
weights (`WEIGHTS`); a role a line cannot play is left out. The decoder then weighs each
line's scores against its neighbours'.
"""

from __future__ import annotations

import re
from collections import Counter
from enum import Enum
from functools import cache

from . import cohesion, shapes, weights
from .lines import Layout, Line
from .people import (
    bare_name,
    bracketed_byline,
    bulleted_byline,
    has_surname,
    in_lead_credit,
    opening_byline,
    pen_name,
    run_in_report,
)

BRIEF_BULLETS = "△▲●■□◆◇★☆"
CROSSHEAD_MAX = 16  # crossheads are short phrases; longer headings are headlines
EDGE_LINES = 3
NOTICE_REACH = 6  # logical lines from a contact line, notice words or heading  # page headers and footers sit in the first and last lines of a dump
SAME_STORY = 0.3  # cohesion.overlap across a line where one story goes on (tuning: 0.28-0.36)
ONE_STORY = 0.4  # above which no new article of the tuning issues starts
NEW_STORY = 0.15  # and below which two stories meet (no crosshead of the tuning issues has less)
LIKELY_NEW_STORY = 0.18  # below which two stories meet more often than one goes on
RUBRIC_LABEL_MAX = 6  # a column's label, printed again over each of its items
SEGMENTS_RE = re.compile(r"[\s\u3000|｜·]+")


class Role(str, Enum):
    PAGE = "page"  # page furniture: header, footer, editor credits
    RUBRIC = "rubric"  # column label above a headline
    HEAD = "headline"
    BYLINE_OPEN = "byline"  # credit under the headline
    LEAD = "lead"  # first paragraph, opening with a dateline lead
    BODY = "body"
    CROSS = "crosshead"  # short heading inside an article: a paragraph
    CAPTION = "caption"  # a photo's caption between headline and byline: a paragraph
    BYLINE_CLOSE = "byline-close"  # credit closing the article
    END = "end-mark"  # （完）: a paragraph that closes the article
    FROM = "continued-from"  # （上接第N版）
    TO = "continued-to"  # （下转第N版）
    NOTICE_HEAD = "notice-heading"
    NOTICE = "notice"  # notice text that shows it is one: contact lines, notice words
    NOTICE_MORE = "notice-text"  # the rest of a notice: signer, date, other text
    MASTHEAD = "masthead"
    AD = "ad"


WEIGHTS: dict[str, float] = weights.WEIGHTS["features"]  # fitted numbers: weights.json

Scores = dict[Role, tuple[float, tuple[str, ...]]]


@cache
def weight_of(features: tuple[str, ...]) -> float:
    return sum(WEIGHTS[f] for f in features)


def score_lines(
    lines: list[Line], layout: Layout | None = None, gaps: list[bool] | None = None
) -> list[Scores]:
    indents = bool(layout and layout.indents)
    short = [
        shapes.squeeze(line.shape) if len(line.shape) <= shapes.SHORT_LINE_MAX else ""
        for line in lines
    ]
    repeated = Counter(short)
    contact = [is_contact_line(line.shape) for line in lines]
    anchors = [
        i
        for i, line in enumerate(lines)
        if contact[i] or shapes.NOTICE_ANCHOR_RE.search(line.shape)
    ]
    near_notice = [False] * len(lines)
    for anchor in anchors:  # only lines near a notice's own marks may be notice text
        for i in range(max(0, anchor - NOTICE_REACH), min(len(lines), anchor + NOTICE_REACH + 1)):
            near_notice[i] = True
    series = ordinal_series(lines)
    result = []
    for index, line in enumerate(lines):
        near_contact = any(contact[index + 1 : index + 3])
        at_edge = index < EDGE_LINES or index >= len(lines) - EDGE_LINES
        scores = score_line(
            line,
            bool(short[index]) and repeated[short[index]] > 1,
            near_contact,
            at_edge,
            indents,
            near_notice[index],
            index in series,
            at_top=index < EDGE_LINES,
        )
        if gaps and gaps[index]:
            offer_untitled_start(scores)
        result.append(scores)
    mark_photo_news(result)
    keep_briefs_under_their_heading(result)
    mark_label_lists(lines, result)
    mark_under_notice_headings(lines, result)
    mark_ad_heads(lines, result)
    mark_pen_names(lines, result)
    mark_questions_over_headlines(lines, result)
    mark_hotlines_alone(result)
    mark_column_labels(lines, result)
    offer_captions(lines, result)
    return result


CAPTION_MAX = 80  # a caption is a sentence or two; the decoder lets one stand only before a credit


def offer_captions(lines: list[Line], result: list[Scores]) -> None:
    """A short body line may be a photo's caption printed between the headline and the byline,
    and an editor's note (编者按：…) stands there too (the grammar allows them only there, and
    only before a credit)."""
    for index, (line, scores) in enumerate(zip(lines, result)):
        body = scores.get(Role.BODY)
        if body and EDITORS_NOTE_RE.match(line.shape):
            scores[Role.CAPTION] = (body[0], (*body[1], "editors-note"))  # 编者按：… before it
            continue
        if index and body and EDITORS_NOTE_RE.match(lines[index - 1].shape):
            scores[Role.CAPTION] = (body[0] + WEIGHTS["caption-above-credit"], body[1])
            continue  # the note's second paragraph
        if body and len(line.shape) <= CAPTION_MAX and Role.LEAD not in scores:
            shown = CAPTION_MARKS & set(body[1])  # 图为…, …摄: surely a caption
            weight = WEIGHTS["captioned-photo" if shown else "caption-above-credit"]
            scores[Role.CAPTION] = (body[0] + weight, body[1])


CAPTION_MARKS = {"caption", "photo-credit"}
EDITORS_NOTE_RE = re.compile(r"^[【\[（(]?(?:编者按|编者的话|编前|编者)[】\]）)]?[：:\s]")


COLUMN_LABEL_RE = re.compile(rf"[{shapes.HAN}]{{2,5}}")


def mark_column_labels(lines: list[Line], result: list[Scores]) -> None:
    """A word or two alone over a longer headline (总编说, 记者观察, 时事评论): the column's
    label, a rubric. Not when a dash line follows (一梦越山海 | ——来自…: title and
    sub-headline) nor under another heading line."""
    for index in range(len(lines) - 1):
        label, below = lines[index].shape, lines[index + 1].shape
        above = result[index - 1] if index else {}
        if (
            COLUMN_LABEL_RE.fullmatch(label)
            and Role.HEAD in result[index]
            and Role.HEAD in result[index + 1]
            and Role.RUBRIC not in result[index]
            and (Role.HEAD not in above or lines[index].blanks_before)
            and not below.startswith(shapes.DASH_STARTS)
            and len(below) >= max(COLUMN_HEADLINE_MIN, 1.5 * len(label))
            and not LIST_ITEM_RE.match(below)
        ):
            result[index][Role.RUBRIC] = (WEIGHTS["column-label"], ("column-label",))


COLUMN_HEADLINE_MIN = 6


def mark_hotlines_alone(result: list[Scores]) -> None:
    """The paper's own hotline on a line by itself, between prose and the page's foot (某某日报
    新闻热线：…欢迎提供新闻线索): a box of its own, a notice; beside the colophon's lines, the
    masthead's; under a slogan, an ad's."""
    for index, scores in enumerate(result):
        masthead = scores.get(Role.MASTHEAD)
        if not masthead or "paper-hotline" not in masthead[1]:
            continue
        beside = result[max(0, index - 1) : index] + result[index + 1 : index + 2]
        if not any(Role.MASTHEAD in other or Role.HEAD in other for other in beside):
            scores[Role.NOTICE] = (WEIGHTS["hotline-alone"], ("hotline-alone",))


def mark_under_notice_headings(lines: list[Line], result: list[Scores]) -> None:
    """The line under a notice heading (读者热线, 停水通知) may be that notice's text,
    whatever its own shape says (a hotline line looks like the masthead's)."""
    for index in range(len(result) - 1):
        if not shapes.is_notice_title(lines[index].shape):
            continue
        below, text = result[index + 1], lines[index + 1].shape
        if (
            Role.NOTICE not in below
            and len(text) <= shapes.HEADLINE_MAX * 2
            and not shapes.is_notice_title(text)
        ):
            below[Role.NOTICE] = (WEIGHTS["under-notice-heading"], ("under-notice-heading",))


def mark_questions_over_headlines(lines: list[Line], result: list[Scores]) -> None:
    """A short question right above a headline-shaped line heads the same group (炎炎夏日哪里躲？
    | 82个纳凉点等你来打卡): a question of the body has text under it, not a headline."""
    for index in range(len(result) - 1):
        head, below = result[index].get(Role.HEAD), result[index + 1].get(Role.HEAD)
        asks = lines[index].shape.endswith(("？", "?"))  # (an exclamation ends a story as often)
        if asks and head and below and "ends-in-?!" in head[1] and "headline-shaped" in below[1]:
            bonus = WEIGHTS["question-over-headline"]
            result[index][Role.HEAD] = (head[0] + bonus, (*head[1], "question-over-headline"))


def mark_pen_names(lines: list[Line], result: list[Scores]) -> None:
    """Two or three characters alone right under a headline sign the piece, whatever the
    surname (秀绿, a pen name): a heading that short stands above a headline, not under it."""
    for index in range(1, len(lines)):
        scores = result[index]
        if (
            Role.BYLINE_OPEN not in scores
            and Role.HEAD in result[index - 1]
            and pen_name(lines[index].shape)
        ):
            scores[Role.BYLINE_OPEN] = (WEIGHTS["pen-name"], ("pen-name",))


def mark_ad_heads(lines: list[Line], result: list[Scores]) -> None:
    """A short line right above a shop's hotline (订购热线：…) is that ad's brand or slogan,
    though it is shaped like a headline."""
    for index in range(len(result) - 1):
        text, below = lines[index].shape, lines[index + 1].shape
        if (
            len(text) <= shapes.HEADLINE_MAX
            and len(below) <= shapes.HEADLINE_MAX * 2  # a contact line, not a lead
            and shapes.AD_CONTACT_RE.search(below)  # (the rarest test first)
            and not shapes.is_closed(text)
            and not shapes.is_notice_title(text)
            and not shapes.AD_CONTACT_RE.search(text)  # a list of contacts is no brand
            and not shapes.is_closed(below)
            and not shapes.PAPER_HOTLINE_RE.search(below)
        ):
            weight, features = result[index].get(Role.AD, (0.0, ()))
            bonus = WEIGHTS["above-ad-contact"]
            result[index][Role.AD] = (weight + bonus, (*features, "above-ad-contact"))


LIST_ITEM_RE = re.compile(rf"^[{shapes.HAN}0-9０-９]{{1,6}}\s*[：:]\s*\S")


def mark_label_lists(lines: list[Line], result: list[Scores]) -> None:
    """Two or more short lines in a row shaped `label：value` (第一名：某某队, 今天：多云, 地址：…)
    are a list, a notice's or an ad's lines; one alone may be a headline (环卫工：…)."""
    listed = [
        len(line.shape) <= shapes.HEADLINE_MAX and bool(LIST_ITEM_RE.match(line.shape))
        for line in lines
    ]
    for index, scores in enumerate(result):
        in_run = listed[index] and (
            (index > 0 and listed[index - 1]) or (index + 1 < len(lines) and listed[index + 1])
        )
        if in_run and Role.HEAD in scores:
            weight, features = scores[Role.HEAD]
            scores[Role.HEAD] = (weight + WEIGHTS["listed"], (*features, "listed"))


PHOTO_NEWS_LINES = 3  # a caption (of one or two paragraphs) and its credit line


def photo_credit_below(result: list[Scores], index: int) -> int | None:
    """The line under heading `index`, within PHOTO_NEWS_LINES, that credits a photo."""
    for below in range(index + 1, min(index + 1 + PHOTO_NEWS_LINES, len(result))):
        body = result[below].get(Role.BODY)
        if not body or Role.LEAD in result[below]:
            return None
        if "photo-credit" in body[1]:
            return below
    return None


def is_bulleted_brief(scores: Scores) -> bool:
    lead = scores.get(Role.LEAD)
    return bool(lead) and "bulleted-paragraph" in lead[1]


def is_heading(scores: Scores) -> bool:
    """Shaped as a heading more than as text."""
    return Role.HEAD in scores and scores[Role.HEAD][0] > scores[Role.BODY][0]


def keep_briefs_under_their_heading(result: list[Scores]) -> None:
    """A run of bulleted briefs (●…, △…) each opens an untitled item of its own, unless a
    heading stands right above the run: then it is that column's briefs (城事速览 ●… ●…), the
    paragraphs of one item."""
    index = 0
    while index < len(result):
        if not is_bulleted_brief(result[index]):
            index += 1
            continue
        end = index
        while end + 1 < len(result) and is_bulleted_brief(result[end + 1]):
            end += 1
        if index > 0 and is_heading(result[index - 1]):
            for scores in result[index : end + 1]:
                del scores[Role.LEAD]
        index = end + 1


def offer_untitled_start(scores: Scores) -> None:
    """After a gap that ends items, body text may open an untitled item: offer it as a lead."""
    if Role.BODY in scores and Role.LEAD not in scores:
        scores[Role.LEAD] = (scores[Role.BODY][0], (*scores[Role.BODY][1], "after-gap"))


def mark_photo_news(result: list[Scores]) -> None:
    """A heading over a caption or two ending in a photo credit, and nothing more of its
    story: a photo-news item (its headline), not a crosshead over a photo in an article."""
    for index in range(len(result) - 1):
        scores = result[index]
        if Role.HEAD not in scores or Role.CROSS not in scores:
            continue
        credit = photo_credit_below(result, index)
        if credit is None:
            continue
        after = result[credit + 1] if credit + 1 < len(result) else {}
        if Role.BODY in after and not (Role.PAGE in after or Role.HEAD in after):
            continue  # the story goes on under the photo
        weight, features = scores[Role.HEAD]
        scores[Role.HEAD] = (weight + WEIGHTS["photo-news"], (*features, "photo-news"))


# A short heading that counts: 镜头一 | 镜头二, 片段1 | 片段2 (a label and an ordinal), or
# A 金陵风韵 | B 秦淮新声 (a section letter and a space): the parts of one article.
ORDINAL_SUFFIX_RE = re.compile(
    rf"^([{shapes.HAN}]{{1,4}})([一二三四五六七八九十]|[0-9０-９]{{1,2}})$"
)
SECTION_LETTER_RE = re.compile(rf"^[A-ZＡ-Ｚ][ \u3000]+[{shapes.HAN}“]")


def ordinal_series(lines: list[Line]) -> set[int]:
    """Lines that number the parts of an article: a section letter, or a label whose
    ordinal runs on elsewhere in the issue (镜头一 … 镜头二)."""
    found = {i for i, line in enumerate(lines) if SECTION_LETTER_RE.match(line.shape)}
    labels: dict[str, list[tuple[int, str]]] = {}
    for i, line in enumerate(lines):
        match = ORDINAL_SUFFIX_RE.match(line.shape)
        if match:
            labels.setdefault(match.group(1), []).append((i, match.group(2)))
    for numbered in labels.values():
        if len({ordinal for _, ordinal in numbered}) > 1:
            found.update(i for i, _ in numbered)
    return found


def mark_same_story(
    lines: list[Line],
    result: list[Scores],
    groups: list[tuple[int, int]],
    titles: dict[int, int] | None = None,
    page_words: str = "",
) -> bool:
    """A heading whose neighbours tell one story (cohesion.py) is less likely a new article's
    headline; one whose neighbours share almost nothing, more likely. `groups` are the first
    and last lines of heading groups the decoder placed after body text. Where the text
    before and after a group is one story and no credit follows it, its lines that could be
    crossheads lose some of their headline score (`same-story`); where the two sides are
    plainly two stories, they gain some (`new-story`). A heading that takes up the words of
    its article's headline (`titles`: the group's first line -> that headline's line) is
    one of its sections (不敢管、不能管、不想管 under 不敢管、不能管？…). Cohesion is read
    only here, where a decision may turn on it. True if any line was marked."""
    texts = [line.shape for line in lines]
    marked = False
    for first, last in groups:
        if Role.CROSS not in result[first] or Role.HEAD not in result[first]:
            continue
        if COHESION_MARKS & set(result[first][Role.HEAD][1]):
            continue
        following = result[last + 1] if last + 1 < len(result) else {}
        if Role.LEAD in following or Role.BYLINE_OPEN in following:
            continue  # a credit follows: a headline whatever the words
        before, after = cohesion.around(texts, first, last=last)
        cohesion_across = cohesion.overlap(before, after)
        title = (titles or {}).get(first)
        echo = title is not None and echoes(texts[first], texts[title])
        # Names the story's text before the heading gave (its headline's words do not count
        # there), less the page's words: other headers and headlines. The story's own headline
        # may name its person too (…——访某某总编辑助理汪某某): that is no page's word.
        own = "".join(texts[first : last + 1])
        elsewhere = page_words.replace(own, "")
        told = before
        if title is not None:
            elsewhere = elsewhere.replace(texts[title], "")
            told = before.replace(texts[title], "")
        same_names = cohesion.names_go_on(told, after, elsewhere)
        if echo or same_names or cohesion_across >= ONE_STORY:
            mark = "one-story"
        elif cohesion_across >= SAME_STORY:
            mark = "same-story"
        elif cohesion_across < NEW_STORY:
            mark = "new-story"
        elif cohesion_across < LIKELY_NEW_STORY:
            mark = "likely-new-story"
        else:
            continue
        for scores in result[first : last + 1]:
            if Role.CROSS in scores and Role.HEAD in scores:
                weight, features = scores[Role.HEAD]
                scores[Role.HEAD] = (weight + WEIGHTS[mark], (*features, mark))
                marked = True
    return marked


COHESION_MARKS = {"same-story", "one-story", "new-story", "likely-new-story"}

ECHO = 0.6  # share of a heading's characters found in its article's headline


def echoes(heading: str, title: str) -> bool:
    """Most of the heading's Han characters are its article's headline's too."""
    own = set(shapes.HAN_CHARS_RE.findall(heading))
    return len(own) >= 3 and len(own & set(title)) >= ECHO * len(own)


def score_line(
    line: Line,
    repeated: bool,
    near_contact: bool,
    at_edge: bool = False,
    indents: bool = False,
    near_notice: bool = True,
    in_series: bool = False,
    at_top: bool = False,
) -> Scores:
    text = line.shape
    scores: Scores = {}

    def add(role: Role, *features: str) -> None:
        scores[role] = (weight_of(features), features)

    if shapes.CONT_FROM_RE.match(text):
        add(Role.FROM, "marker")
        return scores
    if "版" in text and shapes.CONT_TO_RE.search(text):  # (cheap test first)
        add(Role.TO, "marker")
        return scores
    if shapes.is_editor_credit(text):
        add(Role.PAGE, "editor-credit")
        return scores
    if len(text) > shapes.HEADLINE_MAX:
        score_prose(text, near_contact, add, scores, near_notice)
        page = page_features(text, repeated, at_edge, at_top) if at_edge else []
        if page:
            add(Role.PAGE, *page)  # a long header: 某某晚报　日期　星期三　今日16版　总第N期　农历…
        return scores
    if shapes.END_MARK_RE.match(text):
        add(Role.END, "end-mark")
        return scores
    if credit_line(text):
        add(Role.BYLINE_OPEN, "byline-shaped")
        add(Role.BYLINE_CLOSE, "byline-shaped")
        if shapes.SIGNER_RE.match(text):  # 某某报编辑部 under a notice signs it
            add(Role.NOTICE_MORE, "desk-signer")
        return scores
    if bulleted_byline(text):  # □张持坚 under a headline; ■暑期关注 above one is a rubric
        add(Role.BYLINE_OPEN, "bulleted-name")
        add(Role.BYLINE_CLOSE, "bulleted-name")
    elif bare_name(text):  # 戴某某 alone under an essay's headline
        add(Role.BYLINE_OPEN, "bare-name")
    length = len(text)
    short = length <= shapes.HEADLINE_MAX
    closed = shapes.is_closed(text)
    numbered = in_series or bool(shapes.CROSSHEAD_RE.match(text))
    headline_like = shapes.is_headline_shaped(text)
    question = (
        short
        and length <= 30
        and text.rstrip(shapes.CLOSING_QUOTES)[-1:] in "？！?!"
        and "。" not in text
        and not shapes.INTERVIEW_RE.match(text)  # 记者：…？ asks a question of an interview
    )
    lead = bool(shapes.LEAD_RE.match(text)) or opens_with_credit(text)
    if lead:
        add(
            Role.LEAD,
            "lead" if shapes.LEAD_RE.match(text) else "credit-opens",
            "sentence" if closed else "long-open-line" if not short else "short-open-line",
        )
    # Body paragraphs: anything can be one, sentences most of all.
    body = ["sentence"] if closed else ["long-open-line"] if not short else ["short-open-line"]
    if question and "，" not in text:
        body = [
            "short-exclamation"
        ]  # a line of its own ending in ！or ？: a headline as often as not
    if shapes.ends_mid_sentence(text):
        body = ["cut-mid-sentence"]
    signature = short and bool(shapes.SIGNER_RE.match(text) or shapes.DATE_LINE_RE.match(text))
    if signature:
        body.append("signature")
    body += credit_marks(text)
    if short and text.startswith(shapes.DASH_STARTS) and not closed and ends_in_a_name(text):
        body.append("attribution")  # ——市民 某某 under a quote; after a headline, a sub-headline
    if indents and not line.indent and (headline_like or question):
        body.append("flush-short-line")
    add(Role.BODY, *body)
    # @someone: … quotes a post (微博, 微信): a paragraph, never a heading.
    if (headline_like or question) and not shapes.is_photo_credit(text) and text[:1] not in "@＠":
        add(Role.HEAD, *headline_features(line, text, headline_like, numbered, signature, indents))
        add(Role.CROSS, *crosshead_features(line, text, numbered, indents))
    if short and (shapes.RUBRIC_RE.match(text) or shapes.BULLET_LABEL_RE.match(text)):
        add(Role.RUBRIC, "rubric-shaped")
    elif repeated and headline_like and length <= RUBRIC_LABEL_MAX:
        add(Role.RUBRIC, "repeated-label")  # 瞰体坛 over each brief of a column
    page = page_features(text, repeated, at_edge, at_top)
    if page:
        add(Role.PAGE, *page)
    if shapes.is_notice_title(text):
        add(Role.NOTICE_HEAD, "notice-heading")
    if near_notice:
        add_notice(add, text, near_contact)
    if shapes.is_masthead_line(text):
        add(Role.MASTHEAD, "masthead-line")
    elif shapes.PAPER_HOTLINE_RE.search(text):
        add(Role.MASTHEAD, "paper-hotline")
    elif shapes.CONTACT_RE.match(text) or shapes.AD_CONTACT_RE.search(text):
        add(Role.MASTHEAD, "masthead-contact")  # an address or hotline among colophon lines
    if short:  # an ad is set in short lines
        add(Role.AD, *ad_features(text))
    return scores


def credit_line(text: str) -> bool:
    """（记者 某某）, 本报记者 某某 某某: a line that is a credit and nothing else."""
    return bool(bracketed_byline(text) or opening_byline(text))


REPORTED_BRACKET_RE = re.compile(
    r"[【〔][^【】〔〕]{2,30}报[导道][】〕]"
)  # 【记者某某报导】, Taiwan's


def opens_with_credit(text: str) -> bool:
    """（记者 某某 报道）…, 【记者某某报导】…, 某某＼某地报导 …: a credit opens the text."""
    if text[:1] in "【〔" and not REPORTED_BRACKET_RE.match(text):
        return False  # 【市民反映】…, 【记者连线】…: a label over a part of the story
    credit = in_lead_credit(text, bracketed_only=True)
    return credit is not None and (
        text[:1] in "（(【〔" or run_in_report(text) is not None or credit[0] == 0
    )


def ends_in_a_name(text: str) -> bool:
    """…干部 朱某某: the last word, after a space, is a name (it starts with a surname)."""
    last = re.split(r"[\s/／]+", text)  # ——市民 某某, ──台中/某某某
    return len(last) > 1 and 2 <= len(last[-1]) <= 4 and has_surname(last[-1])


def credit_marks(text: str) -> list[str]:
    """A photo credit (……摄) or a caption (图为……): body text that credits or shows."""
    if shapes.is_photo_credit(text):
        return ["photo-credit"]
    return ["caption"] if shapes.is_caption(text) else []


# A paper's or book's title and a date, and nothing more: a photo's or quote's source.
CITATION_RE = re.compile(
    r"^《[^《》]{1,20}》[\s\u3000]*(?:\d{4}[.\-/年]\d{1,2}[.\-/月]\d{1,2}日?|\d{4}年\d{1,2}月\d{1,2}日)$"
)


def headline_features(
    line: Line, text: str, headline_like: bool, numbered: bool, signature: bool, indents: bool
) -> list[str]:
    features = ["headline-shaped" if headline_like else "ends-in-?!"]
    if numbered:
        features.append("numbered")
    elif text[:1] in shapes.BULLETS:
        features.append("bulleted")
    if shapes.is_caption(text):
        features.append("caption-not-headline")
    if signature:
        features.append("signature-not-headline")
    if CITATION_RE.match(text):
        features.append("citation-not-headline")  # 《某某日报》1958.5.11: where a photo ran
    if indents:  # where indents open paragraphs, headings are flush
        features.append("indented" if line.indent else "flush")
    return features


def crosshead_features(line: Line, text: str, numbered: bool, indents: bool) -> list[str]:
    if numbered:
        features = ["numbered-crosshead"]
    elif shapes.RUBRIC_RE.match(text):
        features = ["bracketed-crosshead"]
    else:
        features = ["plain-crosshead"]
    if indents and line.indent:
        features.append("indented-crosshead")
    if len(text) > CROSSHEAD_MAX and not (text[:1] in '“「『"' and text[-1:] in '”」』"'):
        features.append("long-for-crosshead")  # (a pull quote may be long)
    return features


def score_prose(
    text: str, near_contact: bool, add, scores: Scores, near_notice: bool = True
) -> Scores:
    """A long line (most lines of an issue): a body or lead paragraph, notice text or a
    masthead line; never a heading, credit or ad line, so those tests are skipped."""
    body = ["sentence"] if shapes.is_closed(text) else ["long-open-line"]
    if shapes.ends_mid_sentence(text):
        body = ["cut-mid-sentence"]
    if shapes.LEAD_RE.match(text):
        add(Role.LEAD, "lead", *body)
    elif opens_with_credit(text):
        add(Role.LEAD, "credit-opens", *body)  # （记者 某某 报道）…: credited like a lead
    elif text[:1] in BRIEF_BULLETS:
        add(Role.LEAD, "bulleted-paragraph", *body)  # △ opens each brief of a column
    add(Role.BODY, *body, *credit_marks(text))
    if not shapes.is_closed(text) and credit_line(text):
        add(Role.BYLINE_OPEN, "byline-shaped")  # □记者 某某 某某 … 实习生 某某 文/图: many names
        add(Role.BYLINE_CLOSE, "byline-shaped")
    if is_long_dash_line(text):
        add(Role.HEAD, "dash-subheadline")  # ——某某峰会暨某某活动侧记: a long sub-headline
    if near_notice:
        add_notice(add, text, near_contact)
    if shapes.is_masthead_line(text):
        add(Role.MASTHEAD, "masthead-line")
    return scores


SUBHEADLINE_MAX = 60


def is_long_dash_line(text: str) -> bool:
    """A dash line too long for a headline line, open and without a full stop: what a long
    sub-headline looks like (an attribution under a quote is short)."""
    return (
        text.startswith(shapes.DASH_STARTS)
        and len(text) <= SUBHEADLINE_MAX
        and not shapes.is_closed(text)
        and "。" not in text
    )


def is_segmented_header(text: str) -> bool:
    """东北网 黑龙江 社会万象, 某某在线　2005年10月5日　国内新闻: a site's path or a page's
    sections, three or more short items (a date among them); not a photo credit under a
    headline (本报记者 某某 摄) nor an ad's first line (某某·翡翠湾 盛大开盘)."""
    segments = SEGMENTS_RE.split(text)
    return (
        len(segments) >= 3
        and all(0 < len(t) <= 6 or shapes.HEADER_DATE_RE.fullmatch(t) for t in segments)
        and not shapes.is_photo_credit(text)
        and not shapes.AD_WORDS_RE.search(text)
    )


def page_features(text: str, repeated: bool, at_edge: bool, at_top: bool = False) -> list[str]:
    features = []
    if "，" in text or "。" in text:
        return []  # a page's header or footer lists items; a comma joins a headline's clauses
    if len(text) > shapes.HEADLINE_MAX and not (
        shapes.WEEKDAY_RE.search(text) and shapes.has_header_date(text)
    ):
        return []  # only a dated header runs longer than a headline
    if signed_and_dated(text):
        return []  # a notice's signer and its date
    if shapes.PAGE_NO_RE.search(text):
        features.append("page-number")
    if shapes.WEEKDAY_RE.search(text):
        features.append("weekday")
    if shapes.has_header_date(text) and not shapes.is_closed(text):
        features.append("bare-date" if shapes.DATE_LINE_RE.match(text) else "header-date")
    if shapes.PAPER_NAME_RE.match(text):
        features.append("paper-name")
    # at the top, items side by side are the header; at the foot, only with a page's own
    # marks beside them (a shop's list of services is printed the same way)
    if at_edge and (at_top or features) and is_segmented_header(text):
        features.append("segmented-header")
    if at_top and shapes.SUBMISSION_RE.search(text):
        features.append("submission-line")  # beside the header; at the foot, a notice's
    if repeated and not features and not shapes.is_closed(text):
        features.append("repeated-line")
    if not features and len(text) <= 6 and not shapes.is_closed(text):
        features.append("tiny-line")  # a section name beside the page number
    return features


NOTICE_ANCHORS = {"contact-line", "notice-words"}
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def add_notice(add, text: str, near_contact: bool) -> None:
    features = notice_features(text, near_contact)
    add(Role.NOTICE if NOTICE_ANCHORS.intersection(features) else Role.NOTICE_MORE, *features)


def is_contact_line(text: str) -> bool:
    """联系电话：…, or a short line giving an address to write to (或发送邮件至 某某@…)."""
    return bool(shapes.CONTACT_RE.match(text)) or (
        len(text) <= shapes.HEADLINE_MAX and "@" in text and bool(EMAIL_RE.search(text))
    )


def notice_features(text: str, near_contact: bool) -> list[str]:
    if is_contact_line(text) and not shapes.SELLING_CONTACT_RE.match(text):
        return ["contact-line"]  # (订购电话, 预订电话: a shop's line, an ad's)
    if shapes.DATE_LINE_RE.match(text):
        return ["date-line"]
    features = []
    near_contact = near_contact or shapes.has_phone(text)  # its own number
    if shapes.NOTICE_WORDS_RE.search(text) or (
        near_contact and shapes.WEAK_NOTICE_WORDS_RE.search(text)
    ):
        features.append("notice-words")  # (报名 above a contact line: a call to sign up)
        if near_contact:
            features.append("before-contact")
    elif shapes.WEAK_NOTICE_WORDS_RE.search(text):
        features.append("service-words")
    if shapes.SIGNER_RE.match(text) or signed_and_dated(text):
        features.append("signer")
    elif signed_with_contact(text):
        features.append("signer-contact")
    return features or ["other-text"]


def signed_and_dated(text: str) -> bool:
    """某某有限公司　2006年10月30日: a notice's signer and date on one line."""
    parts = text.split()
    return (
        len(parts) == 2
        and bool(shapes.SIGNER_RE.match(parts[0]))
        and bool(shapes.DATE_LINE_RE.match(parts[1]))
    )


def signed_with_contact(text: str) -> bool:
    """某某供水公司　服务热线：0000-0000000: a notice's signer and where to ask (an address
    and a phone number may both follow)."""
    signer, *contacts = text.split(maxsplit=1)
    return (
        bool(contacts)
        and bool(shapes.SIGNER_RE.match(signer))
        and any(
            shapes.CONTACT_RE.match(item) or shapes.AD_CONTACT_RE.search(item)
            for item in contacts[0].split()
        )
    )


# A sentence longer than an ad's slogan, closed with 。: news reporting a sale, not selling.
AD_PROSE_MIN = 24


AD_LABEL_RE = re.compile(r"[（(【]广告[）)】]$")  # …（广告）: the page says so itself


def ad_features(text: str) -> list[str]:
    if AD_LABEL_RE.search(text):
        return ["ad-label"]
    if shapes.is_notice_title(text):
        return ["notice-title-not-ad"]  # 订阅启事 heads a notice, though 订阅 sells
    if shapes.AD_CONTACT_RE.search(text) and not shapes.PAPER_HOTLINE_RE.search(text):
        return ["hotline"]
    if shapes.AD_WORDS_RE.search(text):
        if len(text) > AD_PROSE_MIN and text.endswith("。"):
            return ["selling-words", "reported-sale"]
        return ["selling-words"]
    if shapes.has_phone(text) or shapes.CONTACT_RE.match(text):
        return ["phone"]
    if shapes.DETAIL_LABEL_RE.match(text):
        return ["ad-detail"]
    return ["short-ad-line"]
