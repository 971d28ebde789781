"""`newscli show`: print chosen records for reading."""
from __future__ import annotations

import shutil
import sys
from enum import Enum
from typing import Annotated, Optional

import typer

from ..io import open_reader, report_skipped, stdout_writer
from ..options import Encoding, Inputs, SkipInvalid


class ShowFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    json = "json"


def show_command(
    selector: Annotated[str, typer.Argument(metavar="SELECTOR", help="A full id, a sequence number, or with --title part of a headline.")],
    inputs: Inputs = None,
    title: Annotated[bool, typer.Option("--title", "-t", help="Match SELECTOR inside headlines.")] = False,
    format: Annotated[ShowFormat, typer.Option("--format", "-f", help="How to print.")] = ShowFormat.text,
    width: Annotated[
        Optional[int], typer.Option("--width", "-w", min=20, metavar="COLUMNS", help="Wrap width (default: the terminal's).")
    ] = None,
    encoding: Encoding = "auto",
    skip_invalid: SkipInvalid = False,
) -> None:
    """Show records for reading: headline, a line of date, kind, byline and continuation pages,
    then the paragraphs wrapped to the terminal. Exit 1 if nothing matches."""
    from ...showing import Selector, check_unambiguous, render_markdown, render_text

    reader = open_reader(inputs, encoding=encoding, skip_invalid=skip_invalid)
    chosen = Selector(selector, by_title=title)
    found = list(chosen.select(reader))
    report_skipped(reader)
    if not found:
        raise chosen.not_found()
    check_unambiguous(chosen, found)
    if format is ShowFormat.json:
        stdout_writer().write_all(found)
        return
    columns = width or min(shutil.get_terminal_size().columns, 100)
    pages = [render_text(r, columns) if format is ShowFormat.text else render_markdown(r) for r in found]
    sys.stdout.write("\n".join(pages))
