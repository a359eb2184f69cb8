"""The `claimgraph` command: the group, its global options and the entry point; every command lives in
the module of its own name and is only assembled here (as linkml's CLI does)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from claimgraph.cli import build, check, export, query, synth, validate
from claimgraph.cli.common import BUILD_DIR_HELP, DATA_HELP, Context
from claimgraph.core.errors import ClaimgraphError
from claimgraph.core.version import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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
@click.pass_context
def main(ctx: click.Context, data: Path | None, build_dir: Path | None) -> None:
    """Build, query and export a knowledge graph of who claimed what in news articles."""
    ctx.obj = Context(data, build_dir)


for command in (
    build.build_cmd,
    export.export_cmd,
    query.queries_cmd,
    query.query_cmd,
    validate.validate_cmd,
    check.check_cmd,
    query.sparql_cmd,
    synth.synth_cmd,
):
    main.add_command(command)


def run() -> None:
    """Console entry point: user errors print one line and exit 2, never a traceback."""
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
        click.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
