"""What stands between a headline and its text: photos' captions and credits, a site's lines
(when and where it was posted; an editor's note: neighbours.offer_editors_notes); and a
heading over photos and their credits alone, a photo-news item. Passes over the scores features.py gave, as neighbours.py's.
"""

from __future__ import annotations

import re

from . import shapes
from .roles import WEIGHTS, Role, Scores, best_role
from .source import Line

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
        if body and "web-metadata" in body[1] and lead_below(result, index):
            # 来源：…, 发布时间：…: a site's lines stand between the headline and the lead
            scores[Role.CAPTION] = body
            continue
        shown = body and CAPTION_MARKS & set(body[1])  # 图为…, …摄: surely a caption
        if body and (len(line.shape) <= CAPTION_MAX or shown) and Role.LEAD not in scores:
            # (of any length then: 前排左起，某某，某某…（某某摄） names a whole group)
            weight = WEIGHTS["captioned-photo" if shown else "caption-above-credit"]
            scores[Role.CAPTION] = (body[0] + weight, body[1])


PHOTO_RUN_REACH = 10  # a site's lines, two or three photos with their captions and credits


def keep_photos_over_leads(result: list[Scores]) -> None:
    """A headline, then a site's lines and photos with their credits (…。 | 记者某某 摄), then a
    dateline: the photos are the story's, printed between its headline and its lead, not a story
    of their own that the dateline follows as another's (长江日报讯 9月2日，…)."""
    for index, scores in enumerate(result):
        if "lead" not in scores.get(Role.LEAD, (0.0, ()))[1]:
            continue
        top = index - 1
        while top > 0 and index - top <= PHOTO_RUN_REACH and is_head_matter(result, top):
            top -= 1
        run = range(top + 1, index)
        if (
            len(run) >= 2
            and best_role(result[top]) is Role.HEAD
            and any(is_photo_credit_line(result[i]) for i in run)
        ):
            for i in run:
                weight, features = result[i][Role.CAPTION]
                result[i][Role.CAPTION] = (weight + WEIGHTS["photos-over-lead"], features)
        elif caption_between_credit_and_dateline(result, index):
            weight, features = result[index - 1][Role.CAPTION]
            result[index - 1][Role.CAPTION] = (
                weight + WEIGHTS["caption-over-dateline"],
                (*features, "caption-over-dateline"),
            )


def caption_between_credit_and_dateline(result: list[Scores], index: int) -> bool:
    """A headline, its credit line, one short sentence, then the dateline (某某 | 记者：某某 |
    某某将物资捐予某某。 | （某地讯）…): the sentence is the photo's caption, printed between
    the credit and the text; a story never puts a paragraph before its own dateline."""
    return (
        index >= 3
        and Role.CAPTION in result[index - 1]
        and best_role(result[index - 2]) is Role.BYLINE_OPEN
        and best_role(result[index - 3]) is Role.HEAD
    )


def keep_captions_over_credits(lines: list[Line], result: list[Scores]) -> None:
    """A headline, then two or more short sentences, then the credit, then the text: the
    sentences are the captions of the story's photos, printed between its headline and its
    credit (大型群众合唱展演活动。 | …迎新音乐会。 | □某某 本报记者 某某 | 欢声笑语…), not a
    story of short sentences that the credit closes, with an untitled one after it."""
    for index in range(2, len(lines) - 1):
        if not is_credit_over_text(result, index):
            continue
        top = index - 1
        while top > 0 and is_short_caption(lines[top], result[top]):
            top -= 1
        if index - top > 2 and best_role(result[top]) is Role.HEAD:
            for i in range(top + 1, index):
                weight, features = result[i][Role.CAPTION]
                result[i][Role.CAPTION] = (weight + WEIGHTS["captions-over-credit"], features)


SHORT_CAPTION_MAX = 24  # characters: a photo's caption of one short sentence


def is_short_caption(line: Line, scores: Scores) -> bool:
    return (
        Role.CAPTION in scores
        and Role.LEAD not in scores
        and len(line.shape) <= SHORT_CAPTION_MAX
        and "sentence" in scores.get(Role.BODY, (0.0, ()))[1]
    )


def is_credit_over_text(result: list[Scores], index: int) -> bool:
    """An opening credit's line with body text, not a heading, right under it."""
    below = result[index + 1]
    return (
        "byline-shaped" in result[index].get(Role.BYLINE_OPEN, (0.0, ()))[1]
        and Role.BODY in below
        and Role.HEAD not in below
        and Role.LEAD not in below  # (本报讯…: the next item's lead, the credit closed a brief)
    )


def is_head_matter(result: list[Scores], index: int) -> bool:
    """A site's line, a photo's credit, or a sentence captioning the photo credited below it."""
    scores = result[index]
    if Role.CAPTION not in scores or Role.LEAD in scores:
        return False
    below = result[index + 1]
    return (
        "web-metadata" in scores.get(Role.BODY, (0.0, ()))[1]
        or is_photo_credit_line(scores)
        or is_photo_credit_line(below)
    )


CAPTION_MARKS = {"caption", "photo-credit"}
SITE_LINES_REACH = 4  # a site's lines under a headline: when, where from, its editor, a photo


def under_the_head(result: list[Scores], index: int) -> bool:
    """Right under a headline, or under the site's other lines under it."""
    above = result[index - 1] if index else {}
    return (
        "over-posting-line" in above.get(Role.HEAD, (0.0, ()))[1]
        or "web-metadata" in above.get(Role.BODY, (0.0, ()))[1]
    )


def lead_below(result: list[Scores], index: int) -> bool:
    """A lead follows within reach, or an opening credit right after the site's lines (they
    stand over it)."""
    below = result[index + 1 : index + 1 + SITE_LINES_REACH]
    if any(Role.LEAD in scores for scores in below):
        return True
    after = next((s for s in below if "web-metadata" not in s.get(Role.BODY, (0.0, ()))[1]), {})
    return bool(after) and best_role(after) is Role.BYLINE_OPEN and under_the_head(result, index)


NOTE_LABELS = r"编者按|编者的话|编按|编前|编者|核心提示|导读|导语|阅读提示|内容提要"
EDITORS_NOTE_RE = re.compile(
    rf"^[{shapes.BULLETS}]?\s*(?:[【\[（(](?:{NOTE_LABELS})[】\]）)]"
    rf"|(?:{NOTE_LABELS})(?:[：:\s]|$))"
)  # 编者按：…, ■编者按：…, 【编者按】…, 核心提示：… (run in or alone): the editor's lines over a story


PHOTO_NEWS_LINES = 3  # a caption (of one or two paragraphs) and its credit line


def photo_credit_below(result: list[Scores], index: int) -> int | None:
    """The line under heading `index`, within PHOTO_NEWS_LINES, that credits a photo."""
    for below in range(index + 1, min(index + 1 + PHOTO_NEWS_LINES, len(result))):
        if Role.BODY not in result[below] or Role.LEAD in result[below]:
            return None
        if is_photo_credit_line(result[below]):
            return below
    return None


def opens_with_dateline(scores: Scores) -> bool:
    """本报讯…, 某某社某地某日电…: a dateline, which opens a story and stands in no other."""
    return "lead" in scores.get(Role.LEAD, (0.0, ()))[1]


def reports_in_photos_line(scores: Scores) -> bool:
    """记者 某某 摄影报道: the credit of a story told in photos."""
    return "photo-report" in scores.get(Role.BODY, (0.0, ()))[1]


def is_photo_credit_line(scores: Scores) -> bool:
    """A line the body may hold that credits a photo (……摄, 摄影：某某)."""
    return "photo-credit" in scores.get(Role.BODY, (0.0, ()))[1]


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
        below = credit + 1
        while below < len(result) and is_photo_credit_line(result[below]):
            below += 1  # (one photo's credit after another's)
        after = result[below] if below < len(result) else {}
        if (
            Role.BODY in after
            and not (Role.PAGE in after or Role.HEAD in after or opens_with_dateline(after))
            and not (credit == index + 1 and reports_in_photos_line(result[credit]))
        ):
            # the story goes on under the photo (a photo story's credit opens it; a dateline
            # under the photos opens the story the heading is the headline of)
            continue
        weight, features = scores[Role.HEAD]
        scores[Role.HEAD] = (weight + WEIGHTS["photo-news"], (*features, "photo-news"))
