"""`newscli show`: print chosen records for reading."""

from __future__ import annotations

import shutil
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from ...errors import NewscliError
from ..io import (
    open_reader,
    report_skipped,
    stdin_is_terminal,
    stdout_is_terminal,
    stdout_writer,
    write_text,
)
from ..options import Encoding, Inputs, Recursive, SkipInvalid


class ShowFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    json = "json"


def show_command(
    selector: Annotated[
        str,
        typer.Argument(
            metavar="SELECTOR",
            help="A full id, a sequence number, or with --title part of a headline.",
        ),
    ],
    inputs: Inputs = None,
    title: Annotated[
        bool, typer.Option("--title", "-t", help="Match SELECTOR inside headlines.")
    ] = False,
    format: Annotated[
        ShowFormat, typer.Option("--format", "-f", help="How to print.")
    ] = ShowFormat.text,
    width: Annotated[
        Optional[int],
        typer.Option(
            "--width",
            "-w",
            min=20,
            metavar="COLUMNS",
            help="Wrap width (default: the terminal's; no wrapping when piped).",
        ),
    ] = None,
    encoding: Encoding = "auto",
    skip_invalid: SkipInvalid = False,
    recursive: Recursive = False,
) -> None:
    """Show records for reading: headline, a line of date, kind, byline, continuation pages
    and a warning where split drew the record unsurely (margin under 1), then the paragraphs
    wrapped to the terminal. Exit 1 if nothing matches."""
    from ...showing import Selector, check_unambiguous, render_markdown, render_text

    mistaken = not inputs and Path(selector).is_file()  # `show issue.txt`: the selector forgotten
    if mistaken and stdin_is_terminal():
        raise NewscliError(
            f"{selector!r} was taken as the SELECTOR and no input was given; give both: newscli show SELECTOR {selector}"
        )
    reader = open_reader(inputs, encoding=encoding, skip_invalid=skip_invalid, recursive=recursive)
    chosen = Selector(selector, by_title=title)
    found = list(chosen.select(reader))
    report_skipped(reader)
    if not found:
        error = chosen.not_found()
        if mistaken:
            error.message += (
                f" ({selector!r} was taken as the SELECTOR, standard input as the input)"
            )
        raise error
    check_unambiguous(chosen, found)
    if format is ShowFormat.json:
        stdout_writer().write_all(found)
        return
    columns = width or _terminal_columns()
    pages = [
        render_text(r, columns) if format is ShowFormat.text else render_markdown(r) for r in found
    ]
    write_text("\n".join(pages))


READING_COLUMNS = 100  # wider lines are hard to read, however wide the terminal


def _terminal_columns() -> int | None:
    """The terminal's width (COLUMNS wins), at most READING_COLUMNS; None when standard
    output is a pipe or file: a pager or editor wraps by itself."""
    if not stdout_is_terminal():
        return None
    return min(shutil.get_terminal_size().columns, READING_COLUMNS)
