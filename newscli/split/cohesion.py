"""Lexical cohesion around a line: does the text go on with the same story across it?

A short line between two body paragraphs is a crosshead when the story goes on after it,
and the headline of a new article when another story starts. The decoder cannot tell the
two apart by shape; the words can: the text after a crosshead shares the names, places and
subjects of the text before it (TextTiling's idea, over characters). Each shared Han
character counts by how rare it is in Chinese at large (char_weights.txt, made from
jieba's dictionary by tests/corpus/make_char_weights.py), so 的 and 是 count for little and
the characters of a name for much.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

WINDOW = 200  # characters read on each side of the line
WEIGHTS_FILE = Path(__file__).with_name("char_weights.txt")


class CharWeights(dict):
    """Weight of any character: listed, the cap for an unlisted Han character, 0 for the rest
    (punctuation, digits, Latin). Looked-up characters are kept."""

    def __init__(self, listed: dict[str, float], cap: float):
        super().__init__(listed)
        self.cap = cap

    def __missing__(self, char: str) -> float:
        weight = self[char] = (
            self.cap if "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" else 0.0
        )
        return weight


@lru_cache(maxsize=1)
def char_weights() -> CharWeights:
    listed: dict[str, float] = {}
    cap = 15.0
    for line in WEIGHTS_FILE.read_text("utf-8").splitlines():
        if line.startswith("#"):
            cap = float(line.rsplit(" ", 1)[1])
            continue
        weight, chars = line.split(" ", 1)
        listed.update(dict.fromkeys(chars, float(weight)))
    return CharWeights(listed, cap)


def overlap(before: str, after: str) -> float:
    """Weighted share of the Han characters of the sparser side that the other side has too."""
    weight = char_weights().__getitem__
    left, right = set(before), set(after)
    common = left & right
    if not common:
        return 0.0
    # The side with fewer distinct characters stands for the sparser one (one sum, not two).
    smaller = sum(map(weight, left if len(left) <= len(right) else right))
    return sum(map(weight, common)) / smaller if smaller else 0.0


def around(
    texts: list[str], index: int, window: int = WINDOW, last: int | None = None
) -> tuple[str, str]:
    """`window` characters of the text before line `index` and after line `last` (by default
    `index`: the lines between, a heading group, are left out)."""
    before, i = "", index - 1
    while i >= 0 and len(before) < window:
        before = texts[i] + before
        i -= 1
    after, i = "", (index if last is None else last) + 1
    while i < len(texts) and len(after) < window:
        after += texts[i]
        i += 1
    return before[-window:], after[:window]


NAME_PAIR = 16.0  # two characters about this rare together: a name, a place, a term
NAME_REACH = 40  # characters after the heading where the story's names come back


def names_go_on(before: str, after: str, elsewhere: str) -> bool:
    """The text right after a heading names again what the text before it named (王延芳,
    林郑月娥): two or more rare character pairs of its first sentences are in the text
    before. Pairs in `elsewhere` (the page's headers and headlines) are the page's own
    words (the paper's city), shared by every story on it, and do not count."""
    # Whether a pair is rare depends on its two characters alone, so a rare pair of the
    # text after is one of the text before exactly when it occurs there: a substring test
    # each, not the pairs of the whole window before (a tenth of `split`'s time).
    shared = {pair for pair in rare_pairs(after[:NAME_REACH]) if pair in before}
    return len({pair for pair in shared if pair not in elsewhere}) >= 2


def rare_pairs(text: str) -> set[str]:
    weight = char_weights().__getitem__
    return {
        a + b
        for a, b in zip(text, text[1:])
        if weight(a)
        and weight(b)
        and weight(a) + weight(b) >= NAME_PAIR
        and NOT_A_NAME not in (a, b)
    }


NOT_A_NAME = "某"  # 某某: "so-and-so", the stand-in for a withheld name, not one
