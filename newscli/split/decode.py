"""The sequence decoder: the best-scoring sequence of roles for an issue's lines.

An issue follows a small grammar:

    issue   = (page | item)*
    item    = article | notice | masthead | ad
    article = [rubric] headline* [caption* byline] (lead | body | continued-from) body* [byline-close | end-mark]
              [continued-to]                       (a crosshead only between two body lines,
                                                    or between an opening byline and the body)
    notice  = notice-heading* notice+ notice-heading*

`TRANSITIONS` scores each step of it (a log-score: negative is unlikely, None forbidden);
Viterbi adds them to the lines' own scores (features.py) and keeps the best path. So a short
line is a headline when a byline, a lead or another headline follows it, and a crosshead
when the article's body goes on after it.

One more bit of state: whether the article so far has a credit (a byline, a lead or a
continuation marker). Papers credit every article somewhere, so leaving an article that
has none, for a new headline, costs `UNCREDITED_END`: the short line was more likely a
crosshead inside it.

`margins` runs the same grammar backward too, from `read`'s forward pass (max-marginals):
for each line, the best score of a reading in which it is of another sort, against the best
reading's.

Each line also comes with its spacing from the line before (`NO_GAP`, `BIG_GAP`: more
blank lines than usual, or `UNSPACED`: no blank line, in an issue whose blank lines are
where its items start), which makes leaving or keeping the article cheaper or dearer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from . import weights
from .roles import Role, Scores

R = Role
IN_BODY = {R.LEAD, R.BODY, R.FROM}  # the body of an article is under way
CLOSED = {R.BYLINE_CLOSE, R.END, R.TO}  # the article is over
NOTICE_ROLES = {R.NOTICE_HEAD, R.NOTICE, R.NOTICE_MORE}
TRANSITIONS: dict[Role | None, dict[Role, float]] = {}


def build_tables(numbers: dict) -> None:
    """Fill `TRANSITIONS` and the named step constants from weights.json's numbers: after a
    body line (`body_next`), after a closed article (`after_close`), after anything that
    ends an item (`+opens_item`: `opens_item` plus its own entries), after the rest."""
    global UNCREDITED_END, CUT_CONTINUES, UNANCHORED_NOTICE, GAP_SPLITS, THIRD_HEADLINE_LINE
    global UNSPACED_ITEM
    steps = numbers["steps"]
    # leaving an article with no credit for a new item: the short line was more likely a crosshead
    UNCREDITED_END = steps["UNCREDITED_END"]
    CUT_CONTINUES = steps[
        "CUT_CONTINUES"
    ]  # a paragraph cut mid-sentence goes on in the next body line
    UNANCHORED_NOTICE = steps[
        "UNANCHORED_NOTICE"
    ]  # a notice shows itself: a heading, a contact line...
    GAP_SPLITS = steps[
        "GAP_SPLITS"
    ]  # where most lines follow with no blank line, a run of blanks ends an item
    THIRD_HEADLINE_LINE = steps[
        "THIRD_HEADLINE_LINE"
    ]  # title and sub-headline are common; a third line rarer
    # where blank lines part the issue's items, a new item (or the page's foot) with no blank
    # line before it is unlikely: the short line was a crosshead, the body goes on
    UNSPACED_ITEM = steps["UNSPACED_ITEM"]

    def roles(table: dict) -> dict[Role, float]:
        return {Role(name): value for name, value in table.items() if not name.startswith("+")}

    opens_item = roles(numbers["opens_item"])
    TRANSITIONS.clear()
    for name, table in numbers["after"].items():
        prev = None if name == "start" else Role(name)
        TRANSITIONS[prev] = (opens_item if "+opens_item" in table else {}) | roles(table)
    for role in IN_BODY:
        TRANSITIONS[role] = roles(numbers["body_next"])
    for role in CLOSED:
        TRANSITIONS[role] = opens_item | roles(numbers["after_close"])
    step.cache_clear()
    MOVES.clear()
    PLANS.clear()


CONTINUES_ARTICLE = {R.BODY, R.CROSS, R.BYLINE_CLOSE, R.END, R.TO}
NOTICE_GOES_ON = {R.NOTICE, R.NOTICE_MORE}
BOXES = (R.AD, R.MASTHEAD)

# A line's spacing from the line before it, as the decoder weighs it (see the docstring).
NO_GAP, BIG_GAP, UNSPACED = 0, 1, 2

# The role, and one bit whose meaning depends on the role: in an article, "it has a credit";
# in a notice, "it has shown itself to be one"; in a headline group, "it has 2+ lines".
State = tuple[Role, bool]
HEADINGS = (R.HEAD, R.RUBRIC)
CREDITS = (R.BYLINE_OPEN, R.LEAD, R.FROM, R.BYLINE_CLOSE, R.END, R.TO)


@cache  # a few hundred distinct arguments; the decoder asks millions of times
def step(
    prev: State | None, role: Role, cut: float, gap: int = NO_GAP
) -> tuple[float, bool] | None:
    """Score of moving from `prev` to `role`, and the state's bit after it. `cut`: how surely
    the line before was cut mid-sentence; `gap`: the line's spacing (NO_GAP, BIG_GAP, UNSPACED)."""
    prev_role, bit = prev if prev else (None, False)
    table = TRANSITIONS[prev_role]
    if role not in table:
        return None
    score = table[role]
    if prev_role in IN_BODY or prev_role is R.CROSS:
        if role in CONTINUES_ARTICLE:
            score += CUT_CONTINUES * cut if role is R.BODY else 0.0
            score += GAP_SPLITS if gap == BIG_GAP else 0.0
        else:
            score += 0.0 if bit else UNCREDITED_END
            score += UNSPACED_ITEM if gap == UNSPACED else 0.0
    if prev_role in HEADINGS and role in HEADINGS:
        score += (GAP_SPLITS / 2 if gap == BIG_GAP else 0.0) + (THIRD_HEADLINE_LINE if bit else 0.0)
    if prev_role in NOTICE_ROLES and role not in NOTICE_ROLES:
        score += 0.0 if bit else UNANCHORED_NOTICE
        score += UNSPACED_ITEM if gap == UNSPACED else 0.0  # as after an article's text
    if prev_role in NOTICE_ROLES and role in NOTICE_GOES_ON and gap == BIG_GAP:
        score += GAP_SPLITS  # a notice's text, like an article's, stops where items part
    if prev_role in BOXES and role is not prev_role and gap == UNSPACED:
        score += UNSPACED_ITEM  # another item after an ad or the colophon: a blank line first
        # (an ad may set its own lines a blank line apart: that does not end it)
    return score, next_bit(prev_role, bit, role)


def end_of_issue(state: State | None) -> float:
    """The issue's end is like a page footer after it: an article left without any credit
    costs, and so does a headline with no text under it."""
    if state is None:
        return 0.0
    role, bit = state
    if role is R.HEAD:
        return TRANSITIONS[R.HEAD].get(R.PAGE, 0.0)
    return UNCREDITED_END if (role in IN_BODY or role is R.CROSS) and not bit else 0.0


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


MOVES: dict = {}  # successors() by cut and gap, then by the state's number

# The decoder's states as small numbers (0: the issue's start, before any line): its tables
# are keyed by them, since a tuple is hashed anew at each lookup and a number is not.
STATES: list[State | None] = [None] + [(role, bit) for role in Role for bit in (False, True)]
STATE_NUMBERS: dict[State | None, int] = {state: number for number, state in enumerate(STATES)}
FALLBACK_STATE = STATE_NUMBERS[(R.BODY, False)]  # a line no grammatical path reaches...
FALLBACK_COST = -10.0  # ...is body text, at this cost


def successors(prev: State | None, cut: float, gap: int) -> dict[Role, tuple[float, State]]:
    """Every role that may follow `prev`, with the step's score and the state it leads to."""
    found = {}
    for role in Role:
        moved = step(prev, role, cut, gap)
        if moved is not None:
            found[role] = (moved[0], (role, moved[1]))
    return found


def numbered_successors(prev: int, cut: float, gap: int) -> dict[Role, tuple[float, int]]:
    """successors() from state number `prev`, the states they lead to by their numbers."""
    return {
        role: (score, STATE_NUMBERS[state])
        for role, (score, state) in successors(STATES[prev], cut, gap).items()
    }


# plan() by cut, gap and a line's candidate roles (in their order): a line's moves, read
# once for all the lines that share them; a few hundred keys in a corpus, bounded anyway.
PLANS: dict = {}
PLANS_MAX = 20_000


def plan(prev: int, cut: float, gap: int, roles: tuple[Role, ...]) -> list[tuple[int, float, int]]:
    """The moves from state number `prev` to a line whose candidate roles are `roles`:
    (the role's place in `roles`, the step's score, the state it leads to), in `roles` order."""
    table = MOVES.get((cut, gap))
    if table is None:
        table = MOVES[(cut, gap)] = [None] * len(STATES)
    moves = table[prev]
    if moves is None:
        moves = table[prev] = numbered_successors(prev, cut, gap)
    return [
        (place, move[0], move[1])
        for place, move in enumerate(moves.get(role) for role in roles)
        if move is not None
    ]


@dataclass
class Reading:
    """The best roles, and what margins() needs of the forward pass that found them."""

    roles: list[Role]
    reached: list[dict[int, float]]  # see forward()
    fell_back: set[int]


def read(scores: list[Scores], cuts: list[float], gaps: list[int] | None = None) -> Reading:
    """Viterbi over the lines' candidate roles: the best role for every line, with the forward
    pass's tables for margins(). `gaps`: each line's spacing (NO_GAP, BIG_GAP, UNSPACED; a bool
    reads as NO_GAP/BIG_GAP)."""
    if not scores:
        return Reading([], [], set())
    reached, back, fell_back = forward(scores, cuts, gaps)
    # The issue's end leaves the last article as a new item would: uncredited, it costs.
    best = {state: total + end_of_issue(STATES[state]) for state, total in reached[-1].items()}
    state = max(best, key=best.__getitem__)
    found: list[Role] = []
    for index in range(len(scores) - 1, -1, -1):
        found.append(STATES[state][0])  # type: ignore[index]
        state = back[index][state]
    return Reading(found[::-1], reached, fell_back)


def forward(
    scores: list[Scores], cuts: list[float], gaps: list[int] | None
) -> tuple[list[dict[int, float]], list[dict[int, int]], set[int]]:
    """Viterbi's forward pass: for each line, the best score of a path to each state it can
    be in (by state number) and the state before it on that path; and the lines that had no
    grammatical path to them (each let be body text, at FALLBACK_COST)."""
    minus_infinity = float("-inf")
    if len(PLANS) > PLANS_MAX:
        PLANS.clear()
    best: dict[int, float] = {0: 0.0}  # state numbers, as in STATES
    reached: list[dict[int, float]] = []
    back: list[dict[int, int]] = []
    fell_back: set[int] = set()
    for index, line_scores in enumerate(scores):
        nxt: dict[int, float] = {}
        pointers: dict[int, int] = {}
        values = [score for score, _ in line_scores.values()]
        plans, cut, gap, roles = line_plans(index, line_scores, cuts, gaps)
        # Every state is weighed in the order the last line reached them, and every move in
        # the order of the line's roles: the first of equal scores wins, as it always has.
        for prev, total in best.items():
            moves = plans[prev]
            if moves is None:
                moves = plans[prev] = plan(prev, cut, gap, roles)
            for place, move_score, state in moves:
                value = total + move_score + values[place]
                if value > nxt.get(state, minus_infinity):
                    nxt[state] = value
                    pointers[state] = prev
        if not nxt:  # no grammatical path: let the line be body text and go on
            fallback = max(best, key=best.__getitem__)
            nxt = {FALLBACK_STATE: best[fallback] + FALLBACK_COST}
            pointers = {FALLBACK_STATE: fallback}
            fell_back.add(index)
        best = nxt
        reached.append(nxt)
        back.append(pointers)
    return reached, back, fell_back


def line_plans(
    index: int, line_scores: Scores, cuts: list[float], gaps: list[int] | None
) -> tuple[list, float, int, tuple[Role, ...]]:
    """The PLANS entry of line `index` (its moves by the state before it, filled as asked),
    and the line's cut, gap and roles."""
    roles = tuple(line_scores)
    cut = cuts[index - 1] if index > 0 else 0.0
    gap = int(gaps[index]) if gaps else NO_GAP
    plans = PLANS.get((cut, gap, roles))
    if plans is None:
        plans = PLANS[(cut, gap, roles)] = [None] * len(STATES)
    return plans, cut, gap, roles


# The sorts of line whose mix-up changes an issue's records: a heading opens an item, an
# opening credit or a lead may open an untitled one, a closing credit or mark ends the one
# above, a continuation marker opens one, and each box (page furniture, notice, colophon, ad)
# is a record of its kind; the rest is a story's text (body, crosshead, caption).
SORTS = (
    frozenset({R.HEAD, R.RUBRIC}),
    frozenset({R.BYLINE_OPEN}),
    frozenset({R.LEAD}),
    frozenset({R.BYLINE_CLOSE, R.END, R.TO}),
    frozenset({R.FROM}),
    frozenset({R.PAGE}),
    frozenset({R.NOTICE_HEAD, R.NOTICE, R.NOTICE_MORE}),
    frozenset({R.MASTHEAD}),
    frozenset({R.AD}),
)
STORY_SORT = frozenset(Role).difference(*SORTS)
MARGIN_MAX = 10.0  # no reading of another sort comes close


def sort_of(role: Role) -> frozenset[Role]:
    return next((sort for sort in SORTS if role in sort), STORY_SORT)


def margins(
    scores: list[Scores], cuts: list[float], gaps: list[int] | None, reading: Reading
) -> list[float]:
    """How surely each line is of its sort (SORTS): the score of the best reading of the
    issue, less that of the best one in which the line is of another sort (max-marginals:
    `reading`'s forward pass, and a backward one), at most MARGIN_MAX. A line no grammatical
    reading reaches gets 0."""
    if not scores:
        return []
    reached, fell_back = reading.reached, reading.fell_back
    ahead = backward(scores, cuts, gaps, reached, fell_back)
    found = []
    for index, role in enumerate(reading.roles):
        sort = sort_of(role)
        own = other = float("-inf")
        for state, total in reached[index].items():
            value = total + ahead[index][state]
            if STATES[state][0] in sort:  # type: ignore[index]
                own = max(own, value)
            else:
                other = max(other, value)
        margin = 0.0 if index in fell_back else min(MARGIN_MAX, own - other)
        found.append(max(0.0, margin))
    return found


def backward(
    scores: list[Scores],
    cuts: list[float],
    gaps: list[int] | None,
    reached: list[dict[int, float]],
    fell_back: set[int],
) -> list[dict[int, float]]:
    """For each line and each state forward() reached it in: the best score from there to
    the issue's end (past a line no grammatical path reached, as forward() went on)."""
    minus_infinity = float("-inf")
    last = len(scores) - 1
    ahead: list[dict[int, float]] = [{} for _ in scores]
    ahead[last] = {state: end_of_issue(STATES[state]) for state in reached[last]}
    for index in range(last - 1, -1, -1):
        following = ahead[index + 1]
        if index + 1 in fell_back:
            rest = FALLBACK_COST + following[FALLBACK_STATE]
            ahead[index] = dict.fromkeys(reached[index], rest)
            continue
        values = [score for score, _ in scores[index + 1].values()]
        plans, cut, gap, roles = line_plans(index + 1, scores[index + 1], cuts, gaps)
        for state in reached[index]:
            best = minus_infinity
            moves = plans[state]
            if moves is None:
                moves = plans[state] = plan(state, cut, gap, roles)
            for place, move_score, to in moves:
                if to in following:
                    best = max(best, move_score + values[place] + following[to])
            ahead[index][state] = best
    return ahead


build_tables(weights.WEIGHTS)
