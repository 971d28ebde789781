"""The command-line layer. `run` answers `--version` before importing Typer, so that
scripts asking for it (and shell start-up files) do not pay for the whole CLI."""

from __future__ import annotations

import os
import sys


def version_text() -> str:
    from .. import __version__
    from ..engine import engine_description  # does not import OpenCC

    return f"newscli {__version__} (python {sys.version.split()[0]}; conversion: {engine_description()})"


def run() -> None:
    if sys.argv[1:] in (["--version"], ["-V"]):
        sys.exit(_print_version())
    from .app import main

    sys.exit(main())


def _print_version() -> int:
    """The fast path's own closed-stream handling (the full one lives in `app.main`)."""
    if sys.stdout is None:  # `>&-`
        if sys.stderr is not None:
            print(
                "newscli: error: standard output is closed; redirect it to a file or /dev/null",
                file=sys.stderr,
            )
        return 2
    try:
        print(version_text())
        sys.stdout.flush()
    except BrokenPipeError:  # `--version | true`: quiet, like any closed pipe
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0
