"""The sequence decoder: the best-scoring sequence of roles for an issue's lines.

An issue follows a small grammar:

    issue   = (page | item)*
    item    = article | notice | masthead | ad
    article = [rubric] headline* [byline] (lead | body | continued-from) body* [byline-close | end-mark]
              [continued-to]                       (a crosshead only between two body lines)
    notice  = notice-heading* notice+ notice-heading*

`TRANSITIONS` scores each step of it (a log-score: negative is unlikely, None forbidden);
Viterbi adds them to the lines' own scores (features.py) and keeps the best path. So a short
line is a headline when a byline, a lead or another headline follows it, and a crosshead
when the article's body goes on after it.

One more bit of state: whether the article so far has a credit (a byline, a lead or a
continuation marker). Papers credit every article somewhere, so leaving an article that
has none, for a new headline, costs `UNCREDITED_END`: the short line was more likely a
crosshead inside it.
"""
from __future__ import annotations

from functools import cache

from .features import Role, Scores

R = Role
IN_BODY = {R.LEAD, R.BODY, R.FROM}  # the body of an article is under way
CLOSED = {R.BYLINE_CLOSE, R.END, R.TO}  # the article is over
OPENS_ITEM = {
    R.HEAD: 0.0, R.RUBRIC: 0.0, R.PAGE: 0.0, R.NOTICE_HEAD: 0.0, R.NOTICE: -0.5, R.NOTICE_MORE: -0.5, R.MASTHEAD: 0.0,
    R.AD: -0.5, R.FROM: 0.0, R.LEAD: 0.0, R.BODY: -1.0, R.BYLINE_OPEN: -1.0,
}
UNCREDITED_END = -1.0
CUT_CONTINUES = 2.0  # a paragraph cut mid-sentence goes on in the next body line
NOTICE_ROLES = {R.NOTICE_HEAD, R.NOTICE, R.NOTICE_MORE}
UNANCHORED_NOTICE = -3.0  # a notice shows itself somewhere: a heading, a contact line, notice words
GAP_SPLITS = -3.5  # where most lines follow with no blank line, a run of blank lines ends an item

TRANSITIONS: dict[Role | None, dict[Role, float]] = {
    None: OPENS_ITEM | {R.PAGE: 0.5, R.BYLINE_CLOSE: -2.0, R.TO: -1.0},
    R.HEAD: {
        R.HEAD: 0.3, R.RUBRIC: -1.5, R.BYLINE_OPEN: 1.0, R.LEAD: 1.0, R.BODY: 0.0, R.FROM: 0.5,
        R.AD: -1.0, R.NOTICE: -2.0, R.NOTICE_MORE: -2.5, R.PAGE: -3.0, R.MASTHEAD: -3.0, R.NOTICE_HEAD: -3.0,
    },
    R.RUBRIC: {R.HEAD: 1.0, R.RUBRIC: -1.0, R.BODY: -3.0, R.LEAD: -0.5, R.BYLINE_OPEN: -1.0},
    R.BYLINE_OPEN: {R.LEAD: 1.0, R.BODY: 0.5, R.FROM: 0.0, R.BYLINE_OPEN: -0.5, R.HEAD: -2.0},
    R.CROSS: {R.BODY: 0.5, R.CROSS: -0.5},
    R.PAGE: OPENS_ITEM | {R.PAGE: 1.0, R.BODY: -0.5, R.TO: -1.0, R.BYLINE_CLOSE: -2.0},
    R.NOTICE_HEAD: OPENS_ITEM | {R.NOTICE: 1.0, R.NOTICE_MORE: 1.0, R.NOTICE_HEAD: 0.0},
    R.NOTICE: OPENS_ITEM | {R.NOTICE: 1.0, R.NOTICE_MORE: 1.0, R.NOTICE_HEAD: 0.0},
    R.NOTICE_MORE: OPENS_ITEM | {R.NOTICE: 1.0, R.NOTICE_MORE: 1.0, R.NOTICE_HEAD: 0.0},
    R.MASTHEAD: OPENS_ITEM | {R.MASTHEAD: 1.0},
    R.AD: OPENS_ITEM | {R.AD: 1.0},
}
BODY_NEXT = {
    R.BODY: 0.5, R.CROSS: -0.5, R.BYLINE_CLOSE: 0.0, R.END: 0.0, R.TO: 0.0,
    R.HEAD: -0.5, R.RUBRIC: -0.5, R.LEAD: -1.5, R.PAGE: -1.0, R.NOTICE_HEAD: -1.0,
    R.NOTICE: -1.5, R.NOTICE_MORE: -2.0, R.MASTHEAD: -1.0, R.AD: -1.5, R.FROM: -1.0, R.BYLINE_OPEN: -2.0,
}
for _role in IN_BODY:
    TRANSITIONS[_role] = BODY_NEXT
AFTER_CLOSE = OPENS_ITEM | {R.BYLINE_CLOSE: -0.5, R.TO: 0.0, R.END: -1.0}
for _role in CLOSED:
    TRANSITIONS[_role] = AFTER_CLOSE
# Roles that carry an article on (anything else after a body line starts a new item).
CONTINUES_ARTICLE = {R.BODY, R.CROSS, R.BYLINE_CLOSE, R.END, R.TO}

# The role, and one bit whose meaning depends on the role: in an article, "it has a credit";
# in a notice, "it has shown itself to be one"; in a headline group, "it has 2+ lines".
State = tuple[Role, bool]
HEADINGS = (R.HEAD, R.RUBRIC)
CREDITS = (R.BYLINE_OPEN, R.LEAD, R.FROM, R.BYLINE_CLOSE, R.END, R.TO)
THIRD_HEADLINE_LINE = -0.8  # title and sub-headline are common; a third line is rarer


@cache  # a few hundred distinct arguments; the decoder asks millions of times
def step(prev: State | None, role: Role, cut: float, gap: bool = False) -> tuple[float, bool] | None:
    """Score of moving from `prev` to `role`, and the state's bit after it. `cut`: how surely
    the line before was cut mid-sentence; `gap`: more blank lines than usual before it."""
    prev_role, bit = prev if prev else (None, False)
    table = TRANSITIONS[prev_role]
    if role not in table:
        return None
    score = table[role]
    if prev_role in IN_BODY or prev_role is R.CROSS:
        if role in CONTINUES_ARTICLE:
            score += CUT_CONTINUES * cut if role is R.BODY else 0.0
            score += GAP_SPLITS if gap else 0.0
        elif not bit:
            score += UNCREDITED_END
    if prev_role in HEADINGS and role in HEADINGS:
        score += (GAP_SPLITS / 2 if gap else 0.0) + (THIRD_HEADLINE_LINE if bit else 0.0)
    if prev_role in NOTICE_ROLES and role not in NOTICE_ROLES and not bit:
        score += UNANCHORED_NOTICE
    return score, next_bit(prev_role, bit, role)


def next_bit(prev_role: Role | None, bit: bool, role: Role) -> bool:
    if role in NOTICE_ROLES:
        return role is not R.NOTICE_MORE or (prev_role in NOTICE_ROLES and bit)
    if role in HEADINGS:
        return prev_role in HEADINGS
    if role in CREDITS:
        return True
    if role in (R.BODY, R.CROSS) and prev_role in IN_BODY | {R.CROSS, R.BYLINE_OPEN}:
        return bit
    return False  # an untitled article starts, or an article after its headline


MOVES: dict = {}  # successors() by its arguments: a plain dict is cheaper than @cache here


def successors(prev: State | None, cut: float, gap: bool) -> dict[Role, tuple[float, State]]:
    """Every role that may follow `prev`, with the step's score and the state it leads to."""
    found = {}
    for role in Role:
        moved = step(prev, role, cut, gap)
        if moved is not None:
            found[role] = (moved[0], (role, moved[1]))
    return found


def decode(scores: list[Scores], cuts: list[float], gaps: list[bool] | None = None) -> list[Role]:
    """Viterbi over the lines' candidate roles; returns the best role for every line."""
    if not scores:
        return []
    minus_infinity = float("-inf")
    table = MOVES
    best: dict[State | None, float] = {None: 0.0}
    back: list[dict[State, State | None]] = []
    for index, line_scores in enumerate(scores):
        nxt: dict[State, float] = {}
        pointers: dict[State, State | None] = {}
        candidates = [(role, score) for role, (score, _) in line_scores.items()]
        cut = cuts[index - 1] if index > 0 else 0.0
        gap = bool(gaps and gaps[index])
        for prev, total in best.items():
            key = (prev, cut, gap)
            moves = table.get(key)
            if moves is None:
                moves = table[key] = successors(prev, cut, gap)
            for role, score in candidates:
                move = moves.get(role)
                if move is None:
                    continue
                value = total + move[0] + score
                state = move[1]
                if value > nxt.get(state, minus_infinity):
                    nxt[state] = value
                    pointers[state] = prev
        if not nxt:  # no grammatical path: let the line be body text and go on
            fallback = max(best, key=best.__getitem__)
            nxt = {(R.BODY, False): best[fallback] - 10.0}
            pointers = {(R.BODY, False): fallback}
        best = nxt
        back.append(pointers)
    state: State | None = max(best, key=best.__getitem__)
    roles: list[Role] = []
    for index in range(len(scores) - 1, -1, -1):
        assert state is not None
        roles.append(state[0])
        state = back[index][state]
    return roles[::-1]
