"""The `newscli` command: a thin Typer layer over the library, and the one error handler."""
from __future__ import annotations

import os
import sys
from typing import Annotated, Optional

import typer

from . import version_text
from ..errors import ExitCode, NewscliError, PipeClosed
from .commands import REGISTRY

app = typer.Typer(
    name="newscli",
    help="Chinese newspaper issues as streams of JSON-lines article records.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,  # locals hold whole articles; users never see tracebacks
    rich_markup_mode=None,  # plain help: fast to start, no rich import on every TAB
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _show_version(value: bool) -> None:
    if value:
        print(version_text())
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        Optional[bool],
        typer.Option("--version", "-V", callback=_show_version, is_eager=True, help="Show the version and exit."),
    ] = None,
) -> None:
    """Split newspaper issues into article records, then list, show, grep, count, export and convert them."""


for name, command in REGISTRY:
    app.command(name)(command)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; every failure becomes one `newscli: error:` line and an exit code."""
    from typer._click import exceptions as click_exceptions  # Typer's bundled Click

    command = typer.main.get_command(app)
    try:
        code = command.main(args=argv, prog_name="newscli", standalone_mode=False)
        sys.stdout.flush()
    except (PipeClosed, BrokenPipeError):
        return _quiet_broken_pipe()
    except NewscliError as exc:
        return _fail(exc.message, exc.code)
    except click_exceptions.NoArgsIsHelpError as exc:  # bare `newscli`: the help, not an error line
        print(exc.format_message(), file=sys.stderr)
        return ExitCode.ERROR
    except click_exceptions.UsageError as exc:
        hint = f" (see 'newscli {exc.ctx.info_name} --help')" if exc.ctx and exc.ctx.parent else ""
        return _fail(f"{exc.format_message()}{hint}", ExitCode.ERROR)
    except click_exceptions.ClickException as exc:
        return _fail(exc.format_message(), ExitCode.ERROR)
    except (KeyboardInterrupt, typer.Abort):
        return ExitCode.INTERRUPTED
    except OSError as exc:  # disk full, permission denied while writing...
        return _fail(str(exc), ExitCode.ERROR)
    except Exception as exc:  # a bug: still one line, the traceback only on request
        if os.environ.get("NEWSCLI_DEBUG"):
            raise
        return _fail(f"internal error: {type(exc).__name__}: {exc} (NEWSCLI_DEBUG=1 shows the traceback)", ExitCode.ERROR)
    return int(code or 0)


def _fail(message: str, code: int) -> int:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_broken_pipe()
    print(f"newscli: error: {message}", file=sys.stderr)
    return int(code)


def _quiet_broken_pipe() -> int:
    """The reader went away (`| head`): stop quietly. Point stdout at devnull so the
    interpreter's final flush cannot complain (Python's 'Note on SIGPIPE')."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return int(ExitCode.OK)

