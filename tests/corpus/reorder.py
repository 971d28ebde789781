"""The corpus issues with their items in reverse order: does a record depend on its neighbours?

    python tests/corpus/reorder.py [tuning|heldout ...] [-v]

A page sets its items in any order: a notice above a story or under it, an ad right under the
header. Each gold issue is laid out again with its items (every record but the page furniture
at its top and foot) in reverse order, each keeping the blank lines before it, and split; the
score is the share of gold records the split gives back exactly (kind, title, subtitle, byline,
authors, continuation pages, paragraphs; line numbers move). `-v` lists the misses of tuning
issues only: held-out misses are never read.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

CORPUS = Path(__file__).resolve().parent
COMPARED = (
    "kind",
    "title",
    "subtitle",
    "byline",
    "authors",
    "continued_from",
    "continued_to",
    "paragraphs",
)
LINE_RE = re.compile(r"\r\n|\r|\n")


def reversed_items(text: str, records: list[dict]) -> tuple[str, list[dict]]:
    """The issue's text with its items in reverse order, and its gold records in that order."""
    lines = LINE_RE.split(text)
    blocks, end = [], 0
    for record in records:
        last = record["lines"][1]
        blocks.append(("\n".join(lines[end:last]), record))
        end = last
    tail = "\n".join(lines[end:])
    top = 1 if blocks and blocks[0][1]["kind"] == "page" else 0
    foot = 1 if len(blocks) > top and blocks[-1][1]["kind"] == "page" else 0
    order = blocks[:top] + blocks[top : len(blocks) - foot][::-1] + blocks[len(blocks) - foot :]
    laid_out = "\n".join(block for block, _ in order) + ("\n" + tail if tail else "")
    return laid_out, [record for _, record in order]


def project(records: list[dict]) -> Counter:
    return Counter(json.dumps([r[k] for k in COMPARED], ensure_ascii=False) for r in records)


def kept_in_reverse(gold_path: Path) -> tuple[int, int, list[str]]:
    """(gold records given back, gold records, the rows missed) for one issue."""
    from newscli.split import split_text

    gold = json.loads(gold_path.read_text("utf-8"))
    text = gold_path.with_suffix(".txt").read_bytes().decode(gold.get("encoding", "utf-8"))
    laid_out, records = reversed_items(text.lstrip("\ufeff"), gold["records"])
    want, got = project(records), project(split_text(laid_out))
    missed = want - got
    return sum(want.values()) - sum(missed.values()), sum(want.values()), list(missed)


def main(args: list[str]) -> int:
    verbose = "-v" in args
    for half in [a for a in args if a != "-v"] or ["tuning", "heldout"]:
        kept = total = 0
        for path in sorted((CORPUS / half).glob("*.json")):
            hit, count, missed = kept_in_reverse(path)
            kept, total = kept + hit, total + count
            if verbose and half == "tuning" and missed:
                print(
                    f"  {path.stem} {hit}/{count}",
                    *("    " + row[:150] for row in missed),
                    sep="\n",
                )
        print(f"{half}: {kept} of {total} gold records kept in reverse order ({kept / total:.3f})")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(CORPUS.parent.parent))
    sys.exit(main(sys.argv[1:]))
