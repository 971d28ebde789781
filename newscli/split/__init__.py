"""`split`: one raw newspaper issue -> records (see SCHEMA.md).

Four passes, each weighing a line against its neighbours rather than deciding it alone:

1. **Reflow** (`lines.py`; the source lines and layout: `source.py`; the rules of what runs
   on: `joins.py`, and for flush lines at the column's edge `flush_lines.py`). Line ends (LF, CRLF, CR), indents and blank lines are read off the
   source. If many lines share one width (in characters or display columns), the dump is
   a hard-wrapped column (pdftotext): a line that reaches that width runs on into the next,
   unless an indent or a blank line opens a new paragraph there. The pieces become one
   logical line that keeps its first and last source line. A dump in traditional script is
   recognised here, and each line gets a simplified "shape" for the pattern tests.
2. **Features** (`features.py`). Each logical line is scored into the roles it could play
   (page furniture, rubric, headline, byline, lead, body, crosshead, end mark, continuation
   markers, notice heading and text, masthead, ad) from its shape: width, closing
   punctuation, brackets and bullets, role words, lead/contact/price/date patterns, numerals,
   lines repeated in the issue (the roles: `roles.py`; credits: `people.py`, names alone
   on a line: `name_lines.py`, the names in them: `authors.py`, and credits run in to a
   story's text: `run_in.py`; the page's
   own lines, notices and ads: `box_lines.py`; the patterns: `shapes.py` for stories'
   lines (the role words a credit opens with: `role_words.py`), `captions.py` for photos'
   captions and credits, `box_shapes.py` for the boxes'). Some features read the line's neighbours
   (`passes.py` runs them in order: `neighbours.py`; what stands between a headline and its
   text, captions and a site's lines, `head_matter.py`; the lines beside a headline,
   `headings.py`; for ads, notices and the colophon, `boxes.py`): a caption between a headline and its credit, a label over a
   longer headline, a web page's posting line under one, the line under a notice heading;
   and some read runs of lines together (`runs.py`): four or more short lines are a photo
   group's captions, not a headline group, two results a results box. The weights are
   numbers in `weights.json`, set by hand
   (tests/corpus/fit_weights.py can fit them on the tuning corpus, but its fit did not carry
   over to the held-out half, so the hand weights stand).
3. **Decoding** (`decode.py`). Viterbi picks the best sequence of roles under a small grammar
   of an issue (`decode.TRANSITIONS`): a short line is a headline when a byline, a lead or a
   headline follows it, a crosshead when the body goes on; notice text is notice text when
   contact lines follow it. Blank lines weigh too: a run longer than the issue's usual one
   ends an item, and where a first decoding shows that the issue's few blank lines are
   where its items start, every blank run ends an item and an item that would start with
   no blank line before it costs so much that the short line is read as a crosshead. Where
   the decoder starts a new article right after body text, the story's cohesion across that
   headline is read (`cohesion.py`, `neighbours.mark_same_story`: the rarer characters the
   text before and after it share, and whether the text after it names again the rare
   character pairs of the text before: a person's name, not the page's city); if one story
   goes on, the headline loses some of its score and the issue is decoded again, so it may
   become a crosshead. A long heading whose next sentence tells its event again, with its day
   (县政府召开常务会议 | 1月7日，县政府召开…), is a news item's headline whatever the words around
   it (`neighbours.lead_retells`); untitled photo reports, each closing on its credit (某某
   摄影报道) over a blank line, are items of their own where blank lines part items. Last, a
   backward pass gives each line its margin: how much worse the best reading scores in which
   the line is of another sort (`decode.SORTS`: a heading, a credit, a lead, a box's line, a
   story's text...); a record's `margin` is the least over its lines and the next record's
   first, so a user knows which records to read first.
4. **Assembly** (`assemble.py`). Roles become records: headings to title and subtitle,
   credits to byline and authors, markers to continued_from/continued_to, body lines to
   paragraphs (a paragraph cut mid-sentence by the layout joined to the next: `cuts.py`),
   furniture, notices, mastheads and ads to records of their kinds.

`explain_text` returns every source line with its role and the features that decided it.
Every rule is a convention of Chinese newspaper typesetting, never the words of one issue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path

from ..schema import Kind, non_space_count
from .assemble import Assembler, Draft, lead_of
from .captions import reports_in_photos
from .cuts import cut_strength, surely_cut
from .decode import BIG_GAP, IN_BODY, NO_GAP, UNSPACED, Reading, margins, read, step
from .features import score_lines
from .lines import logical_lines, simplifier
from .neighbours import mark_same_story, offer_untitled_start
from .roles import Role, Scores
from .shapes import HEADLINE_MAX
from .source import Layout, Line

__all__ = ["split_text", "explain_text", "issue_from_path", "date_from_name"]

# 2025-01-18, 20250118, 2025_01_18 inside a file name, not inside a longer number.
NAME_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})([-_]?)(\d{2})\2(\d{2})(?!\d)")


@dataclass
class Analysis:
    """One issue read line by line: what `split` assembles and `--explain` shows."""

    lines: list[Line]  # logical lines
    layout: Layout
    scores: list[Scores]  # each line's candidate roles
    cuts: list[float]  # how surely each line was cut by the layout
    gaps: list[bool]  # a run of blank lines before it, longer than usual
    roles: list[Role]  # the decoded role of each line
    spacing: list[int] = field(default_factory=list)  # as the decoder weighed it (decode.py)
    margins: list[float] = field(default_factory=list)  # how surely of its sort (decode.py)


def analyse(text: str) -> Analysis:
    analysis = score_issue(text)
    reading, analysis.spacing = decode_roles(
        analysis.lines, analysis.scores, analysis.cuts, analysis.gaps
    )
    analysis.roles = reading.roles
    analysis.margins = margins(analysis.scores, analysis.cuts, analysis.spacing, reading)
    return analysis


def score_issue(text: str) -> Analysis:
    """The issue read up to decoding (passes 1 and 2): `roles` is left empty."""
    lines, layout = logical_lines(text)
    gaps = big_gaps(lines)
    scores = score_lines(lines, layout, gaps)
    cuts = [  # (read in the shape: …黃健生 攝 ends on a credit's 摄 as …黄健生 摄 does)
        cut_strength(line.shape) if line.ends_open or surely_cut(line.shape) else 0.0
        for line in lines
    ]
    return Analysis(lines, layout, scores, cuts, gaps, [])


COHESION_ROUNDS = 3


def decode_roles(
    lines: list[Line], scores: list[Scores], cuts: list[float], gaps: list[bool]
) -> tuple[Reading, list[int]]:
    """Decode; where the issue's blank lines turn out to part its items, decode again with
    that known. Then, where a new article was started after body text, weigh the story's
    cohesion across that headline and decode again (a few rounds at most): reading cohesion
    at every short line would cost more than the rest of the analysis. Returns the last
    reading (its roles, and its forward pass for the margins) and each line's spacing as the
    decoder weighed it."""
    checked: set[int] = set()
    spacing = [BIG_GAP if gap else NO_GAP for gap in gaps]
    reading = read(scores, cuts, spacing)
    roles = reading.roles
    if blanks_part_items(lines, roles, scores):
        # every blank run ends an item, and an item opens nowhere else; a line after one
        # that cannot be a headline may open an untitled item (a closed one that can stays one)
        spacing = [
            (NO_GAP if stray_blank(lines, roles, index) else BIG_GAP)
            if line.blanks_before
            else UNSPACED
            for index, line in enumerate(lines)
        ]
        for line, line_scores in zip(lines, scores):
            if line.blanks_before and Role.HEAD not in line_scores:
                offer_untitled_start(line_scores)
        reading = read(scores, cuts, spacing)
        roles = reading.roles
    for _ in range(COHESION_ROUNDS):
        groups = [group for group in heading_groups_after_body(roles) if group[0] not in checked]
        checked.update(first for first, _ in groups)
        if not groups or not mark_same_story(
            lines, scores, groups, headline_above(roles, groups), page_words(lines, roles)
        ):
            break
        reading = read(scores, cuts, spacing)
        roles = reading.roles
    return reading, spacing


# Some dumps keep no blank line inside an item and one between items. Read so only when
# there are a few blank runs, fewer than two lines in three have one before them (half where
# every block holds two lines or more: briefs of a headline and one paragraph), and the runs
# open items in a first decoding (nearly all: a stray blank above a photo's caption happens).
SPACED_RUNS = 3
SPACED_SHARE = 0.8
SPACED_MOST = 2 / 3  # a blank above two lines in three or more: paragraphs parted, not items
# Roles after which a blank line keeps the item open for its lead (its heading, credit or
# caption above); a heading after a blank opens an item, whatever is above it.
OPENS_ITEM = {Role.HEAD, Role.RUBRIC, Role.BYLINE_OPEN, Role.CAPTION, Role.NOTICE_HEAD}
# Roles that go on with the item before them.
INSIDE_ITEM = {
    Role.BODY,
    Role.CROSS,
    Role.BYLINE_OPEN,
    Role.BYLINE_CLOSE,
    Role.CAPTION,
    Role.END,
    Role.TO,
    Role.NOTICE_MORE,
}


def stray_blank(lines: list[Line], roles: list[Role], index: int) -> bool:
    """A blank line above a paragraph that a first decoding kept in its story (a long line of
    prose): the one stray blank such a dump allows, not an item's end; unless a photo's
    credit closes the text above it (untitled photo news, each closing on its credit)."""
    return (
        roles[index] is Role.BODY
        and len(lines[index].shape) > HEADLINE_MAX
        and not after_photo_news(lines, roles, index)
    )


def after_photo_news(lines: list[Line], roles: list[Role], index: int) -> bool:
    """Whether a photo report's credit closes the story text right above the line (…某某
    摄影报道 under its text, or run on to it): untitled photo news, each closing on its credit.
    (A credit under a caption alone, between a headline and the story's text, closes no
    story; a plain photo credit, 某某 摄, closes a caption inside a story as often.)"""
    above = index - 1
    if above < 1 or not reports_in_photos(lines[above].shape):
        return False
    if len(lines[above].shape) > HEADLINE_MAX:
        return True  # (the credit run on to the text)
    for line, role in zip(lines[above - 1 :: -1], roles[above - 1 :: -1]):
        if role not in (Role.BODY, Role.LEAD, Role.CAPTION):
            return False
        if len(line.shape) > HEADLINE_MAX:
            return True
    return False


def blanks_part_items(
    lines: list[Line], roles: list[Role], scores: list[Scores] | None = None
) -> bool:
    """Whether blank lines are what parts the issue's items (see SPACED_SHARE above)."""
    spaced = [index for index in range(1, len(lines)) if lines[index].blanks_before]
    if len(spaced) < SPACED_RUNS or len(spaced) >= SPACED_MOST * len(lines):
        return False  # (a blank above two lines in three or more: it parts paragraphs)
    if 2 * len(spaced) >= len(lines) and one_line_blocks(spaced):
        return False  # half the lines after a blank: items of a headline and a paragraph, or
        # paragraphs parted by blanks (a block of one line: a paragraph or a heading alone)
    opening = [
        index
        for index in spaced
        if (
            roles[index] not in INSIDE_ITEM
            and (roles[index] is not Role.LEAD or roles[index - 1] not in OPENS_ITEM)
        )
        # a short line the first decoding kept in the story above, that could head one of its
        # own (电动游艇原型完成建造！): a blank line before it says which
        or (scores is not None and could_head(lines[index], roles[index], scores[index]))
        # text after a photo's credit that closes the text above (untitled photo news, each
        # closing on its credit: 某某 摄影报道)
        or after_photo_news(lines, roles, index)
    ]
    return len(opening) >= SPACED_SHARE * len(spaced)


def one_line_blocks(spaced: list[int]) -> bool:
    """A third or more of the runs of lines between two blank runs are single lines (the first
    and the last run may be the page's header and footer; a photo's caption may stand alone)."""
    sizes = [end - start for start, end in zip(spaced, spaced[1:])]
    return bool(sizes) and 3 * sum(size < 2 for size in sizes) >= len(sizes)


def could_head(line: Line, role: Role, scores: Scores) -> bool:
    return (
        role in (Role.BODY, Role.CROSS) and Role.HEAD in scores and len(line.shape) <= HEADLINE_MAX
    )


def page_words(lines: list[Line], roles: list[Role]) -> str:
    """The text of the page's headers, headlines and masthead: words every story shares."""
    return "".join(line.shape for line, role in zip(lines, roles) if role in PAGE_WIDE)


PAGE_WIDE = {Role.PAGE, Role.HEAD, Role.RUBRIC, Role.MASTHEAD}


def headline_above(roles: list[Role], groups: list[tuple[int, int]]) -> dict[int, int]:
    """For each group, the first headline line of the article the group follows."""
    found = {}
    for first, _ in groups:
        index = first - 1
        while index >= 0 and roles[index] is not Role.HEAD:
            index -= 1
        while index > 0 and roles[index - 1] is Role.HEAD:
            index -= 1
        if index >= 0:
            found[first] = index
    return found


def heading_groups_after_body(roles: list[Role]) -> list[tuple[int, int]]:
    """First and last line of each run of headlines, or of crossheads, that follows body."""
    groups = []
    for index in range(1, len(roles)):
        if roles[index] in (Role.HEAD, Role.CROSS) and roles[index - 1] in IN_BODY:
            last = index
            while last + 1 < len(roles) and roles[last + 1] is roles[index]:
                last += 1
            groups.append((index, last))
    return groups


def big_gaps(lines: list[Line]) -> list[bool]:
    """Runs of blank lines longer than usual in the issue (2+ where most lines have fewer):
    where a dump separates paragraphs by indents or single blank lines, these end items.
    Runs are counted in the issue's shortest run, so a dump whose every blank line was
    doubled reads as the same dump with single ones."""
    if not lines:
        return []
    unit = min((line.blanks_before for line in lines if line.blanks_before), default=1)
    runs = [-(-line.blanks_before // unit) for line in lines]
    blanks = sorted(runs)
    usual = blanks[(len(blanks) - 1) // 2]
    return [run >= 2 and run > usual for run in runs]


def split_text(
    text: str, issue: str = "stdin", date: str | None = None, source: str | None = None
) -> list[dict]:
    """Split one issue's text into records, in source order."""
    analysis = analyse(text)
    drafts = Assembler(analysis.lines, analysis.roles).run()
    to_shape = simplifier() if analysis.layout.traditional else None
    return [
        to_record(draft, seq, issue, date, source, to_shape, margin)
        for seq, (draft, margin) in enumerate(zip(drafts, record_margins(analysis, drafts)), 1)
    ]


def record_margins(analysis: Analysis, drafts: list[Draft]) -> list[float]:
    """Each record's margin: the least of its lines' and of the next record's first line's
    (where it ends), to one decimal: how surely the decoder drew it (decode.margins)."""
    at_line = {}
    for line, margin in zip(analysis.lines, analysis.margins):
        for number in range(line.first, line.last + 1):
            at_line[number] = margin
    found = []
    for index, draft in enumerate(drafts):
        numbers = list(range(draft.first, draft.last + 1))
        if index + 1 < len(drafts):
            numbers.append(drafts[index + 1].first)
        found.append(round(min((at_line[n] for n in numbers if n in at_line), default=0.0), 1))
    return found


def to_record(
    draft: Draft,
    seq: int,
    issue: str,
    date: str | None,
    source: str | None,
    to_shape=None,
    margin: float | None = None,
) -> dict:
    """A record with every field of `schema.RECORD_FIELDS`, in that order."""
    lead, lead_byline = (None, None)
    if draft.kind == Kind.article.value and draft.paragraphs:
        body = draft.paragraphs[draft.lead_at :]
        lead, lead_byline = lead_of(body, to_shape(body[0]) if to_shape and body else None)
    if lead_byline and draft.byline is None:
        draft.set_byline(lead_byline)
    text = "\n".join(draft.paragraphs)
    return {
        "id": f"{issue}-{seq:03d}",
        "issue": issue,
        "date": date,
        "seq": seq,
        "kind": draft.kind,
        "title": draft.title,
        "subtitle": " ".join(draft.subtitles) or None,
        "lead": lead,
        "byline": draft.byline,
        "authors": draft.authors,
        "continued_from": draft.continued_from,
        "continued_to": draft.continued_to,
        "paragraphs": draft.paragraphs,
        "text": text,
        "chars": non_space_count(text),
        "lines": [draft.first, draft.last],
        "margin": margin,  # (record_margins: it reads the whole issue's decoding)
        "source": source,
    }


# How `--explain` names the decoder's reading of the blank lines before a line.
SPACING_NAMES = {BIG_GAP: "blank-break", UNSPACED: "no-blank-break"}


def explain_text(text: str) -> list[dict]:
    """One row per logical line: its source lines, role, and the features that decided it."""
    analysis = analyse(text)
    rows = []
    state = None
    for index, (line, role, score, margin) in enumerate(
        zip(analysis.lines, analysis.roles, analysis.scores, analysis.margins)
    ):
        weight, features = score.get(role, (0.0, ()))
        rivals = sorted(((s[0], r.value) for r, s in score.items() if r is not role), reverse=True)[
            :1
        ]
        cut = analysis.cuts[index - 1] if index else 0.0  # as the decoder weighed this step
        moved = step(state, role, cut, analysis.spacing[index])
        spacing = SPACING_NAMES.get(analysis.spacing[index])
        if spacing and analysis.spacing[index] == UNSPACED and role is not Role.CROSS:
            spacing = None  # shown where it made a heading a crosshead, not on every line
        rows.append(
            {
                "lines": [line.first, line.last],
                "role": role.value,
                "score": round(weight, 2),
                # the line's own features, then how the blank lines before it weighed
                "features": [*features, *([spacing] if spacing else [])],
                "context": round(moved[0], 2) if moved else None,
                # how much worse the best reading in which the line is of another sort
                "margin": round(margin, 1),
                "runner_up": rivals[0][1] if rivals else None,
                "text": line.text,
            }
        )
        state = (role, moved[1]) if moved else (role, False)
    return rows


def issue_from_path(path: Path | None, issue_from: str = "name") -> tuple[str, str | None]:
    """Issue key and date from an input path: the file name without extension (with
    `issue_from="path"`, its folders too, joined by `_`: `2024/0118/a.txt` -> `2024_0118_a`),
    and a date found in the name; ("stdin", None) for standard input."""
    if path is None:
        return "stdin", None
    if issue_from == "path":
        parts = [part for part in path.with_suffix("").parts if part not in ("/", ".", "..")]
        return "_".join(parts).lstrip("_") or path.stem, date_from_name(path.name)
    return path.stem, date_from_name(path.name)


def date_from_name(name: str) -> str | None:
    for match in NAME_DATE_RE.finditer(name):
        try:
            return Date(int(match.group(1)), int(match.group(3)), int(match.group(4))).isoformat()
        except ValueError:
            continue
    return None
