"""How far two annotators agree: the corpus golds against a second, blind annotation.

    python tests/corpus/agreement.py [-v]

second/<half>/NAME.json is a second gold of corpus issue NAME, written from the issue's text
and SCHEMA.md alone by an annotator who saw neither the first gold nor the splitter's output.
This prints, for each half, the first gold against the second (the agreement of two careful
readers: the ceiling a splitter can be asked for), and the splitter against each. Scores are
evaluate.py's (records F1, field accuracy, coverage). `-v` lists where the two golds of
tuning issues differ; held-out differences are never listed.
"""

from __future__ import annotations

import json
import sys

import evaluate

SECOND = evaluate.CORPUS / "second"
HALVES = ("tuning", "heldout")
PAIRS = ("first ~ second", "first ~ split", "second ~ split")


def agreement(half: str) -> tuple[int, dict[str, evaluate.Score]]:
    """(issues with a second gold, the score of each pair over them)."""
    from newscli.split import split_text

    totals = {pair: evaluate.Score() for pair in PAIRS}
    seconds = sorted(SECOND.joinpath(half).glob("*.json"))
    for second_path in seconds:
        first_path = evaluate.CORPUS / half / second_path.name
        first, text = evaluate.read_issue(first_path)
        second = json.loads(second_path.read_text("utf-8"))["records"]
        split = split_text(text, issue=first_path.stem)
        compared = zip(
            PAIRS, ((first["records"], second), (first["records"], split), (second, split))
        )
        for pair, (want, have) in compared:
            totals[pair].add(evaluate.score_records(want, have, text, first_path.stem))
    return len(seconds), totals


def main(args: list[str]) -> int:
    for half in HALVES:
        count, totals = agreement(half)
        print(f"{half}: {count} issues with a second gold")
        for pair, score in totals.items():
            print(
                f"  {pair:15s} records F1 {score.f1:.3f}  field accuracy"
                f" {score.field_accuracy:.3f}  coverage {score.coverage:.3f}"
            )
        if "-v" in args and half == "tuning":
            for miss in totals["first ~ second"].misses:
                print("   ", miss)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
