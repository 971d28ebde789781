"""Features that read a line's neighbours: where the line stands decides what it may be.

A label over a longer headline is its column's rubric (captions, a site's lines and photo
news, what stands between a headline and its text: head_matter.py); a poem's verse under its poet is its text; two or three characters under a headline sign it
(the neighbours of ads, notices and the colophon: boxes.py). And the cohesion test: where the
decoder started a new article right after body text, the words on the heading's two sides
tell whether one story goes on (cohesion.py). Each pass adjusts the scores features.py gave.
"""

from __future__ import annotations

import re

from . import cohesion, shapes
from .boxes import is_page_header
from .head_matter import EDITORS_NOTE_RE, is_photo_credit_line, opens_with_dateline
from .name_lines import pen_name, spaced_name
from .people import name_and_post
from .roles import WEIGHTS, Role, Scores, best_role
from .source import Line
from .web_lines import PAPER_DATE

# One story going on across a heading longer than this does not make it a crosshead (of 165
# real crossheads harvested, 19 run past 20 characters, 9 past 24 and one past 30; mainland
# papers set two-part crossheads of 25 to 30, 优化营商环境 为…提供全方位要素保障服务): it
# would only make a headline the story's text.
CROSSHEAD_SURE_MAX = 30
SAME_STORY = 0.3  # cohesion.overlap across a line where one story goes on (tuning: 0.28-0.36)
ONE_STORY = 0.4  # above which no new article of the tuning issues starts
NEW_STORY = 0.15  # and below which two stories meet (no crosshead of the tuning issues has less)
LIKELY_NEW_STORY = 0.18  # below which two stories meet more often than one goes on


VERSE_RUN = 4  # short lines in a row: more than a heading group ever has


def mark_verse(lines: list[Line], result: list[Scores]) -> None:
    """A run of four or more short lines under a credit, each of which could be a heading and
    nothing else, is a poem's verse, not a heading group: headings come one to three at a
    time, and a poem is printed title, poet, verse. The line right above a credit is the next
    poem's title and ends a run (收麦 | □ 王某某)."""
    index, poem_end = 0, -1
    while index < len(lines):
        end = index
        while end < len(lines) and verse_like(result, end, lines[end].shape):
            end += 1
        credited = index > 0 and is_credit(result[index - 1])
        # the poem goes on past one line that broke the run (加油啊, a cry that reads like a
        # name): the next run right under it is the same poem's verse
        goes_on = index == poem_end + 1 and Role.BODY in result[poem_end]
        # a shorter run under a poem's title and poet that the page's foot ends: no heading
        # group, whose item would have text under it (八月情浓 | □某某 | three lines | 编辑：某某)
        at_foot = end >= len(lines) or best_role(result[end]) is Role.PAGE
        under_title = index > 1 and best_role(result[index - 2]) is Role.HEAD
        if (
            (credited and end - index >= VERSE_RUN)
            or (goes_on and end - index >= 2)
            or (credited and under_title and at_foot and end - index >= 2)
        ):
            for scores in result[poem_end if goes_on else index : end]:
                weight, features = scores[Role.BODY]
                scores[Role.BODY] = (weight + WEIGHTS["verse-line"], (*features, "verse-line"))
            poem_end = end
        index = end + 1


# A heading that names its piece a poem: 诗歌《路》某某, 光的儿子（诗歌 作者 某某）, 某某（组诗）,
# 某某（外一首）, 某某诗二首. Verse follows it (mark_titled_verse), though the poet's name may
# stand in the heading, with no credit line before the verse.
POEM_TITLE_RE = re.compile(
    r"^(?:诗歌|组诗|新诗|散文诗|古体诗)[ \u3000]*[《：:]"
    r"|[（(](?:诗歌|组诗|新诗|散文诗|古体诗)(?:[ \u3000]|[）)])"
    r"|[（(]外[一二三四五]首[）)]|诗[二三四五六七八九十]首"
)
POEM_PROSE_MIN = 40  # characters: a line this long is a prose paragraph, past the poem


def poem_title(text: str) -> bool:
    return len(text) <= shapes.HEADLINE_MAX and bool(POEM_TITLE_RE.search(text))


def mark_titled_verse(lines: list[Line], result: list[Scores]) -> None:
    """Under a heading that names its piece a poem, or a credit over a run of short lines (a
    poem's poet, then its verse), every line is the poem's, whatever else a short line might
    be (一百年前, 从此: no rubric, no pen name, no heading), up to the next poem's heading, the
    page's furniture, a credit, or a prose paragraph (the line right above those two is the
    next piece's headline, so it is left as it was)."""
    index = 0
    while index < len(lines):
        if not poem_starts(lines, result, index):
            index += 1
            continue
        if (
            poem_title(lines[index].shape)
            and index + 1 < len(lines)
            and is_credit(result[index + 1])
        ):
            index += 1  # the poet under the poem's heading (某某（组诗） | 高峰): a credit still
        end = index + 1
        while end < len(lines) and in_poem(lines, result, end):
            end += 1
        last = end
        if end < len(lines) and (
            poets_credit(lines, result, end) or lines[end].shape[:1] in LIST_BULLETS
        ):
            last = end - 1  # the next piece's title over its writer, or a list's over its items
        elif end < len(lines) and opens_prose(lines[end], result[end]):
            # the next piece's headline over its text, or over a posting's date line there
            # (headline | 2017/11/08 某某中文报 | 【本报讯】…)
            last = end - 2 if PAPER_DATE_RE.match(lines[end - 1].shape) else end - 1
        for scores in result[index + 1 : last]:
            for role in VERSE_RIVALS.intersection(scores):
                del scores[role]
            weight, features = scores[Role.BODY]
            scores[Role.BODY] = (weight + WEIGHTS["verse-line"], (*features, "verse-line"))
        index = end


def ends_with_full_stop(text: str) -> bool:
    """。！？ after any closing quotes: a sentence's end (a verse line may end on ，, ； or …,
    which shapes.is_closed counts too)."""
    return text.rstrip("”’」』").endswith(("。", "！", "？"))


def titled_above(lines: list[Line], result: list[Scores], index: int) -> bool:
    """A title over the credit, maybe a posting's date line between (梦中老家 | 版次：A04
    2023年08月07日 | 某某): a poet's credit, where a story's closing credit has text above."""
    above = index - 1
    if above > 0 and PAPER_DATE_RE.search(lines[above].shape):
        above -= 1
    return above >= 0 and Role.HEAD in result[above]


PAPER_DATE_RE = re.compile(PAPER_DATE)  # 2017/11/08, 2023年08月07日


def opens_prose(line: Line, scores: Scores) -> bool:
    """A prose paragraph: long, or opening with a dateline (本报讯…), however short."""
    return len(line.shape) >= POEM_PROSE_MIN or scores.get(Role.LEAD, (0.0,))[0] > 0


LIST_BULLETS = set(shapes.BULLETS) | set("·•・")
POEM_SHORT_RUN = 6  # short lines in a row under a credit: verse (no story's text runs so)


def poem_starts(lines: list[Line], result: list[Scores], index: int) -> bool:
    """A heading that names a poem over lines of verse (a news item's headline may name one
    over its story's sentences), or a credit over six short lines or more, none a label's."""
    if poem_title(lines[index].shape):
        first = index + 2 if index + 1 < len(lines) and is_credit(result[index + 1]) else index + 1
        verse = lines[first : first + VERSE_RUN]
        sentences = sum(ends_with_full_stop(line.shape) for line in verse)
        return Role.HEAD in result[index] and len(verse) == VERSE_RUN and sentences <= 1
    run = lines[index + 1 : index + 1 + POEM_SHORT_RUN]
    return (
        is_credit(result[index])
        and titled_above(lines, result, index)
        and len(run) == POEM_SHORT_RUN
        and all(len(line.shape) <= VERSE_LINE_MAX and "：" not in line.shape for line in run)
        # (half the lines or fewer end a sentence: short prose ends each on its full stop)
        and sum(ends_with_full_stop(line.shape) for line in run) <= POEM_SHORT_RUN // 2
    )


def in_poem(lines: list[Line], result: list[Scores], index: int) -> bool:
    line, scores = lines[index], result[index]
    return (
        Role.BODY in scores
        and line.shape[:1] not in LIST_BULLETS  # (本版新闻 | ·某某…: a box listing the page)
        and not poem_title(line.shape)
        and not opens_prose(line, scores)
        and not poets_credit(lines, result, index)
        and best_role(scores) not in (Role.PAGE, Role.BYLINE_CLOSE, Role.NOTICE_HEAD)
    )


def poets_credit(lines: list[Line], result: list[Scores], index: int) -> bool:
    """The next piece's writer: a credit, but not a word that only might be a name right under
    the poet (□王某某 | 井口: the verse's first word) or under a line left hanging on a
    particle (传送原料和燃料的 | 皮带: the verse goes on; a title over its writer ends on no 的)."""
    scores = result[index]
    if not is_credit(scores):
        return False
    return not (
        scores[Role.BYLINE_OPEN][1] == ("bare-name",)
        and (is_credit(result[index - 1]) or lines[index - 1].shape[-1:] in HANGING_ENDS)
    )


HANGING_ENDS = set("的地得了着和与及在把被从向对为将")


# What a short line of verse might otherwise be read as: a heading, a label, a poet.
VERSE_RIVALS = {Role.HEAD, Role.RUBRIC, Role.CROSS, Role.BYLINE_OPEN, Role.CAPTION}


VERSE_LINE_MAX = 20  # characters: a verse line (a prose paragraph runs longer)
VERSE_STARTS = {Role.HEAD, Role.BYLINE_OPEN}  # a poem's title, its poet


def verse_lines(lines: list[Line], roles: list[Role]) -> set[int]:
    """After decoding: four or more short body lines in a row right under a headline or a
    credit are a poem's verse, one paragraph each (泛黄的页面已爬满印圈， | 面糊的牵拉，…),
    not a paragraph the page cut at its commas; so are lines of one measure under a
    crosshead (a poem's title in a series). (mark_verse, before decoding, reads verse that
    could be headings: lines with no closing mark.)"""
    found: set[int] = set()
    index = 1
    while index < len(lines):
        end = index
        poem = poem_title(lines[index - 1].shape) and roles[index - 1] is Role.HEAD
        longest = POEM_PROSE_MIN - 1 if poem else VERSE_LINE_MAX
        while end < len(lines) and roles[end] is Role.BODY and len(lines[end].text) <= longest:
            end += 1
        if poem:
            found.update(range(index, end))  # verse under a heading that names it a poem
        elif (
            end - index >= VERSE_RUN
            and (
                roles[index - 1] in VERSE_STARTS
                # under a poem's own title in a series (a crosshead): lines of one measure
                or (roles[index - 1] is Role.CROSS and one_measure(lines[index:end]))
            )
        ):
            found.update(range(index, end))
        index = end + 1
    return found


def one_measure(lines: list[Line]) -> bool:
    """Lines of one length, give or take a mark: classical verse (董子三年不窥园，)."""
    sizes = [len(line.text) for line in lines]
    return max(sizes) - min(sizes) <= 1


def verse_like(result: list[Scores], index: int, text: str = "") -> bool:
    scores = result[index]
    if Role.HEAD not in scores or Role.BODY not in scores:
        return False
    below = result[index + 1] if index + 1 < len(result) else {}
    others = ITEM_ROLES
    if text[:1] in "「“『" and QUOTED_LINE_RE.fullmatch(text) and between_verse(result, index):
        others = ITEM_ROLES - {Role.RUBRIC}  # 「交大传科」 between two short lines: one of them
    return (
        not any(scores[role][0] > 0 for role in others.intersection(scores))
        and not is_credit(below)
        and not opens_with_dateline(below)  # (the next item's headline, over its 本报讯)
    )


QUOTED_LINE_RE = re.compile(r"「[^「」]+」|“[^“”]+”|『[^『』]+』")


def between_verse(result: list[Scores], index: int) -> bool:
    """A line that is all one quotation reads as a rubric's bracket; between two short lines
    of verse (a question, its answer in quotes, the next question) it is one of them, but at a
    run's head it may be a rubric over headlines (「三农观察」 | 小小菌菇 | …)."""
    return (
        0 < index < len(result) - 1
        and verse_like(result, index - 1)
        and verse_like(result, index + 1)
    )


def is_credit(scores: Scores) -> bool:
    """A credit by its shape (a pen name alone is only a short line that might be one)."""
    return Role.BYLINE_OPEN in scores and scores[Role.BYLINE_OPEN][1] != ("pen-name",)


# Readings that make a short line something other than verse, where they score above nothing.
ITEM_ROLES = {
    Role.PAGE,
    Role.AD,
    Role.NOTICE,
    Role.NOTICE_HEAD,
    Role.MASTHEAD,
    Role.BYLINE_OPEN,
    Role.RUBRIC,
}


def mark_pen_names(lines: list[Line], result: list[Scores]) -> None:
    """Two or three characters alone right under a headline sign the piece, whatever the
    surname (秀绿, a pen name): a heading that short stands above a headline, not under it.
    So does a two-character name spaced to the column's width (刘 朴)."""
    for index in range(1, len(lines)):
        scores = result[index]
        if (
            Role.BYLINE_OPEN not in scores
            and Role.HEAD in result[index - 1]
            and not is_page_header(result[index - 1])  # (under it: a headline)
            and pen_name(lines[index].shape)
        ):
            scores[Role.BYLINE_OPEN] = (WEIGHTS["pen-name"], ("pen-name",))
        elif (
            Role.HEAD in result[index - 1]
            and not is_page_header(result[index - 1])
            and spaced_name(lines[index].shape)
        ):
            scores[Role.BYLINE_OPEN] = (WEIGHTS["bare-name"], ("bare-name",))  # 刘 朴


def drop_names_under_the_header(result: list[Scores]) -> None:
    """A bare name first on the page, or right under its header, credits no headline (there
    is none above it): it heads what follows (简讯 over ● briefs), a byline only by its look."""
    for index, scores in enumerate(result):
        bare = "bare-name" in scores.get(Role.BYLINE_OPEN, (0.0, ()))[1]
        if bare and Role.HEAD in scores and (index == 0 or is_page_header(result[index - 1])):
            scores.pop(Role.BYLINE_OPEN)
            scores.pop(Role.BYLINE_CLOSE, None)


def mark_retold_headlines(lines: list[Line], result: list[Scores]) -> None:
    """A long heading-shaped line whose next paragraph's first sentence tells it again (县人大
    召开换届选举工作会议 | 近日，县人大召开换届选举工作会议…) is a news item's headline, not a
    line of the story above (see lead_retells)."""
    for index in range(len(lines) - 1):
        head = result[index].get(Role.HEAD)
        if (
            head
            and "indented" not in head[1]  # (headings are flush where indents open paragraphs)
            and lead_retells(lines[index].shape, lines[index + 1].shape)
        ):
            bonus = WEIGHTS["retold-headline"]
            result[index][Role.HEAD] = (head[0] + bonus, (*head[1], "retold-headline"))


def mark_signers_under_headlines(lines: list[Line], result: list[Scores]) -> None:
    """A whole name and a post right under a headline and over the text (致辞 | 某某某 校长 |
    各位来宾…) is the speech's or the piece's credit line (people.name_and_post)."""
    for index in range(1, len(lines) - 1):
        if not name_and_post(lines[index].shape):
            continue
        above, below = result[index - 1], result[index + 1]
        if (
            best_role(above) is Role.HEAD
            and len(lines[index + 1].shape) > shapes.HEADLINE_MAX
            and best_role(below) in (Role.BODY, Role.LEAD)
        ):
            credit = (WEIGHTS["byline-shaped"], ("byline-shaped", "signer-under-headline"))
            result[index][Role.BYLINE_OPEN] = credit


def drop_names_opening_after_text(result: list[Scores]) -> None:
    """Two or three characters alone between two paragraphs of text open no untitled item as
    its writer's name (no tuning gold has such an item): they close the story above, or head
    a part of it (原理, a two-character crosshead that starts with a surname)."""
    for index in range(1, len(result) - 1):
        scores = result[index]
        bare = "bare-name" in scores.get(Role.BYLINE_OPEN, (0.0, ()))[1]
        above, below = result[index - 1], result[index + 1]
        if (
            bare
            and best_role(above) is Role.BODY
            and Role.CAPTION not in above  # a paragraph too long for a photo's caption or a
            # verse line above (under those, a name signs the photo, the poem or the story)
            and best_role(below) in (Role.BODY, Role.LEAD)
        ):
            scores.pop(Role.BYLINE_OPEN)


def is_bulleted_brief(scores: Scores) -> bool:
    lead = scores.get(Role.LEAD)
    return bool(lead) and "bulleted-paragraph" in lead[1]


def is_heading(scores: Scores) -> bool:
    """Shaped as a heading more than as text."""
    return Role.HEAD in scores and scores[Role.HEAD][0] > scores[Role.BODY][0]


def keep_briefs_under_their_heading(lines: list[Line], result: list[Scores]) -> None:
    """A run of bulleted briefs (●…, △…) each opens an untitled item of its own, unless a
    heading stands right above the run: then it is that column's briefs (城事速览 ●… ●…), the
    paragraphs of one item. The run counts every bulleted paragraph, short ones too (●1983年
    9月，…迁往…。 in a paper's timeline)."""
    index = 0
    while index < len(result):
        if not is_bulleted_brief(result[index]):
            index += 1
            continue
        start = index
        while start > 0 and is_bulleted_text(lines[start - 1], result[start - 1]):
            start -= 1
        end = index
        while end + 1 < len(result) and (
            is_bulleted_brief(result[end + 1]) or is_bulleted_text(lines[end + 1], result[end + 1])
        ):
            end += 1
        if start > 0 and (
            is_heading(result[start - 1]) or leads_in(lines[start - 1], result[start - 1])
        ):
            for scores in result[index : end + 1]:
                scores.pop(Role.LEAD, None)
        index = end + 1


def leads_in(line: Line, scores: Scores) -> bool:
    """A paragraph of text that ends in a colon (采访全文如下：, 具体措施有：) leads in to what
    follows: bulleted questions or points under it are its story's, not briefs of their own."""
    return best_role(scores) is Role.BODY and line.shape.rstrip().endswith(("：", ":"))


def open_brief_columns(lines: list[Line], result: list[Scores]) -> None:
    """A column of briefs' label alone on its line (简讯, 要闻简报, 华埠时讯) heads the briefs
    under it, after a story as much as first on a page: never that story's crosshead, nor a
    writer's name (简 is a surname), nor a dateline. A label a story's part may carry too
    (行业动态, 市场快报) heads a column only over bulleted briefs (政法动态 | ●…)."""
    for index, (line, scores) in enumerate(zip(lines, result)):
        label = shapes.brief_column_label(line.shape)
        if label is None:
            continue
        if Role.LEAD in scores and Role.HEAD not in scores:  # 华埠时讯 alone: read as 某某讯
            scores[Role.HEAD] = (WEIGHTS["headline-shaped"], ("headline-shaped",))
        if Role.HEAD not in scores:
            continue
        for role in (Role.BYLINE_OPEN, Role.BYLINE_CLOSE, Role.LEAD):
            scores.pop(role, None)
        below = lines[index + 1].shape if index + 1 < len(lines) else ""
        if shapes.BRIEFS_ONLY_RE.search(label) or below[:1] in shapes.BRIEF_BULLETS:
            scores.pop(Role.CROSS, None)


QUOTE_PAIRS = ("《》", "「」", "“”", "『』")
QUOTE_REACH = 20  # lines back where a quotation the line closes may have opened


def keep_quotations_whole(lines: list[Line], result: list[Scores]) -> None:
    """A short line that closes a quotation a paragraph above opened (《某某公所主席暨董事
    仝人启： | … | 主席某某 2022年4月10日》: a letter quoted whole, its signature last) is the
    quotation's last line, not a heading: a headline never closes what it did not open."""
    for index, (line, scores) in enumerate(zip(lines, result)):
        if Role.HEAD not in scores or Role.BODY not in scores:
            continue
        for left, right in QUOTE_PAIRS:
            if line.shape.count(right) > line.shape.count(left) and opened_above(
                lines, result, index, left, right
            ):
                for role in [role for role in scores if role is not Role.BODY]:
                    del scores[role]  # (a signature's date closing it is no page's header)
                break


def opened_above(
    lines: list[Line], result: list[Scores], index: int, left: str, right: str
) -> bool:
    """A line of prose within reach above opens the pair and nothing closes it on the way."""
    depth = 0
    for above in range(index - 1, max(-1, index - 1 - QUOTE_REACH), -1):
        text = lines[above].shape
        depth += text.count(left) - text.count(right)
        if depth > 0:
            return Role.HEAD not in result[above]
    return False


def is_bulleted_text(line: Line, scores: Scores) -> bool:
    """A bulleted paragraph too short to be offered as a brief: body text all the same."""
    return (
        line.shape[:1] in shapes.BRIEF_BULLETS and Role.BODY in scores and Role.HEAD not in scores
    )


# The heading of a column's opening note (开栏语), which the paper writes itself and no one
# signs. (编者按 heads a story's own text and 编后 closes it: those are the story's.)
EDITORS_HEADING_RE = re.compile(r"^[【\[]?(?:开栏语|开栏的话)[】\]]?$")


def offer_editors_notes(lines: list[Line], result: list[Scores]) -> None:
    """The first paragraph under a column's opening-note heading (开栏语, 开栏的话), or an
    editor's note alone under any heading (编者按：…, the column's note at the page's foot),
    opens that item as a credit would: the paper speaks and signs nothing, so the heading is
    no crosshead of the story before, credited or not."""
    for index in range(len(lines) - 1):
        below = result[index + 1]
        if (
            (
                EDITORS_HEADING_RE.match(lines[index].shape)
                or EDITORS_NOTE_RE.match(lines[index + 1].shape)
            )
            and Role.HEAD in result[index]
            and Role.BODY in below
            and Role.LEAD not in below
        ):
            weight, features = below[Role.BODY]
            if EDITORS_HEADING_RE.match(lines[index].shape):
                below[Role.LEAD] = (
                    weight + WEIGHTS["under-editors-heading"],
                    (*features, "under-editors-heading"),
                )
            elif note_alone(result, index + 1):
                below[Role.LEAD] = (weight, (*features, "editors-note-opens"))


NOTE_REACH = 4  # lines of an editor's note, before the item's credit


def note_alone(result: list[Scores], index: int) -> bool:
    """The editor's note on line `index` is all its heading's item holds: no text goes on
    under it (a feature's crosshead may stand over a letter and its note) and no credit
    follows within reach (with one, the note keeps a caption's place before it)."""
    after = result[index + 1] if index + 1 < len(result) else {}
    return "sentence" not in after.get(Role.BODY, (0.0, ()))[1] and not any(
        Role.BYLINE_OPEN in scores for scores in result[index + 1 : index + 1 + NOTE_REACH]
    )


def offer_untitled_start(scores: Scores) -> None:
    """After a gap that ends items, body text may open an untitled item: offer it as a lead."""
    if Role.BODY in scores and Role.LEAD not in scores:
        scores[Role.LEAD] = (scores[Role.BODY][0], (*scores[Role.BODY][1], "after-gap"))


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


def words_may_decide(result: list[Scores], first: int, last: int) -> bool:
    """Whether the heading group's words may decide between headline and crosshead: not
    once read, nor where its shape has: photo news after photo news (each closes with its
    photo's credit), a credit or a site's posting line under it (a headline whatever the
    words)."""
    scores = result[first]
    if Role.CROSS not in scores or Role.HEAD not in scores:
        return False
    features = set(scores[Role.HEAD][1])
    if COHESION_MARKS & features or "over-posting-line" in features:
        return False
    if "photo-news" in features and first and is_photo_credit_line(result[first - 1]):
        return False
    following = result[last + 1] if last + 1 < len(result) else {}
    return Role.LEAD not in following and Role.BYLINE_OPEN not in following


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
        if not words_may_decide(result, first, last):
            continue
        before, after = cohesion.around(texts, first, last=last)
        cohesion_across = cohesion.overlap(before, after)
        title = (titles or {}).get(first)
        if title is not None and same_template(texts[first], texts[title]):
            # 区政府召开第38次常务会议 under 区政府召开第39次常务会议's story: the next of a
            # series of items, each headed alike (a section never repeats its headline)
            mark_heading(result, first, last, "new-story")
            marked = True
            continue
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
        if WEIGHTS[mark] < 0 and min(map(len, texts[first : last + 1])) > CROSSHEAD_SURE_MAX:
            continue  # (a heading too long for a crosshead: the story's text it would become)
        if (
            WEIGHTS[mark] < 0
            and last + 1 < len(texts)
            and lead_retells(texts[last], texts[last + 1])
        ):
            continue  # (a headline its story's first sentence tells again: a news item's)
        marked = mark_heading(result, first, last, mark) or marked
    return marked


def mark_heading(result: list[Scores], first: int, last: int, mark: str) -> bool:
    """Add a cohesion mark to the headline scores of the group's lines that could be
    crossheads; True if any was marked."""
    marked = False
    for scores in result[first : last + 1]:
        if Role.CROSS in scores and Role.HEAD in scores:
            weight, features = scores[Role.HEAD]
            scores[Role.HEAD] = (weight + WEIGHTS[mark], (*features, mark))
            marked = True
    return marked


NUMBERS_RE = re.compile(r"[0-9０-９〇零一二三四五六七八九十百千]+")


def same_template(heading: str, title: str) -> bool:
    """The heading is its article's headline again, but for its numbers (第38次 for 第39次).
    (Word for word, it is a line a site repeats under each headline: 手机读报看新闻…)"""
    return (
        len(heading) >= SERIES_TITLE_MIN
        and heading != title
        and NUMBERS_RE.sub("#", heading) == NUMBERS_RE.sub("#", title)
    )


SERIES_TITLE_MIN = 6


COHESION_MARKS = {"same-story", "one-story", "new-story", "likely-new-story"}

ECHO = 0.6  # share of a heading's characters found in its article's headline


# A news item's first sentence tells its headline's event again (县政府召开常务会议 | 1月7日，
# 县政府召开第13次常务会议…): the share of the headline's character pairs it takes up. In the
# tuning golds, of the headlines of 15 Han characters or more after another story's text, 41
# of 122 reach 0.6; of the crossheads that long, none of 29 (short ones do: 延续上年四季度回升态势).
LEAD_RETELLS = 0.6
# A news lead says when (6月2日，…; 近日，…; 昨天上午…); a report's section that opens by
# restating its crosshead (以高质量党建引领…，是…; 2023年，某某区坚持…: a year is a review's, not a
# day's news) does not: in the tuning golds most long headlines retold have a day or a time word
# in that sentence.
WHEN_RE = re.compile(
    r"\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}日|[近昨今前明][日天]|日前|近期|[上下中][午旬]"
    r"|晚上|凌晨|月[初底末]|前夕|期间|[一二三四五六七八九十]+月"
)
RETOLD_PAIRS_MIN = 14  # (15 Han characters)
FIRST_SENTENCE_RE = re.compile(r"[^。！？!?]*")


def lead_retells(heading: str, text: str) -> bool:
    pairs = han_pairs(heading)
    if len(pairs) < RETOLD_PAIRS_MIN:
        return False
    sentence = FIRST_SENTENCE_RE.match(text).group()
    return (
        len(pairs & han_pairs(sentence)) >= LEAD_RETELLS * len(pairs)
        and WHEN_RE.search(sentence) is not None
    )


def han_pairs(text: str) -> set[str]:
    han = "".join(shapes.HAN_CHARS_RE.findall(text))
    return {han[i : i + 2] for i in range(len(han) - 1)}


def echoes(heading: str, title: str) -> bool:
    """Most of the heading's Han characters are its article's headline's too."""
    own = set(shapes.HAN_CHARS_RE.findall(heading))
    return len(own) >= 3 and len(own & set(title)) >= ECHO * len(own)
