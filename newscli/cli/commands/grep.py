"""`newscli grep`: records whose fields match, or a keyword-in-context concordance."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from enum import Enum
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Annotated, Optional

import typer

from ...errors import ExitCode, NewscliError
from ..io import (
    open_reader,
    report_skipped,
    stdin_is_terminal,
    stdout_is_terminal,
    stdout_writer,
    warn,
    write_encoded,
    write_lines,
)
from ..options import (
    Encoding,
    Inputs,
    Jobs,
    KindFilter,
    LineBuffered,
    Recursive,
    SkipInvalid,
    parse_seconds,
)


class Field(str, Enum):
    title = "title"
    subtitle = "subtitle"
    text = "text"
    byline = "byline"
    all = "all"


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


class KwicFormat(str, Enum):
    text = "text"
    jsonl = "jsonl"


class SortKey(str, Enum):
    L1 = "L1"
    R1 = "R1"


def grep_command(
    pattern: Annotated[
        Optional[str],
        typer.Argument(
            metavar="PATTERN",
            help="Regular expression (or fixed string with -F). Omit when using -e.",
            show_default=False,
        ),
    ] = None,
    inputs: Inputs = None,
    regexp: Annotated[
        Optional[list[str]],
        typer.Option(
            "--regexp",
            "-e",
            metavar="PATTERN",
            help="A pattern (repeatable); any may match.",
            show_default=False,
        ),
    ] = None,
    fixed_strings: Annotated[
        bool, typer.Option("--fixed-strings", "-F", help="Patterns are plain strings.")
    ] = False,
    ignore_case: Annotated[
        bool, typer.Option("--ignore-case", "-i", help="Ignore letter case.")
    ] = False,
    word: Annotated[
        bool, typer.Option("--word-regexp", "-w", help="Match whole words only (jieba tokens).")
    ] = False,
    invert: Annotated[
        bool, typer.Option("--invert-match", "-v", help="Select records that do not match.")
    ] = False,
    count: Annotated[
        bool, typer.Option("--count", "-c", help="Print the number of matching records.")
    ] = False,
    files_with_matches: Annotated[
        bool, typer.Option("--ids", "-l", help="Print the ids of matching records.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print nothing; exit 0 on the first match.")
    ] = False,
    max_count: Annotated[
        Optional[int],
        typer.Option(
            "--max-count", "-m", min=0, metavar="N", help="Stop after N matching records."
        ),
    ] = None,
    field: Annotated[Field, typer.Option("--field", help="Which fields to search.")] = Field.all,
    kind: KindFilter = None,
    variants: Annotated[
        bool,
        typer.Option(
            "--variants", help="Match across simplified and traditional script (发展 finds 發展)."
        ),
    ] = False,
    kwic_mode: Annotated[
        bool, typer.Option("--kwic", help="Print a keyword-in-context concordance.")
    ] = False,
    context: Annotated[
        Optional[int],
        typer.Option(
            "--context",
            "-C",
            metavar="N",
            parser=parse_context,
            help="Characters of context each side (--kwic; default: what fits the terminal, 20 when piped).",
        ),
    ] = None,
    sort: Annotated[
        Optional[SortKey],
        typer.Option(
            "--sort",
            help="Sort concordance lines by the word left (L1) or right (R1) of the match.",
        ),
    ] = None,
    format: Annotated[
        Optional[KwicFormat],
        typer.Option("--format", "-f", help="Concordance as aligned text or jsonl (--kwic)."),
    ] = None,
    color: Annotated[
        Color,
        typer.Option(
            "--color", help="Highlight matches: auto (terminal, no NO_COLOR), always, never."
        ),
    ] = Color.auto,
    timeout: Annotated[
        Optional[float],
        typer.Option(
            "--timeout",
            metavar="SECONDS",
            parser=parse_seconds,
            help="Seconds a pattern may run on one field ('inf': no limit).",
        ),
    ] = "5",  # type: ignore[assignment]  # parsed like a value given on the command line
    max_time: Annotated[
        Optional[float],
        typer.Option(
            "--max-time",
            metavar="SECONDS",
            parser=parse_seconds,
            help="Seconds the whole search may take (default and 'inf': no limit).",
            show_default=False,
        ),
    ] = None,
    encoding: Encoding = "auto",
    skip_invalid: SkipInvalid = False,
    recursive: Recursive = False,
    line_buffered: LineBuffered = False,
    jobs: Jobs = 0,
) -> None:
    """Select records whose fields match PATTERN (exit 0), or none (exit 1).

    Matching records are written unchanged as JSON lines; on a terminal, or with --kwic,
    matches are shown in context instead."""
    patterns = list(regexp or [])
    paths = list(inputs or [])
    if patterns and pattern is not None:
        paths.insert(0, Path(pattern))  # as in grep: with -e, the first argument is an input
    elif pattern is not None:
        patterns = [pattern]
    if not patterns:
        raise NewscliError("no pattern: give PATTERN or -e PATTERN")
    mistaken = (
        not paths and not regexp and Path(patterns[0]).is_file()
    )  # `grep issue.txt`: the pattern forgotten
    if mistaken and stdin_is_terminal():
        raise NewscliError(
            f"{pattern!r} was taken as the PATTERN and no input was given; give both: newscli grep PATTERN {pattern}"
        )
    if kwic_mode and invert:
        raise NewscliError("--kwic shows matches; it cannot be combined with -v")
    from ...parallel import usable_cores
    from ...search import Matcher, SearchOptions
    from ...writers import dumps

    matcher = Matcher(
        SearchOptions(
            patterns,
            fixed_strings,
            ignore_case,
            word,
            invert,
            field.value,
            variants,
            timeout,
            max_time,
        )
    )
    reader = open_reader(
        paths or None,
        encoding=encoding,
        skip_invalid=skip_invalid,
        recursive=recursive,
        line_filter=matcher.line_filter,
    )
    human = not (count or files_with_matches or quiet) and (
        kwic_mode or stdout_is_terminal() and not invert
    )
    # What each match becomes where it is found (in a worker process with --jobs): as little
    # as the output needs travels back.
    render = _one if quiet or count else _id_of if files_with_matches else None if human else dumps
    workers = 1 if line_buffered else jobs or usable_cores()
    selected = _select(reader, matcher, kind, max_count, render, workers)
    if quiet:
        found = next(selected, None) is not None
    elif count:
        found = _print_count(selected)
    elif files_with_matches:
        found = _print_ids(selected, line_buffered)
    elif human:
        found = _print_concordance(selected, matcher, context, sort, format, color, line_buffered)
    else:
        found = write_encoded(selected, line_buffered) > 0
    report_skipped(reader)
    if not found:
        if mistaken:
            warn(f"{pattern!r} was taken as the PATTERN, standard input as the input")
        raise typer.Exit(ExitCode.NO_MATCH)


MAX_CONTEXT = 10_000  # wider than any line anyone reads; more is a typo
DEFAULT_CONTEXT = 20  # characters each side when -C is not given and nothing limits the width


def parse_context(value: str) -> int:
    text = value.strip()
    if not (text.isascii() and text.isdigit()):
        raise typer.BadParameter(f"expected a number of characters, got {value!r}")
    if int(text) > MAX_CONTEXT:
        raise typer.BadParameter(f"expected at most {MAX_CONTEXT} characters, got {value!r}")
    return int(text)


def _select(reader, matcher, kinds, max_count: int | None, render, jobs: int) -> Iterator:
    """The matches, rendered, in input order; large record files are searched in `jobs` processes."""
    from ...chunked import map_records
    from ...search import select_records

    wanted = {k.value for k in kinds} if kinds else None
    found = map_records(
        reader, partial(select_records, matcher=matcher, kinds=wanted, render=render), jobs
    )
    return islice(found, max_count) if max_count is not None else found


def _one(record: dict) -> int:
    return 1


def _id_of(record: dict) -> str:
    return str(record.get("id"))


def _print_count(selected: Iterator[int]) -> bool:
    total = sum(1 for _ in selected)
    write_lines([str(total)])
    return total > 0


def _print_ids(selected: Iterator[str], line_buffered: bool) -> bool:
    """One id a line; an id's control characters (a line break too) are shown escaped."""
    from ...display import terminal_safe

    return write_lines((terminal_safe(record_id) for record_id in selected), line_buffered) > 0


def _print_concordance(selected, matcher, context, sort, format, color, line_buffered) -> bool:
    from ... import kwic
    from ...display import use_color

    columns = None
    if context is None and format is not KwicFormat.jsonl and stdout_is_terminal():
        columns = shutil.get_terminal_size().columns  # COLUMNS, else the terminal's own width
    context = DEFAULT_CONTEXT if context is None else context
    lines = (kwic.concordance(hit, context) for record in selected for hit in matcher.hits(record))
    if sort is not None:
        lines = iter(kwic.sort_lines(lines, sort.value))  # sorting must see every line
    if format is KwicFormat.jsonl:
        return stdout_writer(line_buffered).write_all(line.as_dict() for line in lines) > 0
    colored = use_color(color.value, stdout_is_terminal())
    return write_lines(kwic.format_lines(lines, context, colored, columns), line_buffered) > 0
