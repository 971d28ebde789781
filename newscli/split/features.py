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

from . import box_shapes, captions, shapes, web_lines
from .authors import opens_with_surname
from .box_lines import (
    ad_features,
    add_notice,
    is_contact_line,
    is_site_furniture,
    page_features,
    signed_and_dated,
)
from .name_lines import SECTION_LABELS, bare_name, bulleted_byline
from .neighbours import offer_untitled_start, ordinal_series
from .passes import read_neighbours
from .people import credit_line, sourced_names
from .roles import Role, Scores, weight_of
from .run_in import ends_in_a_name, ends_with_credit, ends_with_source, opens_with_credit
from .source import Layout, Line, columns

__all__ = ["score_lines"]


CROSSHEAD_MAX = 16  # crossheads are short phrases; longer headings are headlines
EDGE_LINES = shapes.EDGE_LINES
NOTICE_REACH = 6  # logical lines from a contact line, notice words or heading
RUBRIC_LABEL_MAX = 6  # a column's label, printed again over each of its items


def score_lines(
    lines: list[Line], layout: Layout | None = None, gaps: list[bool] | None = None
) -> list[Scores]:
    indents = bool(layout and layout.indents)
    short = [
        shapes.squeeze(line.shape) if len(line.shape) <= shapes.SHORT_LINE_MAX else ""
        for line in lines
    ]
    # How often each short line recurs, a line printed twice in a row counted once (a web
    # copy's photo text over its caption, a heading doubled: no column's label)
    repeated = Counter(
        text for at, text in enumerate(short) if text and (at == 0 or short[at - 1] != text)
    )
    contact = [is_contact_line(line.shape) for line in lines]
    anchors = [
        i
        for i, line in enumerate(lines)
        if contact[i] or box_shapes.NOTICE_ANCHOR_RE.search(line.shape)
    ]
    near_notice = [False] * len(lines)
    for anchor in anchors:  # only lines near a notice's own marks may be notice text
        for i in range(max(0, anchor - NOTICE_REACH), min(len(lines), anchor + NOTICE_REACH + 1)):
            near_notice[i] = True
    for heading, line in enumerate(lines):  # 报料热线, 温馨提示: a heading, over its text only
        if box_shapes.is_notice_title(line.shape):
            for i in range(heading, min(len(lines), heading + NOTICE_REACH + 1)):
                near_notice[i] = True
    series = ordinal_series(lines)
    banners = banner_lines(lines, layout)

    def signs_a_notice(index: int) -> bool:
        """A body heads a notice and signs it (某某县人民政府 over 关于…的通告 and under its text):
        repeated so, the line is the notice's, not the page's."""
        return near_notice[index] and bool(box_shapes.SIGNER_RE.match(lines[index].shape))

    result = []
    for index, line in enumerate(lines):
        near_contact = any(contact[index + 1 : index + 3])
        at_edge = index < EDGE_LINES or index >= len(lines) - EDGE_LINES
        scores = score_line(
            line,
            bool(short[index]) and repeated[short[index]] > 1 and not signs_a_notice(index),
            near_contact,
            at_edge,
            indents,
            near_notice[index],
            index in series,
            at_top=index < EDGE_LINES,
            first=index == 0,
            last=index == len(lines) - 1,
            wide=index in banners,
        )
        if gaps and gaps[index]:
            offer_untitled_start(scores)
        result.append(scores)
    read_neighbours(lines, result, gaps or [False] * len(lines))
    return result


def wider_than_column(line: Line, layout: Layout | None) -> bool:
    """In a hard-wrapped column whose paragraphs open indented, a flush line wider than the
    column, left whole by what wrapped the prose: a headline set across the columns
    (pdftotext puts a banner headline on one line of its own), not a paragraph's piece."""
    if layout is None or not layout.indents or line.indent or line.first != line.last:
        return False
    if layout.width is None:  # too few cut lines to find the width: the widest piece's edge
        return (
            layout.widest_indented > 0
            and columns(line.text) > layout.widest_indented + 2 * WIDER_BY
        )
    edge = len(line.text) if layout.measure == "chars" else columns(line.text)
    return edge > layout.width + WIDER_BY


def banner_lines(lines: list[Line], layout: Layout | None) -> set[int]:
    """The lines wider than the column that stand alone: a list's or a box's lines, each as
    wide and as headline-shaped, follow one another (一等奖 某某… | 二等奖 某某…); the page's
    header over a banner, or a caption left whole under it, its photographer at its end, is no
    such neighbour."""
    wide = [wider_than_column(line, layout) for line in lines]
    plain = [
        w and is_long_headline(line.shape) and not credit_marks(line.shape)
        for w, line in zip(wide, lines)
    ]
    return {
        index
        for index, found in enumerate(wide)
        if found
        and not (index > 0 and plain[index - 1])
        and not (index + 1 < len(lines) and plain[index + 1])
    }


WIDER_BY = 2  # characters (wide ones) past the column's edge: a wrapper lets a mark hang


def score_line(
    line: Line,
    repeated: bool,
    near_contact: bool,
    at_edge: bool = False,
    indents: bool = False,
    near_notice: bool = True,
    in_series: bool = False,
    at_top: bool = False,
    first: bool = False,
    last: bool = False,
    wide: bool = False,
) -> Scores:
    text = line.shape
    scores: Scores = {}

    def add(role: Role, *features: str) -> None:
        scores[role] = (weight_of(features), features)

    if score_one_kind(text, add, first, last):
        return scores
    if len(text) > shapes.HEADLINE_MAX:
        score_prose(text, near_contact, add, scores, near_notice, wide)
        page = page_features(text, repeated, at_edge, at_top) if at_edge else []
        if page:
            add(Role.PAGE, *page)  # a long header: 某某晚报　日期　星期三　今日16版　总第N期　农历…
        return scores
    if score_short_kind(text, add):
        return scores
    score_short_line(line, add, repeated, indents, in_series)
    page = page_features(text, repeated, at_edge, at_top, first)
    if page:
        add(Role.PAGE, *page)
    if box_shapes.is_notice_title(text):
        add(Role.NOTICE_HEAD, "notice-heading")
    if near_notice:
        add_notice(add, text, near_contact)
    add_masthead(add, text)
    add(Role.AD, *ad_features(text))  # an ad is set in short lines
    return scores


def score_one_kind(text: str, add, first: bool, last: bool) -> bool:
    """Lines of one kind whatever their length (markers, a web page's lines about the story,
    the paper's heads, the page's editors): scored, and True."""
    if shapes.CONT_FROM_RE.match(text):
        add(Role.FROM, "marker")
    elif "版" in text and shapes.CONT_TO_RE.search(text):  # (cheap test first)
        add(Role.TO, "marker")
    elif not first and web_lines.is_web_metadata(text) and not sourced_names(text):
        add(Role.BODY, "short-open-line", "web-metadata")  # 发布日期：…, 作者：… 来源：…
    elif web_lines.is_reprint_source(text):
        # 《某某报》（2017年3月7日） 01版: where an e-paper's copy of a story was printed, a
        # line of that story (as a web page's 来源： line is); the issue's first or last line,
        # the page's header or footer.
        if not first:
            add(Role.BODY, "short-open-line", "web-metadata")
            add(Role.CAPTION, "short-open-line", "web-metadata")  # (as a caption, over a credit)
        if first or last:
            add(Role.PAGE, "reprint-source", *(["page-number"] if "版" in text else []))
    elif len(text) <= shapes.HEADLINE_MAX and web_lines.POSTED_AT_RE.search(text):
        # a site's posting line: the page's over the headline, the story's under it
        add(Role.BODY, "short-open-line", "web-metadata")
        add(Role.PAGE, "header-date")
    elif is_site_furniture(text):  # 首页 > 新闻 > 本地, 上一篇：…, Copyright …
        add(Role.PAGE, "site-furniture")
    elif box_shapes.PAPER_HEADS_RE.match(text) and "。" not in text and "，" not in text:
        # 社长：… 总编辑：…: who heads the paper (社长：我们合作社…。 answers an interview)
        add(Role.MASTHEAD, "masthead-line")
    elif box_shapes.is_editor_credit(text):
        add(Role.PAGE, "editor-credit")
    else:
        return False
    return True


def score_short_kind(text: str, add) -> bool:
    """Short lines of one kind (end marks, a brief's source, credit lines): scored, and True."""
    if shapes.END_MARK_RE.match(text):
        add(Role.END, "end-mark")
    elif (
        text[:1] in "（(据" and shapes.SOURCE_CLOSE_RE.match(text) and not sourced_names(text)
    ):  # (（来源：某某镇 某某 某某） names its writers: a credit, below)
        add(Role.END, "source-close")  # （新华）, （本报综合）: where a brief came from, its end
        add(Role.BODY, "short-open-line")
        if text[:1] == "据":  # (under a headline, 据新华社 opens the brief as its dateline)
            add(Role.LEAD, "lead", "short-open-line")
    elif credit_line(text):
        add(Role.BYLINE_OPEN, "byline-shaped")
        add(Role.BYLINE_CLOSE, "byline-shaped")
        if box_shapes.SIGNER_RE.match(text):  # 某某报编辑部 under a notice signs it
            add(Role.NOTICE_MORE, "desk-signer")
    else:
        return False
    return True


def labelled_number(text: str) -> bool:
    """内幕1：…, 个案一：…: a section's label and number; not an idiom with a numeral in it
    (独一无二：…, 说一不二：…), nor a person's name and a colon (王五：, 李振一：, 欧阳振一：,
    村民李振一：: a surname one or two characters before a written number)."""
    found = shapes.LABELLED_NUMBER_RE.match(text)
    if not found:
        return False
    label = found[1]
    if any(char in shapes.HAN_NUMERALS for char in label):
        return False
    written = text[len(label) :].lstrip(" \u3000")[:1] in shapes.HAN_NUMERALS
    return not (written and any(opens_with_surname(label[-size:]) for size in (1, 2, 3)))


def score_short_line(line: Line, add, repeated: bool, indents: bool, in_series: bool) -> None:
    """A short line that may be many things: a name, a lead, a paragraph, a heading, a rubric."""
    text = line.shape
    if bulleted_byline(text):  # □张持坚 under a headline; ■暑期关注 above one is a rubric
        add(Role.BYLINE_OPEN, "bulleted-name")
        add(Role.BYLINE_CLOSE, "bulleted-name")
    elif bare_name(text):  # 戴某某 alone under an essay's headline, or closing a brief
        add(Role.BYLINE_OPEN, "bare-name")
        add(Role.BYLINE_CLOSE, "bare-name")
    closed = shapes.is_closed(text)
    numbered = in_series or bool(shapes.CROSSHEAD_RE.match(text)) or labelled_number(text)
    # 某某法院　二〇一六年一月十日: who signs a notice, and when; no headline
    headline_like = shapes.is_headline_shaped(text) and not signed_and_dated(text)
    # 健康、气象、体检通知、国内要闻……: a list trailing off, as a kicker may be (no clause in it)
    headline_like = headline_like or shapes.LISTING_RE.fullmatch(text) is not None
    # 百廿某院 | 这支“天团”有点厉害……: a topic and a bar before it, whatever its end
    headline_like = headline_like or (TOPIC_HEADLINE_RE.match(text) and not bare_name(text))
    question = (
        len(text) <= 30
        and text.rstrip(shapes.CLOSING_QUOTES)[-1:] in "？！?!"
        and "。" not in text
        and not shapes.INTERVIEW_RE.match(text)  # 记者：…？ asks a question of an interview
    )
    add_short_lead(text, add, closed)
    body = short_body_features(text, closed, question)
    signature = "signature" in body
    if indents and not line.indent and (headline_like or question) and "photo-credit" not in body:
        body.append("flush-short-line")  # (a photo's credit is set flush, or to the right)
    add(Role.BODY, *body)
    if ends_with_credit(text):
        add(Role.END, "run-in-credit", *body)
    # @someone: … quotes a post (微博, 微信): a paragraph, never a heading.
    if (headline_like or question) and not captions.is_photo_credit(text) and text[:1] not in "@＠":
        add(Role.HEAD, *headline_features(line, text, headline_like, numbered, signature, indents))
        add(Role.CROSS, *crosshead_features(line, text, numbered, indents))
    if (
        shapes.RUBRIC_RE.match(text) or shapes.BULLET_LABEL_RE.match(text)
    ) and not shapes.WRITER_NOTE_RE.match(text):  # (□作者系…: the writer, at the piece's foot)
        add(Role.RUBRIC, "rubric-shaped")
    elif repeated and headline_like and len(text) <= RUBRIC_LABEL_MAX:
        add(Role.RUBRIC, "repeated-label")  # 瞰体坛 over each brief of a column


def add_short_lead(text: str, add, closed: bool) -> None:
    lead = bool(shapes.LEAD_RE.match(text)) or opens_with_credit(text)
    if lead and shapes.TAGGED_HEADLINE_RE.match(text):
        lead = False  # 【某某网】… with no clause after the tag: a headline, not a lede
    if lead:
        add(
            Role.LEAD,
            "lead" if shapes.LEAD_RE.match(text) else "credit-opens",
            "sentence" if closed else "short-open-line",
        )
    elif closed and shapes.REPORTER_LEARNED_RE.match(text):
        add(Role.LEAD, "reporter-learned", "sentence")


def short_body_features(text: str, closed: bool, question: bool) -> list[str]:
    """Body paragraphs: anything can be one, sentences most of all."""
    # (2012年12月27日，…: a sentence by its opening, though a caption leaves off its full stop)
    dated = captions.DATED_SENTENCE_RE.match(text)
    body = ["sentence"] if closed or dated else ["short-open-line"]
    if question and "，" not in text:
        body = ["short-exclamation"]  # a line of its own ending in ！or ？: a headline as often
    if shapes.ends_mid_sentence(text):
        body = ["cut-mid-sentence"]
    if (
        box_shapes.SIGNER_RE.match(text)
        or box_shapes.DATE_LINE_RE.match(text)
        or box_shapes.DATE_STAMP_RE.match(text)  # （20190331）: the date an item was posted
    ):
        body.append("signature")
    if is_story_label(text):
        body.append("section-label")
    body += credit_marks(text)
    if text.startswith(shapes.DASH_STARTS) and not closed and ends_in_a_name(text):
        body.append("attribution")  # ——市民 某某 under a quote; after a headline, a sub-headline
    return body


def add_masthead(add, text: str) -> None:
    if box_shapes.is_masthead_line(text):
        add(Role.MASTHEAD, "masthead-line")
    elif box_shapes.PAPER_HOTLINE_RE.search(text):
        add(Role.MASTHEAD, "paper-hotline")
    elif shapes.CONTACT_RE.match(text) or box_shapes.AD_CONTACT_RE.search(text):
        add(Role.MASTHEAD, "masthead-contact")  # an address or hotline among colophon lines


def credit_marks(text: str) -> list[str]:
    """A photo credit (……摄) or a caption (图为……): body text that credits or shows."""
    if captions.is_photo_credit(text):
        return (
            ["photo-credit", "photo-report"]
            if captions.reports_in_photos(text)
            else ["photo-credit"]
        )
    return ["caption"] if captions.is_caption(text) else []


# A topic, a bar, then the headline, as Hong Kong's sites and papers print it.
TOPIC_BAR_RE = re.compile(r"^[^｜︱|│]{2,12}[｜︱|│][^｜︱|│]{4,}$")
# A topic of one word (no space, no clause mark) before the bar: a web headline's, never a
# credit's (记 者 | 某某) or a sentence's; with words in it (03 | 本地新闻 is a page's header)
TOPIC_HEADLINE_RE = re.compile(
    rf"^(?=[^｜︱|│]*[{shapes.HAN}])[^｜︱|│，。、：:,；;\s]{{2,12}}\s*[｜︱|│]\s*[^｜︱|│\s][^｜︱|│]{{3,}}$"
)
TOPIC_HEADLINE_MAX = 60


TIP_OFF_RE = re.compile(
    r"^(?:线索提供|报料人|爆料人)[\s：:]|报料[，,]\s*线索费|线索费\s*\d+\s*元?$"
)


def is_story_label(text: str) -> bool:
    """A line that names a part of its story (背景, 链接, 编者按 alone) or closes it (来源：某某,
    ——编者, 作者系…): the story's own line, never a headline."""
    return (
        text.lstrip(shapes.BULLETS + " \u3000") in SECTION_LABELS  # (◆编者按: with its bullet)
        or bool(shapes.SOURCE_LINE_RE.match(text))
        or (("线索" in text or "料" in text) and bool(TIP_OFF_RE.search(text)))  # 某先生报料，…
        or bool(shapes.EDITORS_SIGNOFF_RE.match(text))
        or bool(shapes.WRITER_NOTE_RE.match(text))
    )


def headline_features(
    line: Line, text: str, headline_like: bool, numbered: bool, signature: bool, indents: bool
) -> list[str]:
    features = ["headline-shaped" if headline_like else "ends-in-?!"]
    if numbered:
        features.append("numbered")
    elif text[:1] in shapes.BULLETS:
        features.append("bulleted")
    if captions.is_caption(text) or captions.DATED_SENTENCE_RE.match(text):
        features.append("caption-not-headline")
    if signature:
        features.append("signature-not-headline")
    if is_story_label(text):
        features.append("label-not-headline")
    if TOPIC_HEADLINE_RE.match(text):
        features.append("topic-headline")  # 樺加沙追風｜…: a story's topic, then its headline
    elif TOPIC_BAR_RE.match(text):
        features.append("topic-bar")
    if indents:  # where indents open paragraphs, headings are flush
        features.append("indented" if line.indent else "flush")
    return features


def two_part_crosshead(text: str) -> bool:
    """路面结冰“雪上加雪”　气温进一步走低: two short phrases a full-width space apart, each of a
    crosshead's length (a feature's sections are often headed so)."""
    parts = text.split("\u3000")
    return len(parts) == 2 and all(0 < len(part) <= CROSSHEAD_PART_MAX for part in parts)


CROSSHEAD_PART_MAX = 12


def crosshead_features(line: Line, text: str, numbered: bool, indents: bool) -> list[str]:
    if numbered:
        features = ["numbered-crosshead"]
    elif shapes.RUBRIC_RE.match(text):
        features = ["bracketed-crosshead"]
    else:
        features = ["plain-crosshead"]
    if indents and line.indent:
        features.append("indented-crosshead")
    if (
        len(text) > CROSSHEAD_MAX
        and not (text[:1] in '“「『"' and text[-1:] in '”」』"')  # (a pull quote may be long)
        and not two_part_crosshead(text)
    ):
        features.append("long-for-crosshead")
    return features


def score_prose(
    text: str,
    near_contact: bool,
    add,
    scores: Scores,
    near_notice: bool = True,
    wide: bool = False,
) -> Scores:
    """A long line (most lines of an issue): a body or lead paragraph, notice text or a
    masthead line; never a heading, credit or ad line, so those tests are skipped."""
    body = ["sentence"] if shapes.is_closed(text) else [open_line_feature(text)]
    if shapes.ends_mid_sentence(text):
        body = ["cut-mid-sentence"]
    if shapes.LEAD_RE.match(text):
        add(Role.LEAD, "lead", *body)
    elif opens_with_credit(text):
        add(Role.LEAD, "credit-opens", *body)  # （记者 某某 报道）…: credited like a lead
    elif shapes.REPORTER_LEARNED_RE.match(text):
        add(Role.LEAD, "reporter-learned", *body)  # 记者昨日从市住建局获悉，…: a story's lede
    elif text[:1] in shapes.BRIEF_BULLETS and not captions.PHOTO_ORDER_RE.search(text[:30]):
        add(Role.LEAD, "bulleted-paragraph", *body)  # △ opens each brief (■ …左起…: a caption)
    add(Role.BODY, *body, *credit_marks(text))
    if ends_with_credit(text):
        add(Role.END, "run-in-credit", *body)  # …全部完工。（记者 某某）: the story ends, credited
    elif ends_with_source(text):
        add(Role.END, "run-in-source", *body)  # …充满信心。（来源：某某日报）: it ends there
    if not shapes.is_closed(text) and credit_line(text):
        add(Role.BYLINE_OPEN, "byline-shaped")  # □记者 某某 某某 … 实习生 某某 文/图: many names
        add(Role.BYLINE_CLOSE, "byline-shaped")
    if len(text) <= TOPIC_HEADLINE_MAX and TOPIC_HEADLINE_RE.match(text):
        # 百廿某院 | 某某发展史上，这支“天团”有点厉害……: a topic, a bar, then the headline, which
        # may run to clauses, an ellipsis at its end (no paragraph opens on a bare topic)
        add(Role.HEAD, "long-headline", "topic-headline")
    elif is_long_dash_line(text):
        add(Role.HEAD, "dash-subheadline")  # ——某某峰会暨某某活动侧记: a long sub-headline
    elif is_long_headline(text):
        # 【某某】某某警告某某 某某斥某某: clauses a space apart, a web page's topic tag before them
        tagged = (
            ["tagged-headline"]
            if shapes.TAGGED_HEADLINE_RE.match(text) and not CAPTION_TAG_RE.match(text)
            else []
        )
        # with no clause mark at all (not even 、), its parts a space apart: surely a heading
        # (after a bullet, ● 某某…, a list's teaser: a poem's lines run together)
        unmarked = (
            ["unmarked-long-headline"]
            if (shapes.unmarked_long_line(text) or DASH_JOINED_RE.match(text))
            and text[:1] not in shapes.BULLETS
            and len(text.split()) <= DECKS_MAX
            else []
        )
        # (a caption left whole, its photographer at its end, is no headline for its width)
        banner = ["wider-than-column"] if wide and not credit_marks(text) else []
        add(Role.HEAD, "long-headline", *tagged, *unmarked, *banner)
    if near_notice:
        add_notice(add, text, near_contact)
    if box_shapes.is_masthead_line(text):
        add(Role.MASTHEAD, "masthead-line")
    return scores


SUBHEADLINE_MAX = 60


def open_line_feature(text: str) -> str:
    """A long line left open: a paragraph the page cut, or, with no clause mark at all in it
    and its parts a space apart (shapes.unmarked_long_line), a long headline's line."""
    return "unmarked-long-line" if shapes.unmarked_long_line(text) else "long-open-line"


# 【镜头】, 【图说】…: a photo's caption tagged as such, not a web page's topic over a headline
CAPTION_TAG_RE = re.compile(
    r"^[【\[［](?:镜头|图说|图片|组图|图文|现场|视频|摄影|特写|快拍|掠影)[】\]］]"
)
# A long line with no clause or sentence mark at all: a web page's headline, its clauses a
# space apart, as often as a paragraph's piece (which has its commas).
# One speaker's colon may stand in it (某某：…), and commas that group digits (2,490萬).
LONG_HEADLINE_RE = re.compile(r"^[^，。！？；,;!?]{40,90}[！!]?$")
DIGIT_GROUP_RE = re.compile(r"(?<=\d),(?=\d{3})")


DECKS_MAX = 3  # a headline's decks on one line (床前明月光 疑是地上霜 举头望明月 …: verse)
# 某某开新局——某某大会勾勒新路径: a headline and its sub-headline on one line, a dash between,
# no clause mark on either side (but 、)
DASH_JOINED_RE = re.compile(r"^[^，。！？；,;!?]{6,}——[^，。！？；,;!?—]{6,}$")


def is_long_headline(text: str) -> bool:
    """Parts a space apart, or a headline and its sub-headline joined by a dash on one line
    (某某开新局——某某大会勾勒行业新路径: the tuning golds hold eight such headings and no
    paragraph), with no clause mark but 、."""
    parted = "\u3000" in text or " " in text or "——" in text
    if not parted or text.count("：") + text.count(":") > 1:
        return False
    return bool(LONG_HEADLINE_RE.match(DIGIT_GROUP_RE.sub("", text) if "," in text else text))


def is_long_dash_line(text: str) -> bool:
    """A dash line too long for a headline line, open and without a full stop: what a long
    sub-headline looks like (an attribution under a quote is short)."""
    return (
        text.startswith(shapes.DASH_STARTS)
        and len(text) <= SUBHEADLINE_MAX
        and not shapes.is_closed(text)
        and "。" not in text
    )
