"""The one way in: inputs that may be raw issue text or JSON-lines records, read as records.

Every command reads through `RecordReader`, so each accepts issue text (split on the fly)
or a record stream, from files, directories or standard input, one record at a time
(`RecordReader.texts` gives inputs whole as text, for commands that want the text itself).
Writing is `writers.py`'s.
Records are checked once, here: a record that passes `parse_record` has the field types
the README promises, so no command meets a number where it expects a string.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, groupby
from pathlib import Path

from .blocks import LineFilter
from .errors import InvalidRecordError, NewscliError
from .recordline import check_record, parse_record  # noqa: F401 (check_record: for callers)
from .textio import (
    DEFAULT_MAX_ISSUE_SIZE,
    InputStream,
    Source,
    check_encoding,
    check_readable,
    decode_text,
    iter_sources,
    read_issue_text,
)

RECORD_PATTERNS = ("*.txt", "*.jsonl", "*.ndjson")
TEXT_PATTERNS = ("*.txt",)  # a directory's files when its inputs are read as plain text


def json_lines(records: Iterable[dict]) -> Iterator[bytes]:
    """Each record as one JSON line (writers.dumps)."""
    from .writers import dumps

    return map(dumps, records)


@dataclass
class ReadOptions:
    """How inputs are read; `issue`/`date`/`encoding` apply to raw issue text.
    `max_issue_size` bounds one raw issue, and one record line, in bytes."""

    encoding: str | None = None
    skip_invalid: bool = False
    issue: str | None = None
    date: str | None = None
    max_issue_size: int = DEFAULT_MAX_ISSUE_SIZE
    jobs: int = 1  # raw issues are split in up to this many processes; the output is the same
    recursive: bool = False  # directories: their folders' files too
    issue_from: str = "name"  # the issue key of a raw file: its "name", or its "path" (folders too)
    patterns: tuple[str, ...] = RECORD_PATTERNS  # which files of a directory are inputs


@dataclass
class RecordReader:
    """Iterate the records of all inputs lazily; raw issue text is split first.

    With `skip_invalid`, bad record lines are counted in `skipped` (their FILE:LINE)
    instead of raising.
    """

    paths: list[Path] | None
    options: ReadOptions = field(default_factory=ReadOptions)
    skipped: list[str] = field(default_factory=list)
    # grep's prefilter: only the record lines that hold one of its byte strings are parsed
    # (and checked, as every command checks them); the others cannot match.
    line_filter: LineFilter | None = None

    def __post_init__(self) -> None:
        check_encoding(self.options.encoding)
        # Every input is found and checked before any is read, so that a missing or unreadable
        # one is reported before output begins (never a header-only file, nor half a run).
        # The inputs are walked for it, not kept: a folder of 100,000 issues is walked again
        # as it is read, and memory does not grow with it.
        self.sources = Sources(self.paths, self.options.patterns, self.options.recursive)
        unreadable: NewscliError | None = None
        for source in self.sources:  # a missing input is named before an unreadable one
            try:
                check_readable(source)
            except NewscliError as exc:
                unreadable = unreadable or exc
        if unreadable is not None:
            raise unreadable
        self.key_hashes: set[int] = set()  # the hash of each issue key met (not the keys)
        self.repeated_keys: list[tuple[str, str, str]] = []  # (key, first input, this input)
        self.stdin_gave_issue = False

    def __iter__(self) -> Iterator[dict]:
        sources = iter(self.sources)
        if self.options.jobs > 1:
            yield from self._read_in_parallel(sources)
            return
        for source in sources:
            yield from self.read_source(source)

    def texts(self) -> Iterator[tuple[Source, str]]:
        """Each input whole, as raw issue text (never split, never parsed as records), decoded
        as `split` decodes an issue: for `split --explain` and plain-text conversion."""
        for source in self.sources:
            yield (
                source,
                read_issue_text(source, self.options.encoding, self.options.max_issue_size),
            )

    def read_source(self, source: Source) -> Iterator[dict]:
        opened = self._open(source)
        if isinstance(opened, RawIssue):
            yield from split_issue(opened)
        else:
            yield from opened

    def _open(self, source: Source) -> RawIssue | Iterator[dict]:
        """A raw issue, read whole (it is split at once); or a lazy iterator over a record stream."""
        stream = InputStream(source, self.options.encoding, self.options.max_issue_size)
        try:
            head, first = _first_content_line(stream)
            kind = stream_kind(first)
            if kind == "array":
                _refuse_json_array(f"{source.name}:{len(head) + 1}")
            if kind == "table":
                _refuse_table(f"{source.name}:{len(head) + 1}", first)
            if kind == "records" and self.line_filter is not None:
                from .chunked import filtered_records

                return filtered_records(self, stream, first, source.name, len(head) + 1)
            if kind == "records":
                return self._stream_records(
                    stream, chain([first], stream.lines()), source.name, len(head) + 1
                )
            data = stream.read_all(b"".join(head) + first)
        except BaseException:
            stream.close()
            raise
        stream.close()
        return self._raw_issue(data, source, stream.encoding)

    def _stream_records(
        self, stream: InputStream, lines: Iterable[bytes], name: str, start: int
    ) -> Iterator[dict]:
        try:
            yield from self._parse_lines(lines, name, start)
        finally:
            stream.close()

    def _read_in_parallel(self, sources: Iterable[Source]) -> Iterator[dict]:
        """Runs of raw issues are split in worker processes, in input order; record streams
        between them are read here, as with one process."""
        from .parallel import ordered_map

        opened = (self._open(source) for source in sources)
        for raw, group in groupby(opened, key=lambda item: isinstance(item, RawIssue)):
            if raw:
                for issues in ordered_map(
                    split_issues, batches_of_bytes(group, PARALLEL_BATCH), self.options.jobs
                ):
                    for records in issues:
                        yield from records
            else:
                for records in group:
                    yield from records

    def _parse_lines(
        self, lines: Iterable[bytes], name: str, start: int, keep=None
    ) -> Iterator[dict]:
        """Records of lines numbered from `start`; with `keep`, only of the lines it keeps."""
        for number, line in enumerate(lines, start):
            if line[:1] in b" \t\r\n" and line.isspace():  # blank lines separate nothing
                continue
            if keep is not None and not keep(line):
                continue
            try:
                record = parse_record(line, f"{name}:{number}")
            except InvalidRecordError as exc:
                if number == start:
                    _refuse_pretty_json(line, exc)
                if not self.options.skip_invalid:
                    raise
                self.skipped.append(exc.where)
                continue
            yield record

    def _raw_issue(self, data: bytes, source: Source, encoding: str | None) -> RawIssue:
        from .split import issue_from_path  # the splitter is only needed for raw text

        issue, date = issue_from_path(source.path, self.options.issue_from)
        issue = issue if self.options.issue is None else self.options.issue
        self.stdin_gave_issue = self.stdin_gave_issue or source.path is None
        if hash(issue) not in self.key_hashes:
            self.key_hashes.add(hash(issue))
        elif len(self.repeated_keys) < REPEATED_KEYS_KEPT:
            self._note_repeated_key(issue, source)
        return RawIssue(
            data=data,
            name=source.name,
            encoding=encoding,
            issue=issue,
            date=date if self.options.date is None else self.options.date,
            source=None if source.path is None else str(source.path),
        )

    def _issue_key(self, source: Source) -> str:
        from .split import issue_from_path

        key = issue_from_path(source.path, self.options.issue_from)[0]
        return key if self.options.issue is None else self.options.issue

    def _note_repeated_key(self, issue: str, source: Source) -> None:
        """Two files, one key: their records would share ids. Only hashes of the keys are
        kept, so the first input with the key is found by walking the inputs again (a few
        times at most: the first REPEATED_KEYS_KEPT are reported)."""
        first = next(
            s.name for s in self.sources if self._issue_key(s) == issue and self._gives_issue(s)
        )
        if first != source.name:  # not the same file twice, nor two keys of one hash
            self.repeated_keys.append((issue, first, source.name))

    def _gives_issue(self, source: Source) -> bool:
        """Whether `source` is read as a raw issue (not a record stream), as `_open` sees it."""
        if source.path is None:
            return self.stdin_gave_issue
        try:
            stream = InputStream(source, self.options.encoding, self.options.max_issue_size)
        except NewscliError:
            return False
        try:
            return stream_kind(_first_content_line(stream)[1]) != "records"
        except NewscliError:
            return False
        finally:
            stream.close()


class Sources:
    """The inputs, walked again at each iteration (see `iter_sources`) rather than listed."""

    def __init__(self, paths: list[Path] | None, patterns: tuple[str, ...], recursive: bool):
        self.paths, self.patterns, self.recursive = paths, patterns, recursive

    def __iter__(self) -> Iterator[Source]:
        return iter_sources(self.paths, self.patterns, self.recursive)


# Repeated issue keys reported (with the inputs that gave them); more are not looked for.
REPEATED_KEYS_KEPT = 5


@dataclass(frozen=True)
class RawIssue:
    """One raw issue's bytes and what its records are to say of it: all a worker needs."""

    data: bytes
    name: str
    encoding: str | None
    issue: str
    date: str | None
    source: str | None


# Issues go to the workers in batches of about this many bytes: one small issue is split in
# about a millisecond, as long as a round trip to a worker takes.
PARALLEL_BATCH = 1 << 20


def batches_of_bytes(issues: Iterable[RawIssue], size: int) -> Iterator[list[RawIssue]]:
    batch: list[RawIssue] = []
    total = 0
    for issue in issues:
        batch.append(issue)
        total += len(issue.data)
        if total >= size:
            yield batch
            batch, total = [], 0
    if batch:
        yield batch


def split_issues(batch: list[RawIssue]) -> list[list[dict]]:
    return [split_issue(raw) for raw in batch]


def split_issue(raw: RawIssue) -> list[dict]:
    from .split import split_text

    text = decode_text(raw.data, raw.name, raw.encoding)
    return split_text(text, issue=raw.issue, date=raw.date, source=raw.source)


def stream_kind(first: bytes) -> str:
    """`records`, `array`, `table` (CSV/TSV) or `text`, from the first non-blank line. A record stream opens
    with `{"` (or a lone `{`, pretty-printed JSON, refused with a hint); a line like
    `{编者按}` or `[1]` is issue text."""
    start = first.lstrip()
    rest = start[1:].lstrip()
    if start.startswith(b"{") and (not rest or rest.startswith((b'"', b"}"))):
        return "records"
    if start.startswith(b"[") and (not rest or rest.startswith((b"{", b"]"))):
        return "array"
    if TABLE_HEADER_RE.fullmatch(first.strip()):
        return "table"
    return "text"


# A CSV/TSV header: three or more ASCII field names (`id,issue,date`, `"id"\t"title"\t...`)
# joined by one delimiter. An issue's first line is a masthead in Chinese, never this.
_FIELD_NAME = rb'"?[A-Za-z_][A-Za-z0-9_ .-]*"?'
TABLE_HEADER_RE = re.compile(
    _FIELD_NAME + rb"([,\t])" + _FIELD_NAME + rb"(?:\1" + _FIELD_NAME + rb")+"
)


def _refuse_table(where: str, first: bytes) -> None:
    """A table with a header row is neither an issue nor records; splitting it would make a
    bogus article titled with the column names."""
    what = "TSV" if b"\t" in first else "CSV"
    raise NewscliError(
        f"{where}: looks like {what} (a header of field names), not issue text or JSON-lines records; "
        "newscli reads records as JSON lines"
    )


def _refuse_json_array(where: str) -> None:
    """A JSON array is not a record stream; say so rather than split it as issue text."""
    raise InvalidRecordError(
        where, "a JSON array, not JSON lines (one record per line); try: jq -c '.[]'"
    )


def _refuse_pretty_json(line: bytes, error: InvalidRecordError) -> None:
    """A first line `{` or `{"id": "a",` is a pretty-printed document: say how to fix it."""
    start = line.strip()
    if start == b"{" or start.endswith(b","):
        raise InvalidRecordError(
            error.where, "pretty-printed JSON, not JSON lines (one record per line); try: jq -c ."
        )


def _first_content_line(stream: InputStream) -> tuple[list[bytes], bytes]:
    """Read past leading blank lines; return them and the first non-blank line."""
    head: list[bytes] = []
    for line in stream.lines():
        if line.strip():
            return head, line
        head.append(line)
    return head, b""
