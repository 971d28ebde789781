"""The record stream: JSON lines in and out, and inputs that may be raw issue text or records.

Every command reads through `RecordReader`, so each accepts issue text (split on the fly)
or a record stream, from files, directories or standard input, one record at a time.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import IO, BinaryIO, Iterable, Iterator

import orjson

from .errors import InvalidRecordError, NewscliError
from .textio import Source, decode_text, iter_sources

RECORD_PATTERNS = ("*.txt", "*.jsonl", "*.ndjson")
UTF8_BOM = b"\xef\xbb\xbf"


def dumps(record: dict) -> bytes:
    """One record as one JSON line: UTF-8, Chinese written as itself, never `\\uXXXX`."""
    return orjson.dumps(record) + b"\n"


def parse_record(line: bytes, where: str) -> dict:
    """Parse and check one record line; raise InvalidRecordError naming `where` (FILE:LINE)."""
    try:
        record = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        reason = "truncated record" if not line.rstrip().endswith(b"}") else "invalid JSON"
        raise InvalidRecordError(where, f"{reason} ({exc})") from None
    if not isinstance(record, dict):
        raise InvalidRecordError(where, f"expected a JSON object, got {type(record).__name__}")
    if not isinstance(record.get("id"), str):
        raise InvalidRecordError(where, "record has no string 'id'")
    paragraphs = record.get("paragraphs")
    if not isinstance(paragraphs, list) or not all(isinstance(p, str) for p in paragraphs):
        raise InvalidRecordError(where, "record has no 'paragraphs' list of strings")
    return record


def record_text(record: dict) -> str:
    """Headline lines then paragraphs, one a line: what is segmented, counted or exported."""
    parts = [record.get("title"), record.get("subtitle"), *(record.get("paragraphs") or [])]
    return "\n".join(p for p in parts if p)


@dataclass
class ReadOptions:
    """How inputs are read; `issue`/`date`/`encoding` apply to raw issue text."""

    encoding: str | None = None
    skip_invalid: bool = False
    issue: str | None = None
    date: str | None = None


@dataclass
class RecordReader:
    """Iterate the records of all inputs lazily; raw issue text is split first.

    With `skip_invalid`, bad record lines are counted in `skipped` (their FILE:LINE)
    instead of raising.
    """

    paths: list[Path] | None
    options: ReadOptions = field(default_factory=ReadOptions)
    skipped: list[str] = field(default_factory=list)
    # grep's literal fast path: a record line holding none of these byte strings cannot
    # match, so it is not parsed (lines with \u escapes always are).
    literals: list[bytes] | None = None

    def __iter__(self) -> Iterator[dict]:
        for source in iter_sources(self.paths, RECORD_PATTERNS):
            yield from self.read_source(source)

    def read_source(self, source: Source) -> Iterator[dict]:
        stream = source.open()
        try:
            head, first = _first_content_line(stream)
            start = first.lstrip(UTF8_BOM + b" \t")
            if start.startswith(b"["):
                _refuse_json_array(start, f"{source.name}:{len(head) + 1}")
            if start.startswith(b"{"):
                lines = chain([first], stream)
                yield from self._parse_lines(lines, source.name, start=len(head) + 1)
            else:
                data = b"".join(head) + first + stream.read()
                yield from self._split(data, source)
        finally:
            if source.path is not None:
                stream.close()

    def _parse_lines(self, lines: Iterable[bytes], name: str, start: int) -> Iterator[dict]:
        for number, line in enumerate(lines, start):
            if number == start:
                line = line.removeprefix(UTF8_BOM)
            if len(line) < 8 and not line.strip():  # a record line is never this short
                continue
            if self.literals and not self._may_match(line) and _looks_like_record(line):
                continue  # cannot match; anything not shaped like a record is parsed and reported
            try:
                yield parse_record(line, f"{name}:{number}")
            except InvalidRecordError as exc:
                if not self.options.skip_invalid:
                    raise
                self.skipped.append(exc.where)

    def _may_match(self, line: bytes) -> bool:
        for literal in self.literals or ():
            if literal in line:
                return True
        return b"\\u" in line  # an escaped line may hide the literal: parse it

    def _split(self, data: bytes, source: Source) -> Iterator[dict]:
        from .split import issue_from_path, split_text  # the splitter is only needed for raw text

        text = decode_text(data, source.name, self.options.encoding)
        issue, date = issue_from_path(source.path)
        yield from split_text(
            text,
            issue=self.options.issue or issue,
            date=self.options.date or date,
            source=None if source.path is None else str(source.path),
        )


def _looks_like_record(line: bytes) -> bool:
    """A cheap shape check for lines the prefilter lets skip parsing."""
    return line.startswith(b'{"') and line.rstrip().endswith(b"}") and b'"id":' in line and b'"paragraphs":' in line


def _refuse_json_array(line: bytes, where: str) -> None:
    """A JSON array is not a record stream; say so rather than split it as issue text."""
    try:
        orjson.loads(line)
    except orjson.JSONDecodeError:
        if not line.rstrip().endswith((b",", b"[")):
            return  # text that merely starts with a bracket
    raise InvalidRecordError(where, "a JSON array, not JSON lines (one record per line); try: jq -c '.[]'")


def _first_content_line(stream: BinaryIO) -> tuple[list[bytes], bytes]:
    """Read past leading blank lines; return them and the first non-blank line."""
    head: list[bytes] = []
    for line in stream:
        if line.strip(UTF8_BOM + b" \t\r\n"):
            return head, line
        head.append(line)
    return head, b""


class RecordWriter:
    """Writes records as JSON lines to a binary stream; `line_buffered` flushes each one."""

    def __init__(self, stream: IO[bytes], line_buffered: bool = False):
        self.stream = stream
        self.line_buffered = line_buffered
        self.count = 0

    def write(self, record: dict) -> None:
        self.stream.write(dumps(record))
        self.count += 1
        if self.line_buffered:
            self.stream.flush()

    def write_all(self, records: Iterable[dict]) -> int:
        for record in records:
            self.write(record)
        return self.count


def require_single_input(paths: list[Path] | None, option: str) -> None:
    """`--issue`/`--date` name one issue: refuse several files or a directory."""
    if paths and (len(paths) > 1 or paths[0].is_dir()):
        raise NewscliError(f"{option} applies to a single input file")
