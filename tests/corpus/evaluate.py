"""Score `split` against the corpus golds: records F1, field accuracy, coverage.

    python tests/corpus/evaluate.py [tuning|heldout|FILE.json ...] [-v]

- A predicted record matches a gold record when they have the same kind and cover nearly
  the same source lines (intersection over union of their non-blank lines >= 0.8); each
  record matches at most one. Records F1 is over those matches.
- Field accuracy: the share of (matched record, field) pairs where the field is exactly the
  gold's, over FIELDS; an unmatched gold record counts as wrong in every field.
- Coverage: the share of the issue's non-blank lines that lie in a matched pair.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

CORPUS = Path(__file__).resolve().parent
FIELDS = (
    "kind",
    "title",
    "subtitle",
    "lead",
    "byline",
    "authors",
    "continued_from",
    "continued_to",
    "paragraphs",
)
MATCH_IOU = 0.8


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    fields_right: int = 0
    lines: int = 0
    lines_covered: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("gold", "predicted", "matched", "fields_right", "lines", "lines_covered"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses

    @property
    def f1(self) -> float:
        if not self.gold and not self.predicted:
            return 1.0
        return 2 * self.matched / (self.gold + self.predicted)

    @property
    def field_accuracy(self) -> float:
        return self.fields_right / (self.gold * len(FIELDS)) if self.gold else 1.0

    @property
    def coverage(self) -> float:
        return self.lines_covered / self.lines if self.lines else 1.0


def gold_pairs(which: str) -> list[Path]:
    return sorted((CORPUS / which).glob("*.json"))


def content_lines(text: str) -> set[int]:
    return {n for n, line in enumerate(re.split(r"\r\n|\r|\n", text), 1) if line.strip()}


def span(record: dict, nonblank: set[int]) -> set[int]:
    first, last = record["lines"]
    return {n for n in nonblank if first <= n <= last}


def matches(gold: list[dict], predicted: list[dict], text: str) -> dict[int, int]:
    """Gold record index -> the predicted record index it matches (same kind, line IoU >=
    MATCH_IOU; each predicted record matches at most one, the first gold record to take it)."""
    nonblank = content_lines(text)
    have_lines = [span(have, nonblank) for have in predicted]
    found: dict[int, int] = {}
    for want_index, want in enumerate(gold):
        want_lines = span(want, nonblank)
        for index, have in enumerate(predicted):
            if index in found.values() or have["kind"] != want["kind"]:
                continue
            union = want_lines | have_lines[index]
            if union and len(want_lines & have_lines[index]) / len(union) >= MATCH_IOU:
                found[want_index] = index
                break
    return found


def score_records(gold: list[dict], predicted: list[dict], text: str, name: str = "") -> Score:
    nonblank = content_lines(text)
    score = Score(gold=len(gold), predicted=len(predicted), lines=len(nonblank))
    matched = matches(gold, predicted, text)
    for want_index, want in enumerate(gold):
        if want_index not in matched:
            score.misses.append(
                f"{name} seq {want['seq']} ({want['kind']} {want['title']!r} {want['lines']}): no match"
            )
            continue
        have = predicted[matched[want_index]]
        score.matched += 1
        score.lines_covered += len(span(want, nonblank) & span(have, nonblank))
        for key in FIELDS:
            if have.get(key) == want.get(key):
                score.fields_right += 1
            else:
                score.misses.append(
                    f"{name} seq {want['seq']} {key}: want {short(want.get(key))} got {short(have.get(key))}"
                )
    for index, have in enumerate(predicted):
        if index not in matched.values():
            score.misses.append(
                f"{name} extra record {have['kind']} {have['title']!r} {have['lines']}"
            )
    return score


@dataclass
class MarginCheck:
    """Split's records by their margin: how many fall under the threshold, and how many of
    each side match no gold record."""

    low: int = 0
    low_wrong: int = 0
    high: int = 0
    high_wrong: int = 0

    def rate(self, side: str) -> float:
        count = getattr(self, side)
        return getattr(self, f"{side}_wrong") / count if count else 0.0


def check_margins(paths: list[Path], threshold: float) -> MarginCheck:
    from newscli.split import split_text

    check = MarginCheck()
    for gold_path in paths:
        gold, text = read_issue(gold_path)
        predicted = split_text(text, issue=gold_path.stem)
        right = set(matches(gold["records"], predicted, text).values())
        for index, record in enumerate(predicted):
            side = "low" if record["margin"] < threshold else "high"
            setattr(check, side, getattr(check, side) + 1)
            if index not in right:
                setattr(check, f"{side}_wrong", getattr(check, f"{side}_wrong") + 1)
    return check


def short(value) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 90 else text[:87] + "..."


def read_issue(gold_path: Path) -> tuple[dict, str]:
    """A gold and its issue's text (NAME.txt beside it), decoded as the gold says, no BOM."""
    gold = json.loads(gold_path.read_text("utf-8"))
    raw = gold_path.with_suffix(".txt").read_bytes()
    return gold, raw.decode(gold.get("encoding", "utf-8")).lstrip("\ufeff")


def score_file(gold_path: Path) -> Score:
    from newscli.split import split_text

    gold, text = read_issue(gold_path)
    predicted = split_text(text, issue=gold_path.stem)
    return score_records(gold["records"], predicted, text, gold_path.stem)


def score_set(paths: list[Path]) -> Score:
    total = Score()
    for path in paths:
        total.add(score_file(path))
    return total


def main(args: list[str]) -> int:
    verbose = "-v" in args
    args = [a for a in args if a != "-v"] or ["tuning", "heldout"]
    for arg in args:
        paths = gold_pairs(arg) if arg in ("tuning", "heldout") else [Path(arg)]
        score = score_set(paths)
        print(
            f"{arg}: {len(paths)} issues, {score.gold} gold records, records F1 {score.f1:.3f}, "
            f"field accuracy {score.field_accuracy:.3f}, coverage {score.coverage:.3f}"
        )
        if verbose:
            print("\n".join("  " + m for m in score.misses))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(CORPUS.parent.parent))
    sys.exit(main(sys.argv[1:]))
