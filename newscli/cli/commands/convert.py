"""`newscli convert-traditional`: records (or plain text) in traditional script."""
from __future__ import annotations

import json
import sys
from contextlib import nullcontext
from collections import Counter
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..io import open_reader, report_skipped, stdout_writer
from ..options import Encoding, Inputs, LineBuffered, SkipInvalid


class To(str, Enum):
    hk = "hk"
    mo = "mo"
    tw = "tw"
    twp = "twp"
    t = "t"


def convert_command(
    inputs: Inputs = None,
    to: Annotated[
        To, typer.Option("--to", help="hk Hong Kong, mo Macao (HK forms), tw Taiwan, twp Taiwan phrasing, t OpenCC standard.")
    ] = To.hk,
    text: Annotated[bool, typer.Option("--text", help="Plain text in, plain text out, like the opencc command.")] = False,
    dict_file: Annotated[
        Optional[Path], typer.Option("--dict", metavar="FILE", help="Your phrase overrides: simplified<TAB>traditional a line, applied first.")
    ] = None,
    report: Annotated[bool, typer.Option("--report", help="List every changed phrase with counts on standard error.")] = False,
    report_file: Annotated[
        Optional[Path], typer.Option("--report-file", metavar="FILE", help="Write the changed phrases as JSON to this file.")
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, metavar="N", help="Convert in N processes; output does not change.")] = 1,
    encoding: Encoding = "auto",
    skip_invalid: SkipInvalid = False,
    line_buffered: LineBuffered = False,
) -> None:
    """Convert records from simplified to traditional script for Hong Kong, Macao or Taiwan.

    Every text field is converted; `script` and `conversion` are added; ids and all other
    fields stay, so converted records still join with the originals."""
    from ... import convert

    phrases = convert.PhraseDict(dict_file) if dict_file else None
    changes: Counter | None = Counter() if (report or report_file) else None
    converter = convert.RecordConverter(to.value, phrases, changes)
    if text:
        _convert_plain(inputs, converter, encoding)
    else:
        reader = open_reader(inputs, encoding=encoding, skip_invalid=skip_invalid)
        if jobs > 1 and not line_buffered:
            converted = convert.convert_parallel(reader, to.value, dict_file, changes, jobs)
        else:  # a live feed converts each record as it arrives
            converted = converter.convert_records(reader, batch_size=1 if line_buffered else convert.BATCH_SIZE)
        stdout_writer(line_buffered).write_all(converted)
        report_skipped(reader)
    if changes is not None:
        _report(changes, report, report_file)


def _convert_plain(inputs, converter, encoding: str) -> None:
    from ...textio import decode_text, iter_sources

    for source in iter_sources(inputs, ("*.txt",)):
        with source.open() if source.path else nullcontext(sys.stdin.buffer) as stream:
            content = decode_text(stream.read(), source.name, encoding)
        sys.stdout.write(converter.convert(content))


def _report(changes: Counter, to_stderr: bool, path: Path | None) -> None:
    rows = [{"from": a, "to": b, "count": n} for (a, b), n in changes.most_common()]
    if path is not None:
        path.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if to_stderr:
        for row in rows:
            print(f"{row['count']:>6}  {row['from']} → {row['to']}", file=sys.stderr)
