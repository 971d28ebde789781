"""Write newscli/split/char_weights.txt: how much a shared Han character says about topic.

    python tests/corpus/make_char_weights.py

A character's weight is -log of its share of all characters in jieba's dictionary (word
frequencies summed over each word's characters), rounded to halves: 的 and 是 weigh little,
the characters of names and places a lot. Characters under the cap are listed, grouped by
weight; any other character weighs the cap. Split's cohesion test (cohesion.py) reads it.
"""

from __future__ import annotations

import math
import os
from collections import Counter, defaultdict
from pathlib import Path

CAP = 15.0
OUT = Path(__file__).resolve().parents[2] / "newscli" / "split" / "char_weights.txt"


def main() -> None:
    import jieba

    counts: Counter[str] = Counter()
    with open(
        os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8"
    ) as source:
        for line in source:
            word, frequency, *_ = line.split()
            for char in word:
                if "\u4e00" <= char <= "\u9fff":
                    counts[char] += int(frequency)
    total = sum(counts.values())
    groups: dict[float, list[str]] = defaultdict(list)
    for char, count in counts.items():
        weight = round(math.log(total / count) * 2) / 2
        if weight < CAP:
            groups[weight].append(char)
    lines = [f"# -log share of each Han character in jieba's dictionary; unlisted: {CAP}"]
    lines += [f"{weight} {''.join(sorted(chars))}" for weight, chars in sorted(groups.items())]
    OUT.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"wrote {OUT}: {sum(map(len, groups.values()))} characters")


if __name__ == "__main__":
    main()
