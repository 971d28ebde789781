"""`grep`: match records against patterns, with time-bounded regular expressions,
whole-word matching on the tokens of a segmenter (see segment.py), and matching across simplified and traditional script."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from .errors import NewscliError
from .patterns import MAX_COMPILED_SIZE, compiled_size, required_literals

if TYPE_CHECKING:
    from .blocks import LineFilter

FIELDS = {
    "title": ("title",),
    "subtitle": ("subtitle",),
    "byline": ("byline",),
    "text": ("paragraphs",),
    "all": ("title", "subtitle", "byline", "paragraphs"),
}
# Characters JSON may write escaped: a pattern holding one cannot be tested on raw bytes.
JSON_ESCAPED = set('"\\/') | {chr(c) for c in range(32)}


@dataclass
class SearchOptions:
    patterns: list[str]
    fixed: bool = False
    ignore_case: bool = False
    word: bool = False
    invert: bool = False
    field: str = "all"
    variants: bool = False
    timeout: float | None = (
        5.0  # seconds one field may take; a runaway pattern fails instead of hanging
    )
    max_time: float | None = None  # seconds the whole run may take (None: no limit)


@dataclass
class Hit:
    record_id: str
    field: str
    paragraph: int | None  # index in `paragraphs`, None for headline and byline fields
    start: int
    end: int
    text: str  # the whole field text the offsets refer to

    @property
    def match(self) -> str:
        return self.text[self.start : self.end]


class Matcher:
    def __init__(self, options: SearchOptions):
        if not options.patterns:
            raise NewscliError("no pattern given")
        if options.field not in FIELDS:
            raise NewscliError(
                f"unknown field {options.field!r}; expected one of {', '.join(FIELDS)}"
            )
        self.options = options
        self.segmenter = None  # built on the first whole-word test: only -w segments
        # The whole run's budget starts now: many fields each under --timeout can still add up.
        self.deadline = None if options.max_time is None else time.monotonic() + options.max_time
        patterns = expand_variants(options.patterns) if options.variants else list(options.patterns)
        literal = options.fixed or all(regex.escape(p) == p for p in patterns)
        caseless = not options.ignore_case or all(p.lower() == p.upper() for p in patterns)
        # A large word list is looked up as a set: one alternation of thousands of words
        # is slow to compile and slower to run.
        large_set = literal and caseless and len(patterns) >= LARGE_LITERAL_SET and all(patterns)
        self.regex = (
            LiteralSet(patterns)
            if large_set
            else compile_patterns(patterns, options.fixed, options.ignore_case)
        )
        # Plain substrings: whether a record matches needs no regex at all (the common grep).
        self.plain = (
            patterns if literal and caseless and not options.word and all(patterns) else None
        )
        self.joinable = self.plain is not None and not any("\n" in p for p in self.plain)
        # A string every match holds can be looked for in the raw bytes of the input before
        # any record is parsed (not with -v: a record without it is a match; not for a large
        # set: a search for each of thousands of strings costs more than parsing).
        self.line_filter = (
            None
            if options.invert or large_set
            else prefilter(patterns, literal, options.ignore_case)
        )

    def fields(self, record: dict) -> Iterator[tuple[str, int | None, str]]:
        for name in FIELDS[self.options.field]:
            value = record.get(name)
            if name == "paragraphs":
                for index, paragraph in enumerate(value or []):
                    yield name, index, paragraph
            elif isinstance(value, str):
                yield name, None, value

    def field_text(self, record: dict) -> str:
        """The searched fields' text, joined by line breaks."""
        parts: list[str] = []
        for name in FIELDS[self.options.field]:
            value = record.get(name)
            if name == "paragraphs":
                parts += value or []
            elif isinstance(value, str):
                parts.append(value)
        return "\n".join(parts)

    def hits(self, record: dict, keep_empty: bool = False) -> Iterator[Hit]:
        """The matches in a record's fields; empty ones (`''`, `x*`) only with `keep_empty`:
        they select a record, as in grep, but there is nothing to show in context."""
        for name, index, text in self.fields(record):
            for match in self._finditer(text, record):
                if match.end() == match.start() and not keep_empty:
                    continue
                if self.options.word and not self.is_whole_word(text, match.start(), match.end()):
                    continue
                yield Hit(str(record.get("id")), name, index, match.start(), match.end(), text)

    def is_whole_word(self, text: str, start: int, end: int) -> bool:
        if self.segmenter is None:
            from .segment import open_segmenter

            self.segmenter = open_segmenter()
        return is_whole_word(text, start, end, self.segmenter)

    def matches(self, record: dict) -> bool:
        self._field_budget()  # the plain path runs no regex: the whole-run budget is checked here
        if self.plain is not None and not isinstance(self.regex, LiteralSet):
            if (
                self.joinable
            ):  # one search of the fields joined: no pattern can span the line breaks
                text = self.field_text(record)
                found = any(p in text for p in self.plain)
            else:
                found = any(p in text for _, _, text in self.fields(record) for p in self.plain)
        else:
            found = next(self.hits(record, keep_empty=True), None) is not None
        return found != self.options.invert

    def _finditer(self, text: str, record: dict):
        timeout, whole_run = self._field_budget()
        try:
            yield from self.regex.finditer(text, timeout=timeout)
        except TimeoutError:
            if whole_run:
                raise self._over_max_time() from None
            raise NewscliError(
                f"pattern {' | '.join(self.options.patterns)!r} took over {self.options.timeout:g}s "
                f"on record {record.get('id')!r}; simplify it or raise `timeout`"
            ) from None

    def _field_budget(self) -> tuple[float | None, bool]:
        """Seconds the next field may take, and whether the whole run's budget is what bounds it."""
        if self.deadline is None:
            return self.options.timeout, False
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise self._over_max_time()
        if self.options.timeout is None or left < self.options.timeout:
            return left, True
        return self.options.timeout, False

    def _over_max_time(self) -> NewscliError:
        return NewscliError(
            f"the search ran over `max_time` {self.options.max_time:g}s (the whole run); "
            "narrow the input, simplify the pattern or raise `max_time`"
        )


def select(
    records: Iterable[dict], matcher: Matcher, max_count: int | None = None
) -> Iterator[dict]:
    """The records `matcher` selects, in order; at most `max_count` of them (None: all). Stops
    reading at the last one wanted."""
    if max_count == 0:
        return
    taken = 0
    for record in records:
        if matcher.matches(record):
            yield record
            taken += 1
            if max_count is not None and taken >= max_count:
                return


def prefilter(patterns: list[str], literal: bool, ignore_case: bool) -> LineFilter | None:
    """A LineFilter of strings one of which every match holds (each pattern's, or for a
    regular expression, each top-level branch's longest run of plain characters); None when
    some pattern or branch has none (`.*`, `a|b?`) or letter case is ignored for it."""
    from .blocks import LineFilter

    needles: list[bytes] = []
    for pattern in patterns:
        strings = [pattern] if literal else required_literals(pattern)
        for needle in strings or [""]:
            if (
                not needle
                or set(needle) & JSON_ESCAPED
                or (ignore_case and needle.lower() != needle.upper())
            ):
                return None
            needles.append(needle.encode("utf-8"))
    return LineFilter(tuple(dict.fromkeys(needles)))


def select_records(
    records: Iterable[dict],
    matcher: Matcher,
    kinds: set[str] | None = None,
    render: Callable | None = None,
) -> Iterator:
    """The records (of the given kinds) that the matcher selects, each passed through `render`."""
    for record in records:
        if kinds is not None and record.get("kind") not in kinds:
            continue
        if matcher.matches(record):
            yield record if render is None else render(record)


def compile_patterns(patterns: list[str], fixed: bool, ignore_case: bool):
    flags = regex.IGNORECASE if ignore_case else 0
    parts = []
    total = 0
    for pattern in patterns:
        source = regex.escape(pattern) if fixed else pattern
        size = compiled_size(source)
        total += size
        if size > MAX_COMPILED_SIZE:
            raise NewscliError(
                f"pattern {pattern!r} is too large to compile: its repeats make about {size} items "
                f"(at most {MAX_COMPILED_SIZE}); use a range such as {{1,N}} or a shorter count"
            )
        try:
            regex.compile(source, flags)
        except regex.error as exc:
            raise NewscliError(f"invalid pattern {pattern!r}: {exc}") from None
        parts.append(f"(?:{source})")
    if total > MAX_COMPILED_SIZE:
        raise NewscliError(
            f"the patterns together are too large to compile (about {total} items, at most {MAX_COMPILED_SIZE})"
        )
    return regex.compile("|".join(parts), flags)


LARGE_LITERAL_SET = 64  # from this many plain strings on, a set lookup beats an alternation


class LiteralSet:
    """Many plain strings found at once, as grep -F does: leftmost, and the longest string of
    the set that starts there. An Aho-Corasick automaton (pyahocorasick, in C): the work grows
    with the text, not with the number of strings, and building it for 200,000 takes a blink
    where one regular expression of them all takes minutes."""

    def __init__(self, words: list[str]):
        import ahocorasick

        self.automaton = ahocorasick.Automaton()
        for word in words:
            if word:
                self.automaton.add_word(word, len(word))
        self.empty = len(self.automaton) == 0
        if not self.empty:
            self.automaton.make_automaton()

    def finditer(self, text: str, timeout: float | None = None) -> Iterator[_Found]:
        if self.empty:
            return
        for last, length in self.automaton.iter_long(text):
            yield _Found(last + 1 - length, last + 1)


@dataclass
class _Found:
    """What LiteralSet finds, read like a regex match."""

    begin: int
    finish: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


def is_whole_word(text: str, start: int, end: int, segmenter) -> bool:
    """Both ends of the match fall on token boundaries: `北京` is not a word in `北京市`."""
    edges = segmenter.boundaries(text)
    return start in edges and end in edges


def expand_variants(patterns: list[str]) -> list[str]:
    """Each pattern in simplified and in every traditional standard, so a search finds
    `發展` for `发展` and the reverse."""
    from .convert import convert_plain

    out: list[str] = []
    for pattern in patterns:
        for config in ("t2s", "s2t", "s2hk", "s2tw", "s2twp"):
            for variant in (pattern, convert_plain(pattern, config)):
                if variant not in out:
                    out.append(variant)
    return out
