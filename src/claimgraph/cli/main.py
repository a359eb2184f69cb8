"""The `claimgraph` command: the group, its global options and the entry point; every command lives in
the module of its own name and is only assembled here (as linkml's CLI does)."""

from __future__ import annotations

import errno
import importlib
import os
import sys
from pathlib import Path

import click

from claimgraph.cli.common import BUILD_DIR_HELP, DATA_HELP, Context
from claimgraph.core.errors import ClaimgraphError
from claimgraph.core.textsafe import printable
from claimgraph.core.version import __version__

INTERNAL_ERROR = 3  # distinct from 1 ("does not conform" / a check failed) and 2 (bad input or usage)
_debug = False  # set by --debug; read by run() once the command has failed


class OutputClosed(Exception):
    """Standard output was closed by its reader (`claimgraph sparql ... | head`): not an error."""


# Every command, in the order `--help` lists them: name -> "module:function" under claimgraph.cli. Only the
# module of the command that runs is imported, so `claimgraph query` does not load export, validate, ...
COMMANDS = {
    "build": "build:build_cmd",
    "export": "export:export_cmd",
    "queries": "query:queries_cmd",
    "query": "query:query_cmd",
    "validate": "validate:validate_cmd",
    "check": "check:check_cmd",
    "sparql": "query:sparql_cmd",
    "synth": "synth:synth_cmd",
}


class Group(click.Group):
    """Assembles the commands of COMMANDS, each imported when it is used (click's lazy group pattern).
    Output failures leave a command as claimgraph's own exceptions: click would turn a closed pipe into
    exit 1 ("does not conform") and a full disk into an internal error."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, name = target.split(":")
        command = getattr(importlib.import_module(f"claimgraph.cli.{module}"), name)
        assert isinstance(command, click.Command) and command.name == cmd_name, target
        return command

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            raise OutputClosed from None
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS):
                where = f"{exc.filename}: " if exc.filename else ""
                raise ClaimgraphError(f"{where}cannot write: {exc.strerror}") from None
            raise


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimgraph")
@click.option(
    "--data",
    type=click.Path(file_okay=False, path_type=Path),
    help=DATA_HELP + " Also accepted after the command.",
)
@click.option(
    "--build-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help=BUILD_DIR_HELP + " Also accepted after the command.",
)
@click.option(
    "--debug",
    is_flag=True,
    envvar="CLAIMGRAPH_DEBUG",
    help="On an internal error, print the traceback (also: CLAIMGRAPH_DEBUG=1).",
)
@click.pass_context
def main(ctx: click.Context, data: Path | None, build_dir: Path | None, debug: bool) -> None:
    """Build, query and export a knowledge graph of who claimed what in news articles.

    Exit codes: 0 success, 1 does not conform / a check failed, 2 bad input or usage,
    3 internal error (a bug: rerun with --debug for the traceback), 130 interrupted."""
    global _debug
    _debug = debug
    ctx.obj = Context(data, build_dir)


def run() -> None:
    """Console entry point. CI relies on the exit code, so it is never ambiguous: user errors print one
    line and exit 2, and anything unexpected is an internal error (exit 3, one line and a hint), never 1,
    which means "does not conform"."""
    try:
        main.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except ClaimgraphError as exc:
        click.echo(f"error: {printable(str(exc))}", err=True)
        sys.exit(exc.exit_code)
    except (BrokenPipeError, OutputClosed):
        devnull = os.open(os.devnull, os.O_WRONLY)  # nothing more can reach the reader, not even a flush
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # the last line of defence: a bug must not look like a verdict
        _internal_error(exc)


def _internal_error(exc: BaseException) -> None:
    if _debug or os.environ.get("CLAIMGRAPH_DEBUG", "") not in ("", "0"):
        import traceback

        traceback.print_exception(exc, file=sys.stderr)
        hint = ""
    else:
        hint = " (a bug in claimgraph; rerun with --debug or CLAIMGRAPH_DEBUG=1 for the traceback)"
    what = printable(str(exc)) or "no message"
    click.echo(f"internal error: {type(exc).__name__}: {what}{hint}", err=True)
    sys.exit(INTERNAL_ERROR)
