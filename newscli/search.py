"""`grep`: match records against patterns, with time-bounded regular expressions,
whole-word matching on jieba tokens, and matching across simplified and traditional script."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import regex

from .errors import NewscliError

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
    timeout: float = 5.0  # seconds one field may take; a runaway pattern fails instead of hanging


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
            raise NewscliError(f"--field must be one of {', '.join(FIELDS)}")
        self.options = options
        patterns = expand_variants(options.patterns) if options.variants else list(options.patterns)
        self.regex = compile_patterns(patterns, options.fixed, options.ignore_case)
        literal = options.fixed or all(regex.escape(p) == p for p in patterns)
        caseless = not options.ignore_case or all(p.lower() == p.upper() for p in patterns)
        # Plain substrings: whether a record matches needs no regex at all (the common grep).
        self.plain = patterns if literal and caseless and not options.word and all(patterns) else None
        # ...and, without JSON-escaped characters, they can be looked for in a record's raw
        # bytes before it is parsed (not with -v: a record without them is a match).
        raw_ok = literal and caseless and not options.invert and not any(set(p) & JSON_ESCAPED for p in patterns)
        self.literals = [p.encode() for p in patterns] if raw_ok else None

    def fields(self, record: dict) -> Iterator[tuple[str, int | None, str]]:
        for name in FIELDS[self.options.field]:
            value = record.get(name)
            if name == "paragraphs":
                for index, paragraph in enumerate(value or []):
                    yield name, index, paragraph
            elif isinstance(value, str):
                yield name, None, value

    def hits(self, record: dict) -> Iterator[Hit]:
        for name, index, text in self.fields(record):
            for match in self._finditer(text, record):
                if match.end() == match.start():
                    continue
                if self.options.word and not is_whole_word(text, match.start(), match.end()):
                    continue
                yield Hit(str(record.get("id")), name, index, match.start(), match.end(), text)

    def matches(self, record: dict) -> bool:
        if self.plain is not None:
            found = any(p in text for _, _, text in self.fields(record) for p in self.plain)
        else:
            found = next(self.hits(record), None) is not None
        return found != self.options.invert

    def _finditer(self, text: str, record: dict):
        try:
            yield from self.regex.finditer(text, timeout=self.options.timeout)
        except TimeoutError:
            raise NewscliError(
                f"pattern {' | '.join(self.options.patterns)!r} took over {self.options.timeout:g}s "
                f"on record {record.get('id')}; simplify it or raise --timeout"
            ) from None


def compile_patterns(patterns: list[str], fixed: bool, ignore_case: bool):
    flags = regex.IGNORECASE if ignore_case else 0
    parts = []
    for pattern in patterns:
        source = regex.escape(pattern) if fixed else pattern
        try:
            regex.compile(source, flags)
        except regex.error as exc:
            raise NewscliError(f"invalid pattern {pattern!r}: {exc}") from None
        parts.append(f"(?:{source})")
    return regex.compile("|".join(parts), flags)


def is_whole_word(text: str, start: int, end: int) -> bool:
    """Both ends of the match fall on jieba token boundaries: `北京` is not a word in `北京市`."""
    from .segment import boundaries

    edges = boundaries(text)
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
