"""`claimgraph queries`, `claimgraph query` and `claimgraph sparql`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from claimgraph.cli.common import (
    FORMAT_HELP,
    Context,
    emit,
    endpoint_options,
    note,
    project_options,
)
from claimgraph.core.errors import ClaimgraphError
from claimgraph.core.formats import CATALOGUE_FORMATS, QUERY_FORMATS

if TYPE_CHECKING:
    from claimgraph import PackagedQuery

QUERY_NAME = "claimgraph.query_name"  # ctx.meta key: the NAME of `query NAME --help`


@click.command("queries")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(CATALOGUE_FORMATS),
    default="table",
    show_default=True,
    help="ttl: the catalogue as RDF (sh:SPARQLExecutable with sh:select etc., rdfs:comment, "
    "schema:keywords), as sib-swiss/sparql-examples publishes its own.",
)
def queries_cmd(fmt: str) -> None:
    """List the packaged queries with their parameters."""
    import json

    import claimgraph

    if fmt == "ttl":
        sys.stdout.buffer.write(claimgraph.catalogue_turtle())
        return
    catalogue = claimgraph.queries()
    if fmt == "json":
        data = [
            {
                "name": q.name,
                "title": q.title,
                "form": q.form,
                "tags": q.tags,
                "parameters": {
                    p.name: {
                        "type": p.type,
                        "default": p.default,
                        "example": p.example,
                        "description": p.description,
                    }
                    for p in q.parameters.values()
                },
            }
            for q in catalogue.values()
        ]
        click.echo(json.dumps(data, indent=2))
        return
    width = max(len(n) for n in catalogue) if catalogue else 4
    for q in catalogue.values():
        params = ", ".join(f"{p.name}={p.default or '<' + p.type + '>'}" for p in q.parameters.values())
        click.echo(f"{q.name.ljust(width)}  {q.title}" + (f"  [{params}]" if params else ""))


class QueryCommand(click.Command):
    """`query NAME --help` shows that query's own description and parameters. --help is handled while
    the arguments are processed, before NAME is, so NAME is taken from click's own parse of them."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            opts, _rest, _order = self.make_parser(ctx).parse_args(args=list(args))
            ctx.meta[QUERY_NAME] = opts.get("name")
        except click.UsageError:
            pass  # the real parse below reports it
        return super().parse_args(ctx, args)

    def get_help(self, ctx: click.Context) -> str:
        import claimgraph

        text = super().get_help(ctx)
        name = ctx.meta.get(QUERY_NAME)
        if isinstance(name, str):
            try:
                query = claimgraph.queries().get(name)
            except ClaimgraphError:
                query = None
            if query is not None:
                text += "\n\n" + describe_query(query)
        return text


def describe_query(q: PackagedQuery) -> str:
    lines = [f"{q.name}: {q.title} ({q.form})", "", q.description.strip(), ""]
    if q.parameters:
        lines.append("Parameters:")
        for p in q.parameters.values():
            default = (
                f"default {p.default}"
                if p.default is not None
                else ("required" if p.required else "optional")
            )
            lines.append(f"  {p.name} ({p.type}, {default}; e.g. {p.example}): {p.description}")
    if q.tags:
        lines.append(f"Tags: {', '.join(q.tags)}")
    return "\n".join(lines)


@click.command("query", cls=QueryCommand)
@click.argument("name")
@click.option(
    "-p", "--param", "params", multiple=True, metavar="K=V", help="Parameter value: key, label, CURIE or IRI."
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(QUERY_FORMATS),
    default=None,
    help=FORMAT_HELP + "; ttl, jsonld or nt for CONSTRUCT/DESCRIBE (default table or ttl).",
)
@endpoint_options(
    "Run on this SPARQL 1.1 query endpoint (one that serves the bulk-loaded export, its default graph the "
    "union of all graphs) instead of the local build; parameters are resolved there too."
)
@project_options
@click.pass_obj
def query_cmd(
    obj: Context,
    name: str,
    params: tuple[str, ...],
    fmt: str | None,
    endpoint: str | None,
    timeout: float,
    allow_redirects: bool,
) -> None:
    """Run the packaged query NAME (see `claimgraph queries`); builds first when the build is stale."""
    given = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise ClaimgraphError(f"--param expects K=V, got {item!r}")
        given[key.strip()] = value
    result = obj.project().run(
        name, given, endpoint=endpoint, timeout=timeout, allow_redirects=allow_redirects, on_build=note
    )
    emit(result, fmt)


def _looks_like_a_file(value: str) -> bool:
    """What `-f VALUE` meant in `sparql` before -f was --format: a query file. No format name contains a
    path separator or a dot, so a format name always means the format."""
    return (
        value == "-"
        or "/" in value
        or "\\" in value
        or value.lower().endswith((".rq", ".sparql"))
        or Path(value).is_file()
    )


class FormatOrOldFile(click.Choice):
    """`sparql -f`: a format name, or (deprecated, for one release) a query file as -f used to mean."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str) and value not in self.choices and _looks_like_a_file(value):
            return Path(value)
        return super().convert(value, param, ctx)


@click.command("sparql")
@click.argument("text", required=False)
@click.option(
    "-i",
    "--input",
    "--file",
    "path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Read the query from a .rq file (- for stdin). `-f FILE.rq` still works for now (deprecated).",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=FormatOrOldFile(QUERY_FORMATS),
    default=None,
    help=FORMAT_HELP + "; ttl, jsonld or nt for CONSTRUCT/DESCRIBE.",
)
@endpoint_options("Send the query to this SPARQL 1.1 query endpoint instead of the local build.")
@project_options
@click.pass_obj
def sparql_cmd(
    obj: Context,
    text: str | None,
    path: Path | None,
    fmt: str | Path | None,
    endpoint: str | None,
    timeout: float,
    allow_redirects: bool,
) -> None:
    """Run an ad-hoc SPARQL query (TEXT, or -i FILE.rq) over the built graph (union of all named graphs).

    Read-only: updates, SERVICE and dataset clauses (FROM, FROM NAMED) are refused, as is text nested
    deeper than 128 levels. Tables stop at 10,000 rows (csv, tsv, json, xml stream them all).
    Exit codes: 0 success, 2 malformed or refused query, bad input or --timeout reached, 130 Ctrl-C.
    """
    if isinstance(fmt, Path):
        click.echo(
            f"warning: `sparql -f {fmt}` reads a query file, but -f now means --format in every command; "
            f"use `-i {fmt}` (the old meaning goes in the next release)",
            err=True,
        )
        if path is not None:
            raise ClaimgraphError("give the query file once: -i FILE.rq")
        path, fmt = fmt, None
    if (text is None) == (path is None):
        raise ClaimgraphError("give the query as TEXT or with -i FILE.rq (not both)")
    source = "query"
    if path is not None:
        source = str(path)
        try:
            text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ClaimgraphError(f"{path}: cannot read query ({exc})") from None
    assert text is not None
    result = obj.project().run_sparql(
        text,
        source=source,
        endpoint=endpoint,
        timeout=timeout,
        allow_redirects=allow_redirects,
        on_build=note,
    )
    emit(result, fmt)
