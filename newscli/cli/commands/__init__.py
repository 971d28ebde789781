"""One module per command; each exposes a plain function that Typer turns into a command."""

from __future__ import annotations

import functools
from collections.abc import Callable

from ...errors import PipeClosed
from .convert import convert_command
from .export import export_command
from .grep import grep_command
from .list_ import list_command
from .show import show_command
from .split import split_command
from .stats import stats_command


def pipe_safe(command: Callable) -> Callable:
    """Turn BrokenPipeError into PipeClosed before Typer's own handler exits with 1."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except BrokenPipeError:
            raise PipeClosed() from None

    return wrapper


REGISTRY: list[tuple[str, Callable]] = [
    ("split", pipe_safe(split_command)),
    ("list", pipe_safe(list_command)),
    ("show", pipe_safe(show_command)),
    ("grep", pipe_safe(grep_command)),
    ("stats", pipe_safe(stats_command)),
    ("export", pipe_safe(export_command)),
    ("convert-traditional", pipe_safe(convert_command)),
]
