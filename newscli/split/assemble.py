"""Assembly: lines with their decoded roles -> drafts of records."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..schema import Kind
from . import box_shapes, captions, shapes
from .authors import FILED_FROM_RE, REPORTED_RE, byline_authors, filed_from_place
from .cuts import cut_by_layout, goes_on_after_address, surely_cut
from .lines import SHAPE_FOLD
from .name_lines import bare_name, bulleted_byline, pen_name, spaced_name
from .neighbours import verse_lines
from .people import bracketed_byline, name_and_post, opening_byline
from .roles import Role
from .run_in import in_lead_credit, wire_dateline_credit
from .source import Line

R = Role
HEADING_ROLES = {R.HEAD, R.RUBRIC}
ARTICLE_ROLES = {R.HEAD, R.RUBRIC, R.BYLINE_OPEN, R.LEAD, R.BODY, R.CROSS, R.FROM, R.CAPTION}
NOTICE_ROLES = {R.NOTICE, R.NOTICE_MORE, R.NOTICE_HEAD}
NO_JOIN = {R.CROSS, R.BYLINE_OPEN, R.CAPTION}  # a paragraph cut before these is not continued after
# Record kinds as the plain strings records hold (schema.Kind's values).
ARTICLE, NOTICE, MASTHEAD, AD, PAGE = (
    k.value for k in (Kind.article, Kind.notice, Kind.masthead, Kind.ad, Kind.page)
)
ZONE_KIND = {R.PAGE: PAGE, R.MASTHEAD: MASTHEAD, R.AD: AD} | {role: NOTICE for role in NOTICE_ROLES}


@dataclass
class Draft:
    """A record being assembled."""

    kind: str = ARTICLE
    title: str | None = None
    subtitles: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    byline: str | None = None
    authors: list[str] = field(default_factory=list)
    continued_from: int | None = None
    continued_to: int | None = None
    first: int = 0
    last: int = 0
    closed: bool = False  # a closing byline, end mark or （下转） ended it
    open_end: bool = True  # the last paragraph's line could have been cut by the layout
    tail_shape: str = ""  # the last paragraph in simplified script, for the pattern tests
    lead_at: int = 0  # the paragraph the lead opens (a photo's caption may stand before it)
    heading_lines: int = 0  # headline lines so far, rubrics left out

    def touch(self, line: Line) -> None:
        self.first = self.first or line.first
        self.last = line.last

    def add_heading(self, text: str, rubric: bool = False) -> None:
        """The first headline line is the title; rubrics and further lines are the subtitle.
        An article's first headline line that leads in with a dash or a colon (某某回访发现，
        职能部门面对呼声——, 某某镇老街：) is a kicker over the headline under it: that line
        is the title, the kicker the subtitle's. A headline line printed twice in a row (a
        web copy's page title over its heading) is kept once, as SCHEMA keeps 公 告."""
        last = self.subtitles[-1] if self.subtitles else self.title
        if last is not None and shapes.squeeze(text) == shapes.squeeze(last):
            return
        if self.title is None and not rubric:
            self.title = text
        elif not rubric and self.heading_lines == 1 and captions.is_caption(self.title or ""):
            # 某某（右二）向代表团介绍…: a photo's caption printed above the headline it belongs
            # under is the story's first paragraph, as SCHEMA keeps captions
            caption = self.title or ""
            self.paragraphs.append(caption)
            self.tail_shape = caption
            self.title = text
        elif not rubric and self.heading_lines == 1 and kicker_over(self.title or "", text):
            self.subtitles.append(self.title or "")
            self.title = text
        else:
            self.subtitles.append(text)
        self.heading_lines += not rubric

    def add_paragraph(
        self, text: str, join: bool = True, ends_open: bool = True, shape: str | None = None
    ) -> None:
        """Add body text, joining it to the previous paragraph when the page layout cut that
        one (`ends_open`: the layout could have cut the line this text comes from). `shape`:
        the text in simplified script, where the issue is printed in traditional."""
        shape = text if shape is None else shape
        if (
            join
            and self.paragraphs
            and text[:1] not in PARAGRAPH_BULLETS  # ►某某…, ■某某…: each item opens its own
            and (
                (cut_by_layout(self.tail_shape) and (self.open_end or surely_cut(self.tail_shape)))
                or goes_on_after_address(self.tail_shape, shape)
            )
        ):
            self.paragraphs[-1] = shapes.join_cut(self.paragraphs[-1], text)
            self.tail_shape = shapes.join_cut(self.tail_shape, shape)
        else:
            self.paragraphs.append(text)
            self.tail_shape = shape
        self.open_end = ends_open

    def set_byline(self, byline: tuple[str, list[str]]) -> None:
        text, authors = byline
        if self.byline is None:
            self.byline, self.authors = text, list(authors)
        else:  # a second credit line (photos, a second reporter): keep both
            self.byline += " " + text
            self.authors += [a for a in authors if a not in self.authors]

    @property
    def headings_only(self) -> bool:
        return not (self.paragraphs or self.byline or self.continued_from or self.closed)


def kicker_over(first: str, second: str) -> bool:
    """The first headline line leads in to the second (某某说—— | “…”, 某某镇老街： | …), or
    names the series the piece is a part of (美丽乡村行之十六 | …); not a headline the column
    cut at its dash, whose second line goes on with it (…乡村教师某某—— | 记全国优秀教师某某)
    or is a clause of it."""
    if series_label(first) and not series_label(second):
        return not goes_on_headline(second)
    return (
        leads_in_to_next(first)
        and not goes_on_headline(second)
        and not box_shapes.is_notice_title(first.rstrip("—-：: "))  # 遗失声明—— over its text
    )


# 某某行之十六, 学媒退潮2, 某某时事谈（86）, 乡村振兴新观察①: a series' name and the part's
# number, short (…观鸟胜地之一 is one of many, so 之一 is left out, and
# …位列全省第3, 前100, 倒计时100 count something: headlines)
SERIES_LABEL_RE = re.compile(
    rf"^[^。！？]{{2,8}}?(?:之[二三四五六七八九十百][一二三四五六七八九十百]{{0,3}}"
    rf"|(?<=[{shapes.HAN}])(?<![第前后近超达破共约逾时])[0-9０-９]{{1,2}}|[①-⑳]"
    rf"|[（(][0-9０-９{shapes.HAN_NUMERALS}]{{1,4}}[）)])$"
    r"|^[A-Za-z]{2,12} ?[0-9]{1,3}$"  # NEWS 01, Vol 3: a digest's label and the item's number
)


def series_label(text: str) -> bool:
    return bool(SERIES_LABEL_RE.match(text.strip()))


def leads_in_to_next(text: str) -> bool:
    """A headline line that leads in to the next: it ends in a dash or a colon (某某说——,
    某某镇老街：)."""
    return text.rstrip().endswith(("——", "—", "--", "：", ":")) and len(text.rstrip("—-：: ")) >= 2


# A sub-headline's openings: ——记某某, 记某某, 访某某, 写在…之际 (a wrapped headline's dash, then
# what the piece is).
SUB_HEADLINE_OPENINGS = ("——", "—", "记", "記", "访", "訪", "写在", "寫在")


def goes_on_headline(text: str) -> bool:
    return text.startswith(SUB_HEADLINE_OPENINGS) or (
        bool(text) and text.rstrip()[-1:] in "，、；,;"
    )


def line_byline(line: Line) -> tuple[str, list[str]] | None:
    """The byline of a credit line, from its printed text (authors as printed too)."""
    found = (
        bracketed_byline(line.shape)
        or opening_byline(line.shape)
        or bulleted_byline(line.shape)
        or name_and_post(line.shape)  # (before bare_name: 某某某 董事长 is one name and a post)
        or bare_name(line.shape)
        or pen_name(line.shape)
        or spaced_name(line.shape)
    )
    if found is None:
        return None
    text, authors = found
    if line.shape != line.text:  # traditional script: the same positions in the printed text
        start = line.shape.index(text)
        text = line.text[start : start + len(text)]
        authors = [line.text[line.shape.index(a) : line.shape.index(a) + len(a)] for a in authors]
    return text, authors


def set_line_byline(draft: Draft, line: Line) -> None:
    byline = line_byline(line)
    if byline:
        draft.set_byline(byline)


WIRE_TITLE_RE = re.compile(r"电\s*题[：:]")
PARAGRAPH_BULLETS = set(shapes.BULLETS) | set("►▶▷◆◇△▲●○")
# A lead goes on with the item its headline, credit, continuation marker or photo's caption
# opened.
LEAD_FOLLOWS = HEADING_ROLES | {R.BYLINE_OPEN, R.FROM, R.CAPTION}


class Assembler:
    def __init__(self, lines: list[Line], roles: list[Role]):
        self.lines = lines
        self.roles = roles
        self.drafts: list[Draft] = []
        self.draft: Draft | None = None
        self.verse = verse_lines(lines, roles)

    def run(self) -> list[Draft]:
        previous: Role | None = None
        for index, (line, role) in enumerate(zip(self.lines, self.roles)):
            if role in ZONE_KIND:
                self.zone_line(index, line, role, previous)
            else:
                self.article_line(line, role, previous, verse=index in self.verse)
            previous = role
        self.flush()
        return self.drafts

    def flush(self) -> None:
        if self.draft is not None:
            self.drafts.append(self.draft)
        self.draft = None

    def start(self, kind: str = ARTICLE) -> Draft:
        self.flush()
        self.draft = Draft(kind=kind)
        return self.draft

    def current(self, kind: str, previous: Role | None, same: set[Role]) -> Draft:
        if self.draft is None or self.draft.kind != kind or previous not in same:
            return self.start(kind)
        return self.draft

    def after_wire_title(self, previous: Role | None) -> bool:
        """The line above is a wire's title line (新华社北京3月3日电 题：…): its sub-title and
        credit go on with that item."""
        return (
            previous is R.LEAD
            and self.draft is not None
            and bool(WIRE_TITLE_RE.search(self.draft.tail_shape))
        )

    def under_wire_title(self, previous: Role | None, line: Line) -> bool:
        """A dash line right under a wire's title line (…电 题：… | ——专访某某)."""
        return line.shape.startswith(shapes.DASH_STARTS) and self.after_wire_title(previous)

    def opening_credit(self, line: Line, previous: Role | None) -> Draft:
        """A credit under the headline (or under a wire's title line: 新华社记者 某某)."""
        same = HEADING_ROLES | {R.BYLINE_OPEN, R.CAPTION}
        draft = self.current(
            ARTICLE, previous, same | ({R.LEAD} if self.after_wire_title(previous) else set())
        )
        set_line_byline(draft, line)
        return draft

    def article_line(
        self, line: Line, role: Role, previous: Role | None, verse: bool = False
    ) -> None:
        text = line.text
        if role in HEADING_ROLES and self.under_wire_title(previous, line):
            # 某社某地1月12日电 题：… | ——专访某某: the wire's title line, then its sub-title
            draft = self.current(ARTICLE, previous, {R.LEAD})
            draft.add_paragraph(text, join=False, ends_open=line.ends_open, shape=line.shape)
        elif role in HEADING_ROLES:
            draft = self.current(ARTICLE, previous, HEADING_ROLES)
            draft.add_heading(text, rubric=role is R.RUBRIC)
        elif role is R.CAPTION:  # under the headline, before the credit (or the dateline
            # under the credit): a paragraph
            draft = self.current(ARTICLE, previous, HEADING_ROLES | {R.CAPTION, R.BYLINE_OPEN})
            draft.add_paragraph(text, join=False, ends_open=line.ends_open, shape=line.shape)
        elif role is R.BYLINE_OPEN:
            draft = self.opening_credit(line, previous)
        elif role is R.BYLINE_CLOSE:
            draft = self.current(ARTICLE, previous, ARTICLE_ROLES | {R.BYLINE_CLOSE, R.END})
            set_line_byline(draft, line)
            draft.closed = True
        elif role is R.FROM:
            draft = self.current(ARTICLE, previous, HEADING_ROLES | {R.BYLINE_OPEN})
            match = shapes.CONT_FROM_RE.match(line.shape)
            assert match is not None
            draft.continued_from = shapes.page_number(match.group(1) or match.group(2))
            self.body_and_marker(draft, text[match.end() :], line.shape[match.end() :])
        elif role is R.TO:
            closed = self.draft is not None and self.draft.continued_to is None
            draft = self.current(
                ARTICLE, previous, ARTICLE_ROLES | ({R.BYLINE_CLOSE, R.END} if closed else set())
            )
            self.body_and_marker(draft, text, line.shape)
        else:  # lead, body, crosshead, end mark: paragraphs
            same = ARTICLE_ROLES if role is not R.LEAD else LEAD_FOLLOWS
            draft = self.current(ARTICLE, previous, same)
            if role is R.LEAD and previous is R.FROM and draft.paragraphs:
                draft = self.start()
            if role is R.LEAD and (
                previous is R.CAPTION or (previous is R.BYLINE_OPEN and draft.lead_at == 0)
            ):  # (captions, then the credit, then the lead)
                draft.lead_at = len(draft.paragraphs)
            draft.add_paragraph(  # never across a heading or a credit line, nor verse
                text,  # (a lead opens a paragraph, and nothing runs on from a caption)
                join=role not in (R.CROSS, R.LEAD) and previous not in NO_JOIN and not verse,
                ends_open=line.ends_open,
                shape=line.shape,
            )
            if role is R.END:
                draft.closed = True
        draft.touch(line)

    @staticmethod
    def body_and_marker(draft: Draft, text: str, shape: str) -> None:
        """Body text, then a （下转第N版） closing it (a line may hold 上接, text and 下转)."""
        match = shapes.CONT_TO_RE.search(shape)
        rest = shapes.strip_line(text[: match.start()] if match else text)
        if rest:
            draft.add_paragraph(
                rest, shape=shapes.strip_line(shape[: match.start()] if match else shape)
            )
        if match:
            draft.continued_to = shapes.page_number(match.group(1) or match.group(2))
            draft.closed = True

    def zone_line(self, index: int, line: Line, role: Role, previous: Role | None) -> None:
        kind = ZONE_KIND[role]
        if (
            kind == AD
            and previous is R.HEAD
            and self.draft is not None
            and self.draft.headings_only
        ):
            self.draft.kind = AD  # slogans printed above the hotline: lines of the ad
            self.draft.paragraphs = [h for h in [self.draft.title, *self.draft.subtitles] if h]
            self.draft.title, self.draft.subtitles = None, []
            draft = self.draft
        elif kind == NOTICE:
            draft = self.notice_draft(index, line, role, previous)
        elif role is R.PAGE and self.page_turns(index, previous):
            draft = self.start(kind)  # one page's footer, then the next page's header
        else:
            same = {role}
            draft = self.current(kind, previous, same)
        draft.touch(line)
        if role is R.NOTICE_HEAD:
            if all(
                shapes.squeeze(h) != shapes.squeeze(line.text)
                for h in [draft.title or "", *draft.subtitles]
            ):
                draft.add_heading(line.text)  # a heading printed twice is kept once
        else:
            draft.add_paragraph(
                line.text, join=kind == NOTICE, ends_open=line.ends_open, shape=line.shape
            )

    def page_turns(self, index: int, previous: Role | None) -> bool:
        """An editor's credit (a page's foot), then a dated or numbered header line."""
        if previous is not R.PAGE or index == 0:
            return False
        before, line = self.lines[index - 1].shape, self.lines[index].shape
        return box_shapes.is_editor_credit(before) and bool(
            box_shapes.PAGE_NO_RE.search(line) or box_shapes.WEEKDAY_RE.search(line)
        )

    def notice_draft(self, index: int, line: Line, role: Role, previous: Role | None) -> Draft:
        """A notice heading heads the text after it; printed after a notice's text with no
        notice text following, it belongs to the notice before it."""
        draft = self.current(NOTICE, previous, NOTICE_ROLES)
        if role is R.NOTICE_HEAD and previous in (R.NOTICE, R.NOTICE_MORE) and draft.paragraphs:
            if draft.title is not None or self.heads_text(index):
                return self.start(NOTICE)
        return draft

    def heads_text(self, index: int) -> bool:
        for role in self.roles[index + 1 :]:
            if role is not R.NOTICE_HEAD:
                return role in (R.NOTICE, R.NOTICE_MORE)
        return False


def lead_of(
    paragraphs: list[str], shape: str | None = None
) -> tuple[str | None, tuple[str, list[str]] | None]:
    """The dateline lead opening the body, and a credit printed right after it."""
    if not paragraphs:
        return None, None
    first = paragraphs[0]
    shape = (shape if shape is not None and len(shape) == len(first) else first).translate(
        SHAPE_FOLD
    )  # 记者某某∕某地报导: the division slash read as a slash
    match = shapes.LEAD_RE.match(shape)
    offset = match.end() if match else 0
    lead = first[:offset] if match else None
    if match and not shape[offset:].strip() and len(paragraphs) > 1:
        if not wire_dateline_credit(shape[:offset]):  # (（某某社记者某某东京22日专电）: its own)
            # 本报讯 alone on its line, its credit opening the next: （记者 某某）近日，…
            return lead, lead_of(paragraphs[1:])[1]
    # Without a lead, a credit in brackets may open the text: （记者 某某 报道）…
    credit = in_lead_credit(shape[offset:], bracketed_only=not match)
    if credit is None:
        wired = wire_dateline_credit(shape[:offset]) if match else None
        if wired is None:
            return lead, None
        byline, names = wired  # the same positions in the printed text
        start = shape.index(byline)
        at = [start + byline.index(name) for name in names]
        printed = [first[i : i + len(name)] for i, name in zip(at, names)]
        return lead, (first[start : start + len(byline)], printed)
    start, end, authors = credit
    printed = [
        first[offset + shape[offset:].index(a) : offset + shape[offset:].index(a) + len(a)]
        for a in authors
    ]
    byline = first[offset + start : offset + end].strip()
    # 记者某某报导 -> 记者某某; 某某＼台中报导 keeps where it was filed from
    credit = shape[offset + start : offset + end]
    if not (filed_from_place(credit) or FILED_FROM_RE.search(REPORTED_RE.sub("", credit))):
        byline = REPORTED_RE.sub("", byline)
    return lead, (INNER_BRACKETS_RE.sub(" ", byline), printed)  # （记者 某某）（通讯员 某某）


INNER_BRACKETS_RE = re.compile(r"\s*(?:[）)]\s*[（(]|】\s*【|〕\s*〔|[\]］]\s*[\[［])\s*")


__all__ = ["Assembler", "Draft", "lead_of", "byline_authors"]
