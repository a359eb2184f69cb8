"""What the commands share: the invocation context, shared options, and writing results out.

The commands call only the public API (`claimgraph`, loaded lazily so that `--help` and a warm query stay
light) and core/ (errors, format names); tests/test_api.py enforces that.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from claimgraph.core.errors import ClaimgraphError

if TYPE_CHECKING:
    from claimgraph import Project, QueryResult

F = TypeVar("F", bound=Callable[..., Any])
FORMAT_HELP = "table for people; csv, tsv, json, xml (SPARQL results) for machines; md for Markdown"
DATA_HELP = (
    "Data directory (registry.yaml, articles/, annotations/). "
    "Default: $CLAIMGRAPH_DATA, else the packaged data."
)
BUILD_DIR_HELP = (
    "Build directory. Default: $CLAIMGRAPH_BUILD_DIR; else build/ of a source checkout; else "
    "~/.cache/claimgraph/<version>/build for an installed package; else build/ beside --data."
)


class Context:
    """--data and --build-dir as given before or after the command name (after wins)."""

    def __init__(self, data: Path | None, build_dir: Path | None) -> None:
        self.data, self.build_dir = data, build_dir

    def project(self) -> Project:
        from claimgraph import Project

        return Project(self.data, self.build_dir)


def _override(attribute: str) -> Callable[[click.Context, click.Parameter, Any], None]:
    def store(ctx: click.Context, _param: click.Parameter, value: Any) -> None:
        context = ctx.find_object(Context)
        if value is not None and context is not None:
            setattr(context, attribute, value)

    return store


def project_options(command: F) -> F:
    """--data and --build-dir on a command too, so `claimgraph build --data DIR` works like
    `claimgraph --data DIR build`; the group callback has run by then, so the command's value wins."""
    for name, attribute, text in (
        ("--build-dir", "build_dir", BUILD_DIR_HELP),
        ("--data", "data", DATA_HELP),
    ):
        command = click.option(
            name,
            type=click.Path(file_okay=False, path_type=Path),
            expose_value=False,
            callback=_override(attribute),
            help=text,
        )(command)
    return command


def note(message: str) -> None:
    """Where notes go ("building first", progress): standard error, so standard output stays the answer."""
    click.echo(message, err=True)


def parallel_options(what: str) -> Callable[[F], F]:
    """--jobs and --progress, shared by the commands that fan work out over processes."""

    def decorate(command: F) -> F:
        command = click.option(
            "--progress/--no-progress",
            default=None,
            help="Progress on standard error for long runs. Default: on when standard error is a terminal.",
        )(command)
        return click.option(
            "-j",
            "--jobs",
            type=click.IntRange(min=0),
            default=0,
            show_default=True,
            help=f"Worker processes {what}; 0 means one per CPU.",
        )(command)

    return decorate


def endpoint_options(endpoint_help: str) -> Callable[[F], F]:
    """--endpoint and --timeout, shared by the commands that can query a remote SPARQL server."""

    def decorate(command: F) -> F:
        command = click.option(
            "--allow-redirects",
            is_flag=True,
            help="With --endpoint: follow redirects to another host (same-host redirects are followed; "
            "credentials are never sent to another host).",
        )(command)
        command = click.option(
            "--timeout",
            type=click.FloatRange(min=0),
            default=60.0,
            show_default=True,
            help="Seconds a query may take (locally: its whole run, writing the results included; with "
            "--endpoint: each request, from connecting to the last byte); then it stops with one line, "
            "exit 2. 0: no limit.",
        )(command)
        return click.option("--endpoint", metavar="URL", help=endpoint_help)(command)

    return decorate


class OneLineUsage(click.Command):
    """Report a bad option value on one line ("error: ..."), exit 2, like every other input error."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as exc:
            raise ClaimgraphError(f"{ctx.command_path}: {exc.format_message()}") from None


def emit(result: QueryResult, fmt: str | None) -> None:
    """A query's answer on standard output, in `fmt` or the default for its form."""
    result.write(sys.stdout.buffer, fmt)
    sys.stdout.flush()
