"""Features that read the neighbours of a page's boxes: ads, notices and the colophon.

A short line above a shop's hotline is the ad's brand (and its wares side by side are no page
header); the line under a notice heading is its text; the paper's own hotline alone is a
notice, beside the colophon's lines the masthead's; short `label：value` lines in a row are a
list, a notice's or an ad's. Each pass adjusts the scores features.py gave.
"""

from __future__ import annotations

import re

from . import box_shapes, captions, shapes
from .box_shapes import SIGNER_RE
from .roles import WEIGHTS, Role, Scores, best_role
from .source import Line


def mark_masthead_blocks(lines: list[Line], result: list[Scores]) -> None:
    """The lines beside a colophon line are the masthead's too: the paper's name over it, and
    its edition (今日8版　第0000号　农历…, 每周二、五出版　本期8版). Such a line reads as a page
    header only with a date in it."""
    block = [
        index
        for index, scores in enumerate(result)
        if "masthead-line" in scores.get(Role.MASTHEAD, (0.0, ()))[1]
    ]
    while block:  # (the paper's name over its motto over the colophon: a block of them)
        index = block.pop()
        for other in (index - 1, index + 1):
            if 0 <= other < len(result) and beside_masthead(lines[other].shape, result[other]):
                page = result[other].pop(Role.PAGE, None)
                weight = WEIGHTS["masthead-line"]
                result[other][Role.MASTHEAD] = (
                    weight,
                    (*(page[1] if page else ()), "beside-masthead"),
                )
                block.append(other)


def beside_masthead(text: str, scores: Scores) -> bool:
    if Role.MASTHEAD in scores:
        return False
    page = scores.get(Role.PAGE, (0.0, ()))[1]
    if DATED_PAGE_FEATURES.intersection(page) or DAY_RE.search(text):
        return False  # a date or a day of the week: the page's header
    return (
        "paper-name" in page
        or bool(box_shapes.EDITION_RE.search(text))
        or bool(box_shapes.COLOPHON_POST_RE.fullmatch(text.strip()))
    )


DATED_PAGE_FEATURES = {"header-date", "bare-date", "top-date", "editor-credit"}
DAY_RE = re.compile(r"星期|礼拜|(?<![每一至到、上下本])周[一二三四五六日天](?![年末至到、])")


def mark_hotlines_alone(result: list[Scores]) -> None:
    """The paper's own hotline on a line by itself, between prose and the page's foot (某某日报
    新闻热线：…欢迎提供新闻线索): a box of its own, a notice; beside the colophon's lines, the
    masthead's; under a slogan, an ad's. Two or more in a row are the colophon's box of
    hotlines, no notice's contact line."""
    for index, scores in enumerate(result):
        if not is_paper_hotline(scores):
            continue
        above = result[index - 1] if index else {}
        below = result[index + 1] if index + 1 < len(result) else {}
        if is_paper_hotline(above) or is_paper_hotline(below):
            scores.pop(Role.NOTICE, None)
            continue
        # (a headline below is the next item's; a header above is the page's)
        slogan_above = Role.HEAD in above and Role.PAGE not in above
        if not (Role.MASTHEAD in above or slogan_above or Role.MASTHEAD in below):
            scores[Role.NOTICE] = (WEIGHTS["hotline-alone"], ("hotline-alone",))


def is_paper_hotline(scores: Scores) -> bool:
    return "paper-hotline" in scores.get(Role.MASTHEAD, (0.0, ()))[1]


def mark_under_notice_headings(lines: list[Line], result: list[Scores]) -> None:
    """The line under a notice heading (读者热线, 停水通知) may be that notice's text,
    whatever its own shape says (a hotline line looks like the masthead's)."""
    for index in range(len(result) - 1):
        if not box_shapes.is_notice_title(lines[index].shape):
            continue
        if news_follows(result, index):
            result[index].pop(Role.NOTICE_HEAD, None)  # 名单公示 | 我市1镇3村上榜 | 本报讯…
            continue
        below, text = result[index + 1], lines[index + 1].shape
        if (
            Role.NOTICE not in below
            and (
                len(text) <= shapes.HEADLINE_MAX * 2
                or notice_words_follow(result, index + 1)
                or gives_address(text)
            )
            and not box_shapes.is_notice_title(text)
        ):
            below[Role.NOTICE] = (WEIGHTS["under-notice-heading"], ("under-notice-heading",))
        after = index + 1
        while after < len(lines) and is_short_label_line(lines[after].shape):
            after += 1  # 更正 / 期次：第N期 / its text: the heading's label lines, then its text
        if (
            after > index + 1
            and after < len(lines)
            and Role.NOTICE not in result[after]
            and not BOX_OF_LINES_HEADING_RE.search(lines[index].shape)
        ):
            if not box_shapes.is_notice_title(lines[after].shape):
                notice = (WEIGHTS["under-notice-heading"], ("under-notice-heading",))
                result[after][Role.NOTICE] = notice
        if index and heads_the_notice(lines, result, index - 1):
            # 某某县人民政府 over 关于…的通告: the body that issues it; 某某市2024年第一批次
            # 建设用地 over 国有建设用地使用权挂牌出让公告: the heading's first line
            over = (WEIGHTS["notice-heading"], ("over-notice-heading",))
            result[index - 1][Role.NOTICE_HEAD] = over


def gives_address(text: str) -> bool:
    """A paragraph that says where to write or call (来稿请发送至邮箱 某某@…, 咨询电话 …): a
    call for entries or a service notice under its heading, however long; a story under a
    headline shaped like a notice's opens with its own lead (news_follows)."""
    return box_shapes.has_email(text) or box_shapes.has_phone(text)


def news_follows(result: list[Scores], index: int) -> bool:
    """A news lead (本报讯, 某某晚报讯（记者 某某）) within two lines under a heading that ends
    like a notice's (…名单公示): a story's headline; no notice opens with a dateline."""
    return any(
        "lead" in scores.get(Role.LEAD, (0.0, ()))[1]
        for scores in result[index + 1 : index + 1 + NEWS_REACH]
    )


NEWS_REACH = 2  # a headline's deck, then the lead
NOTICE_WORDS_REACH = 3  # lines under a notice heading's long first paragraph
# Headings over a box of label lines and nothing more (天气预报 / 今天：多云 / 明天：晴): the
# text after the labels is the next item's.
BOX_OF_LINES_HEADING_RE = re.compile(r"(?:天气预报|热\s*线|便民\S{0,2}|预\s*告|提\s*示)$")


def notice_words_follow(result: list[Scores], index: int) -> bool:
    """A long paragraph under a notice heading is the notice's where a notice's own words
    (现声明如下：, 特此公告) follow it soon: a news story under a headline that ends like a
    notice's heading (某某发布公告) has none."""
    return any(
        "notice-words" in scores.get(Role.NOTICE, (0.0, ()))[1]
        for scores in result[index + 1 : index + 1 + NOTICE_WORDS_REACH]
    )


def mark_notice_lists(lines: list[Line], result: list[Scores]) -> None:
    """The items under a notice's own text are that notice's, though each reads like a
    story's sentence or a page's line: numbered ones under the line that announces them
    (现将有关事项公告如下： / 一、缴费时间：…。), `label：value` ones under any of its text
    (征集时间：即日起至6月30日)."""
    for index in range(len(result) - 1):
        notice = result[index].get(Role.NOTICE, (0.0, ()))[1]
        if not NOTICE_TEXT_FEATURES.intersection(notice):
            continue
        if "lead" in result[index].get(Role.LEAD, (0.0, ()))[1]:
            continue  # 本报讯 …现将名单进行公示。: a story reports the notice; its list is the story's
        announces = lines[index].shape.rstrip().endswith(("：", ":"))
        end = index + 1
        while end < len(result) and (
            (announces and shapes.NUMBERED_ITEM_RE.match(lines[end].shape))
            or is_short_label_line(lines[end].shape)
        ):
            end += 1
        if end - index <= 2 and not announces:
            continue  # one `label：value` line alone may be the next story's headline (某某：…)
        if heads_a_story(lines, result, end - 1):
            end -= 1  # (投稿邮箱：… / 联系电话：… / 长春：冰雪丹青 over a story's text)
        for item in range(index + 1, end):
            weight = max(WEIGHTS["notice-list"], result[item].get(Role.NOTICE, (0.0,))[0])
            result[item][Role.NOTICE] = (weight, ("notice-list",))


def heads_a_story(lines: list[Line], result: list[Scores], index: int) -> bool:
    """The last `label：value` line of a notice's list that gives no detail (no contact's
    label, no number), over a story's first line (a sentence in no notice's words, a credit,
    a ——deck): the next story's headline (长春：冰雪丹青)."""
    text = lines[index].shape
    return (
        index + 1 < len(lines)
        and Role.HEAD in result[index]
        and not shapes.CONTACT_RE.match(text)
        and not FIELD_LABEL_RE.match(text)
        and not any(char.isdigit() for char in text)
        and opens_a_story(lines[index + 1].shape, result[index + 1])
    )


# A label that names one of a notice's fields (征文对象：, 投稿方式：, 截止时间：): its detail.
FIELD_LABEL_RE = re.compile(
    rf"^[{shapes.HAN}]{{0,4}}(?:对象|体裁|题材|时间|日期|地点|方式|要求|内容|范围|条件|主题|字数|"
    r"截止|奖项|奖励|评选|报名|咨询|网址|热线|联系人|费用|名额|须知|说明|流程)\s*[：:]"
)


def opens_a_story(text: str, scores: Scores) -> bool:
    """A story's first line under its headline: a sentence in no notice's words, a credit,
    a ——deck."""
    notice = scores.get(Role.NOTICE, (0.0, ()))[1]
    return (
        "sentence" in scores.get(Role.BODY, (0.0, ()))[1]
        and not NOTICE_WORDING.intersection(notice)
    ) or (Role.BYLINE_OPEN in scores or text.startswith(("—", "--")))


def is_short_label_line(text: str) -> bool:
    """A short `label：value` line (第一名：某某队, 今天：多云, 地址：…)."""
    return len(text) <= shapes.HEADLINE_MAX and bool(LIST_ITEM_RE.match(text))


# A label of a details line after a space: 受访人：某某　身份：退休职工　订报时间：27年.
LATER_LABEL_RE = re.compile(rf"[\s\u3000][{shapes.HAN}]{{2,5}}[：:]\S")


def has_several_labels(text: str) -> bool:
    """`label：value　label：value` on one short line: a list of details, no headline."""
    return is_short_label_line(text) and bool(LATER_LABEL_RE.search(text))


# A notice's own text (not its contact line, which an ad's lines may follow).
NOTICE_TEXT_FEATURES = {"under-notice-heading", "notice-words", "notice-list"}
NOTICE_WORDING = NOTICE_TEXT_FEATURES | {"before-contact"}  # (what no story's sentence has)


def heads_the_notice(lines: list[Line], result: list[Scores], index: int) -> bool:
    """A body's name, or a heading's first line, over a notice heading, where no notice's
    text runs above it (there, the name signs that notice: 特此公告 / 某某市交通运输局 /
    遗失声明)."""
    text = lines[index].shape
    return (
        (bool(SIGNER_RE.match(text)) or heading_piece(text, result[index]))
        and not indented_over_flush(lines, index)
        and Role.NOTICE_HEAD not in result[index]
        and not box_shapes.DATE_LINE_RE.match(text)  # the date under a notice's signer
        and (index == 0 or not in_notice_text(result[index - 1]))
    )


def heading_piece(text: str, scores: Scores) -> bool:
    """Shaped like a heading's line and like nothing else under a story (its photo's
    caption: 图为…; a line of the story's own, 作者系…)."""
    return (
        Role.HEAD in scores
        and "label-not-headline" not in scores[Role.HEAD][1]
        and not shapes.is_closed(text)
        and not captions.CAPTION_RE.search(text)
        and not captions.GROUP_PHOTO_RE.search(text)  # (…人员合影: a group photo's caption)
        and Role.CAPTION not in scores
        and Role.END not in scores  # …鱼水情！”（某某）: a story's last words and its credit
        and not box_shapes.DATE_STAMP_RE.match(text)  # （20190331）: a posting's date
    )


def indented_over_flush(lines: list[Line], index: int) -> bool:
    """An indented line over a flush one: a paragraph's (a story's last caption, as the
    story's paragraphs are indented) over a heading set flush; a heading's two lines, centred,
    are indented alike."""
    return index + 1 < len(lines) and lines[index].indent and not lines[index + 1].indent


def in_notice_text(scores: Scores) -> bool:
    """A line of a notice's own: its text, or its signer (not a story's line near one)."""
    return Role.NOTICE in scores or "signer" in scores.get(Role.NOTICE_MORE, (0.0, ()))[1]


def mark_ad_heads(lines: list[Line], result: list[Scores]) -> None:
    """A short line right above a shop's hotline (订购热线：…) is that ad's brand or slogan,
    though it is shaped like a headline."""
    for index in range(len(result) - 1):
        text, below = lines[index].shape, lines[index + 1].shape
        if (
            len(text) <= shapes.HEADLINE_MAX
            and len(below) <= shapes.HEADLINE_MAX * 2  # a contact line, not a lead
            and (box_shapes.AD_CONTACT_RE.search(below) or shop_phone(below, lines, index))
            and not shapes.is_closed(text)
            and not box_shapes.is_notice_title(text)
            and not box_shapes.AD_CONTACT_RE.search(text)  # a list of contacts is no brand
            and not shapes.is_closed(below)
            and not box_shapes.PAPER_HOTLINE_RE.search(below)
        ):
            mark_ad_head(result[index])
            mark_brand_above(lines, result, index)
            if index and is_contact(result[index - 1]):
                result[index].pop(Role.NOTICE_MORE, None)  # a notice ends with its contact


def is_contact(scores: Scores) -> bool:
    return "contact-line" in scores.get(Role.NOTICE, (0.0, ()))[1]


def mark_ad_head(scores: Scores) -> None:
    weight, features = scores.get(Role.AD, (0.0, ()))
    scores[Role.AD] = (weight + WEIGHTS["above-ad-contact"], (*features, "above-ad-contact"))
    if Role.PAGE in scores and WEAK_PAGE_FEATURES.issuperset(scores[Role.PAGE][1]):
        del scores[Role.PAGE]  # items side by side over a shop's hotline: its wares, no header


# A page's line by its shape alone, or by a name like a paper's (a headline may end in one:
# 日引月长的世界日报), with no date, page number or editor in it.
WEAK_PAGE_FEATURES = {"segmented-header", "tiny-line", "repeated-line", "paper-name"}


def is_page_header(scores: Scores) -> bool:
    """A line with a page's own marks: a date, a page number, an editor's credit."""
    page = scores.get(Role.PAGE)
    return page is not None and not WEAK_PAGE_FEATURES.issuperset(page[1])


def mark_brand_above(lines: list[Line], result: list[Scores], index: int) -> None:
    """The shop's name over an ad's selling line (某某旅行社 | 海南5日游 2980元/人起 | 咨询…)."""
    above = index - 1
    if (
        above >= 0
        and "selling-words" in result[index][Role.AD][1]
        and Role.AD in result[above]
        and "above-ad-contact" not in result[above][Role.AD][1]
        and not shapes.is_closed(lines[above].shape)
        and not box_shapes.is_notice_title(lines[above].shape)
    ):
        mark_ad_head(result[above])


def shop_phone(text: str, lines: list[Line], index: int) -> bool:
    """电话：… under a box's short lines with no notice's heading over them: a shop's line
    (its service may come first, a space before the number: 国粤英语服务　电话：…)."""
    return (
        any(shapes.CONTACT_RE.match(part) for part in text.split()[:2])
        and box_shapes.has_phone(text)
        and not any(
            box_shapes.is_notice_title(line.shape)
            for line in lines[max(0, index - HEADING_REACH) : index]
        )
    )


HEADING_REACH = 3  # a notice's heading stands this close above its contact line


LIST_ITEM_RE = re.compile(rf"^[{shapes.HAN}0-9０-９]{{1,6}}\s*[：:]\s*\S")


def mark_label_lists(lines: list[Line], result: list[Scores]) -> None:
    """Two or more short lines in a row shaped `label：value` (第一名：某某队, 今天：多云, 地址：…)
    are a list, a notice's or an ad's lines; one alone may be a headline (环卫工：…)."""
    listed = [  # (a site's posting line under a headline, 来源：… 发布时间：…, is no list's)
        is_short_label_line(line.shape) and "web-metadata" not in scores.get(Role.BODY, (0, ()))[1]
        for line, scores in zip(lines, result)
    ]
    start = 0  # where the run of label lines the line is in starts
    for index, scores in enumerate(result):
        if not (index and listed[index - 1]):
            start = index
        in_run = listed[index] and (
            (index > 0 and listed[index - 1]) or (index + 1 < len(lines) and listed[index + 1])
        )
        in_run = in_run or has_several_labels(lines[index].shape)
        if in_run and Role.HEAD in scores:
            weight, features = scores[Role.HEAD]
            scores[Role.HEAD] = (weight + WEIGHTS["listed"], (*features, "listed"))
            if Role.BODY in scores and under_a_headline(result, start):
                # 人物：某某 身份：…: who the story under the headline is about, its lines
                weight, features = scores[Role.BODY]
                scores[Role.BODY] = (weight + WEIGHTS["listed-line"], (*features, "listed"))


def under_a_headline(result: list[Scores], index: int) -> bool:
    """The line above `index` reads as a headline most of all (not a story's text, where
    two label-shaped lines may be the next item's headline and sub-headline)."""
    above = result[index - 1] if index else {}
    return Role.HEAD in above and best_role(above) is Role.HEAD


# A list item's number: 1.… / 1、… / 一、… (5.34.7℃！… is item 5).
LIST_NUMBER_RE = re.compile(r"^(?:([0-9]{1,2})[.、．]|([一二三四五六七八九十])、)")
LIST_ITEM_REACH = 3  # an item's number, then a line or two of its own (时间：… 热度：★★★)
LIST_ITEMS_MIN = 3
# An ad's line by its shape alone (a short line, a `时间：…` detail), no shop's mark in it.
WEAK_AD_FEATURES = {"ad-detail", "short-ad-line"}


def mark_numbered_lists(lines: list[Line], result: list[Scores]) -> None:
    """Three or more short lines numbered in sequence (1.… 2.… 3.…), each with the same
    number of lines of its own under it, are a story's list (a column's top ten, with each
    post's date), not an ad's lines, unless one of them has a shop's mark (a hotline, a
    price, selling words)."""
    for items in numbered_runs(lines):
        step = items[1] - items[0]
        if any(b - a != step for a, b in zip(items, items[1:])):
            continue  # items of uneven length: a story's numbered paragraphs, a notice's terms
        span = range(items[0], min(len(lines), items[-1] + step))
        if all(WEAK_AD_FEATURES.issuperset(result[i].get(Role.AD, (0.0, ()))[1]) for i in span):
            for i in span:
                result[i].pop(Role.AD, None)


def numbered_runs(lines: list[Line]) -> list[list[int]]:
    """The indexes of short lines numbered 1, 2, 3… in a row, each within reach of the last."""
    runs: list[list[int]] = []
    run: list[int] = []
    last = 0
    for index, line in enumerate(lines):
        number = list_number(line.shape) if len(line.shape) <= shapes.HEADLINE_MAX else None
        if number is None:
            continue
        if run and number == last + 1 and index - run[-1] <= LIST_ITEM_REACH:
            run.append(index)
        else:
            if len(run) >= LIST_ITEMS_MIN:
                runs.append(run)
            run = [index] if number == 1 else []
        last = number
    if len(run) >= LIST_ITEMS_MIN:
        runs.append(run)
    return runs


def list_number(text: str) -> int | None:
    match = LIST_NUMBER_RE.match(text)
    if match is None:
        return None
    if match.group(1):
        return int(match.group(1))
    return "一二三四五六七八九十".index(match.group(2)) + 1


SIGNER_LINE_MAX = 24


def keep_dates_under_signers(lines: list[Line], result: list[Scores]) -> None:
    """A full date alone (2008年12月3日) under a notice's signer or text dates that notice:
    no headline (a date over a feature's headline, 1978年12月18日, may be its kicker)."""
    for index in range(1, len(lines)):
        scores, above = result[index], result[index - 1]
        if (
            Role.HEAD in scores
            and box_shapes.DATE_LINE_RE.match(lines[index].shape)
            and (
                signs_the_notice(lines[index - 1].shape, above)
                or (
                    worded_notice(lines[index - 1].shape, above)
                    and under_a_notice_heading(result, index - 1)
                )
            )
        ):
            del scores[Role.HEAD]


def signs_the_notice(text: str, scores: Scores) -> bool:
    """A notice's signer, or a short line of its text: not a story's sentence."""
    return (
        len(text) <= SIGNER_LINE_MAX
        and not shapes.is_closed(text)
        and (
            any(scores.get(role, (0.0,))[0] > 0 for role in (Role.NOTICE, Role.NOTICE_MORE))
            or "signature" in scores.get(Role.BODY, (0.0, ()))[1]
        )
    )


NOTICE_CLOSING_RE = re.compile(rf"(?:作废|(?:特此|谨此)[{shapes.HAN}]{{2}})[。！!]?$")


def worded_notice(text: str, scores: Scores) -> bool:
    """A notice's sentence that ends in its closing formula (…不慎遗失…，声明作废。, …特此公告。):
    a loss notice's date may follow it with no signer between (a story's sentence may name a
    公示 and a date over a feature follow it)."""
    return (
        "notice-words" in scores.get(Role.NOTICE, (0.0, ()))[1]
        and NOTICE_CLOSING_RE.search(text) is not None
    )


NOTICE_HEADING_REACH = 8  # lines from a notice's heading to its last entry


def under_a_notice_heading(result: list[Scores], index: int) -> bool:
    """A notice heading within reach above line `index`, and no story's lead between (a story
    reporting that a card 将全部作废。 is no notice)."""
    for above in range(index - 1, max(-1, index - 1 - NOTICE_HEADING_REACH), -1):
        if "lead" in result[above].get(Role.LEAD, (0.0, ()))[1]:
            return False
        if Role.NOTICE_HEAD in result[above]:
            return True
    return False
