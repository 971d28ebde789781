"""Options shared by several commands, defined once (as `Annotated` aliases)."""
from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer


class Kind(str, Enum):
    article = "article"
    notice = "notice"
    masthead = "masthead"
    ad = "ad"


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
LineBuffered = Annotated[
    bool,
    typer.Option("--line-buffered", help="Flush after every record, for `tail -f` feeds."),
]
KindFilter = Annotated[
    Optional[list[Kind]],
    typer.Option("--kind", "-k", help="Only records of this kind (repeatable).", show_default=False),
]
