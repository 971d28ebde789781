"""The command-line layer. `run` answers `--version` before importing Typer, so that
scripts asking for it (and shell start-up files) do not pay for the whole CLI."""
from __future__ import annotations

import sys


def version_text() -> str:
    from .. import __version__
    from ..engine import engine_description  # does not import OpenCC

    return f"newscli {__version__} (python {sys.version.split()[0]}; conversion: {engine_description()})"


def run() -> None:
    if sys.argv[1:] in (["--version"], ["-V"]):
        print(version_text())
        sys.exit(0)
    from .app import main

    sys.exit(main())
