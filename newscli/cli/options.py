"""Options shared by several commands, defined once (as `Annotated` aliases)."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..schema import Kind

# The library's settings, as its error messages name them (in backquotes), and the flags that
# set them on the command line: the CLI shows the flag instead.
SETTING_FLAGS = {
    "encoding": "--encoding",
    "max_issue_size": "--max-issue-size",
    "force": "--force",
    "fields": "--fields",
    "timeout": "--timeout",
    "max_time": "--max-time",
    "jobs": "-j",
    "by_title": "--title",
}

Inputs = Annotated[
    Optional[list[Path]],
    typer.Argument(
        metavar="INPUT...",
        help="Issue text or record files, directories, or - for standard input (the default).",
        show_default=False,
    ),
]
Encoding = Annotated[
    str,
    typer.Option(
        "--encoding",
        metavar="NAME",
        help="Encoding of raw issue text: auto (UTF-8, UTF-8 with BOM, GB18030/GBK, Big5) or any Python codec name.",
    ),
]
SkipInvalid = Annotated[
    bool,
    typer.Option(
        "--skip-invalid",
        help="Skip record lines that are not valid records (reported on standard error) instead of stopping.",
    ),
]
Recursive = Annotated[
    bool,
    typer.Option(
        "--recursive", "-r", help="Read directories' folders too (their issue and record files)."
    ),
]
LineBuffered = Annotated[
    bool,
    typer.Option("--line-buffered", help="Flush after every record, for `tail -f` feeds."),
]


def jobs_option(help: str, least: int = 0):
    """`--jobs/-j N`, the same flag on every command; `help` says what the N processes do
    there, `least` is 1 where 0 ("one per core") is not offered."""
    return typer.Option("--jobs", "-j", min=least, metavar="N", help=help)


Jobs = Annotated[
    int,
    jobs_option(
        "Processes for large record files (0, the default: one per core): a file of 16 MB or "
        "more is cut into pieces at line boundaries; smaller inputs use one process. Output does not change."
    ),
]
Dask = Annotated[
    Optional[str],
    typer.Option(
        "--dask",
        metavar="ADDRESS",
        help="Run on a Dask cluster: a scheduler's address (tcp://host:8786), or local for one worker "
        "process per core here. Needs newscli[dask]; the workers must see the input files.",
        show_default=False,
    ),
]
DaskOutdir = Annotated[
    Optional[Path],
    typer.Option(
        "--outdir",
        metavar="DIR",
        help="With --dask: each worker writes its part of the records to DIR/part-NNNNN.jsonl "
        "(in input order by name) instead of standard output.",
        show_default=False,
    ),
]


def check_dask_outdir(dask: str | None, outdir: Path | None) -> None:
    """`--outdir` names where Dask's workers write: it means nothing without `--dask`."""
    if outdir is not None and dask is None:
        from ..errors import NewscliError

        raise NewscliError("--outdir goes with --dask (the workers write the files)")


KindFilter = Annotated[
    Optional[list[Kind]],
    typer.Option(
        "--kind", "-k", help="Only records of this kind (repeatable).", show_default=False
    ),
]


SIZE_UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}
MAX_ISSUE_SIZE_CEILING = 64 * 1024**3  # beyond any machine's memory: a typo, not a wish


def parse_size(value: str) -> int:
    """`64M`, `500K`, `1G` or plain bytes, as a positive number of bytes."""
    text = value.strip().upper().removesuffix("B").removesuffix("I")
    unit = text[-1:] if text[-1:] in SIZE_UNITS else ""
    digits = text[: len(text) - len(unit)]
    if not digits.isascii() or not digits.isdigit() or len(digits) > 12:
        raise typer.BadParameter(f"expected a size like 64M, 500K or 1G, got {value!r}")
    size = int(digits) * SIZE_UNITS[unit]
    if not 0 < size <= MAX_ISSUE_SIZE_CEILING:
        raise typer.BadParameter(f"expected a size between 1 byte and 64G, got {value!r}")
    return size


MaxIssueSize = Annotated[
    int,
    typer.Option(
        "--max-issue-size",
        metavar="SIZE",
        parser=parse_size,
        help="Refuse a raw issue (or one record line) larger than this: 64M, 500K, 1G.",
    ),
]
DEFAULT_MAX_ISSUE_SIZE = "64M"  # parsed like a value given on the command line


def parse_seconds(value: str) -> float | None:
    """A positive number of seconds; `inf` (or `none`) means no limit, so the result is None.
    NaN is refused: every comparison with it is false, so it would silently mean no limit."""
    text = value.strip().lower()
    if text in ("inf", "infinity", "none"):
        return None
    try:
        seconds = float(text)
    except ValueError:
        seconds = math.nan
    if not (math.isfinite(seconds) and seconds > 0):
        raise typer.BadParameter(
            f"expected a positive number of seconds or 'inf' (no limit), got {value!r}"
        )
    return seconds


MAX_COUNT_OPTION = (
    1_000_000  # --top, --min-length: beyond any word list or word; a typo, not a wish
)
