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

from . import shapes
from .lines import Line
from .people import bracketed_byline, opening_byline


EDGE_LINES = 3  # page headers and footers sit in the first and last lines of a dump
SEGMENTS_RE = re.compile(r"[\s\u3000|｜·]+")


class Role(str, Enum):
    PAGE = "page"  # page furniture: header, footer, editor credits
    RUBRIC = "rubric"  # column label above a headline
    HEAD = "headline"
    BYLINE_OPEN = "byline"  # credit under the headline
    LEAD = "lead"  # first paragraph, opening with a dateline lead
    BODY = "body"
    CROSS = "crosshead"  # short heading inside an article: a paragraph
    BYLINE_CLOSE = "byline-close"  # credit closing the article
    END = "end-mark"  # （完）: a paragraph that closes the article
    FROM = "continued-from"  # （上接第N版）
    TO = "continued-to"  # （下转第N版）
    NOTICE_HEAD = "notice-heading"
    NOTICE = "notice"
    MASTHEAD = "masthead"
    AD = "ad"


WEIGHTS: dict[str, float] = {
    "headline-shaped": 2.0,
    "ends-in-?!": 1.2,
    "numbered": -1.5,
    "bulleted": -1.0,
    "rubric-shaped": 3.5,
    "byline-shaped": 4.0,
    "lead": 3.0,
    "sentence": 2.0,
    "cut-mid-sentence": 1.0,
    "short-open-line": -1.0,
    "caption": 1.0,
    "signature": 1.0,
    "signature-not-headline": -1.5,
    "photo-credit": 2.0,
    "caption-not-headline": -2.0,
    "numbered-crosshead": 2.5,
    "plain-crosshead": 0.5,
    "bracketed-crosshead": 1.5,
    "segmented-header": 2.5,
    "end-mark": 5.0,
    "marker": 10.0,
    "page-number": 4.0,
    "weekday": 3.0,
    "editor-credit": 5.0,
    "header-date": 1.5,
    "paper-name": 2.0,
    "repeated-line": 1.5,
    "tiny-line": 0.0,
    "notice-heading": 3.0,
    "contact-line": 3.0,
    "notice-words": 1.5,
    "before-contact": 2.0,
    "date-line": 1.0,
    "signer": 1.0,
    "other-text": -1.0,
    "masthead-line": 4.0,
    "hotline": 3.0,
    "selling-words": 2.0,
    "phone": 2.0,
    "short-ad-line": -1.5,
    "long-line": -3.0,
    "any-text": -3.0,
}

Scores = dict[Role, tuple[float, list[str]]]


def score_lines(lines: list[Line]) -> list[Scores]:
    repeated = Counter(shapes.squeeze(line.shape) for line in lines if len(line.shape) <= shapes.SHORT_LINE_MAX)
    contact = [bool(shapes.CONTACT_RE.match(line.shape)) for line in lines]
    result = []
    for index, line in enumerate(lines):
        near_contact = any(contact[index + 1 : index + 3])
        at_edge = index < EDGE_LINES or index >= len(lines) - EDGE_LINES
        result.append(score_line(line, repeated[shapes.squeeze(line.shape)] > 1, near_contact, at_edge))
    return result


def score_line(line: Line, repeated: bool, near_contact: bool, at_edge: bool = False) -> Scores:
    text = line.shape
    scores: Scores = {}

    def add(role: Role, *features: str) -> None:
        scores[role] = (sum(WEIGHTS[f] for f in features), list(features))

    if shapes.CONT_FROM_RE.match(text):
        add(Role.FROM, "marker")
        return scores
    if shapes.CONT_TO_RE.search(text):
        add(Role.TO, "marker")
        return scores
    if shapes.is_editor_credit(text):
        add(Role.PAGE, "editor-credit")
        return scores
    if shapes.END_MARK_RE.match(text):
        add(Role.END, "end-mark")
        return scores
    byline = bracketed_byline(text) or opening_byline(text)
    if byline:
        add(Role.BYLINE_OPEN, "byline-shaped")
        add(Role.BYLINE_CLOSE, "byline-shaped")
        return scores
    length = len(text)
    short = length <= shapes.HEADLINE_MAX
    closed = shapes.is_closed(text)
    numbered = bool(shapes.CROSSHEAD_RE.match(text))
    headline_like = shapes.is_headline_shaped(text)
    question = short and length <= 30 and text.rstrip(shapes.CLOSING_QUOTES)[-1:] in "？！?!" and "。" not in text
    lead = bool(shapes.LEAD_RE.match(text))
    if lead:
        add(Role.LEAD, "lead", "sentence" if closed or not short else "short-open-line")
    # Body paragraphs: anything can be one, sentences most of all.
    body = ["sentence"] if closed or not short else ["short-open-line"]
    if shapes.ends_mid_sentence(text):
        body = ["cut-mid-sentence"]
    signature = bool(shapes.SIGNER_RE.match(text) or shapes.DATE_LINE_RE.match(text))
    if signature:
        body.append("signature")
    if shapes.is_photo_credit(text):
        body.append("photo-credit")
    elif shapes.CAPTION_RE.search(text):
        body.append("caption")
    add(Role.BODY, *body)
    if (headline_like or question) and not shapes.is_photo_credit(text):
        head = ["headline-shaped" if headline_like else "ends-in-?!"]
        if numbered:
            head.append("numbered")
        elif text[:1] in shapes.BULLETS:
            head.append("bulleted")
        if shapes.CAPTION_RE.search(text):
            head.append("caption-not-headline")
        if signature:
            head.append("signature-not-headline")
        add(Role.HEAD, *head)
        if numbered:
            add(Role.CROSS, "numbered-crosshead")
        elif shapes.RUBRIC_RE.match(text):
            add(Role.CROSS, "bracketed-crosshead")
        else:
            add(Role.CROSS, "plain-crosshead")
    if short and (shapes.RUBRIC_RE.match(text) or shapes.BULLET_LABEL_RE.match(text)):
        add(Role.RUBRIC, "rubric-shaped")
    page = page_features(text, repeated, at_edge)
    if page:
        add(Role.PAGE, *page)
    if shapes.is_notice_title(text):
        add(Role.NOTICE_HEAD, "notice-heading")
    add(Role.NOTICE, *notice_features(text, near_contact))
    if shapes.is_masthead_line(text):
        add(Role.MASTHEAD, "masthead-line")
    add(Role.AD, *ad_features(text, short))
    return scores


def page_features(text: str, repeated: bool, at_edge: bool) -> list[str]:
    features = []
    if len(text) > shapes.HEADLINE_MAX:
        return []
    if shapes.PAGE_NO_RE.search(text):
        features.append("page-number")
    if shapes.WEEKDAY_RE.search(text):
        features.append("weekday")
    if shapes.HEADER_DATE_RE.search(text) and not shapes.is_closed(text):
        features.append("header-date")
    if shapes.PAPER_NAME_RE.match(text):
        features.append("paper-name")
    if at_edge and len(SEGMENTS_RE.split(text)) >= 3 and all(0 < len(t) <= 6 for t in SEGMENTS_RE.split(text)):
        features.append("segmented-header")  # 东北网 黑龙江 社会万象: a site's path or a page's sections
    if repeated and not features and not shapes.is_closed(text):
        features.append("repeated-line")
    if not features and len(text) <= 6 and not shapes.is_closed(text):
        features.append("tiny-line")  # a section name beside the page number
    return features


def notice_features(text: str, near_contact: bool) -> list[str]:
    if shapes.CONTACT_RE.match(text):
        return ["contact-line"]
    if shapes.DATE_LINE_RE.match(text):
        return ["date-line"]
    features = []
    if shapes.NOTICE_WORDS_RE.search(text):
        features.append("notice-words")
        if near_contact:
            features.append("before-contact")
    if shapes.SIGNER_RE.match(text):
        features.append("signer")
    return features or ["other-text"]


def ad_features(text: str, short: bool) -> list[str]:
    if not short:
        return ["long-line"]
    if shapes.AD_CONTACT_RE.search(text):
        return ["hotline"]
    if shapes.AD_WORDS_RE.search(text):
        return ["selling-words"]
    if shapes.PHONE_RE.search(text) or shapes.CONTACT_RE.match(text):
        return ["phone"]
    return ["short-ad-line"]
