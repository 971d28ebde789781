"""Simplified -> traditional conversion of records with OpenCC, for Hong Kong, Macao and Taiwan.

OpenCC is imported only when something is converted. The official binding (`opencc`) and
the pure-Python `opencc-python-reimplemented` install the same module and share the API
used here, `opencc.OpenCC(config).convert(text)`, so either engine works behind it.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

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
# Records converted in one OpenCC call: the binding's cost per call is high (measured:
# 10 MB in 16-line calls took three times as long as in 600,000-character calls), so batches are big.
BATCH_SIZE = 2048
BATCH_CHARS = 600_000


@cache
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
        self.warnings: list[str] = []  # repeated phrases: the command prints these
        try:
            text = data.decode("utf-8-sig")  # a BOM must not hide the first phrase
        except UnicodeDecodeError:
            raise NewscliError(f"{path}: a phrase file must be UTF-8") from None
        first_seen: dict[str, int] = {}
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            simplified, traditional = _phrase_pair(line, f"{path}:{number}")
            if simplified in first_seen:
                self.warnings.append(
                    f"{path}:{number}: {simplified!r} repeats line {first_seen[simplified]}; the later one wins"
                )
            first_seen.setdefault(simplified, number)
            self.mapping[simplified] = traditional
        from .search import LiteralSet  # leftmost, longest phrase; 200,000 phrases build at once

        self.pattern = LiteralSet(list(self.mapping)) if self.mapping else None

    def pieces(self, text: str) -> Iterator[tuple[str, bool]]:
        """(piece, is_override) in order: overrides replaced, the rest left to OpenCC."""
        if self.pattern is None:
            yield text, False
            return
        last = 0
        for match in self.pattern.finditer(text):
            if match.start() > last:
                yield text[last : match.start()], False
            yield self.mapping[text[match.start() : match.end()]], True
            last = match.end()
        if last < len(text):
            yield text[last:], False


def _phrase_pair(line: str, where: str) -> tuple[str, str]:
    """One `simplified<TAB>traditional` line; neither side may be blank (a blank key would
    match between every two characters)."""
    parts = [part.strip() for part in line.split("\t")]
    if len(parts) != 2 or not parts[0] or not parts[1]:
        raise NewscliError(f"{where}: expected 'simplified<TAB>traditional'")
    return parts[0], parts[1]


def is_traditional(record: dict) -> bool:
    """Whether a record says it is already converted (its `script` a zh-Hant tag)."""
    script = record.get("script")
    return isinstance(script, str) and script.lower().startswith("zh-hant")


class AlreadyConverted:
    """Counts the records that pass through unconverted because they are traditional already."""

    def __init__(self) -> None:
        self.count = 0

    def watch(self, records: Iterable[dict]) -> Iterator[dict]:
        for record in records:
            if is_traditional(record):
                self.count += 1
            yield record


class RecordConverter:
    """Converts every text field of a record; ids and other fields stay as they are."""

    def __init__(
        self,
        target: str,
        phrases: PhraseDict | None = None,
        report: Counter | None = None,
        reconvert: bool = False,
    ):
        if target not in TARGETS:
            raise NewscliError(f"unknown target {target!r}; expected one of {', '.join(TARGETS)}")
        self.target = TARGETS[target]
        self.phrases = phrases
        self.report = report
        self.reconvert = reconvert  # convert records whose `script` is already traditional too
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
                piece if override else self.opencc.convert(piece)
                for piece, override in self.phrases.pieces(text)
            )
        if self.report is not None and converted != text:
            self.report.update(changed_phrases(text, converted))
        return converted

    def convert_batch(self, records: list[dict]) -> list[dict]:
        """One OpenCC call for a whole batch: every text field of every record joined by line
        breaks, converted, and split back (OpenCC's cost is mostly per call). Records already
        traditional come back as they were (converting twice turns 浓郁 into 濃鬱, not 濃郁)."""
        if not self.reconvert and any(is_traditional(record) for record in records):
            return self._convert_some(records)
        slots = [_text_slots(record) for record in records]
        values = [value for record_slots in slots for _, _, value in record_slots]
        converted = iter(self._convert_values(values))
        out = []
        for record, record_slots in zip(records, slots):
            new = dict(record)
            for name in LIST_FIELDS:
                if isinstance(record.get(name), list):
                    new[name] = list(record[name])
            for name, index, _ in record_slots:
                if index is None:
                    new[name] = next(converted)
                else:
                    new[name][index] = next(converted)
            if "paragraphs" in new:
                new["text"] = "\n".join(new["paragraphs"])
            new["script"] = self.target.script
            new["conversion"] = self.conversion
            out.append(new)
        return out

    def _convert_some(self, records: list[dict]) -> list[dict]:
        wanted = [record for record in records if not is_traditional(record)]
        converted = iter(self.convert_batch(wanted) if wanted else [])
        return [record if is_traditional(record) else next(converted) for record in records]

    def _convert_values(self, values: list[str]) -> list[str]:
        if any(SEPARATOR in v for v in values):  # unusual: a field with its own line breaks
            return [self.convert(v) for v in values]
        joined = self.convert(SEPARATOR.join(values)).split(SEPARATOR)
        return joined if len(joined) == len(values) else [self.convert(v) for v in values]

    def convert_records(
        self, records: Iterable[dict], batch_size: int = BATCH_SIZE
    ) -> Iterator[dict]:
        for batch in text_batches(records, batch_size):
            yield from self.convert_batch(batch)


def text_batches(
    records: Iterable[dict], size: int = BATCH_SIZE, chars: int = BATCH_CHARS
) -> Iterator[list[dict]]:
    """Batches of at most `size` records and about `chars` characters of text (see
    parallel.record_batches: the records before a bad line still go out)."""
    from .parallel import record_batches

    return record_batches(records, size, chars)


def _text_slots(record: dict) -> list[tuple[str, int | None, str]]:
    """(field, list index or None, value) of every text value a record holds."""
    slots: list[tuple[str, int | None, str]] = [
        (name, None, record[name]) for name in SCALAR_FIELDS if isinstance(record.get(name), str)
    ]
    for name in LIST_FIELDS:
        for index, value in enumerate(record.get(name) or []):
            if isinstance(value, str):
                slots.append((name, index, value))
    return slots


class BatchConversion:
    """What each `--jobs` worker runs on a batch of records: it carries the converter's
    settings and builds its own converter on first use (an OpenCC converter cannot travel to a
    spawned process), so that no module-level state is needed."""

    def __init__(
        self, target: str, phrases_path: str | None, report: bool, reconvert: bool = False
    ):
        self.settings = (target, phrases_path, report, reconvert)
        self.converter: RecordConverter | None = None

    def __getstate__(self) -> dict:
        return {"settings": self.settings, "converter": None}

    def __call__(self, records: list[dict]) -> tuple[list[dict], Counter | None]:
        if self.converter is None:
            target, phrases_path, report, reconvert = self.settings
            phrases = PhraseDict(Path(phrases_path)) if phrases_path else None
            self.converter = RecordConverter(
                target, phrases, Counter() if report else None, reconvert
            )
        converted = self.converter.convert_batch(records)
        changes = self.converter.report
        if changes is not None:
            self.converter.report = Counter()  # each batch's changes go back with it
        return converted, changes


def convert_parallel(
    records: Iterable[dict],
    target: str,
    phrases_path: Path | None,
    report: Counter | None,
    jobs: int,
    reconvert: bool = False,
) -> Iterator[dict]:
    """Convert in `jobs` processes, records in input order; the report merged here."""
    from .parallel import ordered_map

    conversion = BatchConversion(
        target, str(phrases_path) if phrases_path else None, report is not None, reconvert
    )
    for converted, changes in ordered_map(conversion, text_batches(records), jobs):
        if report is not None and changes:
            report.update(changes)
        yield from converted


def report_rows(changes: Counter) -> list[dict]:
    """The changed phrases, most frequent first, as `{"from", "to", "count"}` rows."""
    return [{"from": a, "to": b, "count": n} for (a, b), n in changes.most_common()]


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
    before_lines, after_lines = before.split("\n"), after.split("\n")
    if len(before_lines) > 1 and len(before_lines) == len(after_lines):  # a batch: line by line
        for one, other in zip(before_lines, after_lines):
            if one != other:
                counts.update(changed_phrases(one, other))
        return counts
    import difflib  # lengths differ (s2twp phrasing): align the two versions of one paragraph

    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            counts[(before[i1:i2], after[j1:j2])] += 1
    return counts
