"""The roles a line can play in an issue, and the weights of the features that score them
(weights.json: features.py and neighbours.py name the features, decode.py the steps)."""

from __future__ import annotations

from enum import Enum
from functools import cache

from . import weights


class Role(str, Enum):
    PAGE = "page"  # page furniture: header, footer, editor credits
    RUBRIC = "rubric"  # column label above a headline
    HEAD = "headline"
    BYLINE_OPEN = "byline"  # credit under the headline
    LEAD = "lead"  # first paragraph, opening with a dateline lead
    BODY = "body"
    CROSS = "crosshead"  # short heading inside an article: a paragraph
    CAPTION = "caption"  # a photo's caption between headline and byline: a paragraph
    BYLINE_CLOSE = "byline-close"  # credit closing the article
    END = "end-mark"  # （完）: a paragraph that closes the article
    FROM = "continued-from"  # （上接第N版）
    TO = "continued-to"  # （下转第N版）
    NOTICE_HEAD = "notice-heading"
    NOTICE = "notice"  # notice text that shows it is one: contact lines, notice words
    NOTICE_MORE = "notice-text"  # the rest of a notice: signer, date, other text
    MASTHEAD = "masthead"
    AD = "ad"


WEIGHTS: dict[str, float] = weights.WEIGHTS["features"]  # fitted numbers: weights.json

Scores = dict[Role, tuple[float, tuple[str, ...]]]


@cache
def weight_of(features: tuple[str, ...]) -> float:
    return sum(WEIGHTS[f] for f in features)


def best_role(scores: Scores) -> Role:
    """The role the line's own features score highest."""
    return max(scores, key=lambda role: scores[role][0])
