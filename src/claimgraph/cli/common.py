"""What the commands share: the invocation context, shared options, and writing results out."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import click

from claimgraph.core.errors import ClaimgraphError

FORMAT_HELP = "table for people; csv, tsv, json, xml (SPARQL results) for machines; md for Markdown"


class Context:
    def __init__(self, data: Path | None, build_dir: Path | None) -> None:
        self.data, self.build_dir = data, build_dir

    def layout(self):
        from claimgraph.build.layout import default_layout

        return default_layout(self.data, self.build_dir)


def packaged_query(name: str):
    """One packaged query; only its own header is parsed (a warm query should not read all of them)."""
    from claimgraph.core.resources import resource_dir
    from claimgraph.query.catalogue import load_query

    directory = resource_dir("queries")
    path = directory / f"{name}.rq"
    if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", name) or not path.is_file():
        from claimgraph.core.fields import suggest

        names = sorted(p.stem for p in directory.glob("*.rq"))
        raise ClaimgraphError(f"no packaged query {name!r}{suggest(name, names)}; see `claimgraph queries`")
    return load_query(path)


def load_packaged_catalogue():
    from claimgraph.core.resources import resource_dir
    from claimgraph.query.catalogue import load_catalogue

    return load_catalogue(resource_dir("queries"))


def parallel_options(what: str):
    """--jobs and --progress, shared by the commands that fan work out over processes."""

    def decorate(command):
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


def endpoint_options(endpoint_help: str):
    """--endpoint and --timeout, shared by the commands that can query a remote SPARQL server."""

    def decorate(command):
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


def emit(result, form: str, fmt: str | None, check=lambda: None) -> None:
    from claimgraph.query.results import GRAPH_FORMATS, SELECT_FORMATS, write_results

    graph = form in ("CONSTRUCT", "DESCRIBE")
    fmt = fmt or ("ttl" if graph else "table")
    allowed = GRAPH_FORMATS if graph else SELECT_FORMATS
    if fmt not in allowed:
        raise ClaimgraphError(
            f"format {fmt!r} does not apply to a {form} query (use one of {', '.join(allowed)})"
        )
    write_results(result, fmt, sys.stdout.buffer, check=check)
    sys.stdout.flush()
