"""Runs of lines read together: where a few lines in a row tell what each of them is.

Four or more short heading-shaped lines are a photo group's captions, not a headline group;
two or more match results are a results box; a body that signs and a date under a text
close it; a contact line under a sentence that asks readers to call is that story's. Each
pass adjusts the scores features.py gave (as neighbours.py's and boxes.py's passes do).
"""

from __future__ import annotations

import re

from . import box_shapes, shapes
from .boxes import in_notice_text, is_contact, is_paper_hotline
from .roles import WEIGHTS, Role, Scores, best_role
from .source import Line

CAPTION_RUN = 4  # short heading-shaped lines in a row: more than a headline group ever has
SHORT_CAPTION_MAX = 8  # a photo group's captions printed twice are short: 文艺表演, 集体做米糕
CAPTION_HAN_MIN = 5  # a caption says what the photo shows (音, 18:20: pieces the column cut)
# A box's lines, an ad's or a notice's, whatever else they look like.
BOX_ROLES = (Role.AD, Role.MASTHEAD, Role.NOTICE, Role.NOTICE_MORE)
NOT_CAPTIONS = {Role.BYLINE_OPEN, Role.RUBRIC, Role.NOTICE, Role.NOTICE_HEAD}


def mark_caption_runs(lines: list[Line], result: list[Scores], gaps: list[bool]) -> None:
    """Four or more short heading-shaped lines in a row, no credit, rubric, label or verse
    among them, are a photo group's captions (志愿者向村民宣传… / 一线职工代表分享… / …):
    every line after the first, its item's headline; after a story's text with no more of
    it below, all of them (headings come one to three at a time). Over a credit, a kicker,
    a headline and two sub-headlines make four: there it takes five, as it does right under
    the page's header over a photo's credited caption. A gap that parts items (`gaps`) ends
    a run."""
    index = 0
    while index < len(result):
        end = index
        while end < len(result) and caption_like(lines[end], result[end], doubled(lines, end)):
            end += 1
            if end < len(result) and gaps[end]:
                break  # blank lines part items here: the run ends
        # A caption printed twice (a web copy's photo text and caption) may be short and open
        # the run, where all its lines are as short as such captions (a doubled headline over
        # its kicker and sub-headline is longer: 情暖邻里 | 情暖邻里 | 北山街道举办第19届邻居节)
        if end - index >= CAPTION_RUN:
            han = [len(shapes.HAN_CHARS_RE.findall(line.shape)) for line in lines[index:end]]
            all_short = max(han) <= SHORT_CAPTION_MAX
            opens_doubled = lines[index].shape == lines[index + 1].shape
            # (a headline printed twice heads the lines under it: no run starts there)
            if all_short or (not opens_doubled and min(han) >= CAPTION_HAN_MIN):
                mark_caption_run(result, index, end, opens_doubled and all_short)
        index = max(end, index + 1)


def mark_caption_run(
    result: list[Scores], index: int, end: int, opens_doubled: bool = False
) -> None:
    above = best_role(result[index - 1]) if index else Role.PAGE
    if above in (Role.BYLINE_OPEN, Role.BYLINE_CLOSE):
        return  # under a credit, short lines are a poem's verse: mark_verse's
    credited = end < len(result) and Role.BYLINE_OPEN in result[end]
    dated = end < len(result) and "lead" in result[end].get(Role.LEAD, (0.0, ()))[1]
    if (
        credited or (above is Role.PAGE and (dated or over_photo_credit(result, end)))
    ) and end - index < CAPTION_RUN + 1:
        # 引题 / headline / two sub-headlines / 本报记者 某某: a headline group; so too
        # right under the page's header over the story's dateline (本报讯…) or over the
        # lead story's photo (图为… 某某/摄)
        return
    below = best_role(result[end]) if end < len(result) else Role.PAGE
    after_text = above in (Role.BODY, Role.LEAD) and below not in (Role.BODY, Role.LEAD)
    # over a credit, the captions of a photo group the grammar lets stand there
    roles = (Role.CAPTION,) if credited else (Role.BODY, Role.CAPTION)
    for scores in result[index if after_text or opens_doubled else index + 1 : end]:
        for role in roles:
            if role in scores:
                weight, features = scores[role]
                bonus = WEIGHTS["caption-run"]
                scores[role] = (weight + bonus, (*features, "caption-run"))
        weight, features = scores[Role.HEAD]
        penalty = WEIGHTS["in-caption-run"]  # (no sub-headline among them either)
        scores[Role.HEAD] = (weight + penalty, (*features, "in-caption-run"))


def over_photo_credit(result: list[Scores], end: int) -> bool:
    """The line after the run is a photo's caption closed by its credit."""
    return end < len(result) and any(
        "photo-credit" in features for _, features in result[end].values()
    )


def doubled(lines: list[Line], index: int) -> bool:
    """The line is printed twice in a row (a web copy's photo text and its caption)."""
    shape = lines[index].shape
    return (index > 0 and lines[index - 1].shape == shape) or (
        index + 1 < len(lines) and lines[index + 1].shape == shape
    )


def caption_like(line: Line, scores: Scores, twice: bool = False) -> bool:
    """Could the line be a photo's caption printed alone (and not read as anything else)?
    `twice`: printed twice in a row, as a caption may be, so a shorter one will do (文艺表演).
    (The cheap tests first: the Han count last.)"""
    head, body = scores.get(Role.HEAD), scores.get(Role.BODY)
    return (
        head is not None
        and body is not None
        and "headline-shaped" in head[1]
        and not NOT_CAPTIONS.intersection(scores)
        and line.shape[:1] not in shapes.BULLETS  # ◆…, ●…: a box's list of headlines (导读)
        and not {"signature", "listed", "verse-line"}.intersection(body[1])  # signer, label
        and not any(scores.get(role, (0.0,))[0] > 0 for role in BOX_ROLES)  # an ad's, a notice's
        and best_role(scores) is not Role.PAGE
        and len(shapes.HAN_CHARS_RE.findall(line.shape)) >= CAPTION_HAN_MIN - twice
    )


# A match's result: 某某队 3∶0 某某队, 甲 2比1 乙 (the score a space apart from both sides).
# A colon parts a score only before one digit (3:0): 19:30 is a time (京剧专场 19:30 剧场).
SCORE_LINE_RE = re.compile(
    rf"^[{shapes.HAN}A-Za-z·]{{1,12}}[\s\u3000]+"
    r"\d{1,3}\s*(?:[∶比\-－]\s*\d{1,3}|[:：]\s*\d(?!\d))"
    rf"[\s\u3000]+[{shapes.HAN}A-Za-z·]{{1,12}}$"
)


def mark_score_lists(lines: list[Line], result: list[Scores]) -> None:
    """Two or more results in a row (某某队 3∶0 某某队) are a results box, a story's lines:
    no headline group is printed so; a heading right over them, under a report's text, is
    its crosshead (中超昨日战报)."""
    scores_at = [" " in line.shape and bool(SCORE_LINE_RE.match(line.shape)) for line in lines]
    for index, scores in enumerate(result):
        in_run = scores_at[index] and (
            (index > 0 and scores_at[index - 1])
            or (index + 1 < len(lines) and scores_at[index + 1])
        )
        if in_run and Role.BODY in scores:
            scores.pop(Role.HEAD, None)
            weight, features = scores[Role.BODY]
            scores[Role.BODY] = (weight + WEIGHTS["listed-line"], (*features, "listed"))
            above = result[index - 1] if index else {}
            if index and not scores_at[index - 1] and Role.CROSS in above:
                weight, features = above[Role.CROSS]
                bonus = WEIGHTS["over-results"]
                above[Role.CROSS] = (weight + bonus, (*features, "over-results"))


CONTENTS_RUN = 3  # bulleted titles in a row: a box of contents, no item's heading group
CONTENTS_BULLETS = "·•◆◇●○■□▲△★☆▶►"


def mark_contents_lists(lines: list[Line], result: list[Scores]) -> None:
    """Three or more short lines in a row that open with the same bullet and end no sentence
    (·覆膜机重生记 / ·又见荷花开 / …) are a box of contents under its label (本版新闻,
    本期导读): the box's lines, never headings of their own, for no text stands between them."""
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and contents_line(lines[end].shape, lines[index].shape[:1]):
            end += 1
        site_lines = sum(  # • 来源：某某日报 / • 话题 / • 分享: a site's lines and buttons
            "web-metadata" in scores.get(Role.BODY, (0.0, ()))[1] for scores in result[index:end]
        )
        if end - index >= CONTENTS_RUN and 2 * site_lines < end - index:
            for scores in result[index:end]:
                for role in (Role.HEAD, Role.RUBRIC, Role.CROSS, Role.PAGE, Role.CAPTION):
                    scores.pop(role, None)
                weight = max(scores.get(Role.BODY, (0.0, ()))[0], 0.0)
                scores[Role.BODY] = (weight + WEIGHTS["listed-line"], ("listed",))
        index = max(end, index + 1)


def contents_line(text: str, bullet: str) -> bool:
    return (
        bullet in CONTENTS_BULLETS
        and text[:1] == bullet
        and len(text) <= shapes.HEADLINE_MAX
        and not shapes.is_closed(text)
        and "。" not in text
        and not box_shapes.is_editor_credit(text)  # ■编辑：某某 / ■校对：某某: the page's
    )


SIGNED_REACH = 4  # lines above a signer where a notice's heading or text would stand


def mark_signed_text(lines: list[Line], result: list[Scores]) -> None:
    """A body that signs, then the date, right under a story's text (某某人民法院 /
    2025年9月19日 under a court's 情况通报): that text's closing lines, not the page's
    footer. (Under a notice's heading or text, they are the notice's.)"""
    for index in range(1, len(lines) - 1):
        signer, dated = lines[index].shape, lines[index + 1].shape
        if (
            box_shapes.SIGNER_RE.match(signer)
            and box_shapes.DATE_LINE_RE.match(dated)
            and best_role(result[index - 1]) is Role.BODY
            and not any(map(in_notice_text, result[max(0, index - SIGNED_REACH) : index]))
            and not any(Role.NOTICE_HEAD in scores for scores in result[:index][-SIGNED_REACH:])
        ):
            for scores in result[index : index + 2]:
                if Role.BODY in scores:
                    weight, features = scores[Role.BODY]
                    bonus = WEIGHTS["signed-text"]
                    scores[Role.BODY] = (weight + bonus, (*features, "signed-text"))


def mark_signed_notices(lines: list[Line], result: list[Scores]) -> None:
    """A notice's heading, paragraphs of prose, then a body that signs (征文启事 / …。 / … /
    某某日报社): every paragraph between is the notice's, however much it reads like a
    story's (a paper's call for entries tells its history first). No heading may stand
    between, and the signer comes within a notice's length."""
    for index, line in enumerate(lines):
        if Role.NOTICE_HEAD not in result[index] or not box_shapes.is_notice_title(line.shape):
            continue
        end = index + 1
        while (
            end < len(lines)
            and end - index <= SIGNED_NOTICE_REACH
            and shapes.is_closed(lines[end].shape)
            and Role.BODY in result[end]
        ):
            end += 1
        if end == index + 1 or end >= len(lines) or end - index > SIGNED_NOTICE_REACH:
            continue
        if not box_shapes.SIGNER_RE.match(lines[end].shape):
            continue
        for scores in result[index + 1 : end + 1]:
            weight, features = scores.get(Role.NOTICE_MORE, (0.0, ()))
            bonus = WEIGHTS["signed-notice"]
            scores[Role.NOTICE_MORE] = (max(weight, 0.0) + bonus, (*features, "signed-notice"))


SIGNED_NOTICE_REACH = 12  # lines from a notice's heading to its signer


def mark_contact_notices(lines: list[Line], result: list[Scores]) -> None:
    """A short heading, one to three sentences that ask or tell readers to do something, then
    a contact line that ends the item (the page's foot, the issue's end or another heading
    under it): a notice (来稿须知 / 本版欢迎读者…。 / 投稿邮箱：…), however its heading reads.
    A story that ends on a contact line carries a credit or a lead, only reports (a brief,
    a poem), or asks its readers to call (mark_invited_contacts)."""
    for end in range(2, len(lines)):
        if (
            not is_contact(result[end])
            or is_paper_hotline(result[end])  # (读者热线: the paper's, under any story)
            or not item_ends_after(result, end + 1)
        ):
            continue
        start = end - 1
        while (
            start > 0
            and end - start <= CONTACT_NOTICE_SENTENCES
            and is_plain_sentence(lines[start], result[start])
        ):
            start -= 1
        heading = result[start]
        if (
            start == end - 1
            or end - start > CONTACT_NOTICE_SENTENCES + 1
            or Role.HEAD not in heading
            or best_role(heading) is not Role.HEAD
            or (start and best_role(result[start - 1]) in (Role.HEAD, Role.RUBRIC))  # a kicker's
            or INVITES_CONTACT_RE.search(lines[end - 1].shape)
            or not any(CALL_WORDS_RE.search(line.shape) for line in lines[start:end])
        ):
            continue
        bonus = WEIGHTS["contact-notice"]
        weight, features = heading.get(Role.NOTICE_HEAD, (0.0, ()))
        heading[Role.NOTICE_HEAD] = (
            max(weight, heading[Role.HEAD][0]) + bonus,
            (*features, "contact-notice"),
        )
        for scores in result[start + 1 : end]:
            weight, features = scores.get(Role.NOTICE, (0.0, ()))
            scores[Role.NOTICE] = (
                max(weight, scores[Role.BODY][0]) + bonus,
                (*features, "contact-notice"),
            )


CONTACT_NOTICE_SENTENCES = 3
# A notice asks or tells its readers to do something (欢迎来稿, 请凭证件进校, 报名须知); a brief
# that ends on an address or a number (某某图书馆延长开放时间 … 地址：…) only reports.
CALL_WORDS_RE = re.compile(
    r"欢迎|敬请|请(?![求示假教愿客柬帖])|须知|务必|投稿|来稿|征稿|征集|报名|注意事项"
)


def is_plain_sentence(line: Line, scores: Scores) -> bool:
    """Prose only: a closed sentence read as body text, no lead, credit or heading in it."""
    return (
        best_role(scores) is Role.BODY
        and Role.LEAD not in scores
        and Role.BYLINE_OPEN not in scores
        and Role.BYLINE_CLOSE not in scores
        and shapes.is_closed(line.shape)
    )


def item_ends_after(result: list[Scores], index: int) -> bool:
    """The line at `index` (if any) is not the same item's text: the issue's end, the
    page's own line or another heading."""
    if index >= len(result):
        return True
    return best_role(result[index]) in (Role.PAGE, Role.HEAD, Role.NOTICE_HEAD, Role.RUBRIC)


# A story's last sentence asks readers to get in touch: 有知情者请与某某联系。
INVITES_CONTACT_RE = re.compile(r"(?:联系|致电|来电|拨打|咨询)[^。！？]{0,12}[。！]?$")


NOTICE_REACH = 3  # lines: a notice's heading, its text, what to send, where (征稿启事 | …)


def under_notice_heading(result: list[Scores], index: int) -> bool:
    """A notice's heading stands a few lines above: the contact line is the notice's."""
    return any(
        best_role(result[above]) is Role.NOTICE_HEAD
        for above in range(max(0, index - NOTICE_REACH), index)
    )


def mark_invited_contacts(lines: list[Line], result: list[Scores]) -> None:
    """A contact line right under a story's sentence that asks readers to get in touch is
    that story's last line (联系电话：…), not a notice of its own: no notice text stands
    above it, only the story's."""
    for index in range(1, len(lines)):
        above = result[index - 1]
        if (
            is_contact(result[index])
            and Role.BODY in result[index]
            and not in_notice_text(above)
            and best_role(above) in (Role.BODY, Role.LEAD)
            and shapes.is_closed(lines[index - 1].shape)
            and INVITES_CONTACT_RE.search(lines[index - 1].shape)
            and not under_notice_heading(result, index)
        ):
            weight, features = result[index][Role.BODY]
            invited = WEIGHTS["invited-contact"]
            result[index][Role.BODY] = (weight + invited, (*features, "invited-contact"))
