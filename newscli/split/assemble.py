"""Assemble shaped lines into records: headlines, body paragraphs, bylines, markers, zones."""
from __future__ import annotations

from dataclasses import dataclass, field

from . import shapes
from .lines import Line, Shape
from .people import byline_authors
from .zones import Zone

# Shapes that, right after a headline group, confirm it opens an article.
ARTICLE_OPENERS = {Shape.CONT_FROM, Shape.OPENING_BYLINE, Shape.BYLINE}


@dataclass
class Draft:
    """A record being assembled."""

    kind: str = "article"
    headlines: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    byline: str | None = None
    authors: list[str] = field(default_factory=list)
    continued_from: int | None = None
    continued_to: int | None = None
    first: int = 0
    last: int = 0
    closed: bool = False  # a closing byline or （下转） ended it: the next line starts anew
    joinable: bool = True  # repair layout breaks inside this record

    def touch(self, line: Line) -> None:
        self.first = self.first or line.no
        self.last = line.no

    def add_paragraph(self, text: str) -> None:
        """Add body text, joining it to the previous paragraph when the page layout cut that one."""
        if self.joinable and self.paragraphs and cut_by_layout(self.paragraphs[-1]):
            self.paragraphs[-1] = join_cut(self.paragraphs[-1], text)
        else:
            self.paragraphs.append(text)

    def set_byline(self, byline: tuple[str, list[str]]) -> None:
        text, authors = byline
        if self.byline is None:
            self.byline, self.authors = text, list(authors)
        else:  # a second credit line (photos, a second reporter): keep both
            self.byline += " " + text
            self.authors += [a for a in authors if a not in self.authors]

    @property
    def empty(self) -> bool:
        return not (self.headlines or self.paragraphs or self.byline or self.continued_from)


def cut_by_layout(paragraph: str) -> bool:
    """A long line that stops mid-sentence was cut by the page layout, not ended."""
    if shapes.is_closed(paragraph) or shapes.CONTACT_RE.match(paragraph):
        return False
    return len(paragraph) > shapes.HEADLINE_MAX or shapes.ends_mid_sentence(paragraph)


def join_cut(head: str, tail: str) -> str:
    """Chinese joins with nothing between; Latin words cut at a line end need a space."""
    if head[-1:].isascii() and head[-1:].isalpha() and tail[:1].isascii() and tail[:1].isalpha():
        return head + " " + tail
    return head + tail


class Assembler:
    def __init__(self, lines: list[Line], blocks: list[list[int]], zones: list[Zone]):
        self.lines = lines
        self.zone_at = {blocks[z.first][0]: (z, blocks[z.last][-1]) for z in zones}
        self.drafts: list[Draft] = []
        self.draft = Draft()

    def run(self) -> list[Draft]:
        index = 0
        while index < len(self.lines):
            if index in self.zone_at:
                zone, end = self.zone_at[index]
                self.flush()
                self.drafts.append(zone_draft(zone.kind, self.lines[index : end + 1]))
                index = end + 1
            else:
                index = self.step(index)
        self.flush()
        return self.drafts

    def flush(self) -> None:
        if not self.draft.empty:
            self.drafts.append(self.draft)
        self.draft = Draft()

    def start(self) -> Draft:
        self.flush()
        return self.draft

    def step(self, index: int) -> int:
        """Consume the line at `index` (and any headline group it opens); return the next index."""
        line, draft = self.lines[index], self.draft
        if line.shape is Shape.HEADLINE:
            group = self.headline_group(index)
            if group:
                self.start_article(group)
                return index + len(group)
        if line.shape is Shape.CONT_FROM:
            if draft.paragraphs or draft.closed or draft.continued_from:
                draft = self.start()
            draft.continued_from = line.page
            draft.touch(line)
            if line.rest:
                self.add_body(line.rest, line)
        elif line.shape is Shape.CONT_TO:
            if draft.closed:
                draft = self.start()
            if line.rest:
                self.add_body(line.rest, line)
            self.draft.continued_to = line.page
            self.draft.closed = True
            self.draft.touch(line)
        elif line.shape in (Shape.BYLINE, Shape.OPENING_BYLINE):
            self.add_byline(line)
        else:
            self.add_body(line.text, line)
        return index + 1

    def headline_group(self, index: int) -> list[Line]:
        """The headline lines starting at `index`, or [] where they belong to the body."""
        group = []
        for at in range(index, len(self.lines)):
            if self.lines[at].shape is not Shape.HEADLINE or (at > index and at in self.zone_at):
                break
            group.append(self.lines[at])
        if not group:
            return []
        after = self.lines[index + len(group)] if index + len(group) < len(self.lines) else None
        draft = self.draft
        if draft.paragraphs and not draft.closed:
            if draft.joinable and cut_by_layout(draft.paragraphs[-1]) and not self.confirmed(group, after):
                return []  # the rest of a sentence the layout cut
            if all(shapes.is_crosshead(line.text) for line in group):
                return []  # 一、 (二) ◆: section headings inside the article
        return group

    @staticmethod
    def confirmed(group: list[Line], after: Line | None) -> bool:
        """A headline group is sure to open an article when it has several lines or is
        followed by a lead, a continuation marker or a byline."""
        if len(group) > 1:
            return True
        if after is None:
            return False
        return after.shape in ARTICLE_OPENERS or bool(shapes.LEAD_RE.match(after.text))

    def start_article(self, group: list[Line]) -> None:
        draft = self.draft
        if not (draft.headlines and not draft.paragraphs and not draft.closed and not draft.byline):
            draft = self.start()
        draft.headlines += [line.text for line in group]
        for line in group:
            draft.touch(line)

    def add_body(self, text: str, line: Line) -> None:
        draft = self.draft
        starts_brief = (
            shapes.LEAD_RE.match(text)
            and draft.paragraphs
            and not cut_by_layout(draft.paragraphs[-1])
        )
        if draft.closed or starts_brief:
            draft = self.start()
        draft.add_paragraph(text)
        draft.touch(line)

    def add_byline(self, line: Line) -> None:
        draft = self.draft
        assert line.byline is not None
        if draft.closed and draft.byline is None:
            draft = self.start()
        draft.set_byline(line.byline)
        draft.touch(line)
        # A byline under the headline opens the body; one after the body closes the article.
        if draft.paragraphs:
            draft.closed = True


def zone_draft(kind: str, lines: list[Line]) -> Draft:
    """A masthead, notice or ad: each line its own paragraph; a notice's heading is its title,
    wherever it is printed (repeats of it are the same heading set again)."""
    draft = Draft(kind=kind, joinable=kind == "notice")
    for line in lines:
        draft.touch(line)
        if kind == "notice" and shapes.is_notice_title(line.text):
            if shapes.squeeze(line.text) not in {shapes.squeeze(h) for h in draft.headlines}:
                draft.headlines.append(line.text)
            continue
        if kind == "ad" and not draft.headlines and not draft.paragraphs and line.shape is Shape.HEADLINE:
            draft.headlines.append(line.text)
            continue
        if line.byline and kind != "masthead":
            draft.set_byline(line.byline)
            continue
        draft.add_paragraph(line.text)
    return draft


def lead_of(paragraphs: list[str]) -> tuple[str | None, tuple[str, list[str]] | None]:
    """The dateline lead opening the body, and a byline bracketed right after it."""
    if not paragraphs:
        return None, None
    match = shapes.LEAD_RE.match(paragraphs[0])
    if not match:
        return None, None
    rest = paragraphs[0][match.end():]
    bracket = shapes.LEAD_BYLINE_RE.match(rest)
    if bracket:
        authors = byline_authors(bracket.group(1))
        if authors is not None:
            return match.group(0), (bracket.group(1).strip(), authors)
    return match.group(0), None
