"""The `newscli` command: a thin Typer layer over the library, and the one error handler."""

from __future__ import annotations

import io
import os
import re
import sys
from typing import Annotated, Optional

import typer

from ..errors import ExitCode, NewscliError, PipeClosed
from . import version_text
from .commands import REGISTRY
from .io import write_lines
from .options import SETTING_FLAGS

CLOSED_STDOUT = "standard output is closed; redirect it to a file or /dev/null"

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
        write_lines([version_text()])
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        Optional[bool],
        typer.Option(
            "--version",
            "-V",
            callback=_show_version,
            is_eager=True,
            help="Show the version and exit.",
        ),
    ] = None,
) -> None:
    """Split newspaper issues into article records, then list, show, grep, count, export and convert them."""


for name, command in REGISTRY:
    app.command(name)(command)


@app.command("help", hidden=True)  # hidden: `newscli --help` lists the real commands only
def help_command(
    ctx: typer.Context,
    command: Annotated[
        Optional[str],
        typer.Argument(metavar="[COMMAND]", help="The command to explain.", show_default=False),
    ] = None,
) -> None:
    """Show the help of newscli, or of one COMMAND (as `newscli COMMAND --help` does)."""
    root = ctx.find_root()
    if command is None:
        write_lines([root.get_help()])
        return
    chosen = root.command.get_command(root, command)
    if chosen is None:
        names = ", ".join(name for name, _ in REGISTRY)
        raise NewscliError(f"help: no command {command!r}; the commands are {names}")
    with typer.Context(chosen, info_name=command, parent=root) as context:
        write_lines([chosen.get_help(context)])


# Typer's Click is bundled and private (`typer._click`); its exception classes are reached
# from the one Typer exports, `typer.BadParameter` (a Click UsageError, a ClickException).
def _click_class(name: str) -> type:
    return next(cls for cls in typer.BadParameter.__mro__ if cls.__name__ == name)


UsageError = _click_class("UsageError")
ClickException = _click_class("ClickException")


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; every failure becomes one `newscli: error:` line and an exit code."""
    args = sys.argv[1:] if argv is None else list(argv)
    _stand_in_for_closed_streams()
    command = typer.main.get_command(app)
    stdout = sys.stdout
    try:
        code = command.main(args=args, prog_name="newscli", standalone_mode=False)
        sys.stdout.flush()
    except (PipeClosed, BrokenPipeError):
        return _quiet_broken_pipe()
    except SystemExit as exc:  # Click exits with 1 itself when help meets a closed pipe...
        if exc.code == 1 and sys.stdout is not stdout:  # ...after wrapping sys.stdout
            return _quiet_broken_pipe()
        raise
    except NewscliError as exc:
        return _fail(flags_for_settings(exc.message), exc.code)
    except UsageError as exc:
        if not args:  # bare `newscli`: the help, not an error line
            print(exc.format_message(), file=sys.stderr)
            return ExitCode.ERROR
        hint = f" (see 'newscli {exc.ctx.info_name} --help')" if exc.ctx and exc.ctx.parent else ""
        return _fail(f"{exc.format_message()}{hint}", ExitCode.ERROR)
    except ClickException as exc:
        return _fail(exc.format_message(), ExitCode.ERROR)
    except (KeyboardInterrupt, typer.Abort):
        return ExitCode.INTERRUPTED
    except OSError as exc:  # disk full, permission denied while writing...
        return _fail(_os_error_message(exc), ExitCode.ERROR)
    except Exception as exc:  # a bug: still one line, the traceback only on request
        if os.environ.get("NEWSCLI_DEBUG"):
            raise
        return _fail(
            f"internal error: {type(exc).__name__}: {exc} (NEWSCLI_DEBUG=1 shows the traceback)",
            ExitCode.ERROR,
        )
    return int(code or 0)


SETTING_RE = re.compile(r"`(\w+)`")


def flags_for_settings(message: str) -> str:
    """A library message names settings in backquotes (`max_issue_size`); on the command
    line they are flags (--max-issue-size)."""
    return SETTING_RE.sub(lambda m: SETTING_FLAGS.get(m.group(1), m.group(0)), message)


def _os_error_message(exc: OSError) -> str:
    if exc.strerror is None:
        return str(exc)
    return f"{exc.filename}: {exc.strerror}" if exc.filename else exc.strerror


class ClosedStdout(io.TextIOBase):
    """Stands in for a standard output closed at start (`>&-`, where Python sets sys.stdout to
    None): writing to it is a one-line error; a command that writes only files still works."""

    def write(self, text: str) -> int:
        raise NewscliError(CLOSED_STDOUT)

    @property
    def buffer(self):
        raise NewscliError(CLOSED_STDOUT)

    def isatty(self) -> bool:
        return False

    def writable(self) -> bool:
        return True


def _stand_in_for_closed_streams() -> None:
    if sys.stdout is None:
        sys.stdout = ClosedStdout()
    if sys.stderr is None:  # `2>&-`: nowhere to report, but print() must not fall back to stdout
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 (lives as long as the process)


def _fail(message: str, code: int) -> int:
    try:
        sys.stdout.flush()
    except (BrokenPipeError, NewscliError):
        _quiet_broken_pipe()
    print(f"newscli: error: {message}", file=sys.stderr)
    return int(code)


def _quiet_broken_pipe() -> int:
    """The reader went away (`| head`): stop quietly. Point stdout at devnull so the
    interpreter's final flush cannot complain (Python's 'Note on SIGPIPE')."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, NewscliError):  # no file descriptor: nothing will flush there
        pass
    return int(ExitCode.OK)
