"""jieba's IDF table, which weighs `stats` keywords, read fast."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator


class IdfTable:
    """jieba's IDF table (`word value` a line) kept as the bytes of its file: a third of the
    start-up of `stats` went into making 270,000 strings and floats, where a run looks up a
    few thousand words."""

    def __init__(self, data: bytes):
        fields = data.split()
        self.raw: dict[bytes, bytes] = dict(zip(fields[0::2], fields[1::2]))

    def get(self, word: str, default: float) -> float:
        value = self.raw.get(word.encode("utf-8"))
        return default if value is None else float(value)

    def __getitem__(self, word: str) -> float:
        return float(self.raw[word.encode("utf-8")])

    def __len__(self) -> int:
        return len(self.raw)

    def values(self) -> Iterator[float]:
        return map(float, self.raw.values())

    def median(self) -> float:
        """`sorted(values)[len // 2]`. Values repeat (a few thousand distinct ones): sorting
        those is enough."""
        times_of: Counter = Counter()
        for value, times in Counter(self.raw.values()).items():
            times_of[float(value)] += times
        middle, seen = len(self.raw) // 2, 0
        for value, times in sorted(times_of.items()):
            seen += times
            if middle < seen:
                return value
        return 0.0
