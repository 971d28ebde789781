"""Simplified -> traditional conversion of records with OpenCC, for Hong Kong, Macao and Taiwan.

OpenCC is imported only when something is converted. The official binding (`opencc`) and
the pure-Python `opencc-python-reimplemented` install the same module and share the API
used here, `opencc.OpenCC(config).convert(text)`, so either engine works behind it.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from .engine import engine_distribution
from .errors import NewscliError



@dataclass(frozen=True)
class Target:
    config: str  # OpenCC configuration
    script: str  # BCP 47 tag written into the record


# OpenCC has no Macao standard: Macao readers get Hong Kong forms, tagged as Macao.
TARGETS = {
    "hk": Target("s2hk", "zh-Hant-HK"),
    "mo": Target("s2hk", "zh-Hant-MO"),
    "tw": Target("s2tw", "zh-Hant-TW"),
    "twp": Target("s2twp", "zh-Hant-TW"),
    "t": Target("s2t", "zh-Hant"),
}
SCALAR_FIELDS = ("title", "subtitle", "lead", "byline")
LIST_FIELDS = ("authors", "paragraphs")
SEPARATOR = "\n"  # no OpenCC dictionary entry spans a line break


@lru_cache(maxsize=None)
def opencc_converter(config: str):
    try:
        import opencc
    except ImportError:
        raise NewscliError("OpenCC is not installed: pip install opencc") from None
    try:
        return opencc.OpenCC(config)
    except Exception as exc:  # the engines raise different types for a bad config
        raise NewscliError(f"OpenCC cannot load configuration {config!r}: {exc}") from None


def convert_plain(text: str, config: str) -> str:
    return opencc_converter(config.removesuffix(".json")).convert(text)


class PhraseDict:
    """A newsroom's own phrase overrides: `simplified<TAB>traditional` a line, `#` comments.
    Applied before OpenCC; the replaced spans are not converted again."""

    def __init__(self, path: Path):
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise NewscliError(f"{path}: {exc.strerror or exc}") from None
        self.sha256 = hashlib.sha256(data).hexdigest()
        self.mapping: dict[str, str] = {}
        try:
            text = data.decode("utf-8-sig")  # a BOM must not hide the first phrase
        except UnicodeDecodeError:
            raise NewscliError(f"{path}: a phrase file must be UTF-8") from None
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.rstrip("\r\n").split("\t")
            if len(parts) != 2 or not parts[0] or not parts[1]:
                raise NewscliError(f"{path}:{number}: expected 'simplified<TAB>traditional'")
            self.mapping[parts[0].strip()] = parts[1].strip()
        import regex

        alternatives = sorted(self.mapping, key=len, reverse=True)  # longest phrase wins
        self.pattern = regex.compile("|".join(regex.escape(a) for a in alternatives)) if alternatives else None

    def pieces(self, text: str) -> Iterator[tuple[str, bool]]:
        """(piece, is_override) in order: overrides replaced, the rest left to OpenCC."""
        if self.pattern is None:
            yield text, False
            return
        last = 0
        for match in self.pattern.finditer(text):
            if match.start() > last:
                yield text[last : match.start()], False
            yield self.mapping[match.group(0)], True
            last = match.end()
        if last < len(text):
            yield text[last:], False


class RecordConverter:
    """Converts every text field of a record; ids and other fields stay as they are."""

    def __init__(self, target: str, phrases: PhraseDict | None = None, report: Counter | None = None):
        if target not in TARGETS:
            raise NewscliError(f"--to must be one of {', '.join(TARGETS)}")
        self.target = TARGETS[target]
        self.phrases = phrases
        self.report = report
        self.opencc = opencc_converter(self.target.config)
        engine = engine_distribution() or ("unknown", "unknown")
        self.conversion = {
            "engine": engine[0],
            "version": engine[1],
            "config": self.target.config,
            "dict": phrases.sha256 if phrases else None,
        }

    def convert(self, text: str) -> str:
        if self.phrases is None:
            converted = self.opencc.convert(text)
        else:
            converted = "".join(
                piece if override else self.opencc.convert(piece) for piece, override in self.phrases.pieces(text)
            )
        if self.report is not None and converted != text:
            self.report.update(changed_phrases(text, converted))
        return converted

    def convert_record(self, record: dict) -> dict:
        """One OpenCC call a record: its fields joined by line breaks, then split back."""
        slots: list[tuple[str, int | None]] = []
        values: list[str] = []
        for name in SCALAR_FIELDS:
            if isinstance(record.get(name), str):
                slots.append((name, None))
                values.append(record[name])
        for name in LIST_FIELDS:
            for index, value in enumerate(record.get(name) or []):
                if isinstance(value, str):
                    slots.append((name, index))
                    values.append(value)
        converted = self._convert_values(values)
        out = dict(record)
        for name in LIST_FIELDS:
            if isinstance(record.get(name), list):
                out[name] = list(record[name])
        for (name, index), value in zip(slots, converted):
            if index is None:
                out[name] = value
            else:
                out[name][index] = value
        if "paragraphs" in out:
            out["text"] = "\n".join(out["paragraphs"])
        out["script"] = self.target.script
        out["conversion"] = self.conversion
        return out

    def _convert_values(self, values: list[str]) -> list[str]:
        if any(SEPARATOR in v for v in values):  # unusual: a field with its own line breaks
            return [self.convert(v) for v in values]
        joined = self.convert(SEPARATOR.join(values)).split(SEPARATOR)
        return joined if len(joined) == len(values) else [self.convert(v) for v in values]

    def convert_records(self, records: Iterable[dict]) -> Iterator[dict]:
        return (self.convert_record(r) for r in records)


def changed_phrases(before: str, after: str) -> Counter:
    """Runs of changed characters, as (simplified, traditional) pairs, for proofreading."""
    counts: Counter = Counter()
    if len(before) == len(after):
        start = None
        for i, (a, b) in enumerate(zip(before + "\0", after + "\0")):
            if a != b and start is None:
                start = i
            elif a == b and start is not None:
                counts[(before[start:i], after[start:i])] += 1
                start = None
        return counts
    import difflib

    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            counts[(before[i1:i2], after[j1:j2])] += 1
    return counts
